// Text fitted to the terminal: --width, COLUMNS, and no wrapping in a pipe (one line per event
// and per paragraph, as strace and ripgrep print). Wide characters and emoji count two columns
// and are never split.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/text/width.js';
import { resolveWidth } from '../../src/cli/terminal-options.js';
import { cutCall } from '../../src/render/text.js';
import { runCli, sample } from './run-cli.js';

const rails = sample('rails-db-setup-unix-socket-enoent.dtruss.txt');
const emoji = fileURLToPath(new URL('../fixtures/real/cat-emoji-path-enoent.strace.txt', import.meta.url));
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|\ufffd/;

/** The text without the layout: words in order, whatever the line breaks and indents. */
const words = (s: string): string => s.replace(/→/g, ' ').replace(/\s+/g, ' ').trim();

describe('resolveWidth', () => {
  it('takes --width, then COLUMNS, then the terminal; nothing in a pipe', () => {
    expect(resolveWidth(70, true, 120, { COLUMNS: '100' })).toBe(70);
    expect(resolveWidth(0, true, 120, { COLUMNS: '100' })).toBeUndefined();
    expect(resolveWidth(undefined, false, undefined, { COLUMNS: '100' })).toBe(100);
    expect(resolveWidth(undefined, true, 120, {})).toBe(120);
    expect(resolveWidth(undefined, true, 120, { COLUMNS: 'wide' })).toBe(120);
    expect(resolveWidth(undefined, false, undefined, {})).toBeUndefined();
  });
});

describe('cutCall', () => {
  it('keeps the result visible and never cuts inside an emoji', () => {
    const call = `open("/tmp/${'😀'.repeat(80)}", 0x0, 0x0) = -1 Err#2`;
    for (let w = 40; w < 60; w++) {
      const cut = cutCall(call, w);
      expect(textWidth(cut)).toBeLessThanOrEqual(w);
      expect(cut).not.toMatch(LONE_SURROGATE);
      expect(cut.endsWith('…) = -1 Err#2')).toBe(true);
    }
  });
});

describe('tracex --width', () => {
  it('fits every line in 80 columns on the Rails sample, breaking between words only', async () => {
    const [fitted, piped] = await Promise.all([runCli([rails, '--width', '80']), runCli([rails])]);
    const lines = fitted.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => textWidth(l) > 80)).toEqual([]);
    // The same sentences and findings as the unwrapped output, word for word.
    const sentence = 'Tried to connect fd 10 (UNIX stream socket) to a UNIX socket path (not shown by the tracer): no such file — nothing is listening at that path (no server has created its socket file there)';
    expect(words(fitted.stdout)).toContain(sentence);
    expect(words(fitted.stdout)).toContain(words(piped.stdout.slice(piped.stdout.indexOf('Findings'))).replace(/^Findings \(1\): /, '').slice(0, 300));
    expect(lines).toContain('              → Tried to connect fd 10 (UNIX stream socket) to a UNIX socket');
  });

  it('COLUMNS sets the width in a pipe; --width 0 turns wrapping off', async () => {
    const cols = await runCli([rails], { env: { COLUMNS: '100' } });
    expect(cols.stdout.trimEnd().split('\n').filter((l) => textWidth(l) > 100)).toEqual([]);
    const off = await runCli([rails, '--width', '0'], { env: { COLUMNS: '100' } });
    expect(off.stdout).toMatch(/^ {10}pid 23078 tried to connect .* a UNIX socket path\.$/m);
  });

  it('in a pipe: one line per event and one line per paragraph', async () => {
    const r = await runCli([rails]);
    expect(r.stdout).toMatch(/^23078\/0x3057d connect\(10, .*\) = -1 ENOENT \(No such file or directory\) {2}→ Tried to connect .*\)$/m);
    expect(r.stdout).toMatch(/^ {10}Hint: Start the server, or point the client at the path where the server actually creates its socket\.$/m);
  });

  it('cuts and wraps emoji and wide characters by column, never inside one (real capture)', async () => {
    for (const width of ['40', '57', '80']) {
      const r = await runCli([emoji, '--width', width, ...(width === '57' ? ['--failed'] : [])]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(LONE_SURROGATE);
      expect(r.stdout.trimEnd().split('\n').filter((l) => textWidth(l) > Number(width))).toEqual([]);
      expect(r.stdout).toContain('👩‍👩‍👧');
    }
  });

  it('rejects a width that is not a number', async () => {
    const r = await runCli([rails, '--width', 'wide']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--width: expected a number of columns');
  });
});
