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
  /** Input file the cited lines are in, when the trace was several files (`strace -ff`). */
  file?: string;
  /** The input files, in order of first citation, when the cited lines span several of them. */
  files?: string[];
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
  /** Thread ids seen in this process when the format shows them beside the pid (dtruss, Nanos). */
  tids?: number[];
  /** Last exit code from an exit/exit_group call, when no exit line was printed (dtruss, Nanos). */
  exitCall?: number;
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
  /** Its connect attempt failed or timed out: `peer` is where it tried to connect. */
  connectFailed?: boolean;
  /** Its non-blocking connect started and the trace never shows it complete (yet). */
  connecting?: boolean;
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

/** What kind of object an fd refers to. */
export type FdKind =
  | 'file'
  | 'directory'
  | 'device'
  | 'socket'
  | 'pipe'
  | 'eventfd'
  | 'epoll'
  | 'timerfd'
  | 'signalfd'
  | 'inotify'
  | 'fanotify'
  | 'memfd'
  | 'pidfd'
  | 'kqueue'
  | 'anon'
  | 'unknown';

/** One entry of a process's fd table, as analysis knows it at some point of the trace. */
export interface FdEntry {
  fd: number;
  kind: FdKind;
  /** Files, directories, devices, memfds (`/memfd:name`). */
  path?: string;
  /** `char 1:3` from a -yy device decoration. */
  device?: string;
  deleted?: boolean;
  /** SocketInfo.id of the socket it refers to. */
  socketId?: string;
  /** Pipe inode (-y) and which end, when known. */
  pipe?: { inode?: number; end?: 'read' | 'write' };
  /** anon_inode name (`eventfd`, `eventpoll`, ...). */
  anon?: string;
  /** pidfd target. */
  targetPid?: number;
  /** FD_CLOEXEC: closed by a successful execve. */
  cloexec?: boolean;
  /** Syscall that created it; `inherited` (fork), `decoration` (-y/-yy only), `use` (seen only in use). */
  origin: string;
  openedLine?: number;
  openedSeq?: number;
  /** Known only from a decoration or from being used: the trace did not show it being opened. */
  inferred?: boolean;
}
