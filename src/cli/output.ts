// Writing to stdout without losing data or crashing when the reader goes away (`| head`).

import type { Writable } from 'node:stream';

/** Bytes gathered before one write to the stream. */
const CHUNK = 1 << 16;

export class Output {
  private closed = false;
  /**
   * Text is encoded straight into this buffer as it comes (one UTF-8 copy, no joined string);
   * a full buffer is handed to the stream whole and a new one started (the stream may keep it).
   */
  private pool = Buffer.allocUnsafe(CHUNK);
  private used = 0;
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

  /** Queues text; flushes in large writes. Returns a promise only when the stream needs draining. */
  write(text: string): Promise<void> | undefined {
    if (this.closed) return undefined;
    // A UTF-16 unit is at most 3 bytes of UTF-8 (a surrogate pair, 2 units, is 4).
    if (text.length * 3 > CHUNK - this.used) {
      const before = this.flush();
      if (text.length * 3 > CHUNK) {
        // Big text goes to the stream as it is, after what was queued.
        const after = this.send(text);
        return before && after ? Promise.all([before, after]).then(() => undefined) : (before ?? after);
      }
      this.used += this.pool.write(text, this.used, 'utf8');
      return before;
    }
    this.used += this.pool.write(text, this.used, 'utf8');
    if (this.used >= CHUNK - 1024) return this.flush();
    this.flushSoon();
    return undefined;
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
    if (this.closed || this.used === 0) return undefined;
    const data = this.pool.subarray(0, this.used);
    this.pool = Buffer.allocUnsafe(CHUNK);
    this.used = 0;
    return this.send(data);
  }

  private send(data: string | Buffer): Promise<void> | undefined {
    if (this.stream.write(data)) return undefined;
    return new Promise((resolve) => {
      const done = (): void => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('close', done);
    });
  }

  /** Flushes and waits until everything written has been handed to the OS. */
  async end(): Promise<void> {
    await this.flush();
    if (this.closed) return;
    await new Promise<void>((resolve) => {
      if (this.stream.writableNeedDrain) this.stream.once('drain', () => resolve());
      else resolve();
    });
  }
}
