// The shapes of the analyzer's state: a process, its fd table, a socket and who used it,
// and what one event touched.

import type { StderrLines } from './stderr.js';
import type { FdEntry, ProcessInfo, SocketInfo, SyscallEvent } from '../../model/index.js';
import type { ConnectAttempt } from './connects.js';

/** Keep at most this many line numbers per socket (a long-lived socket is used millions of times). */
export const MAX_SOCKET_LINES = 100;
export const MAX_SOCKET_FDS = 50;
/**
 * Closed sockets and ended processes are kept for the report up to these counts; past
 * them, only live ones and ones worth reporting stay, so memory follows the live state.
 */
export const MAX_KEPT_SOCKETS = 2000;
export const MAX_KEPT_PROCS = 2000;

/** Per-process use of a socket, for sharing diagnoses. */
export interface SocketUse {
  reads: number;
  writes: number;
  /** Reads and writes made after the socket was first copied by a fork. */
  readsAfterFork: number;
  writesAfterFork: number;
  /** The first read after that fork: where a reply meant for another process can land. */
  firstReadAfterFork?: { line: number; seq: number };
  accepts: number;
  acceptEagain: number;
  first: { line: number; seq: number };
  lines: number[];
  seqs: number[];
  /** accept calls that found nothing (EAGAIN): first few; `result` is the line showing EAGAIN. */
  eagain: { line: number; seq: number; result: number }[];
}

export interface SockState {
  info: SocketInfo;
  /** fd entries pointing at it, across all tables. */
  refs: number;
  decoKeys: Set<string>;
  /** Thread-group id → what it did with the socket. */
  users: Map<number, SocketUse>;
  pending?: ConnectAttempt;
  /** The socket came to this process through a fork (fd table copy). */
  inheritedBy: Set<number>;
  /** The forks that copied it (first few). */
  forks: { child: number; line: number; seq: number }[];
}

export interface FdTable {
  map: Map<number, FdEntry>;
  /** Live processes/threads using this table. */
  users: number;
}

export interface Proc {
  info: ProcessInfo;
  key: number;
  /** Thread-group id: the pid of the leader. */
  tgid: number;
  fds: FdTable;
  alive: boolean;
  /** Created from its own events before its parent's fork returned. */
  unadopted?: { closed: Set<number> };
  /** Its last stderr message (pieces joined); `cut`: strace's string limit cut some of it. */
  lastStderr?: { text: string; line: number; seq: number; cut: boolean };
  lastSignal?: { signal: string; info?: string; line: number; seq: number };
  /** Its stderr read line by line: the most informative line it wrote (a traceback's exception, an assertion). */
  stderr?: StderrLines;
  /** Its parent's wait4 told how it ended (the process itself was not traced: no -f). */
  reaped?: { line: number; seq: number; by: number };
  /** Called exit/exit_group; its exit line (if strace prints one) is still to come. */
  exitPending?: boolean;
  /** Its fds were released (it ended). */
  released?: boolean;
  /** Has forked: prefixes start in strace -f output to a terminal. */
  forked?: boolean;
  /** Where the process called exit/exit_group (dtruss and Nanos print no exit line). */
  exitCallAt?: { line: number; seq: number };
  /** This thread ran execve and became the process with this key. */
  supersededInto?: number;
  /** The call this process was in when it last did something (for "killed while ..."). */
  lastCall?: SyscallEvent;
}

/** What one event touched, as the tracker saw it. */
export interface Touch {
  proc?: Proc;
  fd?: FdEntry;
  socket?: SockState;
  fds?: FdEntry[];
  closed?: FdEntry[];
  child?: Proc;
  connect?: ConnectAttempt;
}

