import { describe, expect, it } from 'vitest';
import { readTraceFile } from '../../src/index.js';
import { flow } from '../../src/tui/detail.js';
import { eventParts, fitCall } from '../../src/tui/text.js';
import { processTree } from '../../src/tui/views.js';
import type { ProcessInfo } from '../../src/model/index.js';
import { sample } from './helpers.js';

describe('row text', () => {
  it('cuts the call, not the result, so the errno stays visible', async () => {
    const { events } = await readTraceFile(sample('psql-unix-socket-enoent.strace.txt'));
    const connect = events.find((e) => e.line === 995)!;
    const row = fitCall(eventParts(connect), 60);
    expect(row).toBe('connect(3, {sa_fami… = -1 ENOENT (No such file or directory)');
    expect(row.length).toBe(60);
    const exit = events.find((e) => e.line === 1008)!;
    expect(fitCall(eventParts(exit), 80)).toBe('+++ exited with 2 +++');
  });
});

describe('flow', () => {
  it('wraps prose at words under its indent and raw lines under their gutter', () => {
    const prose = flow([{ text: '  Here: nothing is listening at that path (no server has created its socket file there)', wrap: true }], 40);
    expect(prose.map((l) => l.text)).toEqual(['  Here: nothing is listening at that', '    path (no server has created its', '    socket file there)']);
    const raw = flow([{ text: '    995 │ 11214 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.s.PGSQL.5432"}, 110) = -1 ENOENT', wrap: 'hard' }], 50);
    expect(raw.map((l) => l.text)).toEqual([
      '    995 │ 11214 connect(3, {sa_family=AF_UNIX, sun',
      '        │ _path="/tmp/.s.PGSQL.5432"}, 110) = -1 E',
      '        │ NOENT',
    ]);
    for (const l of [...prose, ...raw]) expect(l.text.length).toBeLessThanOrEqual(50);
  });
});

describe('process tree', () => {
  it('puts children under their parent, in order', () => {
    const p = (pid: number, parent?: number): ProcessInfo => ({ pid, ...(parent ? { parent } : {}), isThread: false, execs: [], firstLine: 1, lastLine: 1 });
    const tree = processTree([p(12553), p(12554, 12553), p(12600, 12554), p(12555, 12553)]);
    expect(tree.map((t) => `${t.depth}:${t.p.pid}`)).toEqual(['0:12553', '1:12554', '2:12600', '1:12555']);
  });
});

describe('fit on huge lines', () => {
  it('cuts a megabyte-long text exactly to the width', async () => {
    const { fit } = await import('../../src/tui/text.js');
    expect(fit('x'.repeat(1 << 20), 80)).toBe('x'.repeat(79) + '…');
    expect(fit('ab\u0007'.repeat(100), 10)).toBe('ab\\aab\\aa…');
  });
});
