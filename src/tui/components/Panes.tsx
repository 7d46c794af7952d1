// The panes other than the event list: the detail pane, the side views' lists, help,
// the search prompt and the status bar. Each pane takes keys only while it is active.

import { Box, Text, useInput } from 'ink';
import { flow, type Line } from '../detail.js';
import { commandsFor, DEFAULT_BINDINGS, type Command } from '../keys.js';
import type { ListPos } from '../state.js';
import type { SideRow, SideRows } from '../views.js';
import { fit, widthOf } from '../text.js';
import { LineText, LinesBox } from './Lines.js';

function useCommands(isActive: boolean, onCommand: (c: Command) => void): void {
  useInput(
    (input, key) => {
      for (const c of commandsFor(input, key)) onCommand(c);
    },
    { isActive },
  );
}

export function DetailPane(props: { lines: readonly Line[]; scroll: number; height: number; width: number; focused: boolean; onCommand(c: Command): void }) {
  const { lines, height, width, focused } = props;
  useCommands(focused, props.onCommand);
  const scroll = Math.max(0, Math.min(props.scroll, lines.length - height));
  const more = lines.length - scroll - height;
  return (
    <Box flexDirection="column" height={height} width={width}>
      <LinesBox lines={lines} from={scroll} height={Math.max(0, height - 1)} width={width} />
      <Text dimColor>{fit(more > 0 ? `── ${more} more line${more === 1 ? '' : 's'} ${focused ? '(j/k scroll, Esc back)' : '(Enter to scroll)'}` : focused ? '── Esc back to the list' : '', width)}</Text>
    </Box>
  );
}

export function SideList(props: {
  rows: SideRows;
  pos: ListPos;
  height: number;
  width: number;
  empty: string;
  isActive: boolean;
  onCommand(c: Command): void;
}) {
  const { rows, pos, height, width } = props;
  useCommands(props.isActive, props.onCommand);
  const listH = Math.max(3, Math.min(rows.length || 1, Math.floor(height * 0.5)));
  const detailH = height - listH - 1;
  const shown: SideRow[] = [];
  for (let i = pos.top; i < Math.min(rows.length, pos.top + listH); i++) shown.push(rows.at(i)!);
  const sel = rows.at(pos.cursor);
  return (
    <Box flexDirection="column" height={height} width={width}>
      <Box flexDirection="column" height={listH}>
        {rows.length === 0 ? <Text dimColor>{fit(props.empty, width)}</Text> : null}
        {shown.map((r, k) => (
          <LineText key={pos.top + k} line={r.line(width)} width={width} selected={pos.top + k === pos.cursor} />
        ))}
      </Box>
      <Text dimColor>{'─'.repeat(Math.max(0, width))}</Text>
      <LinesBox lines={sel ? flow(sel.detail(width), width) : []} from={0} height={Math.max(0, detailH)} width={width} />
    </Box>
  );
}

export function Help(props: { height: number; width: number; isActive: boolean; onCommand(c: Command): void }) {
  useCommands(props.isActive, props.onCommand);
  const lines: Line[] = [{ text: 'Keys (Esc, q or ? closes this help)', bold: true }, { text: '' }];
  for (const b of DEFAULT_BINDINGS) lines.push({ text: `  ${b.label.padEnd(12)} ${b.description}` });
  lines.push({ text: '' });
  lines.push({ text: 'Rows: ● cites a finding, red failed, ▸ a folded story (x opens it). Columns: line, pid, time since the start', dim: true });
  lines.push({ text: '(yellow after a pause of a second or more), how long the call took, the call = result → what it did.', dim: true });
  return <LinesBox lines={lines} from={0} height={props.height} width={props.width} />;
}

/** The `/` prompt: typed text goes here, not to the panes. */
export function SearchPrompt(props: {
  draft: string;
  width: number;
  isActive: boolean;
  onInput(text: string): void;
  onBackspace(): void;
  onSubmit(): void;
  onCancel(): void;
}) {
  useInput(
    (input, key) => {
      if (key.return) props.onSubmit();
      else if (key.escape) props.onCancel();
      else if (key.backspace || key.delete) props.onBackspace();
      else if (!key.ctrl && !key.meta && input && !key.tab && !key.upArrow && !key.downArrow) {
        // Typed ahead or pasted: `text\r` arrives as one read; the return still submits.
        const end = input.search(/[\r\n]/);
        const text = (end < 0 ? input : input.slice(0, end)).replace(/[\x00-\x1f\x7f]/g, '');
        if (text) props.onInput(text);
        if (end >= 0) props.onSubmit();
      }
    },
    { isActive: props.isActive },
  );
  return (
    <Text>
      <Text color="yellow">/</Text>
      {fit(props.draft, props.width - 20)}
      <Text inverse> </Text>
      <Text dimColor>  Enter search, Esc cancel</Text>
    </Text>
  );
}

export function StatusBar(props: { left: string; right: string; width: number }) {
  const { width } = props;
  // The left part (file, position) wins; counts and filters get what is left. Exactly
  // `width` columns: one more and the terminal wraps the bar onto a second row.
  const left = fit(props.left, width);
  const right = fit(props.right, Math.max(0, width - widthOf(left) - 2));
  const gap = Math.max(0, width - widthOf(left) - widthOf(right));
  return (
    <Box width={width}>
      <Text inverse>{left + ' '.repeat(gap) + right}</Text>
    </Box>
  );
}
