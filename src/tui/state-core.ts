// The browser's state, what the reducer may read of the trace, and the moves every command
// is made of: rows for the filters and the story, the selection kept across changes, a jump
// to an event. Pure, like the reducer (state.ts). Rows are event indexes; `rows: null` means
// "every event", which keeps a 600,000-event list free of a 600,000-entry array until a
// filter asks for one.

import type { Command } from './keys.js';
import { filterRange, hasFilters, type Filters } from './filter.js';
import type { Events } from './event-table.js';
import { storyRows, type StoryView } from './story-rows.js';

export type View = 'events' | 'findings' | 'processes' | 'sockets' | 'timeline';
export type SideView = Exclude<View, 'events'>;
export const VIEWS: readonly View[] = ['events', 'findings', 'processes', 'sockets', 'timeline'];
export const VIEW_TITLES: Record<View, string> = { events: 'Events', findings: 'Findings', processes: 'Processes', sockets: 'Sockets/fds', timeline: 'Timeline' };

/** What the reducer may read of the trace. */
export interface BrowseEnv {
  events: Events;
  /** The raw text of event i's line(s) (search reads it before reading the event again). */
  rawText?(i: number): string | undefined;
  /** Event i passes the command line's call filters (decided as it was read). */
  passes?(i: number): boolean;
  /** Rows in a side view. */
  listLength(view: SideView): number;
  /** What Enter on row `i` of a side view shows in the event list. */
  openSide(view: SideView, i: number): Filters | undefined;
  /** Event i failed as expected (a probe, a normal answer): the failed-only view leaves it out. */
  expectedFailure?(i: number): boolean;
  /** The folded story, as far as analysis has told it (absent: the list is raw lines only). */
  story?: StoryView;
  /** The event the first screen selects (the most severe finding's); known once analysis ends. */
  opening?(): number | undefined;
  /** Calls with a duration, slowest first. */
  slowest?(): readonly number[];
  /** Timeline: the marks (event indexes, in time order) of lane i. */
  laneMarks?(lane: number): readonly number[];
}

export interface ListPos {
  cursor: number;
  top: number;
}

export interface BrowseState {
  view: View;
  /** Events view: the list has the keys, or the detail pane (opened with Enter). */
  focus: 'list' | 'detail';
  overlay: 'none' | 'help' | 'search';
  /** Events the state knows of (grows while the trace is read). */
  total: number;
  /** Events analysed so far, and whether analysis has finished (for the status bar and side views). */
  analyzed: number;
  analysisDone: boolean;
  /** The whole input has been read. */
  readDone: boolean;
  filters: Filters;
  /** Visible event indexes, ascending; null: all `total` events. */
  rows: readonly number[] | null;
  /** Row of the selection in the event list. */
  cursor: number;
  top: number;
  /** Keep the selection on the last row as events arrive (set by G). */
  follow: boolean;
  /** Rows of the event list on screen. */
  height: number;
  /** The event list shows explanations instead of raw calls. */
  explain: boolean;
  /** The list tells the folded story (the default); false: one row per trace line (r). */
  story: boolean;
  /** Folds opened with x, by their first event. */
  expanded: readonly number[];
  /** Stories the rows were built from (the list grows as analysis tells more). */
  heads: number;
  /** A key was pressed: the first screen's jump to the finding no longer applies. */
  moved: boolean;
  /** Rank of the slow call d last jumped to. */
  slow?: number;
  /** Timeline: the selected mark in the selected lane. */
  mark: number;
  detailScroll: number;
  /** Lines of the detail pane beyond its height (how far it can scroll). */
  detailMax: number;
  side: Record<SideView, ListPos>;
  /** View to go back to with Esc (set when a side view opened the event list). */
  returnTo?: SideView;
  search: { draft: string; query?: string };
  message?: string;
  quit: boolean;
}

export type Action =
  | { type: 'command'; command: Command }
  /** More events were read (`total`) and/or analysis moved on (`analyzed`, `done`). */
  | { type: 'loaded'; total: number; analyzed?: number; done?: boolean; readDone?: boolean }
  | { type: 'resize'; height: number }
  | { type: 'search-input'; text: string }
  | { type: 'search-backspace' }
  | { type: 'search-submit' }
  | { type: 'detail-length'; max: number };

/** The state before the first event; `filters` (from the command line) apply to events as they arrive. */
export function initialState(total = 0, height = 20, filters: Filters = {}): BrowseState {
  return {
    view: 'events',
    focus: 'list',
    overlay: 'none',
    total,
    analyzed: 0,
    analysisDone: false,
    readDone: false,
    filters,
    rows: hasFilters(filters) ? [] : null,
    cursor: 0,
    top: 0,
    follow: false,
    height: Math.max(1, height),
    explain: false,
    story: true,
    expanded: [],
    heads: 0,
    moved: false,
    mark: 0,
    detailScroll: 0,
    detailMax: 0,
    side: { findings: { cursor: 0, top: 0 }, processes: { cursor: 0, top: 0 }, sockets: { cursor: 0, top: 0 }, timeline: { cursor: 0, top: 0 } },
    search: { draft: '' },
    quit: false,
  };
}

export function rowCount(s: BrowseState): number {
  return s.rows ? s.rows.length : s.total;
}

/** Event index at a row of the event list. */
export function eventAt(s: BrowseState, row: number): number | undefined {
  if (row < 0 || row >= rowCount(s)) return undefined;
  return s.rows ? s.rows[row] : row;
}

export function selectedEvent(s: BrowseState): number | undefined {
  return eventAt(s, s.cursor);
}

/** First row whose event index is >= idx (binary search); rowCount when none. */
export function rowOfEvent(s: { rows: readonly number[] | null; total: number }, idx: number): number {
  if (!s.rows) return Math.min(Math.max(idx, 0), s.total);
  let lo = 0;
  let hi = s.rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.rows[mid]! < idx) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}

/** Moves a cursor within `len` rows and scrolls so it stays on screen. */
export function moveTo(pos: ListPos, cursor: number, len: number, height: number): ListPos {
  const c = len === 0 ? 0 : clamp(cursor, 0, len - 1);
  let top = pos.top;
  if (c < top) top = c;
  if (c >= top + height) top = c - height + 1;
  top = clamp(top, 0, Math.max(0, len - height));
  return { cursor: c, top };
}

export function withCursor(s: BrowseState, cursor: number): BrowseState {
  const p = moveTo(s, cursor, rowCount(s), s.height);
  return { ...s, cursor: p.cursor, top: p.top, detailScroll: p.cursor === s.cursor ? s.detailScroll : 0 };
}

/** The list shows stories: story mode, no filter, and a story to tell. */
export function storyList(s: Pick<BrowseState, 'story' | 'filters'>, env: BrowseEnv): boolean {
  return s.story && !hasFilters(s.filters) && !!env.story;
}

/** Rows for the filters and mode: filtered events, the story, or null (every event). */
export function rowsFor(s: BrowseState, filters: Filters, env: BrowseEnv): readonly number[] | null {
  if (hasFilters(filters)) return filterRange(env.events, filters, 0, s.total, env.expectedFailure, env.passes);
  return s.story && env.story ? storyRows(env.story, s.expanded) : null;
}

/** Applies new filters, keeping the selected event (or the next one the filters keep). */
export function applyFilters(s: BrowseState, filters: Filters, env: BrowseEnv, message?: string): BrowseState {
  const keep = selectedEvent(s);
  const rows = rowsFor(s, filters, env);
  const next: BrowseState = { ...s, filters, rows, heads: env.story?.heads.length ?? 0, follow: false, top: 0, cursor: 0 };
  if (message !== undefined) next.message = message;
  else delete next.message;
  return centered(withCursor(next, anchorRow(next, keep, env)));
}

/** Puts the selection mid-screen so its neighbours show. */
export function centered(s: BrowseState): BrowseState {
  return { ...s, top: clamp(s.cursor - (s.height >> 1), 0, Math.max(0, rowCount(s) - s.height)) };
}

/** The row showing event `keep`: its story's row when a closed fold hides it, else the next row. */
export function anchorRow(s: BrowseState, keep: number | undefined, env: BrowseEnv): number {
  if (keep === undefined) return 0;
  let row = rowOfEvent(s, keep);
  if (eventAt(s, row) !== keep && storyList(s, env)) {
    const head = env.story!.headOf(keep);
    if (head !== undefined) row = rowOfEvent(s, head);
  }
  return Math.max(0, Math.min(row, rowCount(s) - 1));
}

/** The story told further: rows rebuilt, the selection kept (or the end followed). */
export function refreshStory(s: BrowseState, env: BrowseEnv): BrowseState {
  const keep = selectedEvent(s);
  const next: BrowseState = { ...s, rows: storyRows(env.story!, s.expanded), heads: env.story!.heads.length };
  if (next.follow) return withCursor(next, rowCount(next) - 1);
  const p = moveTo(next, anchorRow(next, keep, env), rowCount(next), next.height);
  return { ...next, cursor: p.cursor, top: p.top };
}

/**
 * Selects event idx mid-screen, opening the fold that holds it. Unchanged when the filters
 * hide it. Used by the first screen (the finding's event), d (slow calls) and the timeline.
 */
export function jumpTo(s: BrowseState, idx: number | undefined, env: BrowseEnv): BrowseState {
  if (idx === undefined || idx >= s.total) return s;
  let next: BrowseState = { ...s, follow: false };
  if (storyList(next, env)) {
    const head = env.story!.headOf(idx);
    if (head !== undefined && head !== idx && !next.expanded.includes(head)) {
      const expanded = [...next.expanded, head];
      next = { ...next, expanded, rows: storyRows(env.story!, expanded), heads: env.story!.heads.length };
    }
  }
  const row = rowOfEvent(next, idx);
  if (eventAt(next, row) !== idx) return s;
  return centered(withCursor(next, row));
}

