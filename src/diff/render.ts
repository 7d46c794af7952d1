// A run comparison as text, Markdown or JSON. Sentences are the explainer's (each event's own)
// and the findings' (rendered by the report's own findings block); this file only lays them out.

import type { Finding } from '../model/index.js';
import { palette } from '../render/color.js';
import { SCHEMA_VERSION } from '../render/event-json.js';
import { codeBlock, escapeMarkdown, inlineCode, sanitize } from '../render/sanitize.js';
import { findingFiles, linesText, renderFindingsText } from '../render/text.js';
import type { OnlyIn, RunDiff } from './compare.js';
import type { ExitFact, FailureFact, RunProfile, Seen, TouchFact } from './profile.js';

/** Most rows shown per list; the rest are counted. */
const MAX_ROWS = 20;
const MAX_PARTINGS = 5;

type Side = 'GOOD' | 'BAD';

const where = (s: Seen): string => `line ${String(s.line)}${s.file !== undefined ? ` of ${s.file.split(/[\\/]/).pop() ?? s.file}` : ''}`;
const exitText = (e: ExitFact): string => (e.signal ? `killed by ${e.signal}` : `exited with status ${String(e.code ?? '?')}`);
const exitsText = (list: ExitFact[]): string => (list.length ? list.map(exitText).join(', ') : 'did not run');
const failureText = (f: FailureFact): string =>
  `${f.program}: ${f.syscall}${f.target ? ` ${f.target}` : ''} → ${f.errno}${f.count > 1 ? ` ×${String(f.count)}` : ''}`;
const touchText = (t: TouchFact): string => `${t.program} ${t.how} ${t.what}`;

/** The one-paragraph answer: how the exits differ and the first thing that failed only in BAD. */
export function diffInShort(d: RunDiff): string {
  const parts: string[] = [];
  for (const e of d.exits.slice(0, 2)) parts.push(`${e.program} ${exitsText(e.good)} in GOOD and ${exitsText(e.bad)} in BAD.`);
  const finding = d.findings.bad.find((f) => f.severity !== 'info') ?? d.findings.bad[0];
  const failure = d.failures.bad[0];
  if (finding) parts.push(`BAD met what GOOD did not: ${finding.title}.`);
  else if (failure) parts.push(`BAD failed where GOOD did not: ${failureText(failure)}.`);
  if (!parts.length) {
    const same = !d.failures.good.length && !d.findings.good.length && !d.endpoints.bad.length && !d.endpoints.good.length;
    parts.push(same ? 'The two runs failed alike, ended alike and reached the same endpoints.' : 'BAD has no failure, finding or exit that GOOD does not have.');
  }
  return parts.join(' ');
}

function runLine(side: Side, r: RunProfile): string {
  const files = r.files.length > 3 ? `${r.files[0]!} … (${String(r.files.length)} files)` : r.files.join(', ');
  return `${`${side}:`.padEnd(5)} ${files} (${String(r.stats?.lines ?? 0)} lines, ${String(r.programs.length)} program${r.programs.length === 1 ? '' : 's'})`;
}

function capped<T>(list: readonly T[], row: (t: T) => string[]): string[] {
  const out = list.slice(0, MAX_ROWS).flatMap(row);
  if (list.length > MAX_ROWS) out.push(`… ${String(list.length - MAX_ROWS)} more`);
  return out;
}

const indent = (lines: string[], n: number): string[] => lines.map((l) => (l ? ' '.repeat(n) + l : l));

function onlyInText(side: Side, d: RunDiff, pick: <T>(o: OnlyIn<T>) => T[], color: boolean): string[] {
  const p = palette(color);
  const out: string[] = [];
  const failures = pick(d.failures);
  if (failures.length)
    out.push(`Failed calls (${String(failures.length)}):`, ...indent(capped(failures, (f) => [`${sanitize(failureText(f))} (${sanitize(where(f))})`, `  ${sanitize(f.explanation)}`]), 2));
  const findings = pick(d.findings);
  if (findings.length) out.push(...renderFindingsText(findings, { color }).trimEnd().split('\n'));
  const endpoints = pick(d.endpoints);
  if (endpoints.length) out.push(`Endpoints (${String(endpoints.length)}):`, ...indent(capped(endpoints, (t) => [`${sanitize(touchText(t))} (${sanitize(where(t))})`]), 2));
  const paths = pick(d.paths);
  if (paths.length) out.push(`Files and directories (${String(paths.length)}):`, ...indent(capped(paths, (t) => [`${sanitize(t.what)} (${sanitize(`${t.program} ${t.how}, ${where(t)}`)})`]), 2));
  const programs = pick(d.programs);
  if (programs.length) out.push(`Programs: ${sanitize(programs.join(', '))}`);
  const expected = pick(d.expectedFailures).length;
  if (expected) out.push(p.dim(`(and ${String(expected)} expected failures: probes and normal answers)`));
  if (!out.length) return [];
  return ['', p.bold(`Only in ${side}:`), ...indent(out, 2)];
}

function partingText(d: RunDiff, color: boolean): string[] {
  if (!d.partings.length) return [];
  const p = palette(color);
  const out = ['', p.bold('Where the runs part:')];
  const side = (name: Side, s: Seen | undefined): string[] =>
    s ? [`${name.padEnd(4)} ${where(s)}: ${sanitize(s.call ?? '')}`, `       ${sanitize(s.explanation)}`] : [`${name.padEnd(4)} had no more calls`];
  for (const x of d.partings.slice(0, MAX_PARTINGS)) {
    const nth = x.instance ? ` (run ${String(x.instance + 1)} of it)` : '';
    out.push(`  ${sanitize(x.program)}${nth}, after ${String(x.same)} identical call${x.same === 1 ? '' : 's'}:`, ...indent([...side('GOOD', x.good), ...side('BAD', x.bad)], 4));
  }
  if (d.partings.length > MAX_PARTINGS) out.push(`  … ${String(d.partings.length - MAX_PARTINGS)} more programs part`);
  return out;
}

export function renderDiffText(d: RunDiff, opts: { color?: boolean } = {}): string {
  const color = opts.color === true;
  const p = palette(color);
  const out = [p.bold('tracex diff'), `  ${sanitize(runLine('GOOD', d.good))}`, `  ${sanitize(runLine('BAD', d.bad))}`, '', `${p.bold('In short:')} ${sanitize(diffInShort(d))}`];
  if (d.exits.length) {
    out.push('', p.bold('Exit status:'));
    for (const e of d.exits) out.push(`  ${sanitize(e.program)}: ${exitsText(e.good)} in GOOD; ${exitsText(e.bad)} in BAD`);
  }
  out.push(...partingText(d, color), ...onlyInText('BAD', d, (o) => o.bad, color), ...onlyInText('GOOD', d, (o) => o.good, color));
  return out.join('\n') + '\n';
}

function findingMarkdown(f: Finding): string[] {
  const files = findingFiles(f);
  const at = f.lines.length ? ` (line${f.lines.length > 1 ? 's' : ''} ${linesText(f.lines)}${files ? ` in ${inlineCode(files)}` : ''})` : '';
  return [`- **${f.severity}**: ${escapeMarkdown(f.title)} (\`${f.id}\`)${at}`, `  ${escapeMarkdown(f.explanation)}`];
}

function onlyInMarkdown(side: Side, d: RunDiff, pick: <T>(o: OnlyIn<T>) => T[]): string[] {
  const out: string[] = [];
  const section = <T>(title: string, list: T[], row: (t: T) => string[]): void => {
    if (list.length) out.push('', `**${title} (${String(list.length)})**`, '', ...capped(list, row));
  };
  section('Failed calls', pick(d.failures), (f) => [`- ${inlineCode(failureText(f))} (${escapeMarkdown(where(f))}): ${escapeMarkdown(f.explanation)}`]);
  section('Findings', pick(d.findings), findingMarkdown);
  section('Endpoints', pick(d.endpoints), (t) => [`- ${inlineCode(touchText(t))} (${escapeMarkdown(where(t))})`]);
  section('Files and directories', pick(d.paths), (t) => [`- ${inlineCode(t.what)} (${escapeMarkdown(`${t.program} ${t.how}, ${where(t)}`)})`]);
  const programs = pick(d.programs);
  if (programs.length) out.push('', `**Programs:** ${programs.map(inlineCode).join(', ')}`);
  return out.length ? ['', `### Only in ${side}`, ...out] : [];
}

export function renderDiffMarkdown(d: RunDiff): string {
  const out = ['## tracex diff', '', `- ${escapeMarkdown(runLine('GOOD', d.good))}`, `- ${escapeMarkdown(runLine('BAD', d.bad))}`, '', `**In short:** ${escapeMarkdown(diffInShort(d))}`];
  if (d.exits.length) {
    out.push('', '### Exit status', '', '| Program | GOOD | BAD |', '|---|---|---|');
    for (const e of d.exits) out.push(`| ${escapeMarkdown(e.program)} | ${exitsText(e.good)} | ${exitsText(e.bad)} |`);
  }
  if (d.partings.length) {
    out.push('', '### Where the runs part');
    for (const x of d.partings.slice(0, MAX_PARTINGS)) {
      out.push('', `${inlineCode(x.program)} after ${String(x.same)} identical calls:`, '');
      const lines: string[] = [];
      for (const [name, s] of [['GOOD', x.good], ['BAD', x.bad]] as const) lines.push(s ? `${name.padEnd(4)} ${where(s)}: ${s.call ?? ''}\n       ${s.explanation}` : `${name.padEnd(4)} had no more calls`);
      out.push(codeBlock(lines.join('\n').split('\n')));
    }
  }
  out.push(...onlyInMarkdown('BAD', d, (o) => o.bad), ...onlyInMarkdown('GOOD', d, (o) => o.good));
  return out.join('\n') + '\n';
}

/** The comparison as data (JSON.stringify escapes the rest; strings are sanitised here). */
export function diffToJson(d: RunDiff): Record<string, unknown> {
  const clean = (v: unknown): unknown =>
    typeof v === 'string' ? sanitize(v) : Array.isArray(v) ? v.map(clean) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clean(x)])) : v;
  const run = (r: RunProfile): Record<string, unknown> => ({ files: r.files, lines: r.stats?.lines ?? 0, programs: r.programs });
  return clean({
    type: 'diff',
    schema: SCHEMA_VERSION,
    good: run(d.good),
    bad: run(d.bad),
    inShort: diffInShort(d),
    exits: d.exits,
    partings: d.partings,
    onlyInBad: { failures: d.failures.bad, expectedFailures: d.expectedFailures.bad.length, findings: d.findings.bad, endpoints: d.endpoints.bad, paths: d.paths.bad, programs: d.programs.bad },
    onlyInGood: { failures: d.failures.good, expectedFailures: d.expectedFailures.good.length, findings: d.findings.good, endpoints: d.endpoints.good, paths: d.paths.good, programs: d.programs.good },
  }) as Record<string, unknown>;
}
