// Records: one per input line, whatever the format. Nothing here knows a grammar;
// grammars and adapters build these, later stages only read them.

export type TraceFormat = 'strace' | 'dtruss' | 'nanos';
export type OsName = 'linux' | 'darwin';

/** Where a line came from. `file` is set when several files are read. */
export interface Origin {
  line: number;
  file?: string;
}

/**
 * The part of an event line before its body: who and when.
 * strace: `PID `, `[pid N]`, `N<comm>`, timestamps, `[ nr]`, `[ip]`.
 * dtruss: `PID/0xTHRD:` and the RELATIVE/ELAPSD/CPU columns.
 * Nanos: `[tid]` or `[thread-name]`.
 */
export interface Leader {
  /** Process id as the tracer labels it (strace labels threads by tid here). */
  pid?: number;
  /** Thread id when the format shows it beside the pid (dtruss THRD, Nanos tid). */
  tid?: number;
  /** strace -Y comm, or a Nanos thread name. */
  comm?: string;
  /** Timestamp text exactly as printed (`10:14:32.543180`, `1795428872.591982`). */
  timeText?: string;
  /** -r / --relative-timestamps delta in seconds. */
  relative?: number;
  /** -n syscall number. */
  nr?: number;
  /** -i instruction pointer text (`00007f1c69cfa011`, `????????????????`). */
  ip?: string;
  /** dtruss RELATIVE column: the thread's on-CPU clock, microseconds. */
  vtimeUs?: number;
  /** dtruss CPU column: on-CPU time in the call, microseconds. */
  cpuUs?: number;
}

/** What a call returned, as printed. Numbers are decoded later; nothing is looked up here. */
export interface Return {
  /** Text after `= ` up to the duration, exactly as printed. */
  text: string;
  /** Numeric value; null for `?` (no return). */
  value: number | null;
  /** Printed in hex (`0x7faae1882000`). */
  hex?: boolean;
  /** `<...>` after the number: fd path (-y/-yy) or comm (-Y). */
  decoration?: string;
  /** Error name as printed (`ENOENT`, `ERESTARTSYS`); Nanos `-ENOENT` without the dash. */
  errno?: string;
  /** Error number when the format prints one (dtruss `Err#2`, Nanos `-111`, strace `(errno 520)`). */
  errnoNumber?: number;
  /** strace's message in parentheses after the errno. */
  message?: string;
  /** Other parenthesised notes: `flags O_RDWR`, `Timeout`, `in [5]`, `INJECTED`, `DELAYED`. */
  notes?: string[];
}

interface RecordBase extends Origin {
  /** The input line exactly as read (without the line terminator). */
  text: string;
}

/** A syscall line: complete, entry half, or exit half. */
export interface CallRecord extends RecordBase, Leader {
  kind: 'syscall' | 'unfinished' | 'resumed';
  /** Syscall name (`openat`, `syscall_0x1f4`, `open_nocancel`). */
  name: string;
  /**
   * Argument text of this line: between `(` and `)` for a complete call; up to
   * ` <unfinished ...>` for an entry half; after `<... name resumed>` for an exit half.
   */
  args: string;
  ret?: Return;
  /** -T / dtruss ELAPSD, in seconds; undefined for `<unavailable>`. */
  duration?: number;
  /** `-T` printed `<unavailable>`. */
  durationUnavailable?: boolean;
  /** The line ended in ` <detached ...>`: the tracer let go mid-call. */
  detached?: boolean;
  /** A resumed half that is itself `<unfinished ...>) = ?`, or a complete line `... <unfinished ...>) = ?`: the call never returned. */
  interrupted?: boolean;
  /** A tracer message spliced into the line (`...SIGCHLDstrace: Process 13759 attached`). */
  spliced?: TracerRecord;
  /** This line continues a spliced line above it (no leader of its own). */
  continuation?: boolean;
  /** The input ended in the middle of this line (a trace copied while the tracer was writing). */
  cut?: boolean;
  /**
   * The traced program's own output glued to the end of the line (`strace -o /dev/stdout cmd |`:
   * `write(1, "hi\n", 3hi`); the rest of the call follows on the next line.
   */
  outputSuffix?: string;
  /** Printed by the tracer, not by a real call (dtruss -f prints `fork() = 0 0` at each new thread's first call). */
  synthetic?: boolean;
  /** Program output written without a newline just before this record, on the same line (Nanos). */
  outputPrefix?: string;
}

/** `--- SIGCHLD {...} ---` or `--- stopped by SIGSTOP ---`. */
export interface SignalRecord extends RecordBase, Leader {
  kind: 'signal';
  signal: string;
  /** siginfo text between the braces, raw. */
  info?: string;
  stopped?: boolean;
}

/** `+++ exited with 1 +++`, `+++ killed by SIGKILL (core dumped) +++`, `+++ superseded by execve in pid N +++`. */
export interface ExitRecord extends RecordBase, Leader {
  kind: 'exit';
  code?: number;
  signal?: string;
  core?: boolean;
  supersededBy?: number;
}

/** A line from the tracer itself (strace:/dtrace: messages, notices, personality, tips box). */
export interface TracerRecord extends RecordBase {
  kind: 'tracer' | 'attach' | 'detach';
  /** Message text without the `strace: ` style prefix. */
  message: string;
  /** Program that printed it (`strace`, `dtrace`, `ops`, `nanos`). */
  source?: string;
  /** attach/detach: the process concerned. */
  target?: number;
  /** `attached with 4 threads`. */
  threads?: number;
  /** Program output written without a newline just before this message, on the same line (Nanos). */
  outputPrefix?: string;
}

/** ` > /lib/libc.so.6(__connect+0x10) [0x10a7c0]` (strace -k) or a dtruss -s frame. */
export interface StackRecord extends RecordBase {
  kind: 'stack';
  frame: string;
}

/** ` | 00000  68 65 ...  hello |` (strace -e read=/write=). */
export interface DumpRecord extends RecordBase {
  kind: 'dump';
  offset: number;
  hex: string;
  ascii: string;
}

/** A row of a summary table (strace -c/-C, dtruss -c, Nanos syscall_summary). */
export interface SummaryRecord extends RecordBase {
  kind: 'summary';
  part: 'title' | 'header' | 'rule' | 'row' | 'total';
  syscall?: string;
  calls?: number;
  errors?: number;
  seconds?: number;
  percent?: number;
  usecsPerCall?: number;
}

/** The traced program's own output, or any other text that is not the tracer's. */
export interface OutputRecord extends RecordBase {
  kind: 'output';
}

export interface BlankRecord extends RecordBase {
  kind: 'blank';
}

/** A line that looked like it should be trace but could not be read. Kept, counted, shown. */
export interface UnparsedRecord extends RecordBase {
  kind: 'unparsed';
  reason: string;
}

export type TraceRecord =
  | CallRecord
  | SignalRecord
  | ExitRecord
  | TracerRecord
  | StackRecord
  | DumpRecord
  | SummaryRecord
  | OutputRecord
  | BlankRecord
  | UnparsedRecord;

export type RecordKind = TraceRecord['kind'];
