// Every count of failed calls is one count: summary's errors, the processes' failed calls,
// and `--failed` (failures shown plus the expected ones it says it hides) agree.
import { describe, expect, it } from 'vitest';
import { isFailedCall } from '../../src/decode/failure.js';
import { readTraceFile } from '../../src/index.js';
import { explainTrace } from '../../src/cli/explain.js';
import { openTrace } from '../../src/cli/input.js';
import { itemFailed } from '../../src/explain/failures.js';
import { runCli, sample } from './run-cli.js';

const TRACES = [
  sample('psql-unix-socket-enoent.strace.txt'),
  sample('rails-db-setup-unix-socket-enoent.dtruss.txt'),
  new URL('../fixtures/real/curl-refused-yy.strace.txt', import.meta.url).pathname,
  new URL('../fixtures/real/redis-cli-no-reply-sigterm.strace.txt', import.meta.url).pathname,
];

describe('failure counts', () => {
  it.each(TRACES)('agree on %s', async (path) => {
    const summary = JSON.parse((await runCli(['summary', '--format', 'json', path])).stdout) as {
      summary: { syscalls: { errors: number }[]; processes: { errors: number }[] };
    };
    const bySyscall = summary.summary.syscalls.reduce((n, r) => n + r.errors, 0);
    const byProcess = summary.summary.processes.reduce((n, r) => n + r.errors, 0);

    const { events } = await readTraceFile(path);
    const calls = events.filter(isFailedCall).length;

    let shown = 0;
    const filter = { failed: true, pids: [], syscalls: [], fds: [] };
    const rest = await explainTrace(await openTrace([path]), filter, true, (s) => {
      shown += s.items.filter(itemFailed).length;
    });

    expect(calls).toBeGreaterThan(0);
    expect(bySyscall).toBe(calls);
    expect(byProcess).toBe(calls);
    expect(shown + rest.hiddenProbes).toBe(calls);
    expect(shown).toBeGreaterThan(0);
  });
});
