// Linux file constants (uapi headers, generic ABI as used by x86_64).
import type { ConstTable } from '../types.js';

/** fcntl() commands: uapi asm-generic/fcntl.h (F_DUPFD..F_OFD_SETLKW) and linux/fcntl.h (F_LINUX_SPECIFIC_BASE 1024 + n). */
export const fcntl: ConstTable = {
  source: 'fcntl() commands: uapi asm-generic/fcntl.h (F_DUPFD..F_OFD_SETLKW) and linux/fcntl.h (F_LINUX_SPECIFIC_BASE 1024 + n).',
  kind: 'enum',
  entries: [
    [0, 'F_DUPFD'],
    [1, 'F_GETFD'],
    [2, 'F_SETFD'],
    [3, 'F_GETFL'],
    [4, 'F_SETFL'],
    [5, 'F_GETLK'],
    [6, 'F_SETLK'],
    [7, 'F_SETLKW'],
    [8, 'F_SETOWN'],
    [9, 'F_GETOWN'],
    [10, 'F_SETSIG'],
    [11, 'F_GETSIG'],
    [12, 'F_GETLK64'],
    [13, 'F_SETLK64'],
    [14, 'F_SETLKW64'],
    [15, 'F_SETOWN_EX'],
    [16, 'F_GETOWN_EX'],
    [17, 'F_GETOWNER_UIDS'],
    [36, 'F_OFD_GETLK'],
    [37, 'F_OFD_SETLK'],
    [38, 'F_OFD_SETLKW'],
    [1024, 'F_SETLEASE'],
    [1025, 'F_GETLEASE'],
    [1026, 'F_NOTIFY'],
    [1029, 'F_CANCELLK'],
    [1030, 'F_DUPFD_CLOEXEC'],
    [1031, 'F_SETPIPE_SZ'],
    [1032, 'F_GETPIPE_SZ'],
    [1033, 'F_ADD_SEALS'],
    [1034, 'F_GET_SEALS'],
    [1035, 'F_GET_RW_HINT'],
    [1036, 'F_SET_RW_HINT'],
    [1037, 'F_GET_FILE_RW_HINT'],
    [1038, 'F_SET_FILE_RW_HINT'],
  ],
};

/** open() flags: uapi asm-generic/fcntl.h (octal, as in the header). O_TMPFILE and O_SYNC cover several bits and come first so that they win. */
export const openFlags: ConstTable = {
  source: 'open() flags: uapi asm-generic/fcntl.h (octal, as in the header). O_TMPFILE and O_SYNC cover several bits and come first so that they win.',
  kind: 'flags',
  fieldMask: 0o3,
  entries: [
    [0, 'O_RDONLY'],
    [0o1, 'O_WRONLY'],
    [0o2, 'O_RDWR'],
    [0o20200000, 'O_TMPFILE'],
    [0o4010000, 'O_SYNC'],
    [0o100, 'O_CREAT'],
    [0o200, 'O_EXCL'],
    [0o400, 'O_NOCTTY'],
    [0o1000, 'O_TRUNC'],
    [0o2000, 'O_APPEND'],
    [0o4000, 'O_NONBLOCK'],
    [0o10000, 'O_DSYNC'],
    [0o20000, 'O_ASYNC'],
    [0o40000, 'O_DIRECT'],
    [0o100000, 'O_LARGEFILE'],
    [0o200000, 'O_DIRECTORY'],
    [0o400000, 'O_NOFOLLOW'],
    [0o1000000, 'O_NOATIME'],
    [0o2000000, 'O_CLOEXEC'],
    [0o10000000, 'O_PATH'],
  ],
};

/** F_GETFD/F_SETFD flags: uapi asm-generic/fcntl.h. */
export const fdFlags: ConstTable = {
  source: 'F_GETFD/F_SETFD flags: uapi asm-generic/fcntl.h.',
  kind: 'flags',
  entries: [
    [1, 'FD_CLOEXEC'],
  ],
};

/** *at() flags: uapi linux/fcntl.h (AT_*). */
export const atFlags: ConstTable = {
  source: '*at() flags: uapi linux/fcntl.h (AT_*).',
  kind: 'flags',
  entries: [
    [0x100, 'AT_SYMLINK_NOFOLLOW'],
    [0x200, 'AT_REMOVEDIR'],
    [0x400, 'AT_SYMLINK_FOLLOW'],
    [0x800, 'AT_NO_AUTOMOUNT'],
    [0x1000, 'AT_EMPTY_PATH'],
    [0x2000, 'AT_STATX_FORCE_SYNC'],
    [0x4000, 'AT_STATX_DONT_SYNC'],
    [0x8000, 'AT_RECURSIVE'],
  ],
};

/** Special directory fds: uapi linux/fcntl.h (AT_FDCWD). */
export const dirfd: ConstTable = {
  source: 'Special directory fds: uapi linux/fcntl.h (AT_FDCWD).',
  kind: 'enum',
  entries: [
    [-100, 'AT_FDCWD'],
  ],
};
