// A report to paste into a GitHub issue: what was traced, the findings with the lines they
// cite, tables of processes and sockets, and the explained sequence folded away in <details>.
// Trace strings are sanitised and escaped: they cannot break out of a table cell, start HTML,
// close a code block, or become a link or a mention.
//
// The report is always within GitHub's 65,536-character limit for an issue body: every section
// has a budget and says what it left out. It is built while the trace is read (MarkdownReport):
// the sequence keeps its beginning and end within its budget, and each event's cited-line row
// goes to a CitedRows store (the CLI's is a file), so memory does not grow with the trace.

import { overview } from '../explain/overview.js';
import type { Story } from '../explain/fold.js';
import type { Finding } from '../model/index.js';
import { callText } from './call.js';
import { SequenceKeeper } from './markdown-sequence.js';
import { cut, processTable, socketTable } from './markdown-tables.js';
import { codeBlock, escapeMarkdown, inlineCode } from './sanitize.js';
import { findingFiles, linesText, storyCall, timeText, whoText } from './text.js';
import type { ExplainedReport } from './types.js';

/** GitHub refuses issue bodies over 65,536 characters. */
export const MARKDOWN_LIMIT = 65_536;

const SEVERITY: Record<Finding['severity'], string> = { error: 'Error', warning: 'Warning', info: 'Info' };
const PLURAL: Record<Finding['severity'], string> = { error: 'errors', warning: 'warnings', info: 'info' };

/** Characters of each part, chosen so that all of them together stay under the limit. */
const BUDGET = { files: 1_000, command: 200, brief: 1_500, findings: 26_000, title: 300, explanation: 3_000, hint: 1_000, row: 300, unparsed: 240, step: 600 };
const DEFAULT_SEQUENCE_CHARS = 40_000;
/** Rows longer than this are cut to their budget before they are stored. */
const KEEP_ROW_CHARS = 1_000;
/** Room kept for the <details> wrapper and the line breaks between sections. */
const SLACK = 600;

export interface MarkdownOptions {
  /** Most cited lines shown per finding. */
  maxCited?: number;
  /** Most characters of explained sequence in <details> (the report may give it less). */
  maxSequenceChars?: number;
}

/** Where the row of each traced line waits until the findings say which lines they cite. */
export interface CitedRows {
  /** The row of a line as it is (not cut, not sanitised: the report does both to the rows it shows). */
  put(file: string | undefined, line: number, row: string): void;
  /** The rows of `keys` that were put, as they were put. */
  get(keys: ReadonlySet<string>): Promise<Map<string, string>> | Map<string, string>;
}

/** Rows kept in memory (for a report already in memory, and tests). */
export class MemoryRows implements CitedRows {
  private readonly rows = new Map<string, string>();
  put(file: string | undefined, line: number, row: string): void {
    const key = lineKey(file, line);
    if (!this.rows.has(key)) this.rows.set(key, row);
  }
  get(): Map<string, string> {
    return this.rows;
  }
}

/** The key of a line: several input files (-ff) repeat line numbers. */
export function lineKey(file: string | undefined, line: number): string {
  return `${file ?? ''}\0${String(line)}`;
}

/** How a report read only part of its input. */
export interface Interruption {
  /** What stopped it: 'SIGINT' (Ctrl-C) or 'SIGTERM'. */
  signal: string;
}

export type ReportEnd = Omit<ExplainedReport, 'stories'>;

/** The report, fed one story at a time while the trace is read, rendered at the end. */
export class MarkdownReport {
  private readonly sequence: SequenceKeeper;

  constructor(
    private readonly format: string,
    private readonly rows: CitedRows,
    private readonly opts: MarkdownOptions = {},
  ) {
    this.sequence = new SequenceKeeper(opts.maxSequenceChars ?? DEFAULT_SEQUENCE_CHARS);
  }

  add(s: Story): void {
    // A single event's call text serves its step and its row.
    const single = s.items.length === 1 ? callText(s.items[0]!.event, s.items[0]!.decoded, this.format) : undefined;
    this.sequence.add(sequenceLines(s, this.format, single));
    for (const it of s.items) {
      const ev = it.event;
      const who = whoText(ev, this.format);
      const call = single ?? callText(ev, it.decoded, this.format);
      // Only the few rows the findings cite are cut to their budget (render); a long one is cut
      // now too, so that the store does not keep megabytes of it (cutting twice changes nothing).
      const whole = who ? `${who} ${call}` : call;
      const row = whole.length > KEEP_ROW_CHARS ? cut(whole, BUDGET.row) : whole;
      for (const l of ev.lines) this.rows.put(ev.file, l, row);
    }
  }

  /** The keys of the lines the findings cite (as many as are shown). */
  citedKeys(findings: readonly Finding[]): Set<string> {
    const keys = new Set<string>();
    for (const f of findings) {
      for (const l of cited(f).slice(0, this.maxCited)) for (const file of f.files ?? [f.file]) keys.add(lineKey(file, l));
    }
    return keys;
  }

  private get maxCited(): number {
    return this.opts.maxCited ?? 12;
  }

  /** The report text, with the rows of the cited lines (from `rows.get(citedKeys(...))`). */
  render(end: ReportEnd, rows: ReadonlyMap<string, string>, stopped?: Interruption): string {
    const head = this.header(end, stopped);
    const findings = this.findings(end.findings, rows);
    const tables = [`### Processes`, '', processTable(end.processes), '', `### Sockets`, '', socketTable(end.sockets), ''];
    const unparsed = end.unparsed.length
      ? [`### Unparsed lines (${String(end.stats.unparsed)})`, '', codeBlock(end.unparsed.slice(0, 20).map((u) => cut(`${String(u.line).padStart(6)}  ${u.text}    # ${u.reason}`, BUDGET.unparsed)), 'text'), '']
      : [];
    const before = [...head, ...findings, ...tables, ...unparsed];
    const used = before.reduce((n, l) => n + l.length + 1, 0);
    const room = Math.max(0, Math.min(this.opts.maxSequenceChars ?? DEFAULT_SEQUENCE_CHARS, MARKDOWN_LIMIT - used - SLACK));
    const { lines: seq, shown } = this.sequence.select(room);
    const steps = this.sequence.steps;
    const summary = `<summary>Explained sequence (${String(steps)} steps from ${String(end.stats.events)} events${shown < steps ? `, ${String(shown)} shown` : ''})</summary>`;
    return [...before, '<details>', summary, '', codeBlock(seq, 'text'), '', '</details>', ''].join('\n');
  }

  private header(end: ReportEnd, stopped: Interruption | undefined): string[] {
    const st = end.stats;
    const out = [`## tracex report`, ''];
    if (stopped) {
      out.push(`**Interrupted:** tracex was stopped by ${signalText(stopped.signal)} after line ${String(st.lines)}; this report covers only the lines read until then.`, '');
    }
    out.push(
      `**Traced:** ${fileList(end.input.files)} · ${escapeMarkdown(end.input.format)} (${escapeMarkdown(end.input.os)} numbering) · ` +
        `${String(st.lines)} lines · ${String(st.events)} events · ${String(st.unparsed)} unparsed · ` +
        `${String(end.processes.length)} process${end.processes.length === 1 ? '' : 'es'} · ${String(end.sockets.length)} socket${end.sockets.length === 1 ? '' : 's'}`,
      '',
    );
    const cmd = end.processes.find((p) => p.argv?.length)?.argv;
    if (cmd) out.push(`**Command:** ${inlineCode(cut(cmd.join(' '), BUDGET.command))}`, '');
    const brief = overview(end);
    if (brief) out.push(`**In short:** ${escapeMarkdown(cut(brief, BUDGET.brief))}`, '');
    return out;
  }

  /** The findings section within its budget: whole findings, most severe first, then how many were left out. */
  private findings(findings: readonly Finding[], rows: ReadonlyMap<string, string>): string[] {
    const out = [`### Findings`, ''];
    if (findings.length === 0) out.push('No problems found.', '');
    let used = 0;
    for (const [i, f] of findings.entries()) {
      const block = this.finding(f, rows);
      const n = block.reduce((s, l) => s + l.length + 1, 0);
      if (used + n > BUDGET.findings) {
        const left = findings.slice(i);
        const count = (sev: Finding['severity']): number => left.filter((x) => x.severity === sev).length;
        const kinds = (['error', 'warning', 'info'] as const).filter((s) => count(s)).map((s) => `${String(count(s))} ${count(s) === 1 ? s : PLURAL[s]}`);
        out.push(`… ${String(left.length)} more finding${left.length === 1 ? '' : 's'} (${kinds.join(', ')}) left out to keep the report small enough for a GitHub issue: \`tracex --findings\` on the trace lists them all.`, '');
        break;
      }
      out.push(...block);
      used += n;
    }
    return out;
  }

  private finding(f: Finding, rows: ReadonlyMap<string, string>): string[] {
    const out = [`#### ${SEVERITY[f.severity]}: ${escapeMarkdown(cut(f.title, BUDGET.title))} (\`${f.id.replace(/`/g, '')}\`)`, ''];
    out.push(escapeMarkdown(cut(f.explanation, BUDGET.explanation)), '');
    if (f.hint) out.push(`**Hint:** ${escapeMarkdown(cut(f.hint, BUDGET.hint))}`, '');
    const lines = cited(f);
    if (lines.length === 0) return out;
    const max = this.maxCited;
    const files = f.files ?? [f.file];
    const shown = lines.slice(0, max).map((l) => {
      const k = files.map((file) => lineKey(file, l)).find((x) => rows.has(x)) ?? lineKey(f.file, l);
      const row = rows.get(k);
      return `${String(l).padStart(6)}  ${row === undefined ? '(line not in the narrative)' : cut(row, BUDGET.row)}`;
    });
    if (lines.length > max) shown.push(cut(`… and ${String(lines.length - max)} more line(s): ${linesText(lines.slice(max))}`, BUDGET.row));
    const inFiles = findingFiles(f);
    const about = [f.pid !== undefined ? `pid ${String(f.pid)}` : '', inFiles ? `in ${inlineCode(cut(inFiles, BUDGET.files))}` : ''].filter(Boolean).join(', ');
    out.push(`Cited line${lines.length > 1 ? 's' : ''}${about ? ` (${about})` : ''}:`, '', codeBlock(shown, 'text'), '');
    return out;
  }
}

/** A whole report in memory (the library's and `run`'s form). */
export function renderMarkdown(report: ExplainedReport, opts: MarkdownOptions = {}, stopped?: Interruption): string {
  const rows = new MemoryRows();
  const md = new MarkdownReport(report.input.format, rows, opts);
  for (const s of report.stories) md.add(s);
  return md.render(report, rows.get(), stopped);
}

/** How a stopping signal is named to a user. */
export function signalText(signal: string): string {
  return signal === 'SIGINT' ? 'Ctrl-C (SIGINT)' : signal;
}

function cited(f: Finding): number[] {
  return [...new Set(f.lines)].sort((a, b) => a - b);
}

/** The input files as code spans, within their budget. */
function fileList(files: readonly string[]): string {
  if (files.length === 0) return 'stdin';
  const shown: string[] = [];
  let used = 0;
  for (const f of files) {
    const s = inlineCode(cut(f, 200));
    if (used + s.length > BUDGET.files) break;
    shown.push(s);
    used += s.length + 2;
  }
  const left = files.length - shown.length;
  return shown.join(', ') + (left ? ` and ${String(left)} more file${left === 1 ? '' : 's'}` : '');
}

/** A step's two lines; `call`: the call text of a single event, when the caller has it. */
function sequenceLines(s: Story, fmt: string, call?: string): string[] {
  const ev = s.items[0]!.event;
  const lines = s.items.length > 1 ? `${String(ev.line)}-${String(s.items[s.items.length - 1]!.event.line)}` : String(ev.line);
  const who = whoText(ev, fmt);
  const time = timeText(ev);
  let head = lines.padStart(6);
  if (who) head += `  ${who}`;
  if (time) head += `  ${time}`;
  return [cut(`${head}  ${storyCall(s, fmt, call)}`, BUDGET.step), cut(`        → ${s.sentence}`, BUDGET.step)];
}
