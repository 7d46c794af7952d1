// Rows of the side views (findings, process tree, sockets/fds), built from the store.
// Each row renders itself only when on screen and says what Enter opens.

import { isFailedCall } from '../decode/failure.js';
import { overview } from '../explain/overview.js';
import type { Finding, ProcessInfo } from '../model/index.js';
import type { Line } from './detail.js';
import type { Filters } from './filter.js';
import type { TraceStore, TrackedObject } from './store.js';
import { fdTableLines, processRoles } from './process-detail.js';
import { eventParts, fit, fitCall, padStart } from './text.js';

export interface SideRow {
  line(width: number): Line;
  /** Lines under the list for the selected row. */
  detail(width: number): Line[];
  open(): Filters | undefined;
}

/** A side view's rows; arrays qualify, and big lists build a row only when it is shown. */
export interface SideRows {
  readonly length: number;
  at(i: number): SideRow | undefined;
}

const SEVERITY_COLOR = { error: 'red', warning: 'yellow', info: 'blue' } as const;

function citedEvents(store: TraceStore, f: Finding): number[] {
  // Both: a finding may cite a line (a socket's creation) without its event number.
  const set = new Set<number>();
  for (const s of f.events ?? []) {
    const i = store.indexOfSeq(s);
    if (i !== undefined) set.add(i);
  }
  for (const l of f.lines) {
    const i = store.indexOfLine(l);
    if (i !== undefined) set.add(i);
  }
  return [...set].sort((a, b) => a - b);
}

export { citedEvents };

export function findingRows(store: TraceStore): SideRow[] {
  return (store.result?.findings ?? []).map((f) => ({
    line: (w) => ({ text: fit(`● ${f.severity.padEnd(7)} ${f.title}${f.lines.length ? `  (line${f.lines.length > 1 ? 's' : ''} ${f.lines.slice(0, 6).join(', ')}${f.lines.length > 6 ? ', …' : ''})` : ''}`, w), color: SEVERITY_COLOR[f.severity] }),
    detail: (w) => {
      const out: Line[] = [{ text: f.title, bold: true, color: SEVERITY_COLOR[f.severity] }, { text: f.explanation, wrap: true }];
      if (f.hint) out.push({ text: `Hint: ${f.hint}`, dim: true, wrap: true });
      out.push({ text: '' });
      out.push({ text: 'Cited events (Enter shows them in the event list):', dim: true });
      const cited = citedEvents(store, f).slice(0, 20);
      const pidW = Math.max(0, ...cited.map((i) => String(store.eventAt(i)!.pid ?? '').length));
      for (const i of cited) {
        const ev = store.eventAt(i)!;
        const head = `${padStart(String(ev.line), 7)} ${pidW ? `${padStart(String(ev.pid ?? ''), pidW)} ` : ''} `;
        out.push({ text: head + fitCall(eventParts(ev), w - head.length), ...(isFailedCall(ev) ? { color: 'red' as const } : {}) });
      }
      // The whole trace in brief, under every finding: what this one is part of.
      const brief = store.result ? overview(store.result) : '';
      if (brief) out.push({ text: '' }, { text: `In short: ${brief}`, dim: true, wrap: true });
      return out;
    },
    open: () => ({ only: { label: `finding: ${f.title}`, events: citedEvents(store, f) } }),
  }));
}

/** Processes in tree order (parents before children), with depth. */
export function processTree(procs: readonly ProcessInfo[]): { p: ProcessInfo; depth: number }[] {
  const byPid = new Map(procs.map((p) => [p.pid, p]));
  const kids = new Map<number, ProcessInfo[]>();
  const roots: ProcessInfo[] = [];
  for (const p of procs) {
    if (p.parent !== undefined && byPid.has(p.parent) && p.parent !== p.pid) {
      const list = kids.get(p.parent) ?? [];
      list.push(p);
      kids.set(p.parent, list);
    } else roots.push(p);
  }
  const out: { p: ProcessInfo; depth: number }[] = [];
  const seen = new Set<number>();
  const walk = (p: ProcessInfo, depth: number): void => {
    if (seen.has(p.pid)) return;
    seen.add(p.pid);
    out.push({ p, depth });
    for (const k of kids.get(p.pid) ?? []) walk(k, depth + 1);
  };
  for (const r of roots) walk(r, 0);
  return out;
}

function processStatus(p: ProcessInfo): string {
  if (p.signal) return `killed by ${p.signal}${p.core ? ' (core)' : ''}`;
  if (p.exitCode !== undefined) return `exit ${p.exitCode}`;
  if (p.exitCall !== undefined) return `exit ${p.exitCall}`;
  return 'running at end';
}

export function processRows(store: TraceStore): SideRow[] {
  const procs = store.result?.processes ?? [];
  // Events and failures per pid: one pass, when the view is built.
  const counts = new Map<number, { events: number; failed: number }>();
  if (procs.length) {
    const events = store.events;
    for (let i = 0; i < events.length; i++) {
      const pid = events.pid(i);
      if (pid === undefined) continue;
      let c = counts.get(pid);
      if (!c) counts.set(pid, (c = { events: 0, failed: 0 }));
      c.events++;
      if (events.failedCall(i)) c.failed++;
    }
  }
  const roles = processRoles(store);
  return processTree(procs).map(({ p, depth }) => {
    const role = roles.get(p.pid);
    const threads = procs.filter((t) => t.isThread && t.leader === p.pid).map((t) => t.pid);
    const what = p.argv?.length ? p.argv.join(' ') : (p.exe ?? '');
    return {
      line: (w) => {
        const st = processStatus(p);
        const c = counts.get(p.pid);
        const n = c ? `  ${c.events} events${c.failed ? `, ${c.failed} failed` : ''}` : '';
        return {
          text: fit(`${'  '.repeat(depth)}${depth ? '└ ' : ''}${p.isThread ? 'thread ' : ''}${p.pid}${role && role !== 'thread' ? ` [${role}]` : ''}  ${st}${n}  ${what}`, w),
          ...(p.signal || (p.exitCode ?? 0) !== 0 ? { color: 'red' as const } : p.isThread ? { dim: true } : {}),
        };
      },
      detail: () => {
        const out: Line[] = [{ text: `${p.isThread ? 'Thread' : 'Process'} ${p.pid}${role && role !== 'thread' && role !== 'child' ? ` (${role})` : ''}${p.parent !== undefined ? `, child of ${p.parent}` : ''}`, bold: true }];
        if (p.argv?.length) out.push({ text: `argv: ${p.argv.join(' ')}` });
        for (const e of p.execs) out.push({ text: `execve ${e.path} at line ${e.line}${e.ok ? '' : ' (failed)'}`, ...(e.ok ? {} : { color: 'red' as const }) });
        out.push({ text: `${processStatus(p)}; lines ${p.firstLine}–${p.lastLine}${threads.length ? `; threads ${threads.join(', ')}` : ''}` });
        out.push({ text: 'Enter (or p) shows its events.', dim: true });
        out.push({ text: '' }, ...fdTableLines(store, p));
        return out;
      },
      open: () => ({ pids: [p.pid, ...threads], pidLabel: `process ${p.pid}${threads.length ? ` +${threads.length} threads` : ''}` }),
    };
  });
}

export function objectRows(store: TraceStore, objects: readonly TrackedObject[]): SideRows {
  const cache = new Map<number, SideRow>();
  return {
    length: objects.length,
    at(i) {
      const o = objects[i];
      if (!o) return undefined;
      let row = cache.get(i);
      if (!row) cache.set(i, (row = objectRow(store, o)));
      return row;
    },
  };
}

function objectRow(store: TraceStore, o: TrackedObject): SideRow {
  const label = (): string => `${o.socketId ? `${o.socketId} ` : ''}${o.kind.padEnd(9)} ${o.pid !== undefined ? `pid ${o.pid} ` : ''}fd ${o.fd ?? '?'}  ${store.objectLabel(o)}`;
  return {
    line: (w) => {
      const n = store.eventCount(o);
      return { text: fit(`${label()}  (${n} event${n === 1 ? '' : 's'})`, w), ...(o.socketId ? { color: 'cyan' as const } : {}) };
    },
    detail: (w) => {
      const out: Line[] = [{ text: label(), bold: true }];
      const life: string[] = [];
      if (o.opened !== undefined) life.push(`opened at line ${store.eventAt(o.opened)!.line}`);
      else life.push(`opened before the trace shows (${o.entry.origin})`);
      if (o.closed !== undefined) life.push(`closed at line ${store.eventAt(o.closed)!.line}`);
      const s = o.socketId ? store.socketById(o.socketId) : undefined;
      if (s) life.push(`held by pid ${s.holders.join(', ')} as ${s.fds.join(', ')}`);
      out.push({ text: life.join('; ') });
      for (const i of store.eventsOf(o, 8)) {
        const ev = store.eventAt(i)!;
        const head = `${padStart(String(ev.line), 7)}  `;
        out.push({ text: head + fitCall(eventParts(ev), w - head.length), ...(isFailedCall(ev) ? { color: 'red' as const } : {}) });
      }
      const n = store.eventCount(o);
      if (n > 8) out.push({ text: `  … ${n - 8} more: Enter shows them all`, dim: true });
      return out;
    },
    open: () => ({ only: { label: `${o.socketId ?? `fd ${o.fd ?? '?'}`}: ${fit(store.objectLabel(o), 40)}`, events: store.eventsOf(o) } }),
  };
}

/** Sockets first, then the other fds, each in the order they appeared. */
export function orderedObjects(objects: readonly TrackedObject[]): TrackedObject[] {
  const socks = objects.filter((o) => o.socketId);
  const rest = objects.filter((o) => !o.socketId);
  return [...socks, ...rest];
}
