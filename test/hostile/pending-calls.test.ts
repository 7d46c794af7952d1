// Many calls left waiting for their other half (issue 17, item 4): a trace where each of
// tens of thousands of processes is cut inside one call must be read in bounded memory, with
// the calls past a limit counted in one finding instead of one finding (and its text) each.
// The input is SYNTHETIC, built from strace's documented `-f -tt -yy` line shape
// (../shared/formats/strace.md: `PID HH:MM:SS.us name(args <unfinished ...>`); no real
// capture has this many processes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = new URL('../../dist/src/cli/main.js', import.meta.url).pathname;
const PIDS = 60_000;
/**
 * A heap the bounded reading fits in with room to spare (~1.5 KB a waiting process, mostly the
 * process's own state). Before the limit, 250,000 such processes took 2 GB, mostly one finding
 * and its text per waiting call; the finding count below is what failed then.
 */
const HEAP_MB = 160;

let dir: string;
let file: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tracex-pending-'));
  file = join(dir, 'pending.strace');
  const lines: string[] = [];
  for (let pid = 1000; pid < 1000 + PIDS; pid++) lines.push(`${String(pid)} 18:00:00.000001 read(3<pipe:[12345]>,  <unfinished ...>`);
  writeFileSync(file, lines.join('\n') + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tracex(...args: string[]): { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${String(HEAP_MB)}`, CLI, ...args, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

describe(`${String(PIDS)} processes each cut inside a call, in a ${String(HEAP_MB)} MB heap`, () => {
  it('--findings lists the first waiting calls one by one and counts the rest in one finding', () => {
    const r = tracex('--findings', '--color', 'never');
    expect(r.signal, r.stderr.slice(-2000)).toBeNull();
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    const blocked = r.stdout.match(/\[blocked-at-end;/g) ?? [];
    expect(blocked.length).toBeLessThanOrEqual(101);
    expect(r.stdout).toContain(`${String(PIDS - 100)} more calls still open at the end of the trace`);
    expect(r.stdout).toContain(`read() ×${String(PIDS - 100)}`);
  }, 120_000);

  it('the explained text and the summary finish too (the process table has one row per pid)', () => {
    const text = tracex('--color', 'never');
    expect(text.signal, text.stderr.slice(-2000)).toBeNull();
    expect(text.status, text.stderr.slice(-2000)).toBe(0);
    expect(text.stdout).toContain(`${String(PIDS)} lines, ${String(PIDS)} events, 0 unparsed`);
    const summary = tracex('summary', '--color', 'never');
    expect(summary.status, summary.stderr.slice(-2000)).toBe(0);
    expect(summary.stdout).toMatch(new RegExp(`^ +${String(PIDS)} +read$`, 'm'));
    expect(summary.stdout).toMatch(new RegExp(`^ *${String(PIDS + 999)} `, 'm'));
  }, 120_000);
});
