// The event list: only the rows on screen are built. Line, pid, time since the start and
// the call's duration, then the call (or the story's fold) and its sentence; failures red,
// events cited by a finding marked, pauses of a second or more marked in the time column.

import { Box, Text, useInput } from 'ink';
import type { Severity, TraceEvent } from '../../model/index.js';
import { isFailed } from '../filter.js';
import type { Events } from '../event-table.js';
import { commandsFor, type Command } from '../keys.js';
import type { RowBody } from '../rows.js';
import { rowText } from '../rows.js';
import { eventAt, type BrowseState } from '../state.js';
import { padStart, widthOf } from '../text.js';
import { durationOf, durationText, gapBefore, sinceStartText } from '../timing.js';

export interface EventListProps {
  events: Events;
  state: BrowseState;
  width: number;
  height: number;
  /** Event index → most severe finding citing it. */
  marks: ReadonlyMap<number, Severity>;
  /** The whole trace has been read. */
  loaded: boolean;
  /** What a row says (story or raw, decoded). */
  body(idx: number): RowBody;
  /** The trace's first time stamp (times are shown since then). */
  t0: number | undefined;
  /** A duration this long or more is drawn as slow. */
  slow: number;
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

export function EventList({ events, state, width, height, marks, loaded, body, t0, slow, isActive, onCommand }: EventListProps) {
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
  let durW = 0;
  for (const i of rows) {
    const ev = events.at(i)!;
    lineW = Math.max(lineW, String(ev.line).length);
    if (ev.pid !== undefined) pidW = Math.max(pidW, String(ev.pid).length);
    timeW = Math.max(timeW, sinceStartText(ev, t0).length);
    const d = durationOf(ev);
    if (d !== undefined) durW = Math.max(durW, durationText(d).length);
  }
  // Narrow terminals keep the call: the time columns go first.
  if (width < 70) timeW = durW = 0;
  const empty = state.total === 0 ? (loaded ? 'The trace has no events.' : 'Waiting for trace lines…') : state.story && state.rows?.length === 0 && !Object.keys(state.filters).length ? 'Telling the story…' : 'No event matches the filters (c clears them).';
  return (
    <Box flexDirection="column" height={height} width={width}>
      {rows.length === 0 ? <Text dimColor>{empty}</Text> : null}
      {rows.map((idx, k) => {
        const ev = events.at(idx)!;
        const row = state.top + k;
        const sel = row === state.cursor;
        const mark = marks.get(idx);
        const head = `${padStart(String(ev.line), lineW)} ${pidW ? padStart(ev.pid === undefined ? '' : String(ev.pid), pidW) + ' ' : ''}`;
        const gap = timeW ? gapBefore(events, idx) : undefined;
        const time = timeW ? `${padStart(sinceStartText(ev, t0), timeW)} ` : '';
        const d = durW ? durationOf(ev) : undefined;
        const dur = durW ? `${padStart(d === undefined ? '' : durationText(d), durW)} ` : '';
        const room = Math.max(8, width - 2 - widthOf(head) - time.length - dur.length);
        const b = body(idx);
        const text = rowText(b, room);
        const color = b.summary ? 'gray' : colorOf(ev);
        const dim = ev.type === 'tracer' || ev.type === 'attach' || ev.type === 'detach';
        return (
          <Box key={idx} width={width}>
            <Text {...(mark ? { color: MARK_COLOR[mark] } : {})}>{mark ? '●' : ' '}</Text>
            <Text inverse={sel} wrap="truncate-end">
              {' '}
              {head}
              {time ? <Text {...(gap !== undefined ? { color: 'yellow', bold: true } : { dimColor: true })}>{time}</Text> : null}
              {dur ? <Text {...(d !== undefined && d >= slow ? { color: 'yellow', bold: true } : { dimColor: true })}>{dur}</Text> : null}
              <Text {...(color ? { color } : {})} dimColor={dim}>
                {text.call}
              </Text>
              {text.sentence ? <Text {...(colorOf(ev) === 'red' && !b.summary ? { color: 'yellow' } : {})}>{text.sentence}</Text> : null}
            </Text>
          </Box>
        );
      })}
    </Box>
  );
}
