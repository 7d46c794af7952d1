// `strace -c`-style tables, gathered in one streaming pass: per syscall (calls, errors,
// total/avg/max time in the call), per process, per errno, and the socket endpoints the
// trace touched. Memory grows with the number of distinct names, not with the trace.

import { Connects, mayTellConnect, type ConnectAttempt } from '../analyze/state/connects.js';
import { CallView } from '../decode/call-view.js';
import { returnedError } from '../decode/failure.js';
import { argViews } from '../explain/args.js';
import { lookupSyscall } from '../knowledge/syscalls.js';
import type { DecodedCall, Endpoint, OsName, SyscallEvent, TraceEvent } from '../model/index.js';
import { palette } from './color.js';
import { sanitize } from './sanitize.js';
import type { RenderOptions } from './types.js';

export interface SyscallRow {
  syscall: string;
  calls: number;
  errors: number;
  /** Seconds, summed over calls that printed a duration. */
  total: number;
  timed: number;
  max: number;
}

export interface ProcessRow {
  pid: number | undefined;
  /** Program of its last successful execve, when the trace shows one. */
  program?: string;
  calls: number;
  errors: number;
  firstLine: number;
  lastLine: number;
  exit?: string;
}

export interface ErrnoRow {
  errno: string;
  count: number;
  /** Calls that failed with it, most frequent first. */
  syscalls: [string, number][];
}

export interface EndpointRow {
  endpoint: string;
  service?: string;
  /** connect, bind, sendto, accept… with counts. */
  calls: [string, number][];
  failures: number;
}

export interface Summary {
  /** What the time columns measure, in words. */
  clock: string;
  /** The rows come from the tracer's own summary table (`strace -c`, dtruss -c, Nanos), not from calls. */
  fromTable?: boolean;
  timed: boolean;
  syscalls: SyscallRow[];
  processes: ProcessRow[];
  errnos: ErrnoRow[];
  endpoints: EndpointRow[];
}

/** Names a well-known endpoint ("PostgreSQL"); the CLI passes analysis's table. */
export type EndpointNamer = (ep: Endpoint) => { service: string } | undefined;

function endpointKey(ep: Endpoint): string | undefined {
  if ((ep.family === 'AF_INET' || ep.family === 'AF_INET6') && typeof ep.address === 'string') {
    return ep.family === 'AF_INET6' ? `[${ep.address}]:${String(ep.port)}` : `${ep.address}:${String(ep.port)}`;
  }
  if (ep.family === 'AF_UNIX' && typeof ep.path === 'string' && ep.path !== '') return `unix:${ep.abstract ? '@' : ''}${ep.path}`;
  return undefined;
}

/** What summary asks of a call by its name alone: decided once per name, not once per call. */
interface NameFacts {
  exec: boolean;
  fork: boolean;
  /** A network call with an address argument (connect, bind, sendto, accept…). */
  endpoint: boolean;
  connecting: boolean;
  closing: boolean;
  /** Can tell the outcome of a connect in progress (knowledge in analyze/state/connects.ts). */
  mayTell: boolean;
}

function factsOf(name: string): NameFacts {
  const entry = lookupSyscall(name);
  return {
    exec: name === 'execve' || name === 'execveat',
    fork: /^(fork|vfork|clone|clone3)$/.test(name),
    endpoint: entry?.family === 'net' && entry.args.includes('addr'),
    connecting: /^connect/.test(name),
    closing: /^close/.test(name),
    mayTell: mayTellConnect(name),
  };
}

export class SummaryCollector {
  private sys = new Map<string, { row: SyscallRow; facts: NameFacts }>();
  /** Per pid (undefined: a trace without pids). */
  private procs = new Map<number | undefined, ProcessRow>();
  private errs = new Map<string, { count: number; by: Map<string, number> }>();
  private eps = new Map<string, { ep: Endpoint; calls: Map<string, number>; failures: number }>();
  private anyTimed = false;
  private programs = new Map<string, string>();
  /**
   * Non-blocking connects in progress, per `pid:fd`: analysis decides their outcome (connect
   * again, SO_ERROR, poll, a read or write); a failed one counts against its endpoint.
   */
  private pendingConnects = new Map<string, ConnectAttempt>();
  private connects = new Connects<string>(
    {
      get: (k) => this.pendingConnects.get(k),
      set: (k, a) => {
        if (this.pendingConnects.size < 10_000 || this.pendingConnects.has(k)) this.pendingConnects.set(k, a);
      },
      delete: (k) => this.pendingConnects.delete(k),
    },
    (_k, a) => this.connectSettled(a),
  );
  /** The endpoint row each attempt counts against, and the attempts already counted as failed. */
  private attemptRow = new WeakMap<ConnectAttempt, string>();
  private countedFailed = new WeakSet<ConnectAttempt>();
  private readonly os: OsName;

  constructor(
    private format: string,
    private namer?: EndpointNamer,
    os?: OsName,
  ) {
    this.os = os ?? (format === 'dtruss' ? 'darwin' : 'linux');
  }

  add(ev: TraceEvent, decoded?: DecodedCall): void {
    if (ev.type === 'summary') {
      if (ev.part === 'row' && ev.syscall) this.tableRow(ev.syscall, ev.calls, ev.errors, ev.seconds);
      return;
    }
    let p = this.procs.get(ev.pid);
    if (!p) this.procs.set(ev.pid, (p = { pid: ev.pid, calls: 0, errors: 0, firstLine: ev.line, lastLine: ev.line }));
    p.lastLine = ev.line;
    if (ev.type === 'exit') {
      p.exit = ev.signal ? `killed by ${ev.signal}${ev.core ? ' (core dumped)' : ''}` : ev.code !== undefined ? `exit ${String(ev.code)}` : p.exit;
      return;
    }
    if (ev.type !== 'syscall') return;
    p.calls++;
    let counted = this.sys.get(ev.syscall);
    if (!counted) this.sys.set(ev.syscall, (counted = { row: { syscall: ev.syscall, calls: 0, errors: 0, total: 0, timed: 0, max: 0 }, facts: factsOf(ev.syscall) }));
    const { row, facts } = counted;
    row.calls++;
    if (ev.duration !== undefined) {
      this.anyTimed = true;
      row.total += ev.duration;
      row.timed++;
      if (ev.duration > row.max) row.max = ev.duration;
    }
    const r = ev.ret;
    const errno = decoded?.errno?.name ?? r?.errno ?? (r?.errnoNumber !== undefined ? `errno ${String(r.errnoNumber)}` : undefined);
    const isErr = returnedError(ev);
    if (isErr && errno !== undefined) {
      row.errors++;
      p.errors++;
      let e = this.errs.get(errno);
      if (!e) this.errs.set(errno, (e = { count: 0, by: new Map() }));
      e.count++;
      e.by.set(ev.syscall, (e.by.get(ev.syscall) ?? 0) + 1);
    }
    if (facts.exec && !isErr && ev.status === 'complete') {
      const prog = CallView.of(ev, this.os, decoded).firstString();
      if (prog) this.programs.set(String(ev.pid ?? ''), prog);
    }
    // A forked child runs its parent's program until it execs.
    if (facts.fork && !isErr && (r?.value ?? 0) > 0) {
      const pidKey = String(ev.pid ?? '');
      const parent = this.programs.get(pidKey);
      const child = String(r!.value);
      // A thread (CLONE_THREAD) is part of its parent's process: say so beside the program.
      const thread = CallView.of(ev, this.os, decoded).allNames().has('CLONE_THREAD');
      if (parent && !this.programs.has(child)) {
        // A thread started by a thread belongs to the same process: name the leader once.
        const m = / \(thread of (\d+)\)$/.exec(parent);
        const base = m ? parent.slice(0, m.index) : parent;
        this.programs.set(child, thread ? `${base} (thread of ${m?.[1] ?? pidKey})` : base);
      }
    }
    const named = facts.endpoint ? this.endpointOf(ev, decoded) : undefined;
    const settled = this.followConnect(ev, decoded, facts, named?.key);
    // A connect that tells an attempt's outcome is counted with the attempt, once.
    if (named) this.countEndpoint(ev, named, isErr && errno !== 'EINPROGRESS' && !settled);
  }

  /** The endpoint a call names (connect, bind, sendto, accept…), with its row key. */
  private endpointOf(ev: SyscallEvent, decoded: DecodedCall | undefined): { ep: Endpoint; key: string } | undefined {
    const entry = lookupSyscall(ev.syscall);
    const ep = argViews(ev, decoded, entry).find((a) => a.role === 'addr')?.endpoint;
    const key = ep ? endpointKey(ep) : undefined;
    return ep && key ? { ep, key } : undefined;
  }

  private countEndpoint(ev: SyscallEvent, { ep, key }: { ep: Endpoint; key: string }, failed: boolean): void {
    let e = this.eps.get(key);
    if (!e) {
      if (this.eps.size >= 10_000) return; // bound memory on traces that talk to everyone
      this.eps.set(key, (e = { ep, calls: new Map(), failures: 0 }));
    }
    e.calls.set(ev.syscall, (e.calls.get(ev.syscall) ?? 0) + 1);
    if (failed) e.failures++;
  }

  /**
   * Follows non-blocking connects to their outcome (decided in analyze/state/connects.ts).
   * True when this call is a connect that told the outcome of one in progress.
   */
  private followConnect(ev: SyscallEvent, decoded: DecodedCall | undefined, facts: NameFacts, row: string | undefined): boolean {
    const { connecting, closing } = facts;
    if (this.pendingConnects.size === 0 && !connecting) return false;
    if (!closing && !facts.mayTell) return false;
    const pidKey = String(ev.pid ?? '');
    const call = CallView.of(ev, this.os, decoded);
    const keyOf = (fd: number): string => `${pidKey}:${String(fd)}`;
    if (this.pendingConnects.size > 0) this.connects.onWait(call, keyOf);
    const fd = call.fd(0);
    if (fd === undefined) return false;
    const k = keyOf(fd);
    // close ends it: the fd number may come back as another socket.
    if (closing) {
      this.pendingConnects.delete(k);
      return false;
    }
    const family = connecting ? call.endpoint(1)?.family : undefined;
    const a = this.connects.onCall(k, call, { fd, socketId: k, ...(family ? { family } : {}) });
    if (!a) return false;
    if (a.line !== ev.line) return connecting;
    if (row !== undefined) this.attemptRow.set(a, row);
    return false;
  }

  /** A failed attempt counts once against its endpoint, whichever call told it. */
  private connectSettled(a: ConnectAttempt): void {
    if (a.state !== 'failed' || this.countedFailed.has(a)) return;
    this.countedFailed.add(a);
    const row = this.attemptRow.get(a);
    const e = row === undefined ? undefined : this.eps.get(row);
    if (e) e.failures++;
  }

  private table = new Map<string, SyscallRow>();
  private tableTimed = false;

  /** A row of a summary table printed by the tracer (kept apart: used when the trace has no calls). */
  private tableRow(syscall: string, calls = 0, errors = 0, seconds?: number): void {
    let row = this.table.get(syscall);
    if (!row) this.table.set(syscall, (row = { syscall, calls: 0, errors: 0, total: 0, timed: 0, max: 0 }));
    row.calls += calls;
    row.errors += errors;
    if (seconds !== undefined) {
      this.tableTimed = true;
      row.total += seconds;
      row.timed += calls;
    }
  }

  result(): Summary {
    if (this.sys.size === 0 && this.table.size > 0) {
      // A trace that is only a -c table: report that table (no per-call maximum exists).
      const rows = [...this.table.values()].sort((a, b) => b.total - a.total || b.calls - a.calls || a.syscall.localeCompare(b.syscall));
      return {
        clock: this.tableTimed
          ? "the tracer's own summary table (strace -c counts system CPU time in each call; no per-call maximum)"
          : "the tracer's own summary table (counts only, no times)",
        fromTable: true,
        timed: this.tableTimed,
        syscalls: rows,
        processes: [],
        errnos: [],
        endpoints: [],
      };
    }
    const clock = this.anyTimed
      ? this.format === 'dtruss'
        ? "elapsed time in each call from dtruss's ELAPSD column (wall clock)"
        : 'wall-clock time spent in each call, from strace -T'
      : 'no per-call durations in this trace (strace -T or dtruss -e prints them)';
    return {
      clock,
      timed: this.anyTimed,
      syscalls: [...this.sys.values()].map((c) => c.row).sort((a, b) => b.total - a.total || b.calls - a.calls || a.syscall.localeCompare(b.syscall)),
      processes: [...this.procs.values()]
        .filter((p) => p.calls > 0 || p.exit)
        .map((p) => {
          const program = this.programs.get(String(p.pid ?? ''));
          return program ? { ...p, program } : p;
        })
        .sort((a, b) => a.firstLine - b.firstLine),
      errnos: [...this.errs]
        .map(([errno, e]) => ({ errno, count: e.count, syscalls: [...e.by].sort((a, b) => b[1] - a[1]) }))
        .sort((a, b) => b.count - a.count || a.errno.localeCompare(b.errno)),
      endpoints: [...this.eps].map(([key, e]) => {
        const row: EndpointRow = { endpoint: key, calls: [...e.calls].sort((a, b) => b[1] - a[1]), failures: e.failures };
        const name = this.namer?.(e.ep)?.service;
        if (name) row.service = name;
        return row;
      }),
    };
  }
}

function secs(n: number): string {
  return n.toFixed(6);
}

/** Appends the table's lines to `out` (no spread: a table may have 250,000 rows). */
function table(out: string[], header: string[], rows: string[][], right: boolean[]): void {
  // A loop, not Math.max(...rows): a spread of 250,000 processes' rows overflows the stack.
  const w = header.map((h) => h.length);
  for (const r of rows) for (let i = 0; i < w.length; i++) if (r[i]!.length > w[i]!) w[i] = r[i]!.length;
  const fmt = (r: string[]): string => r.map((c, i) => (right[i] ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join('  ').trimEnd();
  out.push(fmt(header), w.map((n) => '-'.repeat(n)).join('  '));
  for (const r of rows) out.push(fmt(r));
}

/** The summary as text tables. */
export function renderSummaryText(s: Summary, opts: RenderOptions = {}): string {
  const p = palette(opts.color);
  const out: string[] = [];
  const totalTime = s.syscalls.reduce((n, r) => n + r.total, 0);
  const totalCalls = s.syscalls.reduce((n, r) => n + r.calls, 0);
  const totalErr = s.syscalls.reduce((n, r) => n + r.errors, 0);
  out.push(p.bold('System calls') + p.dim(` — time: ${s.clock}`));
  const rows = s.syscalls.map((r) => [
    s.timed && totalTime > 0 ? ((100 * r.total) / totalTime).toFixed(2) : '',
    s.timed ? secs(r.total) : '',
    // Whole microseconds, rounded down, as strace -c prints them.
    s.timed && r.timed ? String(Math.floor((1e6 * r.total) / r.timed + 1e-9)) : '',
    s.timed && !s.fromTable ? String(Math.round(r.max * 1e6)) : '',
    String(r.calls),
    r.errors ? String(r.errors) : '',
    sanitize(r.syscall),
  ]);
  const timedCalls = s.syscalls.reduce((n, r) => n + r.timed, 0);
  const avg = s.timed && timedCalls ? String(Math.floor((1e6 * totalTime) / timedCalls + 1e-9)) : '';
  rows.push([s.timed ? '100.00' : '', s.timed ? secs(totalTime) : '', avg, '', String(totalCalls), totalErr ? String(totalErr) : '', 'total']);
  table(out, ['% time', 'seconds', 'usecs/call', 'max usecs', 'calls', 'errors', 'syscall'], rows, [true, true, true, true, true, true, false]);
  if (s.fromTable) {
    out.push('', p.dim('(the trace holds only the tracer\'s summary table: per-process, errno and endpoint tables need the calls themselves)'));
    return out.join('\n') + '\n';
  }
  out.push('');
  out.push(p.bold('Processes'));
  table(
    out,
    ['pid', 'program', 'calls', 'errors', 'lines', 'end'],
    s.processes.map((r) => [
      r.pid === undefined ? '-' : String(r.pid),
      sanitize(r.program ?? ''),
      String(r.calls),
      r.errors ? String(r.errors) : '',
      `${String(r.firstLine)}-${String(r.lastLine)}`,
      r.exit ?? '',
    ]),
    [true, false, true, true, false, false],
  );
  out.push('');
  out.push(p.bold('Errors'));
  if (s.errnos.length === 0) out.push('none');
  else
    table(
      out,
      ['errno', 'count', 'from'],
      s.errnos.map((e) => [e.errno, String(e.count), e.syscalls.slice(0, 5).map(([n, c]) => `${sanitize(n)} ×${String(c)}`).join(', ')]),
      [false, true, false],
    );
  out.push('');
  out.push(p.bold('Socket endpoints'));
  if (s.endpoints.length === 0) out.push('none');
  else
    table(
      out,
      ['endpoint', 'service', 'calls', 'failed'],
      s.endpoints.map((e) => [sanitize(e.endpoint), e.service ?? '', e.calls.map(([n, c]) => `${n} ×${String(c)}`).join(', '), e.failures ? String(e.failures) : '']),
      [false, false, false, true],
    );
  return out.join('\n') + '\n';
}
