// What a sentence is built from: the analysed event, the analyzer's state, and the call's
// arguments by role. Shared by the sentence, placeholder and phrase modules.

import type { DecodedCall, Endpoint, FdEntry, SocketInfo, SyscallEvent, TraceEvent } from '../model/index.js';
import type { SyscallEntry } from '../knowledge/syscalls.js';
import { wellKnown } from '../knowledge/endpoints.js';
import type { CallView } from '../decode/call-view.js';
import type { ConnectAttempt } from '../analyze/index.js';
import type { ArgView } from './args.js';

/** What explain reads of an analysed event (the analyzer's AnalyzedEvent has at least this). */
export interface ExplainInput {
  event: TraceEvent;
  decoded?: DecodedCall;
  fd?: FdEntry;
  socket?: SocketInfo;
  /** The asynchronous connect this event started, advanced or settled. */
  connect?: ConnectAttempt;
  /** The expected-probe group of a failed lookup. */
  probe?: string;
}

/** What explain asks the analyzer about the state at this point of the trace. */
export interface ExplainState {
  fd?(pid: number | undefined, fd: number): FdEntry | undefined;
  /** The socket an fd refers to right now. */
  socketOf?(pid: number | undefined, fd: number): SocketInfo | undefined;
  /** Name of a well-known service for an endpoint ("PostgreSQL", "Redis", "systemd-resolved"). */
  wellKnown?(ep: Endpoint): unknown;
}

/** The parts of analysis's Analyzer that explain reads (so an Analyzer can be passed as is). */
export interface AnalyzerLike {
  fd(pid: number | undefined, fd: number): FdEntry | undefined;
  socket(pid: number | undefined, fd: number): SocketInfo | undefined;
}

export function isAnalyzer(x: ExplainState | AnalyzerLike): x is AnalyzerLike {
  return typeof (x as AnalyzerLike).socket === 'function' && typeof (x as AnalyzerLike).fd === 'function';
}

/** State for explain from an Analyzer: its fd tables and sockets, and the well-known endpoint names. */
export function stateFromAnalyzer(a: AnalyzerLike): ExplainState {
  return { fd: (pid, fd) => a.fd(pid, fd), socketOf: (pid, fd) => a.socket(pid, fd), wellKnown };
}


// ---------------------------------------------------------------- calls

export interface Ctx {
  ev: SyscallEvent;
  /** The one door to the call's arguments (the same view the arguments below read). */
  call: CallView;
  entry: SyscallEntry | undefined;
  /** The arguments, by role. */
  params: ArgView[];
  a: ExplainInput;
  state: ExplainState;
  pid: number | undefined;
}

export function argByRole(ctx: Ctx, role: string): ArgView | undefined {
  return ctx.params.find((x) => x.role === role);
}

export function names(a: ArgView | undefined): string[] {
  if (!a) return [];
  if (a.names.length) return a.names;
  return [];
}

export function numText(a: ArgView | undefined): string {
  if (!a) return '?';
  return a.int !== undefined ? String(a.int) : a.text;
}

export function strOf(a: ArgView | undefined): string {
  if (!a) return '?';
  if (a.str !== undefined) return a.str === '' ? '""' : a.str;
  return a.text;
}
