// `tracex annotate`: the Markdown report for a GitHub issue (same as explain --format
// markdown; markdown-report.ts). `--inline`: the original trace lines unchanged, each call
// followed by a `#` comment with its explanation, and the findings at the end, so a pasted
// trace stays recognisable. The inline form keeps the lines' text until the end.

import type { Readable } from 'node:stream';
import type { Finding, TraceRecord } from '../model/index.js';
import { sanitize } from '../render/sanitize.js';
import { linesText } from '../render/text.js';
import { overview } from '../explain/overview.js';
import type { Story } from '../explain/fold.js';
import { explainOptions, explainTrace, failOnCode, type ExplainOptions } from './explain.js';
import { requireInput, UsageError } from './options.js';
import { openSources, traceRuns, type InputOptions } from './input.js';
import type { Source } from '../ingest/sources.js';
import { runHeadingMarkdown, runHeadingText } from '../render/runs.js';
import { interruptedBy, stopOnSigterm } from './interrupt.js';
import { writeMarkdownReport } from './markdown-report.js';
import { signalText } from '../render/markdown.js';
import { Output } from './output.js';

export interface AnnotateOptions extends ExplainOptions {
  inline: boolean;
}

const key = (file: string | undefined, line: number): string => `${file ?? ''}\u0000${String(line)}`;

/** The inline form: every input line, a `# …` line after each call's last line, then the findings. */
export function renderInline(
  records: { text: string; file?: string; line: number }[],
  comments: Map<string, string[]>,
  findings: readonly Finding[],
  brief = '',
  stopped?: { signal: string; line: number },
): string {
  const out: string[] = [];
  let file: string | undefined;
  for (const r of records) {
    if (r.file !== file && r.file !== undefined) {
      file = r.file;
      if (records.some((x) => x.file !== r.file)) out.push(`# ==> ${sanitize(r.file)} <==`);
    }
    out.push(sanitize(r.text, { keepTabs: true }));
    for (const c of comments.get(key(r.file, r.line)) ?? []) out.push(`# ${sanitize(c)}`);
  }
  out.push('#');
  if (stopped) out.push(`# Interrupted: tracex was stopped by ${signalText(stopped.signal)} after line ${String(stopped.line)}; the lines after it were not read.`, '#');
  if (brief) out.push(`# In short: ${sanitize(brief)}`, '#');
  out.push(`# tracex findings (${String(findings.length)}):`);
  for (const f of findings) {
    out.push(`# ${f.severity.toUpperCase()} ${sanitize(f.title)} [${f.id}${f.lines.length ? `; line ${linesText(f.lines)}` : ''}]`);
    out.push(`#   ${sanitize(f.explanation)}`);
    if (f.hint) out.push(`#   Hint: ${sanitize(f.hint)}`);
  }
  return out.join('\n') + '\n';
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
  const records: { text: string; file?: string; line: number }[] = [];
  const readOpts: InputOptions = { ...opts };
  readOpts.onRecord = (r: TraceRecord) => {
    const x: { text: string; file?: string; line: number } = { text: r.text, line: r.line };
    if (r.file !== undefined) x.file = r.file;
    records.push(x);
  };
  const trace = await openSources(run, readOpts, stdin, labelFiles);
  const stories: Story[] = [];
  // Inline comments go one per event (not per folded group), after the event's last line.
  const rest = await explainTrace(trace, opts, false, (s) => {
    stories.push(s);
  });
  const comments = new Map<string, string[]>();
  for (const s of stories)
    for (const it of s.items) {
      const ev = it.event;
      if (ev.type !== 'syscall' && ev.type !== 'signal' && ev.type !== 'exit') continue;
      const k = key(ev.file, Math.max(...ev.lines));
      const list = comments.get(k) ?? [];
      list.push(it.explanation);
      comments.set(k, list);
    }
  const stoppedBy = rest.stats.interrupted ? (interruptedBy() ?? 'SIGINT') : undefined;
  out.write(renderInline(records, comments, rest.findings, overview(rest), stoppedBy ? { signal: stoppedBy, line: rest.stats.lines } : undefined));
  return failOnCode(rest.findings, opts.failOn);
}

/** The command line's `tracex annotate`. */
export async function annotateAction(files: string[], raw: Record<string, unknown>): Promise<void> {
  requireInput(files);
  const opts: AnnotateOptions = { ...explainOptions(raw, { isTTY: false, env: process.env }), inline: raw.inline === true };
  process.exitCode = await runAnnotate(files, opts, new Output());
}
