// What each system call is for, as data: the catalogue explain reads (family, the role of each
// argument by position, what it does, what it did, what its result means), built from the one
// row per call in syscalls/*.ts that decode reads too (signatures.ts). Add a call there.

import { ROWS } from './syscalls/index.js';
import type { Family } from './syscalls/row.js';

export type { Family } from './syscalls/row.js';

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
  /** Which errno context applies (defaults to the family). See errno-meanings.ts. */
  errctx?: string;
}

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
  for (const [name, row] of Object.entries(ROWS)) {
    const s = row.sentences;
    if (!s) continue;
    const args: string[] = [];
    // explain's roles: the leading arguments that have one.
    for (const a of row.args) {
      if (a.role === undefined) break;
      args.push(a.role);
    }
    const entry: SyscallEntry = { family: s.family, args, act: s.act, done: s.done };
    if (s.result !== undefined) entry.result = s.result;
    if (s.zero !== undefined) entry.zero = s.zero;
    if (s.errctx !== undefined) entry.errctx = s.errctx;
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
