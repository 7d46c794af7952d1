// `tracex run`: a second Ctrl-C ends the traced program too (issue 17.8). Before, it SIGKILLed
// strace only: strace's tracees were detached and kept running as orphans, and the program was
// reported "killed by SIGKILL (137)", which was strace's fate, not the program's.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from './run-cli.js';

const hasStrace = spawnSync('strace', ['-V']).status === 0;

/** Live processes whose command line is exactly `argv`. */
function running(argv: string[]): number[] {
  const want = argv.join('\0') + '\0';
  return readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .filter((n) => {
      try {
        return readFileSync(`/proc/${n}/cmdline`, 'utf8') === want;
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function until(what: string, test: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!hasStrace)('tracex run, second Ctrl-C', () => {
  it.each([
    ['sleep', ['sleep', '97.25']],
    ['a shell and its child', ['sh', '-c', 'sleep 97.5; echo never']],
  ])('kills the traced program (%s) before strace, leaves no orphan, and says so', async (_what, cmd) => {
    const dir = mkdtempSync(join(tmpdir(), 'txrun-sig-'));
    const raw = join(dir, 't.txt');
    // Signals go to tracex alone (its own process group, no terminal): the program does not see
    // the first Ctrl-C, as a program that ignores or outlives it would not end at it.
    const child = spawn(process.execPath, [CLI, 'run', '-o', raw, '--findings', '--', ...cmd], { detached: true, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.resume();
    const code = new Promise<number | null>((resolve) => child.on('close', resolve));
    const sleeper = cmd[0] === 'sleep' ? cmd : ['sleep', '97.5'];
    try {
      await until('the program to sleep', () => existsSync(raw) && readFileSync(raw, 'utf8').includes('clock_nanosleep') && running(sleeper).length > 0);
      child.kill('SIGINT');
      await new Promise((r) => setTimeout(r, 500));
      expect(running(sleeper).length).toBe(1); // the first Ctrl-C is the program's to handle
      child.kill('SIGINT');
      expect(await code).toBe(130);
      expect(running(sleeper)).toEqual([]);
      expect(stderr).toMatch(/tracex: \w+ was still running at the second Ctrl-C: tracex killed it (\(pid \d+\)|and what it started \(pids \d+(, \d+)+\)) with SIGKILL, then strace \(status 130\)/);
      expect(stderr).not.toMatch(/killed by SIGKILL/);
    } finally {
      for (const p of running(sleeper)) process.kill(p, 'SIGKILL');
      child.kill('SIGKILL');
    }
  }, 40_000);
});
