// Linux poll() event bits.
import type { ConstTable } from '../types.js';

/** poll() events: uapi asm-generic/poll.h (x86 uses the generic values). */
export const pollEvents: ConstTable = {
  source: 'poll() events: uapi asm-generic/poll.h (x86 uses the generic values).',
  kind: 'flags',
  entries: [
    [0x1, 'POLLIN'],
    [0x2, 'POLLPRI'],
    [0x4, 'POLLOUT'],
    [0x8, 'POLLERR'],
    [0x10, 'POLLHUP'],
    [0x20, 'POLLNVAL'],
    [0x40, 'POLLRDNORM'],
    [0x80, 'POLLRDBAND'],
    [0x100, 'POLLWRNORM'],
    [0x200, 'POLLWRBAND'],
    [0x400, 'POLLMSG'],
    [0x1000, 'POLLREMOVE'],
    [0x2000, 'POLLRDHUP'],
  ],
};
