// strace line grammar: the shape of one physical line of strace output (4.x to 7.x).
// This is the hot path: every line of a trace goes through `scanLeader` and `scanBody`,
// so it uses a few anchored regexps and index scans, never backtracking over the
// arguments. The argument text itself is left as text (grammars/args.ts reads it).
// Reference: ../shared/formats/strace.md (section numbers below refer to it).

import type { Leader, Return } from '../src/model/record.js';
import { scanOldSiginfoLine, scanOldStoppedLine } from './strace-other-lines.js';
import { sharedName } from './lexemes.js';

/** Largest pid Linux can hand out (PID_MAX_LIMIT, 2^22); larger leading numbers are times. */
const PID_MAX = 4194304;

// §1 terminal-style prefix: `[pid 13758] `, `[pid 14135<demo>] `
const PID_BRACKET = /^\[pid +(\d+)(?:<([^>]*)>)?\] /y;
// §1 -t/-tt/-ttt and --absolute-timestamps: `10:14:32`, `10:14:32.543180`, `1795428872.842566907`
// (`(\d\d:\d\d:\d\d(?:\.\d+)?|\d+\.\d+|\d{9,}) `, read by hand in scanTime: it is on every line of a timed trace)
// §1 -r with -t: `(+     0.000040) `, `(+     0) `
const REL_PAREN = /\(\+ *(\d+(?:\.\d+)?)\) /y;
// §1 -r alone: `     0.000040 ` (right-aligned)
const REL_BARE = / *(\d+\.\d+) /y;
// §1 -n: `[ 257] `, `[???] `
const SYSCALL_NR = /\[ *(\d+|\?\?\?)\] /y;
// §1 -i: `[00007f1c69cfa011] `, `[????????????????] `
const IP = /\[([0-9a-f]{8,16}|\?{8,16})\] /y;

/** Result of reading the leader of a line: the fields and where the body starts. */
export interface LeaderScan {
  leader: Leader;
  /** Index of the first body character. */
  body: number;
}

/**
 * Reads the prefix, timestamps, -n and -i fields. Never fails: a line without a leader
 * gives an empty one. `wall` tells whether an absolute time was seen (for -r disambiguation).
 */
export function scanLeader(line: string): LeaderScan {
  const leader: Leader = {};
  const body = scanLeaderInto(line, leader);
  return { leader, body };
}

/**
 * `scanLeader` writing the fields into `leader` (which may be a record being built) and
 * returning where the body starts. The common `PID  ` prefix is read by hand: this runs on
 * every line, and a regexp match costs an array and substrings each time.
 */
export function scanLeaderInto(line: string, leader: Leader): number {
  let i = 0;
  let m: RegExpExecArray | null;
  const c0 = line.charCodeAt(0);
  if (c0 === 91 /* [ */) {
    PID_BRACKET.lastIndex = 0;
    if ((m = PID_BRACKET.exec(line))) {
      leader.pid = +m[1]!;
      if (m[2] !== undefined) leader.comm = m[2];
      i = PID_BRACKET.lastIndex;
    }
  } else if (c0 >= 48 && c0 <= 57) {
    // §1 -o style prefix `13740 `, `2447  `, `14126<demo> `: digits, an optional `<comm>`, then spaces.
    let j = 1;
    while (isDigit(line.charCodeAt(j))) j++;
    let k = j;
    let comm: string | undefined;
    if (line.charCodeAt(k) === 60 /* < */) {
      const close = line.indexOf('>', k + 1);
      if (close >= 0 && line.charCodeAt(close + 1) === 32) {
        comm = line.slice(k + 1, close);
        k = close + 1;
      }
    }
    if (line.charCodeAt(k) === 32) {
      const pid = readDecimal(line, 0, j);
      if (pid <= PID_MAX && !isTimeAhead(line, j)) {
        leader.pid = pid;
        if (comm !== undefined) leader.comm = comm;
        do k++;
        while (line.charCodeAt(k) === 32);
        i = k;
      }
    }
  }
  const ci = line.charCodeAt(i);
  if (ci >= 48 && ci <= 57) {
    const end = scanTime(line, i);
    if (end > 0) {
      // A bare `S.ffffff` after nothing else is -r alone when small, -ttt when it is an epoch;
      // a clock time (`:`) or plain digits (`\d{9,}`) are absolute.
      const fraction = line.charCodeAt(i + 2) !== 58 /* : */ && digitsEnd(line, i) < end;
      const value = fraction ? readDecimal(line, i, end) : -1;
      if (!fraction || value >= 1e8) leader.timeText = line.slice(i, end);
      else leader.relative = value;
      i = end + 1;
    }
  } else if (ci === 32) {
    REL_BARE.lastIndex = i;
    if ((m = REL_BARE.exec(line))) {
      leader.relative = +m[1]!;
      i = REL_BARE.lastIndex;
    }
  }
  if (line.charCodeAt(i) === 40 /* ( */) {
    REL_PAREN.lastIndex = i;
    if ((m = REL_PAREN.exec(line))) {
      leader.relative = +m[1]!;
      i = REL_PAREN.lastIndex;
    }
  }
  if (line.charCodeAt(i) === 91 /* [ */) {
    SYSCALL_NR.lastIndex = i;
    if ((m = SYSCALL_NR.exec(line))) {
      if (m[1] !== '???') leader.nr = +m[1]!;
      i = SYSCALL_NR.lastIndex;
    }
    IP.lastIndex = i;
    if (line.charCodeAt(i) === 91 && (m = IP.exec(line))) {
      leader.ip = m[1]!;
      i = IP.lastIndex;
    }
  }
  return i;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Index after the last digit of the run starting at `i` (`i` itself when there is none). */
function digitsEnd(line: string, i: number): number {
  while (isDigit(line.charCodeAt(i))) i++;
  return i;
}

/**
 * An absolute time at `i` followed by a space, `\d\d:\d\d:\d\d(?:\.\d+)?|\d+\.\d+|\d{9,}`:
 * the index of that space, or -1.
 */
function scanTime(line: string, i: number): number {
  const j = digitsEnd(line, i);
  let end = -1;
  if (j - i === 2 && line.charCodeAt(j) === 58 /* : */) {
    // `HH:MM:SS[.frac]`
    if (!(isDigit(line.charCodeAt(j + 1)) && isDigit(line.charCodeAt(j + 2)) && line.charCodeAt(j + 3) === 58)) return -1;
    if (!(isDigit(line.charCodeAt(j + 4)) && isDigit(line.charCodeAt(j + 5)))) return -1;
    end = j + 6;
    if (line.charCodeAt(end) === 46 /* . */ && isDigit(line.charCodeAt(end + 1))) end = digitsEnd(line, end + 1);
  } else if (line.charCodeAt(j) === 46 && isDigit(line.charCodeAt(j + 1))) end = digitsEnd(line, j + 1);
  else if (j - i >= 9) end = j;
  return line.charCodeAt(end) === 32 ? end : -1;
}

/**
 * The value of the unsigned decimal `\d+(?:\.\d+)?` spelled from `from` to `to`, exactly as
 * `+line.slice(from, to)` reads it (NaN for any other text), without the slice: up to 15 digits,
 * digits/10^places is one correctly rounded division, the same double as parsing the text.
 */
export function readDecimal(line: string, from: number, to: number): number {
  let n = 0;
  let k = from;
  for (let d = line.charCodeAt(k); k < to && d >= 48 && d <= 57; d = line.charCodeAt(++k)) n = n * 10 + (d - 48);
  if (k === from) return NaN;
  if (k === to) return to - from <= 15 ? n : +line.slice(from, to);
  if (line.charCodeAt(k) !== 46 /* . */) return NaN;
  const frac = ++k;
  for (let d = line.charCodeAt(k); k < to && d >= 48 && d <= 57; d = line.charCodeAt(++k)) n = n * 10 + (d - 48);
  if (k === frac || k !== to) return NaN;
  return to - from - 1 <= 15 ? n / POW10[to - frac]! : +line.slice(from, to);
}

/** `13803      0.000040 open` — a plain number followed by a -r time is a pid, `1795428872.59 ` is not. */
function isTimeAhead(line: string, end: number): boolean {
  return line.charCodeAt(end) === 46 /* . */ || line.charCodeAt(end) === 58 /* : */;
}

export type Body =
  | { kind: 'call'; name: string; argsStart: number }
  | { kind: 'resumed'; name: string; argsStart: number }
  | { kind: 'signal'; signal: string; info?: string; stopped?: boolean }
  | { kind: 'exit'; code?: number; signal?: string; core?: boolean; supersededBy?: number }
  | { kind: 'detached-tail' }
  | { kind: 'none' };

// §3 `openat(`, `syscall_0x1f4(`: CALL_HEAD, `[A-Za-z_][A-Za-z0-9_]*\(`, is read by hand in scanBody.
// §3.2 `<... clock_nanosleep resumed>`
const RESUMED_HEAD = /<\.\.\. ([A-Za-z_][A-Za-z0-9_]*) resumed>/y;
// §4 `--- SIGCHLD {si_signo=SIGCHLD, ...} ---`, `--- stopped by SIGSTOP ---`; strace before 4.7
// printed the signal's description, pc and address instead: `--- SIGCHLD (Child exited) @ 0 (0) ---`.
const SIGNAL_LINE = /--- (?:(stopped by )?(SIG[A-Z0-9_+-]+|\d+))(?: \{(.*)\}| \((.*)\) @ ([0-9a-fx]+) \(([0-9a-fx]+)\))? ---$/y;
// §4 `+++ exited with 3 +++`, `+++ killed by SIGSEGV (core dumped) +++`, `+++ superseded by execve in pid 15571 +++`
const EXIT_LINE =
  /\+\+\+ (?:exited with (\d+)|killed by (SIG[A-Z0-9_+-]+|\d+)( \(core dumped\))?|superseded by execve in pid (\d+)) \+\+\+$/y;

/** Classifies the body of a line that has been through `scanLeader`. */
export function scanBody(line: string, at: number): Body {
  const c = line.charCodeAt(at);
  let m: RegExpExecArray | null;
  if (c === 60 /* < */) {
    RESUMED_HEAD.lastIndex = at;
    if ((m = RESUMED_HEAD.exec(line))) return { kind: 'resumed', name: sharedName(m[1]!, 0, m[1]!.length), argsStart: RESUMED_HEAD.lastIndex };
    return { kind: 'none' };
  }
  if (c === 45 /* - */) {
    SIGNAL_LINE.lastIndex = at;
    if ((m = SIGNAL_LINE.exec(line))) {
      const body: Body = { kind: 'signal', signal: m[2]! };
      if (m[3] !== undefined) body.info = m[3];
      else if (m[4] !== undefined) body.info = `${m[4]} @ ${m[5]!} (${m[6]!})`;
      if (m[1]) body.stopped = true;
      return body;
    }
    const old = scanOldSiginfoLine(line, at) ?? scanOldStoppedLine(line, at);
    return old ? { kind: 'signal', ...old } : { kind: 'none' };
  }
  if (c === 43 /* + */) {
    EXIT_LINE.lastIndex = at;
    if ((m = EXIT_LINE.exec(line))) {
      const body: Body = { kind: 'exit' };
      if (m[1] !== undefined) body.code = +m[1];
      if (m[2] !== undefined) body.signal = m[2];
      if (m[3]) body.core = true;
      if (m[4] !== undefined) body.supersededBy = +m[4];
      return body;
    }
    return { kind: 'none' };
  }
  if (c === 32 && line.startsWith(' <detached ...>', at) && line.length === at + 15) return { kind: 'detached-tail' };
  // CALL_HEAD by hand (every call line comes here).
  if (isWordStart(c)) {
    let j = at + 1;
    while (isWordChar(line.charCodeAt(j))) j++;
    if (line.charCodeAt(j) === 40 /* ( */) return { kind: 'call', name: sharedName(line, at, j), argsStart: j + 1 };
  }
  return { kind: 'none' };
}

/** `[A-Za-z_]` */
function isWordStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

/** `[A-Za-z0-9_]` */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** How the rest of a call line after its arguments ends. */
export type Tail =
  /** `...) = 3 <0.000010>`: `argsEnd` is the index of the `)`. */
  | { kind: 'return'; argsEnd: number; ret: Return; duration?: number; durationUnavailable?: boolean }
  /** `... <unfinished ...>`: `argsEnd` is where ` <unfinished ...>` starts. */
  | { kind: 'unfinished'; argsEnd: number }
  /** `... <unfinished ...>) = ?`: killed inside the call. */
  | { kind: 'interrupted'; argsEnd: number; ret: Return }
  /** `... <detached ...>` */
  | { kind: 'detached'; argsEnd: number }
  | { kind: 'none'; reason: string };

const UNFINISHED = ' <unfinished ...>';
const DETACHED = ' <detached ...>';
// §3.3 `<unfinished ...>) = ?` (also with -T on some versions)
const INTERRUPTED = /<unfinished \.\.\.>\) += \?( <[^>]*>)?$/;

/**
 * Finds how a call line ends, starting from `argsStart` (just after `(` or `resumed>`).
 * The end of the arguments is the LAST `)` followed by padding and `= ` whose remainder
 * reads as a return section; strings and wait4 status macros contain `) =` too (§2, §13).
 */
export function scanTail(line: string, argsStart: number): Tail {
  if (line.endsWith(UNFINISHED)) return { kind: 'unfinished', argsEnd: line.length - UNFINISHED.length };
  if (line.endsWith(DETACHED)) return { kind: 'detached', argsEnd: line.length - DETACHED.length };
  // Only a line with a `?` after its call head can end so (memchr-fast; most lines have none).
  const im = line.indexOf('?', argsStart) >= 0 ? INTERRUPTED.exec(line) : null;
  if (im && im.index >= argsStart) {
    // The space before `<unfinished` belongs to the marker, as in an unfinished line.
    const argsEnd = im.index > argsStart && line.charCodeAt(im.index - 1) === 32 ? im.index - 1 : im.index;
    return { kind: 'interrupted', argsEnd, ret: { text: '?', value: null } };
  }
  let from = line.length;
  for (;;) {
    const eq = line.lastIndexOf(' = ', from);
    if (eq < argsStart) return { kind: 'none', reason: 'no ") = " return section' };
    let j = eq;
    while (j > argsStart && line.charCodeAt(j) === 32) j--;
    if (line.charCodeAt(j) === 41 /* ) */ && j >= argsStart) {
      const tail = readReturn(line, eq + 3, j);
      if (tail) return tail;
    }
    from = eq - 1;
    if (from < argsStart) return { kind: 'none', reason: 'return section not readable' };
  }
}

// §3.1 return value: `?`, `-1`, `3`, `0x7faae1882000`, `022` (`\?|-?0x[0-9a-fA-F]+|-?\d+`, read by hand)
// §3.1 error: ` ENOENT (No such file or directory)`, ` ERESTARTSYS (To be restarted ...)`, ` (errno 520)`
const RET_ERRNO = / (E[A-Z0-9_]+)(?: \(([^()]*)\))?/y;
const RET_ERRNO_NUM = / \(errno (\d+)\)/y;
// §3.1 -T: ` <0.000010>`, ` <0.000009534>`, ` <unavailable>` (` <(\d+\.\d+|unavailable)>$`, read by hand)

/** Reads a return section starting at `i` (after `= `) to the end of the line, or null. */
export function scanReturn(
  line: string,
  i: number,
): { ret: Return; duration?: number; durationUnavailable?: boolean } | null {
  const t = readReturn(line, i, 0);
  if (!t) return null;
  const r: { ret: Return; duration?: number; durationUnavailable?: boolean } = { ret: t.ret };
  if (t.duration !== undefined) r.duration = t.duration;
  if (t.durationUnavailable) r.durationUnavailable = true;
  return r;
}

type ReturnTail = Extract<Tail, { kind: 'return' }>;

/**
 * `scanReturn` building the `return` tail directly. Runs once per call line, so the value
 * and the duration are read by hand and the errno regexps only run when an error is there.
 */
function readReturn(line: string, i: number, argsEnd: number): ReturnTail | null {
  const len = line.length;
  let p = i;
  let value: number | null = null;
  let hex = false;
  let c = line.charCodeAt(p);
  if (c === 63 /* ? */) p++;
  else {
    let k = c === 45 /* - */ ? p + 1 : p;
    if (line.charCodeAt(k) === 48 && line.charCodeAt(k + 1) === 120 /* 0x */ && isHexDigit(line.charCodeAt(k + 2))) {
      k += 3;
      while (isHexDigit(line.charCodeAt(k))) k++;
      hex = true;
      value = parseHex(line.slice(p, k));
    } else {
      const d0 = k;
      let n = 0;
      for (let d = line.charCodeAt(k); d >= 48 && d <= 57; d = line.charCodeAt(++k)) n = n * 10 + (d - 48);
      if (k === d0) return null;
      // Up to 15 digits the sum is exact (below 2^53), as parseInt would give.
      value = k - d0 <= 15 ? (c === 45 ? -n : n) : parseInt(line.slice(p, k), 10);
    }
    p = k;
  }
  const ret: Return = { text: '', value };
  if (hex) ret.hex = true;
  c = line.charCodeAt(p);
  if (c === 60 /* < */) {
    const close = matchAngle(line, p);
    if (close < 0) return null;
    ret.decoration = line.slice(p + 1, close);
    p = close + 1;
    if (line.startsWith('(deleted)', p)) p += 9;
    c = line.charCodeAt(p);
  }
  if (c === 32 /* space */) {
    const c1 = line.charCodeAt(p + 1);
    let m: RegExpExecArray | null;
    if (c1 === 69 /* E */) {
      RET_ERRNO.lastIndex = p;
      if ((m = RET_ERRNO.exec(line))) {
        ret.errno = m[1]!;
        if (m[2] !== undefined) ret.message = m[2];
        p = RET_ERRNO.lastIndex;
      }
    } else if (c1 === 40 /* ( */) {
      RET_ERRNO_NUM.lastIndex = p;
      if ((m = RET_ERRNO_NUM.exec(line))) {
        ret.errnoNumber = +m[1]!;
        p = RET_ERRNO_NUM.lastIndex;
      }
    }
  }
  // Parenthesised notes: ` (flags O_RDWR)`, ` (in [5], left {...})`, ` (Timeout)`, ` (INJECTED)`;
  // and --pidns-translation's comment on a returned pid: `= 7 /* 65 in strace's PID NS */`.
  for (;;) {
    if (line.charCodeAt(p) !== 32) break;
    const c1 = line.charCodeAt(p + 1);
    if (c1 === 40 /* ( */) {
      const close = matchParen(line, p + 1);
      if (close < 0) return null;
      (ret.notes ??= []).push(line.slice(p + 2, close));
      p = close + 1;
    } else if (c1 === 47 /* / */ && line.charCodeAt(p + 2) === 42 /* * */) {
      const close = line.indexOf(' */', p + 3);
      if (close < 0) return null;
      (ret.notes ??= []).push(line.slice(p + 4, close));
      p = close + 3;
    } else break;
  }
  ret.text = line.slice(i, p);
  if (p === len) return { kind: 'return', argsEnd, ret };
  // ` <S.F>` or ` <unavailable>` and nothing after it.
  if (line.charCodeAt(p) !== 32 || line.charCodeAt(p + 1) !== 60 || line.charCodeAt(len - 1) !== 62 /* > */) return null;
  const from = p + 2;
  const to = len - 1;
  if (to - from === 11 && line.startsWith('unavailable', from)) return { kind: 'return', argsEnd, ret, durationUnavailable: true };
  // `S.F`: a `.` is required (`<5>` is no duration).
  const dot = digitsEnd(line, from);
  if (dot === from || line.charCodeAt(dot) !== 46 /* . */) return null;
  const duration = readDecimal(line, from, to);
  if (Number.isNaN(duration)) return null;
  return { kind: 'return', argsEnd, ret, duration };
}

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

function parseHex(text: string): number {
  const neg = text.startsWith('-');
  const v = parseInt(text.slice(neg ? 3 : 2), 16);
  return neg ? -v : v;
}

/**
 * Index of the `>` closing the `<` at `open`, or -1. Allows nesting (`</dev/null<char 1:3>>`),
 * skips the arrow in `TCP:[a:1->b:2]` and quoted names (`UNIX-STREAM:[1,"/tmp/x"]`).
 * Paths inside need no care: strace octal-escapes `<` and `>` in them (§7).
 */
export function matchAngle(line: string, open: number): number {
  let depth = 0;
  let square = 0; // the `->` arrow only appears inside `[...]`; a path may end in `-` (`/etc/passwd-`)
  for (let k = open; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c === 34 /* " */) {
      for (k++; k < line.length && line.charCodeAt(k) !== 34; k++) if (line.charCodeAt(k) === 92) k++;
    } else if (c === 91 /* [ */) square++;
    else if (c === 93 /* ] */) square--;
    else if (c === 60) depth++;
    else if (c === 62 && !(square > 0 && line.charCodeAt(k - 1) === 45 /* - */) && --depth === 0) return k;
  }
  return -1;
}

/** Index of the `)` closing the `(` at `open`, skipping quoted strings and nested brackets, or -1. */
export function matchParen(line: string, open: number): number {
  let depth = 0;
  for (let k = open; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c === 34 /* " */) {
      for (k++; k < line.length && line.charCodeAt(k) !== 34; k++) if (line.charCodeAt(k) === 92) k++;
    } else if (c === 40) depth++;
    else if (c === 41 && --depth === 0) return k;
  }
  return -1;
}

// The lines that are not calls (strace's own messages, -k stack frames, -x dumps, -c tables)
// are read in strace-other-lines.ts.
export * from './strace-other-lines.js';
