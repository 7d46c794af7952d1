// Measuring, cutting and wrapping text in terminal columns. A string is cut between grapheme
// clusters (an emoji, a letter with its accents, a flag stay whole) and measured with
// string-width (wide CJK and emoji take two columns), never by UTF-16 unit: cutting there
// splits a surrogate pair and the terminal shows U+FFFD. Every cutter in tracex uses these.

import { createRequire } from 'node:module';

// string-width's Unicode property regexes take 100-250 ms to compile when it is loaded, on every
// command; most trace text is ASCII and never needs them. So it (and wrap-ansi, built on it) is
// loaded on first use, synchronously: require() of an ES module (Node 20.19 and later).
const load = createRequire(import.meta.url);
type StringWidth = (text: string) => number;
type WrapAnsi = (text: string, columns: number, options: { hard: boolean; trim: boolean }) => string;
let stringWidthFn: StringWidth | undefined;
let wrapAnsiFn: WrapAnsi | undefined;
const stringWidth: StringWidth = (text) => (stringWidthFn ??= (load('string-width') as { default: StringWidth }).default)(text);
const wrapAnsi: WrapAnsi = (text, columns, options) => (wrapAnsiFn ??= (load('wrap-ansi') as { default: WrapAnsi }).default)(text, columns, options);

const ELLIPSIS = '…';

/**
 * Characters that each take one column and stand alone as a grapheme (nothing in the class joins
 * its neighbour): printable ASCII, Latin-1 and Latin Extended-A/B (not the soft hyphen), general
 * punctuation (dashes, quotes, `…`, `•`; not the zero-width and bidi controls), arrows (`→`), box
 * drawing and geometric shapes (`●`, `▸`; not ◽ and ◾, which are emoji). Text made only of them has its length as its width: the common case, kept fast (the
 * sentences and Markdown cells tracex writes are full of `→`, `…` and `—`). A test checks every
 * character of the class against string-width and the grapheme segmenter.
 */
export const ONE_COLUMN = /^[\x20-\x7e\xa0-\xac\xae-\u024f\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u257f\u25a0-\u25fc]*$/;

/** Made on first use too: building a segmenter loads ICU's break rules (~70 ms). */
let segmenter: Intl.Segmenter | undefined;
const graphemes = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));

/** Columns `text` takes on a terminal (ANSI escape codes take none). */
export function textWidth(text: string): number {
  return ONE_COLUMN.test(text) ? text.length : stringWidth(text);
}

/**
 * `text` in at most `width` columns: whole when it fits, else its first grapheme clusters and `…`
 * (the ellipsis counts in the width). Only the start of a long string is looked at.
 */
export function cutText(text: string, width: number, ellipsis: string = ELLIPSIS): string {
  if (width <= 0) return '';
  // No cluster is wider than 2 columns per UTF-16 unit in it: short text fits without a look.
  if (text.length * 2 <= width) return text;
  // Fast path: the first width+1 units take one column each, so they decide alone.
  const head = text.slice(0, width + 1);
  if (ONE_COLUMN.test(head)) {
    if (text.length <= width) return text;
    if (head.length > width) return text.slice(0, Math.max(0, width - ellipsis.length)) + ellipsis;
  }
  const room = width - textWidth(ellipsis);
  let used = 0;
  let cutAt = 0; // end of the clusters that fit in front of the ellipsis
  for (const { segment, index } of graphemes().segment(text)) {
    const w = stringWidth(segment);
    if (used + w > width) return text.slice(0, cutAt) + ellipsis;
    used += w;
    if (used <= room) cutAt = index + segment.length;
  }
  return text;
}

/**
 * `text` as lines of at most `width` columns, broken between words (a word longer than a line is
 * broken inside); `undefined` width keeps each paragraph on one line.
 */
export function wrapColumns(text: string, width: number | undefined): string[] {
  if (width === undefined) return text.split('\n');
  return wrapAnsi(text, Math.max(1, width), { hard: true, trim: true }).split('\n');
}
