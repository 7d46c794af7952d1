// dtruss (macOS /usr/bin/dtruss and the Solaris DTraceToolkit original) → records.
// The grammar (grammars/dtruss.ts) gives each line's shape; this reader adds what needs the
// lines before: which timing columns the header announced, whether we are inside a -s stack
// block, a -c count table or the D program that `invalid probe specifier` echoes.

import {
  hasIdPrefix,
  isBlank,
  isCountHeader,
  isProbeDumpEnd,
  looksLikeCall,
  matchCall,
  matchCountRow,
  matchDtrace,
  matchFrame,
  matchHeader,
  type DtrussCall,
  type DtrussColumn,
} from '../../grammars/dtruss.js';
import type { CallRecord, Origin, Return, TraceRecord } from '../model/index.js';
import type { FormatSpec, LineReader, Sniff } from './reader.js';

type Mode =
  /** ordinary lines */
  | 'normal'
  /** after `dtrace: invalid probe specifier`: the echoed D program, until its `: reason` line */
  | 'probe-dump'
  /** after `CALL  COUNT` */
  | 'counts';

class DtrussReader implements LineReader {
  private mode: Mode = 'normal';
  /** Columns announced by the last header; null before any header. */
  private columns: DtrussColumn[] | null = null;
  /** The last non-blank record was a syscall or a stack frame: an indented frame may follow. */
  private stackable = false;

  read(raw: string, origin: Origin): TraceRecord {
    const base = { text: raw, ...origin };
    // Trace text is untrusted; a stray CR from a Windows paste must not change the shape.
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;

    if (isBlank(line)) return { kind: 'blank', ...base };

    if (this.mode === 'probe-dump') {
      if (isProbeDumpEnd(line)) this.mode = 'normal';
      return { kind: 'tracer', source: 'dtrace', message: line, ...base };
    }

    const dtrace = matchDtrace(line);
    if (dtrace) {
      this.stackable = false;
      if (dtrace.kind === 'invalid-probe') this.mode = 'probe-dump';
      return { kind: 'tracer', source: 'dtrace', message: dtrace.message, ...base };
    }

    const header = matchHeader(line);
    if (header) {
      this.mode = 'normal';
      this.columns = header.columns;
      this.stackable = false;
      // The column header dtruss prints once in BEGIN: a tracer line, not a call.
      return { kind: 'tracer', source: 'dtruss', message: line.trim(), ...base };
    }

    if (isCountHeader(line)) {
      this.mode = 'counts';
      this.stackable = false;
      return { kind: 'summary', part: 'header', ...base };
    }
    if (this.mode === 'counts') {
      const row = matchCountRow(line);
      if (row) return { kind: 'summary', part: 'row', syscall: row.name, calls: row.count, ...base };
      this.mode = 'normal';
    }

    if (this.stackable) {
      const frame = matchFrame(line);
      if (frame !== null) return { kind: 'stack', frame, ...base };
    }

    const call = matchCall(line);
    if (call) {
      this.stackable = true;
      return this.callRecord(call, base);
    }
    this.stackable = false;

    if (hasIdPrefix(line)) {
      return { kind: 'unparsed', reason: 'a PID/THRD line without `name(args) = ret errno`', ...base };
    }
    if (looksLikeCall(line)) {
      return { kind: 'unparsed', reason: 'a call whose return is not `<ret> <errno>`', ...base };
    }
    // Program output, `^C`, sudo's `Password:`, posters' `...` elisions.
    return { kind: 'output', ...base };
  }

  private callRecord(call: DtrussCall, base: { text: string } & Origin): CallRecord {
    const ret: Return = { text: call.ret.text, value: call.ret.value };
    if (call.ret.hex) ret.hex = true;
    // Success is the errno field being 0, whatever the sign of the 32-bit-truncated return.
    if (call.ret.errno !== 0) ret.errnoNumber = call.ret.errno;
    const rec: CallRecord = { kind: 'syscall', name: call.name, args: call.args, ret, ...base };
    if (call.pid !== undefined) rec.pid = call.pid;
    if (call.tid !== undefined) rec.tid = call.tid;
    this.applyColumns(rec, call.columns);
    // -f prints `fork() = 0 0` (with `:` after its columns) at every new thread's first
    // traced call; a real fork returns the child's pid in the parent.
    if (call.colonColumns || (call.name === 'fork' && call.args === '' && call.ret.value === 0)) {
      rec.synthetic = true;
    }
    return rec;
  }

  private applyColumns(rec: CallRecord, values: number[]): void {
    if (values.length === 0) return;
    const names = this.columns !== null && this.columns.length === values.length ? this.columns : guessColumns(values.length);
    names.forEach((name, i) => {
      const v = values[i]!;
      if (name === 'RELATIVE') rec.vtimeUs = v;
      else if (name === 'ELAPSD') rec.duration = v / 1e6;
      else rec.cpuUs = v;
    });
  }
}

/**
 * Without a header (an excerpt), guess from the count: three numbers are -a's
 * RELATIVE ELAPSD CPU, two are -e -o (the only two-column captures seen), one is -d.
 */
function guessColumns(n: number): DtrussColumn[] {
  if (n >= 3) return ['RELATIVE', 'ELAPSD', 'CPU'];
  if (n === 2) return ['ELAPSD', 'CPU'];
  return ['RELATIVE'];
}

function sniff(text: string): Sniff {
  const line = text.endsWith('\r') ? text.slice(0, -1) : text;
  if (matchHeader(line) || matchCall(line)) return 2;
  if (matchDtrace(line)) return 2;
  if (isCountHeader(line)) return 1;
  return 0;
}

export const dtrussFormat: FormatSpec = {
  format: 'dtruss',
  os: 'darwin',
  createReader: () => new DtrussReader(),
  sniff,
};
