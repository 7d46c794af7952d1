// Records → events, for every format: stitches unfinished/resumed halves per pid (orphans on
// either side kept and flagged), attaches stack and dump lines to the call above them, and
// normalises timestamps. Memory holds only calls still waiting for their other half.

import type {
  CallRecord,
  Stats,
  SyscallEvent,
  TraceEvent,
  TraceFormat,
  OsName,
  TraceRecord,
  TracerRecord,
  EventBase,
  Leader,
} from '../model/index.js';
import { readDecimal } from '../../grammars/strace-line.js';

interface Pending {
  event: SyscallEvent;
  /** The key it waits under (it moves when a thread's execve takes over the leader's pid). */
  key: string;
}

/** Seconds since midnight for `HH:MM:SS[.frac]` (read by hand: it is on every line of a -t/-tt trace). */
function clockSeconds(text: string): number {
  const h = twoDigits(text, 0);
  const m = twoDigits(text, 3);
  if (h < 0 || m < 0 || text.charCodeAt(5) !== 58 /* : */) return +text.slice(0, 2) * 3600 + +text.slice(3, 5) * 60 + +text.slice(6);
  return h * 3600 + m * 60 + readDecimal(text, 6, text.length);
}

function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

const DAY = 86400;

export class EventBuilder {
  private pending = new Map<string, Pending>();
  /** A finished call kept back one record so the stack/dump lines after it can join it. */
  private held: SyscallEvent | undefined;
  /** The unfinished call the last record started (stack lines after it belong to it). */
  private lastPending: SyscallEvent | undefined;
  private seq = 0;
  private dayOffset = 0;
  private lastWall = -1;
  private relativeSum = 0;
  readonly stats: Stats;

  constructor(format: TraceFormat, os: OsName, files: string[] = []) {
    this.stats = {
      format,
      os,
      files,
      lines: 0,
      events: 0,
      unparsed: 0,
      records: {},
      clock: 'none',
      unfinished: 0,
      orphanResumed: 0,
    };
  }

  /** Feeds one record; returns the events it completed (often none or one). */
  push(rec: TraceRecord, out: TraceEvent[]): void {
    const stats = this.stats;
    stats.lines++;
    stats.records[rec.kind] = (stats.records[rec.kind] ?? 0) + 1;

    if (rec.kind === 'stack' || rec.kind === 'dump') {
      const target = this.held ?? this.lastPending;
      if (target) {
        const text = rec.kind === 'stack' ? rec.frame : rec.text;
        if (rec.kind === 'stack') (target.stack ??= []).push(text);
        else (target.dump ??= []).push(text);
        target.lines.push(rec.line);
        return;
      }
    }
    // dtruss -s surrounds stack blocks with blank lines: keep the held call open across them.
    if (rec.kind === 'blank') {
      if (this.held || this.lastPending) return;
    }
    this.release(out);
    this.lastPending = undefined;

    switch (rec.kind) {
      case 'syscall':
      case 'unfinished':
      case 'resumed':
        this.pushCall(rec, out);
        return;
      case 'signal': {
        const ev = this.base(rec, rec) as TraceEvent;
        Object.assign(ev, { type: 'signal', signal: rec.signal });
        if (rec.info !== undefined) (ev as { info?: string }).info = rec.info;
        if (rec.stopped) (ev as { stopped?: boolean }).stopped = true;
        this.emit(ev, out);
        return;
      }
      case 'exit': {
        if (rec.supersededBy !== undefined) this.superseded(rec.supersededBy, rec.pid);
        else this.flushPid(rec.pid, rec.file, 'interrupted', out);
        const ev = this.base(rec, rec) as TraceEvent & { type: 'exit' };
        ev.type = 'exit';
        if (rec.code !== undefined) ev.code = rec.code;
        if (rec.signal !== undefined) ev.signal = rec.signal;
        if (rec.core) ev.core = true;
        if (rec.supersededBy !== undefined) ev.supersededBy = rec.supersededBy;
        this.emit(ev, out);
        return;
      }
      case 'tracer':
      case 'attach':
      case 'detach':
        this.emitTracer(rec, out);
        return;
      case 'summary': {
        const ev = this.base(rec, {}) as TraceEvent & { type: 'summary' };
        ev.type = 'summary';
        ev.part = rec.part;
        ev.text = rec.text;
        for (const k of ['syscall', 'calls', 'errors', 'seconds', 'percent', 'usecsPerCall'] as const) {
          if (rec[k] !== undefined) (ev as unknown as Record<string, unknown>)[k] = rec[k];
        }
        this.emit(ev, out);
        return;
      }
      case 'output':
      case 'stack':
      case 'dump': {
        const ev = this.base(rec, {}) as TraceEvent & { type: 'output' };
        ev.type = 'output';
        ev.text = rec.text;
        this.emit(ev, out);
        return;
      }
      case 'unparsed': {
        this.stats.unparsed++;
        const ev = this.base(rec, {}) as TraceEvent & { type: 'unparsed' };
        ev.type = 'unparsed';
        ev.text = rec.text;
        ev.reason = rec.reason;
        this.emit(ev, out);
        return;
      }
      case 'blank':
        return;
    }
  }

  /**
   * The first line an event still to come from this builder may end on: the call held for its
   * stack lines, or a call waiting for its other half (Infinity: none). Every event ending on an
   * earlier line has been emitted.
   */
  openFrom(): number {
    // An event's lines only grow, so it ends on its last line so far or later.
    const last = (ev: SyscallEvent): number => ev.lines[ev.lines.length - 1]!;
    let from = this.held ? last(this.held) : Infinity;
    for (const p of this.pending.values()) from = Math.min(from, last(p.event));
    return from;
  }

  /** Flushes what is still waiting at the end of the input. */
  end(out: TraceEvent[]): void {
    this.release(out);
    for (const [key, p] of this.pending) {
      this.pending.delete(key);
      this.emit(p.event, out);
    }
  }

  private pushCall(rec: CallRecord, out: TraceEvent[]): void {
    if (rec.synthetic) {
      // dtruss -f's `fork() = 0 0` at a thread's first traced call: a marker, not a fork, so
      // it makes no child process and no story line.
      const ev = this.base(rec, rec) as TraceEvent & { type: 'tracer' };
      ev.type = 'tracer';
      ev.message = `dtruss started following this thread (its \`${rec.name}() = 0\` line is a marker, not a call)`;
      ev.source = 'dtruss';
      this.emit(ev, out);
      return;
    }
    if (rec.spliced) this.emitTracer(rec.spliced, out);
    if (rec.outputPrefix !== undefined) {
      // The program's output that ended on this line before the call's own text (`three) = 14`).
      const ev = this.base(rec, {}) as TraceEvent & { type: 'output' };
      ev.type = 'output';
      ev.text = rec.outputPrefix;
      this.emit(ev, out);
    }
    if (rec.outputSuffix !== undefined) {
      const ev = this.base(rec, {}) as TraceEvent & { type: 'output' };
      ev.type = 'output';
      ev.text = rec.outputSuffix;
      this.emit(ev, out);
    }
    if (rec.kind === 'syscall') {
      // A whole call waits for nothing (the common case: no key needed).
      const ev = this.callEvent(rec);
      this.finishCall(ev, rec);
      this.held = ev;
      return;
    }
    // Nanos runs one process and labels calls by thread (`[3]`, `[thread name]`): pair halves per thread.
    const key = rec.pid === undefined && (rec.tid ?? rec.comm) !== undefined ? `t:${rec.tid ?? rec.comm}` : pidKey(rec.file, rec.pid);
    if (rec.kind === 'unfinished') {
      const before = this.pending.get(key);
      if (before) {
        // A second entry half for the same pid: the first will never be resumed.
        this.pending.delete(key);
        this.emit(before.event, out);
      }
      const ev = this.callEvent(rec);
      ev.status = 'unfinished';
      this.stats.unfinished++;
      this.pending.set(key, { event: ev, key });
      this.lastPending = ev;
      return;
    }
    if (rec.kind === 'resumed') {
      const p = this.pending.get(key) ?? this.pendingByName(rec.name, key);
      if (p && (p.event.syscall === rec.name || rec.continuation || rec.name === 'restart_syscall')) {
        const ev = p.event;
        ev.args += rec.args;
        ev.lines.push(rec.line);
        this.stats.unfinished--;
        if (rec.ret === undefined && !rec.detached) {
          // Resumed and cut again (`<... read resumed> <unfinished ...>` or a splice): still waiting.
          this.stats.unfinished++;
          this.lastPending = ev;
          return;
        }
        this.pending.delete(p.key);
        this.finishCall(ev, rec);
        // The exit half's clock: a split call's span when -T did not time it (the timeline export).
        if (rec.timeText !== undefined) ev.endTime = this.normaliseTime(rec.timeText);
        this.held = ev;
        return;
      }
      const ev = this.callEvent(rec);
      this.stats.orphanResumed++;
      this.finishCall(ev, rec);
      ev.status = 'orphan-resumed';
      this.held = ev;
      return;
    }
    const ev = this.callEvent(rec);
    this.finishCall(ev, rec);
    this.held = ev;
  }

  /**
   * Without -o, strace drops the `[pid N]` prefix while only one process is alive, so an
   * exit half can arrive with a different (or no) pid than its entry half. Match by name
   * when exactly one waiting call has it.
   */
  private pendingByName(name: string, key: string): Pending | undefined {
    let found: Pending | undefined;
    for (const [k, p] of this.pending) {
      if (k === key || p.event.syscall !== name) continue;
      if (found) return undefined;
      found = p;
    }
    if (found && !key.endsWith('#') && found.event.pid !== undefined) return undefined;
    return found;
  }

  /** A tracer message: a line of its own, or spliced into a call line (`...SIGCHLDstrace: Process 13759 attached`). */
  private emitTracer(t: TracerRecord, out: TraceEvent[]): void {
    const ev = this.base(t, {}) as TraceEvent & { type: 'tracer' };
    ev.type = t.kind as 'tracer';
    ev.message = t.message;
    if (t.source !== undefined) ev.source = t.source;
    if (t.target !== undefined) ev.target = t.target;
    if (t.threads !== undefined) ev.threads = t.threads;
    this.emit(ev, out);
  }

  private finishCall(ev: SyscallEvent, rec: CallRecord): void {
    if (rec.ret !== undefined) ev.ret = rec.ret;
    if (rec.duration !== undefined) ev.duration = rec.duration;
    ev.status = rec.detached ? 'detached' : rec.interrupted ? 'interrupted' : 'complete';
  }

  private callEvent(rec: CallRecord): SyscallEvent {
    // Most events are calls: theirs is one object of one shape, with the fields most calls have
    // set at once (undefined when a trace lacks them: no -f, -t or -T) and the rarer ones added.
    const time = this.timeOf(rec);
    const ev: SyscallEvent = {
      line: rec.line,
      lines: [rec.line],
      seq: -1,
      pid: rec.pid,
      timeText: rec.timeText,
      time,
      type: 'syscall',
      syscall: rec.name,
      args: rec.args,
      status: 'complete',
      ret: undefined,
      duration: undefined,
    };
    if (rec.file !== undefined) ev.file = rec.file;
    if (rec.tid !== undefined) ev.tid = rec.tid;
    if (rec.comm !== undefined) ev.comm = rec.comm;
    if (rec.relative !== undefined) ev.relative = rec.relative;
    if (rec.nr !== undefined) ev.nr = rec.nr;
    if (rec.ip !== undefined) ev.ip = rec.ip;
    if (rec.vtimeUs !== undefined) (ev.extra ??= {}).vtimeUs = rec.vtimeUs;
    if (rec.cpuUs !== undefined) (ev.extra ??= {}).cpuUs = rec.cpuUs;
    return ev;
  }

  /** `+++ superseded by execve in pid N +++`: the exec'ing thread N takes over this pid. */
  private superseded(execPid: number, leader: number | undefined): void {
    if (leader === undefined) return;
    const from = this.pending.get(pidKey(undefined, execPid));
    if (!from) return;
    this.pending.delete(pidKey(undefined, execPid));
    from.key = pidKey(undefined, leader);
    this.pending.set(from.key, from);
  }

  private flushPid(pid: number | undefined, file: string | undefined, status: SyscallEvent['status'], out: TraceEvent[]): void {
    const key = pidKey(file, pid);
    const p = this.pending.get(key);
    if (!p) return;
    this.pending.delete(key);
    p.event.status = status;
    this.stats.unfinished--;
    this.emit(p.event, out);
  }

  private release(out: TraceEvent[]): void {
    if (this.held) {
      const ev = this.held;
      this.held = undefined;
      this.emit(ev, out);
    }
  }

  private emit(ev: TraceEvent, out: TraceEvent[]): void {
    ev.seq = this.seq++;
    this.stats.events++;
    out.push(ev);
  }

  private base(origin: { line: number; file?: string }, leader: Leader): EventBase {
    const ev: EventBase = { line: origin.line, lines: [origin.line], seq: -1 };
    if (origin.file !== undefined) ev.file = origin.file;
    if (leader.pid !== undefined) ev.pid = leader.pid;
    if (leader.tid !== undefined) ev.tid = leader.tid;
    if (leader.comm !== undefined) ev.comm = leader.comm;
    const time = this.timeOf(leader);
    if (leader.timeText !== undefined) {
      ev.timeText = leader.timeText;
      ev.time = time;
    }
    if (leader.relative !== undefined) {
      ev.relative = leader.relative;
      if (leader.timeText === undefined) ev.time = time;
    }
    return ev;
  }

  /** The event's time in seconds: its absolute time, or the running sum of -r deltas. */
  private timeOf(leader: Leader): number | undefined {
    if (leader.timeText !== undefined) return this.normaliseTime(leader.timeText);
    if (leader.relative === undefined) return undefined;
    this.relativeSum += leader.relative;
    if (this.stats.clock === 'none') this.stats.clock = 'relative';
    return this.relativeSum;
  }

  /** Wall-clock times (-t/-tt) roll over at midnight: add a day whenever the clock jumps back by more than 12 h. */
  private normaliseTime(text: string): number {
    if (text.charCodeAt(2) !== 58 /* : */) {
      // `S.frac` (-ttt): epoch seconds as they are (the common timed case: no object per event).
      this.stats.clock = 'epoch';
      return +text;
    }
    const seconds = clockSeconds(text);
    this.stats.clock = 'wall';
    if (this.lastWall >= 0 && seconds + this.dayOffset < this.lastWall - DAY / 2) this.dayOffset += DAY;
    const t = seconds + this.dayOffset;
    this.lastWall = t;
    return t;
  }
}

function pidKey(file: string | undefined, pid: number | undefined): string {
  // Without a pid prefix everything is one process; -ff files have the pid from their name.
  return pid === undefined ? `${file ?? ''}#` : `${pid}`;
}
