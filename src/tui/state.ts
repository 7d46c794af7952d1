// The browser's state and its reducer. Pure: the next state is a function of the state,
// the action and a read-only view of the trace (`BrowseEnv`), so it is tested without
// React. Rows are event indexes; `rows: null` means "every event", which keeps a
// 600,000-event list free of a 600,000-entry array until a filter asks for one.

import { Command } from './keys.js';
import { filterRange, familyOf, hasFilters, matchesQuery, parseQuery, type Filters } from './filter.js';
import type { TraceEvent } from '../model/index.js';
import { storyRows, type StoryView } from './story-rows.js';

export type View = 'events' | 'findings' | 'processes' | 'sockets';
export type SideView = Exclude<View, 'events'>;
export const VIEWS: readonly View[] = ['events', 'findings', 'processes', 'sockets'];
export const VIEW_TITLES: Record<View, string> = { events: 'Events', findings: 'Findings', processes: 'Processes', sockets: 'Sockets/fds' };

/** What the reducer may read of the trace. */
export interface BrowseEnv {
  events: readonly TraceEvent[];
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

export function initialState(total = 0, height = 20): BrowseState {
  return {
    view: 'events',
    focus: 'list',
    overlay: 'none',
    total,
    analyzed: 0,
    analysisDone: false,
    readDone: false,
    filters: {},
    rows: null,
    cursor: 0,
    top: 0,
    follow: false,
    height: Math.max(1, height),
    explain: false,
    story: true,
    expanded: [],
    heads: 0,
    moved: false,
    detailScroll: 0,
    detailMax: 0,
    side: { findings: { cursor: 0, top: 0 }, processes: { cursor: 0, top: 0 }, sockets: { cursor: 0, top: 0 } },
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

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}

/** Moves a cursor within `len` rows and scrolls so it stays on screen. */
function moveTo(pos: ListPos, cursor: number, len: number, height: number): ListPos {
  const c = len === 0 ? 0 : clamp(cursor, 0, len - 1);
  let top = pos.top;
  if (c < top) top = c;
  if (c >= top + height) top = c - height + 1;
  top = clamp(top, 0, Math.max(0, len - height));
  return { cursor: c, top };
}

function withCursor(s: BrowseState, cursor: number): BrowseState {
  const p = moveTo(s, cursor, rowCount(s), s.height);
  return { ...s, cursor: p.cursor, top: p.top, detailScroll: p.cursor === s.cursor ? s.detailScroll : 0 };
}

/** The list shows stories: story mode, no filter, and a story to tell. */
export function storyList(s: Pick<BrowseState, 'story' | 'filters'>, env: BrowseEnv): boolean {
  return s.story && !hasFilters(s.filters) && !!env.story;
}

/** Rows for the filters and mode: filtered events, the story, or null (every event). */
function rowsFor(s: BrowseState, filters: Filters, env: BrowseEnv): readonly number[] | null {
  if (hasFilters(filters)) return filterRange(env.events, filters, 0, s.total, env.expectedFailure);
  return s.story && env.story ? storyRows(env.story, s.expanded) : null;
}

/** Applies new filters, keeping the selected event (or the next one the filters keep). */
function applyFilters(s: BrowseState, filters: Filters, env: BrowseEnv, message?: string): BrowseState {
  const keep = selectedEvent(s);
  const rows = rowsFor(s, filters, env);
  const next: BrowseState = { ...s, filters, rows, heads: env.story?.heads.length ?? 0, follow: false, top: 0, cursor: 0 };
  if (message !== undefined) next.message = message;
  else delete next.message;
  return centered(withCursor(next, anchorRow(next, keep, env)));
}

/** Puts the selection mid-screen so its neighbours show. */
function centered(s: BrowseState): BrowseState {
  return { ...s, top: clamp(s.cursor - (s.height >> 1), 0, Math.max(0, rowCount(s) - s.height)) };
}

/** The row showing event `keep`: its story's row when a closed fold hides it, else the next row. */
function anchorRow(s: BrowseState, keep: number | undefined, env: BrowseEnv): number {
  if (keep === undefined) return 0;
  let row = rowOfEvent(s, keep);
  if (eventAt(s, row) !== keep && storyList(s, env)) {
    const head = env.story!.headOf(keep);
    if (head !== undefined) row = rowOfEvent(s, head);
  }
  return Math.max(0, Math.min(row, rowCount(s) - 1));
}

/** The story told further: rows rebuilt, the selection kept (or the end followed). */
function refreshStory(s: BrowseState, env: BrowseEnv): BrowseState {
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

function sideMove(s: BrowseState, view: SideView, cursor: number, env: BrowseEnv): BrowseState {
  const len = env.listLength(view);
  return { ...s, side: { ...s.side, [view]: moveTo(s.side[view], cursor, len, s.height) } };
}

/** Searches the visible rows from the selection; wraps around once. */
function searchStep(s: BrowseState, env: BrowseEnv, dir: 1 | -1, includeCurrent: boolean): BrowseState {
  const q = s.search.query === undefined ? undefined : parseQuery(s.search.query);
  if (!q) return { ...s, message: 'no search yet: press / to search' };
  const n = rowCount(s);
  if (n === 0) return { ...s, message: `no match for ${s.search.query}` };
  for (let k = includeCurrent ? 0 : 1; k <= n; k++) {
    const row = (((s.cursor + dir * k) % n) + n) % n;
    const idx = s.rows ? s.rows[row]! : row;
    if (matchesQuery(env.events[idx]!, q)) {
      const wrapped = k > 0 && (dir === 1 ? row <= s.cursor : row >= s.cursor);
      const out = withCursor({ ...s, follow: false }, row);
      if (wrapped) return { ...out, message: `search wrapped: ${s.search.query}` };
      const { message: _drop, ...rest } = out;
      return rest;
    }
  }
  return { ...s, message: `no match for ${s.search.query}${hasFilters(s.filters) ? ' (filters on: c clears them)' : ''}` };
}

function commandOnEvents(s: BrowseState, c: Command, env: BrowseEnv): BrowseState {
  const n = rowCount(s);
  const page = Math.max(1, s.height - 1);
  if (s.focus === 'detail') {
    switch (c) {
      case Command.Up:
        return { ...s, detailScroll: Math.max(0, s.detailScroll - 1) };
      case Command.Down:
        return { ...s, detailScroll: Math.min(s.detailMax, s.detailScroll + 1) };
      case Command.PageUp:
        return { ...s, detailScroll: Math.max(0, s.detailScroll - page) };
      case Command.PageDown:
        return { ...s, detailScroll: Math.min(s.detailMax, s.detailScroll + page) };
      case Command.First:
        return { ...s, detailScroll: 0 };
      case Command.Last:
        return { ...s, detailScroll: s.detailMax };
      case Command.Back:
      case Command.Quit:
      case Command.Open:
        return { ...s, focus: 'list', detailScroll: 0 };
      default:
        break;
    }
  }
  switch (c) {
    case Command.Up:
      return withCursor({ ...s, follow: false }, s.cursor - 1);
    case Command.Down:
      return withCursor(s, s.cursor + 1);
    case Command.PageUp:
      return withCursor({ ...s, follow: false }, s.cursor - page);
    case Command.PageDown:
      return withCursor(s, s.cursor + page);
    case Command.First:
      return withCursor({ ...s, follow: false }, 0);
    case Command.Last:
      return withCursor({ ...s, follow: true }, n - 1);
    case Command.Open:
      return n === 0 ? s : { ...s, focus: 'detail', detailScroll: 0 };
    case Command.Back:
    case Command.Quit:
      if (s.returnTo) {
        const back = applyFilters(s, {}, env);
        const { returnTo: _r, ...rest } = back;
        return { ...rest, view: s.returnTo };
      }
      if (c === Command.Quit) return { ...s, quit: true };
      return s.message ? (({ message: _m, ...rest }) => rest)(s) : s;
    case Command.Search:
      return { ...s, overlay: 'search', search: { ...s.search, draft: '' } };
    case Command.SearchNext:
      return searchStep(s, env, 1, false);
    case Command.SearchPrev:
      return searchStep(s, env, -1, false);
    case Command.FailedOnly: {
      const f = { ...s.filters };
      if (f.failed) delete f.failed;
      else f.failed = true;
      return applyFilters(s, f, env);
    }
    case Command.FilterProcess: {
      const f = { ...s.filters };
      if (f.pids) {
        delete f.pids;
        delete f.pidLabel;
        return applyFilters(s, f, env);
      }
      const idx = selectedEvent(s);
      const pid = idx === undefined ? undefined : env.events[idx]?.pid;
      if (pid === undefined) return { ...s, message: 'the selected event has no pid' };
      return applyFilters(s, { ...f, pids: [pid], pidLabel: `pid ${pid}` }, env);
    }
    case Command.FilterSyscall: {
      const idx = selectedEvent(s);
      const ev = idx === undefined ? undefined : env.events[idx];
      const f = { ...s.filters };
      if (f.family || (f.syscall && (!ev || ev.type !== 'syscall'))) {
        delete f.family;
        delete f.syscall;
        return applyFilters(s, f, env);
      }
      if (!ev || ev.type !== 'syscall') return { ...s, message: 'select a syscall to filter by it' };
      if (f.syscall === ev.syscall) {
        delete f.syscall;
        return applyFilters(s, { ...f, family: familyOf(ev.syscall) }, env);
      }
      return applyFilters(s, { ...f, syscall: ev.syscall }, env);
    }
    case Command.ClearFilters: {
      const out = applyFilters(s, {}, env);
      const { returnTo: _r, ...rest } = out;
      return rest;
    }
    case Command.RawLines: {
      const story = !s.story;
      const out = applyFilters({ ...s, story }, s.filters, env, story ? undefined : 'raw lines: one row per trace line (r: back to the story)');
      return out;
    }
    case Command.Expand:
      return toggleFold(s, env);
    case Command.Slowest:
      return slowStep(s, env);
    default:
      return s;
  }
}

/** x: opens the selected fold (its events show under it), or closes the fold the selection is in. */
function toggleFold(s: BrowseState, env: BrowseEnv): BrowseState {
  const idx = selectedEvent(s);
  if (!storyList(s, env) || idx === undefined) return { ...s, message: s.story ? 'folds open in the story without filters (c clears them)' : 'raw lines have no folds (r: back to the story)' };
  const head = env.story!.headOf(idx);
  if (head === undefined || !env.story!.fold(head)) return { ...s, message: 'a single event: nothing folded here' };
  const open = s.expanded.includes(head);
  const expanded = open ? s.expanded.filter((h) => h !== head) : [...s.expanded, head];
  const next: BrowseState = { ...s, expanded, rows: storyRows(env.story!, expanded), heads: env.story!.heads.length };
  const p = moveTo(next, rowOfEvent(next, open ? head : idx), rowCount(next), next.height);
  const { message: _m, ...rest } = { ...next, cursor: p.cursor, top: p.top };
  return rest;
}

/** d: the slowest call, then the next slowest, and so on (calls carry durations with strace -T). */
function slowStep(s: BrowseState, env: BrowseEnv): BrowseState {
  const list = env.slowest?.() ?? [];
  if (!list.length) return { ...s, message: 'no call durations in this trace (strace -T records them)' };
  const k = s.slow === undefined ? 0 : (s.slow + 1) % list.length;
  const idx = list[k]!;
  let next = jumpTo(s, idx, env);
  // Filters that hide it are cleared: the slow call is what was asked for.
  if (selectedEvent(next) !== idx) next = jumpTo(applyFilters(s, {}, env), idx, env);
  const ev = env.events[idx]!;
  const took = ev.type === 'syscall' && ev.duration !== undefined ? `${ev.duration.toFixed(6)}s` : '';
  return { ...next, slow: k, message: `slowest call ${k + 1} of ${list.length}: ${ev.type === 'syscall' ? ev.syscall : ev.type} took ${took} (d: next)` };
}

function commandOnSide(s: BrowseState, view: SideView, c: Command, env: BrowseEnv): BrowseState {
  const pos = s.side[view];
  const page = Math.max(1, s.height - 1);
  switch (c) {
    case Command.Up:
      return sideMove(s, view, pos.cursor - 1, env);
    case Command.Down:
      return sideMove(s, view, pos.cursor + 1, env);
    case Command.PageUp:
      return sideMove(s, view, pos.cursor - page, env);
    case Command.PageDown:
      return sideMove(s, view, pos.cursor + page, env);
    case Command.First:
      return sideMove(s, view, 0, env);
    case Command.Last:
      return sideMove(s, view, env.listLength(view) - 1, env);
    case Command.Open: {
      const f = env.listLength(view) ? env.openSide(view, pos.cursor) : undefined;
      if (!f) return s;
      const out = applyFilters({ ...s, view: 'events', focus: 'list', returnTo: view }, f, env);
      // Start at the first event of what was opened.
      return withCursor(out, 0);
    }
    case Command.Back:
    case Command.Quit:
      return { ...s, view: 'events' };
    case Command.ClearFilters:
      return applyFilters(s, {}, env);
    default:
      return s;
  }
}

export function reduce(s: BrowseState, a: Action, env: BrowseEnv): BrowseState {
  switch (a.type) {
    case 'loaded': {
      const progress =
        (a.analyzed !== undefined && a.analyzed !== s.analyzed) ||
        (a.done !== undefined && a.done !== s.analysisDone) ||
        (a.readDone !== undefined && a.readDone !== s.readDone);
      const withProgress: BrowseState = progress
        ? { ...s, analyzed: a.analyzed ?? s.analyzed, analysisDone: a.done ?? s.analysisDone, readDone: a.readDone ?? s.readDone }
        : s;
      const finished = !!a.done && !s.analysisDone;
      const told = storyList(s, env) && env.story!.heads.length !== s.heads;
      if (!progress && a.total <= s.total && !told) return s;
      let next: BrowseState = { ...withProgress, total: Math.max(a.total, s.total) };
      // Which failures are expected is known once analysis has seen them: the failed-only view is redone then.
      if (finished && s.filters.failed) next = applyFilters(next, s.filters, env);
      else if (storyList(s, env)) {
        if (told) next = refreshStory(next, env);
      } else if (a.total > s.total) {
        if (s.rows) {
          const more = filterRange(env.events, s.filters, s.total, a.total, env.expectedFailure);
          if (more.length) next = { ...next, rows: s.rows.concat(more) };
        }
        if (next.follow) next = withCursor(next, rowCount(next) - 1);
      }
      // The first screen: the most severe finding's event, unless a key has moved the list.
      if (finished && !s.moved) next = jumpTo(next, env.opening?.(), env);
      return next;
    }
    case 'resize': {
      const h = Math.max(1, a.height);
      const out = withCursor({ ...s, height: h }, s.cursor);
      const side = { ...out.side };
      for (const v of VIEWS) if (v !== 'events') side[v] = moveTo(side[v], side[v].cursor, env.listLength(v), h);
      return { ...out, side };
    }
    case 'detail-length': {
      const max = Math.max(0, a.max);
      return max === s.detailMax ? s : { ...s, detailMax: max, detailScroll: Math.min(s.detailScroll, max) };
    }
    case 'search-input':
      return { ...s, search: { ...s.search, draft: s.search.draft + a.text } };
    case 'search-backspace':
      return { ...s, search: { ...s.search, draft: s.search.draft.slice(0, -1) } };
    case 'search-submit': {
      const draft = s.search.draft.trim();
      const closed: BrowseState = { ...s, overlay: 'none' };
      if (!draft) return closed;
      return searchStep({ ...closed, search: { draft: '', query: draft } }, env, 1, true);
    }
    case 'command':
      return command(s, a.command, env);
  }
}

function command(s: BrowseState, c: Command, env: BrowseEnv): BrowseState {
  if (s.overlay === 'help') {
    return c === Command.Back || c === Command.Quit || c === Command.Help ? { ...s, overlay: 'none' } : s;
  }
  if (s.overlay === 'search') {
    return c === Command.Back ? { ...s, overlay: 'none', search: { ...s.search, draft: '' } } : s;
  }
  if (!s.moved) s = { ...s, moved: true };
  if (c === Command.Help) return { ...s, overlay: 'help' };
  if (c === Command.ExplainRows) return { ...s, explain: !s.explain, view: 'events' };
  if (c === Command.NextView || c === Command.PrevView) {
    const i = VIEWS.indexOf(s.view);
    const view = VIEWS[(i + (c === Command.NextView ? 1 : VIEWS.length - 1)) % VIEWS.length]!;
    return { ...s, view, focus: 'list' };
  }
  if (s.view === 'events') return commandOnEvents(s, c, env);
  // Filters and search apply to the event list; from a side view they switch to it.
  if (c === Command.FailedOnly || c === Command.Search || c === Command.SearchNext || c === Command.SearchPrev || c === Command.RawLines || c === Command.Slowest) {
    return commandOnEvents({ ...s, view: 'events', focus: 'list' }, c, env);
  }
  // p on a process opens its events, as Enter does.
  if (c === Command.FilterProcess && s.view === 'processes') return commandOnSide(s, s.view, Command.Open, env);
  return commandOnSide(s, s.view, c, env);
}

