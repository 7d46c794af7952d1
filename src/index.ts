// The library API: read a trace into records and events, parse an argument list.
//
//   import { readTraceFile, parseArgs } from 'tracex';
//   const { events, stats } = await readTraceFile('trace.txt');

import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { Stats, TraceEvent, TraceRecord } from './model/index.js';
import { openTraceInputs, type ReadOptions, type TraceInput } from './parse/pipeline.js';

export type * from './model/index.js';
export { parseArgs } from '../grammars/args.js';
export { printArgs, printArg } from '../grammars/print-args.js';
export { openTraceInputs, TraceStream, FormatError, type ReadOptions, type TraceInput } from './parse/pipeline.js';
export { formats } from './parse/formats.js';

export interface ReadResult {
  events: TraceEvent[];
  /** Every record, one per input line, when `records: true` was asked for. */
  records: TraceRecord[];
  stats: Stats;
}

export interface ReadAllOptions extends ReadOptions {
  /** Also collect the per-line records. */
  records?: boolean;
}

/** Reads whole streams into memory. For big traces iterate `openTraceInputs(...).batches()` instead. */
export async function readTrace(inputs: TraceInput[], opts: ReadAllOptions = {}): Promise<ReadResult> {
  const records: TraceRecord[] = [];
  const readOpts: ReadOptions = opts.records ? { ...opts, onRecord: (r) => records.push(r) } : opts;
  const stream = await openTraceInputs(inputs, readOpts);
  const events: TraceEvent[] = [];
  for await (const b of stream.batches()) for (const e of b) events.push(e);
  return { events, records, stats: stream.stats };
}

/** Reads one trace file (gzip too, whatever its name). */
export function readTraceFile(path: string, opts: ReadAllOptions = {}): Promise<ReadResult> {
  return readTrace([{ name: path, stream: createReadStream(path) }], opts);
}

/** Reads trace text held in memory (tests, other tools). */
export function readTraceText(text: string, opts: ReadAllOptions = {}): Promise<ReadResult> {
  return readTrace([{ name: '-', stream: Readable.from([text]) }], opts);
}
