// Syscall rows: Sockets.
// One row per call, read by decode (argument kinds and tables) and explain (roles and sentences);
// see row.ts for the shape. Sources: the Linux man-pages (section 2), the x86_64 syscall table and
// XNU's bsd/kern/syscalls.master for the decoder's parameters; the sentences are ours.

import { row, type Row } from './row.js';

export const NET: Record<string, Row> = {
  // --- network
  socket: row({ on: 'both', ret: 'fd' }, 'net', 'family(domain):family socktype(type):socktype protocol:protocol', 'create a {sockkind}', 'Created a {sockkind}', ' as {retfd}', undefined, 'socket'),
  socketpair: row({ on: 'both' }, 'net', 'family(domain):family socktype(type):socktype protocol:protocol fds(sv):pointer', 'create a connected pair of {sockkind}s', 'Created a connected pair of {sockkind}s{pipefds}', '', undefined, 'socket'),
  connect: row({ on: 'both' }, 'net', 'fd(sockfd):fd addr:sockaddr addrlen:socklen', 'connect {fd} to {addr}', 'Connected {fd} to {addr}', '', undefined, 'connect'),
  bind: row({ on: 'both' }, 'net', 'fd(sockfd):fd addr:sockaddr addrlen:socklen', 'bind {fd} to {addr}', 'Bound {fd} to {addr}', '', undefined, 'bind'),
  listen: row({ on: 'both' }, 'net', 'fd(sockfd):fd backlog:int', 'listen for connections on {fd}', 'Started listening for connections on {fd}', ' (backlog {backlog})', undefined, 'listen'),
  accept: row({ on: 'both', ret: 'fd' }, 'net', 'fd(sockfd):fd addr:sockaddr addrlen:socklen', 'accept a connection on {fd}', 'Accepted a connection{peer} on {fd}', ' as {retfd}', undefined, 'accept'),
  accept4: row({ on: 'linux', ret: 'fd' }, 'net', 'fd(sockfd):fd addr:sockaddr addrlen:socklen flags:socktype', 'accept a connection on {fd}', 'Accepted a connection{peer} on {fd}', ' as {retfd}', undefined, 'accept'),
  getsockname: row({ on: 'both' }, 'net', 'fd(sockfd):fd addr:sockaddr addrlen:socklen', 'ask for the local address of {fd}', 'Asked for the local address of {fd}: {addr}', '', undefined, 'sockname'),
  getpeername: row({ on: 'both' }, 'net', 'fd(sockfd):fd addr:sockaddr addrlen:socklen', 'ask for the peer address of {fd}', 'Asked for the peer address of {fd}: {addr}', '', undefined, 'sockname'),
  setsockopt: row({ on: 'both' }, 'net', 'fd(sockfd):fd level:sockopt-level opt(optname):sockopt-name optval:pointer optlen:size', 'set the socket option {opt} on {fd}', 'Set the socket option {opt} on {fd}', '', undefined, 'sockopt'),
  getsockopt: row({ on: 'both' }, 'net', 'fd(sockfd):fd level:sockopt-level opt(optname):sockopt-name optval:pointer optlen:pointer', 'read the socket option {opt} of {fd}', 'Read the socket option {opt} of {fd}{optval}', '', undefined, 'sockopt'),
  sendto: row({ on: 'both' }, 'net', 'fd(sockfd):fd buf:buffer count(len):size flags:msg-flags addr(dest_addr):sockaddr addrlen:socklen', 'send {count} bytes on {fd}{to}', 'Sent {ret} bytes on {fd}{to}', '{data}', undefined, 'send'),
  sendmsg: row({ on: 'both' }, 'net', 'fd(sockfd):fd msg:pointer flags:msg-flags', 'send a message on {fd}', 'Sent {ret} bytes on {fd}', '', undefined, 'send'),
  sendmmsg: row({ on: 'linux' }, 'net', 'fd(sockfd):fd msgs(msgvec):pointer vlen:int flags:msg-flags', 'send messages on {fd}', 'Sent {ret} messages on {fd}', '', undefined, 'send'),
  recvfrom: row({ on: 'both' }, 'net', 'fd(sockfd):fd buf:buffer count(len):size flags:msg-flags addr(src_addr):sockaddr addrlen:socklen', 'receive on {fd}', 'Received {ret} bytes on {fd}{from}', '{data}', 'Received nothing on {fd}: the peer closed the connection (end of stream)', 'recv'),
  recvmsg: row({ on: 'both' }, 'net', 'fd(sockfd):fd msg:pointer flags:msg-flags', 'receive a message on {fd}', 'Received {ret} bytes on {fd}', '', 'Received nothing on {fd}: the peer closed the connection (end of stream)', 'recv'),
  recvmmsg: row({ on: 'linux' }, 'net', 'fd(sockfd):fd msgs(msgvec):pointer vlen:int flags:msg-flags timeout:pointer', 'receive messages on {fd}', 'Received {ret} messages on {fd}', '', undefined, 'recv'),
  shutdown: row({ on: 'both' }, 'net', 'fd(sockfd):fd how:how:shutdown', 'shut down {how} on {fd}', 'Shut down {how} on {fd}', '', undefined, 'shutdown'),
};
