// Which calls take part in the routine sequences the narrative folds into one story. These
// cut across the syscall families (a wait is in 'poll' beside epoll_ctl, which waits for
// nothing), so they are listed here by name, with the Darwin _nocancel twins beside.

/** Calls that look a path up: the steps of a loader, locale or module search. */
export const PROBE_CALLS: ReadonlySet<string> = new Set([
  'open', 'openat', 'open_nocancel', 'access', 'faccessat', 'faccessat2', 'stat', 'stat64', 'lstat', 'lstat64',
  'newfstatat', 'fstatat64', 'statx', 'getattrlist', 'readlink',
]);

/** What the loader does with a file it opened: read its header, map it, close it. */
export const LOADER_FD_CALLS: ReadonlySet<string> = new Set([
  'read', 'pread64', 'pread', 'fstat', 'fstat64', 'newfstatat', 'statx', 'mmap', 'close', 'close_nocancel', 'fcntl', 'lseek',
  'read_nocancel', 'fcntl_nocancel',
]);

/** Mapping and protecting memory (the loader's segments, a reader's buffer). */
export const MEMORY_CALLS: ReadonlySet<string> = new Set(['mmap', 'mprotect', 'munmap', 'madvise']);

export const SIGACTION_CALLS: ReadonlySet<string> = new Set(['rt_sigaction', 'sigaction']);

/** Signal-mask bookkeeping a program does around a wait (curl guards SIGPIPE this way). */
export const SIGNAL_MASK_CALLS: ReadonlySet<string> = new Set(['rt_sigaction', 'rt_sigprocmask', 'sigaction', 'sigprocmask']);

/** What a program does with a file between opening and closing it. */
export const FILE_USE_CALLS: ReadonlySet<string> = new Set([
  'read', 'pread64', 'readv', 'write', 'pwrite64', 'writev', 'fstat', 'fstat64', 'newfstatat', 'statx', 'lseek', 'ioctl',
  'fcntl', 'mmap', 'getdents64', 'getdents', 'fstatfs', 'fsync', 'fdatasync', 'ftruncate', 'close',
  'read_nocancel', 'write_nocancel', 'close_nocancel', 'fcntl_nocancel', 'pread', 'pwrite', 'getdirentries64',
]);

/** Calls that block until fds are ready. */
export const WAIT_CALLS: ReadonlySet<string> = new Set([
  'poll', 'ppoll', 'select', 'pselect6', 'epoll_wait', 'epoll_pwait', 'select_nocancel', 'poll_nocancel', 'kevent', 'kevent64', 'kevent_qos',
]);
