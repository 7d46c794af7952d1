// `annotate --inline` streams (issue 17, item 3): a line is written once no comment can still
// come for it, so memory does not grow with the trace. Before, every line's text was kept until
// the end: the first trace below ran out of a 64 MB heap.
// The input is SYNTHETIC, built from strace's documented `-f -tt` line shape
// (../shared/formats/strace.md: `PID HH:MM:SS.us name(args) = ret`, `<unfinished ...>`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_HELD_LINES } from '../../src/render/inline.js';

const CLI = new URL('../../dist/src/cli/main.js', import.meta.url).pathname;
const HEAP_MB = 64;
const ROUNDS = 100_000; // three lines each: 300,000 lines, 26 MB

let dir: string;

/** A child's calls (a read, a write, a failed open per round), after `first` lines. */
function trace(name: string, first: string[]): string {
  const lines = [...first];
  for (let i = 0; i < ROUNDS; i++) {
    const t = `12:00:01.${String(i).padStart(6, '0')}`;
    lines.push(`101 ${t} read(3, "0123456789abcdef0123456789abcdef"..., 4096) = 4096`);
    lines.push(`101 ${t} write(1, "0123456789abcdef0123456789abcdef"..., 4096) = 4096`);
    lines.push(`101 ${t} openat(AT_FDCWD, "/tmp/f${String(i)}", O_RDONLY) = -1 ENOENT (No such file or directory)`);
  }
  const file = join(dir, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

function annotate(file: string, form = ['--inline']): { status: number | null; signal: NodeJS.Signals | null; lines: string[]; stderr: string } {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${String(HEAP_MB)}`, CLI, 'annotate', ...form, file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return { status: r.status, signal: r.signal, lines: r.stdout.split('\n'), stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tracex-inline-mem-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`annotate --inline on ${String(ROUNDS * 3)} lines in a ${String(HEAP_MB)} MB heap`, () => {
  it('writes every line with its comment right after it', () => {
    const r = annotate(trace('plain.strace', []));
    expect(r.signal, r.stderr.slice(-2000)).toBeNull();
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    const calls = r.lines.filter((l) => l.startsWith('101 '));
    expect(calls).toHaveLength(ROUNDS * 3);
    // The last round's open, then its comment.
    const last = r.lines.indexOf(`101 12:00:01.${String(ROUNDS - 1).padStart(6, '0')} openat(AT_FDCWD, "/tmp/f${String(ROUNDS - 1)}", O_RDONLY) = -1 ENOENT (No such file or directory)`);
    expect(r.lines[last + 1]).toMatch(/^# Tried to open \/tmp\/f99999 /);
  }, 120_000);

  it('a call never resumed does not hold every later line: its comment comes at the end, naming its line', () => {
    const r = annotate(trace('waiting.strace', ['100 12:00:00.000001 wait4(-1,  <unfinished ...>']));
    expect(r.signal, r.stderr.slice(-2000)).toBeNull();
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    expect(r.lines[0]).toBe('100 12:00:00.000001 wait4(-1,  <unfinished ...>');
    // More lines than the budget follow it, so they were written before the end was known.
    expect(ROUNDS * 3).toBeGreaterThan(MAX_HELD_LINES);
    expect(r.lines[1]).toMatch(/^101 .* read\(3, /);
    const late = r.lines.findIndex((l) => /^# \(line 1\) .*wait/i.test(l));
    expect(late).toBeGreaterThan(ROUNDS * 3);
    expect(r.lines[late + 1]).toBe('#');
  }, 120_000);
});

// The report form (issue 17, item 3: it kept ~1.1 KB a line, 2.6 GB on 2.4M lines, for a ~40 KB
// report): only the cited lines and the budgeted sections are kept.
describe(`annotate (the Markdown report) on ${String(ROUNDS * 3)} lines in a ${String(HEAP_MB)} MB heap`, () => {
  it('finishes with a report that fits a GitHub issue, citing the first lines and counting what it left out', () => {
    const r = annotate(trace('report.strace', []), []);
    expect(r.signal, r.stderr.slice(-2000)).toBeNull();
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    const report = r.lines.join('\n');
    expect(report.length).toBeLessThanOrEqual(65_536);
    expect(report).toContain(`${String(ROUNDS * 3)} lines`);
    expect(report).toContain('     3  101 openat(AT_FDCWD, "/tmp/f0", O_RDONLY) = -1 ENOENT (No such file or directory)');
    expect(report).toMatch(/more findings \(\d+ warnings\) left out/);
  }, 120_000);
});
