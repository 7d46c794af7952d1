// Presentational pieces: styled lines cut to the width, and a list with a selection.

import { Box, Text } from 'ink';
import type { Line } from '../detail.js';
import { fit } from '../text.js';

export function LineText({ line, width, selected }: { line: Line; width: number; selected?: boolean }) {
  const text = fit(line.text, width);
  return (
    <Text
      wrap="truncate-end"
      {...(line.color ? { color: line.color } : {})}
      bold={!!line.bold}
      dimColor={!!line.dim}
      inverse={!!selected}
    >
      {text || ' '}
    </Text>
  );
}

/** `height` lines starting at `from`; blank lines fill the rest so the layout never jumps. */
export function LinesBox({ lines, from, height, width }: { lines: readonly Line[]; from: number; height: number; width: number }) {
  const shown = lines.slice(from, from + height);
  return (
    <Box flexDirection="column" height={height} width={width}>
      {shown.map((l, i) => (
        <LineText key={i} line={l} width={width} />
      ))}
    </Box>
  );
}
