// Which events and stories the narrative shows (--failed, --pid, -e, --fd). Shared by every
// command that tells the story, so they select alike.

import { argViews, FD_ROLES } from '../explain/args.js';
import { callFailed } from '../explain/failed.js';
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

function isFailed(ev: TraceEvent): boolean {
  return ev.type === 'syscall' && callFailed(ev);
}

function touchesFd(ev: TraceEvent, fds: number[]): boolean {
  if (ev.type !== 'syscall') return false;
  const entry = lookupSyscall(ev.syscall);
  for (const a of argViews(ev, undefined, entry)) if (FD_ROLES.has(a.role) && a.int !== undefined && fds.includes(a.int)) return true;
  // Calls that return a new fd (open, socket, accept, dup).
  const v = ev.ret?.value;
  return !!entry?.result?.includes('{retfd}') && v !== null && v !== undefined && fds.includes(v);
}

/** Does an event pass the filters? Non-call events pass only the pid filter, and only when no call filter is set. */
export function eventPasses(ev: TraceEvent, f: EventFilter): boolean {
  if (!pidPasses(ev, f.pids)) return false;
  if (ev.type !== 'syscall') return !f.failed && f.syscalls.length === 0 && f.fds.length === 0;
  if (f.failed && !isFailed(ev)) return false;
  if (f.syscalls.length && !f.syscalls.includes(canonicalName(ev.syscall))) return false;
  if (f.fds.length && !touchesFd(ev, f.fds)) return false;
  return true;
}

/** A story is shown when any of its events passes. */
export function storyPasses(s: Story, f: EventFilter): boolean {
  // --failed is for finding the failure that matters: the loader's, locale and nscd
  // probes fail by design, so their folded lines stay out (they are counted instead).
  if (f.failed && s.expected) return false;
  return s.items.some((i) => eventPasses(i.event, f));
}

/** Failed calls inside expected probe groups that --failed leaves out. */
export function hiddenProbeFailures(s: Story, f: EventFilter): number {
  if (!f.failed || !s.expected) return 0;
  return s.items.filter((i) => eventPasses(i.event, f)).length;
}
