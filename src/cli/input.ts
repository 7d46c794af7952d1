// Opening the trace named on the command line: the only place that turns paths and stdin
// into streams for the read pipeline.

import { createReadStream, statSync, type ReadStream } from 'node:fs';
import { basename } from 'node:path';
import { Progress, progressWanted } from './progress.js';
import type { Readable } from 'node:stream';
import { maybeGunzip } from '../ingest/lines.js';
import { resolveSources } from '../ingest/sources.js';
import { followFile } from '../ingest/follow.js';
import { interruptSignal } from './interrupt.js';
import type { OsName, Stats, TraceEvent, TraceFormat } from '../model/index.js';
import { openTraceInputs, type ReadOptions, type TraceInput, type TraceStream } from '../parse/pipeline.js';

export interface InputOptions {
  from?: TraceFormat;
  os?: OsName;
  maxLineBytes?: number;
  /** Keep reading a file as it grows (`tail -f`) until Ctrl-C. */
  follow?: boolean;
  /** Stop reading when aborted; defaults to Ctrl-C. */
  signal?: AbortSignal;
  /** Sees every record, one per input line (annotate --inline, the TUI's raw lines). */
  onRecord?: ReadOptions['onRecord'];
  /** A progress line on stderr while reading (default: when stderr is a terminal, see progress.ts). */
  progress?: boolean;
}

export interface OpenedTrace {
  format: TraceFormat;
  os: OsName;
  files: string[];
  /** Events in batches (fast path). */
  batches: AsyncIterable<TraceEvent[]>;
  /** Events one at a time. */
  events: AsyncIterable<TraceEvent>;
  /** Counts; complete once the events have been read. */
  stats(): Stats;
  stream: TraceStream;
}

/** The file streams being read, for the progress line's percentage. */
type FileReads = { stream: ReadStream; size: number }[];

function openStream(path: string, stdin: Readable, follow: boolean, signal: AbortSignal, reads: FileReads): Readable {
  if (path === '-') return stdin;
  if (follow) {
    // Ctrl-C ends the follow: what was already written is read, then the stream ends.
    const f = followFile(path, 200);
    signal.addEventListener('abort', () => f.finish(), { once: true });
    return f.stream;
  }
  // 64 KiB reads: a read buffer lives only while its ~800 lines are read, so it dies young (1 MiB ones were promoted and piled up: RSS grew with the trace).
  const file = createReadStream(path, { highWaterMark: 1 << 16 });
  reads.push({ stream: file, size: sizeOf(path) });
  return maybeGunzip(file, path);
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // the read reports the error
  }
}

/** The progress line for this read, or none (not a terminal, a followed file, or turned off). */
function progressFor(stream: TraceStream, names: string[], reads: FileReads, opts: InputOptions): Progress | undefined {
  if (opts.follow || opts.progress === false || !progressWanted(process.stderr, process.env)) return undefined;
  const total = reads.reduce((n, r) => n + r.size, 0);
  const fromStdin = reads.length < names.length;
  return new Progress(
    {
      name: names.length === 1 ? (names[0] === '-' ? 'stdin' : basename(names[0]!)) : `${String(names.length)} files`,
      lines: () => stream.linesRead,
      fraction: () => (fromStdin || total === 0 ? undefined : reads.reduce((n, r) => n + r.stream.bytesRead, 0) / total),
    },
    process.stderr,
  ).start();
}

/** Passes the batches on; the progress line goes when they end (or the reader stops early). */
async function* stopping<T>(items: AsyncIterable<T>, progress: Progress | undefined): AsyncGenerator<T> {
  try {
    yield* items;
  } finally {
    progress?.stop();
  }
}

/** Opens files (or stdin when none / `-`), detecting the format unless `from` is given. */
export async function openTrace(paths: string[], opts: InputOptions = {}, stdin: Readable = process.stdin): Promise<OpenedTrace> {
  const sources = resolveSources(paths);
  const signal = opts.signal ?? interruptSignal();
  const reads: FileReads = [];
  const inputs: TraceInput[] = sources.map((s) => {
    const input: TraceInput = { name: s.name, stream: openStream(s.path, stdin, opts.follow === true, signal, reads) };
    if (s.pid !== undefined) input.pid = s.pid;
    return input;
  });
  // A followed file ends its own stream on Ctrl-C after reading what was written; the
  // pipeline then finishes normally instead of stopping between batches.
  const stream = await openTraceInputs(inputs, opts.follow ? opts : { ...opts, signal });
  const progress = progressFor(stream, sources.map((s) => s.path), reads, opts);
  return {
    format: stream.format,
    os: stream.os,
    files: sources.map((s) => s.name),
    batches: stopping(stream.batches(), progress),
    get events() {
      return stopping(stream.events(), progress);
    },
    stats: () => stream.stats,
    stream,
  };
}
