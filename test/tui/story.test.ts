// The browser's story list tells the CLI's story: the same folds, in the same order, with the
// same sentences as `tracex FILE` (explainTrace with folding), on real traces.
import { describe, expect, it } from 'vitest';
import { explainTrace } from '../../src/cli/explain.js';
import { openTrace } from '../../src/cli/input.js';
import { sample } from '../cli/run-cli.js';
import { loadStore } from './helpers.js';

// The three formats; the strace ones have folds.
const TRACES = [
  sample('psql-unix-socket-enoent.strace.txt'),
  sample('redis-fork-shared-socket.strace.txt'),
  sample('rails-db-setup-unix-socket-enoent.dtruss.txt'),
  sample('pgprobe-postgres-socket-probes.nanos.txt'),
];

describe('the story list', () => {
  it.each(TRACES)('has the folds and sentences of tracex FILE on %s', async (path) => {
    const told: { lines: number[]; sentence: string }[] = [];
    await explainTrace(await openTrace([path]), { failed: false, pids: [], fds: [] }, true, (s) => {
      told.push({ lines: s.items.map((i) => i.event.line).sort((a, b) => a - b), sentence: s.sentence });
    });
    const store = await loadStore(path);
    for (let k = 0; k < 300 && !store.analysisDone; k++) await new Promise((r) => setTimeout(r, 10));
    const st = store.stories;
    const listed = st.heads.map((h) => ({
      lines: (st.fold(h)?.items ?? [h]).map((i) => store.eventAt(i)!.line),
      sentence: st.sentence(h)!,
    }));
    // Stories by their first line: the CLI prints a story when its fold closes, the list
    // orders by event, and a call resumed later is one event with two lines.
    const order = (x: { lines: number[]; sentence: string }[]) => x.map((s) => ({ ...s, lines: [...s.lines].sort((a, b) => a - b) })).sort((a, b) => a.lines[0]! - b.lines[0]! || (a.sentence < b.sentence ? -1 : 1));
    expect(order(listed)).toEqual(order(told));
    store.stop();
  });
});
