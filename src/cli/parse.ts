// `tracex parse`: every event as JSON (NDJSON by default), then a stats object.

import { eventToJson, SCHEMA_VERSION, statsToJson, StreamDecoder, type EventJsonOptions } from '../render/event-json.js';
import { openSources, traceRuns, type OpenedTrace } from './input.js';
import { separateRunsNote } from '../render/runs.js';
import { eventPasses, observe, type EventFilter } from '../pipeline/filter.js';
import { callFilterFlags, inputFlags, UsageError, type CallFilterFlags, type InputFlags } from './options.js';
import { Output } from './output.js';
import type { Readable } from 'node:stream';
import { jsonText } from '../render/sanitize.js';
import type { TraceEvent } from '../model/index.js';

export interface ParseOptions extends InputFlags, Partial<CallFilterFlags> {
  format: 'ndjson' | 'json';
  /** Skip argument trees: the header scan only. */
  args: boolean;
  /** Add the decoded form (needs the argument trees). */
  decode: boolean;
}

/** Runs `parse` on the given paths and writes to `out`. A plain function of its options. */
export async function runParse(paths: string[], opts: ParseOptions, out: Output, stdin?: Readable): Promise<number> {
  const runs = traceRuns(paths);
  if (runs.length > 1 && opts.format === 'json') {
    throw new UsageError(`${separateRunsNote(runs.length)} A JSON document describes one run: give one trace (or one -ff set) per tracex call, or use NDJSON (each run's events, then its stats line).`);
  }
  if (runs.length > 1 && opts.follow) throw new UsageError('--follow reads one trace (or one strace -ff set) as it grows, not several runs');
  // Separate runs are read apart (no call of one is stitched to the other's): NDJSON gives each
  // run's events, every one naming its file, then that run's stats line.
  for (const run of runs) {
    if (out.isClosed) break;
    await parseRun(await openSources(run, opts, stdin, runs.length > 1), opts, out);
  }
  await out.end();
  return 0;
}

/** One run's events and stats (not ended: runs given together share the output). */
async function parseRun(trace: OpenedTrace, opts: ParseOptions, out: Output): Promise<void> {
  const jsonOpts: EventJsonOptions = { args: opts.args };
  // strace's -e/-P/--fd: the calls they keep; other events only when no call filter is given.
  const filter: EventFilter = { failed: false, pids: [], ...opts, fds: opts.fds ?? [] };
  const keep = (ev: TraceEvent): boolean => {
    observe(ev, filter, trace.os);
    return eventPasses(ev, filter);
  };
  if (opts.args && opts.decode) jsonOpts.decoder = new StreamDecoder(trace.os);
  if (opts.format === 'json') {
    out.write(`{"schema":${String(SCHEMA_VERSION)},"events":[`);
    let first = true;
    // One write per event: Output encodes it into its buffer (no batch-sized joined string).
    for await (const batch of trace.batches) {
      for (const ev of batch) {
        if (!keep(ev)) continue;
        const wait = out.write((first ? '\n' : ',\n') + jsonText(eventToJson(ev, jsonOpts)));
        if (wait) await wait;
        first = false;
      }
      if (out.isClosed) return;
    }
    out.write(`\n],\n"stats":${jsonText(statsToJson(trace.stats()))}}\n`);
  } else {
    for await (const batch of trace.batches) {
      for (const ev of batch) {
        if (!keep(ev)) continue;
        const wait = out.write(jsonText(eventToJson(ev, jsonOpts)) + '\n');
        if (wait) await wait;
      }
      if (out.isClosed) return;
    }
    out.write(jsonText(statsToJson(trace.stats())) + '\n');
  }
}

/** The command line's `tracex parse`. */
export async function parseAction(files: string[], raw: Record<string, unknown>): Promise<void> {
  const opts: ParseOptions = { ...inputFlags(raw), ...callFilterFlags(raw), format: raw.format as 'ndjson' | 'json', args: raw.args !== false, decode: raw.decode !== false };
  process.exitCode = await runParse(files, opts, new Output());
}
