// A trace as a Chrome trace-event timeline: a track per process and thread, a slice per call
// (its -T duration, or the span from its entry line to its `resumed>` line), instants for
// signals and exits, flow arrows for fork/clone and for a connect the traced server accepts,
// and the findings as global instants. Fed one analysed event at a time; what only the end
// knows (names, roles, findings) comes from `finish`.

import type { AnalyzedEvent } from '../../analyze/index.js';
import { epLabel, programName } from '../../analyze/detectors/describe.js';
import { listensFor } from '../../decode/text.js';
import { returnedError } from '../../decode/failure.js';
import { canonicalName } from '../../knowledge/syscalls.js';
import type { Endpoint, Finding, ProcessInfo, SyscallEvent, TraceEvent, TraceFormat } from '../../model/index.js';
import { sanitize } from '../sanitize.js';
import { callArgs, eventArgs } from './args.js';
import { complete, flowEnd, flowStart, instant, micros, timestamp, processName, processSortIndex, threadName, type ChromeEvent, type Track } from './trace-events.js';

const SEVERITY_WORD: Record<Finding['severity'], string> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' };

interface ThreadTrack extends Track {
  /** Start of the thread's first call: where an arrow from its parent's fork/clone ends. */
  firstCall?: number;
  /**
   * Events of a thread that ran before its parent's clone returned (strace prints the child's
   * first calls before `<... clone resumed>`): held until the clone says whose thread it is.
   */
  held?: ChromeEvent[];
}

interface Pending {
  track: Track;
  ts: number;
  /** The slice's end (an arrow's end must lie inside the accept that took the connection). */
  end: number;
  ep: Endpoint;
}

export interface TimelineCounts {
  /** Calls written as slices. */
  calls: number;
  /** Calls the trace gave no time for (left out of the timeline). */
  untimed: number;
  /** Calls with neither a -T duration nor a resumed line: drawn as zero-length slices. */
  noDuration: number;
  forks: number;
  connections: number;
}

export class ChromeTraceWriter {
  readonly counts: TimelineCounts = { calls: 0, untimed: 0, noDuration: 0, forks: 0, connections: 0 };
  /** Each traced pid/tid's process info (live: it learns its program at execve). */
  private readonly infos = new Map<number, ProcessInfo>();
  private readonly comms = new Map<number, string>();
  private readonly threads = new Map<number, ThreadTrack>();
  /** Process tracks in order of appearance. */
  private readonly processes: number[] = [];
  private readonly roles = new Map<number, string>();
  /** fork/clone seen before the child's first event, by child pid: where the arrow starts. */
  private readonly forkFrom = new Map<number, { track: Track; ts: number; kind: string }>();
  private readonly connects: Pending[] = [];
  private readonly accepts: Pending[] = [];
  /** Sockets whose connect was already taken (SocketInfo ids). */
  private readonly connected = new Set<string>();
  /** Each event's time by seq, for placing findings at the events they cite. */
  private readonly times: number[] = [];
  private lastTs = 0;
  private nextFlow = 1;

  constructor(private readonly format: TraceFormat) {}

  /** The trace events for one analysed event (often one slice; flows and instants beside it). */
  push(a: AnalyzedEvent, explanation: string): ChromeEvent[] {
    const ev = a.event;
    if (ev.type === 'syscall' && ev.time === undefined) this.counts.untimed++;
    if (ev.time === undefined || (ev.type !== 'syscall' && ev.type !== 'signal' && ev.type !== 'exit')) return [];
    const ts = timestamp(ev.time);
    this.times[ev.seq] = ts;
    this.lastTs = Math.max(this.lastTs, ts);
    const out: ChromeEvent[] = [];
    const track = this.trackOf(ev, a.process);
    if (ev.type === 'syscall') {
      const dur = this.duration(ev);
      out.push(complete(track, callName(ev, a), CALL_CATEGORY, ts, dur, callArgs(a, explanation, this.format)));
      this.counts.calls++;
      if (track.firstCall === undefined) this.firstCall(track, ts, out);
      if (a.child) this.forked(track, ts, a.child, out);
      this.pairConnection(a, track, ts, ts + dur, out);
    } else if (ev.type === 'signal') {
      out.push(instant(track, ev.stopped ? `stopped by ${ev.signal}` : ev.signal, 'signal', ts, 't', eventArgs(a, explanation)));
    } else {
      const what = ev.signal ? `killed by ${ev.signal}` : ev.supersededBy !== undefined ? 'replaced by execve' : `exited with ${String(ev.code ?? '?')}`;
      out.push(instant(track, what, 'exit', ts, 't', eventArgs(a, explanation)));
    }
    if (!track.held) return out;
    track.held.push(...out);
    return [];
  }

  /** Names, roles and sort order of the tracks, and the findings as global instants. */
  finish(findings: readonly Finding[]): ChromeEvent[] {
    const out: ChromeEvent[] = [];
    // Threads whose creation the trace never showed (attached to a running process) keep their pid.
    for (const t of this.threads.values()) if (t.held) this.settle(t, t.pid, out);
    for (const [i, pid] of this.processes.entries()) {
      const role = this.roles.get(pid);
      out.push(processName(pid, sanitize(this.programOf(pid) + (role ? ` (${role})` : ''))), processSortIndex(pid, i));
    }
    for (const [tid, t] of this.threads) {
      const prog = this.programOf(tid);
      out.push(threadName(t, sanitize(tid === t.pid ? prog : `${prog} thread ${String(tid)}`)));
    }
    for (const f of findings) {
      const seq = f.events?.find((s) => this.times[s] !== undefined);
      const ts = seq !== undefined ? this.times[seq]! : this.lastTs;
      const track = (f.pid !== undefined ? this.threads.get(f.pid) : undefined) ?? { pid: this.processes[0] ?? 1, tid: this.processes[0] ?? 1 };
      const args: Record<string, string | number[]> = { id: f.id, explanation: sanitize(f.explanation), lines: f.lines };
      if (f.hint) args.hint = sanitize(f.hint);
      if (f.file !== undefined) args.file = sanitize(f.file);
      out.push(instant({ pid: track.pid, tid: track.tid }, sanitize(`${SEVERITY_WORD[f.severity]}: ${f.title}`), `finding,${f.severity}`, ts, 'g', args));
    }
    return out;
  }

  /** The process/thread track of an event; a new thread's first event ends its parent's arrow. */
  private trackOf(ev: TraceEvent, p: ProcessInfo | undefined): ThreadTrack {
    // strace prints thread ids as pids: a thread's track sits in its thread group's process.
    const tid = ev.tid ?? ev.pid ?? p?.pid ?? 1;
    const known = this.threads.get(tid);
    if (known) return known;
    const pid = p?.isThread && p.leader !== undefined ? p.leader : (ev.pid ?? tid);
    const track: ThreadTrack = { pid: pid || 1, tid: tid || 1 };
    // Not the first process, and no parent yet: its parent's fork or clone has not returned.
    if (this.threads.size > 0 && p && !p.isThread && p.parent === undefined) track.held = [];
    else if (!this.processes.includes(track.pid)) this.processes.push(track.pid);
    this.threads.set(tid, track);
    if (p) this.infos.set(tid, p);
    if (ev.comm !== undefined) this.comms.set(tid, ev.comm);
    return track;
  }

  /** A thread's first call ends the arrow from its parent's fork/clone, if that came first. */
  private firstCall(track: ThreadTrack, ts: number, out: ChromeEvent[]): void {
    track.firstCall = ts;
    const from = this.forkFrom.get(track.tid);
    if (!from) return;
    this.forkFrom.delete(track.tid);
    this.arrow(from.track, from.ts, track, ts, from.kind, out);
  }

  /** The parent's fork/clone: an arrow to the child's first event (now, if it came first). */
  private forked(track: Track, ts: number, child: ProcessInfo, out: ChromeEvent[]): void {
    const kind = child.isThread ? 'thread' : 'fork';
    const seen = this.threads.get(child.pid);
    if (seen?.held) this.settle(seen, child.isThread && child.leader !== undefined ? child.leader : seen.pid, out);
    this.counts.forks++;
    if (seen?.firstCall !== undefined) this.arrow(track, ts, seen, Math.max(ts, seen.firstCall), kind, out);
    else this.forkFrom.set(child.pid, { track, ts, kind });
    this.infos.set(child.pid, child);
  }

  /** A held thread's process is known: its events go out on the right track. */
  private settle(track: ThreadTrack, pid: number, out: ChromeEvent[]): void {
    const held = track.held ?? [];
    delete track.held;
    for (const e of held) if (e.pid === track.pid && e.tid === track.tid) e.pid = pid;
    track.pid = pid;
    if (!this.processes.includes(pid)) this.processes.push(pid);
    out.push(...held);
  }

  /** A connect and the traced server's accept of it, whichever the trace shows first. */
  private pairConnection(a: AnalyzedEvent, track: Track, ts: number, end: number, out: ChromeEvent[]): void {
    const s = a.socket;
    if (!s) return;
    const ev = a.event as SyscallEvent;
    if (s.listening && s.local && a.fds?.some((f) => f.kind === 'socket')) {
      this.setRole(track.pid, `listens on ${epLabel(s.local)}`);
      const i = this.connects.findIndex((c) => listensFor(s.local!, c.ep));
      if (i < 0) this.accepts.push({ track, ts, end, ep: s.local });
      else this.connectionArrow(this.connects.splice(i, 1)[0]!, { track, ts, end, ep: s.local }, out);
      // connect itself: sendto/sendmsg with an address set a peer too, but open no connection.
    } else if (s.peer && !s.connectFailed && !s.listening && canonicalName(ev.syscall) === 'connect' && !this.connected.has(s.id)) {
      // Once per socket: a non-blocking connect is often asked again to see whether it finished.
      this.connected.add(s.id);
      this.setRole(track.pid, `client of ${epLabel(s.peer)}`);
      const i = this.accepts.findIndex((l) => listensFor(l.ep, s.peer!));
      if (i < 0) this.connects.push({ track, ts, end, ep: s.peer });
      else this.connectionArrow({ track, ts, end, ep: s.peer }, this.accepts.splice(i, 1)[0]!, out);
    }
  }

  private connectionArrow(from: Pending, to: Pending, out: ChromeEvent[]): void {
    this.counts.connections++;
    // An arrow end binds to the slice starting at its time (DevTools) or enclosing it (Perfetto), and
    // cannot go back in time: a blocking accept began before the connect, so its end then sits
    // inside the accept, where the connect began (Perfetto draws it; DevTools leaves it out).
    this.arrow(from.track, from.ts, to.track, to.ts >= from.ts ? to.ts : Math.min(to.end, from.ts), 'connection', out);
  }

  private arrow(from: Track, fromTs: number, to: Track, toTs: number, kind: string, out: ChromeEvent[]): void {
    const id = this.nextFlow++;
    out.push(flowStart(from, kind, CALL_CATEGORY, id, fromTs), flowEnd(to, kind, CALL_CATEGORY, id, toTs));
  }

  /** A server role outranks a client one (a proxy listens and connects). */
  private setRole(pid: number, role: string): void {
    const had = this.roles.get(pid);
    if (had === undefined || (!had.startsWith('listens') && role.startsWith('listens'))) this.roles.set(pid, role);
  }

  /** -T's time in the call; else the span to its resumed line; else zero (counted). */
  private duration(ev: SyscallEvent): number {
    if (ev.duration !== undefined) return micros(ev.duration);
    if (ev.endTime !== undefined && ev.time !== undefined && ev.endTime >= ev.time) return timestamp(ev.endTime) - timestamp(ev.time);
    // A call that never returned (`exit_group(0) = ?`, a killed process) has no duration to show anyway.
    if (ev.status === 'complete' && ev.ret?.value !== null) this.counts.noDuration++;
    return 0;
  }

  private programOf(tid: number): string {
    const info = this.infos.get(tid);
    return (info ? programName(info) : undefined) ?? this.comms.get(tid) ?? `pid ${String(tid)}`;
  }
}

/** A slice's name: the call, and its errno when it failed (`openat ENOENT`), readable on the track. */
function callName(ev: SyscallEvent, a: AnalyzedEvent): string {
  if (!returnedError(ev)) return ev.syscall;
  const errno = ev.ret?.errno ?? a.decoded?.errno?.name ?? (ev.ret?.errnoNumber !== undefined ? `errno ${String(ev.ret.errnoNumber)}` : 'error');
  return `${ev.syscall} ${errno}`;
}

/**
 * One category for every call: DevTools binds an arrow to the slice with the arrow's time,
 * track and category, and both ends of an arrow share theirs. The family and failure are args.
 */
const CALL_CATEGORY = 'syscall';
