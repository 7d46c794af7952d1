// Which events and stories the narrative shows (--failed, --pid, strace's -e trace=/status=, -P,
// --fd). Shared by every command (explain, annotate, summary, parse, browse), so they select alike.

import { argViews, FD_ROLES } from '../explain/args.js';
import { itemFailed, unexpectedFailure } from '../explain/failures.js';
import type { Story } from '../explain/index.js';
import { returnedError } from '../decode/failure.js';
import { lookupSyscall } from '../knowledge/syscalls.js';
import type { OsName, SyscallEvent, TraceEvent } from '../model/index.js';
import type { CallStatusName, NameSet } from './call-filter.js';
import type { PathWatch } from './path-filter.js';

export interface EventFilter {
  /** Only failed calls (findings are always shown). */
  failed: boolean;
  pids: number[];
  /** `-e trace=` sets (call-filter.ts): a call passes when it is in every one; none: every call. */
  trace?: readonly NameSet[];
  /** `-e status=`: only calls that ended so; undefined: every call. */
  status?: ReadonlySet<CallStatusName>;
  /** `--fd` / `-e fd=`: calls on these fds. With `-P`, a call passes on either (as in strace). */
  fds: number[];
  /** `-P PATH`: calls that access a path; it follows the trace (feed it with `observe`). */
  paths?: PathWatch;
}

/** Is any filter set that leaves out events other than calls (signals, exits, tracer notices)? */
export function filtersCalls(f: EventFilter): boolean {
  return f.failed || !!f.trace?.length || f.status !== undefined || f.fds.length > 0 || f.paths !== undefined;
}

/** Lets the filters that follow the trace (-P) see an event: call once per event, in trace order. */
export function observe(ev: TraceEvent, f: EventFilter, os: OsName): void {
  f.paths?.see(ev, os);
}

/**
 * How a call ended, in strace's `status=` words (strace(1)): `= ?` is a call the process never
 * returned from (exit_group, a kill), which strace counts as unfinished.
 */
export function callStatus(ev: SyscallEvent): CallStatusName {
  if (ev.status === 'detached') return 'detached';
  if (ev.status === 'unfinished' || ev.status === 'interrupted') return 'unfinished';
  if (returnedError(ev)) return 'failed';
  const r = ev.ret;
  if (!r || r.value === null) return r?.text === '?' ? 'unfinished' : 'unavailable';
  return 'successful';
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
  if (ev.type !== 'syscall') return !filtersCalls(f);
  return callPasses(ev, f);
}

/** The call filters alone (-e trace=, status=, --fd, -P): what `summary` and `parse` select with. */
export function callPasses(ev: SyscallEvent, f: EventFilter): boolean {
  if (f.trace) for (const set of f.trace) if (!set.test(ev.syscall)) return false;
  if (f.status && !f.status.has(callStatus(ev))) return false;
  if (f.fds.length || f.paths) {
    // strace: "a system call is traced if it matches either" (--trace-fds, -P).
    if (!(f.paths?.touches(ev) || (f.fds.length > 0 && touchesFd(ev, f.fds)))) return false;
  }
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
