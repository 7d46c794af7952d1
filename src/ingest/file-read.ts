// Reading a trace file named on the command line. One buffer is read into again and again:
// a fresh 64 KiB buffer per read (what a ReadStream does) cost more CPU than splitting the
// lines out of it (every new buffer is new memory for the kernel to hand out and fill), and
// large fresh ones outlived their lines and grew the heap. Reads of a regular file are
// synchronous, between turns of the event loop so that Ctrl-C and the progress line still run;
// anything else (a FIFO, a device, `<(strace …)`) is read by a ReadStream, which never blocks.

import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** Bytes per read: one batch of about 800 lines (larger reads measured no faster). */
const READ_BYTES = 1 << 16;

/** Reads between turns of the event loop (Ctrl-C, timers, stdout draining). */
const READS_PER_TURN = 4;

/**
 * A file's bytes as chunks. A chunk is a view of the one read buffer: it is valid until the
 * next chunk is asked for (the line splitter copies what it keeps; gzip copies what it feeds zlib).
 */
export class FileChunks implements AsyncIterable<Buffer> {
  /** Bytes read so far (the progress line's share of the file). */
  bytesRead = 0;

  constructor(readonly path: string) {}

  async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
    const fd = openSync(this.path, 'r');
    if (!fstatSync(fd).isFile()) {
      closeSync(fd);
      // A pipe or device may block: its reads go on a thread of their own.
      for await (const chunk of createReadStream(this.path)) {
        this.bytesRead += (chunk as Buffer).length;
        yield chunk as Buffer;
      }
      return;
    }
    try {
      const buf = Buffer.allocUnsafe(READ_BYTES);
      for (let reads = 1; ; reads++) {
        const got = readSync(fd, buf, 0, READ_BYTES, null);
        if (got === 0) return;
        this.bytesRead += got;
        yield buf.subarray(0, got);
        if (reads % READS_PER_TURN === 0) await nextTurn();
      }
    } finally {
      closeSync(fd);
    }
  }
}
