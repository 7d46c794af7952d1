// A trace read as the wrong format: every line becomes program output, and tracex says so.
import { describe, expect, it } from 'vitest';
import { runCli, sample } from '../cli/run-cli.js';

describe('no-calls', () => {
  it('warns when no line reads as a call of the chosen format', async () => {
    const r = await runCli(['--from', 'dtruss', '--failed', sample('psql-unix-socket-enoent.strace.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/WARNING no system calls found in 1008 lines \[no-calls; lines 1-5\]/);
    expect(r.stdout).toMatch(/try --from strace/);
  });

  it('stays quiet for a real trace and for a trace that is only a strace -c table', async () => {
    expect((await runCli([sample('psql-unix-socket-enoent.strace.txt')])).stdout).not.toMatch(/no-calls/);
    const c = await runCli([new URL('../../../shared/corpus/strace/f25_c.txt', import.meta.url).pathname]);
    expect(c.stdout).not.toMatch(/no-calls/);
  });
});
