// blocked-at-end: calls that never returned before the trace ended — where a hung
// program was waiting. slow-call: with -T, calls much slower than the rest of the trace.

import type { Finding, ProcessInfo, SocketInfo, FdEntry } from '../../model/index.js';
import type { CallView } from '../../decode/call-view.js';
import type { Detector, DetectorContext, DetectorRun, Observation } from '../types.js';
import { isIdleWait } from '../../knowledge/idle-waits.js';
import { fdWords, lineList, procName, setPid } from './describe.js';

/** Calls whose job is to wait: a long duration there is not slowness. */
const WAITING = new Set(
  (
    'poll ppoll select pselect6 _newselect epoll_wait epoll_pwait epoll_pwait2 wait4 waitid waitpid futex nanosleep ' +
    'clock_nanosleep pause sigsuspend rt_sigsuspend rt_sigtimedwait sigtimedwait accept accept4 accept_nocancel ' +
    'restart_syscall kevent kevent64 kevent_qos select_nocancel poll_nocancel __semwait_signal psynch_cvwait ' +
    'psynch_mutexwait workq_kernreturn ulock_wait ulock_wait2 io_getevents io_uring_enter msgrcv semop semtimedop ' +
    'mq_timedreceive flock'
  ).split(' '),
);
/** Reads and receives wait for data unless they are on a regular file. */
const IO_WAIT = new Set(
  'read readv recv recvfrom recvmsg recvmmsg read_nocancel recvfrom_nocancel recvmsg_nocancel write writev send sendto sendmsg connect connect_nocancel'.split(' '),
);

function waits(name: string, fd: FdEntry | undefined): boolean {
  if (WAITING.has(name)) return true;
  if (IO_WAIT.has(name)) return !fd || (fd.kind !== 'file' && fd.kind !== 'directory');
  return false;
}

interface Blocked {
  proc: ProcessInfo;
  syscall: string;
  line: number;
  seq: number;
  fd?: FdEntry;
  socket?: SocketInfo;
  /** What a poll/select waited on: `fd 3 (a TCP socket listening on 127.0.0.1:8123)`. */
  watched?: string[];
  detached: boolean;
}

/** The fds a poll or select call watches, from its first (poll) or second (select) argument. */
function watchedFds(call: CallView): number[] {
  if (/^(poll|ppoll|poll_nocancel)$/.test(call.name)) return call.pollFds();
  if (/^(select|pselect6|_newselect|select_nocancel)$/.test(call.name)) return call.fdSet(1);
  return [];
}

class BlockedRun implements DetectorRun {
  private blocked = new Map<number, Blocked>();
  /** The tracer let go (`Process N detached`, `<detached ...>`): the trace ends by detaching, not by a hang. */
  private detach?: string;

  constructor(private readonly ctx: DetectorContext) {}

  observe(o: Observation): void {
    const ev = o.analyzed.event;
    if (ev.type === 'detach') this.detach ??= `strace printed "Process ${String(ev.target ?? ev.pid ?? '?')} detached" at line ${String(ev.line)}`;
    if (ev.type === 'syscall' && ev.status === 'detached') this.detach ??= `line ${String(ev.line)} ends in <detached ...>`;
    if (ev.type !== 'syscall' || !o.proc) return;
    if (ev.status !== 'unfinished' && ev.status !== 'detached') return;
    if (ev.syscall === 'exit' || ev.syscall === 'exit_group') return;
    const b: Blocked = { proc: o.proc.info, syscall: ev.syscall, line: ev.line, seq: ev.seq, detached: ev.status === 'detached' };
    if (o.analyzed.fd) b.fd = o.analyzed.fd;
    if (o.analyzed.socket) b.socket = o.analyzed.socket;
    if (!b.fd && o.call) {
      const t = this.ctx.tracker;
      const proc = o.proc;
      const fds = watchedFds(o.call).slice(0, 4);
      if (fds.length) b.watched = fds.map((fd) => {
        const e = proc.fds.map.get(fd);
        return e ? fdWords(e, t.socketOf(e)?.info) : `fd ${String(fd)}`;
      });
    }
    this.blocked.set(o.proc.key, b);
  }

  finish(): Finding[] {
    const out: Finding[] = [];
    // A process that exited or was killed afterwards was not hung at the end.
    const alive = [...this.blocked.values()].filter((b) => b.proc.exitCode === undefined && b.proc.signal === undefined);
    const idle = this.idleAtEnd(alive);
    if (idle.length > 1) out.push(idleFinding(idle, this.detach));
    const idleSet = new Set(idle);
    // One finding per waiting call up to a limit, then one that counts the rest: a trace of
    // thousands of processes each cut in a call would otherwise hold and print one each.
    const rest: Blocked[] = [];
    for (const b of alive) {
      if (idle.length > 1 && idleSet.has(b)) continue;
      if (out.length >= MAX_BLOCKED_FINDINGS) {
        rest.push(b);
        continue;
      }
      const on = b.fd ? ` on ${fdWords(b.fd, b.socket)}` : b.watched ? ` waiting on ${b.watched.join(', ')}` : '';
      // A call that waits (read, poll, futex, wait4) is where a hung program hangs; one that
      // does not wait (mmap, stat) still open at the end more likely means the trace was cut.
      const waiting = waits(b.syscall, b.fd);
      const f: Finding = {
        id: 'blocked-at-end',
        severity: b.detached || !waiting || idleSet.has(b) ? 'info' : 'warning',
        title: `${procName(b.proc)} still in ${b.syscall}() at the end of the trace`,
        explanation:
          `${procName(b.proc)} entered ${b.syscall}()${on} at line ${String(b.line)} and ` +
          (b.detached ? 'was still in it when the tracer detached.' : 'the call had not returned when the trace ended.') +
          (waiting
            ? ' If the program looked hung, this is what it was waiting for.'
            : ' This call does not normally wait, so the trace was probably cut here (or the tracer stopped).'),
        hint: waiting
          ? 'Find out why the awaited event never came: the peer, child process or lock it waits on.'
          : 'If the program really stopped here, check the device or file system behind the call; otherwise capture a longer trace.',
        lines: [b.line],
        events: [b.seq],
      };
      setPid(f, b.proc);
      out.push(f);
    }
    if (rest.length) out.push(moreBlockedFinding(rest, this.detach));
    return out;
  }

  // --- added for quiet on normal behaviour
  /**
   * The waits at the end that are idle threads, not a hang: when the tracer detached, every
   * call that waits (attach mode: servers, pools and loops idle between events); without a
   * detach notice, the calls that park an idle thread (knowledge/idle-waits.ts) when several
   * threads or processes are parked so and nothing else waits (a daemon and its workers the
   * trace was cut on). A single process waiting for its peer's answer stays a warning.
   */
  private idleAtEnd(alive: Blocked[]): Blocked[] {
    if (this.detach !== undefined) return alive.filter((b) => b.detached || waits(b.syscall, b.fd));
    // Without one, only when every wait is such a park: a process still reading a pipe or a
    // socket (`sleep 30 | cat` snapshot) makes the others part of a hang, not idle.
    const waiting = alive.filter((b) => waits(b.syscall, b.fd));
    return waiting.length > 1 && waiting.every((b) => isIdleWait(b.syscall)) ? waiting : [];
  }
}

/** Findings of blocked-at-end one call each; the calls past it are counted in one more. */
const MAX_BLOCKED_FINDINGS = 100;

/** The calls still open at the end past MAX_BLOCKED_FINDINGS, counted by call name. */
function moreBlockedFinding(rest: Blocked[], detach: string | undefined): Finding {
  const per = new Map<string, number>();
  for (const b of rest) per.set(b.syscall, (per.get(b.syscall) ?? 0) + 1);
  const calls = [...per.entries()].sort((a, b) => b[1] - a[1]);
  const shown = calls.slice(0, 8).map(([name, n]) => `${name}() ×${String(n)}`);
  const waiting = rest.some((b) => !b.detached && waits(b.syscall, b.fd));
  return {
    id: 'blocked-at-end',
    severity: waiting ? 'warning' : 'info',
    title: `${String(rest.length)} more calls still open at the end of the trace`,
    explanation:
      `Past the first ${String(MAX_BLOCKED_FINDINGS)} listed one by one, ${String(rest.length)} more calls had not returned when the ` +
      `${detach ? 'tracer detached' : 'trace ended'}: ${shown.join(', ')}${calls.length > 8 ? ', …' : ''}.`,
    hint: 'With this many processes cut in a call, the trace most likely ended (or was cut) while they all ran; look at the first ones listed.',
    lines: lineList(...rest.slice(0, 10).map((b) => b.line)),
    events: rest.slice(0, 10).map((b) => b.seq),
  };
}

/** One note for the threads found idle at the end: what each was parked in. */
function idleFinding(idle: Blocked[], detach: string | undefined): Finding {
  // Processes when the trace shows what each one runs (nginx master and workers); threads when
  // any is one, or when attaching hid how they were made.
  const what = idle.every((b) => !b.proc.isThread && (b.proc.exe !== undefined || b.proc.argv !== undefined)) ? 'processes' : 'threads';
  const per = new Map<string, Blocked[]>();
  for (const b of idle) {
    const list = per.get(b.syscall);
    if (list) list.push(b);
    else per.set(b.syscall, [b]);
  }
  const calls = [...per.entries()].map(([name, bs]) => {
    const who = bs.slice(0, 4).map((b) => procName(b.proc)).join(', ') + (bs.length > 4 ? ', …' : '');
    return `${name}()${bs.length > 1 ? ` ×${String(bs.length)}` : ''} (${who})`;
  });
  const f: Finding = {
    id: 'blocked-at-end',
    severity: 'info',
    title: `${String(idle.length)} ${what} were idle when the ${detach ? 'tracer detached' : 'trace ended'}`,
    explanation:
      `When the ${detach ? `tracer detached (${detach})` : 'trace ended'}, ${String(idle.length)} ${what} were waiting in calls that park an idle ` +
      `thread: ${calls.join(', ')}. An event loop, a worker pool or a server master waits like this between events; ` +
      'it is not a hang by itself.',
    hint: 'Only if the program looked hung: see what these waits were for (the lock, the fds polled, the children), and trace longer to see whether they return.',
    lines: lineList(...idle.map((b) => b.line).slice(0, 10)),
    events: idle.map((b) => b.seq).slice(0, 10),
  };
  const first = idle[0]!;
  if (idle.every((b) => (b.proc.leader ?? b.proc.pid) === (first.proc.leader ?? first.proc.pid))) setPid(f, first.proc);
  return f;
}

interface Timed {
  duration: number;
  syscall: string;
  line: number;
  seq: number;
  proc: ProcessInfo;
  /** The start of its argument text, for showing. */
  preview: string;
}

const TOP = 50;
const MIN_SLOW = 0.05;

class SlowRun implements DetectorRun {
  private n = 0;
  private sum = 0;
  private top: Timed[] = [];

  observe(o: Observation): void {
    const ev = o.analyzed.event;
    if (ev.type !== 'syscall' || ev.duration === undefined || !o.proc) return;
    if (waits(ev.syscall, o.analyzed.fd) || ev.status !== 'complete') return;
    this.n++;
    this.sum += ev.duration;
    if (this.top.length >= TOP && ev.duration <= this.top[this.top.length - 1]!.duration) return;
    this.top.push({ duration: ev.duration, syscall: ev.syscall, line: ev.line, seq: ev.seq, proc: o.proc.info, preview: o.call!.argsPreview(80) });
    this.top.sort((a, b) => b.duration - a.duration);
    if (this.top.length > TOP) this.top.pop();
  }

  finish(): Finding[] {
    // Compare with the rest: the average of the non-waiting calls outside the slowest few.
    const rest = this.n - this.top.length;
    if (rest < 1) return [];
    const mean = (this.sum - this.top.reduce((a, t) => a + t.duration, 0)) / rest;
    const threshold = Math.max(MIN_SLOW, mean * 20);
    return this.top
      .filter((t) => t.duration >= threshold)
      .slice(0, 5)
      .map((t) => {
        const f: Finding = {
          id: 'slow-call',
          severity: t.duration >= 1 ? 'warning' : 'info',
          title: `slow ${t.syscall}(): ${t.duration.toFixed(3)} s`,
          explanation:
            `${procName(t.proc)} spent ${t.duration.toFixed(6)} s in ${t.syscall}(${t.preview}${t.preview.length >= 80 ? '…' : ''}) at line ${String(t.line)}, ` +
            `against an average of ${(mean * 1e6).toFixed(0)} µs for the other calls that do not wait.`,
          hint: 'A call that is not meant to wait took long: look at what it touched (slow disk or network file system, DNS, lock contention).',
          lines: [t.line],
          events: [t.seq],
        };
        setPid(f, t.proc);
        return f;
      });
  }
}

export const blockedAtEnd: Detector = {
  ids: ['blocked-at-end'],
  create: (ctx) => new BlockedRun(ctx),
};

export const slowCall: Detector = {
  ids: ['slow-call'],
  create: () => new SlowRun(),
};
