// Terminal widths: a row with CJK or emoji (two columns each) keeps its result column, and
// the status bar keeps what matters on a narrow terminal.
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/tui/components/App.js';
import { statusText } from '../../src/tui/status.js';
import { fit, fitCall, padStart } from '../../src/tui/text.js';
import { loadStore, sample, waitFor } from './helpers.js';

describe('widths in columns', () => {
  // Made-up call text (strace escapes non-ASCII bytes in arguments; program output and
  // decoded paths can still hold them): the column arithmetic is what is tested.
  const call = { call: 'openat(AT_FDCWD, "/srv/日本語のファイル/写真😀📷.jpg", O_RDONLY)', result: '= -1 ENOENT' };

  it('cuts a CJK/emoji call so the row is exactly as wide as asked and the result stays', () => {
    for (const w of [30, 41, 57]) {
      const row = fitCall(call, w);
      expect(row.endsWith(' = -1 ENOENT')).toBe(true);
      expect(stringWidth(row)).toBeLessThanOrEqual(w);
      expect(stringWidth(row)).toBeGreaterThanOrEqual(w - 1); // a two-column character may not fit the last column
    }
    expect(fit('日本語', 4)).toBe('日…');
    expect(padStart('日本', 6)).toBe('  日本');
    // Emoji sequences are not split.
    expect(fit('👩‍👩‍👧 family', 3)).toBe('👩‍👩‍👧…');
  });
});

describe('status bar', () => {
  const parts = {
    name: '/home/someone/traces/psql-unix-socket-enoent.strace.txt',
    kind: 'strace/linux',
    where: ['995/1,008', 'filter: failed (247 expected hidden)'],
    counts: ['260 failed', '2 findings'],
  };

  it('keeps position, filter and the findings count as the terminal narrows', () => {
    const wide = statusText(parts, 160);
    expect(wide.left).toBe('/home/someone/traces/psql-unix-socket-enoent.strace.txt · strace/linux · 995/1,008 · filter: failed (247 expected hidden)');
    expect(wide.right).toBe('260 failed · 2 findings');
    const at100 = statusText(parts, 100);
    expect(at100.left).not.toContain('/home/');
    for (const w of [100, 70, 60]) {
      const s = statusText(parts, w);
      expect(s.left.length + (s.right ? s.right.length + 2 : 0)).toBeLessThanOrEqual(w);
      expect(s.left).toContain('995/1,008 · filter: failed (247 expected hidden)');
      expect(s.right).toBe('2 findings');
    }
    expect(statusText(parts, 60).left).toBe('995/1,008 · filter: failed (247 expected hidden)');
  });

  it('at 70 columns the UI still shows the position and the findings count', async () => {
    const store = await loadStore(sample('psql-unix-socket-enoent.strace.txt'));
    const app = render(<App store={store} width={70} height={24} />);
    try {
      const f = await waitFor(app.lastFrame, (fr) => fr.includes('event 995 · line 995'));
      const bar = f.split('\n').find((l) => l.includes('(1,008 events)'))!;
      expect(bar).toMatch(/story \d+\/\d+ \(1,008 events\) +2 findings$/);
      for (const line of f.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(70);
    } finally {
      app.unmount();
      store.stop();
    }
  });
});
