// Bytes → lines. Streams in chunks and hands out batches of lines (one array per chunk),
// so a 600,000-line trace costs a few hundred awaits, not 600,000.

import { StringDecoder } from 'node:string_decoder';
import { constants as zlib, createGunzip } from 'node:zlib';
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
  let decoder = new StringDecoder('utf8');
  /** The input's encoding is known once its first bytes were seen (a byte order mark, or none). */
  let sniffed = false;
  /** UTF-16BE input: bytes are swapped to little-endian; an odd byte waits for its pair. */
  let bigEndian = false;
  let oddByte: Buffer | undefined;
  /** The first bytes, held until there are enough to look for a byte order mark. */
  let head: Buffer | undefined;
  const toLittleEndian = (b: Buffer): Buffer => {
    const all = oddByte ? Buffer.concat([oddByte, b]) : Buffer.from(b);
    const even = all.length & ~1;
    oddByte = even < all.length ? all.subarray(even) : undefined;
    return all.subarray(0, even).swap16();
  };
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
      const text = !sniffed && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
      sniffed ||= chunk.length > 0;
      const batch = take(text, true);
      if (batch) yield batch;
      continue;
    }
    let buf = chunk as Buffer;
    if (!sniffed && (head !== undefined || buf.length < 4)) {
      // Too few bytes yet to tell the encoding: wait for more (at most 4).
      head = head ? Buffer.concat([head, buf]) : buf;
      if (head.length < 4) continue;
      buf = head;
      head = undefined;
    }
    if (!sniffed && buf.length > 0) {
      // A byte order mark, as editors and Windows tools write them: UTF-8's is dropped, and
      // UTF-16 (PowerShell's `>` writes UTF-16LE) is read as such instead of as garbage.
      sniffed = true;
      const bom = byteOrderMark(buf);
      if (bom) {
        buf = buf.subarray(bom.length);
        if (bom.encoding !== 'utf8') decoder = new StringDecoder('utf16le');
        bigEndian = bom.encoding === 'utf16be';
      }
    }
    if (bigEndian) buf = toLittleEndian(buf);
    // A big read is decoded and split a piece at a time: each piece's text (which its lines
    // point into) is done with before the next, so it dies young instead of being promoted.
    for (let off = 0; off < buf.length; off += PIECE) {
      const end = Math.min(buf.length, off + PIECE);
      const batch = take(decoder.write(buf.subarray(off, end)), end === buf.length);
      if (batch) yield batch;
    }
  }
  if (head) {
    // A whole input shorter than a byte order mark's test: plain UTF-8.
    const batch = take(decoder.write(head), true);
    if (batch) yield batch;
  }
  carry += decoder.end();
  if (carry.length && !overflow) {
    const last: LineBatch = [carry.endsWith('\r') ? carry.slice(0, -1) : carry];
    last.unterminated = true;
    yield last;
  }
}

/** The byte order mark at the start of `buf`, if any. */
function byteOrderMark(buf: Buffer): { length: number; encoding: 'utf8' | 'utf16le' | 'utf16be' } | undefined {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { length: 3, encoding: 'utf8' };
  // A trace is ASCII: UTF-16 only when its first character after the mark has a zero high byte
  // (so binary junk that happens to start with FF FE stays bytes).
  if (buf[0] === 0xff && buf[1] === 0xfe && buf[3] === 0x00) return { length: 2, encoding: 'utf16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff && buf[2] === 0x00) return { length: 2, encoding: 'utf16be' };
  return undefined;
}

/** Bytes decoded and split at a time (about 800 lines of a typical trace). */
const PIECE = 1 << 16;

/**
 * Wraps a `.gz` stream in gunzip. A capture still being written (or cut short) ends mid-stream:
 * with a sync flush at its end gunzip hands out what it has instead of failing, and the cut
 * last line is kept and flagged like any unterminated line.
 */
export function maybeGunzip(stream: Readable, name: string): Readable {
  return name.endsWith('.gz') ? stream.pipe(createGunzip({ finishFlush: zlib.Z_SYNC_FLUSH })) : stream;
}
