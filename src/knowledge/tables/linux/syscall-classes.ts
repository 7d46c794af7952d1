// strace's syscall classes (`-e trace=%file`, `%net`, …): which calls each class holds.
// Source: strace's src/linux/x86_64/syscallent.h and src/linux/generic/syscallent-common.h
// (github.com/strace/strace, commit 3e4d70a5e, 2026-08-19), the flag column of each row:
// TD %desc, TF %file, TI %ipc, TN %network, TP %process, TS %signal, TM %memory, TC %creds,
// TCL %clock, TST %stat, TLST %lstat, TFST %fstat, TSTA %%stat, TSF %statfs, TFSF %fstatfs,
// TSFA %%statfs, PU %pure (src/sysent_shorthand_defs.h). The classes as strace(1) documents
// them under "Filtering"; names are the x86_64 64-bit personality's.

/** Class name (without its leading `%`) → the calls strace puts in it. */
export const STRACE_CLASSES: Readonly<Record<string, readonly string[]>> = {
  'desc': [
    'bpf', 'cachestat', 'close', 'copy_file_range', 'creat', 'dup', 'dup2', 'dup3', 'epoll_create',
    'epoll_create1', 'epoll_ctl', 'epoll_pwait', 'epoll_pwait2', 'epoll_wait', 'eventfd', 'eventfd2',
    'execveat', 'faccessat', 'faccessat2', 'fadvise64', 'fallocate', 'fanotify_init', 'fanotify_mark',
    'fchdir', 'fchmod', 'fchmodat', 'fchmodat2', 'fchown', 'fchownat', 'fcntl', 'fdatasync', 'fgetxattr',
    'file_getattr', 'file_setattr', 'finit_module', 'flistxattr', 'flock', 'fremovexattr', 'fsconfig',
    'fsetxattr', 'fsmount', 'fsopen', 'fspick', 'fstat', 'fstatfs', 'fsync', 'ftruncate', 'futimesat',
    'getdents', 'getdents64', 'getxattrat', 'inotify_add_watch', 'inotify_init', 'inotify_init1',
    'inotify_rm_watch', 'io_uring_enter', 'io_uring_register', 'io_uring_setup', 'ioctl', 'kexec_file_load',
    'landlock_add_rule', 'landlock_create_ruleset', 'landlock_restrict_self', 'linkat', 'listxattrat',
    'lseek', 'memfd_create', 'memfd_secret', 'mkdirat', 'mknodat', 'mmap', 'mount_setattr', 'move_mount',
    'mq_getsetattr', 'mq_notify', 'mq_open', 'mq_timedreceive', 'mq_timedsend', 'name_to_handle_at',
    'newfstatat', 'open', 'open_by_handle_at', 'open_tree', 'open_tree_attr', 'openat', 'openat2',
    'perf_event_open', 'pidfd_getfd', 'pidfd_open', 'pidfd_send_signal', 'pipe', 'pipe2', 'poll', 'ppoll',
    'pread64', 'preadv', 'preadv2', 'process_madvise', 'process_mrelease', 'pselect6', 'pwrite64', 'pwritev',
    'pwritev2', 'quotactl_fd', 'read', 'readahead', 'readlinkat', 'readv', 'removexattrat', 'renameat',
    'renameat2', 'select', 'sendfile', 'setns', 'setxattrat', 'signalfd', 'signalfd4', 'splice', 'statx',
    'symlinkat', 'sync_file_range', 'syncfs', 'tee', 'timerfd_create', 'timerfd_gettime', 'timerfd_settime',
    'unlinkat', 'userfaultfd', 'utimensat', 'vmsplice', 'write', 'writev',
  ],
  'file': [
    'access', 'acct', 'chdir', 'chmod', 'chown', 'chroot', 'creat', 'execve', 'execveat', 'faccessat',
    'faccessat2', 'fanotify_mark', 'fchmodat', 'fchmodat2', 'fchownat', 'file_getattr', 'file_setattr',
    'fsconfig', 'fspick', 'futimesat', 'getcwd', 'getxattr', 'getxattrat', 'inotify_add_watch', 'lchown',
    'lgetxattr', 'link', 'linkat', 'listxattr', 'listxattrat', 'llistxattr', 'lremovexattr', 'lsetxattr',
    'lstat', 'mkdir', 'mkdirat', 'mknod', 'mknodat', 'mount', 'mount_setattr', 'move_mount',
    'name_to_handle_at', 'newfstatat', 'open', 'open_tree', 'open_tree_attr', 'openat', 'openat2',
    'pivot_root', 'quotactl', 'readlink', 'readlinkat', 'removexattr', 'removexattrat', 'rename', 'renameat',
    'renameat2', 'rmdir', 'setxattr', 'setxattrat', 'stat', 'statfs', 'statx', 'swapoff', 'swapon', 'symlink',
    'symlinkat', 'truncate', 'umount2', 'unlink', 'unlinkat', 'uselib', 'utime', 'utimensat', 'utimes',
  ],
  'ipc': [
    'msgctl', 'msgget', 'msgrcv', 'msgsnd', 'semctl', 'semget', 'semop', 'semtimedop', 'shmat', 'shmctl',
    'shmdt', 'shmget',
  ],
  'network': [
    'accept', 'accept4', 'bind', 'connect', 'getpeername', 'getpmsg', 'getsockname', 'getsockopt', 'listen',
    'putpmsg', 'recvfrom', 'recvmmsg', 'recvmsg', 'sendfile', 'sendmmsg', 'sendmsg', 'sendto', 'setsockopt',
    'shutdown', 'socket', 'socketpair',
  ],
  'process': [
    'clone', 'clone3', 'execve', 'execveat', 'exit', 'exit_group', 'fork', 'kill', 'pidfd_send_signal',
    'rt_sigqueueinfo', 'rt_tgsigqueueinfo', 'tgkill', 'tkill', 'vfork', 'wait4', 'waitid',
  ],
  'signal': [
    'io_uring_enter', 'kill', 'pause', 'pidfd_send_signal', 'rt_sigaction', 'rt_sigpending', 'rt_sigprocmask',
    'rt_sigqueueinfo', 'rt_sigreturn', 'rt_sigsuspend', 'rt_sigtimedwait', 'rt_tgsigqueueinfo', 'sigaltstack',
    'signalfd', 'signalfd4', 'tgkill', 'tkill',
  ],
  'memory': [
    'brk', 'get_mempolicy', 'io_destroy', 'io_setup', 'io_uring_register', 'madvise', 'map_shadow_stack',
    'mbind', 'migrate_pages', 'mincore', 'mlock', 'mlock2', 'mlockall', 'mmap', 'move_pages', 'mprotect',
    'mremap', 'mseal', 'msync', 'munlock', 'munlockall', 'munmap', 'pkey_mprotect', 'remap_file_pages',
    'set_mempolicy', 'set_mempolicy_home_node', 'shmat', 'shmdt',
  ],
  'creds': [
    'capget', 'capset', 'getegid', 'geteuid', 'getgid', 'getgroups', 'getresgid', 'getresuid', 'getuid',
    'prctl', 'setfsgid', 'setfsuid', 'setgid', 'setgroups', 'setregid', 'setresgid', 'setresuid', 'setreuid',
    'setuid',
  ],
  'clock': [
    'adjtimex', 'clock_adjtime', 'clock_getres', 'clock_gettime', 'clock_settime', 'gettimeofday',
    'settimeofday', 'time',
  ],
  'stat': [
    'stat',
  ],
  'lstat': [
    'lstat',
  ],
  'fstat': [
    'fstat', 'newfstatat', 'statx',
  ],
  '%stat': [
    'fstat', 'lstat', 'newfstatat', 'stat', 'statx',
  ],
  'statfs': [
    'statfs',
  ],
  'fstatfs': [
    'fstatfs',
  ],
  '%statfs': [
    'fstatfs', 'statfs', 'ustat',
  ],
  'pure': [
    'getegid', 'geteuid', 'getgid', 'getpgrp', 'getpid', 'getppid', 'gettid', 'getuid',
  ],
};

/** Every call name in those two files: the names `-e trace=` accepts on Linux. */
export const STRACE_SYSCALL_NAMES: readonly string[] = [
    '_sysctl', 'accept', 'accept4', 'access', 'acct', 'add_key', 'adjtimex', 'afs_syscall', 'alarm',
    'arch_prctl', 'bind', 'bpf', 'brk', 'cachestat', 'capget', 'capset', 'chdir', 'chmod', 'chown', 'chroot',
    'clock_adjtime', 'clock_getres', 'clock_gettime', 'clock_nanosleep', 'clock_settime', 'clone', 'clone3',
    'close', 'close_range', 'connect', 'copy_file_range', 'creat', 'create_module', 'delete_module', 'dup',
    'dup2', 'dup3', 'epoll_create', 'epoll_create1', 'epoll_ctl', 'epoll_ctl_old', 'epoll_pwait',
    'epoll_pwait2', 'epoll_wait', 'epoll_wait_old', 'eventfd', 'eventfd2', 'execve', 'execveat', 'exit',
    'exit_group', 'faccessat', 'faccessat2', 'fadvise64', 'fallocate', 'fanotify_init', 'fanotify_mark',
    'fchdir', 'fchmod', 'fchmodat', 'fchmodat2', 'fchown', 'fchownat', 'fcntl', 'fdatasync', 'fgetxattr',
    'file_getattr', 'file_setattr', 'finit_module', 'flistxattr', 'flock', 'fork', 'fremovexattr', 'fsconfig',
    'fsetxattr', 'fsmount', 'fsopen', 'fspick', 'fstat', 'fstatfs', 'fsync', 'ftruncate', 'futex',
    'futex_requeue', 'futex_wait', 'futex_waitv', 'futex_wake', 'futimesat', 'get_kernel_syms',
    'get_mempolicy', 'get_robust_list', 'get_thread_area', 'getcpu', 'getcwd', 'getdents', 'getdents64',
    'getegid', 'geteuid', 'getgid', 'getgroups', 'getitimer', 'getpeername', 'getpgid', 'getpgrp', 'getpid',
    'getpmsg', 'getppid', 'getpriority', 'getrandom', 'getresgid', 'getresuid', 'getrlimit', 'getrusage',
    'getsid', 'getsockname', 'getsockopt', 'gettid', 'gettimeofday', 'getuid', 'getxattr', 'getxattrat',
    'init_module', 'inotify_add_watch', 'inotify_init', 'inotify_init1', 'inotify_rm_watch', 'io_cancel',
    'io_destroy', 'io_getevents', 'io_pgetevents', 'io_setup', 'io_submit', 'io_uring_enter',
    'io_uring_register', 'io_uring_setup', 'ioctl', 'ioperm', 'iopl', 'ioprio_get', 'ioprio_set', 'kcmp',
    'kexec_file_load', 'kexec_load', 'keyctl', 'kill', 'landlock_add_rule', 'landlock_create_ruleset',
    'landlock_restrict_self', 'lchown', 'lgetxattr', 'link', 'linkat', 'listen', 'listmount', 'listns',
    'listxattr', 'listxattrat', 'llistxattr', 'lookup_dcookie', 'lremovexattr', 'lseek', 'lsetxattr',
    'lsm_get_self_attr', 'lsm_list_modules', 'lsm_set_self_attr', 'lstat', 'madvise', 'map_shadow_stack',
    'mbind', 'membarrier', 'memfd_create', 'memfd_secret', 'migrate_pages', 'mincore', 'mkdir', 'mkdirat',
    'mknod', 'mknodat', 'mlock', 'mlock2', 'mlockall', 'mmap', 'modify_ldt', 'mount', 'mount_setattr',
    'move_mount', 'move_pages', 'mprotect', 'mq_getsetattr', 'mq_notify', 'mq_open', 'mq_timedreceive',
    'mq_timedsend', 'mq_unlink', 'mremap', 'mseal', 'msgctl', 'msgget', 'msgrcv', 'msgsnd', 'msync',
    'munlock', 'munlockall', 'munmap', 'name_to_handle_at', 'nanosleep', 'newfstatat', 'nfsservctl', 'open',
    'open_by_handle_at', 'open_tree', 'open_tree_attr', 'openat', 'openat2', 'pause', 'perf_event_open',
    'personality', 'pidfd_getfd', 'pidfd_open', 'pidfd_send_signal', 'pipe', 'pipe2', 'pivot_root',
    'pkey_alloc', 'pkey_free', 'pkey_mprotect', 'poll', 'ppoll', 'prctl', 'pread64', 'preadv', 'preadv2',
    'prlimit64', 'process_madvise', 'process_mrelease', 'process_vm_readv', 'process_vm_writev', 'pselect6',
    'ptrace', 'putpmsg', 'pwrite64', 'pwritev', 'pwritev2', 'query_module', 'quotactl', 'quotactl_fd', 'read',
    'readahead', 'readlink', 'readlinkat', 'readv', 'reboot', 'recvfrom', 'recvmmsg', 'recvmsg',
    'remap_file_pages', 'removexattr', 'removexattrat', 'rename', 'renameat', 'renameat2', 'request_key',
    'restart_syscall', 'rmdir', 'rseq', 'rseq_slice_yield', 'rt_sigaction', 'rt_sigpending', 'rt_sigprocmask',
    'rt_sigqueueinfo', 'rt_sigreturn', 'rt_sigsuspend', 'rt_sigtimedwait', 'rt_tgsigqueueinfo',
    'sched_get_priority_max', 'sched_get_priority_min', 'sched_getaffinity', 'sched_getattr',
    'sched_getparam', 'sched_getscheduler', 'sched_rr_get_interval', 'sched_setaffinity', 'sched_setattr',
    'sched_setparam', 'sched_setscheduler', 'sched_yield', 'seccomp', 'security', 'select', 'semctl',
    'semget', 'semop', 'semtimedop', 'sendfile', 'sendmmsg', 'sendmsg', 'sendto', 'set_mempolicy',
    'set_mempolicy_home_node', 'set_robust_list', 'set_thread_area', 'set_tid_address', 'setdomainname',
    'setfsgid', 'setfsuid', 'setgid', 'setgroups', 'sethostname', 'setitimer', 'setns', 'setpgid',
    'setpriority', 'setregid', 'setresgid', 'setresuid', 'setreuid', 'setrlimit', 'setsid', 'setsockopt',
    'settimeofday', 'setuid', 'setxattr', 'setxattrat', 'shmat', 'shmctl', 'shmdt', 'shmget', 'shutdown',
    'sigaltstack', 'signalfd', 'signalfd4', 'socket', 'socketpair', 'splice', 'stat', 'statfs', 'statmount',
    'statx', 'swapoff', 'swapon', 'symlink', 'symlinkat', 'sync', 'sync_file_range', 'syncfs', 'sysfs',
    'sysinfo', 'syslog', 'tee', 'tgkill', 'time', 'timer_create', 'timer_delete', 'timer_getoverrun',
    'timer_gettime', 'timer_settime', 'timerfd_create', 'timerfd_gettime', 'timerfd_settime', 'times',
    'tkill', 'truncate', 'tuxcall', 'umask', 'umount2', 'uname', 'unlink', 'unlinkat', 'unshare', 'uretprobe',
    'uselib', 'userfaultfd', 'ustat', 'utime', 'utimensat', 'utimes', 'vfork', 'vhangup', 'vmsplice',
    'vserver', 'wait4', 'waitid', 'write', 'writev',
];

/**
 * Which arguments strace's `-P PATH` tests, by call (strace's src/pathtrace.c,
 * pathtrace_match_set): per position `f` an fd, `p` a path, `s` an fd set (select), `a` a pollfd
 * array (poll), `-` neither; `''` none at all. A call not listed tests its first argument: as a
 * path for a %file call, else as an fd for a %desc or %network call.
 */
export const PATH_TRACE_ARGS: Readonly<Record<string, string>> = {
  dup2: 'ff', dup3: 'ff', kexec_file_load: 'ff', sendfile: 'ff', sendfile64: 'ff', tee: 'ff',
  execveat: 'fp', faccessat: 'fp', faccessat2: 'fp', fchmodat: 'fp', fchmodat2: 'fp', fchownat: 'fp',
  file_getattr: 'fp', file_setattr: 'fp', fspick: 'fp', fstatat64: 'fp', futimesat: 'fp', getxattrat: 'fp',
  inotify_add_watch: 'fp', listxattrat: 'fp', mkdirat: 'fp', mknodat: 'fp', mount_setattr: 'fp',
  name_to_handle_at: 'fp', newfstatat: 'fp', open_tree: 'fp', open_tree_attr: 'fp', openat: 'fp', openat2: 'fp',
  readlinkat: 'fp', removexattrat: 'fp', setxattrat: 'fp', statx: 'fp', unlinkat: 'fp', utimensat: 'fp',
  link: 'pp', mount: 'pp', pivot_root: 'pp',
  quotactl: '-p', symlink: '-p',
  linkat: 'fpfp', move_mount: 'fpfp', renameat2: 'fpfp', renameat: 'fpfp',
  mmap: '----f', symlinkat: '-fp', copy_file_range: 'f-f', splice: 'f-f', epoll_ctl: '--f',
  fanotify_mark: '---fp',
  select: '-sss', pselect6: '-sss', poll: 'a', ppoll: 'a',
  fsconfig: '', bpf: '', epoll_create: '', epoll_create1: '', eventfd2: '', eventfd: '', fanotify_init: '',
  fsopen: '', inotify_init: '', inotify_init1: '', io_uring_setup: '', landlock_create_ruleset: '',
  memfd_create: '', memfd_secret: '', mq_open: '', perf_event_open: '', pidfd_open: '', pipe: '', pipe2: '',
  socket: '', socketpair: '', timerfd_create: '', userfaultfd: '',
};
