// `tracex summary`: strace -c style tables (per syscall, per process, per errno, socket
// endpoints), in one streaming pass that keeps only counters.

import type { Readable } from 'node:stream';
import { wellKnown } from '../knowledge/endpoints.js';
import { decodeCall } from '../decode/index.js';
import { renderSummaryText, SummaryCollector } from '../render/summary.js';
import { renderHeaderText, renderStatsLine } from '../render/text.js';
import { SCHEMA_VERSION, statsToJson } from '../render/event-json.js';
import { openSources, traceRuns, type OpenedTrace } from './input.js';
import { runHeadingText, separateRunsNote } from '../render/runs.js';
import { callPasses, observe } from '../pipeline/filter.js';
import { callFilterFlags, inputFlags, intList, pidPasses, requireInput, resolveColor, UsageError, type CallFilterFlags, type ColorChoice, type InputFlags } from './options.js';
import { Output } from './output.js';
import { jsonText } from '../render/sanitize.js';

export interface SummaryOptions extends InputFlags, Partial<CallFilterFlags> {
  format: 'text' | 'json';
  color: boolean;
  pids: number[];
}

export function summaryOptions(raw: Record<string, unknown>, term: { isTTY: boolean; env: NodeJS.ProcessEnv }): SummaryOptions {
  const pids = intList(raw.pid, '--pid');
  return {
    ...inputFlags(raw),
    ...callFilterFlags(raw),
    format: (raw.format as 'text' | 'json' | undefined) ?? 'text',
    color: resolveColor((raw.color as ColorChoice | boolean | undefined) ?? 'auto', term.isTTY, term.env),
    pids,
  };
}

export async function runSummary(paths: string[], opts: SummaryOptions, out: Output, stdin?: Readable): Promise<number> {
  const runs = traceRuns(paths);
  if (runs.length > 1 && opts.format === 'json') {
    throw new UsageError(`${separateRunsNote(runs.length)} A JSON summary describes one run: give one trace (or one -ff set) per tracex call.`);
  }
  if (runs.length > 1 && opts.follow) throw new UsageError('--follow reads one trace (or one strace -ff set) as it grows, not several runs');
  // Separate runs: a table per run under its file's heading, as explain tells them.
  for (const [i, run] of runs.entries()) {
    if (out.isClosed) break;
    if (runs.length > 1) out.write(runHeadingText(run.map((s) => s.name), i, runs.length, opts.color));
    await summariseRun(await openSources(run, opts, stdin, runs.length > 1), opts, out);
  }
  await out.end();
  return 0;
}

/** One run's tables (not ended: runs given together share the output). */
async function summariseRun(trace: OpenedTrace, opts: SummaryOptions, out: Output): Promise<void> {
  const collector = new SummaryCollector(trace.format, wellKnown);
  // strace -c with -e counts only the calls the filters keep; signals and exits still count.
  const filter = { failed: false, ...opts, fds: opts.fds ?? [] };
  for await (const batch of trace.batches) {
    for (const ev of batch) {
      observe(ev, filter, trace.os);
      if (!pidPasses(ev, opts.pids)) continue;
      if (ev.type === 'syscall' && !callPasses(ev, filter)) continue;
      // Decoding only where an address is read (dtruss/Nanos numbers); strace text is read as printed.
      const decoded = ev.type === 'syscall' && trace.format !== 'strace' ? safeDecode(ev, trace.os) : undefined;
      collector.add(ev, decoded);
    }
  }
  const s = collector.result();
  const stats = trace.stats();
  if (opts.format === 'json') {
    out.write(jsonText({ schema: SCHEMA_VERSION, input: { files: trace.files, format: trace.format, os: trace.os }, stats: statsToJson(stats), summary: s }, 2) + '\n');
  } else {
    const r = { color: opts.color };
    out.write(renderHeaderText({ files: trace.files, format: trace.format, os: trace.os }, r) + '\n' + renderSummaryText(s, r) + '\n' + renderStatsLine(stats, r));
  }
}

function safeDecode(ev: Parameters<typeof decodeCall>[0], os: Parameters<typeof decodeCall>[1]): ReturnType<typeof decodeCall> | undefined {
  try {
    return decodeCall(ev, os);
  } catch {
    return undefined; // unknown is never an error
  }
}

/** The command line's `tracex summary`. */
export async function summaryAction(files: string[], raw: Record<string, unknown>): Promise<void> {
  requireInput(files);
  const opts = summaryOptions(raw, { isTTY: process.stdout.isTTY === true, env: process.env });
  process.exitCode = await runSummary(files, opts, new Output());
}
