// The detail pane's content for one event, as styled lines: raw lines with their numbers,
// the explanation, each argument with its role, the errno and what it means there, and
// the fd/socket the call touched with that object's history. The argument tree is built
// here, for the one event on screen, never for the whole trace.

import { isFailedCall } from '../decode/failure.js';
import { wellKnown } from '../analyze/index.js';
import { endpointText } from '../analyze/index.js';
import { argViews } from '../explain/args.js';
import { errnoMeaning } from '../knowledge/errno-meanings.js';
import { lookupSyscall } from '../knowledge/syscalls.js';
import { explainEvent } from '../explain/explain.js';
import { callText } from '../render/call.js';
import type { DecodedCall, Finding, Named, TraceEvent } from '../model/index.js';
import { decodeShown } from './adapter.js';
import type { TraceStore, TrackedObject } from './store.js';
import { eventParts, fitCall, padStart, sanitize } from './text.js';

export interface Line {
  text: string;
  color?: 'red' | 'yellow' | 'green' | 'cyan' | 'magenta' | 'gray' | 'blue';
  bold?: boolean;
  dim?: boolean;
  /** Wrapped to the width by `flow` instead of cut: prose at words, raw lines anywhere (`hard`). */
  wrap?: boolean | 'hard';
}

/** Wraps prose lines at word boundaries, keeping their indent; other lines stay one row. */
export function flow(lines: readonly Line[], width: number): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    if (!l.wrap || l.text.length <= width || width < 20) {
      out.push(l);
      continue;
    }
    if (l.wrap === 'hard') {
      // Raw lines: continuation rows start under the text, after the line-number gutter.
      const gutter = l.text.indexOf('│ ');
      const lead = gutter >= 0 && gutter < width / 2 ? ' '.repeat(gutter) + '│ ' : '';
      let rest = l.text;
      let first = true;
      while (rest.length) {
        const room = first ? width : width - lead.length;
        out.push({ ...l, text: (first ? '' : lead) + rest.slice(0, room) });
        rest = rest.slice(room);
        first = false;
      }
      continue;
    }
    const indent = /^ */.exec(l.text)![0];
    const words = l.text.slice(indent.length).split(/ +/);
    let cur = indent;
    for (const w of words) {
      if (cur.trim() && cur.length + 1 + w.length > width) {
        out.push({ ...l, text: cur });
        cur = indent + '  ' + w;
      } else cur = cur.trim() ? `${cur} ${w}` : cur + w;
    }
    if (cur.trim()) out.push({ ...l, text: cur });
  }
  return out;
}

function namedText(list: readonly Named[] | undefined): string {
  if (!list?.some((n) => n.name)) return '';
  return list.map((n) => n.name ?? `??? (${n.value})`).join('|');
}

/** The plain-language sentence for an event ('' when explain has nothing to say). */
export function sentenceOf(store: TraceStore, idx: number, decoded?: DecodedCall, known?: TraceEvent): string {
  const ev = known ?? store.eventAt(idx);
  if (!ev) return '';
  const analyzed = store.analysisOf(idx, ev);
  const d = decoded ?? (ev.type === 'syscall' ? decodeShown(ev, store.info.os, analyzed?.socket?.family) : undefined);
  try {
    return explainEvent({ ...(analyzed ?? {}), event: ev, ...(d ? { decoded: d } : {}) }, { wellKnown });
  } catch {
    return '';
  }
}

/** One history line of an object: `  > 84  connect(3, ...) = -1 ENOENT`. */
function historyLine(store: TraceStore, i: number, current: number, width: number): Line {
  const ev = store.eventAt(i)!;
  const head = `${i === current ? '>' : ' '} ${padStart(String(ev.line), 7)}  `;
  const line: Line = { text: head + fitCall(eventParts(ev), width - head.length) };
  if (i === current) line.bold = true;
  if (isFailedCall(ev)) line.color = 'red';
  return line;
}

function objectLines(store: TraceStore, o: TrackedObject, current: number, width: number, maxHistory: number): Line[] {
  const out: Line[] = [];
  const who = o.pid !== undefined ? ` of pid ${o.pid}` : '';
  const fd = o.fd !== undefined ? `fd ${o.fd}${who}: ` : '';
  out.push({ text: `${fd}${o.kind}${o.socketId ? ` ${o.socketId}` : ''} ${store.objectLabel(o)}`, color: 'cyan' });
  const life: string[] = [];
  if (o.opened !== undefined) life.push(`opened at line ${store.eventAt(o.opened)!.line}`);
  else life.push(`opened before the trace shows (${o.entry.origin})`);
  if (o.closed !== undefined) life.push(`closed at line ${store.eventAt(o.closed)!.line}`);
  else life.push(store.analysisDone ? 'never closed in the trace' : 'still open');
  const events = store.eventsOf(o);
  out.push({ text: `  ${life.join(', ')}; ${events.length} event${events.length === 1 ? '' : 's'}`, dim: true });
  // History around the current event: a few before and after it.
  const at = events.indexOf(current);
  let from = 0;
  if (events.length > maxHistory) from = Math.max(0, Math.min((at < 0 ? 0 : at) - (maxHistory >> 1), events.length - maxHistory));
  const to = Math.min(events.length, from + maxHistory);
  if (from > 0) out.push({ text: `    … ${from} earlier`, dim: true });
  for (let k = from; k < to; k++) out.push(historyLine(store, events[k]!, current, width));
  if (to < events.length) out.push({ text: `    … ${events.length - to} later`, dim: true });
  return out;
}

/** Findings that cite event `idx`. */
export function findingsOf(store: TraceStore, idx: number): Finding[] {
  const ev = store.eventAt(idx)!;
  return (store.result?.findings ?? []).filter(
    (f) => f.events?.some((s) => store.indexOfSeq(s) === idx) || f.lines.some((l) => ev.lines.includes(l) || l === ev.line),
  );
}

/** A pointer argument strace followed shows what it points to: say that rather than "pointer". */
function pointeeWords(text: string): string {
  if (text.startsWith('[')) return 'array (the tracer shows its contents)';
  if (text.startsWith('{')) return 'struct (the tracer shows its fields)';
  if (text.startsWith('"')) return 'string';
  return 'pointer';
}

export function detailLines(store: TraceStore, idx: number, width: number): Line[] {
  const ev = store.eventAt(idx);
  if (!ev) return [{ text: 'No event selected.', dim: true }];
  const out: Line[] = [];
  const os = store.info.os;

  const head: string[] = [`event ${idx + 1}`, `line ${ev.line}`];
  if (ev.file) head.push(ev.file);
  if (ev.pid !== undefined) head.push(`pid ${ev.pid}`);
  if (ev.tid !== undefined) head.push(`tid ${ev.tid}`);
  if (ev.comm) head.push(ev.comm);
  if (ev.timeText) head.push(ev.timeText);
  if (ev.type === 'syscall' && ev.duration !== undefined) head.push(`took ${ev.duration.toFixed(6)}s`);
  if (ev.type === 'syscall' && ev.status !== 'complete') head.push(ev.status);
  out.push({ text: head.join(' · '), bold: true });

  // Raw lines with their numbers.
  for (const l of ev.lines.length ? ev.lines : [ev.line]) {
    const raw = store.lineText(l, ev.file);
    out.push({ text: `${padStart(String(l), 7)} │ ${sanitize(raw ?? '(line text not kept)')}`, color: 'gray', wrap: 'hard' });
  }
  for (const s of (ev.type === 'syscall' ? ev.stack : undefined) ?? []) out.push({ text: `        │ ${s}`, dim: true });

  // Explanation.
  const analyzed = store.analysisOf(idx);
  const decoded: DecodedCall | undefined = ev.type === 'syscall' ? decodeShown(ev, os, analyzed?.socket?.family) : undefined;
  // dtruss and Nanos print numbers: the call as strace would show it, by the CLI's renderer.
  const shown = ev.type === 'syscall' && store.info.format !== 'strace' && decoded ? callText(ev, decoded, store.info.format) : undefined;
  if (shown) out.push({ text: `decoded │ ${sanitize(shown)}`, color: 'cyan', wrap: 'hard' });
  const sentence = sentenceOf(store, idx, decoded);
  if (sentence) {
    out.push({ text: '' });
    out.push({ text: sentence, color: 'green', wrap: true });
  }

  // Arguments, each with its role.
  if (ev.type === 'syscall') {
    const entry = lookupSyscall(ev.syscall);
    const views = argViews(ev, decoded, entry, os);
    if (views.length) {
      out.push({ text: '' });
      out.push({ text: 'Arguments', bold: true });
      const roleW = Math.min(12, Math.max(...views.map((v) => v.role.length)));
      views.forEach((v, i) => {
        const d = decoded?.args[i];
        const meaning: string[] = [];
        if (d?.kind && d.kind !== 'unknown') meaning.push(d.kind === 'pointer' ? pointeeWords(v.text) : d.kind);
        const names = decoded ? namedText(d?.named) : v.names.join('|');
        if (names && names !== v.text) meaning.push(names);
        if (v.endpoint?.inferred) {
          const st = typeof v.endpoint.struct === 'string' ? ` ${v.endpoint.struct}` : '';
          meaning.push(`${v.endpoint.family}${st} (the tracer shows only a pointer: the address itself is not in the trace)`);
        } else if (v.endpoint) {
          const w = wellKnown(v.endpoint);
          meaning.push(`${endpointText(v.endpoint)}${w ? ` (${w.service})` : ''}`);
        }
        if (v.fdInfo && v.fdInfo.type === 'path') meaning.push(v.fdInfo.path);
        if (v.atCwd) meaning.push('relative to the current directory');
        if (v.str !== undefined && !v.endpoint) meaning.push(JSON.stringify(v.str.length > 80 ? v.str.slice(0, 80) + '…' : v.str));
        const text = `  ${v.role.padEnd(roleW)}  ${v.text}`;
        out.push({ text: meaning.length ? `${text}  → ${meaning.join(', ')}` : text });
      });
    }
    // Result and errno.
    if (ev.ret) {
      out.push({ text: '' });
      const errno = ev.ret.errno ?? decoded?.errno?.name;
      const result = shown ? shown.slice(shown.lastIndexOf(') = ') + 4) : ev.ret.text;
      if (errno) {
        const msg = decoded?.errno?.message ?? ev.ret.message;
        out.push({ text: `Result ${sanitize(result)}`, color: 'red', bold: true });
        const ctxs = [entry?.errctx, entry?.family].filter((x): x is string => !!x);
        const fam = analyzed?.socket?.family;
        if (entry?.errctx && fam) ctxs.unshift(`${entry.errctx}:${fam === 'AF_UNIX' ? 'unix' : 'inet'}`);
        const here = errnoMeaning(errno, ctxs);
        out.push({ text: `  ${errno}${msg ? `: ${msg}` : ''}`, color: 'red' });
        if (here) out.push({ text: `  Here: ${here}`, wrap: true });
      } else {
        out.push({ text: `Result ${sanitize(result)}`, bold: true });
      }
    }
  }

  // What it touched, and that object's history.
  const objs = store.objectsOf(idx);
  if (objs.length) {
    out.push({ text: '' });
    out.push({ text: 'Touches', bold: true });
    for (const o of objs) out.push(...objectLines(store, o, idx, width, 9));
  } else if (idx >= store.analyzed) {
    out.push({ text: '' });
    out.push({ text: `(analysis has reached event ${store.analyzed} of ${store.events.length}: fd and socket details follow)`, dim: true });
  }
  const child = analyzed?.child;
  if (child) out.push({ text: `Created ${child.isThread ? 'thread' : 'process'} ${child.pid}`, color: 'cyan' });

  const findings = findingsOf(store, idx);
  if (findings.length) {
    out.push({ text: '' });
    out.push({ text: 'Findings citing this event', bold: true });
    for (const f of findings) {
      out.push({ text: `● ${f.title}`, color: f.severity === 'error' ? 'red' : f.severity === 'warning' ? 'yellow' : 'blue' });
      out.push({ text: `  ${f.explanation}`, wrap: true });
      if (f.hint) out.push({ text: `  Hint: ${f.hint}`, dim: true, wrap: true });
    }
  }
  return out;
}
