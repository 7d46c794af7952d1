// Writing to stdout without losing data or crashing when the reader goes away (`| head`).

import type { Writable } from 'node:stream';
import { clearProgress } from './progress.js';

/** Bytes gathered before one write to the stream. */
const CHUNK = 1 << 16;
/** Characters of short text joined before they are encoded into the pool. */
const TEXT_CHUNK = 1 << 13;
/**
 * Longest text that is joined (a narrative line); longer text (a JSON event, ~1 KB) is encoded
 * at once: joining it only added a copy.
 */
const JOINED_TEXT = 512;

/** One promise for two writes that may each need the stream drained. */
function both(a: Promise<void> | undefined, b: Promise<void> | undefined): Promise<void> | undefined {
  return a && b ? Promise.all([a, b]).then(() => undefined) : (a ?? b);
}

export class Output {
  private closed = false;
  /**
   * Text is encoded straight into this buffer as it comes (one UTF-8 copy, no joined string);
   * a full buffer is handed to the stream whole and a new one started (the stream may keep it).
   */
  private pool = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  /** Short text not yet encoded into the pool. */
  private text = '';
  private scheduled = false;

  constructor(private stream: Writable = process.stdout) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else throw err;
    });
  }

  /** True once the reader has gone away: stop producing output. */
  get isClosed(): boolean {
    return this.closed;
  }

  /**
   * Queues text or bytes (UTF-8, e.g. read back from a file: copied as they are, no decode and
   * re-encode; the stream may keep a big Buffer, so do not change it afterwards); flushes in large writes. Returns a promise only when the stream needs draining.
   */
  write(data: string | Buffer): Promise<void> | undefined {
    if (this.closed) return undefined;
    // Short text (a narrative line) is joined to what came before and encoded 8 K characters at
    // a time: one encoding call per line cost more than the joining.
    if (typeof data === 'string' && data.length <= JOINED_TEXT) {
      if (this.text.length + data.length <= TEXT_CHUNK) {
        this.text += data;
        this.flushSoon();
        return undefined;
      }
      const w = this.queue(this.takeText());
      this.text = data;
      this.flushSoon();
      return w;
    }
    const before = this.text ? this.queue(this.takeText()) : undefined;
    return both(before, this.queue(data));
  }

  private takeText(): string {
    const t = this.text;
    this.text = '';
    return t;
  }

  /** Into the pool (or to the stream when big), flushing the pool when it is full. */
  private queue(data: string | Buffer): Promise<void> | undefined {
    // A UTF-16 unit is at most 3 bytes of UTF-8 (a surrogate pair, 2 units, is 4).
    const room = typeof data === 'string' ? data.length * 3 : data.length;
    if (room > CHUNK - this.used) {
      const before = this.flushPool();
      if (room > CHUNK) {
        // Big text goes to the stream as it is, after what was queued.
        return both(before, this.send(data));
      }
      this.used += this.put(data);
      return before;
    }
    this.used += this.put(data);
    if (this.used >= CHUNK - 1024) return this.flushPool();
    this.flushSoon();
    return undefined;
  }

  /** Copies into the pool at `used` (the caller made room); the byte count. */
  private put(data: string | Buffer): number {
    return typeof data === 'string' ? this.pool.write(data, this.used, 'utf8') : data.copy(this.pool, this.used);
  }

  /**
   * Flushes what is queued once the current burst of work yields (waiting for a pipe or a
   * followed file), so output keeps up with a slow producer without a write per line.
   */
  private flushSoon(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  flush(): Promise<void> | undefined {
    if (this.closed) return undefined;
    const before = this.text ? this.queue(this.takeText()) : undefined;
    return both(before, this.flushPool());
  }

  private flushPool(): Promise<void> | undefined {
    if (this.closed || this.used === 0) return undefined;
    const data = this.pool.subarray(0, this.used);
    this.pool = Buffer.allocUnsafe(CHUNK);
    this.used = 0;
    return this.send(data);
  }

  private send(data: string | Buffer): Promise<void> | undefined {
    // A progress line on the same terminal is erased first (it is drawn again below the output).
    if ((this.stream as { isTTY?: boolean }).isTTY) clearProgress();
    if (this.stream.write(data)) return undefined;
    return this.drained();
  }

  /**
   * Resolves when the stream can take more, or will never take more: a reader that went away
   * (`| head`) ends in an error or a close, never a drain, and a promise left waiting for a
   * drain would end the process with Node's "unsettled top-level await" (exit 13).
   */
  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        this.stream.off('error', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('close', done);
      this.stream.on('error', done);
    });
  }

  /** Flushes and waits until everything written has been handed to the OS. */
  async end(): Promise<void> {
    await this.flush();
    if (this.closed) return;
    if (this.stream.writableNeedDrain) await this.drained();
  }
}
