// Opening the trace named on the command line: the only place that turns paths and stdin
// into streams for the read pipeline.

import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { Progress, progressWanted } from './progress.js';
import type { Readable } from 'node:stream';
import { groupRuns, resolveSources, type Source } from '../ingest/sources.js';
import { FileChunks } from '../ingest/file-read.js';
import { followFile } from '../ingest/follow.js';
import { sanitize } from '../render/sanitize.js';
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
type FileReads = { file: FileChunks; size: number }[];

function openStream(path: string, stdin: Readable, follow: boolean, signal: AbortSignal, reads: FileReads): AsyncIterable<Buffer | string> {
  if (path === '-') return stdin;
  if (follow) {
    // Ctrl-C ends the follow: what was already written is read, then the stream ends.
    // As `tail -f` says it: the file shrank or was rotated, and reading starts over (line 1 again).
    const f = followFile(path, { pollMs: 200, onRestart: (why) => process.stderr.write(`tracex: ${sanitize(path)}: ${RESTARTED[why]}\n`) });
    signal.addEventListener('abort', () => f.finish(), { once: true });
    return f.stream;
  }
  // One read buffer, reused (ingest/file-read.ts). What the bytes are (gzip, binary) is told
  // by the read pipeline from their content.
  const file = new FileChunks(path);
  reads.push({ file, size: sizeOf(path) });
  return file;
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
      fraction: () => (fromStdin || total === 0 ? undefined : reads.reduce((n, r) => n + r.file.bytesRead, 0) / total),
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

const RESTARTED = {
  truncated: 'file truncated; reading from the start',
  replaced: 'file replaced (rotated); reading the new file from the start',
} as const;

/** Traces opened by this process, for what is said about their inputs once the output is written. */
const opened: TraceStream[] = [];

/**
 * One stderr line per input that ended early (a cut or corrupt gzip stream), written after the
 * command's output so it is the last thing seen. Returns 2 when an input was corrupt (data was
 * lost in the middle), else undefined: a capture cut short (still being written) is no error.
 */
export function reportDamagedInputs(err: NodeJS.WritableStream = process.stderr): number | undefined {
  let code: number | undefined;
  for (const t of opened.splice(0)) {
    for (const d of t.stats.damaged ?? []) {
      const read = `${String(d.lines)} line${d.lines === 1 ? '' : 's'}`;
      err.write(`tracex: ${sanitize(d.message)}; ${d.kind === 'truncated' ? `read the ${read} before the end` : `read ${read} before the damage, the rest is lost`}\n`);
      if (d.kind === 'corrupt') code = 2;
    }
  }
  return code;
}

/** Opens files (or stdin when none / `-`) as one trace, detecting the format unless `from` is given. */
export async function openTrace(paths: string[], opts: InputOptions = {}, stdin: Readable = process.stdin): Promise<OpenedTrace> {
  return openSources(resolveSources(paths), opts, stdin);
}

/**
 * The runs the command line names (ingest/sources.ts groupRuns): an `strace -ff` set is one
 * run, every other file a run of its own. Commands that tell a story tell each run apart.
 */
export function traceRuns(paths: string[]): Source[][] {
  return groupRuns(resolveSources(paths));
}

/** Opens one run; `labelFiles`: name its file on every event and finding (one run among several). */
export async function openSources(sources: Source[], opts: InputOptions = {}, stdin: Readable = process.stdin, labelFiles = false): Promise<OpenedTrace> {
  const signal = opts.signal ?? interruptSignal();
  const reads: FileReads = [];
  const inputs: TraceInput[] = sources.map((s) => {
    const input: TraceInput = { name: s.name, stream: openStream(s.path, stdin, opts.follow === true, signal, reads) };
    if (s.pid !== undefined) input.pid = s.pid;
    return input;
  });
  // A followed file ends its own stream on Ctrl-C after reading what was written; the
  // pipeline then finishes normally instead of stopping between batches.
  const readOpts: ReadOptions = opts.follow ? { ...opts } : { ...opts, signal };
  if (labelFiles) readOpts.labelFiles = true;
  const stream = await openTraceInputs(inputs, readOpts);
  opened.push(stream);
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
