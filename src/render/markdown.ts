// A report to paste into a GitHub issue: what was traced, the findings with the lines
// they cite, tables of processes and sockets, and the full explained sequence folded
// away in <details>. Trace strings are sanitised and escaped: they cannot break out of
// a table cell, start HTML, or close a code block.

import { overview } from '../explain/overview.js';
import type { Story } from '../explain/fold.js';
import type { Endpoint, Finding, ProcessInfo, SocketInfo, TraceEvent } from '../model/index.js';
import { callText } from './call.js';
import { codeBlock, escapeMarkdown, inlineCode } from './sanitize.js';
import { findingFiles, linesText, storyCall, timeText, whoText } from './text.js';
import type { ExplainedReport } from './types.js';
import { cutText } from '../text/width.js';

const SEVERITY: Record<Finding['severity'], string> = { error: 'Error', warning: 'Warning', info: 'Info' };

export interface MarkdownOptions {
  /** Most cited lines shown per finding. */
  maxCited?: number;
  /**
   * Most characters of explained sequence in <details>. GitHub refuses issue bodies over
   * 65,536 characters, so by default the sequence is cut (with a note) to leave room.
   */
  maxSequenceChars?: number;
}

const DEFAULT_SEQUENCE_CHARS = 40_000;

export function renderMarkdown(report: ExplainedReport, opts: MarkdownOptions = {}): string {
  const fmt = report.input.format;
  const byLine = new Map<string, TraceEvent>();
  const callByLine = new Map<string, string>();
  for (const s of report.stories)
    for (const it of s.items) {
      const text = callText(it.event, it.decoded, fmt);
      for (const l of it.event.lines) {
        // Several input files (-ff) repeat line numbers: key by file too.
        const k = lineKey(it.event.file, l);
        byLine.set(k, it.event);
        if (!callByLine.has(k)) callByLine.set(k, text);
      }
    }

  const out: string[] = [];
  const files = report.input.files.length ? report.input.files.map(inlineCode).join(', ') : 'stdin';
  const st = report.stats;
  out.push(`## tracex report`);
  out.push('');
  out.push(
    `**Traced:** ${files} · ${escapeMarkdown(report.input.format)} (${escapeMarkdown(report.input.os)} numbering) · ` +
      `${String(st.lines)} lines · ${String(st.events)} events · ${String(st.unparsed)} unparsed · ` +
      `${String(report.processes.length)} process${report.processes.length === 1 ? '' : 'es'} · ${String(report.sockets.length)} socket${report.sockets.length === 1 ? '' : 's'}`,
  );
  out.push('');
  const cmd = report.processes.find((p) => p.argv?.length)?.argv;
  if (cmd) out.push(`**Command:** ${inlineCode(cut(cmd.join(' '), 200))}`, '');
  const brief = overview(report);
  if (brief) out.push(`**In short:** ${escapeMarkdown(brief)}`, '');

  out.push(`### Findings`);
  out.push('');
  if (report.findings.length === 0) out.push('No problems found.', '');
  for (const f of report.findings) {
    out.push(`#### ${SEVERITY[f.severity]}: ${escapeMarkdown(f.title)} (\`${f.id.replace(/`/g, '')}\`)`);
    out.push('');
    out.push(escapeMarkdown(f.explanation));
    out.push('');
    if (f.hint) out.push(`**Hint:** ${escapeMarkdown(f.hint)}`, '');
    const cited = [...new Set(f.lines)].sort((a, b) => a - b);
    if (cited.length) {
      const max = opts.maxCited ?? 12;
      const files = f.files ?? [f.file];
      const rows = cited.slice(0, max).map((l) => {
        const k = files.map((file) => lineKey(file, l)).find((x) => byLine.has(x)) ?? lineKey(f.file, l);
        const ev = byLine.get(k);
        const who = ev ? whoText(ev, fmt) : '';
        return `${String(l).padStart(6)}  ${who ? `${who} ` : ''}${callByLine.get(k) ?? '(line not in the narrative)'}`;
      });
      if (cited.length > max) rows.push(`… and ${String(cited.length - max)} more line(s): ${linesText(cited.slice(max))}`);
      const inFiles = findingFiles(f);
      const about = [f.pid !== undefined ? `pid ${String(f.pid)}` : '', inFiles ? `in ${inlineCode(inFiles)}` : ''].filter(Boolean).join(', ');
      out.push(`Cited line${cited.length > 1 ? 's' : ''}${about ? ` (${about})` : ''}:`);
      out.push('');
      out.push(codeBlock(rows, 'text'));
      out.push('');
    }
  }

  out.push(`### Processes`);
  out.push('');
  out.push(processTable(report.processes));
  out.push('');
  out.push(`### Sockets`);
  out.push('');
  out.push(socketTable(report.sockets));
  out.push('');

  if (report.unparsed.length) {
    out.push(`### Unparsed lines (${String(report.unparsed.length)})`);
    out.push('');
    out.push(codeBlock(report.unparsed.slice(0, 20).map((u) => `${String(u.line).padStart(6)}  ${u.text}    # ${u.reason}`), 'text'));
    out.push('');
  }

  const { lines: seq, shown } = sequence(report.stories, fmt, opts.maxSequenceChars ?? DEFAULT_SEQUENCE_CHARS);
  const left = report.stories.length - shown;
  out.push('<details>');
  out.push(`<summary>Explained sequence (${String(report.stories.length)} steps from ${String(st.events)} events${left > 0 ? `, ${String(shown)} shown` : ''})</summary>`);
  out.push('');
  out.push(codeBlock(seq, 'text'));
  out.push('');
  out.push('</details>');
  out.push('');
  return out.join('\n');
}

/**
 * The explained sequence within a character budget: all of it when it fits, else its
 * beginning and (the larger part) its end, where a failing program usually fails.
 */
function lineKey(file: string | undefined, line: number): string {
  return `${file ?? ''}\0${String(line)}`;
}

function sequence(stories: readonly Story[], fmt: string, budget: number): { lines: string[]; shown: number } {
  const blocks = stories.map((s) => sequenceLines(s, fmt));
  const size = (b: string[]): number => b.reduce((n, l) => n + l.length + 1, 0);
  const total = blocks.reduce((n, b) => n + size(b), 0);
  if (total <= budget) return { lines: blocks.flat(), shown: blocks.length };
  const head: string[][] = [];
  let used = 0;
  for (const b of blocks) {
    if (used + size(b) > budget * 0.3) break;
    head.push(b);
    used += size(b);
  }
  const tail: string[][] = [];
  for (let i = blocks.length - 1; i >= head.length; i--) {
    const b = blocks[i]!;
    if (used + size(b) > budget) break;
    tail.unshift(b);
    used += size(b);
  }
  const left = blocks.length - head.length - tail.length;
  const marker = `… ${String(left)} step${left === 1 ? '' : 's'} left out to keep the report small enough for a GitHub issue (run tracex on the trace for all of it) …`;
  return { lines: [...head.flat(), marker, ...tail.flat()], shown: head.length + tail.length };
}

function sequenceLines(s: Story, fmt: string): string[] {
  const ev = s.items[0]!.event;
  const lines = s.items.length > 1 ? `${String(ev.line)}-${String(s.items[s.items.length - 1]!.event.line)}` : String(ev.line);
  const who = whoText(ev, fmt);
  const time = timeText(ev);
  const head = [lines.padStart(6), who, time].filter(Boolean).join('  ');
  return [`${head}  ${storyCall(s, fmt)}`, `        → ${s.sentence}`];
}

function cell(s: string | undefined): string {
  if (s === undefined || s === '') return '';
  return escapeMarkdown(s).replace(/\n/g, ' ');
}

function processTable(ps: readonly ProcessInfo[]): string {
  if (ps.length === 0) return 'No processes seen.';
  const rows = ['| pid | parent | kind | program | exit | lines |', '|---:|---:|---|---|---|---|'];
  for (const p of ps) {
    const prog = p.argv?.length ? p.argv.join(' ') : (p.exe ?? p.execs.find((e) => e.ok)?.path ?? '');
    const failedExecs = p.execs.filter((e) => !e.ok).length;
    const exit = p.signal ? `killed by ${p.signal}${p.core ? ' (core dumped)' : ''}` : p.exitCode !== undefined ? String(p.exitCode) : p.exitCall !== undefined ? String(p.exitCall) : '';
    rows.push(
      `| ${String(p.pid)} | ${p.parent !== undefined ? String(p.parent) : ''} | ${p.isThread ? 'thread' : 'process'} | ${cell(cut(prog, 80))}${failedExecs ? ` (${String(failedExecs)} failed exec${failedExecs > 1 ? 's' : ''})` : ''} | ${cell(exit)} | ${String(p.firstLine)}-${String(p.lastLine)} |`,
    );
  }
  return rows.join('\n');
}

function endpointCell(ep: Endpoint | undefined): string {
  if (!ep) return '';
  if ((ep.family === 'AF_INET' || ep.family === 'AF_INET6') && typeof ep.address === 'string') {
    return ep.family === 'AF_INET6' ? `[${ep.address}]:${String(ep.port)}` : `${ep.address}:${String(ep.port)}`;
  }
  if (ep.family === 'AF_UNIX' && typeof ep.path === 'string') return ep.abstract ? `@${ep.path}` : ep.path;
  return ep.family;
}

function socketTable(ss: readonly SocketInfo[]): string {
  if (ss.length === 0) return 'No sockets seen.';
  const rows = ['| id | family | type | local | peer | listening | held by | fds | lines |', '|---|---|---|---|---|---|---|---|---|'];
  for (const s of ss) {
    rows.push(
      `| ${cell(s.id)} | ${cell(s.family)} | ${cell(s.type)}${s.nonBlocking ? ' (non-blocking)' : ''} | ${cell(endpointCell(s.local))} | ${cell(endpointCell(s.peer))} | ${s.listening ? 'yes' : ''} | ${s.holders.join(', ')} | ${cell(s.fds.join(', '))} | ${cell(linesText(s.lines, 4))} |`,
    );
  }
  return rows.join('\n');
}

function cut(s: string, n: number): string {
  return cutText(s, n);
}


