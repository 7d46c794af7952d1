// An interrupted `annotate` must not look complete (issue 17.12): stopped by Ctrl-C or SIGTERM
// while reading, the report says so and after which line, for the Markdown and --inline forms.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI, sample } from './run-cli.js';

/**
 * Feeds one copy of a real sample on stdin, waits until tracex is blocked reading the rest,
 * sends `sig`, then writes 50 more copies and closes stdin: what was read after the signal is
 * at most one more read, far from all 51 copies.
 */
function interrupted(args: string[], sig: NodeJS.Signals): Promise<{ code: number | null; out: string; lines: number }> {
  const one = readFileSync(sample('psql-unix-socket-enoent.strace.txt'), 'utf8');
  const lines = one.split('\n').length - 1;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args, '-'], { env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stdin.on('error', () => {}); // tracex stops reading when told: the rest may meet a closed pipe
    child.stdin.write(one);
    setTimeout(() => {
      child.kill(sig);
      setTimeout(() => child.stdin.end(one.repeat(50)), 300);
    }, 2500);
    child.on('close', (code) => resolve({ code, out, lines: lines * 51 }));
  });
}

describe('an interrupted annotate says it is incomplete', () => {
  it.each([['SIGINT', 'Ctrl-C \\(SIGINT\\)'], ['SIGTERM', 'SIGTERM']] as const)('Markdown report, %s', async (sig, said) => {
    const r = await interrupted(['annotate'], sig);
    expect(r.code).toBe(0);
    const m = new RegExp(`^\\*\\*Interrupted:\\*\\* tracex was stopped by ${said} after line (\\d+); this report covers only the lines read until then\\.$`, 'm').exec(r.out);
    expect(m).not.toBeNull();
    const line = Number(m![1]);
    expect(line).toBeGreaterThanOrEqual(1008);
    expect(line).toBeLessThan(r.lines);
    expect(r.out).toContain(`· ${String(line)} lines ·`);
  }, 30_000);

  it('--inline form, SIGINT', async () => {
    const r = await interrupted(['annotate', '--inline'], 'SIGINT');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# Interrupted: tracex was stopped by Ctrl-C \(SIGINT\) after line \d+; the lines after it were not read\.$/m);
  }, 30_000);
});
