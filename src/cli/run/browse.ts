// `tracex run --browse`: the live trace in the terminal UI while the program runs. The UI
// module is loaded only here, on demand (loadTui), as `tracex browse` loads it.

import { basename } from 'node:path';
import type { Stats, TraceEvent, TraceRecord } from '../../model/index.js';
import type { TraceStream } from '../../parse/pipeline.js';
import { loadTui } from '../browse.js';
import type { RunIO, RunOptions } from './options.js';
import type { Session } from './session.js';

/** --browse: the live trace in the terminal UI; when the UI closes, detach (attach mode) or wait for the program. */
export async function browse(
  s: Session,
  trace: TraceStream,
  batches: AsyncIterable<TraceEvent[]>,
  opts: RunOptions,
  io: RunIO,
  setLineSink: (f: (rec: TraceRecord) => void) => void,
  onClosed: () => void,
): Promise<Stats> {
  // Through loadTui: React's production build, as `tracex browse` uses.
  const { TraceStore, runBrowser } = await loadTui(opts.color);
  const name = s.mode === 'command' ? opts.command.join(' ') : `pid ${opts.pids.join(',')}`;
  const store = new TraceStore({ name, files: [s.rawPath], format: trace.format, os: trace.os });
  setLineSink((rec) => store.addLine(rec.line, rec.text, rec.file));
  const loading = store.load(batches, () => trace.stats);
  // The alternate screen, as `tracex browse` uses: quitting restores the terminal as it was.
  process.stdout.write('\x1b[?1049h\x1b[H');
  try {
    await runBrowser(store, { stdin: process.stdin, stdout: process.stdout });
  } finally {
    process.stdout.write('\x1b[?1049l');
  }
  onClosed();
  if (s.mode === 'attach' && s.child.exitCode === null) {
    s.detachedByUs = true;
    s.child.kill('SIGINT');
  } else if (s.child.exitCode === null) {
    io.err(`tracex: ${basename(opts.command[0]!)} is still running; waiting for it to end (Ctrl-C interrupts it)\n`);
  }
  await s.ended;
  await loading.catch(() => undefined);
  return trace.stats;
}
