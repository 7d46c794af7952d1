// Format detection (placeholder by the lead; the dtruss/Nanos helper owns and replaces this file).
import type { FormatSpec } from '../parse/reader.js';

export function detectFormat(firstLines: string[], specs: FormatSpec[]): { spec: FormatSpec } | { error: string } {
  let best: FormatSpec | undefined;
  let bestScore = 0;
  for (const spec of specs) {
    let score = 0;
    for (const l of firstLines) score += spec.sniff(l);
    if (score > bestScore) {
      best = spec;
      bestScore = score;
    }
  }
  if (!best) {
    return {
      error: `could not recognise the trace format (tried ${specs.map((s) => s.format).join(', ')}); first lines:\n` +
        firstLines.slice(0, 5).map((l) => `  ${l}`).join('\n'),
    };
  }
  return { spec: best };
}
