// Syscall rows: calls the decoder reads that have no sentence of their own (explain gives the generic one).
// One row per call, read by decode (argument kinds and tables) and explain (roles and sentences);
// see row.ts for the shape. Sources: the Linux man-pages (section 2), the x86_64 syscall table and
// XNU's bsd/kern/syscalls.master for the decoder's parameters; the sentences are ours.

import { decodeOnly, type Row } from './row.js';

export const DECODE_ONLY: Record<string, Row> = {
  mkfifo: decodeOnly({ on: 'both' }, 'pathname:path mode:mode'),
  sigsuspend: decodeOnly({ on: 'both' }, 'mask:pointer'),
  fstatat: decodeOnly({ on: 'darwin' }, 'dirfd:dirfd pathname:path statbuf:pointer flags:flags:at-flags'),
  statfs64: decodeOnly({ on: 'darwin' }, 'pathname:path buf:pointer'),
  getattrlistat: decodeOnly({ on: 'darwin' }, 'dirfd:dirfd pathname:path alist:pointer attributeBuffer:pointer bufferSize:size options:flags'),
  open_dprotected_np: decodeOnly({ on: 'darwin', ret: 'fd' }, 'pathname:path flags:open-flags class:int dpflags:flags mode:mode'),
  guarded_open_np: decodeOnly({ on: 'darwin', ret: 'fd' }, 'pathname:path guard:pointer guardflags:flags flags:open-flags mode:mode'),
  guarded_close_np: decodeOnly({ on: 'darwin' }, 'fd:fd guard:pointer'),
  renameatx_np: decodeOnly({ on: 'darwin' }, 'fromfd:dirfd from:path tofd:dirfd to:path flags:flags'),
  connectx: decodeOnly({ on: 'darwin' }, 'sockfd:fd endpoints:pointer associd:int flags:flags iov:pointer iovcnt:int len:pointer connid:pointer'),
  disconnectx: decodeOnly({ on: 'darwin' }, 'sockfd:fd associd:int connid:int'),
  sendmsg_x: decodeOnly({ on: 'darwin' }, 'sockfd:fd msgp:pointer cnt:int flags:msg-flags'),
  recvmsg_x: decodeOnly({ on: 'darwin' }, 'sockfd:fd msgp:pointer cnt:int flags:msg-flags'),
  socket_delegate: decodeOnly({ on: 'darwin', ret: 'fd' }, 'domain:family type:socktype protocol:protocol epid:pid'),
  pselect: decodeOnly({ on: 'darwin' }, 'nfds:int readfds:pointer writefds:pointer exceptfds:pointer timeout:pointer sigmask:pointer'),
  __mac_execve: decodeOnly({ on: 'darwin' }, 'pathname:path argv:pointer envp:pointer mac_p:pointer'),
};
