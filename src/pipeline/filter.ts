// Which events and stories the narrative shows (--failed, --pid, -e, --fd). Shared by every
// command that tells the story, so they select alike.

import { argViews, FD_ROLES } from '../explain/args.js';
import { itemFailed, unexpectedFailure } from '../explain/failures.js';
import type { Story } from '../explain/index.js';
import { canonicalName, lookupSyscall } from '../knowledge/syscalls.js';
import type { TraceEvent } from '../model/index.js';

export interface EventFilter {
  /** Only failed calls (findings are always shown). */
  failed: boolean;
  pids: number[];
  /** Syscall names (catalogue spelling) after expanding `%net` style classes; empty: all. */
  syscalls: string[];
  fds: number[];
}

/** The --pid filter: an event of one of these processes (or threads); every event when none is given. */
export function pidPasses(ev: { pid?: number; tid?: number }, pids: readonly number[]): boolean {
  return pids.length === 0 || pids.includes(ev.pid ?? ev.tid ?? -1);
}

function touchesFd(ev: TraceEvent, fds: number[]): boolean {
  if (ev.type !== 'syscall') return false;
  const entry = lookupSyscall(ev.syscall);
  for (const a of argViews(ev, undefined, entry)) if (FD_ROLES.has(a.role) && a.int !== undefined && fds.includes(a.int)) return true;
  // Calls that return a new fd (open, socket, accept, dup).
  const v = ev.ret?.value;
  return !!entry?.result?.includes('{retfd}') && v !== null && v !== undefined && fds.includes(v);
}

/** Does an event pass the filters other than --failed? Non-call events pass only the pid filter, and only when no call filter is set. */
export function eventPasses(ev: TraceEvent, f: EventFilter): boolean {
  if (!pidPasses(ev, f.pids)) return false;
  if (ev.type !== 'syscall') return !f.failed && f.syscalls.length === 0 && f.fds.length === 0;
  if (f.syscalls.length && !f.syscalls.includes(canonicalName(ev.syscall))) return false;
  if (f.fds.length && !touchesFd(ev, f.fds)) return false;
  return true;
}

/**
 * A story is shown when any of its events passes. --failed is for finding the failure that
 * matters: it keeps the unexpected failures (explain/failures.ts); the expected ones are counted.
 */
export function storyPasses(s: Story, f: EventFilter): boolean {
  return s.items.some((i) => eventPasses(i.event, f) && (!f.failed || unexpectedFailure(i, s)));
}

/** Failed calls of a story --failed leaves out (expected failures). */
export function hiddenProbeFailures(s: Story, f: EventFilter): number {
  if (!f.failed) return 0;
  return s.items.filter((i) => itemFailed(i) && !unexpectedFailure(i, s) && eventPasses(i.event, f)).length;
}
