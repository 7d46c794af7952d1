// The browser's events, kept compact: what lists, filters, counts and the timeline read of
// every event (pid, line, time, duration, call name, errno, failed or not) lives in typed
// arrays; the whole event is read again from its line(s), through the same reader and event
// builder, when a view shows it (a small cache keeps what is on screen). Events that cannot
// be read again the same way (other formats, signals, exits, calls cut by output) are kept.

import { isFailedCall } from '../decode/failure.js';
import type { OsName, TraceEvent, TraceFormat, TraceRecord } from '../model/index.js';
import { EventBuilder } from '../parse/events.js';
import { formatByName } from '../parse/formats.js';
import { isFailed } from './filter.js';

/** What the views read of the events: the columns for every event, the whole event for a few. */
export interface Events {
  readonly length: number;
  /** The whole event (read again from its lines when it is not kept). */
  at(i: number): TraceEvent | undefined;
  type(i: number): TraceEvent['type'];
  /** Call name (syscalls only). */
  syscall(i: number): string | undefined;
  errno(i: number): string | undefined;
  pid(i: number): number | undefined;
  /** pid, else tid: who the event belongs to. */
  who(i: number): number | undefined;
  line(i: number): number;
  time(i: number): number | undefined;
  duration(i: number): number | undefined;
  /** A call that returned an error (decode/failure.ts). */
  failedCall(i: number): boolean;
  /** A failed call, a killing signal, a non-zero exit or an unparsed line (filter.ts). */
  failed(i: number): boolean;
}

/** An array of events seen through `Events` (tests, small traces). */
export function eventsOf(list: readonly TraceEvent[]): Events {
  const call = (i: number) => {
    const ev = list[i];
    return ev?.type === 'syscall' ? ev : undefined;
  };
  return {
    get length() {
      return list.length;
    },
    at: (i) => list[i],
    type: (i) => list[i]!.type,
    syscall: (i) => call(i)?.syscall,
    errno: (i) => call(i)?.ret?.errno,
    pid: (i) => list[i]?.pid,
    who: (i) => list[i]?.pid ?? list[i]?.tid,
    line: (i) => list[i]!.line,
    time: (i) => list[i]?.time,
    duration: (i) => call(i)?.duration,
    failedCall: (i) => isFailedCall(list[i]!),
    failed: (i) => isFailed(list[i]!),
  };
}

const TYPES: readonly TraceEvent['type'][] = ['syscall', 'signal', 'exit', 'attach', 'detach', 'tracer', 'output', 'summary', 'unparsed'];
const TYPE_CODE = new Map(TYPES.map((t, k) => [t, k]));
const FAILED_CALL = 1;
const FAILED = 2;
const PASSES = 4;
const NONE = -1;

/** Where the table reads an input's lines back from. */
export type LinesOf = (line: number, file: string | undefined) => string | undefined;

/** Re-read events kept for the screen. */
const CACHE = 512;

export class EventTable implements Events {
  length = 0;
  private cap = 0;
  private types = new Uint8Array(0);
  private flags = new Uint8Array(0);
  private names = new Uint16Array(0);
  private errnos = new Uint16Array(0);
  private pids = new Int32Array(0);
  private lineNos = new Uint32Array(0);
  private times = new Float64Array(0);
  private durations = new Float64Array(0);
  /** Interned call names and errno names (index 0: none). */
  private readonly words: string[] = [''];
  private readonly wordId = new Map<string, number>([['', 0]]);
  private readonly fileNames: (string | undefined)[] = [undefined];
  /** Rare per-event facts, by index: the input file (several inputs), a tid without a pid, a seq that is not the index (merged -ff files). */
  private readonly fileOf = new Map<number, number>();
  private readonly tidOf = new Map<number, number>();
  private readonly seqOf = new Map<number, number>();
  /** Events kept whole (not read again), by index. */
  private readonly kept = new Map<number, TraceEvent>();
  /** Every line of an event that has more than one (a stitched call), by index. */
  private readonly moreLines = new Map<number, number[]>();
  private readonly cache = new Map<number, TraceEvent>();
  private readonly canReread: boolean;

  constructor(
    private readonly format: TraceFormat,
    private readonly os: OsName,
    private readonly linesOf: LinesOf,
  ) {
    // Only strace lines are read back one event at a time: dtruss and Nanos readers keep column state.
    this.canReread = format === 'strace';
  }

  private word(w: string | undefined): number {
    if (w === undefined) return 0;
    let id = this.wordId.get(w);
    if (id === undefined) {
      id = this.words.length;
      if (id > 0xffff) return 0;
      this.words.push(w);
      this.wordId.set(w, id);
    }
    return id;
  }

  private grow(): void {
    // By half again, not double: at 600,000 events the slack is what costs.
    const cap = Math.max(1024, Math.ceil(this.cap * 1.5));
    const more = <T extends { length: number; set(a: T): void }>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.types = more(this.types, (n) => new Uint8Array(n));
    this.flags = more(this.flags, (n) => new Uint8Array(n));
    this.names = more(this.names, (n) => new Uint16Array(n));
    this.errnos = more(this.errnos, (n) => new Uint16Array(n));
    this.pids = more(this.pids, (n) => new Int32Array(n));
    this.lineNos = more(this.lineNos, (n) => new Uint32Array(n));
    this.times = more(this.times, (n) => new Float64Array(n));
    this.durations = more(this.durations, (n) => new Float64Array(n));
    this.cap = cap;
  }

  /** Appends an event (`passes`: the command line's call filters keep it); returns its index. */
  push(ev: TraceEvent, passes = true): number {
    if (this.length === this.cap) this.grow();
    const i = this.length++;
    this.types[i] = TYPE_CODE.get(ev.type)!;
    this.flags[i] = (isFailedCall(ev) ? FAILED_CALL : 0) | (isFailed(ev) ? FAILED : 0) | (passes ? PASSES : 0);
    this.pids[i] = ev.pid ?? NONE;
    if (ev.pid === undefined && ev.tid !== undefined) this.tidOf.set(i, ev.tid);
    this.lineNos[i] = ev.line;
    if (ev.seq !== i) this.seqOf.set(i, ev.seq);
    this.times[i] = ev.time ?? NaN;
    if (ev.file !== undefined) {
      let f = this.fileNames.indexOf(ev.file);
      if (f < 0) f = this.fileNames.push(ev.file) - 1;
      this.fileOf.set(i, f);
    }
    if (ev.type === 'syscall') {
      this.names[i] = this.word(ev.syscall);
      this.errnos[i] = this.word(ev.ret?.errno);
      this.durations[i] = ev.duration ?? NaN;
    } else this.durations[i] = NaN;
    if (ev.lines.length > 1 || ev.lines[0] !== ev.line) this.moreLines.set(i, ev.lines.slice());
    if (!this.rereadable(ev, i)) this.kept.set(i, ev);
    return i;
  }

  /**
   * Reading it again gives the same event: a strace call of one line, or any other call whose
   * reading again is checked here, once. Everything else is kept whole; it is rare.
   */
  private rereadable(ev: TraceEvent, i: number): boolean {
    if (!this.canReread || ev.type !== 'syscall' || ev.stack || ev.dump || ev.extra) return false;
    // A call of one line that completed reads the same alone; others (a call cut by the end of
    // the input, stitched halves) are read again here, once, and kept whole if they differ.
    // (Its line must hold the call as read: output glued into a line is split by reader state.)
    if (!this.moreLines.has(i) && ev.status === 'complete') return !!this.linesOf(ev.line, ev.file)?.includes(`${ev.syscall}(${ev.args})`);
    const again = this.reread(i);
    return !!again && again.type === 'syscall' && again.args === ev.args && again.ret?.text === ev.ret?.text && again.status === ev.status && again.duration === ev.duration;
  }

  private reread(i: number): TraceEvent | undefined {
    const spec = formatByName(this.format);
    if (!spec) return undefined;
    const reader = spec.createReader();
    const file = this.file(i);
    const builder = new EventBuilder(this.format, this.os, file === undefined ? [] : [file]);
    const out: TraceEvent[] = [];
    const pid = this.pids[i]!;
    for (const line of this.moreLines.get(i) ?? [this.lineNos[i]!]) {
      const text = this.linesOf(line, file);
      if (text === undefined) return undefined;
      const rec: TraceRecord = reader.read(text, file === undefined ? { line } : { line, file }, false);
      // A -ff file's pid comes from its name, not its lines.
      if (pid !== NONE && 'pid' in rec && rec.pid === undefined) (rec as { pid?: number }).pid = pid;
      builder.push(rec, out);
    }
    builder.end(out);
    const ev = out.find((e) => e.line === this.lineNos[i]);
    if (!ev) return undefined;
    ev.seq = this.seq(i);
    // The clock as read in trace order (a -tt trace past midnight adds a day the lone line cannot know).
    const t = this.times[i]!;
    if (!Number.isNaN(t) && ev.time !== undefined && ev.time !== t) {
      if (ev.type === 'syscall' && ev.endTime !== undefined) ev.endTime += t - ev.time;
      ev.time = t;
    }
    return ev;
  }

  at(i: number): TraceEvent | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const kept = this.kept.get(i);
    if (kept) return kept;
    let ev = this.cache.get(i);
    if (ev) {
      // Most recently used last.
      this.cache.delete(i);
      this.cache.set(i, ev);
      return ev;
    }
    ev = this.reread(i) ?? this.placeholder(i);
    this.cache.set(i, ev);
    if (this.cache.size > CACHE) this.cache.delete(this.cache.keys().next().value!);
    return ev;
  }

  /** The input could not be read again (a file changed under the browser): what the columns know. */
  private placeholder(i: number): TraceEvent {
    const line = this.lineNos[i]!;
    const ev: TraceEvent = { type: 'unparsed', text: '(this line could not be read again from the input)', line, lines: [line], seq: this.seq(i) } as TraceEvent;
    if (this.pids[i] !== NONE) ev.pid = this.pids[i]!;
    return ev;
  }

  type(i: number): TraceEvent['type'] {
    return TYPES[this.types[i]!]!;
  }
  syscall(i: number): string | undefined {
    return this.types[i] === 0 ? this.words[this.names[i]!] : undefined;
  }
  errno(i: number): string | undefined {
    const e = this.errnos[i]!;
    return e ? this.words[e] : undefined;
  }
  pid(i: number): number | undefined {
    const p = this.pids[i]!;
    return p === NONE ? undefined : p;
  }
  who(i: number): number | undefined {
    const p = this.pids[i]!;
    if (p !== NONE) return p;
    return this.tidOf.get(i);
  }
  line(i: number): number {
    return this.lineNos[i]!;
  }
  /** The first event that line `line` (of input `file`) is part of: a scan, for the few lines findings cite. */
  indexOfLine(line: number, file: string | undefined): number | undefined {
    const f = file === undefined ? 0 : this.fileNames.indexOf(file);
    if (f < 0) return undefined;
    const inFile = (i: number): boolean => (this.fileOf.get(i) ?? 0) === f;
    let best: number | undefined;
    for (let i = 0; i < this.length; i++) {
      if (this.lineNos[i] === line && inFile(i)) {
        best = i;
        break;
      }
    }
    for (const [i, lines] of this.moreLines) if ((best === undefined || i < best) && lines.includes(line) && inFile(i)) best = i;
    return best;
  }

  /** Every line of event i. */
  lines(i: number): readonly number[] {
    return this.moreLines.get(i) ?? [this.lineNos[i]!];
  }
  file(i: number): string | undefined {
    return this.fileNames[this.fileOf.get(i) ?? 0];
  }
  seq(i: number): number {
    return this.seqOf.get(i) ?? i;
  }
  time(i: number): number | undefined {
    const t = this.times[i]!;
    return Number.isNaN(t) ? undefined : t;
  }
  duration(i: number): number | undefined {
    const d = this.durations[i]!;
    return Number.isNaN(d) ? undefined : d;
  }
  failedCall(i: number): boolean {
    return (this.flags[i]! & FAILED_CALL) !== 0;
  }
  failed(i: number): boolean {
    return (this.flags[i]! & FAILED) !== 0;
  }
  /** The command line's call filters keep event i (decided as it was read, as -P follows the trace). */
  passes(i: number): boolean {
    return (this.flags[i]! & PASSES) !== 0;
  }
}
