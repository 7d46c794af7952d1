// All linux tables in the shape shared with the other OS (see ../types.ts).
import type { OsTables } from '../types.js';
import { errno } from './errno.js';
import { fcntl, openFlags, fdFlags, atFlags, dirfd } from './fcntl.js';
import { ipproto, ip, ipv6, tcp } from './in.js';
import { pollEvents } from './poll.js';
import { signal, sigmaskHow } from './signal.js';
import { af, socktype, sol, so, msg, shutdown } from './socket.js';
import { syscalls } from './syscalls.js';

export const linuxTables: OsTables = {
  tables: {
    errno,
    af,
    socktype,
    ipproto,
    sol,
    so,
    ip,
    ipv6,
    tcp,
    fcntl,
    'open-flags': openFlags,
    'fd-flags': fdFlags,
    'at-flags': atFlags,
    dirfd,
    signal,
    'sigmask-how': sigmaskHow,
    shutdown,
    'msg-flags': msg,
    'poll-events': pollEvents,
    syscall: syscalls,
  },
  sockoptLevels: [
    [1, 'so'],
    [0, 'ip'],
    [6, 'tcp'],
    [41, 'ipv6'],
  ],
};
