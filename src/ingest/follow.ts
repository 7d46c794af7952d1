// Reading a file while another process is still writing it (`tail -f`): `--follow`, and
// `tracex run`, where strace writes the raw trace with -o and tracex follows that file (so the
// traced program's own stdin/stdout/stderr stay untouched and it inherits no extra descriptor).
// Like `tail -f`, a file that shrank (truncate, logrotate's copytruncate) is read again from
// its start, and a file replaced under its name (rotation) is followed to the new file.

import { open, stat, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Chunk, RestartMark } from './content.js';

export interface Follower {
  /** The bytes of the file, as they are written; ends once `finish()` was called and all is read. */
  stream: Readable;
  /** The writer has exited: read what is left, then end the stream. */
  finish(): void;
  /** Wake a waiting read early (new data is likely). */
  poke(): void;
}

export interface FollowOptions {
  /** How often to look for new bytes. */
  pollMs?: number;
  /** Told when the file started over: it shrank, or another file took its name. */
  onRestart?: (why: RestartMark['restart']) => void;
}

/** Follows `path` (which must exist) from offset 0, checking for new bytes every `pollMs`. */
export function followFile(path: string, opts: FollowOptions = {}): Follower {
  const pollMs = opts.pollMs ?? 40;
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

  async function* chunks(): AsyncGenerator<Chunk> {
    let fh = await open(path, 'r');
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
        // At the end of what is written: has the file started over?
        const why = await startedOver(fh, pos);
        if (why) {
          if (why === 'replaced') {
            await fh.close();
            fh = await open(path, 'r');
          }
          pos = 0;
          opts.onRestart?.(why);
          yield { restart: why };
          continue;
        }
        if (writerGone) return;
        await sleep();
      }
    } finally {
      await fh.close();
    }
  }

  /** Why reading must go back to the start: the open file shrank, or the name now holds another file. */
  async function startedOver(fh: FileHandle, pos: number): Promise<RestartMark['restart'] | undefined> {
    const mine = await fh.stat();
    if (mine.size < pos) return 'truncated';
    // A missing name is a rotation still under way: keep reading the old file until a new one appears.
    const named = await stat(path).catch(() => undefined);
    if (named && (named.ino !== mine.ino || named.dev !== mine.dev)) return 'replaced';
    return undefined;
  }

  return {
    stream: Readable.from(chunks(), { objectMode: true }),
    finish() {
      finished = true;
      poke();
    },
    poke,
  };
}
