// What `tracex run` prints while the program runs: the explained narrative (text) or the
// events as `tracex parse` prints them (ndjson), each as the events complete; markdown and
// json wait for the end (report.ts). The stages are the assembled pipeline's, as for explain.

import type { Stats, TraceEvent } from '../../model/index.js';
import type { TraceStream } from '../../parse/pipeline.js';
import { analyzerFor, explainTrace, type EventFilter, type TraceSource } from '../../pipeline/index.js';
import { eventToJson, statsToJson } from '../../render/event-json.js';
import { renderFindingsText, renderHeaderText, renderOverviewText, renderStatsLine, renderStoryLine } from '../../render/text.js';
import { resolveColor } from '../options.js';
import { resolveWidth } from '../terminal-options.js';
import type { RunIO, RunOptions } from './options.js';
import { presentReport } from './report.js';
import { jsonText } from '../../render/sanitize.js';

/**
 * Prints the trace in the chosen format. `started` resolves once the tracer has ended and
 * throws when it failed before tracing anything; it is awaited before the closing output.
 */
export async function present(opts: RunOptions, io: RunIO, trace: TraceStream, batches: AsyncIterable<TraceEvent[]>, rawPath: string, started: () => Promise<void>): Promise<Stats> {
  if (opts.format === 'ndjson') return presentNdjson(opts, io, trace, batches, started);
  const source: TraceSource = { format: trace.format, os: trace.os, files: [rawPath], batches, stats: () => trace.stats };
  const filter: EventFilter = { failed: opts.failed, pids: [], fds: [] };
  if (opts.format === 'text') return presentText(opts, io, source, filter, started);
  return presentReport(opts, io, source, filter, started);
}

/** Events as `tracex parse` prints them, then the findings, then the stats object. */
async function presentNdjson(opts: RunOptions, io: RunIO, trace: TraceStream, batches: AsyncIterable<TraceEvent[]>, started: () => Promise<void>): Promise<Stats> {
  const out = io.out;
  const analyzer = analyzerFor(trace);
  for await (const batch of batches) {
    let chunk = '';
    for (const ev of batch) {
      analyzer.push(ev);
      if (!opts.findings) chunk += jsonText(eventToJson(ev)) + '\n';
    }
    await out.write(chunk);
    if (out.isClosed) break;
  }
  await started();
  let tail = '';
  for (const f of analyzer.finish(trace.stats).findings) tail += jsonText({ type: 'finding', ...f }) + '\n';
  out.write(tail + jsonText(statsToJson(trace.stats)) + '\n');
  return trace.stats;
}

/** The explained narrative, a line per story as it completes; the overview and findings at the end. */
async function presentText(opts: RunOptions, io: RunIO, source: TraceSource, filter: EventFilter, started: () => Promise<void>): Promise<Stats> {
  const out = io.out;
  const ropts = { color: resolveColor(opts.color, io.stdoutIsTTY, io.env), format: source.format, width: resolveWidth(opts.width, io.stdoutIsTTY, io.stdoutColumns, io.env) };
  let header = false;
  const writeHeader = (): void => {
    if (!header && !opts.findings) out.write(renderHeaderText(source, ropts));
    header = true;
  };
  const rest = await explainTrace(source, filter, opts.fold, async (s) => {
    if (opts.findings || out.isClosed) return;
    writeHeader();
    await out.write(renderStoryLine(s, ropts) + '\n');
  });
  await started();
  writeHeader();
  out.write((opts.findings ? '' : '\n' + renderOverviewText(rest, ropts)) + renderFindingsText(rest.findings, ropts) + renderStatsLine(rest.stats, ropts));
  return rest.stats;
}
