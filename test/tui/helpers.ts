// Helpers for the UI tests: a store filled from a real sample, and waiting for a frame.
import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openTraceInputs } from '../../src/parse/pipeline.js';
import { TraceStore } from '../../src/tui/store.js';
import type { LineSource } from '../../src/tui/line-store.js';

export const sample = (p: string) => fileURLToPath(new URL(`../../samples/${p}`, import.meta.url));

/** A store fed the way `tracex browse` feeds it; resolves once reading and analysis are done when `wait`. */
export async function loadStore(path: string, wait = true, lines?: LineSource): Promise<TraceStore> {
  let store: TraceStore | undefined;
  const stream = await openTraceInputs([{ name: path, stream: createReadStream(path) }], {
    onRecord: (r) => store?.addLine(r.line, r.text, r.file),
  });
  store = new TraceStore({ name: path.split('/').at(-1)!, files: [path], format: stream.format, os: stream.os });
  // `lines`: the file's lines are read back from it, as `tracex browse FILE` does.
  if (lines) store.readLinesFrom(lines);
  const done = store.load(stream.batches(), () => stream.stats);
  if (wait) await done;
  return store;
}

/** Polls `frame()` until `ok` holds (no fixed sleeps); fails with the last frame after `ms`. */
export async function waitFor(frame: () => string | undefined, ok: (f: string) => boolean, ms = 5000): Promise<string> {
  const end = Date.now() + ms;
  let last = '';
  for (;;) {
    last = frame() ?? '';
    if (ok(last)) {
      // Let React run the effects of that render (pane key handlers register there).
      for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
      return last;
    }
    if (Date.now() > end) throw new Error(`timed out waiting; last frame:\n${last}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
