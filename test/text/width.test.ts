// Cutting and wrapping in terminal columns, between grapheme clusters: no U+FFFD, no half emoji.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { cutText, ONE_COLUMN, textWidth, wrapColumns } from '../../src/text/width.js';

describe('cutText', () => {
  it('keeps text that fits and cuts ASCII with an ellipsis in the width', () => {
    expect(cutText('abc', 3)).toBe('abc');
    expect(cutText('abcd', 3)).toBe('ab…');
    expect(cutText('abcd', 0)).toBe('');
  });

  it('never splits an emoji, a ZWJ family or a wide character', () => {
    expect(cutText('😀😀😀😀😀😀', 5)).toBe('😀😀…');
    expect(textWidth(cutText('😀😀😀😀😀😀', 5))).toBe(5);
    expect(cutText('古古古古', 5)).toBe('古古…');
    const family = 'ab👩‍👩‍👧cd';
    expect(cutText(family, 4)).toBe('ab…');
    expect(cutText(family, 5)).toBe('ab👩‍👩‍👧…');
    expect(cutText('é'.normalize('NFD').repeat(5), 3)).toBe('é'.normalize('NFD').repeat(2) + '…');
  });

  it('measures the dashes, arrows and Latin-1 signs of its sentences as string-width does, and cuts them as graphemes', async () => {
    const stringWidth = ((await import('string-width')) as { default: (s: string) => number }).default;
    const chars = '×—–…→·é£ ' + '\u00ad';
    for (const c of chars) expect(textWidth(c)).toBe(stringWidth(c));
    expect(textWidth('[3 calls: openat ×2, read] — ok')).toBe(31);
    expect(cutText('[12 calls: openat ×6, mmap ×4, close ×2] → opened it', 20)).toBe('[12 calls: openat ×…');
    // A soft hyphen takes no column: measured by string-width, not counted as one.
    expect(textWidth('a\u00adb')).toBe(2);
  });

  it('looks only at the start of a very long line', () => {
    const long = '😀'.repeat(500_000);
    expect(cutText(long, 11)).toBe('😀'.repeat(5) + '…');
  });

  it('for any string: within the width, a prefix of the text, no lone surrogate', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 1, max: 40 }), (s, w) => {
        const cut = cutText(s, w);
        expect(textWidth(cut)).toBeLessThanOrEqual(w);
        if (cut !== s) expect(s.startsWith(cut.slice(0, -1))).toBe(true);
        expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      }),
    );
  });
});

describe('the one-column fast path', () => {
  it('holds only characters string-width gives one column and that never join a neighbour', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    let checked = 0;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (!ONE_COLUMN.test(ch)) continue;
      checked++;
      expect(stringWidth(ch), `U+${c.toString(16)}`).toBe(1);
      expect([...segmenter.segment(`a${ch}${ch}a`)].length, `U+${c.toString(16)}`).toBe(4);
    }
    // ASCII, Latin-1, Latin Extended, punctuation, arrows, box drawing and shapes: the class is not empty by accident.
    expect(checked).toBeGreaterThan(800);
    for (const ch of ['\u25fd', '\u25fe', '\u00ad', '\u200b', '\u200d', '\u202e', '\u0301', '\ufe0f', '古', '\u0085']) expect(ONE_COLUMN.test(ch)).toBe(false);
  });

  it('measures and cuts the arrows, dashes and ellipses of sentences by length', () => {
    const s = 'connect → 127.0.0.1:5432 — refused … again × 3 · done';
    expect(textWidth(s)).toBe(s.length);
    expect(cutText(s, 12)).toBe('connect → 1…');
    expect(cutText('→→→→→→é'.normalize('NFD'), 7)).toBe('→→→→→→é'.normalize('NFD'));
  });
});

describe('wrapColumns', () => {
  it('breaks between words within the width; a long path is broken inside', () => {
    const lines = wrapColumns('pid 23078 tried to connect fd 10 to /a/very/long/path/that/goes/on/and/on/and/on', 24);
    expect(lines.every((l) => textWidth(l) <= 24)).toBe(true);
    expect(lines[0]).toBe('pid 23078 tried to');
    expect(lines.join('')).toContain('/a/very/long');
  });

  it('keeps a paragraph on one line without a width', () => {
    expect(wrapColumns('one two three', undefined)).toEqual(['one two three']);
  });
});
