// Line shapes of a Nanos console stream under `ops run --trace` / `ops pkg load --trace`.
// Reference: ../shared/formats/nanos-ops-trace.md. Two syscall formats share the stream:
// Format A (the strace klib, nanos ≥ 0.1.51: `[2] openat(...) = -ENOENT`) and Format B
// (the kernel's thread_log: `1 openat` … `1 direct return: -2, rsp 0x7fc47188`), plus kernel,
// ops and qemu lines and the program's own output, which may have a record glued to its end.
// Each function reads one line on its own; pairing Format B entries with their returns
// and telling a kernel line from program output by the threads already seen is the
// reader's job (src/parse/nanos.ts). Nothing is looked up here.

import { lastLineBreak } from '../src/text/line-break.js';

/** A Format A return as printed. */
export interface NanosRv {
  text: string;
  /** `?`: the call finished without a thread (`[64] exit(0) = ?`). */
  none: boolean;
  /** `-ENOENT` → `ENOENT`. */
  errnoName?: string;
  /** Decimal or hex value when a number was printed (`-111`, `832`, `0x7b6000`). */
  value?: number;
  hex: boolean;
}

/** Format A: one strace-klib record, possibly glued to program output before it. */
export type NanosRecordA =
  | { type: 'call'; label: string; name: string; args: string; rv: NanosRv; prefix: string }
  | { type: 'unfinished'; label: string; name: string; args: string; prefix: string }
  | { type: 'resumed'; label: string; name: string; args: string; rv: NanosRv; prefix: string };

/** Format B: a thread_log line `<indent><tid> [<name>] <rest>`. */
export interface NanosLineB {
  tid: number;
  threadName?: string;
  /** Program output this line was glued to (only for the shapes that are found mid-line). */
  prefix: string;
  body:
    | { type: 'entry'; name: string }
    | { type: 'return'; value: number; text: string }
    | { type: 'nosyscall'; name: string }
    | { type: 'detail'; text: string };
}

export interface NanosSummaryRow {
  percent: number;
  seconds: number;
  usecsPerCall?: number;
  calls: number;
  errors?: number;
  syscall: string;
}

// ANSI SGR sequences: ops colours its own messages. Example: `\x1b[31mexit status 1\x1b[0m`.
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;

// Return of a Format A record: `-ENOENT`, `-111`, `832`, `0x7b6000` (brk/mmap/mremap), `?`.
const RV = String.raw`-?E[A-Z0-9]+|-?\d+|0x[0-9a-fA-F]+|\?`;

// The label is a tid or a thread name (prctl PR_SET_NAME, at most 16 bytes); the bound
// also keeps the search for a glued record linear on lines full of `[`.
// Where a record can start inside a line, `[label] name(` or `[label] <... `, is found by
// position (findOpening): as a global regex the checker rated it quadratic on runs of `[`.
const MAX_LABEL = 16;

// Complete record: [label] name(args) = rv
// Example: `[2] openat(-100, "/etc/ld.so.cache", 0x80000, 0x0) = -ENOENT`
// The greedy args take everything up to the last `) = `, since strings are printed unescaped.
const A_CALL = new RegExp(String.raw`^\[(?<label>[^\]\n]{1,16})\] (?<name>[A-Za-z_][A-Za-z0-9_]*)\((?<args>.*)\) = (?<rv>${RV})\s*$`);

// Entry half of a blocking call: [label] name(args <unfinished ...>
// Example: `[2] read(3, 0x00000000ffe6bea8, 832 <unfinished ...>`, `[2] connect( <unfinished ...>`
// Matched as its opening; the args are what lies between it and the ending (by position).
const A_UNFINISHED_OPENING = /^\[(?<label>[^\]\n]{1,16})\] (?<name>[A-Za-z_][A-Za-z0-9_]*)\(/;
const UNFINISHED = '<unfinished ...>';

// Exit half: [label] <... name resumed>args) = rv
// Example: `[2] <... read resumed>) = 832`, `[2] <... clock_nanosleep resumed> NULL) = 0`
const A_RESUMED = new RegExp(String.raw`^\[(?<label>[^\]\n]{1,16})\] <\.\.\. (?<name>[A-Za-z_][A-Za-z0-9_]*) resumed>(?<args>.*)\) = (?<rv>${RV})\s*$`);

// How every Format A record ends: `) = rv` or ` <unfinished ...>`.
const A_END = new RegExp(String.raw`(?:\) = (?:${RV})|<unfinished \.\.\.>)\s*$`);

// What a Format A record starts with, to call a line that fails the shapes above unparsed.
// Shape: a record cut off mid-line, e.g. `[2] write(1, 0x…, 25` with nothing after it.
const A_START = /^\[[^\]\n]{1,16}\] (?:<\.\.\. [A-Za-z_]\w* resumed>|[A-Za-z_]\w*\()/;

// A finished call that lost its thread: the buffered entry was already flushed as
// `<unfinished ...>`, so only this is printed. Shape: `) = ?`
const A_LOST = /^\) = \?\s*$/;

// Format B prefix: <indent><tid> [<thread name>] <rest>. Indent is (tid-1)*4 spaces today,
// (tid-1)*8 before 2019-04, one space in some 2018 pastes.
// Example: `    2 thread_wakeup: 2->2 blocked_on sock transmit, RIP=0x43a8c0`
const B_LINE = /^\s*(?<tid>\d+) (?:\[(?<tname>[^\]]*)\] )?(?<rest>.*)$/;

// Format B glued to output: only the shapes that are unmistakable mid-line.
// Example: `Hello, world        2 direct return: 12, rsp 0x70020fd300`
// Example: `read program complete: 0xffff818000000000 gitversion: b6cd… 1 run thread, cpu 0, …`
// Found by position (gluedLineB): `^(?<pre>.*?\S)\s+(?<tid>\d+) (?<rest>(?:direct return: |…).*)$`
// rescanned the line from every start on a line of repeated shapes.
const GLUED_WORDS = /direct return: |run thread, |nosyscall /g;

// `direct return: %ld, rsp 0x%lx` (since 0.1.12); `direct return: %d` (early 2019).
// Example: `1 direct return: -2, rsp 0x7fc47188`
const B_RETURN = /^direct return: (?<rv>-?\d+)(?:, rsp 0x[0-9a-fA-F]+)?\s*$/;

// `nosyscall %s`: no handler, no return line follows. Example: `3 nosyscall recvmsg`
// (2018–Jan 2019 printed it without the tid: `nosyscall set_robust_list`).
const B_NOSYSCALL = /^nosyscall (?<name>\S+)\s*$/;

// `syscall %d` / `invalid syscall %d`: an entry with no name in the kernel's table.
const B_SYSCALL_NR = /^(?:invalid )?syscall (?<nr>\d+)\s*$/;

// The 2019 scheduler's line when a thread blocks. Example: `1 sleep`
const B_SCHED_SLEEP = /^sleep\s*$/;

// Syscall entry: the bare name. Example: `1 openat`
const B_ENTRY = /^(?<name>[a-z_][a-z0-9_]*)\s*$/;

// Kernel detail lines whose shape alone says they are thread_log output (for a tid not
// seen before). Examples: `1    fd 3: file-backed (regular)`, `1 run thread, cpu 0, …`,
// `1 clone: flags 1200011, …`, `1 "/etc/nsswitch.conf" - not found`, `1 sleep uninterruptible`.
const B_DETAIL =
  /^(?:\s+\S|run (?:thread|frame)[, ]|page fault|no vmap found|delivering |signal \d+ received|sleep\b|wakeup |"[^"]*" - not found|[a-z_][a-z0-9_]*: )/;

// Kernel log line with the boot-time stamp (≥ 0.1.53), or a NET debug-build line.
// Example: `[0.426706] en1: assigned 10.0.2.15`, `[1592884962.364664]  NET: socket: new tcp fd 18, …`
const KERNEL_STAMPED = /^\[\d+\.\d{6}\]\s/;

// Kernel console lines without a stamp (older kernels, crash reports).
// Examples: `en1: assigned 10.0.2.15`, `NET: starting DHCP for interface en1`,
// `netsock_getsockopt error: getsockopt unimplemented optname: fd 3, level 6, optname 2`,
// `open_internal error: "/etc/ld.so.cache" - not found`, `signal 11 received by tid 1, errno 0, code 1`,
// `*** signal 11 received by tid 2, errno 0, code 1`, `read program complete: 0xffff818000000000 …`.
const KERNEL_PLAIN =
  /^(?:en\d+: assigned |assigned: |NET: |read program complete: |netsock_\w+ error: |open_internal error: |(?:\*\*\* )?signal \d+ received by tid |Process abort: )/;

// ops's own messages. Examples: `running local instance`, `booting /home/lop/.ops/images/java ...`,
// `exit status 255`, `You specified hardware acceleration, but it is not supported`.
const OPS = /^(?:running local instance|booting \S.* \.\.\.|exit status -?\d+|You specified hardware acceleration|Are you running inside a vm\?)/;

// qemu's messages. Example: `qemu-system-x86_64: terminating on signal 2`
const QEMU = /^qemu-system-[\w-]+: /;

// --missing-files: `missing_files_begin`, one path per line, `missing_files_end`.
const MISSING_BEGIN = /^missing_files_begin\s*$/;
const MISSING_END = /^missing_files_end\s*$/;

// syscall_summary header: `HDR_FMT "%6s %12s %12s %12s %12s %-18s"`.
// Example: `% time      seconds   usecs/call        calls       errors syscall           `
const SUMMARY_HEADER = /^\s*% time\s+seconds\s+usecs\/call\s+calls\s+errors\s+syscall\s*$/;
// The header with the exact spacing of HDR_FMT, which strace -c does not share
// (strace: `% time     seconds  usecs/call     calls    errors syscall`).
const SUMMARY_HEADER_EXACT = /^% time {6}seconds {3}usecs\/call {8}calls {7}errors syscall\s*$/;
// Separator: `------ ------------ …` (the published doc sample is shorter than the macro's).
// strace -c's is `------ ----------- …` (11 dashes), so the 12 tell them apart.
const SUMMARY_RULE_EXACT = /^-{6} -{12}(?: |$)/;
const SUMMARY_RULE = /^-{6} -+/;
// Row: `DATA_FMT "%6s %12s %12d %12d %12.0d %-18s"`; a zero printed with `%12.0d` is blank.
// Example: ` 48.53     0.000644          215            3              brk`
// Read token by token (isSummaryRow): `[\d\s]*\S+` backtracked quadratically on a long digit run.
const DECIMAL = /^\d+\.\d+$/;
const DIGITS = /^\d+$/;

/** Two decimals, then number columns, then the syscall's name: the shape of DATA_FMT's row. */
function isSummaryRow(line: string): boolean {
  const t = line.trim().split(/\s+/);
  if (t.length < 3 || !DECIMAL.test(t[0]!) || !DECIMAL.test(t[1]!)) return false;
  for (let i = 2; i < t.length - 1; i++) if (!DIGITS.test(t[i]!)) return false;
  return true;
}

export function stripAnsi(line: string): string {
  return line.replace(ANSI, '');
}

function parseRv(text: string): NanosRv {
  if (text === '?') return { text, none: true, hex: false };
  if (text.startsWith('-E')) return { text, none: false, errnoName: text.slice(1), hex: false };
  if (text.startsWith('0x')) return { text, none: false, value: Number.parseInt(text.slice(2), 16), hex: true };
  return { text, none: false, value: Number.parseInt(text, 10), hex: false };
}

const SPACE = /\s/;

function isIdentifierStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isIdentifierPart(c: number): boolean {
  return isIdentifierStart(c) || (c >= 48 && c <= 57);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Index of the `]` that closes a label of 1–16 characters opened at `open`, or -1. */
function labelEnd(line: string, open: number): number {
  for (let j = open + 1; j < line.length && j <= open + MAX_LABEL + 1; j++) {
    const c = line.charCodeAt(j);
    if (c === 93 /* ] */) return j > open + 1 ? j : -1;
    if (c === 10) return -1;
  }
  return -1;
}

interface Opening {
  index: number;
  /** Just after its `(` or `<... `. */
  end: number;
  resumed: boolean;
}

/** The first `[label] name(` or `[label] <... ` at or after `from`. */
function findOpening(line: string, from: number): Opening | null {
  for (let i = line.indexOf('[', from); i >= 0; i = line.indexOf('[', i + 1)) {
    const close = labelEnd(line, i);
    if (close < 0 || line.charCodeAt(close + 1) !== 32) continue;
    if (line.startsWith('<... ', close + 2)) return { index: i, end: close + 7, resumed: true };
    let k = close + 2;
    if (!isIdentifierStart(line.charCodeAt(k))) continue;
    while (isIdentifierPart(line.charCodeAt(k))) k++;
    if (line.charCodeAt(k) === 40 /* ( */) return { index: i, end: k + 1, resumed: false };
  }
  return null;
}

/** `[label] name(args <unfinished ...>`: the opening matched, the args taken up to the ending. */
function matchUnfinished(s: string): { label: string; name: string; args: string } | null {
  const m = A_UNFINISHED_OPENING.exec(s);
  const body = s.trimEnd();
  if (!m?.groups || !body.endsWith(UNFINISHED)) return null;
  let args = body.slice(m[0].length, body.length - UNFINISHED.length);
  if (args.endsWith(' ')) args = args.slice(0, -1);
  if (lastLineBreak(args) >= 0) return null;
  return { label: m.groups.label!, name: m.groups.name!, args };
}

function matchRecordAt(s: string, prefix: string): NanosRecordA | null {
  let m = A_CALL.exec(s);
  if (m?.groups) {
    const g = m.groups;
    return { type: 'call', label: g.label!, name: g.name!, args: g.args!, rv: parseRv(g.rv!), prefix };
  }
  m = A_RESUMED.exec(s);
  if (m?.groups) {
    const g = m.groups;
    return { type: 'resumed', label: g.label!, name: g.name!, args: g.args!, rv: parseRv(g.rv!), prefix };
  }
  const u = matchUnfinished(s);
  return u ? { type: 'unfinished', ...u, prefix } : null;
}

/**
 * A Format A record at the start of the line or, when the program wrote without a
 * newline, at the first `[` after its output: `listening on 0.0.0.0:8080[2] write(1, …) = 25`.
 */
export function matchRecordA(line: string): NanosRecordA | null {
  // Every record ends the line with a return or `<unfinished ...>`; checking that first keeps
  // lines of program output with many `[x] y(` cheap.
  if (!A_END.test(line)) return null;
  // A record's args run to the line's end, so an opening before a line break (where `.` stops)
  // cannot start one, nor can a resumed half when the line ends `<unfinished ...>`: those are
  // passed over without rescanning the rest of the line (linear on lines of many openings).
  const body = line.trimEnd();
  const lastBreak = lastLineBreak(body);
  const unfinished = body.endsWith(UNFINISHED);
  for (let o = findOpening(line, 0); o; o = findOpening(line, o.end)) {
    if (o.end <= lastBreak || (unfinished && o.resumed)) continue;
    const rec = matchRecordAt(line.slice(o.index), line.slice(0, o.index));
    if (rec) return rec;
  }
  return null;
}

/** Starts like a Format A record but is not one (cut off, mangled). */
export function looksLikeRecordA(line: string): boolean {
  return A_START.test(line);
}

export function isLostReturn(line: string): boolean {
  return A_LOST.test(line);
}

function bodyB(rest: string): NanosLineB['body'] {
  let m = B_RETURN.exec(rest);
  if (m?.groups) return { type: 'return', value: Number.parseInt(m.groups.rv!, 10), text: m.groups.rv! };
  m = B_NOSYSCALL.exec(rest);
  if (m?.groups) return { type: 'nosyscall', name: m.groups.name! };
  m = B_SYSCALL_NR.exec(rest);
  if (m?.groups) return { type: 'entry', name: `syscall_${m.groups.nr!}` };
  // The 2019 scheduler's bare `sleep` (nanos-ops-trace.md §3.3) looks like an entry; there is no such syscall.
  if (B_SCHED_SLEEP.test(rest)) return { type: 'detail', text: rest };
  m = B_ENTRY.exec(rest);
  if (m?.groups) return { type: 'entry', name: m.groups.name! };
  return { type: 'detail', text: rest };
}

/**
 * Output, blanks, a tid and one of GLUED_WORDS with the rest of the line: the first place
 * where that holds (the output shortest), found from each word back over the tid and blanks.
 */
function gluedLineB(line: string): { pre: string; tid: string; rest: string } | null {
  const lastBreak = lastLineBreak(line);
  for (const w of line.matchAll(GLUED_WORDS)) {
    const at = w.index;
    if (at <= lastBreak || line.charCodeAt(at - 1) !== 32) continue;
    let d = at - 1;
    while (d > 0 && isDigit(line.charCodeAt(d - 1))) d--;
    let b = d;
    while (b > 0 && SPACE.test(line.charAt(b - 1))) b--;
    if (d === at - 1 || b === d || b === 0) continue;
    const pre = line.slice(0, b);
    // The output is one line; a later word would only make it longer.
    if (lastLineBreak(pre) >= 0) return null;
    return { pre, tid: line.slice(d, at - 1), rest: line.slice(at) };
  }
  return null;
}

/** A Format B line at the start, or one of its unmistakable shapes glued after output. */
export function matchLineB(line: string): NanosLineB | null {
  const g: { tid?: string; tname?: string; rest?: string; pre?: string } | undefined = B_LINE.exec(line)?.groups ?? gluedLineB(line) ?? undefined;
  if (!g) return null;
  const out: NanosLineB = { tid: Number.parseInt(g.tid!, 10), prefix: g.pre ?? '', body: bodyB(g.rest!) };
  if (g.tname !== undefined) out.threadName = g.tname;
  return out;
}

// `run thread, cpu 0, frame 0x…, pc 0x…, sp 0x…, rv 0x340`: the thread runs again, and `rv` is
// the result of the call it blocked in, in two's complement (`0xfffffffffffffffe` is -2).
const RUN_THREAD_RV = /^run thread, .*, rv 0x([0-9a-f]+)$/;

/** The `rv` of a `run thread` line (text after the tid), as printed and as a signed value. */
export function runThreadResult(text: string): { text: string; value: number } | undefined {
  const m = RUN_THREAD_RV.exec(text);
  return m ? { text: '0x' + m[1]!, value: Number(BigInt.asIntN(64, BigInt('0x' + m[1]!))) } : undefined;
}

/** `1 run thread, …`-like text after the tid: kernel output even from a thread not seen yet. */
export function isKnownDetail(text: string): boolean {
  return B_DETAIL.test(text);
}

/** A `nosyscall name` line printed without a tid (2018–Jan 2019). */
export function matchBareNosyscall(line: string): string | null {
  const m = B_NOSYSCALL.exec(line.trim());
  return m?.groups ? m.groups.name! : null;
}

export type NanosNoise = { source: 'nanos' | 'ops' | 'qemu' };

/** A kernel, ops or qemu line that is not a syscall record. */
export function matchNoise(line: string): NanosNoise | null {
  if (KERNEL_STAMPED.test(line) || KERNEL_PLAIN.test(line)) return { source: 'nanos' };
  if (OPS.test(line)) return { source: 'ops' };
  if (QEMU.test(line)) return { source: 'qemu' };
  return null;
}

export function isMissingFilesBegin(line: string): boolean {
  return MISSING_BEGIN.test(line);
}

export function isMissingFilesEnd(line: string): boolean {
  return MISSING_END.test(line);
}

export function isSummaryHeader(line: string): boolean {
  return SUMMARY_HEADER.test(line);
}

/** Header or separator spaced exactly as Nanos prints them (not as strace -c does). */
export function isNanosSummaryLine(line: string): boolean {
  return SUMMARY_HEADER_EXACT.test(line) || SUMMARY_RULE_EXACT.test(line);
}

export function isSummaryRule(line: string): boolean {
  return SUMMARY_RULE.test(line);
}

/**
 * A summary row. Blank `%12.0d` fields make the columns ambiguous by token count
 * (`100.00     0.001327                        35            9 total`), so each number
 * is assigned to the field whose right edge it ends on (fields end at 6, 19, 32, 45, 58).
 */
export function matchSummaryRow(line: string): NanosSummaryRow | null {
  if (!isSummaryRow(line)) return null;
  const tokens = [...line.matchAll(/\S+/g)];
  const name = tokens.pop();
  if (!name || tokens.length < 3) return null;
  const fieldEnds = [6, 19, 32, 45, 58];
  const fields: Array<number | undefined> = [];
  for (const t of tokens) {
    const end = t.index + t[0].length;
    // The nearest field edge at or after the token's end.
    let idx = fieldEnds.findIndex((e) => end <= e);
    if (idx < 0) idx = fieldEnds.length - 1;
    if (fields[idx] !== undefined) return null;
    fields[idx] = Number(t[0]);
  }
  const [percent, seconds, usecs, calls, errors] = fields;
  if (percent === undefined || seconds === undefined || calls === undefined) return null;
  const row: NanosSummaryRow = { percent, seconds, calls, syscall: name[0] };
  if (usecs !== undefined) row.usecsPerCall = usecs;
  if (errors !== undefined) row.errors = errors;
  return row;
}

// Detail lines that name the path a pending call looked up (Format B, nanos-ops-trace.md §3.4).
// Examples: `1 "/etc/nsswitch.conf" - not found`, `1 open: "/etc/group", flags 80000, mode 1b6`,
// `open_internal error: "/etc/ld.so.cache" - not found` (early 2019, no tid).
const DETAIL_PATH = /^(?:open_internal error: |[a-z_][a-z0-9_]*: )?"(?<path>[^"\n]*)"(?: - not found|, )/;

/** The path a kernel detail line names for the call it belongs to (text after the tid), if any. */
export function detailPath(text: string): string | undefined {
  return DETAIL_PATH.exec(text.trim())?.groups?.path;
}
