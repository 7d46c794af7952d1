// unparsed-lines: lines the grammar could not read. Always counted, never dropped.

import type { Finding, Stats } from '../../model/index.js';
import type { Detector, DetectorRun, Observation } from '../types.js';

class UnparsedRun implements DetectorRun {
  private lines: number[] = [];
  private events: number[] = [];
  private reasons = new Map<string, number>();
  private seen = 0;

  observe(o: Observation): void {
    const ev = o.analyzed.event;
    if (ev.type !== 'unparsed') return;
    this.seen++;
    if (this.lines.length < 10) {
      this.lines.push(ev.line);
      this.events.push(ev.seq);
    }
    if (this.reasons.size < 20 || this.reasons.has(ev.reason)) this.reasons.set(ev.reason, (this.reasons.get(ev.reason) ?? 0) + 1);
  }

  finish(stats: Stats): Finding[] {
    const n = Math.max(stats.unparsed, this.seen);
    if (n === 0) return [];
    const reasons = [...this.reasons].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([r, c]) => `${r} (${String(c)})`);
    return [
      {
        id: 'unparsed-lines',
        severity: 'info',
        title: `${String(n)} line${n === 1 ? '' : 's'} could not be read`,
        explanation:
          `${String(n)} line${n === 1 ? ' was' : 's were'} not recognised as trace output and ${n === 1 ? 'is' : 'are'} kept as-is; analysis ignores ${n === 1 ? 'it' : 'them'}.` +
          (reasons.length ? ` Reasons: ${reasons.join('; ')}.` : ''),
        hint: 'If these are trace lines, check the format (--format) or report the line shape.',
        lines: this.lines,
        events: this.events,
      },
    ];
  }
}

export const unparsedLines: Detector = {
  ids: ['unparsed-lines'],
  create: () => new UnparsedRun(),
};
