// The Markdown report of `annotate` and `explain --format markdown`, built while the trace is
// read: memory bounded by the report's budgets (the cited lines' rows wait in a spool file),
// and a report stopped by Ctrl-C or SIGTERM says so and at which line.

import type { Finding, Stats } from '../model/index.js';
import { explainTrace, type EventFilter, type TraceSource } from '../pipeline/index.js';
import { MarkdownReport } from '../render/markdown.js';
import { SpooledRows } from './cited-rows.js';
import { interruptedBy } from './interrupt.js';
import type { Output } from './output.js';

export interface MarkdownReportOptions extends EventFilter {
  fold: boolean;
  /** Only the findings: no explained sequence. */
  findings?: boolean;
}

/**
 * Reads the trace, writes the report; returns the findings (for --fail-on) and the counts.
 * `beforeEnd` runs once the trace has been read, before the report is written (`run` waits
 * for the tracer there). The output is not ended: runs given together share it.
 */
export async function writeMarkdownReport(
  trace: TraceSource,
  opts: MarkdownReportOptions,
  out: Output,
  beforeEnd?: () => Promise<void>,
): Promise<{ findings: Finding[]; stats: Stats }> {
  const rows = new SpooledRows();
  try {
    const md = new MarkdownReport(trace.format, rows);
    const { hiddenProbes: _hidden, ...end } = await explainTrace(trace, opts, opts.fold, opts.findings ? null : (s) => {
      md.add(s);
    });
    await beforeEnd?.();
    const cited = await rows.get(md.citedKeys(end.findings));
    const stoppedBy = end.stats.interrupted ? (interruptedBy() ?? 'SIGINT') : undefined;
    out.write(md.render(end, cited, stoppedBy ? { signal: stoppedBy } : undefined));
    return { findings: end.findings, stats: end.stats };
  } finally {
    rows.dispose();
  }
}
