// What an error means *where it happened*. The same errno says different things in
// different calls: ENOENT from openat is a missing file, ENOENT from connect on an
// AF_UNIX socket means no server has created its socket file at that path.
// Source for the meanings: Linux man-pages (errno(3), connect(2), accept(2), bind(2),
// open(2), recv(2), send(2), execve(2)) and XNU's intro(2); the wording is ours.
//
// Contexts are the `errctx` of a catalogue entry (syscalls.ts), optionally refined by
// the socket family: `connect:unix`, `connect:inet`. Lookup order: `ctx:family`, `ctx`,
// then the errno's `default`. This is the one wording of each meaning: `explain` prints it
// after the call and the connect/bind detectors quote it (failure-meanings.ts adds their hints).

/** A short lower-case phrase for the error itself, used after "Tried to …:". */
export const ERRNO_SHORT: Readonly<Record<string, string>> = {
  EPERM: 'operation not permitted',
  ENOENT: 'no such file',
  ESRCH: 'no such process',
  EINTR: 'interrupted by a signal',
  EIO: 'input/output error',
  ENXIO: 'no such device or address',
  E2BIG: 'argument list too long',
  ENOEXEC: 'not an executable format',
  EBADF: 'bad file descriptor',
  ECHILD: 'no child processes',
  EAGAIN: 'would block',
  EWOULDBLOCK: 'would block',
  ENOMEM: 'out of memory',
  EACCES: 'permission denied',
  EFAULT: 'bad address',
  EBUSY: 'busy',
  EEXIST: 'already exists',
  EXDEV: 'cross-device link',
  ENODEV: 'no such device',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  EINVAL: 'invalid argument',
  ENFILE: 'too many open files in the system',
  EMFILE: 'too many open files',
  ENOTTY: 'not a terminal',
  ETXTBSY: 'text file busy',
  EFBIG: 'file too large',
  ENOSPC: 'no space left on device',
  ESPIPE: 'not seekable',
  EROFS: 'read-only file system',
  EMLINK: 'too many links',
  EPIPE: 'broken pipe',
  EDOM: 'argument out of domain',
  ERANGE: 'result out of range',
  EDEADLK: 'deadlock avoided',
  ENAMETOOLONG: 'file name too long',
  ENOSYS: 'not implemented',
  ENOTEMPTY: 'directory not empty',
  ELOOP: 'too many symbolic links',
  ENODATA: 'no data available',
  ENOTSOCK: 'not a socket',
  EDESTADDRREQ: 'destination address required',
  EMSGSIZE: 'message too long',
  EPROTOTYPE: 'wrong protocol type for socket',
  ENOPROTOOPT: 'protocol option not available',
  EPROTONOSUPPORT: 'protocol not supported',
  EOPNOTSUPP: 'operation not supported',
  ENOTSUP: 'operation not supported',
  EAFNOSUPPORT: 'address family not supported',
  EADDRINUSE: 'address already in use',
  EADDRNOTAVAIL: 'address not available',
  ENETDOWN: 'network is down',
  ENETUNREACH: 'network unreachable',
  ECONNABORTED: 'connection aborted',
  ECONNRESET: 'connection reset by peer',
  ENOBUFS: 'no buffer space',
  EISCONN: 'already connected',
  ENOTCONN: 'not connected',
  ETIMEDOUT: 'timed out',
  ECONNREFUSED: 'connection refused',
  EHOSTDOWN: 'host is down',
  EHOSTUNREACH: 'no route to host',
  EALREADY: 'already in progress',
  EINPROGRESS: 'in progress',
  ESTALE: 'stale file handle',
  EDQUOT: 'disk quota exceeded',
  ECANCELED: 'cancelled',
  EOWNERDEAD: 'owner died',
  ERESTARTSYS: 'interrupted by a signal',
  ERESTARTNOINTR: 'interrupted by a signal',
  ERESTARTNOHAND: 'interrupted by a signal',
  ERESTART_RESTARTBLOCK: 'interrupted by a signal',
  EJUSTRETURN: 'returned to user space early',
};

/** Per errno, per context: what it means there. `default` when no context matches. */
export const ERRNO_IN_CONTEXT: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ENOENT: {
    default: 'the path does not exist',
    open: 'the file does not exist',
    stat: 'nothing exists at that path',
    create: 'a directory on the way does not exist',
    unlink: 'there was nothing to delete',
    exec: 'no program exists at that path',
    'connect:unix': 'nothing is listening at that path (no server has created its socket file there)',
    // Only a UNIX socket path can be missing, so this holds when the family is not known.
    connect: 'nothing is listening at that UNIX socket path (no server has created its socket file there)',
    'bind:unix': 'the directory for the socket file does not exist',
    'send:unix': 'nothing is listening at that path',
    futex: 'no thread was waiting',
  },
  ENOTDIR: {
    default: 'a part of the path is a file, not a directory',
  },
  EACCES: {
    default: 'the permissions on the path or a directory on the way forbid it',
    open: 'the file or a directory on the way does not allow this user that access',
    // execve(2): no execute permission, not a regular file, a mount with noexec, or a directory on the way.
    exec: 'the file is not executable (no execute permission, not a regular file, or on a file system mounted noexec) or a directory on the way cannot be searched',
    'connect:unix': 'this user may not write to the socket file or search its directory',
    'connect:inet': 'the connection was refused by a local policy (firewall rule, SELinux/AppArmor, or a broadcast address without SO_BROADCAST)',
    'bind:inet-low': 'ports below 1024 need root (or CAP_NET_BIND_SERVICE)',
    'bind:inet': 'a security policy (SELinux, AppArmor, a sandbox) forbids binding this address',
    bind: 'this user may not create the socket there',
    'send:inet': 'sending to a broadcast address needs SO_BROADCAST, or a firewall rule refused it',
    socket: 'this user may not create that kind of socket',
  },
  EPERM: {
    default: 'the process lacks the privilege for this',
    kill: 'the process may not signal that process (different user)',
    connect: 'a local firewall or security policy blocked the connection',
    perm: 'changing identity or capabilities needs privileges it does not have',
    socket: 'raw and packet sockets need root (or CAP_NET_RAW)',
  },
  ECONNREFUSED: {
    default: 'nothing is listening on that address and port (or a firewall rejected the connection)',
    'connect:unix': 'the socket file exists but no server is accepting on it (stale socket file)',
    recv: 'the peer answered with a refusal (a UDP port with nothing listening)',
    send: 'an earlier datagram was refused: nothing listens on that port',
  },
  EINPROGRESS: {
    default: 'the operation continues in the background',
    connect: 'the socket is non-blocking, so the connection continues in the background; the result comes later (poll/select, then SO_ERROR)',
  },
  EALREADY: {
    connect: 'an earlier non-blocking connect on this socket is still in progress',
  },
  EAGAIN: {
    default: 'the fd is non-blocking and nothing was ready; try again later',
    'connect:unix': "the server's listen backlog is full: it is not accepting connections fast enough",
    accept: 'no connection was waiting (often another process or thread took it first)',
    recv: 'no data had arrived yet on this non-blocking socket',
    io: 'the non-blocking fd had no data (or no room) right now',
    send: 'the socket send buffer is full',
    fork: 'a process or thread limit was reached',
    futex: 'the lock value changed before waiting, so it did not wait',
    random: 'the kernel entropy pool is not ready yet',
  },
  EWOULDBLOCK: {
    default: 'the fd is non-blocking and nothing was ready; try again later',
  },
  EPIPE: {
    default: 'the other end was closed, so there is no one to receive the data (SIGPIPE is sent too unless ignored)',
    io: 'the reader of this pipe or socket has gone away (SIGPIPE is sent too unless ignored)',
    send: 'the peer closed the connection (SIGPIPE is sent too unless ignored)',
  },
  ECONNRESET: {
    default: 'the peer dropped the connection abruptly',
    // Before a connection exists nothing can drop it: a reset during the handshake is a refusal
    // (Nanos's lwIP reports every refused connect this way: nanos-ops-trace.md, addendum).
    connect: 'the connection was reset while it was being set up: usually nothing accepted it (Nanos reports a refused connect this way)',
  },
  ENOTCONN: {
    default: 'the socket is not connected',
    shutdown: 'the socket was not connected, so there was nothing to shut down',
    sockname: 'the socket has no peer yet',
  },
  EISCONN: { default: 'the socket is already connected' },
  EADDRINUSE: {
    default: 'another socket is already bound to that address and port (another server, or TIME_WAIT without SO_REUSEADDR)',
    'bind:unix': 'a file already exists at that path (a stale socket file to remove first)',
    connect: 'no free local port was left for the connection',
  },
  EADDRNOTAVAIL: {
    default: 'that address is not one of this machine\'s addresses',
    connect: 'no local address or port was available to reach it',
  },
  ENETUNREACH: { default: 'there is no route to that network from here' },
  EHOSTUNREACH: { default: 'the host cannot be reached (no route, or it does not answer ARP/ND)' },
  ETIMEDOUT: {
    default: 'no answer came in time',
    connect: 'the host did not answer (a firewall dropping packets, or the host is down)',
    futex: 'the wait ran out of time',
  },
  EAFNOSUPPORT: {
    default: 'this address family is not available (e.g. IPv6 disabled)',
    connect: 'the address family does not match the socket',
  },
  EINTR: {
    default: 'a signal arrived while it was waiting, so the call returned early',
  },
  ERESTARTSYS: {
    default: 'a signal arrived; the call is restarted after the handler unless the handler says otherwise',
  },
  ERESTARTNOINTR: { default: 'a signal arrived; the call is restarted after the handler' },
  ERESTARTNOHAND: { default: 'a signal arrived; the call is restarted only if no handler ran, otherwise it fails with EINTR' },
  ERESTART_RESTARTBLOCK: { default: 'a signal arrived; the call resumes later through restart_syscall' },
  EBADF: {
    default: 'that fd is not open (closed already, or never opened)',
    connect: 'the fd passed was not open: usually an earlier socket() failed and the program did not check the error',
    close: 'that fd was not open, so there was nothing to close',
  },
  ENOTTY: {
    default: 'the fd is not a terminal',
    ioctl: 'the fd is not a terminal (or not a device that understands this request); programs probe stdout this way',
  },
  ESPIPE: { default: 'the fd is a pipe or socket, which has no position' },
  ECHILD: { default: 'there is no child process left to wait for' },
  ESRCH: { default: 'that process (or thread) no longer exists' },
  EEXIST: { default: 'something already exists at that path' },
  EISDIR: { default: 'the path is a directory' },
  EMFILE: { default: 'the process hit its open-file limit (ulimit -n)' },
  ENFILE: { default: 'the whole system hit its open-file limit' },
  ENOSPC: { default: 'the disk (or an inode table) is full' },
  EROFS: { default: 'the file system is mounted read-only' },
  ENOMEM: { default: 'the kernel could not allocate the memory' },
  EINVAL: {
    default: 'an argument was not valid for this call',
    bind: 'the socket is already bound, or the address is invalid for it',
  },
  ENOSYS: { default: 'the kernel does not implement this call (programs probe for newer calls this way)' },
  EOPNOTSUPP: { default: 'this kind of fd or socket does not support the operation' },
  ENOPROTOOPT: { default: 'the socket does not know that option' },
  ENAMETOOLONG: { default: 'the path (or a UNIX socket path over 107 bytes) is too long' },
  ELOOP: { default: 'the path has a symbolic-link loop' },
  ETXTBSY: { default: 'the program file is open for writing elsewhere' },
  ENOEXEC: { exec: 'the file is not a program this system can run (wrong architecture or missing #! line)' },
  E2BIG: { exec: 'the arguments and environment are too large' },
  ENOTSOCK: { default: 'the fd is not a socket' },
  EMSGSIZE: { default: 'the message is larger than the socket allows' },
  ENOBUFS: { default: 'the kernel ran out of socket buffers' },
  EDQUOT: { default: 'the user\'s disk quota is exhausted' },
  EJUSTRETURN: { default: 'the kernel returned without a result (normal for work-queue threads on macOS)' },
  ENOTEMPTY: { default: 'the directory still has entries' },
  EXDEV: { default: 'source and destination are on different file systems' },
  EFAULT: { default: 'a pointer argument was invalid' },
  ENODATA: { default: 'there is no such attribute or data' },
};

/** The meaning of `errno` in a context chain (most specific first). */
export function errnoMeaning(errno: string, contexts: string[]): string | undefined {
  const table = ERRNO_IN_CONTEXT[errno];
  if (!table) return undefined;
  for (const c of contexts) if (Object.hasOwn(table, c)) return table[c];
  return table.default;
}
