// The browser keeps events as columns and reads a call again from its line(s) when a view
// shows it: read again, every event of real traces is the event the reader made the first time
// (both halves of stitched calls, -ff files, -tt clocks), from the file and from kept bytes.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTraceFile } from '../../src/index.js';
import { FileLines } from '../../src/tui/line-store.js';
import { loadStore, sample } from './helpers.js';

const REAL = fileURLToPath(new URL('../fixtures/real/', import.meta.url));
const traces = [
  sample('psql-unix-socket-enoent.strace.txt'),
  sample('redis-fork-shared-socket.strace.txt'),
  sample('prefork-echo-server.strace.txt'),
  sample('rails-db-setup-unix-socket-enoent.dtruss.txt'),
  ...readdirSync(REAL)
    .filter((f) => f.endsWith('.strace.txt'))
    // Every third capture: the whole set takes a minute.
    .filter((_, k) => k % 3 === 0)
    .map((f) => REAL + f),
];

describe('events read again from their lines', () => {
  it.each(traces)('are the events first read: %s', async (path) => {
    const first = (await readTraceFile(path)).events;
    for (const fromFile of [false, true]) {
      const store = await loadStore(path, true, fromFile ? FileLines.open(path) : undefined);
      try {
        expect(store.events.length).toBe(first.length);
        for (let i = 0; i < first.length; i++) {
          expect(store.events.at(i), `event ${i} (line ${first[i]!.line})`).toEqual(first[i]);
          const ev = first[i]!;
          expect(store.events.syscall(i)).toBe(ev.type === 'syscall' ? ev.syscall : undefined);
          expect(store.events.time(i)).toBe(first[i]!.time);
          expect(store.events.pid(i)).toBe(first[i]!.pid);
          expect(store.indexOfLine(first[i]!.line, first[i]!.file)).toBeLessThanOrEqual(i);
        }
      } finally {
        store.stop();
      }
    }
  });
});
