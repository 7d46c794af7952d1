// Reading a file while another process is still writing it (`tail -f`): `--follow`, and
// `tracex run`, where strace writes the raw trace with -o and tracex follows that file (so the
// traced program's own stdin/stdout/stderr stay untouched and it inherits no extra descriptor).

import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';

export interface Follower {
  /** The bytes of the file, as they are written; ends once `finish()` was called and all is read. */
  stream: Readable;
  /** The writer has exited: read what is left, then end the stream. */
  finish(): void;
  /** Wake a waiting read early (new data is likely). */
  poke(): void;
}

/** Follows `path` (which must exist) from offset 0, checking for new bytes every `pollMs`. */
export function followFile(path: string, pollMs = 40): Follower {
  let finished = false;
  let wake: (() => void) | undefined;
  const poke = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const sleep = (): Promise<void> =>
    new Promise((resolve) => {
      const t = setTimeout(() => {
        wake = undefined;
        resolve();
      }, pollMs);
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    });

  async function* chunks(): AsyncGenerator<Buffer> {
    const fh = await open(path, 'r');
    try {
      const buf = Buffer.alloc(1 << 16);
      let pos = 0;
      for (;;) {
        // Read the flag before reading: if the writer had already exited, an empty read
        // means everything has been seen.
        const writerGone = finished;
        const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
        if (bytesRead > 0) {
          pos += bytesRead;
          yield Buffer.from(buf.subarray(0, bytesRead));
          continue;
        }
        if (writerGone) return;
        await sleep();
      }
    } finally {
      await fh.close();
    }
  }

  return {
    stream: Readable.from(chunks(), { objectMode: false }),
    finish() {
      finished = true;
      poke();
    },
    poke,
  };
}
