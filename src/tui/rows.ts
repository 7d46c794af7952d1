// What one row of the event list says: in the story, a story's call and its sentence (a
// fold as `[12 calls: openat ×4, …]`, the CLI's summary); in raw lines, the call. Calls of
// every format read like strace's: dtruss and Nanos calls are rebuilt from the decoded
// arguments by the renderer the CLI uses (render/call.ts), with their errno names.

import { callText } from '../render/call.js';
import { storyCall } from '../render/text.js';
import type { TraceEvent } from '../model/index.js';
import { decodeShown } from './adapter.js';
import { isFailedCall } from '../decode/failure.js';
import { sentenceOf, type Line } from './detail.js';
import type { TraceStore } from './store.js';
import { placeOf } from './story-rows.js';
import { durationOf, durationText, sinceStartText } from './timing.js';
import { eventParts, fit, fitCall, splitCall, widthOf } from './text.js';

type CallParts = { call: string; result: string };

export interface RowBody {
  /** Fold marker: `▸` closed, `▾` open, `│`/`└` its items. */
  lead: string;
  call: CallParts;
  sentence: string;
  /** The call column is a fold's summary (drawn dim). */
  summary: boolean;
}

/** The call as strace would print it (decoded for dtruss/Nanos), without pid and time, split before its result. */
export function callOf(store: TraceStore, idx: number): CallParts {
  const ev = store.eventAt(idx)!;
  const format = store.info.format;
  if (ev.type !== 'syscall' || format === 'strace') return eventParts(ev);
  return splitCall(callText(ev, decodeShown(ev, store.info.os, store.analysisOf(idx)?.socket?.family), format));
}

/** A row's parts; `storyMode`: the list tells the story (folds, sentences). */
export function rowBody(store: TraceStore, idx: number, storyMode: boolean, expanded: readonly number[], explain: boolean): RowBody {
  if (!storyMode) {
    const said = explain ? sentenceOf(store, idx) : '';
    return { lead: '', call: said ? { call: said, result: '' } : callOf(store, idx), sentence: '', summary: false };
  }
  const place = placeOf(store.stories, expanded, idx);
  const sentence = store.stories.sentence(idx) ?? sentenceOf(store, idx);
  // An open fold's head is its first call (the fold's sentence is in the detail pane).
  if (place.kind === 'fold' && place.open) return { lead: '▾ ', call: callOf(store, idx), sentence: sentenceOf(store, idx), summary: false };
  if (place.kind === 'fold') {
    // The fold's summary counts call names only: from the columns, without reading its events again.
    const items = place.fold.items.map((i) => ({ event: { type: store.events.type(i), syscall: store.events.syscall(i) } as TraceEvent, explanation: '' }));
    const call = storyCall({ kind: place.fold.kind, sentence, items }, store.info.format);
    return { lead: '▸ ', call: { call, result: '' }, sentence, summary: true };
  }
  if (place.kind === 'item') return { lead: place.last ? '└ ' : '│ ', call: callOf(store, idx), sentence: sentenceOf(store, idx), summary: false };
  return { lead: '', call: callOf(store, idx), sentence, summary: false };
}

/** The row in `width` columns: the call (its result kept) then `→ sentence` in what is left. */
export function rowText(b: RowBody, width: number): { call: string; sentence: string } {
  const room = width - widthOf(b.lead);
  if (!b.sentence) return { call: b.lead + fitCall(b.call, room), sentence: '' };
  // The call takes what it needs up to 55%, the sentence the rest; the sentence is cut first.
  // The errno's message is left to the sentence: `= -1 ENOENT` keeps room for the arguments.
  const result = b.call.result.replace(/^(= -?\d+ E[A-Z0-9]+) \(.*\)$/, '$1');
  b = { ...b, call: { call: b.call.call, result } };
  const full = widthOf(b.call.call) + (b.call.result ? 1 + widthOf(b.call.result) : 0);
  const callW = Math.min(full, Math.max(24, Math.floor(room * 0.55)));
  const call = fitCall(b.call, callW);
  const rest = room - widthOf(call) - 4;
  return { call: b.lead + call, sentence: rest >= 10 ? `  → ${fit(b.sentence, rest)}` : '' };
}

/** Detail lines for a fold: its sentence and its calls (the selected event's detail follows). */
export function foldLines(store: TraceStore, idx: number): Line[] {
  const head = store.stories.headOf(idx);
  const fold = head === undefined ? undefined : store.stories.fold(head);
  if (!fold || head === undefined) return [];
  const out: Line[] = [{ text: `Story of ${fold.items.length} calls (${fold.kind}): ${store.stories.sentence(head) ?? ''}`, bold: true, wrap: true }];
  const shown = fold.items.slice(0, 8);
  for (const i of shown) {
    const ev = store.eventAt(i)!;
    const c = callOf(store, i);
    out.push({ text: `  ${String(ev.line).padStart(7)}  ${c.result ? `${c.call} ${c.result}` : c.call}`, ...(isFailedCall(ev) ? { color: 'red' as const } : {}) });
  }
  if (fold.items.length > shown.length) out.push({ text: `  … ${fold.items.length - shown.length} more (x opens the fold)`, dim: true });
  out.push({ text: '' });
  return out;
}

/** One line about a timeline mark: `+0.006502 · took 11.7s · wait4(-1, …) = 17206  → Waited for…`. */
export function describeMark(store: TraceStore, idx: number, t0: number | undefined): string {
  const ev = store.eventAt(idx)!;
  const c = callOf(store, idx);
  const d = durationOf(ev);
  const parts = [sinceStartText(ev, t0), d !== undefined ? `took ${durationText(d)}` : '', c.result ? `${c.call} ${c.result}` : c.call];
  const said = sentenceOf(store, idx);
  return `${parts.filter(Boolean).join(' · ')}${said ? `  → ${said}` : ''}`;
}
