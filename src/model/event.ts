// Events: what happened, once halves are stitched and times normalised.
// Renderers and analysis read only these (plus the records they point back to).

import type { Return, TraceFormat, OsName } from './record.js';

export interface EventBase {
  /** First line number the event came from. */
  line: number;
  /** Every line it came from (both halves of a stitched call, its stack/dump lines). */
  lines: number[];
  /** Source file when several files are read. */
  file?: string;
  /** Sequence number in the stream, from 0. */
  seq: number;
  pid?: number;
  tid?: number;
  comm?: string;
  /** Seconds: epoch seconds for -ttt, seconds since the first midnight for -t/-tt (day rollover added). */
  time?: number;
  timeText?: string;
  relative?: number;
}

export type CallStatus =
  /** entry and exit both seen */
  | 'complete'
  /** entry seen, the trace ended (or the process died) before the exit */
  | 'unfinished'
  /** exit half seen without its entry (trace started mid-call) */
  | 'orphan-resumed'
  /** the tracer detached mid-call */
  | 'detached'
  /** the call never returned: `= ?` after `<unfinished ...>` (killed, exit) */
  | 'interrupted';

export interface SyscallEvent extends EventBase {
  type: 'syscall';
  syscall: string;
  /** Full argument text, both halves joined. Parse with `parseArgs` when needed. */
  args: string;
  ret?: Return;
  duration?: number;
  /** Time of the exit half's line (same clock as `time`), when the call was split (`<unfinished ...>` … `resumed>`). */
  endTime?: number;
  status: CallStatus;
  nr?: number;
  ip?: string;
  /** -k / -s stack frames printed after the call. */
  stack?: string[];
  /** -e read=/write= hex dump lines printed after the call. */
  dump?: string[];
  /** Format-specific extras (dtruss vtime/cpu columns). */
  extra?: Record<string, number | string>;
}

export interface SignalEvent extends EventBase {
  type: 'signal';
  signal: string;
  info?: string;
  stopped?: boolean;
}

export interface ExitEvent extends EventBase {
  type: 'exit';
  code?: number;
  signal?: string;
  core?: boolean;
  supersededBy?: number;
}

export interface TracerEvent extends EventBase {
  type: 'attach' | 'detach' | 'tracer';
  message: string;
  source?: string;
  target?: number;
  threads?: number;
}

export interface OutputEvent extends EventBase {
  type: 'output';
  text: string;
}

export interface SummaryEvent extends EventBase {
  type: 'summary';
  part: 'title' | 'header' | 'rule' | 'row' | 'total';
  text: string;
  syscall?: string;
  calls?: number;
  errors?: number;
  seconds?: number;
  percent?: number;
  usecsPerCall?: number;
}

export interface UnparsedEvent extends EventBase {
  type: 'unparsed';
  text: string;
  reason: string;
}

export type TraceEvent =
  | SyscallEvent
  | SignalEvent
  | ExitEvent
  | TracerEvent
  | OutputEvent
  | SummaryEvent
  | UnparsedEvent;

/** How times in a trace are to be read. */
export type Clock = 'epoch' | 'wall' | 'relative' | 'none';

/** Counts that every output carries. */
export interface Stats {
  format: TraceFormat;
  os: OsName;
  files: string[];
  lines: number;
  events: number;
  unparsed: number;
  records: Record<string, number>;
  clock: Clock;
  /** Calls whose exit half never arrived, and exit halves without an entry. */
  unfinished: number;
  orphanResumed: number;
  /** Reading stopped early (Ctrl-C): the counts cover what was read. */
  interrupted?: boolean;
  /** Inputs that ended early (a gzip stream cut short or corrupt): the counts cover what was read. */
  damaged?: InputDamage[];
}

/** An input whose bytes ended early, after `lines` lines were read from it. */
export interface InputDamage {
  /** The input's name (`-` for stdin). */
  file: string;
  /** `truncated`: cut short (a capture still being written); `corrupt`: damaged in the middle. */
  kind: 'truncated' | 'corrupt';
  /** One line naming the input and what happened. */
  message: string;
  lines: number;
}
