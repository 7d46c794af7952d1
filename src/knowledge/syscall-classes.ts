// What strace's `-e trace=` understands, as look-ups: its classes (`%file`, `%net`, …, from the
// flag column of strace's syscall table, tables/linux/syscall-classes.ts), the names it accepts,
// and the closest known names to a mistyped one. tracex adds `%poll` (its own family).

import { ALIASES, canonicalName, SYSCALLS } from './syscalls.js';
import { ROWS } from './syscalls/index.js';
import { getTable } from './lookup.js';
import { PATH_TRACE_ARGS, STRACE_CLASSES, STRACE_SYSCALL_NAMES } from './tables/linux/syscall-classes.js';
import { editDistance } from '../text/closest.js';

/** strace's spellings of its classes → the class (strace's filter_qualify.c: `%net` and `%network`, bare legacy names). */
const CLASS_SPELLINGS: Readonly<Record<string, string>> = {
  '%desc': 'desc', '%file': 'file', '%memory': 'memory', '%process': 'process', '%creds': 'creds',
  '%signal': 'signal', '%ipc': 'ipc', '%net': 'network', '%network': 'network', '%stat': 'stat',
  '%lstat': 'lstat', '%fstat': 'fstat', '%%stat': '%stat', '%statfs': 'statfs', '%fstatfs': 'fstatfs',
  '%%statfs': '%statfs', '%pure': 'pure', '%clock': 'clock',
  // Legacy spellings without `%` (strace(1): deprecated, still accepted).
  desc: 'desc', file: 'file', memory: 'memory', process: 'process', signal: 'signal', ipc: 'ipc', network: 'network',
  // tracex's own: the catalogue's poll family (poll, select, epoll, kqueue on either OS).
  '%poll': 'poll',
};

/** The class names a user may type (for "did you mean"), `%` spellings only. */
export const CLASS_NAMES: readonly string[] = Object.keys(CLASS_SPELLINGS).filter((k) => k.startsWith('%'));

/** The calls of a class as strace spells it (`%file`, `%net`, `process`); undefined for no class. */
export function classMembers(spelling: string): ReadonlySet<string> | undefined {
  const cls = CLASS_SPELLINGS[spelling.toLowerCase()];
  if (cls === undefined) return undefined;
  let set = memberCache.get(cls);
  if (!set) {
    const names = cls === 'poll' ? Object.keys(SYSCALLS).filter((n) => SYSCALLS[n]!.family === 'poll') : (STRACE_CLASSES[cls] ?? []);
    memberCache.set(cls, (set = new Set(names)));
  }
  return set;
}
const memberCache = new Map<string, ReadonlySet<string>>();

/** Does a call as a trace names it (`openat`, `open_nocancel`, `stat64`) belong to the set? */
export function inNameSet(name: string, set: ReadonlySet<string>): boolean {
  return set.has(name) || set.has(canonicalName(name));
}

let known: ReadonlySet<string> | undefined;

/** Every call name tracex knows: strace's Linux table, the Linux and Darwin number tables, the catalogue and its aliases. */
export function knownSyscallNames(): ReadonlySet<string> {
  if (!known) {
    const names = new Set<string>([...STRACE_SYSCALL_NAMES, ...Object.keys(ROWS), ...Object.keys(ALIASES)]);
    for (const os of ['linux', 'darwin'] as const) for (const e of getTable(os, 'syscall').entries) names.add(e[1]);
    known = names;
  }
  return known;
}

/**
 * The candidates closest to a mistyped word (at most `limit`, nearest first, then by name): within
 * a third of the word's length in edits, at least one; a candidate that starts with the word counts too.
 */
export function closestNames(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const w = word.toLowerCase();
  const max = Math.max(1, Math.floor(w.length / 3));
  const scored: [string, number][] = [];
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase(), max);
    if (d <= max) scored.push([c, d]);
    else if (w.length >= 3 && c.startsWith(w)) scored.push([c, max + 0.5]);
  }
  scored.sort((x, y) => x[1] - y[1] || x[0].length - y[0].length || x[0].localeCompare(y[0]));
  return scored.slice(0, limit).map(([c]) => c);
}

/**
 * The arguments strace's `-P` tests for a call (catalogue spelling), one letter per position:
 * `f` fd, `p` path, `s` fd set, `a` pollfd array, `-` neither (PATH_TRACE_ARGS).
 */
export function pathTraceArgs(name: string): string {
  const listed = PATH_TRACE_ARGS[name];
  if (listed !== undefined) return listed;
  if (classMembers('%file')!.has(name)) return 'p';
  return classMembers('%desc')!.has(name) || classMembers('%net')!.has(name) ? 'f' : '';
}
