// Per-syscall signatures: for each argument its role (the parameter name in the man page /
// syscalls.master) and its kind, plus the table that names its values where the kind alone
// does not say. Data only; decodeCall (index.ts) applies them.
//
// dtruss prints exactly three raw values for most calls (dtruss.md §3.2), so a Darwin call
// may show fewer arguments than its signature (setsockopt has no optval) or more (getpid
// prints three register values): extra printed values get role `unused`.

import type { ArgKind, OsName } from '../model/index.js';
import type { TableName } from './tables/types.js';

/** [role, kind, table?]. The table overrides the kind's default table (e.g. `how` of shutdown vs sigprocmask). */
export type ArgSpec = readonly [role: string, kind: ArgKind, table?: TableName];

export interface Signature {
  args: readonly ArgSpec[];
  /** What a non-negative return is (`fd` for socket/open/accept). */
  ret?: ArgKind;
}

const FD: ArgSpec = ['fd', 'fd'];
const SOCKFD: ArgSpec = ['sockfd', 'fd'];
const PATH: ArgSpec = ['pathname', 'path'];
const BUF: ArgSpec = ['buf', 'buffer'];
const COUNT: ArgSpec = ['count', 'size'];
const DIRFD: ArgSpec = ['dirfd', 'dirfd'];
const MODE: ArgSpec = ['mode', 'mode'];

function sig(args: readonly ArgSpec[], ret?: ArgKind): Signature {
  return ret ? { args, ret } : { args };
}

/** Calls both OSes share with the same parameters. */
const COMMON: Record<string, Signature> = {
  // sockets
  socket: sig([['domain', 'family'], ['type', 'socktype'], ['protocol', 'protocol']], 'fd'),
  socketpair: sig([['domain', 'family'], ['type', 'socktype'], ['protocol', 'protocol'], ['sv', 'pointer']]),
  connect: sig([SOCKFD, ['addr', 'sockaddr'], ['addrlen', 'socklen']]),
  bind: sig([SOCKFD, ['addr', 'sockaddr'], ['addrlen', 'socklen']]),
  listen: sig([SOCKFD, ['backlog', 'int']]),
  accept: sig([SOCKFD, ['addr', 'sockaddr'], ['addrlen', 'socklen']], 'fd'),
  getsockname: sig([SOCKFD, ['addr', 'sockaddr'], ['addrlen', 'socklen']]),
  getpeername: sig([SOCKFD, ['addr', 'sockaddr'], ['addrlen', 'socklen']]),
  setsockopt: sig([SOCKFD, ['level', 'sockopt-level'], ['optname', 'sockopt-name'], ['optval', 'pointer'], ['optlen', 'size']]),
  getsockopt: sig([SOCKFD, ['level', 'sockopt-level'], ['optname', 'sockopt-name'], ['optval', 'pointer'], ['optlen', 'pointer']]),
  sendto: sig([SOCKFD, BUF, ['len', 'size'], ['flags', 'msg-flags'], ['dest_addr', 'sockaddr'], ['addrlen', 'socklen']]),
  recvfrom: sig([SOCKFD, BUF, ['len', 'size'], ['flags', 'msg-flags'], ['src_addr', 'sockaddr'], ['addrlen', 'socklen']]),
  sendmsg: sig([SOCKFD, ['msg', 'pointer'], ['flags', 'msg-flags']]),
  recvmsg: sig([SOCKFD, ['msg', 'pointer'], ['flags', 'msg-flags']]),
  shutdown: sig([SOCKFD, ['how', 'how', 'shutdown']]),
  // files
  open: sig([PATH, ['flags', 'open-flags'], MODE], 'fd'),
  openat: sig([DIRFD, PATH, ['flags', 'open-flags'], MODE], 'fd'),
  creat: sig([PATH, MODE], 'fd'),
  close: sig([FD]),
  read: sig([FD, BUF, COUNT]),
  write: sig([FD, BUF, COUNT]),
  pread: sig([FD, BUF, COUNT, ['offset', 'int']]),
  pwrite: sig([FD, BUF, COUNT, ['offset', 'int']]),
  readv: sig([FD, ['iov', 'pointer'], ['iovcnt', 'int']]),
  writev: sig([FD, ['iov', 'pointer'], ['iovcnt', 'int']]),
  lseek: sig([FD, ['offset', 'int'], ['whence', 'int']]),
  dup: sig([['oldfd', 'fd']], 'fd'),
  dup2: sig([['oldfd', 'fd'], ['newfd', 'fd']], 'fd'),
  fcntl: sig([FD, ['cmd', 'fcntl-cmd'], ['arg', 'fcntl-arg']]),
  ioctl: sig([FD, ['request', 'int'], ['argp', 'pointer']]),
  fsync: sig([FD]),
  ftruncate: sig([FD, ['length', 'size']]),
  truncate: sig([PATH, ['length', 'size']]),
  stat: sig([PATH, ['statbuf', 'pointer']]),
  lstat: sig([PATH, ['statbuf', 'pointer']]),
  fstat: sig([FD, ['statbuf', 'pointer']]),
  access: sig([PATH, ['mode', 'int']]),
  faccessat: sig([DIRFD, PATH, ['mode', 'int'], ['flags', 'flags', 'at-flags']]),
  unlink: sig([PATH]),
  unlinkat: sig([DIRFD, PATH, ['flags', 'flags', 'at-flags']]),
  mkdir: sig([PATH, MODE]),
  mkdirat: sig([DIRFD, PATH, MODE]),
  rmdir: sig([PATH]),
  chdir: sig([PATH]),
  fchdir: sig([FD]),
  chroot: sig([PATH]),
  chmod: sig([PATH, MODE]),
  fchmod: sig([FD, MODE]),
  fchmodat: sig([DIRFD, PATH, MODE, ['flags', 'flags', 'at-flags']]),
  chown: sig([PATH, ['owner', 'int'], ['group', 'int']]),
  fchown: sig([FD, ['owner', 'int'], ['group', 'int']]),
  lchown: sig([PATH, ['owner', 'int'], ['group', 'int']]),
  fchownat: sig([DIRFD, PATH, ['owner', 'int'], ['group', 'int'], ['flags', 'flags', 'at-flags']]),
  readlink: sig([PATH, BUF, ['bufsiz', 'size']]),
  readlinkat: sig([DIRFD, PATH, BUF, ['bufsiz', 'size']]),
  rename: sig([['oldpath', 'path'], ['newpath', 'path']]),
  renameat: sig([['olddirfd', 'dirfd'], ['oldpath', 'path'], ['newdirfd', 'dirfd'], ['newpath', 'path']]),
  link: sig([['oldpath', 'path'], ['newpath', 'path']]),
  linkat: sig([['olddirfd', 'dirfd'], ['oldpath', 'path'], ['newdirfd', 'dirfd'], ['newpath', 'path'], ['flags', 'flags', 'at-flags']]),
  symlink: sig([['target', 'path'], ['linkpath', 'path']]),
  symlinkat: sig([['target', 'path'], ['newdirfd', 'dirfd'], ['linkpath', 'path']]),
  mkfifo: sig([PATH, MODE]),
  mknod: sig([PATH, MODE, ['dev', 'int']]),
  flock: sig([FD, ['operation', 'int']]),
  mmap: sig([['addr', 'pointer'], ['length', 'size'], ['prot', 'flags'], ['flags', 'flags'], FD, ['offset', 'int']]),
  munmap: sig([['addr', 'pointer'], ['length', 'size']]),
  mprotect: sig([['addr', 'pointer'], ['len', 'size'], ['prot', 'flags']]),
  poll: sig([['fds', 'pointer'], ['nfds', 'int'], ['timeout', 'int']]),
  select: sig([['nfds', 'int'], ['readfds', 'pointer'], ['writefds', 'pointer'], ['exceptfds', 'pointer'], ['timeout', 'pointer']]),
  pipe: sig([['pipefd', 'pointer']]),
  // processes
  execve: sig([PATH, ['argv', 'pointer'], ['envp', 'pointer']]),
  fork: sig([], 'pid'),
  vfork: sig([], 'pid'),
  wait4: sig([['pid', 'pid'], ['wstatus', 'pointer'], ['options', 'int'], ['rusage', 'pointer']], 'pid'),
  waitid: sig([['idtype', 'int'], ['id', 'pid'], ['infop', 'pointer'], ['options', 'int']]),
  exit: sig([['status', 'int']]),
  getpid: sig([], 'pid'),
  getppid: sig([], 'pid'),
  setsid: sig([], 'pid'),
  getpgid: sig([['pid', 'pid']], 'pid'),
  setpgid: sig([['pid', 'pid'], ['pgid', 'pid']]),
  getuid: sig([]),
  geteuid: sig([]),
  getgid: sig([]),
  getegid: sig([]),
  // signals
  kill: sig([['pid', 'pid'], ['sig', 'signal']]),
  sigaction: sig([['signum', 'signal'], ['act', 'pointer'], ['oldact', 'pointer']]),
  sigprocmask: sig([['how', 'how', 'sigmask-how'], ['set', 'pointer'], ['oldset', 'pointer']]),
  sigaltstack: sig([['ss', 'pointer'], ['old_ss', 'pointer']]),
  sigsuspend: sig([['mask', 'pointer']]),
};

/** Linux-only calls and Linux spellings (x86_64). */
const LINUX: Record<string, Signature> = {
  accept4: sig([SOCKFD, ['addr', 'sockaddr'], ['addrlen', 'socklen'], ['flags', 'socktype']], 'fd'),
  sendmmsg: sig([SOCKFD, ['msgvec', 'pointer'], ['vlen', 'int'], ['flags', 'msg-flags']]),
  recvmmsg: sig([SOCKFD, ['msgvec', 'pointer'], ['vlen', 'int'], ['flags', 'msg-flags'], ['timeout', 'pointer']]),
  pread64: sig([FD, BUF, COUNT, ['offset', 'int']]),
  pwrite64: sig([FD, BUF, COUNT, ['offset', 'int']]),
  preadv: sig([FD, ['iov', 'pointer'], ['iovcnt', 'int'], ['offset', 'int']]),
  pwritev: sig([FD, ['iov', 'pointer'], ['iovcnt', 'int'], ['offset', 'int']]),
  dup3: sig([['oldfd', 'fd'], ['newfd', 'fd'], ['flags', 'open-flags']], 'fd'),
  pipe2: sig([['pipefd', 'pointer'], ['flags', 'open-flags']]),
  openat2: sig([DIRFD, PATH, ['how', 'pointer'], ['size', 'size']], 'fd'),
  newfstatat: sig([DIRFD, PATH, ['statbuf', 'pointer'], ['flags', 'flags', 'at-flags']]),
  statx: sig([DIRFD, PATH, ['flags', 'flags', 'at-flags'], ['mask', 'flags'], ['statxbuf', 'pointer']]),
  faccessat2: sig([DIRFD, PATH, ['mode', 'int'], ['flags', 'flags', 'at-flags']]),
  renameat2: sig([['olddirfd', 'dirfd'], ['oldpath', 'path'], ['newdirfd', 'dirfd'], ['newpath', 'path'], ['flags', 'flags']]),
  getdents64: sig([FD, ['dirp', 'pointer'], COUNT]),
  getdents: sig([FD, ['dirp', 'pointer'], COUNT]),
  fdatasync: sig([FD]),
  sendfile: sig([['out_fd', 'fd'], ['in_fd', 'fd'], ['offset', 'pointer'], COUNT]),
  splice: sig([['fd_in', 'fd'], ['off_in', 'pointer'], ['fd_out', 'fd'], ['off_out', 'pointer'], ['len', 'size'], ['flags', 'flags']]),
  close_range: sig([['first', 'fd'], ['last', 'fd'], ['flags', 'flags']]),
  ppoll: sig([['fds', 'pointer'], ['nfds', 'int'], ['tmo_p', 'pointer'], ['sigmask', 'pointer'], ['sigsetsize', 'size']]),
  pselect6: sig([['nfds', 'int'], ['readfds', 'pointer'], ['writefds', 'pointer'], ['exceptfds', 'pointer'], ['timeout', 'pointer'], ['sigmask', 'pointer']]),
  epoll_create: sig([['size', 'int']], 'fd'),
  epoll_create1: sig([['flags', 'open-flags']], 'fd'),
  epoll_ctl: sig([['epfd', 'fd'], ['op', 'int'], FD, ['event', 'pointer']]),
  epoll_wait: sig([['epfd', 'fd'], ['events', 'pointer'], ['maxevents', 'int'], ['timeout', 'int']]),
  epoll_pwait: sig([['epfd', 'fd'], ['events', 'pointer'], ['maxevents', 'int'], ['timeout', 'int'], ['sigmask', 'pointer'], ['sigsetsize', 'size']]),
  eventfd: sig([['initval', 'int']], 'fd'),
  eventfd2: sig([['initval', 'int'], ['flags', 'open-flags']], 'fd'),
  timerfd_create: sig([['clockid', 'int'], ['flags', 'open-flags']], 'fd'),
  signalfd4: sig([FD, ['mask', 'pointer'], ['sizemask', 'size'], ['flags', 'open-flags']], 'fd'),
  inotify_init1: sig([['flags', 'open-flags']], 'fd'),
  memfd_create: sig([['name', 'path'], ['flags', 'flags']], 'fd'),
  pidfd_open: sig([['pid', 'pid'], ['flags', 'flags']], 'fd'),
  pidfd_send_signal: sig([['pidfd', 'fd'], ['sig', 'signal'], ['info', 'pointer'], ['flags', 'flags']]),
  execveat: sig([DIRFD, PATH, ['argv', 'pointer'], ['envp', 'pointer'], ['flags', 'flags', 'at-flags']]),
  clone: sig([['flags', 'flags'], ['stack', 'pointer'], ['parent_tid', 'pointer'], ['child_tid', 'pointer'], ['tls', 'pointer']], 'pid'),
  clone3: sig([['cl_args', 'pointer'], ['size', 'size']], 'pid'),
  exit_group: sig([['status', 'int']]),
  gettid: sig([], 'pid'),
  tkill: sig([['tid', 'pid'], ['sig', 'signal']]),
  tgkill: sig([['tgid', 'pid'], ['tid', 'pid'], ['sig', 'signal']]),
  rt_sigaction: sig([['signum', 'signal'], ['act', 'pointer'], ['oldact', 'pointer'], ['sigsetsize', 'size']]),
  rt_sigprocmask: sig([['how', 'how', 'sigmask-how'], ['set', 'pointer'], ['oldset', 'pointer'], ['sigsetsize', 'size']]),
  rt_sigreturn: sig([['mask', 'pointer']]),
  rt_sigsuspend: sig([['mask', 'pointer'], ['sigsetsize', 'size']]),
  rt_sigtimedwait: sig([['set', 'pointer'], ['info', 'pointer'], ['timeout', 'pointer'], ['sigsetsize', 'size']]),
  rt_sigqueueinfo: sig([['tgid', 'pid'], ['sig', 'signal'], ['info', 'pointer']]),
  rt_tgsigqueueinfo: sig([['tgid', 'pid'], ['tid', 'pid'], ['sig', 'signal'], ['info', 'pointer']]),
  pause: sig([]),
};

/** Darwin-only calls and Darwin spellings (bsd/kern/syscalls.master; dtruss names). */
const DARWIN: Record<string, Signature> = {
  // kill(int pid, int signum, int posix): dtruss prints pid and signal in decimal.
  kill: sig([['pid', 'pid'], ['sig', 'signal'], ['posix', 'int']]),
  __pthread_sigmask: sig([['how', 'how', 'sigmask-how'], ['set', 'pointer'], ['oldset', 'pointer']]),
  __pthread_kill: sig([['thread_port', 'int'], ['sig', 'signal']]),
  stat64: sig([PATH, ['statbuf', 'pointer']]),
  lstat64: sig([PATH, ['statbuf', 'pointer']]),
  fstat64: sig([FD, ['statbuf', 'pointer']]),
  fstatat: sig([DIRFD, PATH, ['statbuf', 'pointer'], ['flags', 'flags', 'at-flags']]),
  fstatat64: sig([DIRFD, PATH, ['statbuf', 'pointer'], ['flags', 'flags', 'at-flags']]),
  statfs64: sig([PATH, ['buf', 'pointer']]),
  fstatfs64: sig([FD, ['buf', 'pointer']]),
  getdirentries64: sig([FD, BUF, ['bufsize', 'size'], ['position', 'pointer']]),
  getattrlist: sig([PATH, ['alist', 'pointer'], ['attributeBuffer', 'pointer'], ['bufferSize', 'size'], ['options', 'flags']]),
  getattrlistbulk: sig([DIRFD, ['alist', 'pointer'], ['attributeBuffer', 'pointer'], ['bufferSize', 'size'], ['options', 'flags']]),
  getattrlistat: sig([DIRFD, PATH, ['alist', 'pointer'], ['attributeBuffer', 'pointer'], ['bufferSize', 'size'], ['options', 'flags']]),
  getxattr: sig([PATH, ['name', 'pointer'], ['value', 'pointer'], ['size', 'size'], ['position', 'int'], ['options', 'flags']]),
  open_dprotected_np: sig([PATH, ['flags', 'open-flags'], ['class', 'int'], ['dpflags', 'flags'], MODE], 'fd'),
  guarded_open_np: sig([PATH, ['guard', 'pointer'], ['guardflags', 'flags'], ['flags', 'open-flags'], MODE], 'fd'),
  guarded_close_np: sig([FD, ['guard', 'pointer']]),
  fsgetpath: sig([BUF, ['bufsize', 'size'], ['fsid', 'pointer'], ['objid', 'int']]),
  fdatasync: sig([FD]),
  renameatx_np: sig([['fromfd', 'dirfd'], ['from', 'path'], ['tofd', 'dirfd'], ['to', 'path'], ['flags', 'flags']]),
  // connectx(int socket, const sa_endpoints_t *endpoints, sae_associd_t associd, ...)
  connectx: sig([SOCKFD, ['endpoints', 'pointer'], ['associd', 'int'], ['flags', 'flags'], ['iov', 'pointer'], ['iovcnt', 'int'], ['len', 'pointer'], ['connid', 'pointer']]),
  disconnectx: sig([SOCKFD, ['associd', 'int'], ['connid', 'int']]),
  sendmsg_x: sig([SOCKFD, ['msgp', 'pointer'], ['cnt', 'int'], ['flags', 'msg-flags']]),
  recvmsg_x: sig([SOCKFD, ['msgp', 'pointer'], ['cnt', 'int'], ['flags', 'msg-flags']]),
  socket_delegate: sig([['domain', 'family'], ['type', 'socktype'], ['protocol', 'protocol'], ['epid', 'pid']], 'fd'),
  pselect: sig([['nfds', 'int'], ['readfds', 'pointer'], ['writefds', 'pointer'], ['exceptfds', 'pointer'], ['timeout', 'pointer'], ['sigmask', 'pointer']]),
  posix_spawn: sig([['pid', 'pointer'], PATH, ['adesc', 'pointer'], ['argv', 'pointer'], ['envp', 'pointer']]),
  __mac_execve: sig([PATH, ['argv', 'pointer'], ['envp', 'pointer'], ['mac_p', 'pointer']]),
  kqueue: sig([], 'fd'),
  kevent: sig([['kq', 'fd'], ['changelist', 'pointer'], ['nchanges', 'int'], ['eventlist', 'pointer'], ['nevents', 'int'], ['timeout', 'pointer']]),
  kevent64: sig([['kq', 'fd'], ['changelist', 'pointer'], ['nchanges', 'int'], ['eventlist', 'pointer'], ['nevents', 'int'], ['flags', 'flags'], ['timeout', 'pointer']]),
  kevent_qos: sig([['kq', 'fd'], ['changelist', 'pointer'], ['nchanges', 'int'], ['eventlist', 'pointer'], ['nevents', 'int'], ['data_out', 'pointer'], ['data_available', 'pointer'], ['flags', 'flags']]),
  sendfile: sig([FD, ['s', 'fd'], ['offset', 'int'], ['nbytes', 'pointer'], ['hdtr', 'pointer'], ['flags', 'flags']]),
  shm_open: sig([['name', 'path'], ['oflag', 'open-flags'], MODE], 'fd'),
  getrlimit: sig([['resource', 'int'], ['rlp', 'pointer']]),
  setrlimit: sig([['resource', 'int'], ['rlp', 'pointer']]),
};

const BY_OS: Record<OsName, Map<string, Signature>> = {
  linux: new Map(Object.entries({ ...COMMON, ...LINUX })),
  darwin: new Map(Object.entries({ ...COMMON, ...DARWIN })),
};

/**
 * The signature of a call on an OS. Darwin `_nocancel` variants (`connect_nocancel`,
 * `sendto_nocancel`, `read_nocancel`, ...) take their base call's signature.
 */
export function signatureFor(os: OsName, name: string): Signature | undefined {
  const table = BY_OS[os];
  const s = table.get(name);
  if (s) return s;
  if (name.endsWith('_nocancel')) return table.get(name.slice(0, -'_nocancel'.length));
  return undefined;
}

/** Names with a signature on an OS (for tests and documentation). */
export function signatureNames(os: OsName): string[] {
  return [...BY_OS[os].keys()];
}
