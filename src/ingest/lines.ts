// Bytes → lines. Streams in chunks and hands out batches of lines (one array per chunk),
// so a 600,000-line trace costs a few hundred awaits, not 600,000.

import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

/** Longest line kept whole; longer lines are cut here and flagged (see `truncatedLines`). */
export const DEFAULT_MAX_LINE = 1 << 20;

export interface LineBatchOptions {
  maxLineBytes?: number;
}

/**
 * A batch of lines; `cut` lists the indexes of lines that were longer than the limit and cut;
 * `unterminated` marks the input's last line when no newline ended it.
 */
export type LineBatch = string[] & { cut?: number[]; unterminated?: boolean };

/**
 * Splits a byte stream into lines: `\n`, `\r\n` and a missing final newline all work.
 * Bytes are read as UTF-8 (invalid sequences become U+FFFD; renderers escape control characters).
 */
export async function* lineBatches(stream: Readable, opts: LineBatchOptions = {}): AsyncGenerator<LineBatch> {
  const max = opts.maxLineBytes ?? DEFAULT_MAX_LINE;
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let overflow = false;
  /** Lines of `piece` (after what was carried over); the length limit is applied at the end of a read chunk. */
  const take = (piece: string, endOfChunk: boolean): LineBatch | undefined => {
    const text = carry + piece;
    const batch: LineBatch = [];
    let start = 0;
    if (overflow) {
      // Still inside a line that was cut: drop bytes up to its end.
      const nl = text.indexOf('\n');
      if (nl < 0) {
        carry = '';
        return undefined;
      }
      overflow = false;
      start = nl + 1;
    }
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      let line = text.slice(start, nl);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      batch.push(line);
      start = nl + 1;
    }
    carry = text.slice(start);
    if (endOfChunk && carry.length > max) {
      // Keep the start of an endless line and drop the rest up to its newline.
      (batch.cut ??= []).push(batch.length);
      batch.push(carry.slice(0, max));
      carry = '';
      overflow = true;
    }
    return batch.length ? batch : undefined;
  };
  for await (const chunk of stream) {
    if (typeof chunk === 'string') {
      const batch = take(chunk, true);
      if (batch) yield batch;
      continue;
    }
    // A big read is decoded and split a piece at a time: each piece's text (which its lines
    // point into) is done with before the next, so it dies young instead of being promoted.
    const buf = chunk as Buffer;
    for (let off = 0; off < buf.length; off += PIECE) {
      const end = Math.min(buf.length, off + PIECE);
      const batch = take(decoder.write(buf.subarray(off, end)), end === buf.length);
      if (batch) yield batch;
    }
  }
  carry += decoder.end();
  if (carry.length && !overflow) {
    const last: LineBatch = [carry.endsWith('\r') ? carry.slice(0, -1) : carry];
    last.unterminated = true;
    yield last;
  }
}

/** Bytes decoded and split at a time (about 800 lines of a typical trace). */
const PIECE = 1 << 16;

/** Wraps a stream in gunzip when its first bytes are the gzip magic number. */
export function maybeGunzip(stream: Readable, name: string): Readable {
  return name.endsWith('.gz') ? stream.pipe(createGunzip()) : stream;
}
