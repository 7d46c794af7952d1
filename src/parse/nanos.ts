// Nanos `ops run --trace` console output → records.
// Format A records map straight onto call records; Format B splits every call into an
// entry line (`1 openat`) and, unless the call blocked, a `direct return` line, which this
// reader turns into 'unfinished' / 'resumed' halves named after the entry, so the shared
// event builder stitches both formats the same way. The VM runs one process: the number
// in brackets is a thread id and goes to `tid`; `pid` stays undefined.

import {
  detailPath,
  isKnownDetail,
  runThreadResult,
  isLostReturn,
  isMissingFilesBegin,
  isMissingFilesEnd,
  isNanosSummaryLine,
  isSummaryHeader,
  isSummaryRule,
  looksLikeRecordA,
  matchBareNosyscall,
  matchLineB,
  matchNoise,
  matchRecordA,
  matchSummaryRow,
  stripAnsi,
  type NanosLineB,
  type NanosRecordA,
  type NanosRv,
} from '../../grammars/nanos.js';
import type { CallRecord, Origin, Return, TraceRecord } from '../model/index.js';
import { signatureFor } from '../knowledge/signatures.js';
import type { FormatSpec, LineReader, Sniff } from './reader.js';

type Base = { text: string } & Origin;

class NanosReader implements LineReader {
  /** Format B: the entry seen last per tid that has had no return line yet. */
  private pendingB = new Map<number, string>();
  /** Format B: the path a pending call's detail lines named (`1 "/etc/nsswitch.conf" - not found`). */
  private pendingPath = new Map<number, string>();
  /** The tid of the last Format B entry: a tid-less `open_internal error:` line belongs to it. */
  private lastEntryTid: number | undefined;
  /** Format A: entry halves still waiting, per label, for the rare header-less `) = ?`. */
  private pendingA = new Map<string, string>();
  /** Threads that printed a syscall line: their other lines are kernel detail, not output. */
  private seenTids = new Set<number>();
  private mode: 'normal' | 'summary' | 'missing-files' = 'normal';

  read(raw: string, origin: Origin): TraceRecord {
    const base: Base = { text: raw, ...origin };
    let line = stripAnsi(raw);
    if (line.endsWith('\r')) line = line.slice(0, -1);

    if (line.trim() === '') return { kind: 'blank', ...base };

    if (this.mode === 'missing-files') {
      if (isMissingFilesEnd(line)) this.mode = 'normal';
      return { kind: 'tracer', source: 'nanos', message: line, ...base };
    }
    if (isMissingFilesBegin(line)) {
      this.mode = 'missing-files';
      return { kind: 'tracer', source: 'nanos', message: line, ...base };
    }

    if (isSummaryHeader(line)) {
      this.mode = 'summary';
      return { kind: 'summary', part: 'header', ...base };
    }
    if (this.mode === 'summary') {
      if (isSummaryRule(line)) return { kind: 'summary', part: 'rule', ...base };
      const row = matchSummaryRow(line);
      if (row) {
        const total = row.syscall === 'total';
        if (total) this.mode = 'normal';
        const { syscall, ...nums } = row;
        return { kind: 'summary', part: total ? 'total' : 'row', ...(total ? {} : { syscall }), ...nums, ...base };
      }
      this.mode = 'normal';
    }

    const recA = matchRecordA(line);
    if (recA) return this.recordA(recA, base);

    if (isLostReturn(line)) return this.lostReturn(base);

    // Before kernel/ops lines: a thread_log record can be glued to the end of one
    // (`read program complete: … 1 run thread, cpu 0, …`).
    const lineB = matchLineB(line);
    if (lineB) {
      const rec = this.lineB(lineB, base);
      if (rec) return rec;
    }

    const noise = matchNoise(line);
    if (noise) {
      if (this.lastEntryTid !== undefined) this.notePath(this.lastEntryTid, line);
      return { kind: 'tracer', source: noise.source, message: line.trim(), ...base };
    }

    const bare = matchBareNosyscall(line);
    if (bare !== null) return this.nosyscall(bare, undefined, '', base);

    if (looksLikeRecordA(line)) {
      return { kind: 'unparsed', reason: 'a `[tid] name(` record without `) = rv` or `<unfinished ...>`', ...base };
    }
    return { kind: 'output', ...base };
  }

  private recordA(rec: NanosRecordA, base: Base): CallRecord {
    const out: CallRecord = { kind: rec.type === 'call' ? 'syscall' : rec.type, name: rec.name, args: rec.args, ...base };
    // A label of digits is a tid; once a thread is named (prctl PR_SET_NAME) only the name shows.
    if (/^\d+$/.test(rec.label)) {
      out.tid = Number.parseInt(rec.label, 10);
      this.seenTids.add(out.tid);
    } else {
      out.comm = rec.label;
    }
    if (rec.prefix !== '') out.outputPrefix = rec.prefix;
    if (rec.type === 'unfinished') this.pendingA.set(rec.label, rec.name);
    else {
      out.ret = returnA(rec.rv);
      if (rec.type === 'resumed') this.pendingA.delete(rec.label);
    }
    return out;
  }

  /** `) = ?` alone: the entry was flushed as unfinished and the thread is gone. */
  private lostReturn(base: Base): CallRecord {
    const out: CallRecord = { kind: 'resumed', name: '', args: '', ret: { text: '?', value: null }, interrupted: true, ...base };
    // Only attributable when exactly one entry half is waiting.
    if (this.pendingA.size === 1) {
      const [label, name] = [...this.pendingA][0]!;
      out.name = name;
      if (/^\d+$/.test(label)) out.tid = Number.parseInt(label, 10);
      else out.comm = label;
      this.pendingA.clear();
    }
    return out;
  }

  private lineB(b: NanosLineB, base: Base): TraceRecord | null {
    const seen = this.seenTids.has(b.tid);
    const body = b.body;
    if (body.type === 'detail') {
      // A call that blocked got no `direct return`: its result is the `rv` of the thread's next
      // `run thread` line (nanos-ops-trace.md §3.2, nanos#1533).
      const blocked = this.pendingB.has(b.tid) ? runThreadResult(body.text) : undefined;
      if (blocked) return this.exitHalf(b, base, { ...blocked, hex: true });
      // `200 OK` from a web server has the same prefix: only a known thread or a kernel shape counts.
      if (!seen && !isKnownDetail(body.text)) return null;
      this.seenTids.add(b.tid);
      this.notePath(b.tid, body.text);
      const rec: TraceRecord = { kind: 'tracer', source: 'nanos', message: body.text.trim(), ...base };
      if (b.prefix !== '') rec.outputPrefix = b.prefix;
      return rec;
    }
    this.seenTids.add(b.tid);
    if (body.type === 'nosyscall') return this.nosyscall(body.name, b, b.prefix, base);

    const out: CallRecord = { kind: 'unfinished', name: '', args: '', tid: b.tid, ...base };
    if (b.threadName !== undefined) out.comm = b.threadName;
    if (b.prefix !== '') out.outputPrefix = b.prefix;
    if (body.type === 'entry') {
      out.name = body.name;
      this.pendingB.set(b.tid, body.name);
      this.pendingPath.delete(b.tid);
      this.lastEntryTid = b.tid;
      return out;
    }
    return this.exitHalf(b, base, { text: body.text, value: body.value });
  }

  /**
   * A `direct return` (or a blocked call's `run thread … rv`): the exit half of the tid's
   * pending entry (unknown name when the excerpt starts mid-call).
   */
  private exitHalf(b: NanosLineB, base: Base, ret: Return): CallRecord {
    const name = this.pendingB.get(b.tid) ?? '';
    const out: CallRecord = { kind: 'resumed', name, args: this.pathArgs(b.tid, name), tid: b.tid, ret, ...base };
    this.pendingB.delete(b.tid);
    this.pendingPath.delete(b.tid);
    if (ret.value !== null && ret.value < 0) ret.errnoNumber = -ret.value;
    if (b.threadName !== undefined) out.comm = b.threadName;
    if (b.prefix !== '') out.outputPrefix = b.prefix;
    return out;
  }

  /** A detail line naming the path of the tid's pending call: remember it for the call's return. */
  private notePath(tid: number, text: string): void {
    if (!this.pendingB.has(tid) || this.pendingPath.has(tid)) return;
    const path = detailPath(text);
    if (path !== undefined) this.pendingPath.set(tid, path);
  }

  /**
   * Format B prints no arguments; a detail line may name the path the call looked up. It becomes
   * the call's argument text when the path is the call's first argument (open, stat, access, …), so
   * the explanation and the failed-call findings name the file. Other arguments stay unknown.
   */
  private pathArgs(tid: number, name: string): string {
    const path = this.pendingPath.get(tid);
    if (path === undefined || signatureFor('linux', name)?.args[0]?.[1] !== 'path') return '';
    return `"${path.replace(/[\\"]/g, '\\$&')}"`;
  }

  /**
   * `nosyscall name`: Nanos has no handler and returns ENOSYS without a return line.
   * It closes the thread's pending entry of that name, or stands alone.
   */
  private nosyscall(name: string, b: NanosLineB | undefined, prefix: string, base: Base): CallRecord {
    let tid = b?.tid;
    if (tid === undefined) {
      // 2018 kernels printed it without a tid, right after the entry line.
      for (const [t, n] of this.pendingB) if (n === name) tid = t;
    }
    const pending = tid !== undefined && this.pendingB.get(tid) === name;
    const out: CallRecord = {
      kind: pending ? 'resumed' : 'syscall',
      name,
      args: '',
      ret: { text: 'nosyscall', value: null, errno: 'ENOSYS' },
      ...base,
    };
    if (tid !== undefined) out.tid = tid;
    if (pending) this.pendingB.delete(tid!);
    if (b?.threadName !== undefined) out.comm = b.threadName;
    if (prefix !== '') out.outputPrefix = prefix;
    return out;
  }
}

/**
 * `-ENOENT` carries only a name: value -1 is what the program's libc returns with that errno
 * set (the convention strace and dtruss records follow). A number is kept as printed, so
 * `-111` has value -111 and errnoNumber 111.
 */
function returnA(rv: NanosRv): Return {
  if (rv.none) return { text: rv.text, value: null };
  if (rv.errnoName !== undefined) return { text: rv.text, value: -1, errno: rv.errnoName };
  const ret: Return = { text: rv.text, value: rv.value! };
  if (rv.hex) ret.hex = true;
  if (rv.value! < 0) ret.errnoNumber = -rv.value!;
  return ret;
}

function sniff(text: string): Sniff {
  const line = stripAnsi(text).replace(/\r$/, '');
  const a = matchRecordA(line);
  // strace puts brackets in front of calls too: `[pid  123]` (-f), `[  3]` (-n, padded),
  // `[00007f1c69cfa011]` (-i). Nanos prints `[%d]` unpadded or a thread name.
  if (a) return /^pid\s+\d+$|^\s|^[0-9a-f?]{8,}$/.test(a.label) ? 0 : 2;
  const b = matchLineB(line);
  if (b) {
    if (b.body.type === 'return' || b.body.type === 'nosyscall') return 2;
    if (b.body.type === 'detail' && /^run thread, /.test(b.body.text)) return 2;
    if (b.body.type === 'entry') return 1;
    if (b.body.type === 'detail' && isKnownDetail(b.body.text)) return 1;
  }
  // Kernel/ops lines and the syscall_summary table (its header is strace -c's too).
  if (matchNoise(line) || isMissingFilesBegin(line) || isNanosSummaryLine(line)) return 1;
  return 0;
}

export const nanosFormat: FormatSpec = {
  format: 'nanos',
  os: 'linux',
  createReader: () => new NanosReader(),
  sniff,
};
