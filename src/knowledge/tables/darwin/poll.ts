// Darwin poll() event bits: XNU bsd/sys/poll.h (not in darwin-constants.md; same values as FreeBSD).
import type { ConstTable } from '../types.js';

/** poll() events: XNU xnu-11417.101.15 bsd/sys/poll.h. */
export const pollEvents: ConstTable = {
  source: 'poll() events: XNU xnu-11417.101.15 bsd/sys/poll.h.',
  kind: 'flags',
  entries: [
    [0x1, 'POLLIN'],
    [0x2, 'POLLPRI'],
    [0x4, 'POLLOUT'],
    [0x4, 'POLLWRNORM'],
    [0x8, 'POLLERR'],
    [0x10, 'POLLHUP'],
    [0x20, 'POLLNVAL'],
    [0x40, 'POLLRDNORM'],
    [0x80, 'POLLRDBAND'],
    [0x100, 'POLLWRBAND'],
    [0x200, 'POLLEXTEND'],
    [0x400, 'POLLATTRIB'],
    [0x800, 'POLLNLINK'],
    [0x1000, 'POLLWRITE'],
  ],
};
