// What one run did, in terms that line up between two runs of the same program: keyed by the
// program (the execve'd binary) and by what a call was about (its path or endpoint and errno),
// never by pid or line number, which differ from run to run. Fed one analysed event at a time.

import type { AnalyzedEvent } from '../analyze/index.js';
import { programName } from '../analyze/detectors/describe.js';
import { callPath } from '../analyze/observations.js';
import { CallView } from '../decode/call-view.js';
import { returnedError } from '../decode/failure.js';
import { endpointText } from '../decode/text.js';
import { expectedFailure } from '../explain/failures.js';
import type { Story } from '../explain/index.js';
import { canonicalName, lookupSyscall } from '../knowledge/syscalls.js';
import type { Finding, OsName, ProcessInfo, Stats, TraceFormat } from '../model/index.js';
import { callText } from '../render/call.js';

/** Where a fact was seen first: enough to find it in the trace. */
export interface Seen {
  line: number;
  file?: string;
  pid?: number;
  /** The explainer's sentence for that event. */
  explanation: string;
  /** The call as strace printed it (arguments cut). */
  call?: string;
}

export interface FailureFact extends Seen {
  program: string;
  syscall: string;
  /** The path or endpoint the call was about ('' when it names neither). */
  target: string;
  errno: string;
  count: number;
  /** A normal answer or an expected probe (the explainer's and analyzer's verdict). */
  expected: boolean;
}

export interface TouchFact extends Seen {
  program: string;
  /** `connected to`, `bound`, `sent to`; for files, the call's name. */
  how: string;
  what: string;
}

export interface ExitFact extends Seen {
  program: string;
  code?: number;
  signal?: string;
}

/** A program's calls in order, as `name` or `name ERRNO`, for finding where two runs part. */
export interface CallSequence {
  program: string;
  /** Which run of the program this is (the second redis-cli of the trace: 1). */
  instance: number;
  tokens: string[];
  seen: Seen[];
}

export interface RunProfile {
  files: string[];
  stats?: Stats;
  /** Programs in order of first appearance. */
  programs: string[];
  failures: Map<string, FailureFact>;
  endpoints: Map<string, TouchFact>;
  paths: Map<string, TouchFact>;
  exits: ExitFact[];
  findings: Finding[];
  sequences: CallSequence[];
}

/** Calls that name an endpoint they go to (accept, recvfrom and getpeername name the other side's). */
const ENDPOINT_CALLS: Record<string, string> = { connect: 'connected to', bind: 'bound', sendto: 'sent to', sendmsg: 'sent to' };

/** Longest call sequence kept per program run (the first difference is what is reported). */
const MAX_SEQUENCE = 200_000;
const CALL_CHARS = 160;

/** `/proc/1234/…` in one run is `/proc/5678/…` in the other: the same place. */
const PID_IN_PATH = /^\/proc\/\d+(?=\/|$)/;

export class RunCollector {
  private readonly profile: RunProfile;
  private readonly sequences = new Map<number, CallSequence>();
  private readonly instances = new Map<string, number>();
  /** A failure's first occurrence by seq, until its story says whether it was expected. */
  private readonly firstFailures = new Map<number, FailureFact>();

  constructor(
    files: string[],
    private readonly os: OsName,
    private readonly format: TraceFormat,
  ) {
    this.profile = { files, programs: [], failures: new Map(), endpoints: new Map(), paths: new Map(), exits: [], findings: [], sequences: [] };
  }

  add(a: AnalyzedEvent, explanation: string): void {
    const ev = a.event;
    const program = this.programOf(a.process, ev.pid);
    const seen: Seen = { line: ev.line, explanation };
    if (ev.file !== undefined) seen.file = ev.file;
    if (ev.pid !== undefined) seen.pid = ev.pid;
    if (ev.type === 'exit' && ev.supersededBy === undefined) {
      const exit: ExitFact = { ...seen, program };
      if (ev.code !== undefined) exit.code = ev.code;
      if (ev.signal !== undefined) exit.signal = ev.signal;
      // A thread's exit says nothing of how its process ended.
      if (!a.process?.isThread) this.profile.exits.push(exit);
      return;
    }
    if (ev.type !== 'syscall') return;
    const text = callText(ev, a.decoded, this.format);
    seen.call = text.length > CALL_CHARS ? `${text.slice(0, CALL_CHARS - 1)}…` : text;
    const call = CallView.of(ev, this.os, a.decoded);
    const failed = returnedError(ev);
    const errno = failed ? (call.errno ?? 'error') : '';
    const name = canonicalName(ev.syscall);
    // A non-blocking connect's outcome is the SO_ERROR it reads back: part of what the call did.
    const soError = call.soErrorText();
    const token = failed ? `${name} ${errno}` : soError !== undefined ? `${name} SO_ERROR=${soError}` : name;
    // Memory calls (brk, mmap of anonymous memory …) follow the allocator, which varies from run to run.
    if (lookupSyscall(name)?.family !== 'memory') this.sequenceOf(a.process, program, ev.pid).push(token, seen);
    const path = callPath(call)?.replace(PID_IN_PATH, '/proc/PID');
    const endpoint = a.decoded?.args.find((x) => x.endpoint)?.endpoint;
    const how = ENDPOINT_CALLS[name];
    if (how && endpoint) put(this.profile.endpoints, `${program}\0${how}\0${endpointText(endpoint)}`, { ...seen, program, how, what: endpointText(endpoint) });
    if (failed) {
      const peer = endpoint ?? a.socket?.peer;
      const target = path ?? (peer ? endpointText(peer) : (a.fd?.path ?? ''));
      const key = `${program}\0${name}\0${target}\0${errno}`;
      const had = this.profile.failures.get(key);
      if (had) had.count++;
      else {
        const fact: FailureFact = { ...seen, program, syscall: name, target, errno, count: 1, expected: a.probe !== undefined };
        this.profile.failures.set(key, fact);
        this.firstFailures.set(ev.seq, fact);
      }
    } else if (path !== undefined) put(this.profile.paths, path, { ...seen, program, how: name, what: path });
  }

  /** A folded story: the explainer's verdict on which of its failures are expected. */
  story(s: Story): void {
    for (const it of s.items) {
      const fact = this.firstFailures.get(it.event.seq);
      if (!fact) continue;
      this.firstFailures.delete(it.event.seq);
      if (expectedFailure(it, s)) fact.expected = true;
    }
  }

  finish(findings: Finding[], stats: Stats): RunProfile {
    this.profile.findings = findings;
    this.profile.stats = stats;
    return this.profile;
  }

  /** The program a process runs now (its last execve), else its name, else `pid N`. */
  private programOf(p: ProcessInfo | undefined, pid: number | undefined): string {
    const name = (p ? programName(p) : undefined) ?? (pid !== undefined ? `pid ${String(pid)}` : 'the traced process');
    if (!this.profile.programs.includes(name)) this.profile.programs.push(name);
    return name;
  }

  /** The call sequence of a process's current program (an execve starts a new one). */
  private sequenceOf(p: ProcessInfo | undefined, program: string, pid: number | undefined): { push(token: string, seen: Seen): void } {
    const key = p?.isThread && p.leader !== undefined ? p.leader : (pid ?? 0);
    let seq = this.sequences.get(key);
    if (!seq || seq.program !== program) {
      const instance = this.instances.get(program) ?? 0;
      this.instances.set(program, instance + 1);
      seq = { program, instance, tokens: [], seen: [] };
      this.sequences.set(key, seq);
      this.profile.sequences.push(seq);
    }
    const s = seq;
    return {
      push(token, seen) {
        if (s.tokens.length >= MAX_SEQUENCE) return;
        s.tokens.push(token);
        s.seen.push(seen);
      },
    };
  }
}

function put<T>(map: Map<string, T>, key: string, value: T): void {
  if (!map.has(key)) map.set(key, value);
}
