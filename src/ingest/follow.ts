// `--follow`: read a file that is still being written, like `tail -f`, until told to stop.

import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';

/** A stream over `path` that waits for more bytes at the end instead of ending, until `signal` aborts. */
export function followFile(path: string, signal: AbortSignal, pollMs = 200): Readable {
  async function* chunks(): AsyncGenerator<Buffer> {
    const fh = await open(path, 'r');
    try {
      const buf = Buffer.alloc(1 << 20);
      let pos = 0;
      for (;;) {
        const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
        if (bytesRead > 0) {
          pos += bytesRead;
          yield Buffer.from(buf.subarray(0, bytesRead));
          continue;
        }
        // Stopped: what was already written has just been read; end here.
        if (signal.aborted) break;
        // At the end for now: wait for the writer (or for Ctrl-C).
        await new Promise<void>((resolve) => {
          const wake = (): void => {
            clearTimeout(t);
            signal.removeEventListener('abort', wake);
            resolve();
          };
          const t = setTimeout(wake, pollMs);
          signal.addEventListener('abort', wake, { once: true });
        });
      }
    } finally {
      await fh.close();
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}
