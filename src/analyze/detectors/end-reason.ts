// Why a process ended, in the words the trace gives: who sent the signal that killed it
// (si_pid of its delivery, a re-raise after a signal from outside), the most informative
// line it wrote to stderr, and the failure of a child (a worker) that its exit follows from.

import type { FdEntry, ProcessInfo, Severity, SyscallEvent } from '../../model/index.js';
import { stderrReason, type Proc, type StderrReason, type Tracker } from '../state/index.js';
import { procName } from './describe.js';
import { cutText } from '../../text/width.js';

/** A delivery of a signal to a process, sent by another pid. */
export interface OutsideSignal {
  signal: string;
  pid: number;
  code?: string;
  line: number;
  seq: number;
  /** The call the signal broke (a wait it cut short), and what that call was using. */
  during?: { call: SyscallEvent; on?: string };
}

/** Signals a program commonly catches, cleans up after, and re-raises on itself to die with the right status. */
export const RERAISED = new Set(['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT']);

/** Who a pid is, if the trace shows it: "timeout (pid 41)", else "pid 41". */
export function senderName(pid: number, tracker: Tracker): string {
  const p = tracker.procs.get(pid);
  return p ? procName(p.info) : `pid ${String(pid)}`;
}

/** Reasons worth quoting: a crash report, an exception, an error line (not an INFO log line). */
const QUOTABLE = 4;

export function reasonOf(p: Proc | undefined): StderrReason | undefined {
  const r = stderrReason(p?.stderr);
  return r && r.rank >= QUOTABLE ? r : undefined;
}

/** `"ModuleNotFoundError: No module named 'x'"` (line 131), trimmed for a title. */
export function reasonText(r: StderrReason, max = 160): string {
  // Log prefixes (`[2026-12-07 16:15:30 +0000] [12688] `) say when, not why.
  const t = r.text.trim().replace(/\s+/g, ' ').replace(/^(?:\[[^\]\d]*\d[^\]]*\]\s*)+(?=\S)/, '');
  return cutText(t, max);
}

function isDescendant(p: ProcessInfo, root: ProcessInfo, tracker: Tracker): boolean {
  let cur: ProcessInfo | undefined = p;
  for (let i = 0; cur && i < 64; i++) {
    if (cur.parent === undefined) return false;
    if (cur.parent === root.pid) return true;
    cur = tracker.procs.get(cur.parent)?.info;
  }
  return false;
}

/**
 * The first child (or deeper descendant) of `root` that failed — exited non-zero or was
 * killed by a crash — and said why on stderr: a prefork worker that could not boot, a
 * helper whose error the parent only summarises ("Worker failed to boot").
 */
export function failedChild(root: Proc, tracker: Tracker): { proc: Proc; reason: StderrReason } | undefined {
  let best: { proc: Proc; reason: StderrReason } | undefined;
  for (const p of tracker.order) {
    if (p === root || p.info.isThread) continue;
    const failed = (p.info.exitCode !== undefined && p.info.exitCode !== 0) || (p.info.exitCall ?? 0) !== 0 || p.info.signal === 'SIGABRT' || p.info.signal === 'SIGSEGV';
    if (!failed) continue;
    const reason = reasonOf(p);
    if (!reason) continue;
    // No fork line shows its parent (`-e trace=` without clone): under -f it is still one of root's.
    if (p.info.parent !== undefined ? !isDescendant(p.info, root.info, tracker) : p.info.firstLine < root.info.firstLine) continue;
    if (!best || reason.line < best.reason.line) best = { proc: p, reason };
  }
  return best;
}

/** Same pipe: by inode (strace -y), else the pipe()/pipe2 call that made both ends (fork copies keep it). */
function samePipe(a: FdEntry, b: FdEntry): boolean {
  if (a.pipe?.inode !== undefined && b.pipe?.inode !== undefined) return a.pipe.inode === b.pipe.inode;
  return a.openedSeq !== undefined && a.openedSeq === b.openedSeq && a.origin === b.origin && /^pipe/.test(a.origin);
}

/**
 * Who holds the other end of the pipe a process was blocked on: a reader waits for the
 * holders of the write end to write or close it (`sleep 30 | cat`). `self`: the process holds
 * it itself, so nobody else could ever write. Only live processes of the trace count.
 */
export function pipeHolders(
  e: FdEntry | undefined,
  self: Proc,
  tracker: Tracker,
): { end: 'read' | 'write'; procs: ProcessInfo[]; self: boolean } | undefined {
  const mine = e?.kind === 'pipe' ? e.pipe?.end : undefined;
  if (!e || mine === undefined) return undefined;
  const end = mine === 'read' ? 'write' : 'read';
  const holds = (p: Proc) => [...p.fds.map.values()].some((x) => x.kind === 'pipe' && x.pipe?.end === end && samePipe(x, e));
  const procs: ProcessInfo[] = [];
  for (const p of tracker.order) {
    if (p.tgid === self.tgid || !p.alive || p.info.isThread || procs.length >= 4) continue;
    if (holds(p)) procs.push(p.info);
  }
  const own = holds(self);
  return procs.length || own ? { end, procs, self: own } : undefined;
}

/** "The pipe's write end was still open in sleep (pid 17205): …" */
export function pipePeerWords(peer: { end: 'read' | 'write'; procs: ProcessInfo[]; self: boolean }): string {
  const who = peer.procs.map((x) => procName(x)).join(', ');
  if (peer.end === 'write') {
    if (peer.procs.length === 0) return "It held the pipe's write end itself and no other traced process did: nothing would ever write to it, so the read could not return.";
    return `The pipe's write end was still open in ${who}${peer.self ? ' (and in the process itself)' : ''}: it was waiting for ${peer.procs.length > 1 ? 'them' : 'that process'} to write or close it.`;
  }
  if (peer.procs.length === 0) return "It held the pipe's read end itself and no other traced process did: nothing read from it, so the write waited for room.";
  return `The pipe's read end was still open in ${who}, which was not reading it fast enough.`;
}

/**
 * A write to a pipe whose reader stopped reading (EPIPE, then SIGPIPE) is how a pipeline's writer
 * normally ends once its reader has what it needs (`yes | head -1`): told, not raised as a problem.
 * On a socket (a peer that closed the connection) or an fd of unknown kind it stays a warning.
 */
export function readerGoneSeverity(fd: FdEntry | undefined): Severity {
  return fd?.kind === 'pipe' ? 'info' : 'warning';
}

/** Said of a writer stopped that way on a pipe. */
export const READER_GONE_NOTE = 'In a pipeline this is how a writer normally stops once its reader has read what it needs (`yes | head -1`).';
