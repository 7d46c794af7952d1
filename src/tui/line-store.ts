// The text of every input line, kept compact for a 600,000-line trace: a file on disk keeps
// only where each line starts (a Float64Array) and reads a line when it is shown; a pipe keeps
// its lines as UTF-8 bytes in large Buffers with an offset table, never as JS strings.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Input lines by number (1-based), for one input. */
export interface LineSource {
  text(line: number): string | undefined;
}

/** Grows a typed array to hold at least `n` entries (by half again: at 600,000 lines the slack is what costs). */
function grown<A extends Float64Array<ArrayBuffer> | Uint32Array<ArrayBuffer>>(a: A, n: number): A {
  if (n <= a.length) return a;
  const b = new (a.constructor as new (n: number) => A)(Math.max(n, Math.ceil(a.length * 1.5)));
  b.set(a);
  return b;
}

const CHUNK = 1 << 20;

/**
 * Texts by number (a pipe's lines as they are read, the story's sentences): UTF-8 bytes in
 * 1 MiB chunks, so 300,000 texts are a few Buffers and two offset tables, not 300,000 strings.
 */
export class TextChunks implements LineSource {
  private chunks: Buffer[] = [];
  private used = 0;
  /** Where text n starts (chunk * 2^32 + offset) at [n]; its length + 1 in `lengths` (0: no text n). */
  private starts = new Float64Array(1024);
  private lengths = new Uint32Array(1024);

  add(line: number, text: string): void {
    const len = Buffer.byteLength(text);
    let chunk = this.chunks[this.chunks.length - 1];
    if (!chunk || this.used + len > chunk.length) {
      chunk = Buffer.allocUnsafe(Math.max(CHUNK, len));
      this.chunks.push(chunk);
      this.used = 0;
    }
    chunk.write(text, this.used);
    const at = (this.chunks.length - 1) * 2 ** 32 + this.used;
    this.used += len;
    this.starts = grown(this.starts, line + 1);
    this.lengths = grown(this.lengths, line + 1);
    this.starts[line] = at;
    this.lengths[line] = len + 1;
  }

  has(line: number): boolean {
    return !!this.lengths[line];
  }

  text(line: number): string | undefined {
    const len = this.lengths[line];
    if (!len) return undefined;
    const at = this.starts[line]!;
    const chunk = this.chunks[Math.floor(at / 2 ** 32)]!;
    const off = at % 2 ** 32;
    return chunk.toString('utf8', off, off + len - 1);
  }
}

/** Longest line read back from a file (the reader cuts longer ones too). */
const MAX_LINE = 1 << 20;
const BLOCK = 1 << 16;

/**
 * A plain file's lines, read back from the file: its newlines are found as far as a line is
 * asked for (so line 1 costs one read), then each line is one read. A byte order mark and a
 * line's CR are dropped, as the line reader drops them.
 */
export class FileLines implements LineSource {
  /** Byte offset where line n starts, at [n]; known for lines 1..known. */
  private starts = new Float64Array(4096);
  private known = 1;
  private scanned = 0;
  private ended = false;
  private readonly size: number;
  private block = Buffer.alloc(BLOCK);
  private blockAt = -1;
  private blockLen = 0;

  private constructor(
    private fd: number,
    private readonly skip: number,
  ) {
    this.size = fstatSync(fd).size;
    this.starts[1] = skip;
    this.scanned = skip;
  }

  /** The file's lines, when it is a plain (not compressed, not UTF-16) regular file. */
  static open(path: string): FileLines | undefined {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return undefined;
    }
    const head = Buffer.alloc(4);
    const n = readSync(fd, head, 0, 4, 0);
    const plain = fstatSync(fd).isFile() && !(head[0] === 0x1f && head[1] === 0x8b) && !(head[0] === 0xff && head[1] === 0xfe) && !(head[0] === 0xfe && head[1] === 0xff);
    if (!plain) {
      closeSync(fd);
      return undefined;
    }
    return new FileLines(fd, n >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0);
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }

  /** Bytes [pos, pos+len) through a one-block cache (a screen of lines is one read). */
  private bytes(pos: number, len: number): Buffer {
    if (len > BLOCK) {
      const b = Buffer.alloc(len);
      const n = readSync(this.fd, b, 0, len, pos);
      return b.subarray(0, n);
    }
    if (this.blockAt < 0 || pos < this.blockAt || pos + len > this.blockAt + this.blockLen) {
      this.blockLen = readSync(this.fd, this.block, 0, BLOCK, pos);
      this.blockAt = pos;
    }
    return this.block.subarray(pos - this.blockAt, Math.min(pos - this.blockAt + len, this.blockLen));
  }

  /** Finds newlines until line `line + 1`'s start is known (or the file ends). */
  private scanTo(line: number): void {
    if (this.known > line || this.ended || this.fd < 0) return;
    const buf = Buffer.allocUnsafe(CHUNK);
    while (this.known <= line && !this.ended) {
      const n = readSync(this.fd, buf, 0, CHUNK, this.scanned);
      if (n <= 0) {
        this.ended = true;
        break;
      }
      let i = buf.indexOf(0x0a, 0);
      while (i >= 0 && i < n) {
        this.starts = grown(this.starts, this.known + 2);
        this.starts[++this.known] = this.scanned + i + 1;
        i = buf.indexOf(0x0a, i + 1);
      }
      this.scanned += n;
    }
  }

  text(line: number): string | undefined {
    if (line < 1 || this.fd < 0) return undefined;
    this.scanTo(line);
    if (line > this.known) return undefined;
    const start = this.starts[line]!;
    const end = line < this.known ? this.starts[line + 1]! - 1 : this.size;
    if (end < start || (line === this.known && start >= this.size)) return undefined;
    let b = this.bytes(start, Math.min(end - start, MAX_LINE));
    if (b.length && b[b.length - 1] === 0x0d) b = b.subarray(0, b.length - 1);
    return b.toString('utf8');
  }
}
