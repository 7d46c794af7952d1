// Analysis: one pass over the events keeping processes, fd tables and sockets, and the
// detectors that turn what happened into findings.
//
//   const a = new Analyzer({ os: 'linux', format: 'strace' });   // decodes with src/decode
//   for (const ev of events) explain(a.push(ev));                 // what each event touched
//   const { findings, processes, sockets } = a.finish(stats);     // most severe first

import type {
  DecodedCall,
  FdEntry,
  Finding,
  OsName,
  ProcessInfo,
  Severity,
  SocketInfo,
  Stats,
  SyscallEvent,
  TraceEvent,
  TraceFormat,
} from '../model/index.js';
import { CallView } from '../decode/call-view.js';
import { DETECTORS } from './detectors/index.js';
import { Tracker, type Touch } from './state/index.js';
import type { AnalyzedEvent, Detector, DetectorRun, Observation } from './types.js';
import { pathFailure, ServedRequests } from './observations.js';
import { CreationChains } from './chains.js';
import { decodeCall, decodeCallLater } from '../decode/index.js';

export type { AnalyzedEvent, Detector, DetectorRun, Observation, ConnectAttempt } from './types.js';
export type { FdEntry, FdKind } from '../model/index.js';
export { wellKnown, wellKnownPort, wellKnownAddress, unixEntry, WELL_KNOWN_PORTS, WELL_KNOWN_UNIX, WELL_KNOWN_ADDRESSES } from '../knowledge/endpoints.js';
export { probeKind, EXPECTED_PROBES } from '../knowledge/probes.js';
export type { WellKnown, UnixSocketEntry } from '../knowledge/endpoints.js';
export { DETECTORS } from './detectors/index.js';
export { endpointText, parseSockaddrText } from '../decode/text.js';

/**
 * Decodes one call for an OS; the analyzer asks it once per syscall event. `family` tells
 * the socket family of an fd from the analyzer's tables (dtruss prints sockaddrs as pointers).
 */
export type Decoder = (ev: SyscallEvent, os: OsName, family: (fd: number, pid?: number) => string | undefined) => DecodedCall | undefined;

/** The default decoder: src/decode's decodeCall, told the socket family of each fd. */
export const defaultDecoder: Decoder = (ev, os, family) => decodeCall(ev, os, { socketFamily: family });

/**
 * The default for strace: decoded when first read. strace prints names, so the text
 * answers most questions and most calls are never decoded; dtruss and Nanos print numbers
 * that only the tables name (and a sockaddr's family that only the fd table knows at the
 * time), so they are decoded at once.
 */
const laterDecoder: Decoder = (ev, os, family) => decodeCallLater(ev, os, contextOf(family));

// The analyzer gives the same `family` with every call: one context for it, not one per call.
let lastFamily: ((fd: number, pid?: number) => string | undefined) | undefined;
let lastContext: { socketFamily: (fd: number, pid?: number) => string | undefined } | undefined;
function contextOf(family: (fd: number, pid?: number) => string | undefined) {
  if (family !== lastFamily || !lastContext) {
    lastContext = { socketFamily: family };
    lastFamily = family;
  }
  return lastContext;
}

export interface AnalyzerOptions {
  os: OsName;
  format: TraceFormat;
  /** Argument decoder; default src/decode `decodeCall`. `false`: read the raw text only. */
  decode?: Decoder | false;
  /** Detectors to run instead of the default set. */
  detectors?: readonly Detector[];
}

export interface AnalysisResult {
  findings: Finding[];
  processes: ProcessInfo[];
  sockets: SocketInfo[];
  /** Ended processes and closed sockets left out of the lists above to bound memory on long traces. */
  omitted: { processes: number; sockets: number };
}

/** Beyond this many file changes (heavily interleaved -ff files) a finding's file comes from its pid. */
const MAX_FILE_RUNS = 100_000;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Most severe first; then in trace order. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || (a.f.lines[0] ?? 0) - (b.f.lines[0] ?? 0) || a.i - b.i)
    .map((x) => x.f);
}

export class Analyzer {
  readonly os: OsName;
  readonly format: TraceFormat;
  private readonly tracker: Tracker;
  private readonly runs: DetectorRun[];
  private readonly decode: Decoder | undefined;
  /** Several input files (`strace -ff`): the seq where each stretch of one file's events starts. */
  private fileRuns: { seq: number; file: string }[] = [];
  /** The file each pid's events came from (`null`: several); used when fileRuns grew too long. */
  private fileByPid = new Map<number, string | null>();
  /** The HTTP request each server process is answering (for every detector's observation). */
  private readonly served = new ServedRequests();
  /** Failed creations (mkdir EROFS …) and the lookups beneath them that follow from them. */
  private readonly chains = new CreationChains();

  constructor(opts: AnalyzerOptions) {
    this.os = opts.os;
    this.format = opts.format;
    this.decode = opts.decode === false ? undefined : (opts.decode ?? (opts.format === 'strace' ? laterDecoder : defaultDecoder));
    this.tracker = new Tracker(opts.os, opts.format);
    const ctx = { os: opts.os, format: opts.format, tracker: this.tracker };
    this.runs = (opts.detectors ?? DETECTORS).map((d) => d.create(ctx));
  }

  private readonly familyOf = (fd: number, pid?: number): string | undefined =>
    this.tracker.socketOf(this.tracker.lookup(this.tracker.keyOf({ pid }), fd))?.info.family;

  /** Take one event; returns what it touched. Call in trace order. */
  push(ev: TraceEvent): AnalyzedEvent {
    const out: AnalyzedEvent = { event: ev };
    const obs: Observation = { analyzed: out };
    if (ev.file !== undefined) this.noteFile(ev);
    if (ev.type === 'syscall') {
      let decoded: DecodedCall | undefined;
      try {
        decoded = this.decode?.(ev, this.os, this.familyOf);
      } catch {
        decoded = undefined; // unknown is never an error: fall back to the raw text
      }
      if (decoded) out.decoded = decoded;
      const call = CallView.of(ev, this.os, decoded);
      const touch: Touch = this.tracker.onCall(call);
      const proc = touch.proc!;
      const waited = this.tracker.onWait(call, proc);
      if (waited) touch.connect = waited;
      out.process = proc.info;
      if (touch.fd) out.fd = { ...touch.fd };
      if (touch.socket) out.socket = { ...touch.socket.info };
      if (touch.fds?.length) out.fds = touch.fds.map((e) => ({ ...e }));
      if (touch.closed?.length) out.closed = touch.closed.map((e) => ({ ...e }));
      if (touch.child) out.child = touch.child.info;
      if (touch.connect) out.connect = { ...touch.connect, lines: [...touch.connect.lines], events: [...touch.connect.events] };
      const pf = call.failed ? pathFailure(call, proc) : undefined;
      const created = this.chains.onCall(call, proc);
      if (created) obs.failedCreation = created;
      const root = pf && !pf.probe ? this.chains.follows(pf, call, proc) : undefined;
      if (pf && root) pf.after = { path: root.path, errno: root.errno, line: root.line };
      if (pf) obs.pathFailure = pf;
      if (pf?.probe) out.probe = pf.probe;
      obs.call = call;
      obs.touch = touch;
      obs.proc = proc;
      if (touch.socket) obs.sock = touch.socket;
      this.served.observe(obs);
      const answer = this.served.answered(obs);
      if (answer) obs.httpAnswer = answer;
    } else if (ev.type === 'exit') {
      const p = this.tracker.onExit(ev);
      out.process = p.info;
      obs.proc = p;
    } else if (ev.type === 'signal') {
      const p = this.tracker.onSignal(ev);
      out.process = p.info;
      obs.proc = p;
    } else if (ev.type === 'attach' && ev.target !== undefined) {
      out.process = this.tracker.attached(ev.target, ev.threads, ev.line).info;
    } else if (ev.type === 'detach' && ev.target !== undefined) {
      out.process = this.tracker.proc({ pid: ev.target, line: ev.line }).info;
    }
    for (const r of this.runs) r.observe?.(obs);
    return out;
  }

  private noteFile(ev: TraceEvent): void {
    const file = ev.file!;
    const last = this.fileRuns[this.fileRuns.length - 1];
    if (this.fileRuns.length <= MAX_FILE_RUNS && last?.file !== file) this.fileRuns.push({ seq: ev.seq, file });
    if (ev.pid !== undefined) {
      const known = this.fileByPid.get(ev.pid);
      if (known === undefined) this.fileByPid.set(ev.pid, file);
      else if (known !== file) this.fileByPid.set(ev.pid, null);
    }
  }

  /** The input file of event `seq`, when the trace came from several files. */
  private fileOfSeq(seq: number): string | undefined {
    const runs = this.fileRuns;
    let lo = 0;
    let hi = runs.length - 1;
    let found: string | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (runs[mid]!.seq <= seq) {
        found = runs[mid]!.file;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Says which input file(s) a finding's lines are in, when there are several files. */
  private placeInFiles(f: Finding): Finding {
    if (this.fileRuns.length === 0) return f;
    const files: string[] = [];
    if (this.fileRuns.length <= MAX_FILE_RUNS && f.events?.length) {
      for (const seq of f.events) {
        const file = this.fileOfSeq(seq);
        if (file !== undefined && !files.includes(file)) files.push(file);
      }
    } else if (f.pid !== undefined) {
      const file = this.fileByPid.get(f.pid);
      if (file) files.push(file);
    }
    if (files.length === 1) return { ...f, file: files[0]! };
    if (files.length > 1) return { ...f, files };
    return f;
  }

  /** Current fd table lookup. `pid` undefined: the single unlabelled process. */
  fd(pid: number | undefined, fd: number): FdEntry | undefined {
    const e = this.tracker.lookup(this.tracker.keyOf({ pid }), fd);
    return e ? { ...e } : undefined;
  }

  /** The socket an fd refers to right now. */
  socket(pid: number | undefined, fd: number): SocketInfo | undefined {
    return this.tracker.socketOf(this.tracker.lookup(this.tracker.keyOf({ pid }), fd))?.info;
  }

  process(pid: number | undefined): ProcessInfo | undefined {
    return this.tracker.procs.get(this.tracker.keyOf({ pid }))?.info;
  }

  /** End of the trace: run the detectors' conclusions. */
  finish(stats: Stats): AnalysisResult {
    this.tracker.end();
    const findings: Finding[] = [];
    for (const r of this.runs) {
      // Sentences may open with "the traced process" (no pid known).
      for (const f of r.finish(stats)) findings.push(this.placeInFiles({ ...f, explanation: f.explanation.replace(/^the /, 'The ') }));
    }
    linkExitToCause(findings, (pid) => this.tracker.procs.get(pid)?.tgid ?? pid);
    return {
      findings: sortFindings(findings),
      processes: this.tracker.order.map((p) => p.info),
      sockets: this.tracker.sockets.map((s) => s.info),
      omitted: { ...this.tracker.forgotten },
    };
  }
}

/** Warnings that can be why a process gave up (blocked or slow calls are not). */
const WARNING_CAUSES = new Set(['missing-file', 'permission-denied', 'http-error']);

/**
 * A non-zero exit usually follows from an error found in the same process: say which, so
 * the reader connects "exited with status 2" to "connect to /tmp/.s.PGSQL.5432 failed".
 */
function linkExitToCause(findings: Finding[], groupOf: (pid: number) => number): void {
  // The error may have been met in one of the process's threads (curl resolves in one). No
  // pid: the process strace printed without a prefix (one traced process, without -o).
  const group = (pid: number | undefined): number | undefined => (pid === undefined ? undefined : groupOf(pid));
  for (const exit of findings) {
    if (exit.id !== 'nonzero-exit') continue;
    const g = group(exit.pid);
    const mine = findings.filter((f) => f !== exit && group(f.pid) === g);
    // An error first; else a failure that is a warning (a file it could not open, a refusal, an HTTP error).
    const cause =
      mine.find((f) => f.severity === 'error' && f.id !== 'killed-by-signal') ??
      mine.find((f) => f.severity === 'warning' && WARNING_CAUSES.has(f.id));
    if (!cause) continue;
    exit.explanation += ` It most likely gave up because of the error found above: ${cause.title}.`;
  }
}

/** Analyze a whole event list at once (tests, small traces). */
export function analyzeEvents(events: Iterable<TraceEvent>, stats: Stats, opts: AnalyzerOptions): AnalysisResult & { analyzed: AnalyzedEvent[] } {
  const a = new Analyzer(opts);
  const analyzed: AnalyzedEvent[] = [];
  for (const ev of events) analyzed.push(a.push(ev));
  return { ...a.finish(stats), analyzed };
}
