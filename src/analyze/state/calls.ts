// Which calls the tracker follows, by name, and the flag names it looks for: data the
// state modules share.

import type { FdKind } from '../../model/index.js';

/** Calls whose first argument is an fd. Used when the decoder gives no argument kinds. */
export const FD_FIRST = new Set(
  (
    'read write pread64 pwrite64 readv writev preadv pwritev preadv2 pwritev2 send recv sendto recvfrom sendmsg recvmsg ' +
    'sendmmsg recvmmsg connect bind listen accept accept4 getsockname getpeername setsockopt getsockopt shutdown fstat ' +
    'fstat64 fcntl fcntl64 ioctl lseek _llseek close fsync fdatasync ftruncate fchmod fchown fchdir getdents getdents64 ' +
    'epoll_ctl epoll_wait epoll_pwait epoll_pwait2 flock fstatfs fadvise64 fallocate inotify_add_watch inotify_rm_watch ' +
    'timerfd_settime timerfd_gettime sendfile splice tee sync_file_range syncfs fgetxattr fsetxattr flistxattr ' +
    'read_nocancel write_nocancel recvfrom_nocancel sendto_nocancel recvmsg_nocancel sendmsg_nocancel close_nocancel ' +
    'fcntl_nocancel pread_nocancel pwrite_nocancel readv_nocancel writev_nocancel connect_nocancel accept_nocancel ' +
    'fstat64_extended kevent kevent64 kevent_qos'
  ).split(' '),
);

export const READ_CALLS = new Set(
  'read readv pread64 preadv preadv2 recv recvfrom recvmsg recvmmsg read_nocancel recvfrom_nocancel recvmsg_nocancel readv_nocancel pread_nocancel'.split(' '),
);
export const WRITE_CALLS = new Set(
  'write writev pwrite64 pwritev pwritev2 send sendto sendmsg sendmmsg write_nocancel sendto_nocancel sendmsg_nocancel writev_nocancel pwrite_nocancel sendfile'.split(' '),
);
export const ACCEPT_CALLS = new Set(['accept', 'accept4', 'accept_nocancel', 'paccept']);
/** Calls that open a path: which argument holds the path (-1: none) and which the open flags. */
export const OPEN_CALLS: Readonly<Record<string, { path: number; flags: number }>> = {
  open: { path: 0, flags: 1 },
  open_nocancel: { path: 0, flags: 1 },
  openat: { path: 1, flags: 2 },
  openat_nocancel: { path: 1, flags: 2 },
  openat2: { path: 1, flags: 2 },
  creat: { path: 0, flags: 1 },
  open_by_handle_at: { path: -1, flags: 2 },
  open_extended: { path: 0, flags: 1 },
  guarded_open_np: { path: 0, flags: 3 },
};
/** fd-creating calls other than open/socket/pipe/dup: kind and the argument holding flags. */
export const ANON_CREATORS: Record<string, { kind: FdKind; flags?: number; anon?: string }> = {
  eventfd: { kind: 'eventfd', anon: 'eventfd' },
  eventfd2: { kind: 'eventfd', flags: 1, anon: 'eventfd' },
  epoll_create: { kind: 'epoll', anon: 'eventpoll' },
  epoll_create1: { kind: 'epoll', flags: 0, anon: 'eventpoll' },
  timerfd_create: { kind: 'timerfd', flags: 1, anon: 'timerfd' },
  signalfd: { kind: 'signalfd', anon: 'signalfd' },
  signalfd4: { kind: 'signalfd', flags: 3, anon: 'signalfd' },
  inotify_init: { kind: 'inotify', anon: 'inotify' },
  inotify_init1: { kind: 'inotify', flags: 0, anon: 'inotify' },
  fanotify_init: { kind: 'fanotify', flags: 0, anon: '[fanotify]' },
  memfd_create: { kind: 'memfd', flags: 1 },
  memfd_secret: { kind: 'memfd', flags: 0 },
  pidfd_open: { kind: 'pidfd' },
  pidfd_getfd: { kind: 'unknown' },
  userfaultfd: { kind: 'anon', flags: 0, anon: '[userfaultfd]' },
  perf_event_open: { kind: 'anon', flags: 4, anon: '[perf_event]' },
  io_uring_setup: { kind: 'anon', anon: '[io_uring]' },
  bpf: { kind: 'anon', anon: 'bpf' },
  kqueue: { kind: 'kqueue' },
  guarded_kqueue_np: { kind: 'kqueue' },
};
export const CLONE_CALLS = new Set(['clone', 'clone2', 'clone3', 'fork', 'vfork', 'rfork', '__clone2']);
export const EXEC_CALLS = new Set(['execve', 'execveat', '__mac_execve']);

export function hasCloexec(names: Set<string>): boolean {
  for (const n of names) if (n.endsWith('CLOEXEC')) return true;
  return false;
}

export function hasNonblock(names: Set<string>): boolean {
  for (const n of names) if (n.endsWith('NONBLOCK')) return true;
  return false;
}

