// Wires the reducer to the store and lays the panes out. Holds no logic of its own
// beyond layout: what keys do is in state.ts, what a row says in text.ts/views.ts.

import { Box, Text, useApp, useStdout } from 'ink';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { overview } from '../../explain/overview.js';
import type { Severity } from '../../model/index.js';
import { detailLines, flow, sentenceOf, type Line } from '../detail.js';
import { isFailedCall } from '../../decode/failure.js';
import { filterLabel, hasFilters } from '../filter.js';
import { Command, HINT, labelOf } from '../keys.js';
import { initialState, reduce, rowCount, selectedEvent, VIEW_TITLES, VIEWS, type Action, type BrowseEnv, type BrowseState, type SideView } from '../state.js';
import type { TraceStore } from '../store.js';
import { fit } from '../text.js';
import { citedEvents, findingRows, objectRows, orderedObjects, processRows, type SideRows } from '../views.js';
import { EventList } from './EventList.js';
import { DetailPane, Help, SearchPrompt, SideList, StatusBar } from './Panes.js';

export interface AppProps {
  store: TraceStore;
  /** Fixed size (tests); otherwise the terminal's, following resizes. */
  width?: number;
  height?: number;
  onQuit?: () => void;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Short words for the key hint line. */
const HINT_WORDS: Partial<Record<Command, string>> = {
  [Command.Help]: 'help',
  [Command.Search]: 'search',
  [Command.FailedOnly]: 'failed',
  [Command.ExplainRows]: 'explain',
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
function safeDetail(store: TraceStore, idx: number, width: number): Line[] {
  try {
    return detailLines(store, idx, width);
  } catch (err) {
    const ev = store.events[idx];
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
  const sideRef = useRef<Record<SideView, SideRows>>({ findings: [], processes: [], sockets: [] });
  const done = store.analysisDone;
  const findings = useMemo(() => findingRows(store), [store, done]);
  const processes = useMemo(() => processRows(store), [store, done]);
  const [objectsKey, setObjectsKey] = useState(0);
  const sockets = useMemo(() => objectRows(store, orderedObjects(store.objects)), [store, objectsKey]);
  sideRef.current = { findings, processes, sockets };

  const envRef = useRef<BrowseEnv>({
    events: store.events,
    listLength: (v) => sideRef.current[v].length,
    openSide: (v, i) => sideRef.current[v].at(i)?.open(),
    expectedFailure: (i) => store.expectedFailures.has(i),
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

  // Layout: tabs, main area, status bar, hint/prompt line.
  const main = Math.max(4, height - 3);
  const detailFocus = state.view === 'events' && state.focus === 'detail';
  const listH = state.view !== 'events' ? main : detailFocus ? Math.min(5, Math.max(3, Math.floor(main / 4))) : Math.max(3, Math.floor(main * 0.55));
  const detailH = Math.max(0, main - listH - 1);
  useEffect(() => {
    if (state.height !== listH) dispatch({ type: 'resize', height: listH });
  }, [listH, state.height]);

  const marks = useMemo(() => {
    const m = new Map<number, Severity>();
    for (const f of store.result?.findings ?? []) {
      for (const i of citedEvents(store, f)) {
        const prev = m.get(i);
        if (!prev || RANK[f.severity] < RANK[prev]) m.set(i, f.severity);
      }
    }
    return m;
  }, [store, done]);

  const sel = selectedEvent(state);
  const detail = useMemo(
    () => (sel === undefined || state.view !== 'events' ? [] : flow(safeDetail(store, sel, width), width)),
    // Re-describe when analysis reaches the event or finishes.
    [store, sel, width, state.view, done, sel !== undefined && sel < store.analyzed],
  );

  // The pane shows detailH - 1 lines (its last row says what is below).
  const detailMax = Math.max(0, detail.length - (detailH - 1));
  useEffect(() => {
    if (state.detailMax !== detailMax) dispatch({ type: 'detail-length', max: detailMax });
  }, [detailMax, state.detailMax]);

  // Sentences for the rows on screen only, cached until analysis moves on.
  const sentence = useMemo(() => {
    const cache = new Map<number, string>();
    return (idx: number): string => {
      let v = cache.get(idx);
      if (v === undefined) cache.set(idx, (v = sentenceOf(store, idx)));
      return v;
    };
  }, [store, done, state.explain]);

  const onCommand = useCallback((c: Command) => dispatch({ type: 'command', command: c }), []);
  const overlay = state.overlay;
  const idle = overlay === 'none';

  // Status bar.
  const info = store.info;
  const total = store.events.length;
  const rows = rowCount(state);
  const pos = state.view === 'events' ? `${rows ? state.cursor + 1 : 0}/${n(rows)}${hasFilters(state.filters) ? ` of ${n(total)}` : ''}` : '';
  const reading = store.loaded ? '' : ` reading… ${n(total)} events${state.follow ? ' (following the end)' : ''}`;
  const analysing = store.analysisDone ? '' : store.loaded || total ? ` analysing ${total ? Math.floor((store.analyzed * 100) / total) : 0}%` : '';
  // The failed-only view hides expected failures (probes, normal answers) and says how many, as --failed does.
  const hidden = state.filters.failed && store.expectedFailures.size ? ` (${n(store.expectedFailures.size)} expected hidden)` : '';
  const filterText = hasFilters(state.filters) ? ` · filter: ${filterLabel(state.filters)}${hidden}` : '';
  const left = store.detecting
    ? `${info.name} · waiting for the first lines to tell the format…`
    : `${info.name} · ${info.format}/${info.os} · ${pos}${filterText}${reading}${analysing}`;
  const failed = useMemo(() => {
    let k = 0;
    for (const ev of store.events) if (isFailedCall(ev)) k++;
    return k;
  }, [store, done, store.loaded]);
  const counts: string[] = [];
  if (store.loaded) counts.push(`${n(failed)} failed`);
  if (store.stats?.unparsed) counts.push(`${n(store.stats.unparsed)} unparsed`);
  if (store.result) counts.push(`${store.result.findings.length} finding${store.result.findings.length === 1 ? '' : 's'}`);
  const right = counts.join(' · ');

  const tabs = VIEWS.map((v) => {
    const count = v === 'findings' ? findings.length : v === 'processes' ? processes.length : v === 'sockets' ? store.objects.length : undefined;
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
          <EventList events={store.events} state={state} width={width} height={listH} marks={marks} loaded={store.loaded} sentence={sentence} isActive={idle && state.focus === 'list'} onCommand={onCommand} />
          <Text dimColor>{'─'.repeat(Math.max(0, width))}</Text>
          <DetailPane lines={detail} scroll={state.detailScroll} height={detailH} width={width} focused={idle && state.focus === 'detail'} onCommand={onCommand} />
        </Box>
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
      <StatusBar left={left} right={right} width={width} />
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
