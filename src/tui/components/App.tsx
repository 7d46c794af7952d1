// Wires the reducer to the store and lays the panes out. Holds no logic of its own
// beyond layout: what keys do is in state.ts, what a row says in text.ts/views.ts.

import { Box, Text, useApp, useStdout } from 'ink';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { overview } from '../../explain/overview.js';
import type { Severity } from '../../model/index.js';
import { detailLines, flow, type Line } from '../detail.js';
import { filterLabel, hasFilters } from '../filter.js';
import { Command, HINT, labelOf } from '../keys.js';
import { initialState, reduce, rowCount, selectedEvent, VIEW_TITLES, VIEWS, type Action, type BrowseEnv, type BrowseState, type SideView } from '../state.js';
import type { TraceStore } from '../store.js';
import { fit } from '../text.js';
import { statusText } from '../status.js';
import { openingOf, SEVERITY_RANK } from '../opening.js';
import { describeMark, foldLines, rowBody, type RowBody } from '../rows.js';
import { GAP_SECONDS, slowestCalls, startTime } from '../timing.js';
import { citedEvents, findingRows, objectRows, orderedObjects, processRows, type SideRows } from '../views.js';
import { Brief, briefHeight } from './Brief.js';
import { EventList } from './EventList.js';
import { Timeline } from './Timeline.js';
import { buildTimeline } from '../timeline.js';
import { DetailPane, Help, SearchPrompt, SideList, StatusBar } from './Panes.js';

export interface AppProps {
  store: TraceStore;
  /** Fixed size (tests); otherwise the terminal's, following resizes. */
  width?: number;
  height?: number;
  onQuit?: () => void;
}


/** Short words for the key hint line. */
const HINT_WORDS: Partial<Record<Command, string>> = {
  [Command.Help]: 'help',
  [Command.Search]: 'search',
  [Command.FailedOnly]: 'failed',
  [Command.ExplainRows]: 'explain',
  [Command.Expand]: 'fold',
  [Command.RawLines]: 'raw',
  [Command.Slowest]: 'slowest',
  [Command.NextView]: 'views',
  [Command.Quit]: 'quit',
};

function useTerminalSize(fixedW?: number, fixedH?: number): { width: number; height: number } {
  const { stdout } = useStdout();
  // One row short of the terminal: a frame as tall as the terminal makes Ink clear and
  // redraw the whole screen on every update.
  const read = () => ({ width: fixedW ?? stdout.columns ?? 100, height: fixedH ?? Math.max(8, (stdout.rows ?? 25) - 1) });
  const [size, setSize] = useState(read);
  useEffect(() => {
    if (fixedW !== undefined && fixedH !== undefined) return;
    const on = () => setSize(read());
    stdout.on('resize', on);
    return () => {
      stdout.off('resize', on);
    };
  }, [stdout, fixedW, fixedH]);
  return size;
}

const n = (x: number): string => x.toLocaleString('en-US');

/** The detail pane never takes the UI down: a description that fails shows why instead. */
function safeDetail(store: TraceStore, idx: number, width: number, story: boolean): Line[] {
  try {
    return [...(story ? foldLines(store, idx) : []), ...detailLines(store, idx, width)];
  } catch (err) {
    const ev = store.eventAt(idx);
    return [
      { text: `line ${ev?.line ?? '?'}: ${store.lineText(ev?.line ?? 0, ev?.file) ?? ''}`, wrap: 'hard' },
      { text: `(could not describe this event: ${(err as Error).message})`, color: 'yellow', wrap: true },
    ];
  }
}

export function App({ store, width: fixedW, height: fixedH, onQuit }: AppProps) {
  const { exit } = useApp();
  const { width, height } = useTerminalSize(fixedW, fixedH);

  // Side views: rebuilt when analysis moves on, only for the view on screen.
  const sideRef = useRef<Record<SideView, SideRows>>({ findings: [], processes: [], sockets: [], timeline: [] });
  const done = store.analysisDone;
  const findings = useMemo(() => findingRows(store), [store, done]);
  const processes = useMemo(() => processRows(store), [store, done]);
  const [objectsKey, setObjectsKey] = useState(0);
  const sockets = useMemo(() => objectRows(store, orderedObjects(store.objects)), [store, objectsKey]);
  const timeline = useMemo(() => (done ? buildTimeline(store.events, store.result?.processes ?? [], (i) => store.expectedFailures.has(i)) : undefined), [store, done]);
  const timelineRef = useRef(timeline);
  timelineRef.current = timeline;
  sideRef.current = { findings, processes, sockets, timeline: { length: timeline?.lanes.length ?? 0, at: () => undefined } };

  // Slowest calls: sorted once the trace is read, on the first d.
  const slowRef = useRef<{ total: number; list: number[] }>({ total: -1, list: [] });
  const envRef = useRef<BrowseEnv>({
    // The store's table is replaced once the format is known (begin).
    get events() {
      return store.events;
    },
    rawText: (i) => store.rawText(i),
    passes: (i) => store.events.passes(i),
    listLength: (v) => sideRef.current[v].length,
    openSide: (v, i) => sideRef.current[v].at(i)?.open(),
    expectedFailure: (i) => store.expectedFailures.has(i),
    get story() {
      return store.stories;
    },
    opening: () => openingOf(store)?.event,
    laneMarks: (i) => timelineRef.current?.lanes[i]?.marks ?? [],
    slowest: () => {
      if (slowRef.current.total !== store.events.length) slowRef.current = { total: store.events.length, list: slowestCalls(store.events) };
      return slowRef.current.list;
    },
  });
  const [state, dispatch] = useReducer(
    (s: BrowseState, a: Action) => reduce(s, a, envRef.current),
    undefined,
    // With filters, the list starts empty and the first `loaded` action fills it from event 0.
    () => (hasFilters(store.initialFilters) ? initialState(0, 10, store.initialFilters) : initialState(store.events.length, 10)),
  );

  useEffect(() => {
    const on = () => {
      if (store.closeRequested) {
        exit();
        return;
      }
      // One action per change: one render (Ink's legacy root does not batch updates).
      dispatch({ type: 'loaded', total: store.events.length, analyzed: store.analyzed, done: store.analysisDone, readDone: store.loaded });
    };
    const off = store.subscribe(on);
    on();
    return () => {
      off();
    };
  }, [store, exit]);

  // The sockets/fds list follows analysis while it is shown.
  useEffect(() => {
    if (state.view === 'sockets') setObjectsKey(store.objects.length * 2 + (done ? 1 : 0));
  }, [state.view, state.analyzed, done, store]);

  useEffect(() => {
    if (state.quit) {
      store.stop();
      onQuit?.();
      exit();
    }
  }, [state.quit, store, exit, onQuit]);

  // Layout: tabs, main area (the brief, the list, the detail pane), status bar, hint/prompt line.
  const main = Math.max(4, height - 3);
  const briefH = state.view === 'events' ? briefHeight(main) : 0;
  const body = main - briefH;
  const detailFocus = state.view === 'events' && state.focus === 'detail';
  const listH = state.view !== 'events' ? main : detailFocus ? Math.min(5, Math.max(3, Math.floor(body / 4))) : Math.max(3, Math.floor(body * 0.55));
  const detailH = Math.max(0, body - listH - 1);
  useEffect(() => {
    if (state.height !== listH) dispatch({ type: 'resize', height: listH });
  }, [listH, state.height]);

  const marks = useMemo(() => {
    const m = new Map<number, Severity>();
    for (const f of store.result?.findings ?? []) {
      for (const i of citedEvents(store, f)) {
        const prev = m.get(i);
        if (!prev || SEVERITY_RANK[f.severity] < SEVERITY_RANK[prev]) m.set(i, f.severity);
      }
    }
    return m;
  }, [store, done]);

  const sel = selectedEvent(state);
  const detail = useMemo(
    () => (sel === undefined || state.view !== 'events' ? [] : flow(safeDetail(store, sel, width, state.story), width)),
    // Re-describe when analysis reaches the event or finishes.
    [store, sel, width, state.view, state.story, done, sel !== undefined && sel < store.analyzed],
  );

  // The pane shows detailH - 1 lines (its last row says what is below).
  const detailMax = Math.max(0, detail.length - (detailH - 1));
  useEffect(() => {
    if (state.detailMax !== detailMax) dispatch({ type: 'detail-length', max: detailMax });
  }, [detailMax, state.detailMax]);

  // What the rows on screen say, cached until the mode, the open folds or the analysis change.
  const rowOf = useMemo(() => {
    const cache = new Map<number, RowBody>();
    return (idx: number): RowBody => {
      let v = cache.get(idx);
      if (v === undefined) cache.set(idx, (v = rowBody(store, idx, state.story && !hasFilters(state.filters), state.expanded, state.explain)));
      return v;
    };
  }, [store, done, state.story, state.filters, state.expanded, state.explain, state.heads]);
  const t0 = useMemo(() => startTime(store.events), [store, state.total > 0]);
  const opening = useMemo(() => openingOf(store), [store, done]);

  const onCommand = useCallback((c: Command) => dispatch({ type: 'command', command: c }), []);
  const overlay = state.overlay;
  const idle = overlay === 'none';

  // Status bar.
  const info = store.info;
  const total = store.events.length;
  const rows = rowCount(state);
  const inStory = state.story && !hasFilters(state.filters);
  const pos = state.view !== 'events' ? '' : inStory ? `story ${rows ? state.cursor + 1 : 0}/${n(rows)} (${n(total)} events)` : `${rows ? state.cursor + 1 : 0}/${n(rows)}${hasFilters(state.filters) ? ` of ${n(total)}` : ''}`;
  const reading = store.loaded ? '' : `reading… ${n(total)} events${state.follow ? ' (following the end)' : ''}`;
  const analysing = store.analysisDone ? '' : store.loaded || total ? `analysing ${total ? Math.floor((store.analyzed * 100) / total) : 0}%` : '';
  // The failed-only view hides expected failures (probes, normal answers) and says how many, as --failed does.
  const hidden = state.filters.failed && store.expectedFailures.size ? ` (${n(store.expectedFailures.size)} expected hidden)` : '';
  const filterText = hasFilters(state.filters) ? `filter: ${filterLabel(state.filters)}${hidden}` : '';
  const failed = useMemo(() => {
    let k = 0;
    for (let i = 0; i < store.events.length; i++) if (store.events.failedCall(i)) k++;
    return k;
  }, [store, done, store.loaded]);
  const counts: string[] = [];
  if (store.loaded) counts.push(`${n(failed)} failed`);
  if (store.stats?.unparsed) counts.push(`${n(store.stats.unparsed)} unparsed`);
  if (store.result) counts.push(`${store.result.findings.length} finding${store.result.findings.length === 1 ? '' : 's'}`);
  const status = store.detecting
    ? statusText({ name: info.name, kind: '', where: ['waiting for the first lines to tell the format…'], counts: [] }, width)
    : statusText({ name: info.name, kind: `${info.format}/${info.os}`, where: [pos, filterText, reading, analysing], counts }, width);

  const tabs = VIEWS.map((v) => {
    const count = v === 'findings' ? findings.length : v === 'processes' ? processes.length : v === 'sockets' ? store.objects.length : v === 'timeline' ? timeline?.lanes.length : undefined;
    const label = `${VIEW_TITLES[v]}${count !== undefined && (done || v === 'sockets') ? ` (${count})` : ''}`;
    return { v, label };
  });

  const hint =
    state.message ??
    (state.search.query ? `search: ${state.search.query} (n/N) · ` : '') + HINT.map((c) => `${labelOf(c)} ${HINT_WORDS[c] ?? c}`).join('  ');

  const emptySide = (v: SideView): string =>
    !done ? `Analysing… ${total ? Math.floor((store.analyzed * 100) / total) : 0}% (this view fills in when analysis ends)` : v === 'findings' ? `No findings: nothing looked wrong.${store.result ? ` In short: ${overview(store.result)}` : ''}` : v === 'processes' ? 'No processes.' : 'No fds or sockets seen.';

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box width={width}>
        {tabs.map((t) => (
          <Text key={t.v} {...(t.v === state.view ? { inverse: true, bold: true } : { dimColor: true })}>
            {` ${t.label} `}
          </Text>
        ))}
      </Box>
      {overlay === 'help' ? (
        <Help height={main} width={width} isActive={overlay === 'help'} onCommand={onCommand} />
      ) : state.view === 'events' ? (
        <Box flexDirection="column" height={main}>
          <Brief opening={opening} progress={`${total ? Math.floor((store.analyzed * 100) / total) : 0}%`} height={briefH} width={width} />
          <EventList events={store.events} state={state} width={width} height={listH} marks={marks} loaded={store.loaded} body={rowOf} t0={t0} slow={GAP_SECONDS} isActive={idle && state.focus === 'list'} onCommand={onCommand} />
          <Text dimColor>{'─'.repeat(Math.max(0, width))}</Text>
          <DetailPane lines={detail} scroll={state.detailScroll} height={detailH} width={width} focused={idle && state.focus === 'detail'} onCommand={onCommand} />
        </Box>
      ) : state.view === 'timeline' ? (
        <Timeline
          timeline={timeline}
          events={store.events}
          pos={state.side.timeline}
          mark={state.mark}
          height={main}
          width={width}
          describe={(i) => describeMark(store, i, timeline?.t0)}
          empty={done ? 'No timeline: this trace has no time stamps (strace -tt or -ttt records them; -T adds how long each call took).' : emptySide('timeline')}
          isActive={idle}
          onCommand={onCommand}
        />
      ) : (
        <SideList
          rows={sideRef.current[state.view]}
          pos={state.side[state.view]}
          height={main}
          width={width}
          empty={emptySide(state.view)}
          isActive={idle}
          onCommand={onCommand}
        />
      )}
      <StatusBar left={status.left} right={status.right} width={width} />
      {overlay === 'search' ? (
        <SearchPrompt
          draft={state.search.draft}
          width={width}
          isActive
          onInput={(text) => dispatch({ type: 'search-input', text })}
          onBackspace={() => dispatch({ type: 'search-backspace' })}
          onSubmit={() => dispatch({ type: 'search-submit' })}
          onCancel={() => dispatch({ type: 'command', command: Command.Back })}
        />
      ) : (
        <Text {...(state.message ? { color: 'yellow' } : { dimColor: true })}>{fit(hint, width)}</Text>
      )}
    </Box>
  );
}
