import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTraceFile } from '../../src/index.js';
import type { SyscallEvent, TraceEvent } from '../../src/model/index.js';
import { filterRange, matchesQuery, parseQuery } from '../../src/tui/filter.js';
import { eventsOf } from '../../src/tui/event-table.js';
import { Command } from '../../src/tui/keys.js';
import { initialState, reduce, rowCount, selectedEvent, type Action, type BrowseEnv, type BrowseState } from '../../src/tui/state.js';

const PSQL = fileURLToPath(new URL('../../samples/psql-unix-socket-enoent.strace.txt', import.meta.url));

let events: TraceEvent[];
let env: BrowseEnv;

beforeAll(async () => {
  events = (await readTraceFile(PSQL)).events;
  env = {
    events: eventsOf(events),
    listLength: (v) => (v === 'findings' ? 2 : v === 'processes' ? 1 : 0),
    // Finding 0 cites the connect at line 995; process 0 is pid 11214.
    openSide: (v, i) =>
      v === 'findings' && i === 0
        ? { only: { label: 'finding: connect failed', events: [events.findIndex((e) => e.line === 995)] } }
        : v === 'processes'
          ? { pids: [11214], pidLabel: 'process 11214' }
          : undefined,
  };
});

function run(s: BrowseState, ...actions: (Action | Command)[]): BrowseState {
  for (const a of actions) s = reduce(s, typeof a === 'string' ? { type: 'command', command: a } : a, env);
  return s;
}

const sel = (s: BrowseState): TraceEvent => events[selectedEvent(s)!]!;
const loaded = (): BrowseState => run(initialState(0, 10), { type: 'loaded', total: events.length });

describe('browse reducer: moving', () => {
  it('moves down, pages and jumps to the ends, scrolling so the cursor stays on screen', () => {
    let s = loaded();
    expect(rowCount(s)).toBe(1008);
    s = run(s, Command.Down, Command.Down);
    expect(sel(s).line).toBe(3);
    s = run(s, Command.PageDown);
    expect(s.cursor).toBe(11);
    expect(s.top).toBe(2); // row 11 is the last of 10 rows shown from row 2
    s = run(s, Command.Last);
    expect(sel(s)).toMatchObject({ type: 'exit', code: 2, line: 1008 });
    expect(s.top).toBe(1008 - 10);
    s = run(s, Command.First, Command.Up);
    expect(s.cursor).toBe(0);
    expect(s.top).toBe(0);
  });

  it('follows the end while events arrive after G, and stops following after a move up', () => {
    let s = run(initialState(0, 5), { type: 'loaded', total: 100 }, Command.Last);
    expect(s.cursor).toBe(99);
    s = run(s, { type: 'loaded', total: 200 });
    expect(s.cursor).toBe(199);
    s = run(s, Command.Up, { type: 'loaded', total: 300 });
    expect(s.cursor).toBe(198);
  });

  it('opens the detail pane with Enter; there j/k scroll it and Esc returns to the list', () => {
    let s = run(loaded(), Command.Open, { type: 'detail-length', max: 5 });
    expect(s.focus).toBe('detail');
    s = run(s, Command.Down, Command.Down);
    expect(s.detailScroll).toBe(2);
    expect(s.cursor).toBe(0);
    s = run(s, Command.Last, Command.Down);
    expect(s.detailScroll).toBe(5);
    s = run(s, Command.Up);
    expect(s.detailScroll).toBe(4);
    s = run(s, Command.Back);
    expect(s.focus).toBe('list');
    expect(s.quit).toBe(false);
    s = run(s, Command.Quit);
    expect(s.quit).toBe(true);
  });

  it('Tab cycles the views; keys in a side view move that view only', () => {
    let s = run(loaded(), Command.NextView);
    expect(s.view).toBe('findings');
    s = run(s, Command.Down);
    expect(s.side.findings.cursor).toBe(1);
    expect(s.cursor).toBe(0);
    s = run(s, Command.Down);
    expect(s.side.findings.cursor).toBe(1); // only two findings
    s = run(s, Command.NextView, Command.NextView, Command.NextView, Command.NextView);
    expect(s.view).toBe('events');
  });
});

describe('browse reducer: filters', () => {
  it('f keeps failed calls only and keeps the selection on the nearest failed event', () => {
    let s = run(loaded(), Command.Down, Command.Down); // line 3, mmap
    s = run(s, Command.FailedOnly);
    expect(s.filters.failed).toBe(true);
    // Every error return (this env knows of no expected failure), + the exit with status 2.
    const failedCalls = events.filter((e) => e.type === 'syscall' && e.ret?.errno);
    expect(rowCount(s)).toBe(failedCalls.length + 1);
    expect(sel(s)).toMatchObject({ syscall: 'access', line: 4 });
    s = run(s, Command.FailedOnly);
    expect(rowCount(s)).toBe(1008);
    expect(sel(s).line).toBe(4);
  });

  it('s filters by the selected syscall, again by its class, a third time clears', () => {
    let s = run(loaded(), Command.Down, Command.Down, Command.Down, Command.Down); // line 5, openat
    expect(sel(s)).toMatchObject({ syscall: 'openat' });
    s = run(s, Command.FilterSyscall);
    expect(s.filters.syscall).toBe('openat');
    const openats = events.filter((e) => e.type === 'syscall' && e.syscall === 'openat').length;
    expect(rowCount(s)).toBe(openats);
    s = run(s, Command.FilterSyscall);
    expect(s.filters).toEqual({ family: 'file' });
    expect(rowCount(s)).toBeGreaterThan(openats);
    s = run(s, Command.FilterSyscall);
    expect(s.filters).toEqual({});
    expect(rowCount(s)).toBe(1008);
  });

  it('p filters by the selected process, c clears everything', () => {
    let s = run(loaded(), Command.FilterProcess, Command.FailedOnly);
    expect(s.filters).toMatchObject({ pids: [11214], failed: true });
    s = run(s, Command.ClearFilters);
    expect(s.filters).toEqual({});
    expect(rowCount(s)).toBe(1008);
  });

  it('new events arriving under a filter are filtered too', () => {
    let s = run(initialState(0, 10), { type: 'loaded', total: 500 }, Command.FailedOnly);
    const before = rowCount(s);
    s = run(s, { type: 'loaded', total: events.length });
    expect(rowCount(s)).toBe(filterRange(eventsOf(events), { failed: true }, 0, events.length).length);
    expect(rowCount(s)).toBeGreaterThan(before);
  });

  it('Enter on a finding shows its cited events; Esc goes back to the findings view unfiltered', () => {
    let s = run(loaded(), Command.NextView, Command.Open);
    expect(s.view).toBe('events');
    expect(rowCount(s)).toBe(1);
    expect((sel(s) as SyscallEvent).args).toBe('3, {sa_family=AF_UNIX, sun_path="/tmp/.s.PGSQL.5432"}, 110');
    s = run(s, Command.Back);
    expect(s.view).toBe('findings');
    expect(rowCount(s)).toBe(1008);
    // The connect stays selected in the full list.
    expect(sel(s).line).toBe(995);
  });
});

describe('browse reducer: search', () => {
  const search = (s: BrowseState, text: string): BrowseState =>
    run(s, Command.Search, { type: 'search-input', text }, { type: 'search-submit' });

  it('/ finds a path, n the next match, N the previous; wraps with a message', () => {
    let s = search(loaded(), '/tmp/.s.PGSQL');
    expect(s.overlay).toBe('none');
    expect(sel(s).line).toBe(995);
    expect(s.message).toMatch(/^match 1 of 1: \/tmp\/\.s\.PGSQL/);
    s = run(s, Command.SearchNext);
    expect(sel(s).line).toBe(995); // the only match: wraps onto itself
    expect(s.message).toMatch(/wrapped/);
    s = search(run(s, Command.First), 'nscd');
    const first = sel(s).line;
    expect(s.message).toMatch(/^match 1 of \d+: nscd/);
    s = run(s, Command.SearchNext);
    expect(sel(s).line).toBeGreaterThan(first);
    expect(s.message).toMatch(/^match 2 of \d+: nscd/);
    s = run(s, Command.SearchPrev);
    expect(sel(s).line).toBe(first);
  });

  it('searches by errno, syscall and pid prefixes, and says when nothing matches', () => {
    let s = search(loaded(), 'errno:ENOENT');
    expect(sel(s)).toMatchObject({ syscall: 'access', line: 4 });
    s = search(s, 'call:connect');
    expect(sel(s)).toMatchObject({ syscall: 'connect' });
    s = search(s, 'ECONNREFUSED');
    expect(s.message).toBe('no match for ECONNREFUSED');
  });

  it('Esc cancels the prompt without searching', () => {
    let s = run(loaded(), Command.Search, { type: 'search-input', text: 'conn' });
    expect(s.overlay).toBe('search');
    // Keys typed into the prompt are text, not commands.
    s = run(s, Command.Down);
    expect(s.cursor).toBe(0);
    s = run(s, Command.Back);
    expect(s.overlay).toBe('none');
    expect(s.search.query).toBeUndefined();
  });

  it('smart case: lower-case text ignores case, capitals match exactly', () => {
    const ev = events.find((e) => e.line === 995)!;
    expect(matchesQuery(ev, parseQuery('pgsql')!)).toBe(true);
    expect(matchesQuery(ev, parseQuery('PGSQL')!)).toBe(true);
    expect(matchesQuery(ev, parseQuery('PgSql')!)).toBe(false);
    expect(matchesQuery(ev, parseQuery('fd:3')!)).toBe(true);
  });
});

describe('browse reducer: help', () => {
  it('? opens help, which takes every key until closed', () => {
    let s = run(loaded(), Command.Help, Command.Down, Command.FailedOnly);
    expect(s.overlay).toBe('help');
    expect(s.cursor).toBe(0);
    expect(s.filters).toEqual({});
    s = run(s, Command.Quit);
    expect(s.overlay).toBe('none');
    expect(s.quit).toBe(false);
  });
});

describe('keys', () => {
  it('several keys in one read are several commands; Esc counts although Ink marks it meta', async () => {
    const { commandsFor, commandFor } = await import('../../src/tui/keys.js');
    const none = { upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false };
    expect(commandsFor('jjG', none)).toEqual([Command.Down, Command.Down, Command.Last]);
    expect(commandsFor('\t\t', none)).toEqual([Command.NextView, Command.NextView]);
    expect(commandFor('', { ...none, escape: true, meta: true })).toBe(Command.Back);
    expect(commandFor('j', { ...none, ctrl: true })).toBeUndefined();
  });

  it('/ and f from a side view act on the event list', () => {
    let s = run(loaded(), Command.NextView, Command.NextView, Command.Search);
    expect(s.view).toBe('events');
    expect(s.overlay).toBe('search');
    s = run(loaded(), Command.NextView, Command.FailedOnly);
    expect(s).toMatchObject({ view: 'events', filters: { failed: true } });
  });
});

describe('progress', () => {
  it('loaded carries reading and analysis progress even when no event was added', () => {
    let s = run(initialState(0, 10), { type: 'loaded', total: 10, analyzed: 2 });
    expect(s).toMatchObject({ total: 10, analyzed: 2, readDone: false, analysisDone: false });
    const same = run(s, { type: 'loaded', total: 10, analyzed: 2 });
    expect(same).toBe(s); // nothing new: the same state, no render
    s = run(s, { type: 'loaded', total: 10, analyzed: 10, readDone: true, done: true });
    expect(s).toMatchObject({ analyzed: 10, readDone: true, analysisDone: true });
  });
});

describe('failed calls', () => {
  it('a failed call is any error return: dtruss errno numbers, ENOTTY from ioctl and ERESTART* too (the view hides expected ones)', async () => {
    const { readTraceText } = await import('../../src/index.js');
    const { isFailed } = await import('../../src/tui/filter.js');
    // Line 7 of samples/rails-db-setup-unix-socket-enoent.dtruss.txt, and two strace lines from the corpus
    // (a_psql_unix_socket_enoent.txt and h07_python_eintr_epipe_sigpipe_sigchld.txt).
    const dtruss = await readTraceText('23078/0x3057d: connect(0xA, 0x7F9B69ACE950, 0x6A) = -1 Err#2\n', { from: 'dtruss' });
    expect(isFailed(dtruss.events.find((e) => e.type === 'syscall')!)).toBe(true);
    const strace = await readTraceText(
      '11214 ioctl(0, TCGETS, 0x7ffce3803ce0)   = -1 ENOTTY (Inappropriate ioctl for device)\n' +
        '15461 10:15:41.344393 read(3<pipe:[31055]>, 0x7f4513d90360, 64) = ? ERESTARTSYS (To be restarted if SA_RESTART is set) <0.048837>\n',
      { from: 'strace' },
    );
    expect(strace.events.filter((e) => e.type === 'syscall').map(isFailed)).toEqual([true, true]);
  });
});
