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
  // --- Linux calls common in real programs that had only the generic sentence (man-pages, section 2)
  sendfile: ['desc', 'fd fd2 offset count', 'copy {count} bytes from {fd2} to {fd} in the kernel', 'Copied {ret} bytes from {fd2} to {fd} in the kernel', '', undefined, 'io'],
  copy_file_range: ['desc', 'fd off_in fd2 off_out length flags', 'copy {length} bytes from {fd} to {fd2} in the kernel', 'Copied {ret} bytes from {fd} to {fd2} in the kernel', '', undefined, 'io'],
  splice: ['desc', 'fd off_in fd2 off_out length flags', 'move {length} bytes from {fd} to {fd2} through a pipe', 'Moved {ret} bytes from {fd} to {fd2} through a pipe', '', undefined, 'io'],
  tee: ['desc', 'fd fd2 length flags', 'duplicate {length} bytes of pipe {fd} into {fd2}', 'Duplicated {ret} bytes of pipe {fd} into {fd2}', '', undefined, 'io'],
  vmsplice: ['desc', 'fd iov nr_segs flags', 'move memory into pipe {fd}', 'Moved {ret} bytes of memory into pipe {fd}', '', undefined, 'io'],
  preadv: ['desc', 'fd iov iovcnt offset', 'read from {fd} at offset {offset}', 'Read {ret} bytes from {fd} at offset {offset}', '', undefined, 'io'],
  pwritev: ['desc', 'fd iov iovcnt offset', 'write to {fd} at offset {offset}', 'Wrote {ret} bytes to {fd} at offset {offset}', '', undefined, 'io'],
  preadv2: ['desc', 'fd iov iovcnt offset flags', 'read from {fd} at offset {offset}', 'Read {ret} bytes from {fd} at offset {offset}', '', undefined, 'io'],
  pwritev2: ['desc', 'fd iov iovcnt offset flags', 'write to {fd} at offset {offset}', 'Wrote {ret} bytes to {fd} at offset {offset}', '', undefined, 'io'],
  readahead: ['desc', 'fd offset count', 'read ahead {count} bytes of {fd} into the page cache', 'Read ahead {count} bytes of {fd} into the page cache', '', undefined, 'io'],
  fadvise64: ['desc', 'fd offset length advice', 'tell the kernel how it will read {fd}', 'Told the kernel how it will read {fd}'],
  fallocate: ['desc', 'fd mode offset length', 'reserve {length} bytes of disk space for {fd}', 'Reserved {length} bytes of disk space for {fd}', '', undefined, 'io'],
  sync: ['file', '', 'flush all file systems to disk', 'Flushed all file systems to disk'],
  syncfs: ['desc', 'fd', 'flush the file system of {fd} to disk', 'Flushed the file system of {fd} to disk', '', undefined, 'io'],
  sync_file_range: ['desc', 'fd offset length flags', 'flush part of {fd} to disk', 'Flushed part of {fd} to disk', '', undefined, 'io'],
  msync: ['memory', 'addrp length flags', 'flush a shared file mapping to disk', 'Flushed a shared file mapping to disk', '', undefined, 'memory'],
  flock: ['desc', 'fd op', 'lock or unlock {fd} ({op})', 'Locked or unlocked {fd} ({op})'],
  umask: ['file', 'mode', 'set its file-creation mask to {mode}', 'Set its file-creation mask to {mode}'],
  mknod: ['file', 'path mode dev', 'create the special file {path}', 'Created the special file {path}', '', undefined, 'create'],
  mknodat: ['file', 'dirfd path mode dev', 'create the special file {path}', 'Created the special file {path}', '', undefined, 'create'],
  linkat: ['file', 'dirfd path newdirfd path2 flags', 'create the hard link {path2} to {path}', 'Created the hard link {path2} to {path}', '', undefined, 'create'],
  symlinkat: ['file', 'target newdirfd path', 'create the symbolic link {path} to {target}', 'Created the symbolic link {path} to {target}', '', undefined, 'create'],
  fchmodat: ['file', 'dirfd path mode flags', 'change the mode of {path} to {mode}', 'Changed the mode of {path} to {mode}', '', undefined, 'stat'],
  fchownat: ['file', 'dirfd path uid gid flags', 'change the owner of {path} to {uid}:{gid}', 'Changed the owner of {path} to {uid}:{gid}', '', undefined, 'stat'],
  lchown: ['file', 'path uid gid', 'change the owner of the link {path} to {uid}:{gid}', 'Changed the owner of the link {path} to {uid}:{gid}', '', undefined, 'stat'],
  utimensat: ['file', 'dirfd path times flags', 'set the timestamps of {path}', 'Set the timestamps of {path}', '', undefined, 'stat'],
  utimes: ['file', 'path times', 'set the timestamps of {path}', 'Set the timestamps of {path}', '', undefined, 'stat'],
  utime: ['file', 'path times', 'set the timestamps of {path}', 'Set the timestamps of {path}', '', undefined, 'stat'],
  futimesat: ['file', 'dirfd path times', 'set the timestamps of {path}', 'Set the timestamps of {path}', '', undefined, 'stat'],
  chroot: ['file', 'path', 'change its root directory to {path}', 'Changed its root directory to {path}', '', undefined, 'stat'],
  getxattr: ['file', 'path name value size', 'read the extended attribute {name} of {path}', 'Read the extended attribute {name} of {path}', ' ({ret} bytes)', undefined, 'stat'],
  lgetxattr: ['file', 'path name value size', 'read the extended attribute {name} of {path}', 'Read the extended attribute {name} of {path}', ' ({ret} bytes)', undefined, 'stat'],
  fgetxattr: ['desc', 'fd name value size', 'read the extended attribute {name} of {fd}', 'Read the extended attribute {name} of {fd}', ' ({ret} bytes)', undefined, 'stat'],
  setxattr: ['file', 'path name value size flags', 'set the extended attribute {name} of {path}', 'Set the extended attribute {name} of {path}', '', undefined, 'stat'],
  lsetxattr: ['file', 'path name value size flags', 'set the extended attribute {name} of {path}', 'Set the extended attribute {name} of {path}', '', undefined, 'stat'],
  fsetxattr: ['desc', 'fd name value size flags', 'set the extended attribute {name} of {fd}', 'Set the extended attribute {name} of {fd}', '', undefined, 'stat'],
  listxattr: ['file', 'path list size', 'list the extended attributes of {path}', 'Listed the extended attributes of {path}', '', undefined, 'stat'],
  llistxattr: ['file', 'path list size', 'list the extended attributes of {path}', 'Listed the extended attributes of {path}', '', undefined, 'stat'],
  flistxattr: ['desc', 'fd list size', 'list the extended attributes of {fd}', 'Listed the extended attributes of {fd}', '', undefined, 'stat'],
  removexattr: ['file', 'path name', 'remove the extended attribute {name} of {path}', 'Removed the extended attribute {name} of {path}', '', undefined, 'stat'],
  lremovexattr: ['file', 'path name', 'remove the extended attribute {name} of {path}', 'Removed the extended attribute {name} of {path}', '', undefined, 'stat'],
  fremovexattr: ['desc', 'fd name', 'remove the extended attribute {name} of {fd}', 'Removed the extended attribute {name} of {fd}', '', undefined, 'stat'],
  inotify_init: ['file', '', 'create an inotify instance', 'Created an inotify instance (file-change watcher)', ' as {retfd}'],
  inotify_rm_watch: ['file', 'fd wd', 'stop watching a path ({fd})', 'Stopped watching a path ({fd})'],
  fanotify_init: ['file', 'flags event_f_flags', 'create a fanotify instance', 'Created a fanotify instance (file-access watcher)', ' as {retfd}'],
  fanotify_mark: ['file', 'fd flags mask dirfd path', 'watch {path} for file accesses', 'Watched {path} for file accesses', '', undefined, 'stat'],
  eventfd: ['desc', 'initval', 'create an eventfd counter', 'Created an eventfd counter (for wake-ups)', ' as {retfd}'],
  signalfd: ['signal', 'fd mask size', 'create a signalfd (signals read as data)', 'Created a signalfd (signals read as data)', ' as {retfd}'],
  timerfd_gettime: ['time', 'fd curr_value', 'read the timer {fd}', 'Read the timer {fd}'],
  close_range: ['desc', 'fd max_fd flags', 'close a range of fds from {fd}', 'Closed a range of fds from {fd}', '', undefined, 'close'],
  memfd_secret: ['memory', 'flags', 'create a secret memory area', 'Created a secret memory area', ' as {retfd}'],
  // --- processes, users and scheduling
  getresuid: ['info', 'ruid euid suid', 'ask for its real, effective and saved user ids', 'Asked for its real, effective and saved user ids'],
  getresgid: ['info', 'rgid egid sgid', 'ask for its real, effective and saved group ids', 'Asked for its real, effective and saved group ids'],
  setresuid: ['process', 'ruid euid suid', 'switch its user ids to {ruid}, {euid}, {suid}', 'Switched its user ids to {ruid}, {euid}, {suid}', '', undefined, 'perm'],
  setresgid: ['process', 'rgid egid sgid', 'switch its group ids to {rgid}, {egid}, {sgid}', 'Switched its group ids to {rgid}, {egid}, {sgid}', '', undefined, 'perm'],
  setreuid: ['process', 'ruid euid', 'switch its user ids to {ruid}, {euid}', 'Switched its user ids to {ruid}, {euid}', '', undefined, 'perm'],
  setregid: ['process', 'rgid egid', 'switch its group ids to {rgid}, {egid}', 'Switched its group ids to {rgid}, {egid}', '', undefined, 'perm'],
  setfsuid: ['process', 'uid', 'set its file-system user id to {uid}', 'Set its file-system user id to {uid}', '', undefined, 'perm'],
  setfsgid: ['process', 'gid', 'set its file-system group id to {gid}', 'Set its file-system group id to {gid}', '', undefined, 'perm'],
  getgroups: ['info', 'size list', 'ask for its supplementary groups', 'Asked for its supplementary groups', ': {ret}'],
  setgroups: ['process', 'size list', 'set its supplementary groups', 'Set its supplementary groups', '', undefined, 'perm'],
  getpgrp: ['info', '', 'ask for its process group', 'Asked for its process group', ': {ret}'],
  getpgid: ['info', 'pid', 'ask for the process group of {procwho}', 'Asked for the process group of {procwho}', ': {ret}'],
  getsid: ['info', 'pid', 'ask for the session of {procwho}', 'Asked for the session of {procwho}', ': {ret}'],
  getpriority: ['sched', 'which who', 'ask for a scheduling priority', 'Asked for a scheduling priority', ': {ret}'],
  setpriority: ['sched', 'which who prio', 'set a scheduling priority (nice {prio})', 'Set a scheduling priority (nice {prio})', '', undefined, 'perm'],
  getrusage: ['info', 'who usage', 'ask for its resource usage', 'Asked for its resource usage'],
  times: ['info', 'buf', 'ask for its CPU times', 'Asked for its CPU times'],
  sched_setaffinity: ['sched', 'pid size mask', 'set which CPUs {procwho} may run on: {mask}', 'Set which CPUs {procwho} may run on: {mask}', '', undefined, 'perm'],
  sched_setscheduler: ['sched', 'pid policy param', 'set the scheduling policy of {procwho}', 'Set the scheduling policy of {procwho}', '', undefined, 'perm'],
  sched_getscheduler: ['sched', 'pid', 'ask for the scheduling policy of {procwho}', 'Asked for the scheduling policy of {procwho}', ': {ret}'],
  sched_setparam: ['sched', 'pid param', 'set the scheduling priority of {procwho}', 'Set the scheduling priority of {procwho}', '', undefined, 'perm'],
  sched_getparam: ['sched', 'pid param', 'ask for the scheduling priority of {procwho}', 'Asked for the scheduling priority of {procwho}'],
  sched_setattr: ['sched', 'pid attr flags', 'set the scheduling attributes of {procwho}', 'Set the scheduling attributes of {procwho}', '', undefined, 'perm'],
  sched_getattr: ['sched', 'pid attr size flags', 'ask for the scheduling attributes of {procwho}', 'Asked for the scheduling attributes of {procwho}'],
  sched_get_priority_max: ['sched', 'policy', 'ask for the highest priority of a scheduling policy', 'Asked for the highest priority of a scheduling policy', ': {ret}'],
  sched_get_priority_min: ['sched', 'policy', 'ask for the lowest priority of a scheduling policy', 'Asked for the lowest priority of a scheduling policy', ': {ret}'],
  sched_rr_get_interval: ['sched', 'pid tp', 'ask for the round-robin time slice', 'Asked for the round-robin time slice'],
  ioprio_set: ['sched', 'which who ioprio', 'set an I/O priority', 'Set an I/O priority', '', undefined, 'perm'],
  ioprio_get: ['sched', 'which who', 'ask for an I/O priority', 'Asked for an I/O priority', ': {ret}'],
  getcpu: ['info', 'cpu node tcache', 'ask which CPU it runs on', 'Asked which CPU it runs on'],
  personality: ['process', 'persona', 'read or set its execution domain', 'Read or set its execution domain', ' (it was {ret})'],
  unshare: ['process', 'flags', 'move into new namespaces ({flags})', 'Moved into new namespaces ({flags})', '', undefined, 'perm'],
  setns: ['process', 'fd nstype', 'join the namespace {fd}', 'Joined the namespace {fd}', '', undefined, 'perm'],
  pivot_root: ['file', 'path path2', 'make {path} the root directory', 'Made {path} the root directory', '', undefined, 'perm'],
  mount: ['system', 'source path fstype flags data', 'mount {source} on {path}', 'Mounted {source} on {path}', '', undefined, 'perm'],
  umount2: ['system', 'path flags', 'unmount {path}', 'Unmounted {path}', '', undefined, 'perm'],
  sethostname: ['system', 'name len', 'set the host name to {name}', 'Set the host name to {name}', '', undefined, 'perm'],
  ptrace: ['process', 'req pid addrp data', 'trace process {pid} ({req})', 'Traced process {pid} ({req})', '', undefined, 'perm'],
  seccomp: ['process', 'operation flags args', 'install a seccomp system-call filter', 'Installed a seccomp system-call filter', '', undefined, 'perm'],
  bpf: ['system', 'cmd attr size', 'use a BPF program or map ({cmd})', 'Used a BPF program or map ({cmd})', '', undefined, 'perm'],
  perf_event_open: ['system', 'attr pid cpu group_fd flags', 'open a performance counter', 'Opened a performance counter', ' as {retfd}', undefined, 'perm'],
  pidfd_send_signal: ['signal', 'fd signal info flags', 'send {signal} to the process {fd}', 'Sent {signal} to the process {fd}', '', undefined, 'kill'],
  pidfd_getfd: ['process', 'fd targetfd flags', "copy fd {targetfd} out of the process {fd}", "Copied fd {targetfd} out of the process {fd}", ' as {retfd}', undefined, 'perm'],
  process_vm_readv: ['memory', 'pid local_iov liovcnt remote_iov riovcnt flags', 'read the memory of process {pid}', 'Read {ret} bytes of the memory of process {pid}', '', undefined, 'perm'],
  process_vm_writev: ['memory', 'pid local_iov liovcnt remote_iov riovcnt flags', 'write the memory of process {pid}', 'Wrote {ret} bytes into the memory of process {pid}', '', undefined, 'perm'],
  kcmp: ['process', 'pid pid2 type idx1 idx2', 'compare kernel resources of two processes', 'Compared kernel resources of two processes'],
  membarrier: ['sync', 'cmd flags cpu_id', 'issue a memory barrier across threads', 'Issued a memory barrier across threads'],
  get_robust_list: ['process', 'pid head len', 'read the robust futex list of {procwho}', 'Read the robust futex list of {procwho}'],
  // --- signals and timers
  alarm: ['time', 'seconds', 'set an alarm (SIGALRM) in {seconds} seconds', 'Set an alarm (SIGALRM) in {seconds} seconds'],
  getitimer: ['time', 'which curr_value', 'read an interval timer', 'Read an interval timer'],
  rt_sigpending: ['signal', 'set size', 'ask which signals are pending', 'Asked which signals are pending'],
  rt_sigtimedwait: ['signal', 'set info timeout size', 'wait for one of the signals {set}', 'Received one of the signals {set} it waited for', '', undefined, 'sleep'],
  rt_tgsigqueueinfo: ['signal', 'tgid pid signal info', 'queue {signal} with data to thread {pid}', 'Queued {signal} with data to thread {pid}', '', undefined, 'kill'],
  timer_create: ['time', 'clockid sevp timerid', 'create a POSIX timer', 'Created a POSIX timer'],
  timer_settime: ['time', 'timerid flags new old', 'arm a POSIX timer', 'Armed a POSIX timer'],
  timer_gettime: ['time', 'timerid curr_value', 'read a POSIX timer', 'Read a POSIX timer'],
  timer_getoverrun: ['time', 'timerid', 'ask how often a POSIX timer overran', 'Asked how often a POSIX timer overran', ': {ret}'],
  timer_delete: ['time', 'timerid', 'delete a POSIX timer', 'Deleted a POSIX timer'],
  clock_getres: ['time', 'clockid res', 'ask for the resolution of a clock', 'Asked for the resolution of a clock'],
  clock_settime: ['time', 'clockid tp', 'set a clock', 'Set a clock', '', undefined, 'perm'],
  settimeofday: ['time', 'tv tz', 'set the system time', 'Set the system time', '', undefined, 'perm'],
  adjtimex: ['time', 'buf', 'read or adjust the kernel clock', 'Read or adjusted the kernel clock'],
  clock_adjtime: ['time', 'clockid buf', 'read or adjust a clock', 'Read or adjusted a clock'],
  time: ['time', 'tloc', 'ask for the time', 'Asked for the time', ': {ret}'],
  // --- memory
  mincore: ['memory', 'addrp length vec', 'ask which pages are in memory', 'Asked which pages are in memory'],
  mlock: ['memory', 'addrp length', 'lock {length} bytes in memory', 'Locked {length} bytes in memory', '', undefined, 'memory'],
  mlock2: ['memory', 'addrp length flags', 'lock {length} bytes in memory', 'Locked {length} bytes in memory', '', undefined, 'memory'],
  munlock: ['memory', 'addrp length', 'unlock {length} bytes of memory', 'Unlocked {length} bytes of memory'],
  mlockall: ['memory', 'flags', 'lock all its memory', 'Locked all its memory', '', undefined, 'memory'],
  munlockall: ['memory', '', 'unlock all its memory', 'Unlocked all its memory'],
  mbind: ['memory', 'addrp length mode nodemask maxnode flags', 'bind memory to NUMA nodes', 'Bound memory to NUMA nodes'],
  set_mempolicy: ['memory', 'mode nodemask maxnode', 'set its NUMA memory policy', 'Set its NUMA memory policy'],
  get_mempolicy: ['memory', 'mode nodemask maxnode addrp flags', 'ask for its NUMA memory policy', 'Asked for its NUMA memory policy'],
  pkey_mprotect: ['memory', 'addrp length prot pkey', 'change memory protection of {length} bytes', 'Changed memory protection of {length} bytes', '', undefined, 'memory'],
  pkey_free: ['memory', 'pkey', 'free a memory protection key', 'Freed a memory protection key'],
  userfaultfd: ['memory', 'flags', 'create a userfaultfd (page faults handled in user space)', 'Created a userfaultfd (page faults handled in user space)', ' as {retfd}'],
  process_madvise: ['memory', 'fd iovec vlen advice flags', 'give memory advice for the process {fd}', 'Gave memory advice for the process {fd}'],
  // --- System V and POSIX IPC
  shmget: ['ipc', 'key size shmflg', 'get a shared memory segment of {size} bytes', 'Got shared memory segment {ret}', '', undefined, 'perm'],
  shmat: ['ipc', 'shmid shmaddr shmflg', 'attach shared memory segment {shmid}', 'Attached shared memory segment {shmid}', ' at {ret}', undefined, 'perm'],
  shmdt: ['ipc', 'shmaddr', 'detach a shared memory segment', 'Detached a shared memory segment'],
  shmctl: ['ipc', 'shmid cmd buf', 'control shared memory segment {shmid} ({cmd})', 'Controlled shared memory segment {shmid} ({cmd})', '', undefined, 'perm'],
  semget: ['ipc', 'key nsems semflg', 'get a semaphore set', 'Got semaphore set {ret}', '', undefined, 'perm'],
  semop: ['ipc', 'semid sops nsops', 'operate on semaphore set {semid}', 'Operated on semaphore set {semid}', '', undefined, 'sleep'],
  semtimedop: ['ipc', 'semid sops nsops timeout', 'operate on semaphore set {semid}', 'Operated on semaphore set {semid}', '', undefined, 'sleep'],
  semctl: ['ipc', 'semid semnum cmd arg', 'control semaphore set {semid} ({cmd})', 'Controlled semaphore set {semid} ({cmd})', '', undefined, 'perm'],
  msgget: ['ipc', 'key msgflg', 'get a message queue', 'Got message queue {ret}', '', undefined, 'perm'],
  msgsnd: ['ipc', 'msqid msgp msgsz msgflg', 'send a message to queue {msqid}', 'Sent a message to queue {msqid}', '', undefined, 'send'],
  msgrcv: ['ipc', 'msqid msgp msgsz msgtyp msgflg', 'receive a message from queue {msqid}', 'Received {ret} bytes from message queue {msqid}', '', undefined, 'recv'],
  msgctl: ['ipc', 'msqid cmd buf', 'control message queue {msqid} ({cmd})', 'Controlled message queue {msqid} ({cmd})', '', undefined, 'perm'],
  mq_open: ['ipc', 'name oflags mode attr', 'open the message queue {name}', 'Opened the message queue {name}', ' as {retfd}', undefined, 'open'],
  mq_unlink: ['ipc', 'name', 'delete the message queue {name}', 'Deleted the message queue {name}', '', undefined, 'unlink'],
  mq_timedsend: ['ipc', 'fd msg len prio timeout', 'send a message on queue {fd}', 'Sent a message on queue {fd}', '', undefined, 'send'],
  mq_timedreceive: ['ipc', 'fd msg len prio timeout', 'receive a message from queue {fd}', 'Received {ret} bytes from queue {fd}', '', undefined, 'recv'],
  mq_notify: ['ipc', 'fd sevp', 'ask to be notified of messages on queue {fd}', 'Asked to be notified of messages on queue {fd}'],
  mq_getsetattr: ['ipc', 'fd newattr oldattr', 'read or set the attributes of queue {fd}', 'Read or set the attributes of queue {fd}'],
  // --- asynchronous I/O
  io_setup: ['desc', 'nr_events ctx', 'create an AIO context for {nr_events} requests', 'Created an AIO context for {nr_events} requests'],
  io_destroy: ['desc', 'ctx', 'destroy an AIO context', 'Destroyed an AIO context'],
  io_submit: ['desc', 'ctx nr iocbpp', 'submit {nr} asynchronous I/O requests', 'Submitted {ret} asynchronous I/O requests', '', undefined, 'io'],
  io_getevents: ['desc', 'ctx min_nr nr events timeout', 'wait for asynchronous I/O to complete', 'Got {ret} completed asynchronous I/O requests', '', undefined, 'sleep'],
  io_pgetevents: ['desc', 'ctx min_nr nr events timeout usig', 'wait for asynchronous I/O to complete', 'Got {ret} completed asynchronous I/O requests', '', undefined, 'sleep'],
  io_cancel: ['desc', 'ctx iocb result', 'cancel an asynchronous I/O request', 'Cancelled an asynchronous I/O request'],
  io_uring_setup: ['desc', 'entries params', 'create an io_uring with {entries} entries', 'Created an io_uring with {entries} entries', ' as {retfd}'],
  io_uring_enter: ['desc', 'fd to_submit min_complete flags sig sz', 'submit {to_submit} requests to io_uring {fd}', 'Submitted {ret} requests to io_uring {fd}', '', undefined, 'io'],
  io_uring_register: ['desc', 'fd opcode arg nr_args', 'register resources with io_uring {fd}', 'Registered resources with io_uring {fd}'],
  // --- modules, keys, accounting and system
  init_module: ['system', 'module_image len param_values', 'load a kernel module', 'Loaded a kernel module', '', undefined, 'perm'],
  finit_module: ['system', 'fd param_values flags', 'load the kernel module {fd}', 'Loaded the kernel module {fd}', '', undefined, 'perm'],
  delete_module: ['system', 'name flags', 'unload the kernel module {name}', 'Unloaded the kernel module {name}', '', undefined, 'perm'],
  add_key: ['system', 'type description payload plen keyring', 'add a key to a keyring', 'Added key {ret} to a keyring', '', undefined, 'perm'],
  request_key: ['system', 'type description callout_info dest_keyring', 'look up a key', 'Found key {ret}', '', undefined, 'perm'],
  keyctl: ['system', 'operation arg2 arg3 arg4 arg5', 'manage keys ({operation})', 'Managed keys ({operation})', '', undefined, 'perm'],
  syslog: ['system', 'type bufp len', 'read or control the kernel log', 'Read or controlled the kernel log', '', undefined, 'perm'],
  acct: ['system', 'path', 'switch process accounting', 'Switched process accounting', '', undefined, 'perm'],
  reboot: ['system', 'magic magic2 cmd arg', 'reboot or halt the system', 'Rebooted or halted the system', '', undefined, 'perm'],
  swapon: ['system', 'path swapflags', 'enable swapping to {path}', 'Enabled swapping to {path}', '', undefined, 'perm'],
  swapoff: ['system', 'path', 'disable swapping to {path}', 'Disabled swapping to {path}', '', undefined, 'perm'],
  quotactl: ['system', 'cmd special id addrp', 'manage disk quotas', 'Managed disk quotas', '', undefined, 'perm'],
  landlock_create_ruleset: ['process', 'attr size flags', 'create a Landlock sandbox ruleset', 'Created a Landlock sandbox ruleset', ' as {retfd}'],
  landlock_add_rule: ['process', 'fd rule_type rule_attr flags', 'add a rule to the Landlock ruleset {fd}', 'Added a rule to the Landlock ruleset {fd}'],
  landlock_restrict_self: ['process', 'fd flags', 'sandbox itself with the Landlock ruleset {fd}', 'Sandboxed itself with the Landlock ruleset {fd}', '', undefined, 'perm'],
  open_tree: ['file', 'dirfd path flags', 'open the mount tree {path}', 'Opened the mount tree {path}', ' as {retfd}', undefined, 'perm'],
  move_mount: ['system', 'from_dirfd from_path to_dirfd path flags', 'move a mount to {path}', 'Moved a mount to {path}', '', undefined, 'perm'],
  fsopen: ['system', 'fstype flags', 'start configuring a {fstype} file system', 'Started configuring a {fstype} file system', ' as {retfd}', undefined, 'perm'],
  fsconfig: ['system', 'fd cmd key value aux', 'configure the file system {fd}', 'Configured the file system {fd}', '', undefined, 'perm'],
  fsmount: ['system', 'fd flags attr_flags', 'create a mount from {fd}', 'Created a mount from {fd}', ' as {retfd}', undefined, 'perm'],
  fspick: ['system', 'dirfd path flags', 'pick the mounted file system at {path}', 'Picked the mounted file system at {path}', ' as {retfd}', undefined, 'perm'],
  mount_setattr: ['system', 'dirfd path flags attr size', 'change the mount attributes of {path}', 'Changed the mount attributes of {path}', '', undefined, 'perm'],
  name_to_handle_at: ['file', 'dirfd path handle mount_id flags', 'get a file handle for {path}', 'Got a file handle for {path}', '', undefined, 'stat'],
  futex_waitv: ['sync', 'waiters nr_futexes flags timeout clockid', 'wait on {nr_futexes} futexes', 'Woke from a wait on {nr_futexes} futexes', '', undefined, 'futex'],
  epoll_pwait2: ['poll', 'epfd events maxevents timeout sigmask size', 'wait on the epoll set {epfd}', 'Waited on the epoll set {epfd}', ': {ret} ready', 'Waited on the epoll set {epfd}: timed out, nothing ready', 'wait'],
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
  // 32-bit ABIs (i386, ARM): other spellings of the same calls.
  _newselect: 'select',
  ugetrlimit: 'getrlimit',
  newuname: 'uname',
  olduname: 'uname',
  oldolduname: 'uname',
  sigsuspend: 'rt_sigsuspend',
  signal: 'rt_sigaction',
  waitpid: 'wait4',
  fadvise64_64: 'fadvise64',
  arm_fadvise64_64: 'fadvise64',
  sync_file_range2: 'sync_file_range',
};

/**
 * The 32-bit ABIs' suffixes: `getuid32` (32-bit ids), `fcntl64`/`truncate64` (64-bit offsets),
 * `futex_time64`/`clock_gettime64` (64-bit time). Stripped when the plain name is known.
 */
function abiBase(name: string): string | undefined {
  const m = /^(.+?)(?:_time64|64|32)$/.exec(name);
  return m && Object.hasOwn(SYSCALLS, m[1]!) ? m[1] : undefined;
}

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
  const base = abiBase(name);
  return base !== undefined ? SYSCALLS[base] : undefined;
}

/** The catalogue's name for a call (`read_nocancel` → `read`), for grouping and filters. */
export function canonicalName(name: string): string {
  if (Object.hasOwn(SYSCALLS, name)) return name;
  if (ALIASES[name]) return ALIASES[name];
  if (name.endsWith('_nocancel')) return canonicalName(name.slice(0, -'_nocancel'.length));
  return abiBase(name) ?? name;
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
