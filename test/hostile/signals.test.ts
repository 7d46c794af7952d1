// Ctrl-C during a long read stops promptly and still prints what was found; --follow reads a
// file that grows; `| head` ends quietly for every command.
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, corpus, runShell, sample } from '../cli/run-cli.js';
import { itCorpus } from '../helpers/corpus.js';

/** Starts tracex, waits until its stdout contains `ready`, then sends SIGINT; resolves with all it wrote. */
function interruptWhen(args: string[], ready: (out: string) => boolean, before?: () => void, delayMs = 0): Promise<{ code: number | null; out: string; ms: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    let sentAt = 0;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (!sentAt && ready(out)) {
        before?.();
        sentAt = Date.now() + delayMs;
        setTimeout(() => child.kill('SIGINT'), delayMs);
      }
    });
    child.on('close', (code) => resolve({ code, out, ms: Date.now() - sentAt }));
  });
}

describe('signals and pipes', () => {
  itCorpus('Ctrl-C during a long read stops promptly and prints the findings so far', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tracex-'));
    const big = join(dir, 'big.txt');
    const one = readFileSync(corpus('strace/a_psql_unix_socket_enoent.txt'), 'utf8');
    writeFileSync(big, one.repeat(400)); // 403,200 lines: far more than is read before the signal
    const r = await interruptWhen([big], (out) => out.split('\n').length > 50);
    expect(r.code).toBe(0);
    expect(r.ms).toBeLessThan(5000);
    expect(r.out).toMatch(/Findings \(\d+\):/);
    expect(r.out).toMatch(/stopped by Ctrl-C: only the lines read so far\n$/);
    expect(r.out).not.toMatch(/^403200 lines/m);
  });

  it('--follow reads lines appended after the start, until Ctrl-C', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tracex-'));
    const file = join(dir, 'growing.txt');
    writeFileSync(file, '100 openat(AT_FDCWD, "/etc/hostname", O_RDONLY) = 3\n');
    // Once tracex has started (its header is out), the file grows; Ctrl-C a little later.
    const r = await interruptWhen(
      ['--follow', '--from', 'strace', '--no-fold', file],
      (out) => out.startsWith('tracex:'),
      () => appendFileSync(file, '100 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.s.PGSQL.5432"}, 110) = -1 ENOENT (No such file or directory)\n'),
      1500,
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\/etc\/hostname/);
    expect(r.out).toMatch(/connect-failed/);
    expect(r.out).toMatch(/^2 lines, 2 events/m);
  });

  it.each([['explain'], ['summary'], ['annotate'], ['parse']])('tracex %s | head ends quietly', async (cmd) => {
    const r = await runShell(`tracex ${cmd} ${sample('redis-fork-shared-socket.strace.txt')} | head -1; echo "status \${PIPESTATUS:-done}"`);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]!.length).toBeGreaterThan(0);
  });

  it('tracex explain --help | head ends quietly (help is written by commander, not our output)', async () => {
    const r = await runShell(`tracex explain --help | head -1`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Usage: tracex explain [options] [files...]\n');
  });
});
