// strace lines that are not calls: strace's own messages (attach, detach, errors), -k stack
// frames, -e read=/write= hex dumps, and the -c summary table. Read by the same line reader as
// the calls (src/parse/strace.ts); split from strace-line.ts to keep each file small.
// Reference: ../shared/formats/strace.md (section numbers below refer to it).

// §12, §13.13 strace 7 `--color=always` wraps every token in SGR codes, also in -o files:
// `^[[33mopenat^[[0m(^[[35m^[[34mAT_FDCWD^[[35m^[[0m, ...`.
const SGR = /\x1b\[[0-9;]*m/g;

/**
 * The text of a line as the strace grammar reads it: without strace 7's colour codes and
 * without trailing blanks or `\r` (traces pasted from a terminal or a web page). The same
 * string comes back when there is nothing to take away. `trimEnd: false` keeps the blanks (a
 * line cut off mid-call ends where strace stopped writing, blanks included).
 */
export function plainLine(line: string, trimEnd = true): string {
  let plain = line.indexOf('\x1b[') < 0 ? line : line.replace(SGR, '');
  if (!trimEnd) return plain;
  let end = plain.length;
  for (let c = plain.charCodeAt(end - 1); c === 32 || c === 9 || c === 13; c = plain.charCodeAt(--end - 1));
  if (end < plain.length) plain = plain.slice(0, end);
  return plain;
}

// §5 strace's own messages: `strace: Process 13759 attached`, `other_versions/strace-7.2: Process 1 detached`
const TRACER_PROCESS = /^(\S+): Process (\d+) (attached|detached)(?: with (\d+) threads)?$/;
const TRACER_MESSAGE = /^((?:\S*\/)?strace[\w.-]*): (.*)$/;
// strace 4.x before the `strace: ` prefix (4.13): `Process 1234 attached - interrupt to quit` (-p), `Process 1235 attached` (-f).
const OLD_PROCESS = /^Process (\d+) (attached|detached)(?: - interrupt to quit)?$/;
// §4 `[ Process PID=23450 runs in 32 bit mode. ]`
const PERSONALITY = /^\[ Process PID=(\d+) runs in .* mode\. \]$/;

export interface TracerLine {
  kind: 'tracer' | 'attach' | 'detach';
  source: string;
  message: string;
  target?: number;
  threads?: number;
}

/** Reads a whole line that is a message from strace itself, or null. */
export function scanTracerLine(line: string): TracerLine | null {
  let m = TRACER_PROCESS.exec(line);
  if (m) {
    const t: TracerLine = { kind: m[3] === 'attached' ? 'attach' : 'detach', source: m[1]!, message: line.slice(m[1]!.length + 2), target: +m[2]! };
    if (m[4] !== undefined) t.threads = +m[4];
    return t;
  }
  if ((m = TRACER_MESSAGE.exec(line))) return { kind: 'tracer', source: m[1]!, message: m[2]! };
  if ((m = OLD_PROCESS.exec(line))) return { kind: m[2] === 'attached' ? 'attach' : 'detach', source: 'strace', message: line, target: +m[1]! };
  if ((m = PERSONALITY.exec(line))) return { kind: 'tracer', source: 'strace', message: line, target: +m[1]! };
  return null;
}

/** How many `strace` words in one line are tried as the start of a spliced message (keeps the scan linear). */
const SPLICE_TRIES = 4;

/**
 * Finds a message of strace's own spliced into a call line after `from` (the line has no end
 * of its own; the call goes on on a later line): `...SIGCHLDstrace: Process 13759 attached`,
 * strace -d's `read(3, strace: [wait(0x00857f) = 21154] WIFSTOPPED,sig=133`, and strace ≤ 4.10's
 * unprefixed `clone(Process 21925 attached`. Returns where it starts and what it says.
 */
export function scanSpliced(line: string, from = 0): { at: number; tracer: TracerLine } | null {
  let i = line.indexOf('strace', from);
  for (let tries = 0; i >= from && tries < SPLICE_TRIES; tries++, i = line.indexOf('strace', i + 6)) {
    // `other_versions/strace-7.2: ...`: the program name may carry its path.
    let at = i;
    if (line.charCodeAt(i - 1) === 47 /* / */) while (at > from && isPathChar(line.charCodeAt(at - 1))) at--;
    // A lone `/` is the end of the call's own text (`/* 39 vars */strace: ...`), not a path.
    if (at === i - 1) at = i;
    const tracer = scanTracerLine(line.slice(at));
    if (tracer) return { at, tracer };
  }
  // strace <= 4.10 (no prefix before 4.11) printed it even right after `clone(`: `clone(Process 21925 attached`.
  const p = line.lastIndexOf('Process ');
  if (p >= from) {
    const m = OLD_PROCESS.exec(line.slice(p));
    if (m) return { at: p, tracer: { kind: m[2] === 'attached' ? 'attach' : 'detach', source: 'strace', message: m[0], target: +m[1]! } };
  }
  return null;
}

/** `[\w.\-/]`: characters of a program path. */
function isPathChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45 || c === 47;
}

// §12 strace 4.5.x/4.6 (before 4.7): the siginfo without the name in front, then the description:
// `--- {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=1115, si_status=0, si_utime=0, si_stime=1} (Child exited) ---`
// (strace.c at v4.6: `tprintf("--- "); printsiginfo(&si, ...); tprintf(" (%s) ---", strsignal(...))`).
// Read by hand (oldSiginfoLine): a pattern with `(.*)\} \(` backtracks over every `} (` in the line.
const OLD_SIGNO = /si_signo=(SIG[A-Z0-9_+-]+|\d+)/y;

/** strace 4.6's `--- {si_signo=SIGCHLD, ...} (Child exited) ---`; the description may hold one `(...)`. */
export function scanOldSiginfoLine(line: string, at: number): { signal: string; info: string } | null {
  if (!line.startsWith('--- {', at) || !line.endsWith(') ---')) return null;
  OLD_SIGNO.lastIndex = at + 5;
  const m = OLD_SIGNO.exec(line);
  if (!m) return null;
  // The `(` opening the description: back from the last `)`, over at most one nested pair.
  let depth = 0;
  let k = line.length - 5;
  for (; k > at + 5; k--) {
    const c = line.charCodeAt(k);
    if (c === 41 /* ) */) depth++;
    else if (c === 40 /* ( */ && --depth === 0) break;
  }
  if (depth !== 0 || !line.startsWith('} ', k - 2)) return null;
  return { signal: m[1]!, info: line.slice(at + 5, k - 2) };
}

// §12 strace 4.6, a stop without siginfo (PTRACE_GETSIGINFO failed: a group-stop), the signal's
// description, then its name: `--- Stopped (signal) by SIGSTOP ---`, `--- Stopped by SIGTSTP ---`
// (strace.c at v4.6: `tprintf("--- %s by %s" PC_FORMAT_STR " ---", strsignal(sig), signame(sig), "")`;
// 4.7 made it `--- stopped by SIGSTOP ---`). Read by hand: the description may hold `(...)`.

/** strace 4.6's `--- Stopped (signal) by SIGSTOP ---`: a stop, its description kept as `info`. */
export function scanOldStoppedLine(line: string, at: number): { signal: string; info: string; stopped: true } | null {
  if (!line.startsWith('--- ', at) || !line.endsWith(' ---') || line.charCodeAt(at + 4) === 123 /* { */) return null;
  const by = line.lastIndexOf(' by ', line.length - 4);
  if (by <= at + 4) return null;
  const signal = line.slice(by + 4, line.length - 4);
  if (!SIGNAL_NAME.test(signal)) return null;
  return { signal, info: line.slice(at + 4, by), stopped: true };
}

/** `SIGSTOP`, `SIGRT_3`, or a number strace had no name for. */
const SIGNAL_NAME = /^(?:SIG[A-Z0-9_+-]+|\d+)$/;

// §8 -k: ` > /usr/lib/x86_64-linux-gnu/libc.so.6(__connect+0x10) [0x10a7c0]`
const STACK_FRAME = /^ > (.*)$/;
// §8 -e read=/write=: ` | 00000  68 65 6c 6c ...  hello.world "quo |`
// 16 bytes as `xx ` with an extra space after the eighth (49 columns), then 16 characters.
const DUMP_LINE = /^ \| ([0-9a-f]{5,8})  ([0-9a-f ]{49}) (.{16}) \|$/;

export function scanStackFrame(line: string): string | null {
  const m = STACK_FRAME.exec(line);
  return m ? m[1]! : null;
}

export function scanDump(line: string): { offset: number; hex: string; ascii: string } | null {
  const m = DUMP_LINE.exec(line);
  if (!m) return null;
  return { offset: parseInt(m[1]!, 16), hex: m[2]!.trim(), ascii: m[3]! };
}

// §9 summary tables (-c, -C, -w, -U)
const SUMMARY_RULE = /^-{6}(?: -+)+$/;
const SUMMARY_TITLE = /^System call usage summary for .*:$/;

export type SummaryLine =
  | { part: 'title' | 'rule' }
  | { part: 'header'; columns: string[] }
  | { part: 'row' | 'total'; values: Record<string, number>; syscall: string };

/**
 * Reads a summary-table line. `columns` is the header seen last (rows are read by it,
 * since -U reorders and adds columns).
 */
export function scanSummary(line: string, columns: string[] | undefined): SummaryLine | null {
  if (SUMMARY_RULE.test(line)) return { part: 'rule' };
  if (SUMMARY_TITLE.test(line)) return { part: 'title' };
  const trimmed = line.trim();
  if (trimmed.startsWith('% time') || (/\bcalls\b/.test(trimmed) && /\bsyscall$/.test(trimmed))) {
    return { part: 'header', columns: headerColumns(trimmed) };
  }
  if (!columns) return null;
  const cells = trimmed.split(/\s+/);
  const name = cells[cells.length - 1]!;
  if (!/^[A-Za-z_][\w]*$/.test(name)) return null;
  const numeric = cells.slice(0, -1);
  // `errors` is blank when 0, so a row may have one cell fewer than the header.
  if (numeric.length < columns.length - 2 || numeric.length > columns.length - 1) return null;
  if (!numeric.every((c) => /^\d+(?:\.\d+)?$/.test(c))) return null;
  const values: Record<string, number> = {};
  const names = columns.slice(0, -1).filter((c) => c !== 'errors' || numeric.length === columns.length - 1);
  names.forEach((c, k) => (values[c] = +numeric[k]!));
  return { part: name === 'total' ? 'total' : 'row', values, syscall: name };
}

function headerColumns(header: string): string[] {
  // `% time` and `usecs/call` are single columns with odd spellings.
  return header.replace('% time', 'percent').replace('usecs/call', 'usecs_per_call').split(/\s+/);
}
