// Syscall rows: File descriptors: reading, writing, duplicating, waiting.
// One row per call, read by decode (argument kinds and tables) and explain (roles and sentences);
// see row.ts for the shape. Sources: the Linux man-pages (section 2), the x86_64 syscall table and
// XNU's bsd/kern/syscalls.master for the decoder's parameters; the sentences are ours.

import { row, type Row } from './row.js';

export const FDS: Record<string, Row> = {
  // --- fds, reading and writing
  close: row({ on: 'both' }, 'desc', 'fd:fd', 'close {fd}', 'Closed {fd}', '', undefined, 'close'),
  read: row({ on: 'both' }, 'desc', 'fd:fd buf:buffer count:size', 'read from {fd}', 'Read {ret} bytes from {fd}', '{data}', 'Read from {fd}: {eof}', 'io'),
  pread64: row({ on: 'linux' }, 'desc', 'fd:fd buf:buffer count:size offset:int', 'read from {fd}', 'Read {ret} bytes from {fd} at offset {offset}', '', 'Read from {fd} at offset {offset}: end of file', 'io'),
  readv: row({ on: 'both' }, 'desc', 'fd:fd iov:pointer iovcnt:int', 'read from {fd}', 'Read {ret} bytes from {fd}', '', 'Read from {fd}: {eof}', 'io'),
  write: row({ on: 'both' }, 'desc', 'fd:fd buf:buffer count:size', 'write {count} bytes to {fd}', 'Wrote {ret} bytes to {fd}', '{data}', undefined, 'io'),
  pwrite64: row({ on: 'linux' }, 'desc', 'fd:fd buf:buffer count:size offset:int', 'write {count} bytes to {fd}', 'Wrote {ret} bytes to {fd} at offset {offset}', '', undefined, 'io'),
  writev: row({ on: 'both' }, 'desc', 'fd:fd iov:pointer iovcnt:int', 'write to {fd}', 'Wrote {ret} bytes to {fd}', '', undefined, 'io'),
  lseek: row({ on: 'both' }, 'desc', 'fd:fd offset:int whence:int', 'move the position of {fd}', 'Moved the position of {fd}', ' to offset {ret}', undefined, 'seek'),
  dup: row({ on: 'both', ret: 'fd' }, 'desc', 'fd(oldfd):fd', 'duplicate {fd}', 'Duplicated {fd}', ' as {retfd}'),
  dup2: row({ on: 'both', ret: 'fd' }, 'desc', 'fd(oldfd):fd newfd:fd', 'duplicate {fd} onto fd {newfd}', 'Duplicated {fd} onto fd {newfd}'),
  dup3: row({ on: 'linux', ret: 'fd' }, 'desc', 'fd(oldfd):fd newfd:fd flags:open-flags', 'duplicate {fd} onto fd {newfd}', 'Duplicated {fd} onto fd {newfd}'),
  fcntl: row({ on: 'both' }, 'desc', 'fd:fd cmd:fcntl-cmd arg:fcntl-arg', '{fcntlact}', '{Fcntlact}', '{fcntlret}'),
  ioctl: row({ on: 'both' }, 'desc', 'fd:fd req(request):int arg(argp):pointer', '{ioctlact}', '{Ioctlact}', '', undefined, 'ioctl'),
  pipe: row({ on: 'both' }, 'ipc', 'fds(pipefd):pointer', 'create a pipe', 'Created a pipe{pipefds}'),
  pipe2: row({ on: 'linux' }, 'ipc', 'fds(pipefd):pointer flags:open-flags', 'create a pipe', 'Created a pipe{pipefds}'),
  eventfd2: row({ on: 'linux', ret: 'fd' }, 'desc', 'initval:int flags:open-flags', 'create an eventfd counter', 'Created an eventfd counter (for wake-ups)', ' as {retfd}'),
  signalfd4: row({ on: 'linux', ret: 'fd' }, 'signal', 'fd:fd mask:pointer size(sizemask):size flags:open-flags', 'create a signalfd', 'Created a signalfd (signals read as data)', ' as {retfd}'),
  timerfd_create: row({ on: 'linux', ret: 'fd' }, 'time', 'clockid:int flags:open-flags', 'create a timerfd', 'Created a timerfd (timer read as data)', ' as {retfd}'),
  timerfd_settime: row(undefined, 'time', 'fd flags new old', 'arm the timer {fd}', 'Armed the timer {fd}'),
  pidfd_open: row({ on: 'linux', ret: 'fd' }, 'process', 'pid:pid flags:flags', 'get a pidfd for process {pid}', 'Got a pidfd for process {pid}', ' as {retfd}'),
  fsync: row({ on: 'both' }, 'desc', 'fd:fd', 'flush {fd} to disk', 'Flushed {fd} to disk'),
  fdatasync: row({ on: 'both' }, 'desc', 'fd:fd', 'flush the data of {fd} to disk', 'Flushed the data of {fd} to disk'),
};

/** Waiting for fds (poll, select, epoll), listed after the sockets. */
export const WAITING: Record<string, Row> = {
  // --- waiting for fds
  poll: row({ on: 'both' }, 'poll', 'fds:pointer nfds:int timeout:int', 'wait for {fds}', 'Waited for {fds}', '{ready}', 'Waited for {fds}: timed out, nothing ready', 'wait'),
  ppoll: row({ on: 'linux' }, 'poll', 'fds:pointer nfds:int timeout(tmo_p):pointer sigmask:pointer size(sigsetsize):size', 'wait for {fds}', 'Waited for {fds}', '{ready}', 'Waited for {fds}: timed out, nothing ready', 'wait'),
  select: row({ on: 'both' }, 'poll', 'nfds:int readfds:pointer writefds:pointer exceptfds:pointer timeout:pointer', 'wait for {fds}', 'Waited for {fds}', '{ready}', 'Waited for {fds}: timed out, nothing ready', 'wait'),
  pselect6: row({ on: 'linux' }, 'poll', 'nfds:int readfds:pointer writefds:pointer exceptfds:pointer timeout:pointer sigmask:pointer', 'wait for {fds}', 'Waited for {fds}', '{ready}', 'Waited for {fds}: timed out, nothing ready', 'wait'),
  epoll_create1: row({ on: 'linux', ret: 'fd' }, 'poll', 'flags:open-flags', 'create an epoll instance', 'Created an epoll instance', ' as {retfd}'),
  epoll_create: row({ on: 'linux', ret: 'fd' }, 'poll', 'size:int', 'create an epoll instance', 'Created an epoll instance', ' as {retfd}'),
  epoll_ctl: row({ on: 'linux' }, 'poll', 'epfd:fd op:int fd:fd event:pointer', '{epop} {fd} in the epoll set {epfd}', '{Epop} {fd} in the epoll set {epfd}'),
  epoll_wait: row({ on: 'linux' }, 'poll', 'epfd:fd events:pointer maxevents:int timeout:int', 'wait on the epoll set {epfd}', 'Waited on the epoll set {epfd}', ': {ret} ready', 'Waited on the epoll set {epfd}: timed out, nothing ready', 'wait'),
  epoll_pwait: row({ on: 'linux' }, 'poll', 'epfd:fd events:pointer maxevents:int timeout:int sigmask:pointer size(sigsetsize):size', 'wait on the epoll set {epfd}', 'Waited on the epoll set {epfd}', ': {ret} ready', 'Waited on the epoll set {epfd}: timed out, nothing ready', 'wait'),
};
