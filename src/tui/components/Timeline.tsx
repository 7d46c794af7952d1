// The timeline view: a lane per process or thread, time across the width. Bars are calls
// that blocked, ✗ failures, ↯ signals, ┃ exits; the selected mark is highlighted and
// described under the lanes, and Enter shows it in the event list.

import { Box, Text, useInput } from 'ink';
import { useMemo } from 'react';
import type { Events } from '../event-table.js';
import { commandsFor, type Command } from '../keys.js';
import type { ListPos } from '../state.js';
import { fit, padEnd } from '../text.js';
import { axisText, CELL_CHAR, columnOf, laneCells, type CellKind, type Timeline as TL } from '../timeline.js';
import { durationText } from '../timing.js';

const CELL_COLOR: Partial<Record<CellKind, string>> = { blocked: 'yellow', failed: 'red', signal: 'magenta', exit: 'cyan' };

export interface TimelineProps {
  timeline: TL | undefined;
  events: Events;
  pos: ListPos;
  mark: number;
  height: number;
  width: number;
  /** One line about the selected mark (its call, when, how long). */
  describe(idx: number): string;
  empty: string;
  isActive: boolean;
  onCommand(c: Command): void;
}

/** Runs of equal cells, so a lane is a few Text spans instead of one per column. */
function runs(cells: readonly CellKind[], at: number | undefined): { kind: CellKind; text: string; sel: boolean }[] {
  const out: { kind: CellKind; text: string; sel: boolean }[] = [];
  cells.forEach((k, c) => {
    const sel = c === at;
    const last = out[out.length - 1];
    if (last && last.kind === k && !sel && !last.sel) last.text += CELL_CHAR[k];
    else out.push({ kind: k, text: CELL_CHAR[k], sel });
  });
  return out;
}

export function Timeline({ timeline: tl, events, pos, mark, height, width, describe, empty, isActive, onCommand }: TimelineProps) {
  useInput(
    (input, key) => {
      for (const c of commandsFor(input, key)) onCommand(c);
    },
    { isActive },
  );
  const labelW = Math.min(24, Math.max(8, ...(tl?.lanes.map((l) => l.label.length + 1) ?? [0])));
  const barW = Math.max(10, width - labelW - 2);
  const grid = useMemo(() => (tl ? laneCells(tl, events, barW) : undefined), [tl, events, barW, events.length]);
  if (!tl || !grid) return <Text dimColor>{fit(empty, width)}</Text>;
  const lanesH = Math.max(1, Math.min(tl.lanes.length, height - 5));
  const top = Math.min(pos.top, Math.max(0, tl.lanes.length - lanesH));
  const shown = tl.lanes.slice(top, top + lanesH);
  const selLane = tl.lanes[pos.cursor];
  const selIdx = selLane?.marks[Math.min(mark, selLane.marks.length - 1)];
  const selTime = selIdx === undefined ? undefined : events.time(selIdx);
  const atCol = selTime !== undefined ? columnOf(tl, selTime, barW) : undefined;
  const legend = `${durationText(tl.t1 - tl.t0)} across · ━ blocked ≥ ${durationText(tl.blocking)}  ✗ failed  ↯ signal  ┃ exit  · active · ↑↓ lanes, ←→ marks, Enter: in the list`;
  return (
    <Box flexDirection="column" height={height} width={width}>
      <Text dimColor>{fit(legend, width)}</Text>
      {shown.map((lane, k) => {
        const row = top + k;
        const sel = row === pos.cursor;
        return (
          <Box key={String(lane.id)} width={width}>
            <Text inverse={sel} bold={sel}>
              {padEnd(fit(lane.label, labelW - 1), labelW)}
            </Text>
            <Text dimColor>│</Text>
            <Text wrap="truncate-end">
              {runs(grid.get(lane.id) ?? [], sel ? atCol : undefined).map((r, i) => (
                <Text key={i} inverse={r.sel} {...(CELL_COLOR[r.kind] ? { color: CELL_COLOR[r.kind] } : { dimColor: true })}>
                  {r.text}
                </Text>
              ))}
            </Text>
          </Box>
        );
      })}
      <Text dimColor>{fit(' '.repeat(labelW + 1) + axisText(tl, barW), width)}</Text>
      <Text dimColor>{'─'.repeat(Math.max(0, width))}</Text>
      <Text wrap="truncate-end">
        {selLane ? fit(selIdx === undefined ? `${selLane.label}: ${selLane.events} events, nothing marked` : `${selLane.label} · mark ${Math.min(mark, selLane.marks.length - 1) + 1} of ${selLane.marks.length}: ${describe(selIdx)}`, width) : ''}
      </Text>
    </Box>
  );
}
