// The few constants analysis must read even when the decoder gives no names (dtruss
// prints bare hex, strace -X raw prints numbers). Full tables live in src/decode/tables;
// these are only the values state tracking depends on.
// Sources: Linux asm-generic/errno-base.h, asm-generic/errno.h, bits/socket.h,
// asm-generic/fcntl.h; XNU bsd/sys/errno.h, bsd/sys/socket.h, bsd/sys/fcntl.h.

import type { ArgKind, OsName } from '../model/index.js';

const ERRNO_COMMON: readonly (readonly [number, string])[] = [
  [1, 'EPERM'], [2, 'ENOENT'], [3, 'ESRCH'], [4, 'EINTR'], [5, 'EIO'], [9, 'EBADF'], [12, 'ENOMEM'],
  [13, 'EACCES'], [14, 'EFAULT'], [17, 'EEXIST'], [20, 'ENOTDIR'], [21, 'EISDIR'], [22, 'EINVAL'],
  [24, 'EMFILE'], [25, 'ENOTTY'], [28, 'ENOSPC'], [30, 'EROFS'], [32, 'EPIPE'],
];

const ERRNO_LINUX: readonly (readonly [number, string])[] = [
  ...ERRNO_COMMON,
  [11, 'EAGAIN'], [38, 'ENOSYS'], [97, 'EAFNOSUPPORT'], [98, 'EADDRINUSE'], [99, 'EADDRNOTAVAIL'],
  [101, 'ENETUNREACH'], [104, 'ECONNRESET'], [110, 'ETIMEDOUT'], [111, 'ECONNREFUSED'],
  [113, 'EHOSTUNREACH'], [114, 'EALREADY'], [115, 'EINPROGRESS'],
];

const ERRNO_DARWIN: readonly (readonly [number, string])[] = [
  ...ERRNO_COMMON,
  [35, 'EAGAIN'], [36, 'EINPROGRESS'], [37, 'EALREADY'], [47, 'EAFNOSUPPORT'], [48, 'EADDRINUSE'],
  [49, 'EADDRNOTAVAIL'], [51, 'ENETUNREACH'], [54, 'ECONNRESET'], [60, 'ETIMEDOUT'],
  [61, 'ECONNREFUSED'], [65, 'EHOSTUNREACH'], [78, 'ENOSYS'],
];

export const FALLBACK_ERRNO: Record<OsName, Map<number, string>> = {
  linux: new Map(ERRNO_LINUX),
  darwin: new Map(ERRNO_DARWIN),
};

const AF: Record<OsName, Map<number, string>> = {
  linux: new Map([[1, 'AF_UNIX'], [2, 'AF_INET'], [10, 'AF_INET6'], [16, 'AF_NETLINK'], [17, 'AF_PACKET']]),
  darwin: new Map([[1, 'AF_UNIX'], [2, 'AF_INET'], [30, 'AF_INET6'], [32, 'AF_SYSTEM']]),
};

const SOCKTYPE = new Map([[1, 'SOCK_STREAM'], [2, 'SOCK_DGRAM'], [3, 'SOCK_RAW'], [5, 'SOCK_SEQPACKET']]);

/** fcntl commands 0..4 are the same on both; F_DUPFD_CLOEXEC differs. */
const FCNTL: Record<OsName, Map<number, string>> = {
  linux: new Map([[0, 'F_DUPFD'], [1, 'F_GETFD'], [2, 'F_SETFD'], [3, 'F_GETFL'], [4, 'F_SETFL'], [1030, 'F_DUPFD_CLOEXEC']]),
  darwin: new Map([[0, 'F_DUPFD'], [1, 'F_GETFD'], [2, 'F_SETFD'], [3, 'F_GETFL'], [4, 'F_SETFL'], [67, 'F_DUPFD_CLOEXEC']]),
};

const O_NONBLOCK: Record<OsName, number> = { linux: 0o4000, darwin: 0x4 };
const O_CLOEXEC: Record<OsName, number> = { linux: 0o2000000, darwin: 0x1000000 };
const SOCK_NONBLOCK_LINUX = 0o4000;
const SOCK_CLOEXEC_LINUX = 0o2000000;

function names(os: OsName) {
  return (kind: ArgKind, v: number): string[] => {
    switch (kind) {
      case 'family': {
        const n = AF[os].get(v);
        return n ? [n] : [];
      }
      case 'socktype': {
        const out: string[] = [];
        const t = SOCKTYPE.get(v & 0xf);
        if (t) out.push(t);
        if (os === 'linux' && v & SOCK_NONBLOCK_LINUX) out.push('SOCK_NONBLOCK');
        if (os === 'linux' && v & SOCK_CLOEXEC_LINUX) out.push('SOCK_CLOEXEC');
        return out;
      }
      case 'fcntl-cmd': {
        const n = FCNTL[os].get(v);
        return n ? [n] : [];
      }
      case 'open-flags': {
        const out: string[] = [];
        if (v & O_NONBLOCK[os]) out.push('O_NONBLOCK');
        if (v & O_CLOEXEC[os]) out.push('O_CLOEXEC');
        return out;
      }
      default:
        return [];
    }
  };
}

export const FALLBACK_NAMES: Record<OsName, (kind: ArgKind, v: number) => string[]> = {
  linux: names('linux'),
  darwin: names('darwin'),
};
