// Types shared by the analyzer and its detectors.

import type {
  DecodedCall,
  FdEntry,
  Finding,
  OsName,
  ProcessInfo,
  SocketInfo,
  Stats,
  TraceEvent,
  TraceFormat,
} from '../model/index.js';
import type { CallView } from '../decode/call-view.js';
import type { ConnectAttempt, Proc, SockState, Touch, Tracker } from './state/index.js';

export type { ConnectAttempt } from './state/index.js';

/** One event with what it touched, as the state stood right after it. */
export interface AnalyzedEvent {
  event: TraceEvent;
  decoded?: DecodedCall;
  /** The fd the call worked on (for close: the entry it closed; for open/socket: the new one). */
  fd?: FdEntry;
  /** The socket behind `fd` (for accept: the listening socket; the new one is in `fds`). */
  socket?: SocketInfo;
  /** The process (or thread) that made the call. */
  process?: ProcessInfo;
  /** Every fd the call created (pipe and socketpair pairs, accept's new socket, dup targets). */
  fds?: FdEntry[];
  /** fds the call closed (close, dup2 over an open fd, CLOEXEC fds at execve). */
  closed?: FdEntry[];
  /** fork/clone: the new process or thread. */
  child?: ProcessInfo;
  /** An asynchronous connect this event started, advanced or settled. */
  connect?: ConnectAttempt;
  /** A failed path lookup that is an expected probe: its group (`dynamic loader library search`). */
  probe?: string;
}

export interface DetectorContext {
  os: OsName;
  format: TraceFormat;
  tracker: Tracker;
}

/** What a detector sees for each event. */
import type { PathFailure } from './observations.js';
import type { FailedCreation } from './chains.js';

export interface Observation {
  analyzed: AnalyzedEvent;
  /** For syscall events. */
  call?: CallView;
  touch?: Touch;
  proc?: Proc;
  sock?: SockState;
  /** A failed path lookup (ENOENT/ENOTDIR) of this call, worked out once for every detector. */
  pathFailure?: PathFailure;
  /** A server's HTTP answer this call writes, and the files it missed for the request (worked out once). */
  httpAnswer?: { status: number; missed: string[] };
  /** This call failed to create a path (mkdir EROFS, open O_CREAT ENOSPC): a root of later lookup failures. */
  failedCreation?: FailedCreation;
}

export interface DetectorRun {
  observe?(o: Observation): void;
  finish(stats: Stats): Finding[];
}

export interface Detector {
  /** Finding ids this detector can emit. */
  ids: readonly string[];
  create(ctx: DetectorContext): DetectorRun;
}
