// unparsed-lines: lines the grammar could not read. Always counted, never dropped.
// no-calls: input whose lines were all taken as program output (likely read as the wrong format).

import type { Finding, Stats } from '../../model/index.js';
import type { Detector, DetectorRun, Observation } from '../types.js';

class UnparsedRun implements DetectorRun {
  private lines: number[] = [];
  private events: number[] = [];
  private reasons = new Map<string, number>();
  private seen = 0;

  /** The first output lines, cited when no call was read at all. */
  private outputLines: number[] = [];
  private outputEvents: number[] = [];

  observe(o: Observation): void {
    const ev = o.analyzed.event;
    if (ev.type === 'output' && this.outputLines.length < 5) {
      this.outputLines.push(ev.line);
      this.outputEvents.push(ev.seq);
    }
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
    const out = noCalls(stats, this.outputLines, this.outputEvents);
    if (n === 0) return out;
    const reasons = [...this.reasons].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([r, c]) => `${r} (${String(c)})`);
    return [
      {
        id: 'unparsed-lines',
        severity: 'info',
        title: `${String(n)} line${n === 1 ? '' : 's'} could not be read`,
        explanation:
          `${String(n)} line${n === 1 ? ' was' : 's were'} not recognised as trace output and ${n === 1 ? 'is' : 'are'} kept as-is; analysis ignores ${n === 1 ? 'it' : 'them'}.` +
          (reasons.length ? ` Reasons: ${reasons.join('; ')}.` : ''),
        hint: 'If these are trace lines, check the format (--from strace|dtruss|nanos) or report the line shape.',
        lines: this.lines,
        events: this.events,
      },
      ...out,
    ];
  }
}

const CALL_KINDS = ['syscall', 'unfinished', 'resumed'] as const;

/**
 * Per format, what a log without calls usually is. An ops/Nanos console log holds system calls
 * only when run with --trace (../shared/formats/nanos-ops-trace.md: ops's --trace sets the trace flags).
 */
const NO_CALLS_HINT: Readonly<Record<string, string>> = {
  nanos:
    'This looks like an ops/Nanos console log run without --trace: re-run with `ops run --trace` (or `ops pkg load … --trace`) to record the system calls. If it is a trace of another tracer, try --from strace or --from dtruss.',
};

/**
 * Lines were read, none as a call, and most as program output: the format is probably not
 * the one read. (A failed tracer run, all tracer messages, is not this.)
 */
function noCalls(stats: Stats, lines: number[], events: number[]): Finding[] {
  const calls = CALL_KINDS.reduce((n, k) => n + (stats.records[k] ?? 0), 0);
  const output = stats.records.output ?? 0;
  const text = stats.lines - (stats.records.blank ?? 0);
  if (calls > 0 || output === 0 || output * 2 < text) return [];
  return [
    {
      id: 'no-calls',
      severity: 'warning',
      title: `no system calls found in ${String(stats.lines)} line${stats.lines === 1 ? '' : 's'}`,
      explanation:
        `None of the ${String(stats.lines)} lines read as a system call of the ${stats.format} format; ` +
        `${String(output)} ${output === 1 ? 'was' : 'were'} taken as the traced program's own output.`,
      hint: NO_CALLS_HINT[stats.format] ?? 'If this is a trace, it is probably in another format: try --from strace, --from dtruss or --from nanos.',
      lines,
      events,
    },
  ];
}

export const unparsedLines: Detector = {
  ids: ['unparsed-lines', 'no-calls'],
  create: () => new UnparsedRun(),
};
