import { describe, expect, it } from 'vitest';
import { SpooledRows } from '../../src/cli/cited-rows.js';
import { lineKey } from '../../src/render/markdown.js';

describe('SpooledRows (the Markdown report\'s cited-line rows, spooled to a file)', () => {
  it('gives back the rows asked for exactly as they were put, line breaks and separators included', async () => {
    const rows = new SpooledRows();
    try {
      // Rows as a traced program can make them (synthetic: a write of text with a newline, a CR, U+2028).
      const tricky = [
        '12 write(1, "a\nb", 3) = 3',
        '12 write(1, "a\rb", 3) = 3',
        '12 write(1, "x\u2028y\u2029z", 5) = 5',
        '12 write(1, "\\"quoted\\" \u001b[31m", 9) = 9',
        '12 openat(AT_FDCWD, "/etc/hosts", O_RDONLY) = 3',
      ];
      tricky.forEach((r, i) => rows.put('t.strace', i + 1, r));
      rows.put('other', 1, 'a row of another file');
      rows.put('t.strace', 1, 'a second row for line 1 is not the one kept');
      const got = await rows.get(new Set([...tricky.map((_r, i) => lineKey('t.strace', i + 1)), lineKey('other', 1)]));
      tricky.forEach((r, i) => expect(got.get(lineKey('t.strace', i + 1))).toBe(r));
      expect(got.get(lineKey('other', 1))).toBe('a row of another file');
      expect(got.size).toBe(tricky.length + 1);
    } finally {
      rows.dispose();
    }
  });
});
