// The story's opening above the list: the most severe finding and "In short" (the CLI's
// overview), or, for a clean trace, that nothing looked wrong. Shown before any key.

import { Box, Text } from 'ink';
import type { Opening } from '../opening.js';
import { fit } from '../text.js';

const COLOR = { error: 'red', warning: 'yellow', info: 'blue' } as const;

/** Rows the brief takes at this height of the main area. */
export function briefHeight(main: number): number {
  return main >= 16 ? 3 : main >= 10 ? 1 : 0;
}

/** "In short" cut into at most `rows` lines of `width` columns, at word boundaries. */
function briefLines(text: string, width: number, rows: number): string[] {
  const words = text.split(/\s+/);
  const out: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > width) {
      out.push(cur);
      cur = w;
      if (out.length === rows) break;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (out.length < rows && cur) out.push(cur);
  if (out.length === rows && out.join(' ').length < text.length) out[rows - 1] = fit(`${out[rows - 1]!} …`, width);
  return out.map((l) => fit(l, width));
}

export function Brief({ opening, progress, height, width }: { opening: Opening | undefined; progress: string; height: number; width: number }) {
  if (height <= 0) return null;
  if (!opening) {
    return (
      <Box height={height} width={width}>
        <Text dimColor>{fit(`Analysing… ${progress}: the story's brief and the most severe finding show here when it ends.`, width)}</Text>
      </Box>
    );
  }
  const top = opening.top;
  const head = top
    ? `● ${top.severity} ${top.title}${opening.findings > 1 ? `  (most severe of ${opening.findings} findings · Tab: all)` : ''}`
    : '✓ No findings: nothing looked wrong in this trace.';
  const brief = opening.brief ? briefLines(`In short: ${opening.brief}`, width, Math.max(0, height - 1)) : [];
  return (
    <Box flexDirection="column" height={height} width={width}>
      <Text bold color={top ? COLOR[top.severity] : 'green'} wrap="truncate-end">
        {fit(head, width)}
      </Text>
      {brief.map((l, i) => (
        <Text key={i} wrap="truncate-end">
          {l}
        </Text>
      ))}
    </Box>
  );
}
