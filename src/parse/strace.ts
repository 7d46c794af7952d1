// strace adapter: lines → records, using the line grammar in grammars/strace-line.ts.
// State kept between lines: a call split by a spliced `strace:` message (its rest is on
// the next line), the header of a summary table, and the --tips box.

import {
  scanBody,
  scanDump,
  scanLeader,
  scanLeaderInto,
  scanSpliced,
  scanStackFrame,
  scanSummary,
  scanTail,
  scanTracerLine,
  plainLine,
  type TracerLine,
} from '../../grammars/strace-line.js';
import { scanGluedWrite } from '../../grammars/strace-glued.js';
import { endsWithReturn, SNIFF_CALL } from '../../grammars/strace-sniff.js';
import type { CallRecord, ExitRecord, Leader, Origin, SignalRecord, TraceRecord, TracerRecord } from '../model/index.js';
import type { FormatSpec, LineReader, Sniff } from './reader.js';

/** Old strace (< 5.0) printed `<... X resumed> ` with a space; 5.0+ prints none (§3.2). */
function trimResumedLead(args: string): string {
  if (args.startsWith(' ') && (!args.startsWith(' => ') || args.startsWith('  => '))) return args.slice(1);
  return args;
}

function tracerRecord(t: TracerLine, text: string, origin: Origin): TracerRecord {
  const r: TracerRecord = { kind: t.kind, text, line: origin.line, message: t.message, source: t.source };
  if (origin.file !== undefined) r.file = origin.file;
  if (t.target !== undefined) r.target = t.target;
  if (t.threads !== undefined) r.threads = t.threads;
  return r;
}

/** Whether a line reads as an event of its own (a call, a signal, an exit) rather than text. */
function looksLikeEvent(text: string): boolean {
  return scanBody(text, scanLeader(text).body).kind !== 'none';
}

const encoder = new TextEncoder();

function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

type Base = { text: string; line: number; file?: string };

function baseOf(text: string, origin: Origin): Base {
  return origin.file === undefined ? { text, line: origin.line } : { text, line: origin.line, file: origin.file };
}

/** Characters `\s` matches that can start a blank line (ASCII whitespace, or anything non-ASCII). */
function isSpaceLead(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c >= 128;
}

/** The leader fields of a record, in the order scanLeader sets them. */
function leaderOf(rec: Leader): Leader {
  const l: Leader = {};
  if (rec.pid !== undefined) l.pid = rec.pid;
  if (rec.comm !== undefined) l.comm = rec.comm;
  if (rec.timeText !== undefined) l.timeText = rec.timeText;
  if (rec.relative !== undefined) l.relative = rec.relative;
  if (rec.nr !== undefined) l.nr = rec.nr;
  if (rec.ip !== undefined) l.ip = rec.ip;
  return l;
}

export class StraceReader implements LineReader {
  /**
   * A call whose line was cut by a spliced message or by the program's own output: its rest
   * comes on the next line. `outputLeft`: bytes of glued output still to come on lines of
   * their own before the call's `) = N` (a write of several lines).
   */
  private splitCall: { name: string; leader: Leader; outputLeft?: number } | undefined;
  private summaryColumns: string[] | undefined;
  private inTips = false;

  read(text: string, origin: Origin, unterminated = false): TraceRecord {
    // strace 7 `--color=always` colour codes and pasted trailing blanks are read past; the
    // record keeps the line as it was.
    const plain = plainLine(text, !unterminated);
    if (plain === text) return this.readPlain(text, origin, unterminated);
    const rec = this.readPlain(plain, origin, unterminated);
    rec.text = text;
    return rec;
  }

  private readPlain(text: string, origin: Origin, unterminated: boolean): TraceRecord {
    if (this.splitCall) {
      const rest =
        this.splitCall.outputLeft === undefined ? this.readContinuation(text, baseOf(text, origin)) : this.readGluedRest(text, baseOf(text, origin));
      if (rest) return rest;
    }
    if (text.length === 0 || (isSpaceLead(text.charCodeAt(0)) && /^\s*$/.test(text))) return { kind: 'blank', ...baseOf(text, origin) };

    // The record is built once, in place (the hot path: one object per line, no spreads), with
    // the fields a call line has in it from the start (undefined until read), so that filling
    // them in does not grow the object.
    const rec = {
      kind: 'syscall',
      text,
      line: origin.line,
      pid: undefined,
      timeText: undefined,
      name: undefined,
      args: undefined,
      ret: undefined,
      duration: undefined,
    } as unknown as CallRecord;
    if (origin.file !== undefined) rec.file = origin.file;
    const at = scanLeaderInto(text, rec);
    const body = scanBody(text, at);
    if (body.kind !== 'none') this.inTips = false;
    switch (body.kind) {
      case 'call':
      case 'resumed':
        return this.readCall(text, rec, body.kind, body.name, body.argsStart, unterminated);
      case 'signal': {
        const r = rec as unknown as SignalRecord;
        r.kind = 'signal';
        r.signal = body.signal;
        if (body.info !== undefined) r.info = body.info;
        if (body.stopped) r.stopped = true;
        return r;
      }
      case 'exit': {
        const r = rec as unknown as ExitRecord;
        r.kind = 'exit';
        if (body.code !== undefined) r.code = body.code;
        if (body.signal !== undefined) r.signal = body.signal;
        if (body.core) r.core = true;
        if (body.supersededBy !== undefined) r.supersededBy = body.supersededBy;
        return r;
      }
      case 'detached-tail':
        return { kind: 'tracer', ...baseOf(text, origin), message: '<detached ...>', source: 'strace' };
      case 'none':
        break;
    }
    return this.readOther(text, baseOf(text, origin));
  }

  /** `rec` holds kind, text, line, file and the leader already; this adds the call fields. */
  private readCall(text: string, rec: CallRecord, kind: 'call' | 'resumed', name: string, argsStart: number, unterminated: boolean): TraceRecord {
    const tail = scanTail(text, argsStart);
    if (tail.kind === 'none') {
      const glued = kind === 'call' && name === 'write' ? scanGluedWrite(text, argsStart, text.length, false) : null;
      if (glued) {
        // The program's own output landed inside the line; the call goes on on a later line.
        rec.kind = 'unfinished';
        rec.name = name;
        rec.args = text.slice(argsStart, glued.at);
        if (glued.at < text.length) rec.outputSuffix = text.slice(glued.at);
        this.splitCall = { name, leader: leaderOf(rec), outputLeft: glued.left };
        return rec;
      }
      const spliced = scanSpliced(text, argsStart);
      if (spliced) {
        // `clone(...|SIGCHLDstrace: Process 13759 attached`, `brk(NULLstrace: [wait(0x00857f) = 21154] ...` (-d):
        // the call goes on on a later line.
        this.splitCall = { name, leader: leaderOf(rec) };
        rec.kind = kind === 'call' ? 'unfinished' : 'resumed';
        rec.name = name;
        rec.args = text.slice(argsStart, spliced.at);
        rec.spliced = tracerRecord(spliced.tracer, text.slice(spliced.at), rec);
        if (kind === 'resumed') rec.args = trimResumedLead(rec.args);
        return rec;
      }
      if (unterminated) {
        // The input stops inside this line: a copy of a trace strace was still writing. The
        // call had started and not returned, like an entry half.
        rec.kind = kind === 'resumed' ? 'resumed' : 'unfinished';
        rec.name = name;
        rec.args = kind === 'resumed' ? trimResumedLead(text.slice(argsStart)) : text.slice(argsStart);
        rec.cut = true;
        return rec;
      }
      const reason = `${name}(): ${tail.reason}`;
      return rec.file === undefined
        ? { kind: 'unparsed', text, line: rec.line, reason }
        : { kind: 'unparsed', text, line: rec.line, file: rec.file, reason };
    }
    rec.kind = kind === 'resumed' ? 'resumed' : tail.kind === 'unfinished' ? 'unfinished' : 'syscall';
    rec.name = name;
    rec.args = kind === 'resumed' ? trimResumedLead(text.slice(argsStart, tail.argsEnd)) : text.slice(argsStart, tail.argsEnd);
    switch (tail.kind) {
      case 'return':
        if (kind === 'call' && name === 'write') this.takeGluedOutput(text, rec, argsStart, tail.argsEnd);
        rec.ret = tail.ret;
        if (tail.duration !== undefined) rec.duration = tail.duration;
        if (tail.durationUnavailable) rec.durationUnavailable = true;
        break;
      case 'interrupted':
        rec.ret = tail.ret;
        rec.interrupted = true;
        break;
      case 'detached':
        rec.detached = true;
        break;
      case 'unfinished':
        // a resumed half that is unfinished again has no return yet: `<... read resumed> <unfinished ...>`
        break;
    }
    return rec;
  }

  /** `write(1, "no newli"..., 10no newline)   = 10`: output without a newline, the call's end on the same line. */
  private takeGluedOutput(text: string, rec: CallRecord, argsStart: number, argsEnd: number): void {
    const glued = scanGluedWrite(text, argsStart, argsEnd, true);
    if (!glued) return;
    rec.args = text.slice(argsStart, glued.at);
    rec.outputSuffix = text.slice(glued.at, argsEnd);
  }

  /**
   * A line after a write with glued output: more lines of the output while its bytes last,
   * then the call's end `)   = 14`, maybe after the output's last piece (`three) = 14`).
   */
  private readGluedRest(text: string, base: Base): TraceRecord | null {
    const split = this.splitCall!;
    const tail = scanTail(text, 0);
    if (tail.kind === 'return' && !looksLikeEvent(text)) {
      this.splitCall = undefined;
      const rec: CallRecord = { kind: 'resumed', ...base, ...split.leader, name: split.name, args: '', continuation: true, ret: tail.ret };
      if (tail.argsEnd > 0) rec.outputPrefix = text.slice(0, tail.argsEnd);
      if (tail.duration !== undefined) rec.duration = tail.duration;
      return rec;
    }
    const left = split.outputLeft!;
    if (left <= 0) {
      this.splitCall = undefined;
      return null;
    }
    split.outputLeft = left - utf8Length(text) - 1;
    return text.length === 0 ? { kind: 'blank', ...base } : { kind: 'output', ...base };
  }

  /** The line after a spliced message: `, child_tidptr=0x7ff962366a10) = 13759` or ` <detached ...>`. */
  private readContinuation(text: string, base: { text: string; line: number; file?: string }): TraceRecord | null {
    const split = this.splitCall!;
    // strace -d prints whole lines of its own between the halves; the call still waits.
    const tracer = text.startsWith('strace') ? scanTracerLine(text) : null;
    if (tracer) return tracerRecord(tracer, text, base);
    this.splitCall = undefined;
    const first = text.charCodeAt(0);
    // A continuation starts with argument text, never with a leader or a body of its own.
    if (!(first === 44 /* , */ || first === 32 || first === 41 /* ) */ || first === 34 /* " */)) {
      if (!/^[\w{[&~-]/.test(text) || /^\[pid /.test(text) || scanBody(text, scanLeader(text).body).kind !== 'none') return null;
    }
    const rec: CallRecord = { kind: 'resumed', ...base, ...split.leader, name: split.name, args: '', continuation: true };
    if (text === ' <detached ...>') {
      rec.detached = true;
      return rec;
    }
    const tail = scanTail(text, 0);
    if (tail.kind === 'none') return { kind: 'unparsed', ...base, reason: `rest of a split ${split.name}(): ${tail.reason}` };
    rec.args = text.slice(0, tail.argsEnd);
    if (tail.kind === 'return' || tail.kind === 'interrupted') rec.ret = tail.ret;
    if (tail.kind === 'return' && tail.duration !== undefined) rec.duration = tail.duration;
    if (tail.kind === 'interrupted') rec.interrupted = true;
    if (tail.kind === 'detached') rec.detached = true;
    return rec;
  }

  /** Lines that are not events: tracer messages, stack frames, dumps, summary tables, program output. */
  private readOther(text: string, base: { text: string; line: number; file?: string }): TraceRecord {
    const tracer = scanTracerLine(text);
    if (tracer) return tracerRecord(tracer, text, base);
    if (text.charCodeAt(0) === 32) {
      const frame = scanStackFrame(text);
      if (frame !== null) return { kind: 'stack', ...base, frame };
      const dump = scanDump(text);
      if (dump) return { kind: 'dump', ...base, ...dump };
    }
    if (this.isTipsBox(text)) return { kind: 'tracer', ...base, message: text.trim(), source: 'strace --tips' };
    const summary = scanSummary(text, this.summaryColumns);
    if (summary) {
      if (summary.part === 'header') this.summaryColumns = summary.columns;
      const rec: TraceRecord = { kind: 'summary', ...base, part: summary.part };
      if (summary.part === 'row' || summary.part === 'total') {
        const v = summary.values;
        rec.syscall = summary.syscall;
        if (v.calls !== undefined) rec.calls = v.calls;
        rec.errors = v.errors ?? 0;
        if (v.seconds !== undefined) rec.seconds = v.seconds;
        if (v.percent !== undefined) rec.percent = v.percent;
        if (v.usecs_per_call !== undefined) rec.usecsPerCall = v.usecs_per_call;
      }
      return rec;
    }
    // A line that starts like a call was read by readCall (unparsed there when it has no
    // readable end); anything left is the traced program's own output sharing the stream.
    return { kind: 'output', ...base };
  }

  /** strace --tips prints an ASCII-art box and picture after the trace (§10); it lasts until the next event line. */
  private isTipsBox(text: string): boolean {
    if (/^ {2}_{20,}/.test(text)) this.inTips = true;
    return this.inTips;
  }
}

export const straceFormat: FormatSpec = {
  format: 'strace',
  os: 'linux',
  createReader: () => new StraceReader(),
  sniff(line: string): Sniff {
    const text = plainLine(line);
    if (!SNIFF_CALL.test(text)) return /^% time +seconds +/.test(text) || scanTracerLine(text)?.source.endsWith('strace') ? 1 : 0;
    // `name(args) = value` with strace's return shapes is certain; a bare call head could be any format.
    return endsWithReturn(text) ||
      /<unfinished \.\.\.>$|^\S*\s*(?:--- SIG|\+\+\+ )/.test(text)
      ? 2
      : 1;
  },
};
