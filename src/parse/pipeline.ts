// The whole read path: inputs → lines → records → events, for one trace made of one or
// more inputs. Streams: holds one chunk of lines and the calls waiting for their other half.

import { inputContent, inputLabel, type Chunk } from '../ingest/content.js';
import { DEFAULT_MAX_LINE, lineBatches, type LineBatch } from '../ingest/lines.js';
import type { Origin, OsName, Stats, TraceEvent, TraceFormat, TraceRecord } from '../model/index.js';
import { EventBuilder } from './events.js';
import { formatByName, formats } from './formats.js';
import type { FormatSpec } from './reader.js';
import { detectFormat } from '../ingest/detect.js';

export interface TraceInput {
  /** Name shown in `file` fields and messages. */
  name: string;
  /** Its bytes (a Readable will do): gzip is recognised by content, binary data refused. */
  stream: AsyncIterable<Chunk>;
  /** pid from a `strace -ff` file name. */
  pid?: number;
}

export interface ReadOptions {
  /** Format to read instead of detecting it. */
  from?: TraceFormat;
  /** OS numbering to decode with instead of the format's own. */
  os?: OsName;
  maxLineBytes?: number;
  /** Called with every record (for `--records` style consumers); optional. */
  onRecord?: (rec: TraceRecord) => void;
  /** Stops reading when aborted (Ctrl-C); what was read so far is still finished and counted. */
  signal?: AbortSignal;
  /** Name the input file on every event even when it is the only one (one run among several given together). */
  labelFiles?: boolean;
}

export class FormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormatError';
  }
}

/** Most events handed on in one batch (a 1 MiB read holds about 12,000 lines). */
const BATCH_EVENTS = 1024;

/** How many non-blank lines detection looks at before deciding. */
const DETECT_LINES = 64;

/** One input being read: its line batches, its reader and its own event builder. */
class InputCursor {
  private lines: AsyncGenerator<LineBatch>;
  private pendingBatches: LineBatch[] = [];
  lineNo = 0;
  done = false;
  /** Once the batch last yielded is handed on, no event still to come ends before this line. */
  settled = 1;

  constructor(
    readonly input: TraceInput,
    readonly fileName: string | undefined,
    opts: ReadOptions,
  ) {
    const bytes = inputContent(input.stream, input.name);
    this.lines = lineBatches(bytes, opts.maxLineBytes === undefined ? {} : { maxLineBytes: opts.maxLineBytes });
  }

  /** Reads ahead until `n` non-blank lines are buffered (for detection), returns them. */
  async peek(n: number): Promise<string[]> {
    const seen: string[] = [];
    for (const b of this.pendingBatches) for (const l of b) if (l.trim()) seen.push(l);
    while (seen.length < n) {
      const next = await this.lines.next();
      if (next.done) break;
      this.pendingBatches.push(next.value);
      for (const l of next.value) if (l.trim()) seen.push(l);
    }
    return seen.slice(0, n);
  }

  async nextBatch(): Promise<LineBatch | undefined> {
    const b = this.pendingBatches.shift();
    if (b) return b;
    const next = await this.lines.next();
    if (next.done) {
      this.done = true;
      return undefined;
    }
    return next.value;
  }
}

/** A trace being read. Create with `openTraceInputs`, then iterate `batches()` once. */
export class TraceStream {
  readonly stats: Stats;
  /** The merge's read-ahead per input (merged -ff sets only). */
  private heads: { cursor: InputCursor; buf: TraceEvent[]; pos: number }[] = [];

  constructor(
    readonly spec: FormatSpec,
    readonly os: OsName,
    private cursors: InputCursor[],
    private opts: ReadOptions,
  ) {
    this.stats = new EventBuilder(spec.format, os, cursors.map((c) => c.input.name)).stats;
  }

  get format(): TraceFormat {
    return this.spec.format;
  }

  /** Lines read so far over all inputs, for a progress line (`stats.lines` is complete only at the end). */
  get linesRead(): number {
    return this.cursors.reduce((n, c) => n + c.lineNo, 0);
  }

  /** Events in batches. Several inputs with timestamps (a -ff set) are merged by time. */
  async *batches(): AsyncGenerator<TraceEvent[]> {
    if (this.cursors.length === 1) {
      yield* this.readOne(this.cursors[0]!);
    } else if (this.cursors.every((c) => c.input.pid !== undefined)) {
      yield* this.merged();
    } else {
      for (const c of this.cursors) yield* this.readOne(c);
    }
  }

  /**
   * Per input (by its `file` name), the line before which every event has been handed on: no
   * event still to come ends on an earlier line (the last of its `lines`). Valid between batches;
   * annotate --inline writes a line once no comment can still come for it.
   */
  settledLines(): Map<string | undefined, number> {
    const settled = new Map<string | undefined, number>();
    for (const c of this.cursors) settled.set(c.fileName, c.settled);
    // Merged -ff inputs: events read ahead and not yet handed on.
    for (const h of this.heads) {
      let from = h.cursor.settled;
      for (let i = h.pos; i < h.buf.length; i++) from = Math.min(from, h.buf[i]!.lines.at(-1)!);
      settled.set(h.cursor.fileName, from);
    }
    return settled;
  }

  /** Events one at a time (convenience over `batches`). */
  async *events(): AsyncGenerator<TraceEvent> {
    for await (const b of this.batches()) yield* b;
  }

  private async *readOne(cursor: InputCursor): AsyncGenerator<TraceEvent[]> {
    const builder = this.builderFor();
    const reader = this.spec.createReader();
    const onRecord = this.opts.onRecord;
    const pid = cursor.input.pid;
    const file = cursor.fileName;
    const signal = this.opts.signal;
    const max = this.opts.maxLineBytes ?? DEFAULT_MAX_LINE;
    const origin: Origin = file === undefined ? { line: 0 } : { line: 0, file };
    for (;;) {
      if (signal?.aborted) {
        this.stats.interrupted = true;
        break;
      }
      const lines = await cursor.nextBatch();
      if (!lines) break;
      let out: TraceEvent[] = [];
      const cut = lines.cut;
      for (let k = 0; k < lines.length; k++) {
        const text = lines[k]!;
        // One origin per input, updated in place: readers copy its fields, never keep it.
        origin.line = ++cursor.lineNo;
        const whole = cut?.find((c) => c.index === k)?.bytes;
        const rec: TraceRecord = whole !== undefined
          ? { kind: 'unparsed', text, ...origin, reason: `line of ${whole} bytes, longer than ${max}: only its first ${Buffer.byteLength(text)} bytes are kept (raise --max-line-bytes to read it)` }
          : reader.read(text, origin, lines.unterminated === true && k === lines.length - 1);
        if (pid !== undefined && 'name' in rec && rec.pid === undefined) rec.pid = pid;
        else if (pid !== undefined && (rec.kind === 'signal' || rec.kind === 'exit') && rec.pid === undefined) rec.pid = pid;
        onRecord?.(rec);
        builder.push(rec, out);
        // Hand events on in small batches: what is alive at once (events, their JSON) stays small.
        if (out.length >= BATCH_EVENTS) {
          cursor.settled = Math.min(builder.openFrom(), cursor.lineNo + 1);
          yield out;
          out = [];
        }
      }
      if (out.length) {
        cursor.settled = Math.min(builder.openFrom(), cursor.lineNo + 1);
        yield out;
      }
      if (lines.damage) (this.stats.damaged ??= []).push({ file: cursor.input.name, ...lines.damage, lines: cursor.lineNo });
      // A followed file started over: its lines are numbered from 1 again, as in the file.
      if (lines.restart) cursor.lineNo = 0;
    }
    const out: TraceEvent[] = [];
    const open = builder.openFrom();
    builder.end(out);
    // The calls still waiting at the end can be one per process (thousands): in batches too.
    for (let k = 0; k < out.length; k += BATCH_EVENTS) {
      cursor.settled = k + BATCH_EVENTS >= out.length ? Infinity : open;
      yield out.slice(k, k + BATCH_EVENTS);
    }
    cursor.settled = Infinity;
    this.absorb(builder);
  }

  /** k-way merge of per-process files by timestamp (files without times keep file order). */
  private async *merged(): AsyncGenerator<TraceEvent[]> {
    const heads = this.cursors.map((c) => ({ cursor: c, it: this.readOne(c), buf: [] as TraceEvent[], pos: 0, done: false }));
    this.heads = heads;
    const fill = async (h: (typeof heads)[number]): Promise<void> => {
      while (!h.done && h.pos >= h.buf.length) {
        const n = await h.it.next();
        if (n.done) h.done = true;
        else {
          h.buf = n.value;
          h.pos = 0;
        }
      }
    };
    await Promise.all(heads.map(fill));
    let seq = 0;
    for (;;) {
      const out: TraceEvent[] = [];
      while (out.length < 1024) {
        let best: (typeof heads)[number] | undefined;
        let bestTime = Infinity;
        for (const h of heads) {
          if (h.pos >= h.buf.length) continue;
          const t = h.buf[h.pos]!.time ?? -Infinity;
          if (!best || t < bestTime) {
            best = h;
            bestTime = t;
          }
        }
        if (!best) break;
        const ev = best.buf[best.pos++]!;
        ev.seq = seq++;
        out.push(ev);
        if (best.pos >= best.buf.length) await fill(best);
      }
      if (out.length === 0) break;
      yield out;
    }
  }

  private builderFor(): EventBuilder {
    return new EventBuilder(this.spec.format, this.os, this.stats.files);
  }

  /** Adds one input's counts into the trace's stats. */
  private absorb(b: EventBuilder): void {
    const s = this.stats;
    const t = b.stats;
    s.lines += t.lines;
    s.events += t.events;
    s.unparsed += t.unparsed;
    s.unfinished += t.unfinished;
    s.orphanResumed += t.orphanResumed;
    for (const [k, v] of Object.entries(t.records)) s.records[k] = (s.records[k] ?? 0) + v;
    if (s.clock === 'none') s.clock = t.clock;
  }
}

/** Opens a trace over the given inputs: detects (or takes) the format and prepares the readers. */
export async function openTraceInputs(inputs: TraceInput[], opts: ReadOptions = {}): Promise<TraceStream> {
  const several = inputs.length > 1 || opts.labelFiles === true;
  const cursors = inputs.map((i) => new InputCursor(i, several ? i.name : undefined, opts));
  let spec: FormatSpec | undefined;
  if (opts.from) {
    spec = formatByName(opts.from);
    if (!spec) throw new FormatError(`unknown format "${opts.from}" (known: ${formats.map((f) => f.format).join(', ')})`);
  } else spec = await detectEach(cursors);
  return new TraceStream(spec, opts.os ?? spec.os, cursors, opts);
}

/**
 * The format of every input, detected per input: a format error names the input it came from,
 * and inputs of different formats (a Linux strace and a macOS dtruss) are not read as one run.
 */
async function detectEach(cursors: InputCursor[]): Promise<FormatSpec> {
  const found: { name: string; spec: FormatSpec }[] = [];
  /** Inputs that fit several formats equally (a -ff file with only `close(3) = 0` lines): the others decide. */
  const ties: { message: string; tie: string[] }[] = [];
  for (const c of cursors) {
    const first = await c.peek(DETECT_LINES);
    if (first.length === 0) continue; // an empty input says nothing about the format
    const d = detectFormat(first, formats);
    const message = 'error' in d ? `${inputLabel(c.input.name)}: ${d.error}` : '';
    if ('error' in d && d.tie) ties.push({ message, tie: d.tie });
    else if ('error' in d) throw new FormatError(message);
    else found.push({ name: c.input.name, spec: d.spec });
  }
  const kinds = [...new Set(found.map((f) => f.spec))];
  const undecided = ties.find((t) => kinds.length === 0 || !t.tie.includes(kinds[0]!.format));
  if (undecided) throw new FormatError(undecided.message);
  if (kinds.length > 1) {
    const shown = kinds.map((k) => {
      const names = found.filter((f) => f.spec === k).map((f) => inputLabel(f.name));
      return `${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${String(names.length - 3)} more` : ''} (${k.format})`;
    });
    throw new FormatError(
      `these inputs are traces of different formats: ${shown.join('; ')}. One run is one format: read them one at a time ` +
        `(tracex ${inputLabel(found[0]!.name)}, then tracex ${inputLabel(found.find((f) => f.spec !== found[0]!.spec)!.name)})`,
    );
  }
  return kinds[0] ?? formats[0]!;
}
