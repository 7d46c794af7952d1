// Why a process ended, in the words the trace gives: who sent the signal that killed it
// (si_pid of its delivery, a re-raise after a signal from outside), the most informative
// line it wrote to stderr, and the failure of a child (a worker) that its exit follows from.

import type { ProcessInfo } from '../../model/index.js';
import { stderrReason, type Proc, type StderrReason, type Tracker } from '../state/index.js';
import { procName } from './describe.js';

/** A delivery of a signal to a process, sent by another pid. */
export interface OutsideSignal {
  signal: string;
  pid: number;
  code?: string;
  line: number;
  seq: number;
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
  const t = r.text.trim().replace(/\s+/g, ' ').replace(/^(?:\[[^\]]*\d[^\]]*\]\s*)+(?=\S)/, '');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
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
