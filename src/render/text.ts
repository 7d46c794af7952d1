// The explained narrative as plain text: one line per event or folded group (pid, time,
// the call as strace would show it, the sentence), then the findings, most severe first.
// Every piece of trace text is sanitised; colour only when the caller asks for it.

import type { Story } from '../explain/fold.js';
import type { Finding, Severity, Stats, TraceEvent } from '../model/index.js';
import { callText } from './call.js';
import { palette, type Palette } from './color.js';
import { overview, type OverviewInput } from '../explain/overview.js';
import { sanitize } from './sanitize.js';
import type { ExplainedReport, RenderOptions } from './types.js';
import { cutText, ONE_COLUMN, textWidth, wrapColumns } from '../text/width.js';

/** Longest call shown on a narrative line when the output has no width (a pipe): lines stay one per event. */
const DEFAULT_CALL_WIDTH = 120;
/** Narrowest layout: below this the terminal wraps what does not fit anyway. */
const MIN_WIDTH = 40;
/** Paragraph indents of the findings block. */
const INDENT = '          ';
const HINT_INDENT = '                ';

/** `11214` or `23078/0x3057d` (pid/thread when a format shows both; dtruss prints threads in hex). */
export function whoText(ev: TraceEvent, format?: string): string {
  if (ev.pid !== undefined && ev.tid !== undefined && ev.tid !== ev.pid) {
    return `${String(ev.pid)}/${format === 'dtruss' ? `0x${ev.tid.toString(16)}` : String(ev.tid)}`;
  }
  const id = ev.pid ?? ev.tid;
  return id === undefined ? '' : String(id);
}

export function timeText(ev: TraceEvent): string {
  if (ev.timeText !== undefined) return ev.timeText;
  if (ev.relative !== undefined) return `+${ev.relative.toFixed(6)}`;
  return '';
}

/**
 * Shortens a long call in its arguments, so the result (`= -1 ENOENT (…)`) stays visible.
 * `oneColumn`: the caller has checked that every character of `s` takes one column (ONE_COLUMN),
 * so lengths are widths and nothing is measured again.
 */
export function cutCall(s: string, width: number, oneColumn = false): string {
  // cutText looks at the start only: a megabyte-long call is not measured whole.
  const cut = oneColumn ? cutOneColumn : cutText;
  const whole = cut(s, Math.max(1, width));
  if (whole === s) return s;
  const i = s.lastIndexOf(') = ');
  if (i > 0) {
    const tail = s.slice(i);
    const room = width - (oneColumn ? tail.length : textWidth(tail));
    if (room >= 25) return cut(s.slice(0, i), room) + tail;
  }
  return whole;
}

/** cutText of text whose characters each take one column: by length alone. */
function cutOneColumn(text: string, width: number): string {
  return text.length <= width ? text : text.slice(0, width - 1) + '…';
}

function failed(ev: TraceEvent): boolean {
  return ev.type === 'syscall' && !!(ev.ret?.errno || ev.ret?.errnoNumber !== undefined);
}

/** Count of calls by name in a folded group: `openat ×12, mmap ×10, close ×6`. */
function groupSummary(story: Story): string {
  const counts = new Map<string, number>();
  for (const it of story.items) {
    const k = it.event.type === 'syscall' ? it.event.syscall : it.event.type;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const parts = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, n]) => (n > 1 ? `${k} ×${String(n)}` : k));
  const more = counts.size > 4 ? ', …' : '';
  return `[${String(story.items.length)} calls: ${parts.join(', ')}${more}]`;
}

/** The call column of a story: the call itself, or a summary of a folded group. `call`: the single event's callText, when the caller has it. */
export function storyCall(story: Story, format?: string, call?: string): string {
  if (story.items.length > 1) return groupSummary(story);
  const it = story.items[0]!;
  let s = call ?? callText(it.event, it.decoded, format);
  if (it.event.type === 'syscall' && it.event.duration !== undefined) s += ` <${it.event.duration.toFixed(6)}>`;
  return s;
}

/**
 * One narrative line for a story: `who time call  → sentence`. Given a width, a line that does
 * not fit keeps the call (cut) on its own line and wraps the sentence below it, indented.
 */
export function renderStoryLine(story: Story, opts: RenderOptions & { format?: string } = {}): string {
  const p = palette(opts.color);
  const first = story.items[0]!.event;
  const who = whoText(first, opts.format);
  const time = timeText(first);
  const whoCol = who ? who.padEnd(5) : '';
  // `who time`, each part dimmed; its width only matters when the line is fitted to a width.
  let lead = whoCol ? p.dim(whoCol) : '';
  if (time) lead = lead ? `${lead} ${p.dim(time)}` : p.dim(time);
  const width = opts.width === undefined ? undefined : Math.max(MIN_WIDTH, opts.width);
  const leadCols = width === undefined || !lead ? 0 : textWidth(whoCol && time ? `${whoCol} ${time}` : whoCol || time) + 1;
  const rawCall = storyCall(story, opts.format);
  // Most calls are printable one-column text: nothing to escape, and their length is their width.
  const oneColumn = ONE_COLUMN.test(rawCall);
  const call = cutCall(oneColumn ? rawCall : sanitize(rawCall), width === undefined ? (opts.callWidth ?? DEFAULT_CALL_WIDTH) : width - leadCols, oneColumn);
  const bad = story.items.length === 1 && failed(first);
  const callPart = story.items.length > 1 ? p.dim(call) : bad ? p.red(call) : call;
  const sentence = sanitize(story.sentence);
  const head = lead ? `${lead} ${callPart}` : callPart;
  if (width === undefined || leadCols + textWidth(call) + 4 + textWidth(sentence) <= width) return `${head}  ${p.dim('→')} ${bad ? p.yellow(sentence) : sentence}`;
  // The sentence under the call, indented past the pid and time (up to a third of the width).
  const indent = ' '.repeat(Math.min(leadCols, Math.floor(width / 3)));
  const lines = wrapColumns(sentence, width - indent.length - 2);
  return [head, ...lines.map((l, i) => `${indent}${i === 0 ? p.dim('→') : ' '} ${bad ? p.yellow(l) : l}`)].join('\n');
}

const SEVERITY_LABEL: Record<Severity, string> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' };

function sevColor(p: Palette, s: Severity): (t: string) => string {
  return s === 'error' ? p.red : s === 'warning' ? p.yellow : p.cyan;
}

/** "In short: …", the overview paragraph, wrapped; empty when there is nothing to say. */
export function renderOverviewText(input: OverviewInput, opts: RenderOptions = {}): string {
  const text = overview(input);
  if (!text) return '';
  const p = palette(opts.color);
  const lines = wrapColumns(sanitize(text), paragraphWidth(opts, INDENT));
  return `${p.bold('In short:')} ${lines[0]!}\n${lines.slice(1).map((l) => `${INDENT}${l}\n`).join('')}\n`;
}

/** The findings block: most severe first (the caller passes them sorted). */
export function renderFindingsText(findings: readonly Finding[], opts: RenderOptions = {}): string {
  const p = palette(opts.color);
  if (findings.length === 0) return `${p.bold('Findings:')} none\n`;
  const out: string[] = [p.bold(`Findings (${String(findings.length)}):`)];
  for (const f of findings) {
    const inFiles = findingFiles(f);
    const where = [
      f.pid !== undefined ? `pid ${String(f.pid)}` : '',
      f.lines.length ? `line${f.lines.length > 1 ? 's' : ''} ${linesText(f.lines)}${inFiles ? ` in ${sanitize(inFiles)}` : ''}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const heading = wrapColumns(`${p.bold(sanitize(f.title))} ${p.dim(`[${f.id}${where ? `; ${where}` : ''}]`)}`, paragraphWidth(opts, INDENT));
    out.push(`  ${sevColor(p, f.severity)(SEVERITY_LABEL[f.severity].padEnd(7))} ${heading[0]!}`, ...heading.slice(1).map((l) => INDENT + l));
    for (const l of wrapColumns(sanitize(f.explanation), paragraphWidth(opts, INDENT))) out.push(`${INDENT}${l}`);
    if (f.hint) for (const [i, l] of wrapColumns(sanitize(f.hint), paragraphWidth(opts, HINT_INDENT)).entries()) out.push(`${INDENT}${i === 0 ? p.green('Hint:') + ' ' : '      '}${l}`);
  }
  return out.join('\n') + '\n';
}

/** `pipe.23627` (or `pipe.1, pipe.2`): the input file(s) a finding's lines are in, by base name; undefined for one input. */
export function findingFiles(f: Finding): string | undefined {
  const files = f.files ?? (f.file !== undefined ? [f.file] : []);
  return files.length ? files.map((x) => x.split(/[\\/]/).pop() || x).join(', ') : undefined;
}

/** `995`, `968-970, 995`, `1, 2, 3 … (+40)`. */
export function linesText(lines: readonly number[], max = 8): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    ranges.push(j > i ? `${String(sorted[i])}-${String(sorted[j])}` : String(sorted[i]));
    i = j + 1;
  }
  if (ranges.length <= max) return ranges.join(', ');
  return `${ranges.slice(0, max).join(', ')} … (+${String(ranges.length - max)} more)`;
}

/** A line of the report wrapped to the width (colour codes are kept across the breaks). */
function fitLines(line: string, opts: RenderOptions): string {
  return opts.width === undefined ? line : wrapColumns(line, Math.max(MIN_WIDTH, opts.width)).join('\n');
}

/** Columns left for a paragraph after its indent; undefined (no wrapping) without a width. */
function paragraphWidth(opts: RenderOptions, indent: string): number | undefined {
  return opts.width === undefined ? undefined : Math.max(MIN_WIDTH, opts.width) - indent.length;
}

/** The first line of the text output: what was read. */
export function renderHeaderText(input: { files: string[]; format: string; os: string }, opts: RenderOptions = {}): string {
  const p = palette(opts.color);
  const names = input.files.map((f) => sanitize(f));
  // A -ff set can be hundreds of files: the first and last name say which.
  const files = names.length === 0 ? 'stdin' : names.length <= 3 ? names.join(', ') : `${names[0]!} … ${names.at(-1)!} (${String(names.length)} files)`;
  return fitLines(p.bold(`tracex: ${files} (${input.format}, ${input.os} numbering)`), opts) + '\n';
}

/** The closing counts line: lines, events, unparsed lines. */
function count(n: number, noun: string): string {
  return `${String(n)} ${noun}${n === 1 ? '' : 's'}`;
}

export function renderStatsLine(stats: Stats, opts: RenderOptions = {}): string {
  const p = palette(opts.color);
  const unparsed = stats.unparsed ? p.yellow(`${String(stats.unparsed)} unparsed`) : '0 unparsed';
  const stopped = stats.interrupted ? p.yellow(' — stopped by Ctrl-C: only the lines read so far') : '';
  return fitLines(p.dim(`${count(stats.lines, 'line')}, ${count(stats.events, 'event')}, `) + unparsed + p.dim(` (${stats.format}, ${stats.os})`) + stopped, opts) + '\n';
}

/** The whole text report at once (the CLI streams the same pieces instead). */
export function renderText(report: ExplainedReport, opts: RenderOptions = {}): string {
  const fmt = report.input.format;
  const lines = [renderHeaderText(report.input, opts)];
  for (const s of report.stories) lines.push(renderStoryLine(s, { ...opts, format: fmt }) + '\n');
  lines.push('\n', renderOverviewText(report, opts), renderFindingsText(report.findings, opts), renderStatsLine(report.stats, opts));
  return lines.join('');
}
