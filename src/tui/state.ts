// The browser's reducer. Pure: the next state is a function of the state, the action and a
// read-only view of the trace (`BrowseEnv`), so it is tested without React. What the state
// holds and the moves commands are made of are in state-core.ts.

import { Command } from './keys.js';
import { filterRange, familyOf, hasFilters, matchesAt, parseQuery } from './filter.js';
import { storyRows } from './story-rows.js';
import {
  applyFilters,
  jumpTo,
  moveTo,
  refreshStory,
  rowCount,
  rowOfEvent,
  selectedEvent,
  storyList,
  VIEWS,
  withCursor,
  type Action,
  type BrowseEnv,
  type BrowseState,
  type SideView,
} from './state-core.js';

export * from './state-core.js';

/** Stories from which the list is redone in steps of a hundredth while analysis runs (see 'loaded'). */
const STORY_STEP_FROM = 20_000;
function sideMove(s: BrowseState, view: SideView, cursor: number, env: BrowseEnv): BrowseState {
  const len = env.listLength(view);
  return { ...s, side: { ...s.side, [view]: moveTo(s.side[view], cursor, len, s.height) } };
}

/** Searches the visible rows from the selection; wraps around once. Says which match of how many it is. */
function searchStep(s: BrowseState, env: BrowseEnv, dir: 1 | -1, includeCurrent: boolean): BrowseState {
  const q = s.search.query === undefined ? undefined : parseQuery(s.search.query);
  if (!q) return { ...s, message: 'no search yet: press / to search' };
  const n = rowCount(s);
  // Every matching row, once: the count and the match's rank come from the same pass.
  const hits: number[] = [];
  for (let row = 0; row < n; row++) if (matchesAt(env.events, s.rows ? s.rows[row]! : row, q, env.rawText)) hits.push(row);
  if (!hits.length) return { ...s, message: `no match for ${s.search.query}${hasFilters(s.filters) ? ' (filters on: c clears them)' : ''}` };
  // The first hit at or after (before, going back) the selection, else wrap around.
  let k: number;
  if (dir === 1) {
    k = hits.findIndex((r) => (includeCurrent ? r >= s.cursor : r > s.cursor));
    if (k < 0) k = 0;
  } else {
    k = hits.length - 1;
    while (k >= 0 && hits[k]! >= s.cursor) k--;
    if (k < 0) k = hits.length - 1;
  }
  const row = hits[k]!;
  const wrapped = dir === 1 ? row < s.cursor || (row === s.cursor && !includeCurrent) : row >= s.cursor;
  const out = withCursor({ ...s, follow: false }, row);
  return { ...out, message: `match ${k + 1} of ${hits.length}: ${s.search.query}${wrapped ? ' (wrapped)' : ''}  (n next, N previous)` };
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
      const pid = idx === undefined ? undefined : env.events.pid(idx);
      if (pid === undefined) return { ...s, message: 'the selected event has no pid' };
      return applyFilters(s, { ...f, pids: [pid], pidLabel: `pid ${pid}` }, env);
    }
    case Command.FilterSyscall: {
      const idx = selectedEvent(s);
      const ev = idx === undefined ? undefined : env.events.at(idx);
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
  const ev = env.events.at(idx)!;
  const took = ev.type === 'syscall' && ev.duration !== undefined ? `${ev.duration.toFixed(6)}s` : '';
  return { ...next, slow: k, message: `slowest call ${k + 1} of ${list.length}: ${ev.type === 'syscall' ? ev.syscall : ev.type} took ${took} (d: next)` };
}

/** The timeline: lanes move with Up/Down, marks with Left/Right; Enter shows the mark in the list. */
function commandOnTimeline(s: BrowseState, c: Command, env: BrowseEnv): BrowseState {
  const lane = s.side.timeline.cursor;
  const marks = env.laneMarks?.(lane) ?? [];
  switch (c) {
    case Command.Left:
      return { ...s, mark: Math.max(0, s.mark - 1) };
    case Command.Right:
      return { ...s, mark: Math.max(0, Math.min(marks.length - 1, s.mark + 1)) };
    case Command.Open: {
      const idx = marks[Math.min(s.mark, marks.length - 1)];
      if (idx === undefined) return { ...s, message: 'nothing marked in this lane: no blocking call, failure or signal' };
      const list: BrowseState = { ...s, view: 'events', focus: 'list', returnTo: 'timeline' };
      const out = jumpTo(list, idx, env);
      return selectedEvent(out) === idx ? out : jumpTo(applyFilters(list, {}, env), idx, env);
    }
    default: {
      const out = commandOnSide(s, 'timeline', c, env);
      return out.side.timeline.cursor === lane ? out : { ...out, mark: 0 };
    }
  }
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
      // The story's rows are a copy of its heads: on a long story they are redone when it has grown
      // by a hundredth (or analysis ended), not on every step, or the copies would pile up faster
      // than the collector takes them.
      const grown = storyList(s, env) ? env.story!.heads.length - s.heads : 0;
      const told = grown !== 0 && (!!a.done || s.heads < STORY_STEP_FROM || grown * 100 >= s.heads);
      if (!progress && a.total <= s.total && !told) return s;
      let next: BrowseState = { ...withProgress, total: Math.max(a.total, s.total) };
      // Which failures are expected is known once analysis has seen them: the failed-only view is redone then.
      if (finished && s.filters.failed) next = applyFilters(next, s.filters, env);
      else if (storyList(s, env)) {
        if (told) next = refreshStory(next, env);
      } else if (a.total > s.total) {
        if (s.rows) {
          const more = filterRange(env.events, s.filters, s.total, a.total, env.expectedFailure, env.passes);
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
  // e in the story (which already tells each call): raw lines, told as sentences.
  if (c === Command.ExplainRows) return s.story ? applyFilters({ ...s, story: false, explain: true, view: 'events' }, s.filters, env) : { ...s, explain: !s.explain, view: 'events' };
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
  if (s.view === 'timeline') return commandOnTimeline(s, c, env);
  return commandOnSide(s, s.view, c, env);
}

