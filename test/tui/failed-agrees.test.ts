// The browser's failed-only view (`f`) selects the same calls as `tracex --failed`: the one
// definition of a failed call, with the same expected failures left out.
import { describe, expect, it } from 'vitest';
import { explainTrace } from '../../src/cli/explain.js';
import { openTrace } from '../../src/cli/input.js';
import { unexpectedFailure } from '../../src/explain/failures.js';
import { filterRange } from '../../src/tui/filter.js';
import { sample } from '../cli/run-cli.js';
import { loadStore } from './helpers.js';

const TRACES = [
  sample('psql-unix-socket-enoent.strace.txt'),
  sample('curl-connection-refused.strace.txt'),
  sample('rails-db-setup-unix-socket-enoent.dtruss.txt'),
  new URL('../fixtures/real/redis-cli-no-reply-sigterm.strace.txt', import.meta.url).pathname,
];

describe('f and --failed', () => {
  it.each(TRACES)('select the same failed calls on %s', async (path) => {
    const lines: number[] = [];
    const filter = { failed: true, pids: [], fds: [] };
    const rest = await explainTrace(await openTrace([path]), filter, true, (s) => {
      for (const i of s.items) if (unexpectedFailure(i, s)) lines.push(i.event.line);
    });

    const store = await loadStore(path);
    for (let k = 0; k < 200 && !store.analysisDone; k++) await new Promise((r) => setTimeout(r, 10));
    expect(store.analysisDone).toBe(true);
    const rows = filterRange(store.events, { failed: true }, 0, store.events.length, (i) => store.expectedFailures.has(i));
    const calls = rows.map((i) => store.eventAt(i)!).filter((e) => e.type === 'syscall');

    expect(calls.map((e) => e.line)).toEqual(lines);
    expect(store.expectedFailures.size).toBe(rest.hiddenProbes);
  });
});
