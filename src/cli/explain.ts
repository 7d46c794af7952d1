// `tracex [files...]` = `tracex explain`: the explained narrative, then the findings.
// Options are normalised once into ExplainOptions; runExplain is a plain function of them.
// Text and JSON stream (memory does not grow with the trace: the JSON report puts what
// only the end knows after its events); Markdown is a report within a budget (markdown-report.ts).

import type { Readable } from 'node:stream';
import { EXPECTED_FAILURES_TEXT } from '../explain/failures.js';
import { overview } from '../explain/overview.js';
import type { Finding, Severity } from '../model/index.js';
import { explainTrace, type EventFilter } from '../pipeline/index.js';
import { reportEventJsonText, reportEventToJson } from '../render/event-json.js';
import { eventLead, EVENTS_CLOSE, EVENTS_OPEN, reportJsonHead, reportJsonTail, reportNdjsonHead, reportNdjsonTail } from '../render/json.js';
import { renderFindingsText, renderHeaderText, renderOverviewText, renderStatsLine, renderStoryLine } from '../render/text.js';
import { runHeadingMarkdown, runHeadingText, separateRunsNote } from '../render/runs.js';
import { jsonText } from '../render/sanitize.js';
import { openSources, traceRuns, type OpenedTrace } from './input.js';
import { writeMarkdownReport } from './markdown-report.js';
import { stopOnSigterm } from './interrupt.js';
import { callFilterFlags, inputFlags, intList, requireInput, resolveColor, UsageError, type ColorChoice, type InputFlags } from './options.js';
import { Output } from './output.js';
import { resolveWidth } from './terminal-options.js';
import { wrapColumns } from '../text/width.js';

// The narrative's filter and the story loop live in the assembled pipeline (src/pipeline/);
// re-exported for the commands and tests that reach them through here.
export { eventPasses, explainTrace, hiddenProbeFailures, storyPasses, type EventFilter } from '../pipeline/index.js';

export type ExplainFormat = 'text' | 'markdown' | 'json' | 'ndjson';

export interface ExplainOptions extends InputFlags, EventFilter {
  format: ExplainFormat;
  /** Resolved: colour on or off. */
  color: boolean;
  /** Resolved: columns to fit the text into; undefined: no wrapping. */
  width?: number;
  /** Tell sequences as one line (loader, locale, nscd, async connect). */
  fold: boolean;
  /** Exit 1 when a finding of this severity or worse was found (for CI). */
  failOn?: Severity;
  /** Only the findings (and the counts): no narrative, no events in the report. */
  findings?: boolean;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The exit code for `--fail-on`: 1 when a finding is at least as severe as asked, else 0. */
export function failOnCode(findings: readonly Finding[], failOn: Severity | undefined): number {
  if (!failOn) return 0;
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]) ? 1 : 0;
}

/** Normalises commander's raw options once. */
export function explainOptions(raw: Record<string, unknown>, term: { isTTY: boolean; env: NodeJS.ProcessEnv; columns?: number }): ExplainOptions {
  return {
    ...inputFlags(raw),
    format: (raw.format as ExplainFormat | undefined) ?? 'text',
    color: resolveColor((raw.color as ColorChoice | boolean | undefined) ?? 'auto', term.isTTY, term.env),
    width: resolveWidth(raw.width as number | undefined, term.isTTY, term.columns, term.env),
    failed: raw.failed === true,
    pids: intList(raw.pid, '--pid'),
    ...callFilterFlags(raw),
    fold: raw.fold !== false,
    ...(raw.findings === true ? { findings: true } : {}),
    ...(raw.failOn !== undefined ? { failOn: raw.failOn as Severity } : {}),
  };
}

/** `tracex explain`: a plain function of its options. Returns the exit code. */
export async function runExplain(paths: string[], opts: ExplainOptions, out: Output, stdin?: Readable): Promise<number> {
  const runs = traceRuns(paths);
  if (runs.length > 1 && (opts.format === 'json' || opts.format === 'ndjson')) {
    throw new UsageError(`${separateRunsNote(runs.length)} A JSON report describes one run: give one trace (or one -ff set) per tracex call.`);
  }
  if (runs.length > 1 && opts.follow) throw new UsageError('--follow reads one trace (or one strace -ff set) as it grows, not several runs');
  let code = 0;
  for (const [i, run] of runs.entries()) {
    if (out.isClosed) break;
    if (runs.length > 1) out.write(opts.format === 'markdown' ? runHeadingMarkdown(run.map((s) => s.name), i, runs.length) : runHeadingText(run.map((s) => s.name), i, runs.length, opts.color));
    code = Math.max(code, await explainRun(await openSources(run, opts, stdin, runs.length > 1), opts, out));
  }
  await out.end();
  return code;
}

/** One run told in the asked format (not ended: runs given together share the output). */
async function explainRun(trace: OpenedTrace, opts: ExplainOptions, out: Output): Promise<number> {
  if (opts.format === 'text') {
    const ropts = { color: opts.color, format: trace.format, width: opts.width };
    const narrative = !opts.findings;
    if (narrative) out.write(renderHeaderText({ files: trace.files, format: trace.format, os: trace.os }, ropts));
    const rest = await explainTrace(trace, opts, opts.fold, !narrative ? null : (s) => {
      if (out.isClosed) return false; // `tracex trace | head`: stop reading
      // A promise only when the stream needs draining: no promise turn per line otherwise.
      const w = out.write(renderStoryLine(s, ropts) + '\n');
      return w ? w.then(() => true) : true;
    });
    const hidden = rest.hiddenProbes && narrative
      ? wrapColumns(`(${String(rest.hiddenProbes)} expected failures not shown: ${EXPECTED_FAILURES_TEXT})`, opts.width).join('\n') + '\n'
      : '';
    out.write(hidden + (narrative ? '\n' + renderOverviewText(rest, ropts) : '') + renderFindingsText(rest.findings, ropts) + renderStatsLine(rest.stats, ropts));
    return failOnCode(rest.findings, opts.failOn);
  }
  if (opts.format === 'json' || opts.format === 'ndjson') {
    // The report streams: its head, then each event's line as its story is told, then what
    // only the end of the trace knows. No object tree for the whole trace is ever held.
    const nd = opts.format === 'ndjson';
    const input = { files: trace.files, format: trace.format, os: trace.os };
    out.write(nd ? reportNdjsonHead(input) : reportJsonHead(input) + EVENTS_OPEN);
    let index = 0;
    let first = true;
    const rest = await explainTrace(trace, opts, opts.fold, opts.findings ? null : (s) => {
      if (out.isClosed) return false;
      const i = index++;
      let text = '';
      for (const it of s.items) {
        text += nd ? jsonText(reportEventToJson(s, i, it)) + '\n' : eventLead(first) + reportEventJsonText(s, i, it);
        first = false;
      }
      const w = out.write(text);
      return w ? w.then(() => true) : true;
    });
    const { hiddenProbes: _hidden, input: _input, ...fields } = rest;
    const inShort = overview(rest);
    out.write(nd ? reportNdjsonTail({ ...fields, inShort }) : (first ? EVENTS_CLOSE.empty : EVENTS_CLOSE.full) + reportJsonTail({ ...fields, inShort }));
    return failOnCode(rest.findings, opts.failOn);
  }
  stopOnSigterm();
  return failOnCode((await writeMarkdownReport(trace, opts, out)).findings, opts.failOn);
}

/** The command line's `tracex explain`: options as commander gives them. */
export async function explainAction(files: string[], raw: Record<string, unknown>): Promise<void> {
  requireInput(files);
  const opts = explainOptions(raw, { isTTY: process.stdout.isTTY === true, env: process.env, columns: process.stdout.columns });
  process.exitCode = await runExplain(files, opts, new Output());
}
