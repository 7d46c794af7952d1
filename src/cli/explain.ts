// `tracex [files...]` = `tracex explain`: the explained narrative, then the findings.
// Options are normalised once into ExplainOptions; runExplain is a plain function of them.
// Text and JSON stream (memory does not grow with the trace: the JSON report puts what
// only the end knows after its events); Markdown is a report and keeps the narrative.

import type { Readable } from 'node:stream';
import { parseArgs } from '../../grammars/args.js';
import type { Decoder } from '../analyze/index.js';
import { decodeCall } from '../decode/index.js';
import { canonicalName, SYSCALLS, type SyscallEntry } from '../knowledge/syscalls.js';
import { EXPECTED_FAILURES_TEXT } from '../explain/failures.js';
import type { Story } from '../explain/index.js';
import type { ArgList, DecodedCall, Finding, Severity } from '../model/index.js';
import { explainTrace, type EventFilter } from '../pipeline/index.js';
import { reportEventJsonText } from '../render/event-json.js';
import { eventLead, EVENTS_CLOSE, EVENTS_OPEN, reportJsonHead, reportJsonTail } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderFindingsText, renderHeaderText, renderOverviewText, renderStatsLine, renderStoryLine } from '../render/text.js';
import type { ExplainedReport } from '../render/types.js';
import { openTrace } from './input.js';
import { inputFlags, requireInput, resolveColor, UsageError, type ColorChoice, type InputFlags } from './options.js';
import { Output } from './output.js';

// The narrative's filter and the story loop live in the assembled pipeline (src/pipeline/);
// re-exported for the commands and tests that reach them through here.
export { eventPasses, explainTrace, hiddenProbeFailures, storyPasses, type EventFilter } from '../pipeline/index.js';

export type ExplainFormat = 'text' | 'markdown' | 'json';

export interface ExplainOptions extends InputFlags, EventFilter {
  format: ExplainFormat;
  /** Resolved: colour on or off. */
  color: boolean;
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

/** strace-style classes for -e, from the catalogue's families and argument roles. */
const CLASSES: Record<string, (name: string, e: SyscallEntry) => boolean> = {
  net: (_n, e) => e.family === 'net',
  network: (_n, e) => e.family === 'net',
  file: (_n, e) => e.args.includes('path') || e.args.includes('path2'),
  process: (_n, e) => e.family === 'process',
  signal: (_n, e) => e.family === 'signal',
  memory: (_n, e) => e.family === 'memory',
  ipc: (_n, e) => e.family === 'ipc',
  desc: (_n, e) => e.args.some((r) => r === 'fd' || r === 'dirfd' || r === 'epfd' || r === 'kq'),
  poll: (_n, e) => e.family === 'poll',
};

/** `-e open,%net` → the list of syscall names it selects (class members come from the catalogue). */
export function expandSyscalls(spec: string[], catalogue: Readonly<Record<string, SyscallEntry>> = SYSCALLS): string[] {
  const out = new Set<string>();
  for (const part of spec.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean)) {
    if (part.startsWith('%')) {
      const cls = CLASSES[part.slice(1)];
      if (!cls) throw new UsageError(`unknown syscall class "${part}" (known: ${Object.keys(CLASSES).map((k) => `%${k}`).join(', ')})`);
      for (const [name, e] of Object.entries(catalogue)) if (cls(name, e)) out.add(name);
    } else out.add(canonicalName(part));
  }
  return [...out];
}

function intList(values: unknown, what: string): number[] {
  const list = (Array.isArray(values) ? values : values === undefined ? [] : [values]) as string[];
  return list
    .flatMap((v) => String(v).split(','))
    .filter((v) => v.trim() !== '')
    .map((v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) throw new UsageError(`${what}: expected a non-negative integer, got "${v}"`);
      return n;
    });
}

/** Normalises commander's raw options once. */
export function explainOptions(
  raw: Record<string, unknown>,
  term: { isTTY: boolean; env: NodeJS.ProcessEnv },
  catalogue: Readonly<Record<string, SyscallEntry>> = SYSCALLS,
): ExplainOptions {
  return {
    ...inputFlags(raw),
    format: (raw.format as ExplainFormat | undefined) ?? 'text',
    color: resolveColor((raw.color as ColorChoice | undefined) ?? 'auto', term.isTTY, term.env),
    failed: raw.failed === true,
    pids: intList(raw.pid, '--pid'),
    syscalls: expandSyscalls((raw.syscall as string[] | undefined) ?? [], catalogue),
    fds: intList(raw.fd, '--fd'),
    fold: raw.fold !== false,
    ...(raw.findings === true ? { findings: true } : {}),
    ...(raw.failOn !== undefined ? { failOn: raw.failOn as Severity } : {}),
  };
}

/** `tracex explain`: a plain function of its options. Returns the exit code. */
export async function runExplain(paths: string[], opts: ExplainOptions, out: Output, stdin?: Readable): Promise<number> {
  const trace = await openTrace(paths, opts, stdin);
  if (opts.format === 'text') {
    const ropts = { color: opts.color, format: trace.format };
    const narrative = !opts.findings;
    if (narrative) out.write(renderHeaderText({ files: trace.files, format: trace.format, os: trace.os }, ropts));
    const rest = await explainTrace(trace, opts, opts.fold, !narrative ? null : (s) => {
      if (out.isClosed) return false; // `tracex trace | head`: stop reading
      // A promise only when the stream needs draining: no promise turn per line otherwise.
      const w = out.write(renderStoryLine(s, ropts) + '\n');
      return w ? w.then(() => true) : true;
    });
    const hidden = rest.hiddenProbes && narrative
      ? `(${String(rest.hiddenProbes)} expected failures not shown: ${EXPECTED_FAILURES_TEXT})\n`
      : '';
    out.write(hidden + (narrative ? '\n' + renderOverviewText(rest, ropts) : '') + renderFindingsText(rest.findings, ropts) + renderStatsLine(rest.stats, ropts));
    await out.end();
    return failOnCode(rest.findings, opts.failOn);
  }
  if (opts.format === 'json') {
    // The report streams: its head, then each event's line as its story is told, then what
    // only the end of the trace knows. No object tree for the whole trace is ever held.
    // The report shows each call's argument tree; the analyzer's decoder parses it anyway,
    // so it is kept for the event's JSON instead of being parsed twice.
    const decode: Decoder = (ev, os, family) => {
      const args = parseArgs(ev.args);
      return withTree(decodeCall(ev, os, { socketFamily: family, args }), args);
    };
    out.write(reportJsonHead({ files: trace.files, format: trace.format, os: trace.os }) + EVENTS_OPEN);
    let index = 0;
    let first = true;
    const rest = await explainTrace(
      trace,
      opts,
      opts.fold,
      opts.findings ? null : (s) => {
        if (out.isClosed) return false;
        const i = index++;
        let text = '';
        for (const it of s.items) {
          text += eventLead(first) + reportEventJsonText(s, i, it, treeOf(it.decoded));
          first = false;
        }
        const w = out.write(text);
        return w ? w.then(() => true) : true;
      },
      // With --findings no event is written: the analyzer's own decoder (on demand) is enough.
      opts.findings ? undefined : decode,
    );
    const { hiddenProbes: _hidden, input: _input, ...fields } = rest;
    out.write((first ? EVENTS_CLOSE.empty : EVENTS_CLOSE.full) + reportJsonTail(fields));
    await out.end();
    return failOnCode(rest.findings, opts.failOn);
  }
  const stories: Story[] = [];
  const rest = await explainTrace(trace, opts, opts.fold, opts.findings ? null : (s) => {
    stories.push(s);
  });
  const { hiddenProbes: _hidden, ...fields } = rest;
  const report: ExplainedReport = { ...fields, stories };
  out.write(renderMarkdown(report));
  await out.end();
  return failOnCode(rest.findings, opts.failOn);
}

/**
 * The argument tree a decoded call was made from, kept on it under a symbol (which
 * JSON.stringify skips) until the event's JSON is made: no table to keep in step with the
 * events the filter drops, and it goes when the event goes.
 */
const ARG_TREE = Symbol('argument tree');

function withTree(d: DecodedCall, tree: ArgList): DecodedCall {
  (d as DecodedCall & { [ARG_TREE]?: ArgList })[ARG_TREE] = tree;
  return d;
}

function treeOf(d: DecodedCall | undefined): ArgList | undefined {
  return (d as (DecodedCall & { [ARG_TREE]?: ArgList }) | undefined)?.[ARG_TREE];
}

/** The command line's `tracex explain`: options as commander gives them. */
export async function explainAction(files: string[], raw: Record<string, unknown>): Promise<void> {
  requireInput(files);
  const opts = explainOptions(raw, { isTTY: process.stdout.isTTY === true, env: process.env });
  process.exitCode = await runExplain(files, opts, new Output());
}
