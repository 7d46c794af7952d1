// What analysis knows at the end: processes, their fds and sockets, findings.

import type { Endpoint } from './decoded.js';
import type { Stats, TraceEvent } from './event.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable id: `connect-failed`, `missing-file`, ... */
  id: string;
  severity: Severity;
  title: string;
  explanation: string;
  hint?: string;
  pid?: number;
  /** Line numbers of the events the finding cites. */
  lines: number[];
  /** Event sequence numbers, for jumping in the UI. */
  events?: number[];
}

export interface ProcessInfo {
  pid: number;
  parent?: number;
  /** Threads share their leader's fd table; `leader` is the pid of the thread group. */
  leader?: number;
  isThread: boolean;
  /** argv of the last successful execve. */
  argv?: string[];
  exe?: string;
  execs: { line: number; path: string; ok: boolean }[];
  exitCode?: number;
  signal?: string;
  core?: boolean;
  firstLine: number;
  lastLine: number;
}

export interface SocketInfo {
  /** Stable id within the report (`s1`, `s2`). */
  id: string;
  family?: string;
  type?: string;
  protocol?: string;
  nonBlocking?: boolean;
  local?: Endpoint;
  peer?: Endpoint;
  listening?: boolean;
  /** pids that held it. */
  holders: number[];
  /** fds it was known by, per pid: `pid:fd`. */
  fds: string[];
  openedLine?: number;
  closedLine?: number;
  /** Line numbers of calls that used it. */
  lines: number[];
}

export interface Report {
  input: { files: string[]; format: string; os: string };
  stats: Stats;
  processes: ProcessInfo[];
  sockets: SocketInfo[];
  findings: Finding[];
  events: TraceEvent[];
}
