// Writing to stdout without losing data or crashing when the reader goes away (`| head`).

import type { Writable } from 'node:stream';

export class Output {
  private closed = false;
  private buf: string[] = [];
  private size = 0;

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
    this.buf.push(text);
    this.size += text.length;
    if (this.size >= 1 << 16) return this.flush();
    return undefined;
  }

  flush(): Promise<void> | undefined {
    if (this.closed || this.buf.length === 0) return undefined;
    const data = this.buf.join('');
    this.buf = [];
    this.size = 0;
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
