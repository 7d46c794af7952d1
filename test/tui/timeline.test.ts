// The timeline's layout on a real multi-process trace (sh -c "sleep 30 | cat", stopped with
// SIGTERM after 12 s; strace -f -tt -T): one lane per process, the blocking calls as bars.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { axisText, buildTimeline, CELL_CHAR, laneCells } from '../../src/tui/timeline.js';
import { loadStore } from './helpers.js';

const HUNG = fileURLToPath(new URL('../fixtures/real/pipeline-hung-sigterm.strace.txt', import.meta.url));

describe('timeline', () => {
  it('draws a lane per process, the blocking wait4 and sleep as bars, the SIGTERMs marked', async () => {
    const store = await loadStore(HUNG);
    for (let k = 0; k < 300 && !store.analysisDone; k++) await new Promise((r) => setTimeout(r, 10));
    const tl = buildTimeline(store.events, store.result!.processes, (i) => store.expectedFailures.has(i))!;
    expect(tl.lanes.map((l) => l.label)).toEqual(['17204 sh', '17205 sleep', '17206 cat']);
    expect(tl.t1 - tl.t0).toBeGreaterThan(12);
    const grid = laneCells(tl, store.events, 100);
    const text = (id: number) => grid.get(id)!.map((k) => CELL_CHAR[k]).join('');
    // sh waits for its children for most of the trace; sleep sleeps until killed.
    expect(text(17204).split('━').length - 1).toBeGreaterThan(80);
    expect(text(17205).split('━').length - 1).toBeGreaterThan(80);
    for (const id of [17205, 17206]) expect(text(id)).toContain('↯');
    // The PATH search's ENOENTs (execve of /root/.cargo/bin/sleep ...) are expected: no ✗ for them.
    expect(text(17205)).not.toContain('✗');
    // Marks: what Enter can jump to, in time order.
    for (const lane of tl.lanes) {
      const times = lane.marks.map((i) => store.eventAt(i)!.time!);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(lane.marks.length).toBeGreaterThan(0);
    }
    expect(axisText(tl, 60)).toMatch(/^0s +6\.1s +12\.2s$/);
    store.stop();
  });

  it('is absent for a trace without time stamps', async () => {
    const store = await loadStore(fileURLToPath(new URL('../../samples/psql-unix-socket-enoent.strace.txt', import.meta.url)));
    expect(buildTimeline(store.events, [])).toBeUndefined();
    store.stop();
  });
});
