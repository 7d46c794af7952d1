// `tracex export --format chrome FILE… [-o out.json]`: the trace as a Chrome trace-event
// timeline (JSON Object Format) for Perfetto UI and chrome://tracing. Streams: each event's
// slice is written as it is analysed; names, roles and findings close the array.

import { createWriteStream, type WriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { InputError } from '../ingest/sources.js';
import { analyzeTrace } from '../pipeline/index.js';
import type { ChromeEvent } from '../render/chrome-trace/trace-events.js';
import { ChromeTraceWriter } from '../render/chrome-trace/writer.js';
import { separateRunsNote } from '../render/runs.js';
import { jsonText } from '../render/sanitize.js';
import { openSources, traceRuns } from './input.js';
import { inputFlags, requireInput, UsageError, type InputFlags } from './options.js';
import { Output } from './output.js';

export interface ExportOptions extends InputFlags {
  format: 'chrome';
  /** Write here instead of stdout. */
  output?: string;
}

export function exportOptions(raw: Record<string, unknown>): ExportOptions {
  const out: ExportOptions = { ...inputFlags(raw), format: 'chrome' };
  if (typeof raw.output === 'string') out.output = raw.output;
  return out;
}

export const CAPTURE_HINT = 'capture with timestamps and durations: strace -f -ttt -T -o trace.txt COMMAND';

/** `tracex export`: a plain function of its options. Returns the exit code; `note` gets the stderr lines. */
export async function runExport(
  paths: string[],
  opts: ExportOptions,
  open: () => Output,
  note: (line: string) => void,
  stdin?: Readable,
): Promise<number> {
  const runs = traceRuns(paths);
  if (runs.length > 1) throw new UsageError(`${separateRunsNote(runs.length)} A timeline shows one run: export each trace (or -ff set) on its own.`);
  const trace = await openSources(runs[0]!, opts, stdin);
  const writer = new ChromeTraceWriter(trace.format);
  const name = trace.files.join(', ');
  let out: Output | undefined;
  let first = true;
  const write = (events: ChromeEvent[]): Promise<void> | undefined => {
    if (events.length === 0) return undefined;
    let text = '';
    for (const e of events) {
      text += (first ? '' : ',\n') + jsonText(e);
      first = false;
    }
    return out!.write(text);
  };
  const result = await analyzeTrace(trace, (a, explanation) => {
    if (!out) {
      // The first call decides: a trace without times cannot be drawn, and nothing is written.
      if (a.event.type !== 'syscall') return true;
      if (a.event.time === undefined) throw new InputError(`${name}: the calls have no timestamps, so there is no timeline to draw; ${CAPTURE_HINT}`);
      out = open();
      out.write('{"traceEvents":[\n');
    }
    if (out.isClosed) return false;
    const w = write(writer.push(a, explanation));
    return w ? w.then(() => true) : true;
  });
  if (!out) throw new InputError(`${name}: no system calls with a time to draw; ${CAPTURE_HINT}`);
  write(writer.finish(result.findings));
  const c = writer.counts;
  const otherData = {
    source: 'tracex',
    files: trace.files,
    format: trace.format,
    clock: result.stats.clock,
    calls: c.calls,
    callsWithoutTime: c.untimed,
    callsWithoutDuration: c.noDuration,
    findings: result.findings.length,
  };
  out.write(`\n],\n"displayTimeUnit":"ms",\n"otherData":${jsonText(otherData)}}\n`);
  await out.end();
  if (c.untimed) note(`tracex: ${String(c.untimed)} calls had no timestamp and are not on the timeline`);
  if (c.noDuration) note(`tracex: ${String(c.noDuration)} calls had no duration (-T) and are drawn with no length; ${CAPTURE_HINT}`);
  const procs = new Set(result.processes.map((p) => (p.isThread && p.leader !== undefined ? p.leader : p.pid))).size;
  if (opts.output !== undefined) {
    note(`tracex: wrote ${String(c.calls)} calls of ${String(procs)} process${procs === 1 ? '' : 'es'} to ${opts.output}; open it in https://ui.perfetto.dev ("Open trace file") or chrome://tracing ("Load")`);
  }
  return 0;
}

/** The command line's `tracex export`. */
export async function exportAction(files: string[], raw: Record<string, unknown>): Promise<void> {
  requireInput(files);
  const opts = exportOptions(raw);
  let file: WriteStream | undefined;
  const open = (): Output => {
    if (opts.output === undefined) return new Output();
    file = createWriteStream(opts.output);
    return new Output(file);
  };
  process.exitCode = await runExport(files, opts, open, (line) => process.stderr.write(line + '\n'));
  // Closed before the note that it was written is true for a reader that opens it at once.
  if (file) await new Promise<void>((resolve, reject) => file!.end(() => resolve()).on('error', reject));
}
