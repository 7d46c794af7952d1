// Opening the trace named on the command line: the only place that turns paths and stdin
// into streams for the read pipeline.

import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { maybeGunzip } from '../ingest/lines.js';
import { groupRuns, resolveSources, type Source } from '../ingest/sources.js';
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

function openStream(path: string, stdin: Readable, follow: boolean, signal: AbortSignal): Readable {
  if (path === '-') return stdin;
  if (follow) {
    // Ctrl-C ends the follow: what was already written is read, then the stream ends.
    const f = followFile(path, 200);
    signal.addEventListener('abort', () => f.finish(), { once: true });
    return f.stream;
  }
  // 64 KiB reads: a read buffer lives only while its ~800 lines are read, so it dies young (1 MiB ones were promoted and piled up: RSS grew with the trace).
  return maybeGunzip(createReadStream(path, { highWaterMark: 1 << 16 }), path);
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
  const inputs: TraceInput[] = sources.map((s) => {
    const input: TraceInput = { name: s.name, stream: openStream(s.path, stdin, opts.follow === true, signal) };
    if (s.pid !== undefined) input.pid = s.pid;
    return input;
  });
  // A followed file ends its own stream on Ctrl-C after reading what was written; the
  // pipeline then finishes normally instead of stopping between batches.
  const readOpts: ReadOptions = opts.follow ? { ...opts } : { ...opts, signal };
  if (labelFiles) readOpts.labelFiles = true;
  const stream = await openTraceInputs(inputs, readOpts);
  return {
    format: stream.format,
    os: stream.os,
    files: sources.map((s) => s.name),
    batches: stream.batches(),
    get events() {
      return stream.events();
    },
    stats: () => stream.stats,
    stream,
  };
}
