// Which events a filter keeps and which a search finds. Pure functions over events: the
// header fields and the raw argument text only, so a search or filter over 600,000
// events never builds an argument tree.

import { lookupSyscall } from '../knowledge/syscalls.js';
import type { TraceEvent } from '../model/index.js';
import { returnedError } from '../decode/failure.js';
import type { Events } from './event-table.js';

export interface Filters {
  failed?: boolean;
  /** Events of these pids only (a process and its threads). */
  pids?: readonly number[];
  pidLabel?: string;
  syscall?: string;
  /** Syscall family from the explain catalogue (`file`, `net`, `process`, ...). */
  family?: string;
  /** A fixed set of event indexes (a finding's events, an fd's uses), ascending. */
  only?: { label: string; events: readonly number[] };
  /** The command line's call filters (strace's -e, -P, --fd: pipeline/filter.ts), as a test of an event. */
  calls?: { label: string; test: (ev: TraceEvent) => boolean };
}

export function hasFilters(f: Filters): boolean {
  return !!(f.failed || f.pids || f.syscall || f.family || f.only || f.calls);
}

/** Short text for the status bar: `failed · pid 11214 · connect`. */
export function filterLabel(f: Filters): string {
  const parts: string[] = [];
  if (f.failed) parts.push('failed');
  if (f.pids) parts.push(f.pidLabel ?? `pid ${f.pids.join(',')}`);
  if (f.syscall) parts.push(`call ${f.syscall}`);
  if (f.family) parts.push(`class ${f.family}`);
  if (f.only) parts.push(f.only.label);
  if (f.calls) parts.push(f.calls.label);
  return parts.join(' · ');
}

/** A call that returned an error (or a signal that killed, or an exit with a non-zero code). */
export function isFailed(ev: TraceEvent): boolean {
  // The same calls as `tracex --failed` (dtruss gives only an errno number).
  if (ev.type === 'syscall') return returnedError(ev);
  if (ev.type === 'exit') return !!ev.signal || (ev.code !== undefined && ev.code !== 0);
  return ev.type === 'unparsed';
}

const familyCache = new Map<string, string>();

/** The call's broad class (`file`, `net`, `process`, `memory`, ...); `other` when unknown. */
export function familyOf(syscall: string): string {
  let f = familyCache.get(syscall);
  if (f === undefined) {
    f = lookupSyscall(syscall)?.family ?? 'other';
    familyCache.set(syscall, f);
  }
  return f;
}

/**
 * Does event i pass the filters? From the columns (the whole event only for the command line's
 * filters). `expected(i)`: its failure is expected (a probe, a normal answer): the failed-only
 * view leaves it out, as `tracex --failed` does.
 */
function keeps(events: Events, i: number, f: Filters, expected: (i: number) => boolean, passes?: (i: number) => boolean): boolean {
  if (f.failed && (!events.failed(i) || expected(i))) return false;
  if (f.pids) {
    const pid = events.pid(i);
    if (pid === undefined || !f.pids.includes(pid)) return false;
  }
  if (f.syscall && events.syscall(i) !== f.syscall) return false;
  if (f.family) {
    const name = events.syscall(i);
    if (name === undefined || familyOf(name) !== f.family) return false;
  }
  if (f.calls && !(passes ? passes(i) : f.calls.test(events.at(i)!))) return false;
  return true;
}

/**
 * Event indexes in [from, to) that the filters keep. `passes`: the command line's call filters'
 * verdict per event, when known (taken as the events were read).
 */
export function filterRange(
  events: Events,
  f: Filters,
  from: number,
  to: number,
  expected: (i: number) => boolean = () => false,
  passes?: (i: number) => boolean,
): number[] {
  const out: number[] = [];
  if (f.only) {
    for (const i of f.only.events) if (i >= from && i < to && keeps(events, i, f, expected, passes)) out.push(i);
    return out;
  }
  for (let i = from; i < to; i++) if (keeps(events, i, f, expected, passes)) out.push(i);
  return out;
}

// ------------------------------------------------------------------ search

export type Query =
  | { kind: 'call'; name: string }
  | { kind: 'errno'; name: string }
  | { kind: 'pid'; pid: number }
  | { kind: 'fd'; re: RegExp; digits: string }
  | { kind: 'text'; re: RegExp };

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `call:connect`, `errno:ENOENT`, `pid:42`, `fd:3`, or any text (a path, an address, an
 * errno name, a syscall name). Text is case-insensitive unless it has capitals.
 */
export function parseQuery(text: string): Query | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const m = /^(call|syscall|errno|pid|fd):\s*(\S.*)$/i.exec(t);
  if (m) {
    const key = m[1]!.toLowerCase();
    const v = m[2]!.trim();
    if (key === 'call' || key === 'syscall') return { kind: 'call', name: v };
    if (key === 'errno') return { kind: 'errno', name: v.toUpperCase() };
    if (key === 'pid' && /^\d+$/.test(v)) return { kind: 'pid', pid: Number(v) };
    if (key === 'fd' && /^\d+$/.test(v)) return { kind: 'fd', re: new RegExp(`(?:^|[\\[ ])${v}(?:[,<\\])]|$)`), digits: v };
  }
  return { kind: 'text', re: new RegExp(escapeRe(t), /[A-Z]/.test(t) ? '' : 'i') };
}

/**
 * Does event i match? Names, errnos and pids from the columns; text from the event, read again
 * only when its raw line(s) (`rawText`) could hold the match, so a search over 600,000 calls
 * reads lines, not events.
 */
export function matchesAt(events: Events, i: number, q: Query, rawText?: (i: number) => string | undefined): boolean {
  switch (q.kind) {
    case 'call':
      return events.syscall(i) === q.name;
    case 'errno':
      return events.errno(i) === q.name;
    case 'pid':
      return events.pid(i) === q.pid;
    default:
      break;
  }
  // A call's name, arguments and result are all text of its lines.
  if (rawText && events.type(i) === 'syscall') {
    const raw = rawText(i);
    if (raw !== undefined && !(q.kind === 'fd' ? raw.includes(q.digits) : q.re.test(raw))) return false;
  }
  const ev = events.at(i);
  return !!ev && matchesQuery(ev, q);
}

export function matchesQuery(ev: TraceEvent, q: Query): boolean {
  switch (q.kind) {
    case 'call':
      return ev.type === 'syscall' && ev.syscall === q.name;
    case 'errno':
      return ev.type === 'syscall' && ev.ret?.errno === q.name;
    case 'pid':
      return ev.pid === q.pid;
    case 'fd':
      return ev.type === 'syscall' && (q.re.test(ev.args) || (ev.ret?.decoration !== undefined && ev.ret.value !== null && q.re.test(String(ev.ret.value))));
    case 'text': {
      const re = q.re;
      switch (ev.type) {
        case 'syscall':
          return re.test(ev.syscall) || re.test(ev.args) || (ev.ret !== undefined && re.test(ev.ret.text));
        case 'signal':
          return re.test(ev.signal) || (ev.info !== undefined && re.test(ev.info));
        case 'exit':
          return re.test(`exited ${ev.code ?? ''} ${ev.signal ?? ''}`);
        case 'attach':
        case 'detach':
        case 'tracer':
          return re.test(ev.message);
        case 'output':
        case 'summary':
        case 'unparsed':
          return re.test(ev.text);
      }
    }
  }
}
