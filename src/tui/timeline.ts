// The timeline: one lane per process or thread across the terminal's width, from the first
// time stamp to the end of the last call. Calls that blocked for a noticeable share of the
// trace are drawn as bars over the time they took; failures and signals are marked. Pure
// layout over events: the component draws the cells, the reducer moves between marks.

import type { ProcessInfo } from '../model/index.js';
import type { Events } from './event-table.js';

export type CellKind = 'idle' | 'active' | 'blocked' | 'failed' | 'signal' | 'exit';

/** What the cells are drawn with (the legend shows the same): one column each, no emoji (terminals disagree on their width). */
export const CELL_CHAR: Record<CellKind, string> = { idle: ' ', active: '·', blocked: '━', failed: '✗', signal: '↯', exit: '┃' };

export interface Lane {
  /** Process (or thread) id; undefined: lines without one. */
  id: number | undefined;
  label: string;
  /** Events worth jumping to, in time order: blocking calls, failures, signals, the exit. */
  marks: number[];
  events: number;
}

export interface Timeline {
  lanes: Lane[];
  t0: number;
  t1: number;
  /** A call this long or longer is a bar (and a mark). */
  blocking: number;
  /** Failed calls whose failure is expected (probes): drawn as activity, not as failures. */
  expected: (i: number) => boolean;
}


/** Lanes in order of first appearance; undefined when the trace has no time stamps. */
export function buildTimeline(events: Events, procs: readonly ProcessInfo[], expected: (i: number) => boolean = () => false): Timeline | undefined {
  let t0 = Infinity;
  let t1 = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const t = events.time(i);
    if (t === undefined) continue;
    if (t < t0) t0 = t;
    const end = t + (events.duration(i) ?? 0);
    if (end > t1) t1 = end;
  }
  if (!Number.isFinite(t0)) return undefined;
  // Bars for calls that took at least 1% of the trace (and at least a millisecond).
  const blocking = Math.max(0.001, (t1 - t0) / 100);
  const byId = new Map<number | undefined, Lane>();
  const byPid = new Map(procs.map((p) => [p.pid, p]));
  for (let i = 0; i < events.length; i++) {
    if (events.time(i) === undefined) continue;
    const id = events.who(i);
    let lane = byId.get(id);
    if (!lane) byId.set(id, (lane = { id, label: laneLabel(id, byPid.get(id ?? -1)), marks: [], events: 0 }));
    lane.events++;
    if (cellKind(events, i, blocking, expected(i)) !== 'active') lane.marks.push(i);
  }
  return { lanes: [...byId.values()], t0, t1, blocking, expected };
}

function laneLabel(id: number | undefined, p: ProcessInfo | undefined): string {
  if (id === undefined) return '(no pid)';
  const prog = p?.argv?.[0] ?? p?.exe;
  const name = prog ? prog.slice(prog.lastIndexOf('/') + 1) : '';
  return `${p?.isThread ? 'thread ' : ''}${id}${name ? ` ${name}` : ''}`;
}

/** How an event is drawn at the column where it ends (a blocking call also gets its bar). */
export function cellKind(events: Events, i: number, blocking: number, expected = false): CellKind {
  const type = events.type(i);
  if (type === 'signal') return 'signal';
  if (type === 'exit') return 'exit';
  if (events.failedCall(i) && !expected) return 'failed';
  const d = events.duration(i);
  return d !== undefined && d >= blocking ? 'blocked' : 'active';
}

/** Precedence when several events fall in one cell: what a reader must not miss wins. */
const RANK: Record<CellKind, number> = { idle: 0, active: 1, blocked: 2, exit: 3, failed: 4, signal: 5 };

/** The column of time t in `width` columns. */
export function columnOf(tl: Timeline, t: number, width: number): number {
  const span = tl.t1 - tl.t0 || 1;
  return Math.min(width - 1, Math.max(0, Math.floor(((t - tl.t0) / span) * width)));
}

/** Every lane's cells across `width` columns, in one pass over the events. */
export function laneCells(tl: Timeline, events: Events, width: number): Map<number | undefined, CellKind[]> {
  const grid = new Map<number | undefined, CellKind[]>();
  for (const lane of tl.lanes) grid.set(lane.id, new Array<CellKind>(width).fill('idle'));
  const put = (cells: CellKind[], c: number, k: CellKind): void => {
    if (RANK[k] > RANK[cells[c]!]) cells[c] = k;
  };
  for (let i = 0; i < events.length; i++) {
    const t = events.time(i);
    if (t === undefined) continue;
    const cells = grid.get(events.who(i));
    if (!cells) continue;
    const k = cellKind(events, i, tl.blocking, tl.expected(i));
    const from = columnOf(tl, t, width);
    const d = events.duration(i);
    // A call that blocked and then failed (a read cut short by a signal): its bar, then ✗ where it returned.
    const to = d !== undefined && d >= tl.blocking ? columnOf(tl, t + d, width) : from;
    for (let c = from; c < to; c++) put(cells, c, 'blocked');
    put(cells, to, k);
  }
  return grid;
}

/** The time axis under the lanes: `0s`, the middle and the end, placed at their columns. */
export function axisText(tl: Timeline, width: number): string {
  const span = tl.t1 - tl.t0;
  const fmt = (s: number): string => (span >= 10 ? `${s.toFixed(1)}s` : span >= 0.1 ? `${s.toFixed(3)}s` : `${(s * 1000).toFixed(2)}ms`);
  const mid = fmt(span / 2);
  const end = fmt(span);
  const row = ('0s' + ' '.repeat(width)).slice(0, width).split('');
  const place = (text: string, c: number): void => {
    for (let k = 0; k < text.length && c + k < width; k++) row[c + k] = text[k]!;
  };
  place(mid, Math.max(3, Math.floor(width / 2 - mid.length / 2)));
  place(end, Math.max(0, width - end.length));
  return row.join('');
}
