// A server whose port is taken retries bind and logs a line per try (real nginx captures).

import { describe, expect, it } from 'vitest';
import { continuesLine } from '../../src/analyze/state/stderr.js';
import { analyzeReal } from './real-fixture.js';

describe('nginx: its port held by another process', () => {
  it('one bind finding, first, citing every try', async () => {
    const r = await analyzeReal('nginx-bind-eaddrinuse-s256');
    expect(r.findings[0]).toMatchObject({ id: 'bind-failed', severity: 'error', title: 'bind to 127.0.0.1:8181 failed: EADDRINUSE' });
    expect(r.findings[0]!.explanation).toContain('It tried 5 times.');
    expect(r.findings[0]!.lines).toHaveLength(5);
    expect(r.findings.find((f) => f.id === 'nonzero-exit')?.title).toMatch(/: .*\[emerg\] \d+#\d+: still could not bind\(\)$/);
  });

  it('under -s 32 the cut log lines stay lines: the exit quotes one, not a run-on of five', async () => {
    const r = await analyzeReal('nginx-bind-eaddrinuse-s32');
    const exit = r.findings.find((f) => f.id === 'nonzero-exit')!;
    expect(exit.title).toMatch(/exited with status 1: \d{4}\/\d\d\/\d\d [\d:]+ \[emerg\] \d+…$/);
    expect(exit.explanation.match(/\[emerg\]/g)).toHaveLength(1);
  });
});

describe('continuesLine: does a write continue the unfinished line before it', () => {
  it('pieces of one message join; a newline or two cut writes in a row end the line', () => {
    expect(continuesLine('psql: ', false)).toBe(true);
    expect(continuesLine('cannot open x…', false)).toBe(true); // perror's ": No such file…" after a cut name
    expect(continuesLine('done\n', false)).toBe(false);
    expect(continuesLine('2026/12/08 [emerg] 1233…', true)).toBe(false);
  });
});
