// Line shapes of macOS dtruss and the DTraceToolkit (Solaris) original.
// Reference: ../shared/formats/dtruss.md. Every function here reads one line on its own
// and returns its shape or null; which shape wins when a line fits several (a stack frame
// vs program output, a count row vs output) is decided by the reader in src/parse/dtruss.ts,
// which knows the lines before. Nothing is looked up here: numbers stay numbers.

import { lastLineBreak } from '../src/text/line-break.js';

/** The optional columns between the PID/THRD field and the syscall, in their fixed order. */
export type DtrussColumn = 'RELATIVE' | 'ELAPSD' | 'CPU';

export interface DtrussHeader {
  /** `PID/THRD` (macOS, hex thread id) or `PID/LWP` (Solaris, decimal LWP); absent without -f/-l/-n. */
  id?: 'PID/THRD' | 'PID/LWP';
  columns: DtrussColumn[];
}

export interface DtrussReturn {
  /** Text after `= `, trimmed; on success the value alone (`0x102BF4000`, the errno column 0 dropped), on failure with the errno (`-1 Err#2`). */
  text: string;
  /** The return as printed (`(int)arg0`, or the 64-bit value for hex returns). */
  value: number;
  hex: boolean;
  /** The second field: errno, 0 on success; may be negative (`Err#-2`). */
  errno: number;
  /** The field carried the `Err#` prefix (absent in some macOS 12 captures: `= -1 2`). */
  errPrefix: boolean;
}

export interface DtrussCall {
  pid?: number;
  /** Thread id: macOS prints it in lower-case hex (`0x3057d`), Solaris as a decimal LWP (`1`). */
  tid?: number;
  /** The numbers between the id and the name, in order, in microseconds. */
  columns: number[];
  /** Some column ended in `:` — the synthetic `fork()` line that -f prints per new thread. */
  colonColumns: boolean;
  name: string;
  /** Text between the parentheses, unchanged. */
  args: string;
  /** False when the `)` was lost (terminal wrapping): `..., 0x1000 = 0 0`. */
  closed: boolean;
  ret: DtrussReturn;
}

export type DtraceMessageKind =
  | 'sip'
  | 'probe-error'
  | 'drops'
  | 'exec-failure'
  | 'init-failure'
  | 'invalid-probe'
  | 'other';

export interface DtraceMessage {
  kind: DtraceMessageKind;
  /** Text after `dtrace: `. */
  message: string;
}

// Blank or whitespace only. Example: `` (the line after the SIP notice).
const BLANK = /^\s*$/;

// Header: [TAB]PID/THRD  [RELATIVE] [ELAPSD] [CPU] SYSCALL(args) <tabs/spaces> = return
// Example: `\tPID/THRD  RELATIVE  ELAPSD    CPU SYSCALL(args) \t\t = return`,
// Solaris: `PID/LWP    ELAPSD    CPU SYSCALL(args)           = return`.
const HEADER =
  /^\s*(?:(?<id>PID\/THRD|PID\/LWP)\s+)?(?<rel>RELATIVE\s+)?(?<ela>ELAPSD\s+)?(?<cpu>CPU\s+)?SYSCALL\(args\)\s*=\s*return\s*$/;

// A syscall line (leading blanks cut first): [pid/0xtid:  ][ columns ]name(args)<tabs> = ret [Err#]errno
// Example: `23078/0x3057d: connect(0xA, 0x7F9B69ACE950, 0x6A) = -1 Err#2`
// Example (-a): ` 4966/0x54c8:       657       6      5 mmap(0x0, 0x637B0, 0x1, 0x40002, 0x3, 0x0)\t\t = 0x102BF4000 0`
// Example (synthetic -f line, `:` after columns): ` 4966/0x54c8:       232:        0:       0 fork()\t\t = 0 0`
// Example (Solaris): `27547/1:  lwp_sigmask(0x3, 0x20000, 0x0)                 = 0xFFBFFEFF 0`
// The head, up to the call's `(`: `<pid>/<tid>:`, up to three number columns, the name.
const CALL_HEAD = /^(?:(?<pid>\d+)\/(?<tid>0x[0-9a-fA-F]+|\d+):)?\s*(?<cols>(?:\d+:?\s+){0,3})(?<name>[A-Za-z_][A-Za-z0-9_]*)\(/;
const ERRNO_TOKEN = /^(Err#)?(-?\d+)$/;
const RET_TOKEN = /^(?:-?\d+|0x[0-9A-Fa-f]+)$/;

interface CallTail {
  /** Where the arguments end: before the blanks ahead of `=`. */
  argsEnd: number;
  ret: string;
  err: boolean;
  errno: string;
}

const isSpaceChar = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\f' || c === '\v';

/**
 * The `= <ret> <errno>` tail, read from the right end of the line. String arguments may hold
 * ` = ` themselves, so the tail is the last one; a pattern over the whole line found it by
 * backtracking, quadratic on a long run of blanks.
 */
function callTail(line: string): CallTail | undefined {
  let end = line.length;
  while (end > 0 && isSpaceChar(line[end - 1])) end--;
  let i = end;
  while (i > 0 && !isSpaceChar(line[i - 1])) i--;
  const errno = ERRNO_TOKEN.exec(line.slice(i, end));
  if (!errno) return undefined;
  let j = i;
  while (j > 0 && isSpaceChar(line[j - 1])) j--;
  if (j === i) return undefined;
  let k = j;
  while (k > 0 && !isSpaceChar(line[k - 1]) && line[k - 1] !== '=') k--;
  const ret = line.slice(k, j);
  if (!RET_TOKEN.test(ret)) return undefined;
  let e = k;
  while (e > 0 && isSpaceChar(line[e - 1])) e--;
  if (line[e - 1] !== '=') return undefined;
  e--;
  while (e > 0 && isSpaceChar(line[e - 1])) e--;
  return { argsEnd: e, ret, err: errno[1] !== undefined, errno: errno[2]! };
}

/** A call line's groups: the head's, the arguments up to the last `)` before the tail, and the tail's. */
function matchCallParts(body: string): Record<string, string | undefined> | undefined {
  const head = CALL_HEAD.exec(body);
  const tail = callTail(body);
  if (!head?.groups || !tail || tail.argsEnd < head[0].length) return undefined;
  let args = body.slice(head[0].length, tail.argsEnd);
  const close = args.endsWith(')') ? ')' : undefined;
  if (close) args = args.slice(0, -1);
  return { ...head.groups, args, close, ret: tail.ret, err: tail.err ? 'Err#' : undefined, errno: tail.errno };
}

// Just the id column, to tell "a trace line we could not read" from program output.
// Example: `57898/0x6427ba:  psynch_cvsignal(...)`.
const ID_PREFIX = /^\s*\d+\/(?:0x[0-9a-fA-F]+|\d+):\s/;

// Looks like a call with a return but not dtruss's `<ret> <errno>` pair.
// Example of what it catches: `close(0x3) = 0` (the errno field cut off).
const CALL_NAME_OPEN = /^\s*[A-Za-z_][A-Za-z0-9_]*\(/;

// dtrace(1) diagnostics, always `dtrace: ` + message on stderr.
// Example: `dtrace: system integrity protection is on, some features will not be available`
const DTRACE = /^dtrace: (?<msg>.*)$/;
const DTRACE_KINDS: Array<[DtraceMessageKind, RegExp]> = [
  // `system integrity protection is on, some features will not be available`
  ['sip', /^system integrity protection is on/],
  // `error on enabled probe ID 2158 (ID 561: syscall::sysctl:return): invalid kernel access in action #10 at DIF offset 40`
  ['probe-error', /^error on enabled probe ID \d+/],
  // `2056 dynamic variable drops with non-empty dirty list`, `12 drops on CPU 3`
  ['drops', /^\d+ (?:dynamic variable |aggregation |speculative )?drops?\b/],
  // `failed to execute du: Operation not permitted`
  ['exec-failure', /^failed to execute /],
  // `failed to initialize dtrace: DTrace requires additional privileges`
  ['init-failure', /^failed to initialize dtrace/],
  // `invalid probe specifier ` followed by the whole D program on the next lines
  ['invalid-probe', /^invalid probe specifier/],
];

// The end of an invalid-probe-specifier dump: the reason after the echoed program.
// Example: `: probe description syscall:::entry does not match any probes. System Integrity Protection is on`
const PROBE_DUMP_END = /^: \S/;

// -c table title: `CALL` padded to 32, `COUNT` right-aligned in 16.
// Example: `CALL                                        COUNT`
const COUNT_HEADER = /^\s*CALL\s+COUNT\s*$/;

// -c table row: `%-32s %@16d`. Example: `mprotect                                        8`
const COUNT_ROW = /^(?<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?<count>\d+)\s*$/;

// -s stack frame, indented (14 spaces as printed; fewer when re-indented by a poster):
// ``module`symbol+0xoff``, ``module`symbol``, ``module`0xaddr``, `0xaddr`, `[ annotation ]`.
// Example: `              libsystem_kernel.dylib\`write+0x8`
// Read by position (matchFrame): one regex for the three shapes backtracked cubically on a
// line of repeated backquotes and tabs.
const HEX_FRAME = /^0x[0-9a-fA-F]+$/;
const SPACE = /\s/;

export function isBlank(line: string): boolean {
  return BLANK.test(line);
}

export function matchHeader(line: string): DtrussHeader | null {
  const m = HEADER.exec(line);
  if (!m?.groups) return null;
  const g = m.groups;
  const columns: DtrussColumn[] = [];
  if (g.rel) columns.push('RELATIVE');
  if (g.ela) columns.push('ELAPSD');
  if (g.cpu) columns.push('CPU');
  const header: DtrussHeader = { columns };
  if (g.id) header.id = g.id as DtrussHeader['id'];
  return header;
}

export function matchCall(line: string): DtrussCall | null {
  // Leading blanks are cut here, not in the pattern: `^\s*…\s*` backtracks quadratically
  // on a long run of spaces.
  const body = line.trimStart();
  const g = matchCallParts(body);
  if (!g) return null;
  const colTokens = (g.cols ?? '').trim().split(/\s+/).filter((t) => t.length > 0);
  const retText = g.ret!;
  const hex = retText.startsWith('0x');
  const call: DtrussCall = {
    columns: colTokens.map((t) => Number.parseInt(t, 10)),
    colonColumns: colTokens.some((t) => t.endsWith(':')),
    name: g.name!,
    args: g.args!,
    closed: g.close !== undefined,
    ret: {
      // The errno column is 0 on success: the result is the value alone (`= 3662 0` → `3662`),
      // as strace prints it; a failure keeps its errno (`-1 Err#2`).
      text: g.errno === '0' ? retText : line.slice(line.lastIndexOf('=') + 1).trim(),
      value: hex ? Number.parseInt(retText.slice(2), 16) : Number.parseInt(retText, 10),
      hex,
      errno: Number.parseInt(g.errno!, 10),
      errPrefix: g.err !== undefined,
    },
  };
  if (g.pid !== undefined) call.pid = Number.parseInt(g.pid, 10);
  if (g.tid !== undefined) {
    call.tid = g.tid.startsWith('0x') ? Number.parseInt(g.tid.slice(2), 16) : Number.parseInt(g.tid, 10);
  }
  return call;
}

/** The line starts with a `PID/THRD:` field, so it was meant as a trace line. */
export function hasIdPrefix(line: string): boolean {
  return ID_PREFIX.test(line);
}

/** `name(...) = x` without dtruss's return pair: a trace line that lost part of itself. */
export function looksLikeCall(line: string): boolean {
  // `name(...)`, blanks, `=`, blanks, one token, read from the right: a pattern over the
  // whole line backtracked quadratically on long runs of blanks.
  const t = line.trimEnd();
  if (!CALL_NAME_OPEN.test(t)) return false;
  let run = t.length;
  while (run > 0 && !isSpaceChar(t[run - 1])) run--;
  let p = run;
  while (p > 0 && isSpaceChar(t[p - 1])) p--;
  /** The last non-blank character before position i. */
  const closesAt = (i: number): boolean => {
    let k = i;
    while (k > 0 && isSpaceChar(t[k - 1])) k--;
    return t[k - 1] === ')';
  };
  // `) = token`: the `=` stands alone before the last token.
  if (p < run && t[p - 1] === '=' && closesAt(p - 1)) return true;
  // `)=token`, `) =token`: the `=` opens the last run (or sits in it), right after the `)`.
  for (let q = t.indexOf('=', run); q >= 0 && q < t.length - 1; q = t.indexOf('=', q + 1)) {
    if (q === run ? closesAt(q) : t[q - 1] === ')') return true;
  }
  return false;
}

export function matchDtrace(line: string): DtraceMessage | null {
  const m = DTRACE.exec(line);
  if (!m?.groups) return null;
  const message = m.groups.msg!;
  const kind = DTRACE_KINDS.find(([, re]) => re.test(message))?.[0] ?? 'other';
  return { kind, message };
}

export function isProbeDumpEnd(line: string): boolean {
  return PROBE_DUMP_END.test(line);
}

export function isCountHeader(line: string): boolean {
  return COUNT_HEADER.test(line);
}

export function matchCountRow(line: string): { name: string; count: number } | null {
  const m = COUNT_ROW.exec(line);
  if (!m?.groups) return null;
  return { name: m.groups.name!, count: Number.parseInt(m.groups.count!, 10) };
}

/** The frame of an indented -s stack line (trimmed), or null. */
export function matchFrame(line: string): string | null {
  if (!SPACE.test(line.charAt(0))) return null;
  const frame = line.trim();
  // A frame is one line: the `.` of the shapes above stops at a line break.
  if (frame === '' || lastLineBreak(frame) >= 0) return null;
  if (HEX_FRAME.test(frame) || (frame.length >= 4 && frame.startsWith('[ ') && frame.endsWith(' ]'))) return frame;
  // ``module`symbol``: a backquote inside the first word, not at its edges.
  const space = frame.search(SPACE);
  const word = space < 0 ? frame.length : space;
  const tick = frame.indexOf('`', 1);
  return tick > 0 && tick < word - 1 ? frame : null;
}
