// The event list: only the rows on screen are built. pid, time, the call and its result;
// failures red, events cited by a finding marked.

import { Box, Text, useInput } from 'ink';
import type { Severity, TraceEvent } from '../../model/index.js';
import { isFailed } from '../filter.js';
import { commandsFor, type Command } from '../keys.js';
import { eventAt, type BrowseState } from '../state.js';
import { eventParts, fitCall, padStart, timeText } from '../text.js';

export interface EventListProps {
  events: readonly TraceEvent[];
  state: BrowseState;
  width: number;
  height: number;
  /** Event index → most severe finding citing it. */
  marks: ReadonlyMap<number, Severity>;
  /** The whole trace has been read. */
  loaded: boolean;
  /** Sentence for an event, when the list shows explanations (`e`). */
  sentence?: ((idx: number) => string) | undefined;
  isActive: boolean;
  onCommand(c: Command): void;
}

const MARK_COLOR = { error: 'red', warning: 'yellow', info: 'blue' } as const;

function colorOf(ev: TraceEvent): string | undefined {
  if (isFailed(ev)) return ev.type === 'unparsed' ? 'yellow' : 'red';
  switch (ev.type) {
    case 'signal':
      return 'magenta';
    case 'exit':
      return 'cyan';
    case 'output':
    case 'summary':
      return 'gray';
    default:
      return undefined;
  }
}

export function EventList({ events, state, width, height, marks, loaded, sentence, isActive, onCommand }: EventListProps) {
  useInput(
    (input, key) => {
      for (const c of commandsFor(input, key)) onCommand(c);
    },
    { isActive },
  );
  const rows: number[] = [];
  for (let r = state.top; r < state.top + height; r++) {
    const idx = eventAt(state, r);
    if (idx === undefined) break;
    rows.push(idx);
  }
  let lineW = 4;
  let pidW = 0;
  let timeW = 0;
  for (const i of rows) {
    const ev = events[i]!;
    lineW = Math.max(lineW, String(ev.line).length);
    if (ev.pid !== undefined) pidW = Math.max(pidW, String(ev.pid).length);
    timeW = Math.max(timeW, timeText(ev).length);
  }
  return (
    <Box flexDirection="column" height={height} width={width}>
      {rows.length === 0 ? <Text dimColor>{state.total === 0 ? (loaded ? 'The trace has no events.' : 'Waiting for trace lines…') : 'No event matches the filters (c clears them).'}</Text> : null}
      {rows.map((idx, k) => {
        const ev = events[idx]!;
        const row = state.top + k;
        const sel = row === state.cursor;
        const mark = marks.get(idx);
        const head = `${padStart(String(ev.line), lineW)} ${pidW ? padStart(ev.pid === undefined ? '' : String(ev.pid), pidW) + ' ' : ''}${timeW ? padStart(timeText(ev), timeW) + ' ' : ''}`;
        const room = Math.max(8, width - 2 - head.length);
        const said = state.explain && sentence ? sentence(idx) : '';
        const body = said ? fitCall({ call: said, result: '' }, room) : fitCall(eventParts(ev), room);
        const color = colorOf(ev);
        return (
          <Box key={idx} width={width}>
            <Text {...(mark ? { color: MARK_COLOR[mark] } : {})}>{mark ? '●' : ' '}</Text>
            <Text inverse={sel} wrap="truncate-end" {...(color ? { color } : {})} dimColor={ev.type === 'tracer' || ev.type === 'attach' || ev.type === 'detach'}>
              {' '}
              {head}
              {body}
            </Text>
          </Box>
        );
      })}
    </Box>
  );
}
