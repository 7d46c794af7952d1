// `tracex annotate`: the Markdown report for a GitHub issue (same as explain --format
// markdown; markdown-report.ts). `--inline`: the original trace lines unchanged, each call
// followed by a `#` comment with its explanation, and the findings at the end, so a pasted
// trace stays recognisable. Both stream: memory does not grow with the trace (render/inline.ts).

import type { Readable } from 'node:stream';
import type { TraceEvent, TraceRecord } from '../model/index.js';
import { overview } from '../explain/overview.js';
import type { TraceSource } from '../pipeline/index.js';
import { InlineAnnotation } from '../render/inline.js';
import { explainOptions, explainTrace, failOnCode, type ExplainOptions } from './explain.js';
import { requireInput, UsageError } from './options.js';
import { openSources, traceRuns, type InputOptions } from './input.js';
import type { Source } from '../ingest/sources.js';
import { runHeadingMarkdown, runHeadingText } from '../render/runs.js';
import { interruptedBy, stopOnSigterm } from './interrupt.js';
import { writeMarkdownReport } from './markdown-report.js';
import { Output } from './output.js';

export interface AnnotateOptions extends ExplainOptions {
  inline: boolean;
}

export async function runAnnotate(paths: string[], opts: AnnotateOptions, out: Output, stdin?: Readable): Promise<number> {
  stopOnSigterm();
  const runs = traceRuns(paths);
  if (runs.length > 1 && opts.follow) throw new UsageError('--follow reads one trace (or one strace -ff set) as it grows, not several runs');
  let code = 0;
  for (const [i, run] of runs.entries()) {
    if (out.isClosed) break;
    if (runs.length > 1) out.write(runHeading(run.map((s) => s.name), i, runs.length, opts.inline));
    code = Math.max(code, await annotateRun(run, runs.length > 1, opts, out, stdin));
  }
  await out.end();
  return code;
}

/** A run's heading: Markdown, or `#` comment lines for the inline form (the trace stays a trace). */
function runHeading(files: string[], index: number, count: number, inline: boolean): string {
  if (!inline) return runHeadingMarkdown(files, index, count);
  return runHeadingText(files, index, count).trimEnd().split('\n').map((l) => `# ${l}`.trimEnd()).join('\n') + '\n';
}

/** One run annotated; `labelFiles`: it is one of several runs, so its findings and lines name their file. */
async function annotateRun(run: Source[], labelFiles: boolean, opts: AnnotateOptions, out: Output, stdin?: Readable): Promise<number> {
  if (!opts.inline) return failOnCode((await writeMarkdownReport(await openSources(run, opts, stdin, labelFiles), opts, out)).findings, opts.failOn);
  const inline = new InlineAnnotation(run.length);
  const readOpts: InputOptions = { ...opts };
  // Only what is written is kept of a record (not its parsed fields).
  readOpts.onRecord = (r: TraceRecord) => inline.line(r.file === undefined ? { text: r.text, line: r.line } : { text: r.text, file: r.file, line: r.line });
  const trace = await openSources(run, readOpts, stdin, labelFiles);
  // After each batch is told, the lines no comment can still come for are written.
  async function* writing(): AsyncGenerator<TraceEvent[]> {
    for await (const batch of trace.batches) {
      yield batch;
      if (out.isClosed) return; // `| head`: stop reading
      const w = out.write(inline.take(trace.stream.settledLines()));
      if (w) await w;
    }
  }
  const source: TraceSource = { format: trace.format, os: trace.os, files: trace.files, stats: trace.stats, batches: writing() };
  // Inline comments go one per event (not per folded group), after the event's last line.
  const rest = await explainTrace(source, opts, false, (s) => {
    for (const it of s.items) {
      const ev = it.event;
      if (ev.type === 'syscall' || ev.type === 'signal' || ev.type === 'exit') inline.comment(ev.file, ev.lines[ev.lines.length - 1]!, it.explanation);
    }
  });
  const stoppedBy = rest.stats.interrupted ? (interruptedBy() ?? 'SIGINT') : undefined;
  out.write(inline.end({ findings: rest.findings, brief: overview(rest), stopped: stoppedBy ? { signal: stoppedBy, line: rest.stats.lines } : undefined }));
  return failOnCode(rest.findings, opts.failOn);
}

/** The command line's `tracex annotate`. */
export async function annotateAction(files: string[], raw: Record<string, unknown>): Promise<void> {
  requireInput(files);
  const opts: AnnotateOptions = { ...explainOptions(raw, { isTTY: false, env: process.env }), inline: raw.inline === true };
  process.exitCode = await runAnnotate(files, opts, new Output());
}
