// The Markdown report's processes and sockets tables, each within a row and character budget
// (a trace of 250,000 processes made an 11 MB report): the first rows, then one "… N more" row.

import { cutText } from '../text/width.js';
import type { Endpoint, ProcessInfo, SocketInfo } from '../model/index.js';
import { escapeMarkdown } from './sanitize.js';
import { linesText } from './text.js';

/** Most rows and characters of one table. */
export interface TableBudget {
  rows: number;
  chars: number;
}

export const TABLE_BUDGET: TableBudget = { rows: 40, chars: 6_000 };

/** Text cut to `n` columns with an ellipsis, between whole characters. */
export function cut(s: string, n: number): string {
  return cutText(s, n);
}

function cell(s: string | undefined, max = 120): string {
  if (s === undefined || s === '') return '';
  return escapeMarkdown(cut(s, max)).replace(/\n/g, ' ');
}

/** Header rows, then body rows while they fit, then a row saying how many were left out. */
function table(head: string[], body: Iterable<string>, total: number, what: [one: string, many: string], budget: TableBudget): string {
  const rows = [...head];
  let used = rows.reduce((n, r) => n + r.length + 1, 0);
  let shown = 0;
  for (const r of body) {
    if (shown >= budget.rows || used + r.length + 1 > budget.chars) break;
    rows.push(r);
    used += r.length + 1;
    shown++;
  }
  if (shown < total) rows.push(`| … ${String(total - shown)} more ${total - shown === 1 ? what[0] : what[1]} |${' |'.repeat(head[0]!.split('|').length - 3)}`);
  return rows.join('\n');
}

function* processRows(ps: readonly ProcessInfo[]): Generator<string> {
  for (const p of ps) {
    const prog = p.argv?.length ? p.argv.join(' ') : (p.exe ?? p.execs.find((e) => e.ok)?.path ?? '');
    const failedExecs = p.execs.filter((e) => !e.ok).length;
    const exit = p.signal ? `killed by ${p.signal}${p.core ? ' (core dumped)' : ''}` : p.exitCode !== undefined ? String(p.exitCode) : p.exitCall !== undefined ? String(p.exitCall) : '';
    yield `| ${String(p.pid)} | ${p.parent !== undefined ? String(p.parent) : ''} | ${p.isThread ? 'thread' : 'process'} | ${cell(prog, 80)}${failedExecs ? ` (${String(failedExecs)} failed exec${failedExecs > 1 ? 's' : ''})` : ''} | ${cell(exit)} | ${String(p.firstLine)}-${String(p.lastLine)} |`;
  }
}

export function processTable(ps: readonly ProcessInfo[], budget: TableBudget = TABLE_BUDGET): string {
  if (ps.length === 0) return 'No processes seen.';
  return table(['| pid | parent | kind | program | exit | lines |', '|---:|---:|---|---|---|---|'], processRows(ps), ps.length, ['process', 'processes'], budget);
}

function endpointCell(ep: Endpoint | undefined): string {
  if (!ep) return '';
  if ((ep.family === 'AF_INET' || ep.family === 'AF_INET6') && typeof ep.address === 'string') {
    return ep.family === 'AF_INET6' ? `[${ep.address}]:${String(ep.port)}` : `${ep.address}:${String(ep.port)}`;
  }
  if (ep.family === 'AF_UNIX' && typeof ep.path === 'string') return ep.abstract ? `@${ep.path}` : ep.path;
  return ep.family;
}

function* socketRows(ss: readonly SocketInfo[]): Generator<string> {
  for (const s of ss) {
    yield `| ${cell(s.id)} | ${cell(s.family)} | ${cell(s.type)}${s.nonBlocking ? ' (non-blocking)' : ''} | ${cell(endpointCell(s.local))} | ${cell(endpointCell(s.peer))} | ${s.listening ? 'yes' : ''} | ${cut(s.holders.join(', '), 60)} | ${cell(s.fds.join(', '), 60)} | ${cell(linesText(s.lines, 4))} |`;
  }
}

export function socketTable(ss: readonly SocketInfo[], budget: TableBudget = TABLE_BUDGET): string {
  if (ss.length === 0) return 'No sockets seen.';
  return table(['| id | family | type | local | peer | listening | held by | fds | lines |', '|---|---|---|---|---|---|---|---|---|'], socketRows(ss), ss.length, ['socket', 'sockets'], budget);
}
