// `tracex parse`: every event as JSON (NDJSON by default), then a stats object.

import { Command, Option } from 'commander';
import { eventToJson, statsToJson, StreamDecoder, type EventJsonOptions } from '../render/event-json.js';
import { openTrace } from './input.js';
import { addInputOptions, inputFlags, type InputFlags } from './options.js';
import { Output } from './output.js';
import type { Readable } from 'node:stream';

export interface ParseOptions extends InputFlags {
  format: 'ndjson' | 'json';
  /** Skip argument trees: the header scan only. */
  args: boolean;
  /** Add the decoded form (needs the argument trees). */
  decode: boolean;
}

/** Runs `parse` on the given paths and writes to `out`. A plain function of its options. */
export async function runParse(paths: string[], opts: ParseOptions, out: Output, stdin?: Readable): Promise<number> {
  const trace = await openTrace(paths, opts, stdin);
  const jsonOpts: EventJsonOptions = { args: opts.args };
  if (opts.args && opts.decode) jsonOpts.decoder = new StreamDecoder(trace.os);
  if (opts.format === 'json') {
    out.write('{"events":[');
    let first = true;
    // One write per event: Output encodes it into its buffer (no batch-sized joined string).
    for await (const batch of trace.batches) {
      for (const ev of batch) {
        const wait = out.write((first ? '\n' : ',\n') + JSON.stringify(eventToJson(ev, jsonOpts)));
        if (wait) await wait;
        first = false;
      }
      if (out.isClosed) return 0;
    }
    out.write(`\n],\n"stats":${JSON.stringify(statsToJson(trace.stats()))}}\n`);
  } else {
    for await (const batch of trace.batches) {
      for (const ev of batch) {
        const wait = out.write(JSON.stringify(eventToJson(ev, jsonOpts)) + '\n');
        if (wait) await wait;
      }
      if (out.isClosed) return 0;
    }
    out.write(JSON.stringify(statsToJson(trace.stats())) + '\n');
  }
  await out.end();
  return 0;
}

export function parseCommand(): Command {
  const cmd = new Command('parse')
    .description('read a trace and print every event as JSON (one object per line), then a stats object')
    .argument('[files...]', 'trace files, a directory of `strace -ff` files, or - for stdin (default)')
    .addOption(new Option('--format <format>', 'ndjson: one object per line; json: one document').choices(['ndjson', 'json']).default('ndjson'))
    .option('--no-args', 'skip argument trees and decoding (header fields and raw argument text only)')
    .option('--no-decode', 'skip the decoded form (argument roles, constants, endpoints, errno per OS)');
  addInputOptions(cmd);
  cmd.action(async (files: string[], raw: Record<string, unknown>) => {
    const opts: ParseOptions = { ...inputFlags(raw), format: raw.format as 'ndjson' | 'json', args: raw.args !== false, decode: raw.decode !== false };
    process.exitCode = await runParse(files, opts, new Output());
  });
  return cmd;
}
