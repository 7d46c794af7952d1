// An interrupted `annotate` must not look complete (issue 17.12): stopped by Ctrl-C or SIGTERM
// while reading, the report says so and after which line, for the Markdown and --inline forms.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, sample } from './run-cli.js';

let big = '';
let total = 0;

beforeAll(() => {
  const one = readFileSync(sample('psql-unix-socket-enoent.strace.txt'), 'utf8');
  big = join(mkdtempSync(join(tmpdir(), 'tracex-int-')), 'big.strace.txt');
  writeFileSync(big, one.repeat(400)); // 403,200 lines: far more than is read before the signal
  total = (one.split('\n').length - 1) * 400;
});

/** How far tracex has read `file` (its offset in /proc/PID/fdinfo), 0 before it opened it. */
function readPos(pid: number, file: string): number {
  try {
    for (const fd of readdirSync(`/proc/${String(pid)}/fd`)) {
      if (readlinkSync(`/proc/${String(pid)}/fd/${fd}`) !== file) continue;
      return Number(/^pos:\s*(\d+)/m.exec(readFileSync(`/proc/${String(pid)}/fdinfo/${fd}`, 'utf8'))?.[1] ?? 0);
    }
  } catch {
    /* not yet, or gone */
  }
  return 0;
}

/** Starts tracex on the big trace and sends `sig` once it has read 1 MB of it. */
function interrupted(args: string[], sig: NodeJS.Signals): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args, big], { env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    const poll = setInterval(() => {
      if (readPos(child.pid!, big) < 1 << 20) return;
      clearInterval(poll);
      child.kill(sig);
    }, 20);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, out });
    });
  });
}

describe('an interrupted annotate says it is incomplete', () => {
  it.each([['SIGINT', 'Ctrl-C \\(SIGINT\\)'], ['SIGTERM', 'SIGTERM']] as const)('Markdown report, %s', async (sig, said) => {
    const r = await interrupted(['annotate'], sig);
    expect(r.code).toBe(0);
    const m = new RegExp(`^\\*\\*Interrupted:\\*\\* tracex was stopped by ${said} after line (\\d+); this report covers only the lines read until then\\.$`, 'm').exec(r.out);
    expect(m).not.toBeNull();
    const line = Number(m![1]);
    expect(line).toBeGreaterThan(1000);
    expect(line).toBeLessThan(total);
    expect(r.out).toContain(`· ${String(line)} lines ·`);
  }, 60_000);

  it('--inline form, SIGINT', async () => {
    const r = await interrupted(['annotate', '--inline'], 'SIGINT');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# Interrupted: tracex was stopped by Ctrl-C \(SIGINT\) after line \d+; the lines after it were not read\.$/m);
  }, 60_000);

  it('a report read to the end does not say so', async () => {
    const r = await new Promise<string>((resolve) => {
      const child = spawn(process.execPath, [CLI, 'annotate', sample('psql-unix-socket-enoent.strace.txt')]);
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.on('close', () => resolve(out));
    });
    expect(r).toMatch(/^## tracex report/);
    expect(r).not.toMatch(/Interrupted/);
  }, 30_000);
});
