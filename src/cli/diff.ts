// `tracex diff GOOD BAD`: what the bad run did that the good one did not. Each side is one run
// (a trace file, or one strace -ff set); both are analysed and explained like `tracex explain`.

import { compareRuns } from '../diff/compare.js';
import { RunCollector, type RunProfile } from '../diff/profile.js';
import { diffToJson, renderDiffMarkdown, renderDiffText } from '../diff/render.js';
import { analyzeTrace } from '../pipeline/index.js';
import { jsonText } from '../render/sanitize.js';
import { openSources, traceRuns } from './input.js';
import { inputFlags, resolveColor, UsageError, type ColorChoice, type InputFlags } from './options.js';
import { Output } from './output.js';

export interface DiffOptions extends InputFlags {
  format: 'text' | 'markdown' | 'json';
  color: boolean;
}

export function diffOptions(raw: Record<string, unknown>, term: { isTTY: boolean; env: NodeJS.ProcessEnv }): DiffOptions {
  if (raw.follow === true) throw new UsageError('diff compares two finished runs: --follow does not apply');
  return {
    ...inputFlags(raw),
    format: (raw.format as DiffOptions['format'] | undefined) ?? 'text',
    color: resolveColor((raw.color as ColorChoice | boolean | undefined) ?? 'auto', term.isTTY, term.env),
  };
}

/** One side: a trace file or an -ff set, analysed and explained event by event. */
async function profileOf(path: string, side: string, opts: DiffOptions): Promise<RunProfile> {
  if (path === '-') throw new UsageError(`diff reads two saved traces: give ${side} as a file`);
  const runs = traceRuns([path]);
  if (runs.length !== 1) throw new UsageError(`${side} (${path}) holds ${String(runs.length)} separate traces, not one run: give one trace file or one strace -ff set per side`);
  const trace = await openSources(runs[0]!, opts);
  const collector = new RunCollector(trace.files, trace.os, trace.format);
  const result = await analyzeTrace(
    trace,
    (a, explanation) => {
      collector.add(a, explanation);
    },
    (s) => collector.story(s),
  );
  return collector.finish(result.findings, result.stats);
}

export async function runDiff(good: string, bad: string, opts: DiffOptions, out: Output): Promise<number> {
  const d = compareRuns(await profileOf(good, 'GOOD', opts), await profileOf(bad, 'BAD', opts));
  out.write(opts.format === 'json' ? jsonText(diffToJson(d), 2) + '\n' : opts.format === 'markdown' ? renderDiffMarkdown(d) : renderDiffText(d, { color: opts.color }));
  await out.end();
  return 0;
}

/** The command line's `tracex diff`. */
export async function diffAction(good: string, bad: string, raw: Record<string, unknown>): Promise<void> {
  const opts = diffOptions(raw, { isTTY: process.stdout.isTTY === true, env: process.env });
  process.exitCode = await runDiff(good, bad, opts, new Output());
}
