// What each system call is for, as data: the family it belongs to, the role of each
// argument (by position), what it does (infinitive, for "Tried to …"), what it did
// (past tense, for a call that succeeded) and what its result means.
// Source: the Linux man-pages project (section 2) and the macOS/XNU syscall man pages
// for the Darwin-only calls; the wording is ours.
//
// Placeholders in templates (filled by ../explain.ts from the decoded arguments and the
// analyzer's state; an unknown value degrades to a neutral word, never to "undefined"):
//   {fd} {fd2}       an fd argument with what it refers to: "fd 5 (TCP socket)"
//   {path} {path2}   a path argument (relative to its dirfd when that is not the cwd)
//   {addr}           a socket address: "127.0.0.1:6379 (Redis)", "the UNIX socket /x"
//   {ret} {retfd}    the return value, and the fd it names
//   {count} {size}   byte counts asked for; {ret} is what was done
//   {signal} {pid} {how} {cmd} {req} {opt} {prog} {argv} {family} {socktype} {backlog}
//   {fds} {timeout} {oflags} {length} {mode} {data} (a short quote of the bytes moved)
//   {eof} (what a 0-byte read means on this kind of fd)
// A `?` template (e.g. `zero`) is used instead of `done` for a particular result.

/** Broad families; strace's `-e trace=%net` style classes are derived from these and the roles. */
export type Family =
  | 'file'
  | 'desc'
  | 'net'
  | 'process'
  | 'signal'
  | 'memory'
  | 'ipc'
  | 'poll'
  | 'time'
  | 'info'
  | 'sched'
  | 'sync'
  | 'system';

export interface SyscallEntry {
  family: Family;
  /** Role of each argument by position (`fd`, `path`, `addr`, …); `_` for ones nobody reads. */
  args: string[];
  /** Infinitive: "open {path}". Used as "Tried to …", "Started to …". */
  act: string;
  /** Past tense, for success: "Opened {path}". */
  done: string;
  /** Appended to `done` when the call returns something worth saying: " as {retfd}". */
  result?: string;
  /** Used instead of done+result when the call returned 0. */
  zero?: string;
  /** Which errno context applies (defaults to the family). See errno.ts. */
  errctx?: string;
}

type Row = [Family, string, string, string, string?, string?, string?];

// [family, roles (space separated), act, done, result, zero, errctx]
const ROWS: Record<string, Row> = {
  // --- files and paths
  open: ['file', 'path oflags mode', 'open {path}{oflags}', 'Opened {path}{oflags}', ' as {retfd}', undefined, 'open'],
  openat: ['file', 'dirfd path oflags mode', 'open {path}{oflags}', 'Opened {path}{oflags}', ' as {retfd}', undefined, 'open'],
  openat2: ['file', 'dirfd path how size', 'open {path}', 'Opened {path}', ' as {retfd}', undefined, 'open'],
  creat: ['file', 'path mode', 'create {path}', 'Created {path}', ' as {retfd}', undefined, 'open'],
  shm_open: ['ipc', 'path oflags mode', 'open the shared memory object {path}', 'Opened the shared memory object {path}', ' as {retfd}', undefined, 'open'],
  memfd_create: ['memory', 'name flags', 'create an anonymous memory file {name}', 'Created an anonymous memory file {name}', ' as {retfd}'],
  access: ['file', 'path mode', 'check access to {path}', 'Checked access to {path}: allowed', '', undefined, 'stat'],
  faccessat: ['file', 'dirfd path mode', 'check access to {path}', 'Checked access to {path}: allowed', '', undefined, 'stat'],
  faccessat2: ['file', 'dirfd path mode flags', 'check access to {path}', 'Checked access to {path}: allowed', '', undefined, 'stat'],
  stat: ['file', 'path statbuf', 'read the metadata of {path}', 'Read the metadata of {path}', '', undefined, 'stat'],
  lstat: ['file', 'path statbuf', 'read the metadata of the link {path}', 'Read the metadata of the link {path}', '', undefined, 'stat'],
  newfstatat: ['file', 'dirfd path statbuf flags', 'read the metadata of {path}', 'Read the metadata of {path}', '', undefined, 'stat'],
  statx: ['file', 'dirfd path flags mask statbuf', 'read the metadata of {path}', 'Read the metadata of {path}', '', undefined, 'stat'],
  fstat: ['desc', 'fd statbuf', 'read the metadata of {fd}', 'Read the metadata of {fd}', '', undefined, 'stat'],
  fstatfs: ['desc', 'fd buf', 'read file-system information for {fd}', 'Read file-system information for {fd}'],
  statfs: ['file', 'path buf', 'read file-system information for {path}', 'Read file-system information for {path}', '', undefined, 'stat'],
  readlink: ['file', 'path buf size', 'read the symbolic link {path}', 'Read the symbolic link {path}', ' ({ret} bytes)', undefined, 'stat'],
  readlinkat: ['file', 'dirfd path buf size', 'read the symbolic link {path}', 'Read the symbolic link {path}', ' ({ret} bytes)', undefined, 'stat'],
  getcwd: ['file', 'buf size', 'read the current directory', 'Read the current directory', ''],
  chdir: ['file', 'path', 'change the current directory to {path}', 'Changed the current directory to {path}', '', undefined, 'stat'],
  fchdir: ['desc', 'fd', 'change the current directory to {fd}', 'Changed the current directory to {fd}'],
  mkdir: ['file', 'path mode', 'create the directory {path}', 'Created the directory {path}', '', undefined, 'create'],
  mkdirat: ['file', 'dirfd path mode', 'create the directory {path}', 'Created the directory {path}', '', undefined, 'create'],
  rmdir: ['file', 'path', 'remove the directory {path}', 'Removed the directory {path}', '', undefined, 'unlink'],
  unlink: ['file', 'path', 'delete {path}', 'Deleted {path}', '', undefined, 'unlink'],
  unlinkat: ['file', 'dirfd path flags', 'delete {path}', 'Deleted {path}', '', undefined, 'unlink'],
  rename: ['file', 'path path2', 'rename {path} to {path2}', 'Renamed {path} to {path2}', '', undefined, 'create'],
  renameat: ['file', 'dirfd path dirfd2 path2', 'rename {path} to {path2}', 'Renamed {path} to {path2}', '', undefined, 'create'],
  renameat2: ['file', 'dirfd path dirfd2 path2 flags', 'rename {path} to {path2}', 'Renamed {path} to {path2}', '', undefined, 'create'],
  link: ['file', 'path path2', 'link {path2} to {path}', 'Linked {path2} to {path}', '', undefined, 'create'],
  symlink: ['file', 'target path', 'create the symbolic link {path} → {target}', 'Created the symbolic link {path} → {target}', '', undefined, 'create'],
  chmod: ['file', 'path mode', 'change the permissions of {path} to {mode}', 'Changed the permissions of {path} to {mode}', '', undefined, 'stat'],
  fchmod: ['desc', 'fd mode', 'change the permissions of {fd} to {mode}', 'Changed the permissions of {fd} to {mode}'],
  chown: ['file', 'path uid gid', 'change the owner of {path}', 'Changed the owner of {path}', '', undefined, 'stat'],
  fchown: ['desc', 'fd uid gid', 'change the owner of {fd}', 'Changed the owner of {fd}'],
  truncate: ['file', 'path length', 'truncate {path} to {length} bytes', 'Truncated {path} to {length} bytes', '', undefined, 'stat'],
  ftruncate: ['desc', 'fd length', 'set the size of {fd} to {length} bytes', 'Set the size of {fd} to {length} bytes'],
  getdents64: ['desc', 'fd buf count', 'list the directory {fd}', 'Listed entries of the directory {fd}', ' ({ret} bytes)', 'Reached the end of the directory {fd}'],
  getdents: ['desc', 'fd buf count', 'list the directory {fd}', 'Listed entries of the directory {fd}', ' ({ret} bytes)', 'Reached the end of the directory {fd}'],
  inotify_init1: ['file', 'flags', 'create an inotify instance', 'Created an inotify instance (file-change watcher)', ' as {retfd}'],
  inotify_add_watch: ['file', 'fd path mask', 'watch {path} for changes', 'Watched {path} for changes', ' (watch {ret})', undefined, 'stat'],
  // --- fds, reading and writing
  close: ['desc', 'fd', 'close {fd}', 'Closed {fd}', '', undefined, 'close'],
  read: ['desc', 'fd buf count', 'read from {fd}', 'Read {ret} bytes from {fd}', '{data}', 'Read from {fd}: {eof}', 'io'],
  pread64: ['desc', 'fd buf count offset', 'read from {fd}', 'Read {ret} bytes from {fd} at offset {offset}', '', 'Read from {fd} at offset {offset}: end of file', 'io'],
  readv: ['desc', 'fd iov iovcnt', 'read from {fd}', 'Read {ret} bytes from {fd}', '', 'Read from {fd}: {eof}', 'io'],
  write: ['desc', 'fd buf count', 'write {count} bytes to {fd}', 'Wrote {ret} bytes to {fd}', '{data}', undefined, 'io'],
  pwrite64: ['desc', 'fd buf count offset', 'write {count} bytes to {fd}', 'Wrote {ret} bytes to {fd} at offset {offset}', '', undefined, 'io'],
  writev: ['desc', 'fd iov iovcnt', 'write to {fd}', 'Wrote {ret} bytes to {fd}', '', undefined, 'io'],
  lseek: ['desc', 'fd offset whence', 'move the position of {fd}', 'Moved the position of {fd}', ' to offset {ret}', undefined, 'seek'],
  dup: ['desc', 'fd', 'duplicate {fd}', 'Duplicated {fd}', ' as {retfd}'],
  dup2: ['desc', 'fd newfd', 'duplicate {fd} onto fd {newfd}', 'Duplicated {fd} onto fd {newfd}'],
  dup3: ['desc', 'fd newfd flags', 'duplicate {fd} onto fd {newfd}', 'Duplicated {fd} onto fd {newfd}'],
  fcntl: ['desc', 'fd cmd arg', '{fcntlact}', '{Fcntlact}', '{fcntlret}'],
  ioctl: ['desc', 'fd req arg', '{ioctlact}', '{Ioctlact}', '', undefined, 'ioctl'],
  pipe: ['ipc', 'fds', 'create a pipe', 'Created a pipe{pipefds}'],
  pipe2: ['ipc', 'fds flags', 'create a pipe', 'Created a pipe{pipefds}'],
  eventfd2: ['desc', 'initval flags', 'create an eventfd counter', 'Created an eventfd counter (for wake-ups)', ' as {retfd}'],
  signalfd4: ['signal', 'fd mask size flags', 'create a signalfd', 'Created a signalfd (signals read as data)', ' as {retfd}'],
  timerfd_create: ['time', 'clockid flags', 'create a timerfd', 'Created a timerfd (timer read as data)', ' as {retfd}'],
  timerfd_settime: ['time', 'fd flags new old', 'arm the timer {fd}', 'Armed the timer {fd}'],
  pidfd_open: ['process', 'pid flags', 'get a pidfd for process {pid}', 'Got a pidfd for process {pid}', ' as {retfd}'],
  fsync: ['desc', 'fd', 'flush {fd} to disk', 'Flushed {fd} to disk'],
  fdatasync: ['desc', 'fd', 'flush the data of {fd} to disk', 'Flushed the data of {fd} to disk'],
  // --- network
  socket: ['net', 'family socktype protocol', 'create a {sockkind}', 'Created a {sockkind}', ' as {retfd}', undefined, 'socket'],
  socketpair: ['net', 'family socktype protocol fds', 'create a connected pair of {sockkind}s', 'Created a connected pair of {sockkind}s{pipefds}', '', undefined, 'socket'],
  connect: ['net', 'fd addr addrlen', 'connect {fd} to {addr}', 'Connected {fd} to {addr}', '', undefined, 'connect'],
  bind: ['net', 'fd addr addrlen', 'bind {fd} to {addr}', 'Bound {fd} to {addr}', '', undefined, 'bind'],
  listen: ['net', 'fd backlog', 'listen for connections on {fd}', 'Started listening for connections on {fd}', ' (backlog {backlog})', undefined, 'listen'],
  accept: ['net', 'fd addr addrlen', 'accept a connection on {fd}', 'Accepted a connection{peer} on {fd}', ' as {retfd}', undefined, 'accept'],
  accept4: ['net', 'fd addr addrlen flags', 'accept a connection on {fd}', 'Accepted a connection{peer} on {fd}', ' as {retfd}', undefined, 'accept'],
  getsockname: ['net', 'fd addr addrlen', 'ask for the local address of {fd}', 'Asked for the local address of {fd}: {addr}', '', undefined, 'sockname'],
  getpeername: ['net', 'fd addr addrlen', 'ask for the peer address of {fd}', 'Asked for the peer address of {fd}: {addr}', '', undefined, 'sockname'],
  setsockopt: ['net', 'fd level opt optval optlen', 'set the socket option {opt} on {fd}', 'Set the socket option {opt} on {fd}', '', undefined, 'sockopt'],
  getsockopt: ['net', 'fd level opt optval optlen', 'read the socket option {opt} of {fd}', 'Read the socket option {opt} of {fd}{optval}', '', undefined, 'sockopt'],
  sendto: ['net', 'fd buf count flags addr addrlen', 'send {count} bytes on {fd}{to}', 'Sent {ret} bytes on {fd}{to}', '{data}', undefined, 'send'],
  sendmsg: ['net', 'fd msg flags', 'send a message on {fd}', 'Sent {ret} bytes on {fd}', '', undefined, 'send'],
  sendmmsg: ['net', 'fd msgs vlen flags', 'send messages on {fd}', 'Sent {ret} messages on {fd}', '', undefined, 'send'],
  recvfrom: ['net', 'fd buf count flags addr addrlen', 'receive on {fd}', 'Received {ret} bytes on {fd}{from}', '{data}', 'Received nothing on {fd}: the peer closed the connection (end of stream)', 'recv'],
  recvmsg: ['net', 'fd msg flags', 'receive a message on {fd}', 'Received {ret} bytes on {fd}', '', 'Received nothing on {fd}: the peer closed the connection (end of stream)', 'recv'],
  recvmmsg: ['net', 'fd msgs vlen flags timeout', 'receive messages on {fd}', 'Received {ret} messages on {fd}', '', undefined, 'recv'],
  shutdown: ['net', 'fd how', 'shut down {how} on {fd}', 'Shut down {how} on {fd}', '', undefined, 'shutdown'],
  // --- waiting for fds
  poll: ['poll', 'fds nfds timeout', 'wait for {fds}', 'Waited for {fds}', '{ready}', 'Waited for {fds}: timed out, nothing ready', 'wait'],
  ppoll: ['poll', 'fds nfds timeout sigmask size', 'wait for {fds}', 'Waited for {fds}', '{ready}', 'Waited for {fds}: timed out, nothing ready', 'wait'],
  select: ['poll', 'nfds readfds writefds exceptfds timeout', 'wait for {fds}', 'Waited for {fds}', '{ready}', 'Waited for {fds}: timed out, nothing ready', 'wait'],
  pselect6: ['poll', 'nfds readfds writefds exceptfds timeout sigmask', 'wait for {fds}', 'Waited for {fds}', '{ready}', 'Waited for {fds}: timed out, nothing ready', 'wait'],
  epoll_create1: ['poll', 'flags', 'create an epoll instance', 'Created an epoll instance', ' as {retfd}'],
  epoll_create: ['poll', 'size', 'create an epoll instance', 'Created an epoll instance', ' as {retfd}'],
  epoll_ctl: ['poll', 'epfd op fd event', '{epop} {fd} in the epoll set {epfd}', '{Epop} {fd} in the epoll set {epfd}'],
  epoll_wait: ['poll', 'epfd events maxevents timeout', 'wait on the epoll set {epfd}', 'Waited on the epoll set {epfd}', ': {ret} ready', 'Waited on the epoll set {epfd}: timed out, nothing ready', 'wait'],
  epoll_pwait: ['poll', 'epfd events maxevents timeout sigmask size', 'wait on the epoll set {epfd}', 'Waited on the epoll set {epfd}', ': {ret} ready', 'Waited on the epoll set {epfd}: timed out, nothing ready', 'wait'],
  // --- processes
  execve: ['process', 'path argv envp', 'run {prog}', 'Started running {prog}{argv}', '', undefined, 'exec'],
  execveat: ['process', 'dirfd path argv envp flags', 'run {prog}', 'Started running {prog}{argv}', '', undefined, 'exec'],
  posix_spawn: ['process', 'pid path file_actions attrp argv envp', 'spawn {prog}', 'Spawned {prog}', '', undefined, 'exec'],
  fork: ['process', '', 'fork', 'Forked', ' child process {ret}', 'Forked: this is the child', 'fork'],
  vfork: ['process', '', 'vfork', 'Started child process {ret} (vfork: the parent waits until it execs or exits)', '', undefined, 'fork'],
  clone: ['process', 'flags', 'clone', 'Started {clonekind} {ret}', '', undefined, 'fork'],
  clone3: ['process', 'args size', 'clone', 'Started {clonekind} {ret}', '', undefined, 'fork'],
  wait4: ['process', 'pid status options rusage', 'wait for {waitwho}', 'Waited for {waitwho}: process {ret} {status}', '', 'Checked {waitwho}: none has finished yet', 'wait4'],
  waitid: ['process', 'idtype id infop options', 'wait for a child', 'Waited for a child', '', undefined, 'wait4'],
  exit: ['process', 'status', 'exit the thread', 'Exited the thread with status {status0}'],
  exit_group: ['process', 'status', 'exit', 'Exited with status {status0}'],
  kill: ['signal', 'pid signal', '{killact}', '{Killact}', '', undefined, 'kill'],
  tgkill: ['signal', 'tgid pid signal', 'send {signal} to {threadwho}', 'Sent {signal} to {threadwho}', '', undefined, 'kill'],
  tkill: ['signal', 'pid signal', 'send {signal} to {threadwho}', 'Sent {signal} to {threadwho}', '', undefined, 'kill'],
  getpid: ['info', '', 'ask for its process id', 'Asked for its process id', ': {ret}'],
  getppid: ['info', '', 'ask for its parent process id', 'Asked for its parent process id', ': {ret}'],
  gettid: ['info', '', 'ask for its thread id', 'Asked for its thread id', ': {ret}'],
  getuid: ['info', '', 'ask for its user id', 'Asked for its user id', ': {ret}'],
  geteuid: ['info', '', 'ask for its effective user id', 'Asked for its effective user id', ': {ret}'],
  getgid: ['info', '', 'ask for its group id', 'Asked for its group id', ': {ret}'],
  getegid: ['info', '', 'ask for its effective group id', 'Asked for its effective group id', ': {ret}'],
  setuid: ['process', 'uid', 'switch to user id {uid}', 'Switched to user id {uid}', '', undefined, 'perm'],
  setgid: ['process', 'gid', 'switch to group id {gid}', 'Switched to group id {gid}', '', undefined, 'perm'],
  setsid: ['process', '', 'start a new session', 'Started a new session', ' ({ret})'],
  setpgid: ['process', 'pid pgid', 'set the process group', 'Set the process group'],
  capget: ['process', 'header data', 'read its capabilities', 'Read its capabilities'],
  capset: ['process', 'header data', 'change its capabilities', 'Changed its capabilities', '', undefined, 'perm'],
  prctl: ['process', 'option arg2 arg3 arg4 arg5', 'change a process setting ({option})', 'Changed a process setting ({option})'],
  arch_prctl: ['process', 'option addr', 'set up thread-local storage ({option})', 'Set up thread-local storage ({option})'],
  set_tid_address: ['process', 'tidptr', 'register where to clear its thread id on exit', 'Registered where to clear its thread id on exit', ' (thread id {ret})'],
  set_robust_list: ['process', 'head len', 'register its robust futex list', 'Registered its robust futex list'],
  rseq: ['process', 'rseq len flags sig', 'register restartable sequences', 'Registered restartable sequences'],
  prlimit64: ['process', 'pid resource new old', 'read or set the limit {resource}', 'Read or set the limit {resource}'],
  getrlimit: ['process', 'resource rlim', 'read the limit {resource}', 'Read the limit {resource}'],
  setrlimit: ['process', 'resource rlim', 'set the limit {resource}', 'Set the limit {resource}', '', undefined, 'perm'],
  sched_getaffinity: ['sched', 'pid size mask', 'ask which CPUs it may run on', 'Asked which CPUs it may run on'],
  sched_yield: ['sched', '', 'give up the CPU', 'Gave up the CPU to other threads'],
  getrandom: ['info', 'buf count flags', 'get {count} random bytes', 'Got {ret} random bytes', '', undefined, 'random'],
  uname: ['info', 'buf', 'ask for the system name and version', 'Asked for the system name and version'],
  sysinfo: ['info', 'info', 'ask for system statistics (memory, uptime)', 'Asked for system statistics (memory, uptime)'],
  pkey_alloc: ['memory', 'flags access', 'allocate a memory protection key', 'Allocated memory protection key {ret}'],
  restart_syscall: ['signal', 'resume', 'resume the {resumed} a signal interrupted', 'Resumed the {resumed} a signal interrupted'],
  pause: ['signal', '', 'wait for a signal', 'Waited for a signal'],
  // --- signals
  rt_sigaction: ['signal', 'signal act oldact size', 'set the handler of {signal}', '{sigaction}'],
  sigaction: ['signal', 'signal act oldact', 'set the handler of {signal}', '{sigaction}'],
  rt_sigprocmask: ['signal', 'how set oldset size', 'change which signals are blocked', 'Changed which signals are blocked'],
  sigprocmask: ['signal', 'how set oldset', 'change which signals are blocked', 'Changed which signals are blocked'],
  rt_sigreturn: ['signal', 'mask', 'return from a signal handler', 'Returned from a signal handler'],
  rt_sigsuspend: ['signal', 'mask size', 'wait for a signal', 'Waited for a signal'],
  rt_sigqueueinfo: ['signal', 'pid signal info', 'queue {signal} with data to process {pid}', 'Queued {signal} with data to process {pid}', '', undefined, 'kill'],
  sigaltstack: ['signal', 'ss old', 'set up an alternate signal stack', 'Set up an alternate signal stack'],
  setitimer: ['time', 'which new old', 'arm an interval timer', 'Armed an interval timer'],
  // --- memory
  mmap: ['memory', 'addr length prot flags fd offset', 'map {mapwhat}', 'Mapped {mapwhat}', ' at {ret}', undefined, 'memory'],
  mmap2: ['memory', 'addr length prot flags fd offset', 'map {mapwhat}', 'Mapped {mapwhat}', ' at {ret}', undefined, 'memory'],
  munmap: ['memory', 'addr length', 'unmap {length} bytes at {addrp}', 'Unmapped {length} bytes at {addrp}', '', undefined, 'memory'],
  mprotect: ['memory', 'addrp length prot', 'change memory protection to {prot}', 'Changed memory protection of {length} bytes to {prot}', '', undefined, 'memory'],
  madvise: ['memory', 'addrp length advice', 'give the kernel a hint about memory use ({advice})', 'Gave the kernel a hint about memory use ({advice})', '', undefined, 'memory'],
  brk: ['memory', 'addrp', 'move the end of the heap', 'Moved the end of the heap', ' to {ret}', undefined, 'memory'],
  // --- time
  clock_nanosleep: ['time', 'clockid flags req rem', 'sleep {sleepfor}', 'Slept {sleepfor}', '', undefined, 'sleep'],
  nanosleep: ['time', 'req rem', 'sleep {sleepfor}', 'Slept {sleepfor}', '', undefined, 'sleep'],
  gettimeofday: ['time', 'tv tz', 'read the clock', 'Read the clock'],
  clock_gettime: ['time', 'clockid tp', 'read the clock', 'Read the clock'],
  // --- synchronisation
  futex: ['sync', 'uaddr op val timeout uaddr2 val3', '{futexop}', '{Futexop}', '', undefined, 'futex'],
  // --- Darwin-only (macOS)
  __sysctl: ['info', 'name namelen oldp oldlenp newp newlen', 'read a kernel setting (sysctl)', 'Read a kernel setting (sysctl)'],
  sysctl: ['info', 'name namelen oldp oldlenp newp newlen', 'read a kernel setting (sysctl)', 'Read a kernel setting (sysctl)'],
  sysctlbyname: ['info', 'name namelen oldp oldlenp newp newlen', 'read the kernel setting {name}', 'Read the kernel setting {name}'],
  stat64: ['file', 'path statbuf', 'read the metadata of {path}', 'Read the metadata of {path}', '', undefined, 'stat'],
  lstat64: ['file', 'path statbuf', 'read the metadata of the link {path}', 'Read the metadata of the link {path}', '', undefined, 'stat'],
  fstat64: ['desc', 'fd statbuf', 'read the metadata of {fd}', 'Read the metadata of {fd}', '', undefined, 'stat'],
  fstatat64: ['file', 'dirfd path statbuf flags', 'read the metadata of {path}', 'Read the metadata of {path}', '', undefined, 'stat'],
  fstatfs64: ['desc', 'fd buf', 'read file-system information for {fd}', 'Read file-system information for {fd}'],
  getfsstat64: ['info', 'buf size flags', 'list the mounted file systems', 'Listed the mounted file systems', ' ({ret})'],
  getattrlist: ['file', 'path attrlist buf size options', 'read attributes of {path}', 'Read attributes of {path}', '', undefined, 'stat'],
  getattrlistbulk: ['desc', 'fd attrlist buf size options', 'read attributes of the entries of the directory {fd}', 'Read attributes of {ret} entries of the directory {fd}'],
  getdirentries64: ['desc', 'fd buf count basep', 'list the directory {fd}', 'Listed entries of the directory {fd}', ' ({ret} bytes)', 'Reached the end of the directory {fd}'],
  fsgetpath: ['file', 'buf size fsid objid', 'look up a path by file-system id', 'Looked up a path by file-system id'],
  fdsync: ['desc', 'fd flags', 'flush {fd} to disk', 'Flushed {fd} to disk'],
  llseek: ['desc', 'fd offset_high offset_low result whence', 'move the position of {fd}', 'Moved the position of {fd}'],
  pread: ['desc', 'fd buf count offset', 'read from {fd}', 'Read {ret} bytes from {fd} at offset {offset}', '', 'Read from {fd}: end of file', 'io'],
  pwrite: ['desc', 'fd buf count offset', 'write {count} bytes to {fd}', 'Wrote {ret} bytes to {fd} at offset {offset}', '', undefined, 'io'],
  kqueue: ['poll', '', 'create a kqueue', 'Created a kqueue (event queue)', ' as {retfd}'],
  kevent: ['poll', 'kq changelist nchanges eventlist nevents timeout', 'wait on the kqueue {kq}', 'Waited on the kqueue {kq}', ': {ret} events', 'Waited on the kqueue {kq}: no events', 'wait'],
  kevent64: ['poll', 'kq changelist nchanges eventlist nevents flags timeout', 'wait on the kqueue {kq}', 'Waited on the kqueue {kq}', ': {ret} events', 'Waited on the kqueue {kq}: no events', 'wait'],
  kevent_qos: ['poll', 'kq changelist nchanges eventlist nevents data_out data_available flags', 'wait on the kqueue {kq}', 'Waited on the kqueue {kq}', ': {ret} events', 'Waited on the kqueue {kq}: no events', 'wait'],
  workq_kernreturn: ['sched', 'options item affinity prio', 'hand a thread back to the work-queue pool', 'Handed a thread back to the work-queue pool (libdispatch)'],
  bsdthread_register: ['process', 'threadstart wqthread flags stack_addr_hint targetconc dispatchqueue_offset', 'register the thread entry points', 'Registered the thread entry points (libpthread start-up)'],
  thread_selfid: ['info', '', 'ask for its thread id', 'Asked for its thread id', ': {ret}'],
  issetugid: ['info', '', 'ask whether it runs set-user-id', 'Asked whether it runs set-user-id', ': {yesno}'],
  csops: ['process', 'pid ops useraddr usersize', 'query its code-signing status', 'Queried its code-signing status'],
  csops_audittoken: ['process', 'pid ops useraddr usersize token', 'query its code-signing status', 'Queried its code-signing status'],
  csrctl: ['info', 'op useraddr usersize', 'query System Integrity Protection', 'Queried System Integrity Protection'],
  proc_info: ['info', 'callnum pid flavor arg buf size', 'ask for process information', 'Asked for process information'],
  shared_region_check_np: ['memory', 'startaddr', 'look up the shared library cache', 'Looked up the shared library cache (dyld)'],
  crossarch_trap: ['process', 'arg', 'check for Rosetta translation', 'Checked for Rosetta translation'],
  ulock_wake: ['sync', 'operation addr wake_value', 'wake a thread waiting on a lock', 'Woke a thread waiting on a lock', '', undefined, 'futex'],
  ulock_wait: ['sync', 'operation addr value timeout', 'wait on a lock', 'Waited on a lock', '', undefined, 'futex'],
  psynch_cvwait: ['sync', 'cv cvgen cvugen mutex mugen flags sec nsec', 'wait on a condition variable', 'Waited on a condition variable', '', undefined, 'futex'],
  psynch_cvsignal: ['sync', 'cv cvgen cvugen thread_port mutex mugen tid flags', 'signal a condition variable', 'Signalled a condition variable', '', undefined, 'futex'],
  psynch_mutexdrop: ['sync', 'mutex mgen ugen tid flags', 'release a mutex', 'Released a mutex', '', undefined, 'futex'],
  psynch_mutexwait: ['sync', 'mutex mgen ugen tid flags', 'wait for a mutex', 'Waited for a mutex', '', undefined, 'futex'],
  __semwait_signal: ['sync', 'cond_sem mutex_sem timeout relative tv_sec tv_nsec', 'sleep on a semaphore', 'Slept on a semaphore', '', undefined, 'sleep'],
  __pthread_sigmask: ['signal', 'how set oldset', 'change which signals the thread blocks', 'Changed which signals the thread blocks'],
  __pthread_kill: ['signal', 'thread_port signal', 'send {signal} to a thread', 'Sent {signal} to a thread', '', undefined, 'kill'],
  __disable_threadsignal: ['signal', 'value', 'stop signal delivery to the exiting thread', 'Stopped signal delivery to the exiting thread'],
  __mac_syscall: ['system', 'policy call arg', 'call a security policy module ({policy})', 'Called a security policy module ({policy})'],
  getentropy: ['info', 'buf count', 'get {count} random bytes', 'Got random bytes'],
  lwp_sigmask: ['signal', 'how bits0 bits1', 'change which signals the thread blocks', 'Changed which signals the thread blocks'],
  // --- Solaris (DTraceToolkit dtruss samples)
  resolvepath: ['file', 'path buf size', 'resolve the real path of {path}', 'Resolved the real path of {path}', '', undefined, 'stat'],
  sysconfig: ['info', 'name', 'read a system configuration value', 'Read a system configuration value', ': {ret}'],
  xstat: ['file', 'version path statbuf', 'read the metadata of {path}', 'Read the metadata of {path}', '', undefined, 'stat'],
  memcntl: ['memory', 'addrp length cmd arg attr mask', 'give the kernel memory-management advice', 'Gave the kernel memory-management advice', '', undefined, 'memory'],
  mremap: ['memory', 'addrp length new_length flags new_address', 'resize a memory mapping', 'Resized a memory mapping', ' (now at {ret})', undefined, 'memory'],
  // --- Nanos / Linux calls seen without arguments in old Nanos traces
  nosys: ['system', '', 'make an unimplemented call', 'Made an unimplemented call'],
};

// Darwin spellings and 64-bit twins that mean the same as a Linux call.
// `_nocancel` variants are the same call without being a pthread cancellation point.
export const ALIASES: Record<string, string> = {
  close_nocancel: 'close',
  read_nocancel: 'read',
  write_nocancel: 'write',
  open_nocancel: 'open',
  openat_nocancel: 'openat',
  fcntl_nocancel: 'fcntl',
  sendto_nocancel: 'sendto',
  sendmsg_nocancel: 'sendmsg',
  recvfrom_nocancel: 'recvfrom',
  recvmsg_nocancel: 'recvmsg',
  select_nocancel: 'select',
  poll_nocancel: 'poll',
  pread_nocancel: 'pread',
  pwrite_nocancel: 'pwrite',
  wait4_nocancel: 'wait4',
  connect_nocancel: 'connect',
  accept_nocancel: 'accept',
  fsync_nocancel: 'fsync',
  readv_nocancel: 'readv',
  writev_nocancel: 'writev',
  mmap2: 'mmap',
  _llseek: 'lseek',
  fstatat: 'newfstatat',
  getdents: 'getdents64',
  sigreturn: 'rt_sigreturn',
};

function build(): Record<string, SyscallEntry> {
  const out: Record<string, SyscallEntry> = {};
  for (const [name, [family, roles, act, done, result, zero, errctx]] of Object.entries(ROWS)) {
    const entry: SyscallEntry = { family, args: roles ? roles.split(' ') : [], act, done };
    if (result !== undefined) entry.result = result;
    if (zero !== undefined) entry.zero = zero;
    if (errctx !== undefined) entry.errctx = errctx;
    out[name] = entry;
  }
  return out;
}

export const SYSCALLS: Readonly<Record<string, SyscallEntry>> = build();

/** The catalogue entry for a syscall name as any tracer prints it; undefined for unknown calls. */
export function lookupSyscall(name: string): SyscallEntry | undefined {
  if (Object.hasOwn(SYSCALLS, name)) return SYSCALLS[name];
  const alias = ALIASES[name];
  if (alias && Object.hasOwn(SYSCALLS, alias)) return SYSCALLS[alias];
  if (name.endsWith('_nocancel')) return lookupSyscall(name.slice(0, -'_nocancel'.length));
  return undefined;
}

/** The catalogue's name for a call (`read_nocancel` → `read`), for grouping and filters. */
export function canonicalName(name: string): string {
  if (Object.hasOwn(SYSCALLS, name)) return name;
  if (ALIASES[name]) return ALIASES[name];
  if (name.endsWith('_nocancel')) return canonicalName(name.slice(0, -'_nocancel'.length));
  return name;
}

/**
 * fcntl commands in words: [infinitive, past]. `{fd}` and `{arg}` as above.
 * Source: fcntl(2) (Linux man-pages) and XNU's fcntl(2) for F_GETPATH, F_NOCACHE, F_CHECK_LV.
 */
export const FCNTL_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  F_GETFL: ['read the status flags of {fd}', 'Read the status flags of {fd}'],
  F_SETFL: ['set the status flags of {fd} to {arg}', 'Set the status flags of {fd} to {arg}'],
  F_GETFD: ['read the fd flags of {fd}', 'Read the fd flags of {fd}'],
  F_SETFD: ['set the fd flags of {fd} to {arg}', 'Set the fd flags of {fd} to {arg}'],
  F_DUPFD: ['duplicate {fd}', 'Duplicated {fd}'],
  F_DUPFD_CLOEXEC: ['duplicate {fd} (close-on-exec)', 'Duplicated {fd} (close-on-exec)'],
  F_GETLK: ['check for a lock on {fd}', 'Checked for a lock on {fd}'],
  F_SETLK: ['lock or unlock a range of {fd}', 'Locked or unlocked a range of {fd}'],
  F_SETLKW: ['wait to lock a range of {fd}', 'Locked a range of {fd}'],
  F_OFD_SETLK: ['lock or unlock a range of {fd}', 'Locked or unlocked a range of {fd}'],
  F_OFD_SETLKW: ['wait to lock a range of {fd}', 'Locked a range of {fd}'],
  F_SETPIPE_SZ: ['resize the pipe {fd}', 'Resized the pipe {fd}'],
  F_GETPIPE_SZ: ['read the pipe size of {fd}', 'Read the pipe size of {fd}'],
  F_ADD_SEALS: ['seal {fd}', 'Sealed {fd}'],
  F_GETPATH: ['ask for the path of {fd}', 'Asked for the path of {fd}'],
  F_NOCACHE: ['turn data caching off or on for {fd}', 'Turned data caching off or on for {fd}'],
  F_CHECK_LV: ['check that {fd} may be loaded as a library', 'Checked that {fd} may be loaded as a library'],
  F_SETNOSIGPIPE: ['turn off SIGPIPE for {fd}', 'Turned off SIGPIPE for {fd}'],
};

/**
 * ioctl requests in words: [infinitive, past]. Source: ioctl_tty(2), ioctl(2) (FIONBIO,
 * FIONREAD, FIOCLEX) of the Linux man-pages; XNU sys/filio.h and sys/ttycom.h.
 */
export const IOCTL_WORDS: Readonly<Record<string, readonly [string, string, string?]>> = {
  // The third form is the sentence for ENOTTY: for these requests it is an answer, not a failure.
  TCGETS: ['ask whether {fd} is a terminal (TCGETS)', 'Asked whether {fd} is a terminal: it is', 'Asked whether {fd} is a terminal: it is not (a routine check)'],
  TIOCGETA: ['ask whether {fd} is a terminal (TIOCGETA)', 'Asked whether {fd} is a terminal: it is', 'Asked whether {fd} is a terminal: it is not (a routine check)'],
  TCSETS: ['change the terminal settings of {fd}', 'Changed the terminal settings of {fd}'],
  TCSETSW: ['change the terminal settings of {fd}', 'Changed the terminal settings of {fd}'],
  TIOCGWINSZ: ['ask for the window size of the terminal {fd}', 'Asked for the window size of the terminal {fd}', 'Asked for the terminal window size of {fd}: it is not a terminal'],
  TIOCSWINSZ: ['set the window size of the terminal {fd}', 'Set the window size of the terminal {fd}'],
  TIOCGPGRP: ['ask for the foreground process group of {fd}', 'Asked for the foreground process group of {fd}'],
  FIONBIO: ['switch {fd} to {nbio} mode', 'Switched {fd} to {nbio} mode'],
  FIONREAD: ['ask how many bytes are waiting on {fd}', 'Asked how many bytes are waiting on {fd}'],
  FIOCLEX: ['mark {fd} close-on-exec', 'Marked {fd} close-on-exec'],
  FIONCLEX: ['clear close-on-exec on {fd}', 'Cleared close-on-exec on {fd}'],
  SIOCGIFCONF: ['list the network interfaces', 'Listed the network interfaces'],
  SIOCGIFFLAGS: ['read the flags of a network interface', 'Read the flags of a network interface'],
  SIOCGIFINDEX: ['look up a network interface index', 'Looked up a network interface index'],
};
