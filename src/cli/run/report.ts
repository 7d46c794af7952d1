// What `tracex run` prints once the program has ended: the Markdown report (built as the trace
// grows) or the JSON report (the stories are kept until then), and the closing note on where
// the raw trace was saved.

import type { Story } from '../../explain/index.js';
import type { Stats } from '../../model/index.js';
import { explainTrace, type EventFilter, type TraceSource } from '../../pipeline/index.js';
import { renderJson } from '../../render/json.js';
import { writeMarkdownReport } from '../markdown-report.js';
import type { ExplainedReport } from '../../render/types.js';
import { quoteArg, type RunIO, type RunOptions } from './options.js';

export async function presentReport(opts: RunOptions, io: RunIO, source: TraceSource, filter: EventFilter, started: () => Promise<void>): Promise<Stats> {
  // The Markdown report is built as the trace grows, within its budget.
  if (opts.format === 'markdown') return (await writeMarkdownReport(source, { ...filter, fold: opts.fold, ...(opts.findings ? { findings: true } : {}) }, io.out, started)).stats;
  const stories: Story[] = [];
  const rest = await explainTrace(source, filter, opts.fold, (s) => {
    if (!opts.findings) stories.push(s);
  });
  await started();
  const report: ExplainedReport = { ...rest, stories };
  io.out.write(renderJson(report));
  return rest.stats;
}

/** The closing line on stderr: how the program ended (`ended`, may be empty), where the raw trace is. */
export function savedNote(ended: string, rawPath: string, lines: number | undefined): string {
  const count = lines === undefined ? '' : ` (${lines} lines)`;
  return `tracex: ${ended}raw trace saved to ${rawPath}${count}; reopen it with: tracex explain ${quoteArg(rawPath)}\n`;
}
