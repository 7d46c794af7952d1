// Bytes → lines. Streams in chunks and hands out batches of lines (one array per chunk),
// so a 600,000-line trace costs a few hundred awaits, not 600,000. Lines are split on bytes
// and bounded in bytes: however long a line, at most `maxLineBytes` of it is held.

import { isAscii } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';
import { DamagedInput, type Chunk } from './content.js';

/** Longest line kept whole; longer lines are cut here and flagged (see `LineBatch.cut`). */
export const DEFAULT_MAX_LINE = 1 << 20;

export interface LineBatchOptions {
  maxLineBytes?: number;
}

/** A line longer than the limit: its index in the batch and its whole length in bytes. */
export interface CutLine {
  index: number;
  bytes: number;
}

/** The input ended early: cut short or damaged (a gzip stream), after the lines before it. */
export interface Damage {
  kind: DamagedInput['kind'];
  message: string;
}

/**
 * A batch of lines. `cut`: lines longer than the limit, kept cut; `unterminated`: the batch's
 * last line had no newline (the input's last line, or the one a truncated followed file cut);
 * `damage`: the input ended early here; `restart`: a followed file started over after this batch.
 */
export type LineBatch = string[] & { cut?: CutLine[]; unterminated?: boolean; damage?: Damage; restart?: 'truncated' | 'replaced' };

const NL = 0x0a;
const CR = 0x0d;

/**
 * Splits a byte stream into lines: `\n`, `\r\n` and a missing final newline all work.
 * Bytes are read as UTF-8 (invalid sequences become U+FFFD; renderers escape control characters);
 * UTF-16 with a byte order mark is read as such.
 */
export async function* lineBatches(stream: AsyncIterable<Chunk>, opts: LineBatchOptions = {}): AsyncGenerator<LineBatch> {
  const max = opts.maxLineBytes ?? DEFAULT_MAX_LINE;
  const text = new TextBytes();
  const split = new LineSplitter(max);
  try {
    for await (const chunk of stream) {
      if (typeof chunk === 'object' && 'restart' in chunk) {
        // A followed file started over: its cut last line ends here, numbering restarts.
        const batch = split.finish();
        batch.restart = chunk.restart;
        yield batch;
        text.reset();
        continue;
      }
      const bytes = text.utf8(chunk);
      if (!bytes) continue;
      const batches = split.push(bytes);
      for (const b of batches) yield b;
    }
    const tail = text.end();
    if (tail) for (const b of split.push(tail)) yield b;
    const last = split.finish();
    if (last.length) yield last;
  } catch (err) {
    if (!(err instanceof DamagedInput)) throw err;
    // Everything before the damage was read: hand it on, then say where reading stopped.
    const last = split.finish();
    last.damage = { kind: err.kind, message: err.message };
    yield last;
  }
}

/**
 * Input bytes as UTF-8: a byte order mark is dropped (editors and Windows tools write them),
 * UTF-16 with its mark (PowerShell's `>`) is transcoded, and a followed file that started over
 * skips the NUL bytes a writer without O_APPEND leaves before its next write.
 */
class TextBytes {
  private sniffed = false;
  private head: Buffer | undefined;
  private utf16: StringDecoder | undefined;
  private bigEndian = false;
  private oddByte: Buffer | undefined;
  private restarted = false;

  reset(): void {
    this.sniffed = false;
    this.head = undefined;
    this.utf16 = undefined;
    this.bigEndian = false;
    this.oddByte = undefined;
    this.restarted = true;
  }

  utf8(chunk: Buffer | string): Buffer | undefined {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (this.restarted) {
      let i = 0;
      while (i < buf.length && buf[i] === 0) i++;
      if (i === buf.length) return undefined;
      buf = buf.subarray(i);
      this.restarted = false;
    }
    if (!this.sniffed) {
      // Too few bytes yet to tell the encoding: wait for more (at most 4).
      const all: Buffer = this.head ? Buffer.concat([this.head, buf]) : buf;
      if (all.length < 4) {
        this.head = Buffer.from(all); // kept across the next read
        return undefined;
      }
      this.head = undefined;
      this.sniffed = true;
      buf = this.dropMark(all);
    }
    return this.utf16 ? this.fromUtf16(buf) : buf;
  }

  /** What is left at the end of the input. */
  end(): Buffer | undefined {
    if (this.head) {
      // A whole input shorter than a byte order mark's test: plain UTF-8.
      const h = this.head;
      this.head = undefined;
      return h;
    }
    return this.utf16 ? Buffer.from(this.utf16.end()) : undefined;
  }

  private dropMark(buf: Buffer): Buffer {
    if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3);
    // A trace is ASCII: UTF-16 only when its first character after the mark has a zero high byte
    // (so binary junk that happens to start with FF FE stays bytes).
    const le = buf[0] === 0xff && buf[1] === 0xfe && buf[3] === 0x00;
    const be = buf[0] === 0xfe && buf[1] === 0xff && buf[2] === 0x00;
    if (!le && !be) return buf;
    this.utf16 = new StringDecoder('utf16le');
    this.bigEndian = be;
    return buf.subarray(2);
  }

  private fromUtf16(b: Buffer): Buffer {
    let le = b;
    if (this.bigEndian) {
      const all = this.oddByte ? Buffer.concat([this.oddByte, b]) : Buffer.from(b);
      const even = all.length & ~1;
      this.oddByte = even < all.length ? all.subarray(even) : undefined;
      le = all.subarray(0, even).swap16();
    }
    return Buffer.from(this.utf16!.write(le));
  }
}

/** Node's Buffer methods behind `toString('latin1' | 'utf8', start, end)` (not in its type declarations). */
interface SlicingBuffer extends Buffer {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}

/** Splits UTF-8 bytes into lines, holding at most `max` bytes of an unfinished line. */
class LineSplitter {
  /** The current line's bytes so far (at most `max` of them). */
  private parts: Buffer[] = [];
  private kept = 0;
  /** The current line's whole length, including bytes dropped past the limit. */
  private length = 0;

  constructor(private readonly max: number) {}

  /** Lines completed by `b`, in one batch (none when `b` ends no line). */
  push(b: Buffer): LineBatch[] {
    const batch: LineBatch = [];
    // A read of ASCII only (most traces: strace escapes other bytes) is copied into strings
    // as it is; otherwise each line is decoded from UTF-8. Buffer's own slicers, without
    // toString's argument checks, once per line.
    const text = b as SlicingBuffer;
    const slice = isAscii(b) ? text.latin1Slice : text.utf8Slice;
    let pos = 0;
    for (;;) {
      const nl = b.indexOf(NL, pos);
      if (nl < 0) break;
      if (this.length === 0 && nl - pos <= this.max) {
        // The common case: a whole line inside one read.
        const end = nl > pos && b[nl - 1] === CR ? nl - 1 : nl;
        batch.push(slice.call(text, pos, end));
      } else {
        this.add(b.subarray(pos, nl));
        this.emit(batch, true);
      }
      pos = nl + 1;
    }
    if (pos < b.length) this.add(b.subarray(pos));
    return batch.length ? [batch] : [];
  }

  /** The unfinished last line, as a batch (empty when there is none). */
  finish(): LineBatch {
    const batch: LineBatch = [];
    if (this.length > 0) {
      this.emit(batch, true);
      batch.unterminated = true;
    }
    return batch;
  }

  private add(seg: Buffer): void {
    this.length += seg.length;
    const room = this.max - this.kept;
    if (room <= 0) return;
    // Copied: a held piece must not pin the whole read buffer it came from.
    const piece = Buffer.from(seg.length <= room ? seg : seg.subarray(0, room));
    this.parts.push(piece);
    this.kept += piece.length;
  }

  private emit(batch: LineBatch, stripCr: boolean): void {
    let bytes = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.kept);
    if (this.length > this.max) {
      bytes = bytes.subarray(0, wholeCharacters(bytes));
      (batch.cut ??= []).push({ index: batch.length, bytes: this.length });
    } else if (stripCr && bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, -1);
    batch.push(bytes.toString('utf8'));
    this.parts = [];
    this.kept = 0;
    this.length = 0;
  }
}

/** The length of `b` without a UTF-8 sequence cut at its end (a cut line ends on a whole character). */
function wholeCharacters(b: Buffer): number {
  for (let i = b.length - 1; i >= 0 && i >= b.length - 4; i--) {
    const c = b[i]!;
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return i + need <= b.length ? b.length : i;
  }
  return b.length;
}
