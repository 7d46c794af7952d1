// killed-by-signal and nonzero-exit: how processes ended.

import type { FdEntry, Finding, OsName, ProcessInfo, Severity, SocketInfo, SyscallEvent } from '../../model/index.js';
import { CallView } from '../../decode/call-view.js';
import type { Proc } from '../state/index.js';
import type { Detector, DetectorContext, DetectorRun, Observation } from '../types.js';
import { exitMeaning } from '../exit-status.js';
import { callLines, endedWell, endStatus, fdWords, lineList, pidOf, procName, programName, setPid } from './describe.js';
import { parseSiginfo } from '../../decode/siginfo.js';
import { failedChild, pipeHolders, pipePeerWords, READER_GONE_NOTE, readerGoneSeverity, reasonOf, reasonText, RERAISED, senderName, type OutsideSignal } from './end-reason.js';

/** What a fatal signal usually means. Source: signal(7), wording ours. */
export const SIGNAL_MEANINGS: Record<string, { meaning: string; hint: string; severity: Severity }> = {
  SIGSEGV: {
    meaning: 'it crashed: it accessed memory it may not touch (a bad pointer, e.g. a NULL dereference, or a stack overflow)',
    hint: 'Run it under a debugger or look at the core dump (`coredumpctl gdb`, `gdb PROGRAM core`) for the faulting line.',
    severity: 'error',
  },
  SIGBUS: {
    meaning: 'it crashed on a bad memory access (misaligned access, or a mapped file that shrank)',
    hint: 'Look at the core dump for the faulting access; check files it maps.',
    severity: 'error',
  },
  SIGABRT: {
    meaning: 'it aborted itself (abort(): a failed assertion, a fatal error detected by the program or its C library such as heap corruption)',
    hint: "Read the program's last output on stderr; it usually says what failed.",
    severity: 'error',
  },
  SIGFPE: { meaning: 'it crashed on an arithmetic error (integer division by zero)', hint: 'Look at the core dump for the faulting line.', severity: 'error' },
  SIGILL: { meaning: 'it crashed on an illegal instruction (a corrupt binary, a CPU without a required instruction set, or a deliberate trap)', hint: 'Check the binary matches this CPU; look at the core dump.', severity: 'error' },
  SIGTRAP: { meaning: 'it hit a trap (a breakpoint or a compiler-inserted trap for undefined behaviour)', hint: 'Look at the core dump for the trapping line.', severity: 'error' },
  SIGSYS: { meaning: 'it made a system call a seccomp filter forbids', hint: 'Check the sandbox/seccomp profile it runs under.', severity: 'error' },
  SIGKILL: {
    meaning: 'it was killed outright by SIGKILL, which cannot be caught: sent by another process (kill -9, a supervisor or timeout) or by the kernel OOM killer',
    hint: 'Check who sent it: `dmesg` for the OOM killer, the supervisor/timeout configuration, or the parent process.',
    severity: 'error',
  },
  SIGTERM: { meaning: 'it was asked to terminate (SIGTERM) and had no handler for it', hint: 'Check what sent the signal (a supervisor stopping it, a timeout).', severity: 'warning' },
  SIGINT: { meaning: 'it was interrupted (SIGINT, Ctrl-C)', hint: 'Expected if someone pressed Ctrl-C.', severity: 'warning' },
  SIGHUP: { meaning: 'its terminal or controlling session went away (SIGHUP)', hint: 'Run it detached from the terminal (nohup, a service manager) if it must survive.', severity: 'warning' },
  SIGPIPE: {
    meaning: 'it wrote to a pipe or socket whose reading end was closed, and SIGPIPE killed it',
    hint: 'Often harmless (a reader like `head` stopped early); otherwise check why the reader went away.',
    severity: 'warning',
  },
  SIGALRM: { meaning: 'a timer (alarm/setitimer) fired and nothing handled it', hint: 'Check timeouts set with alarm() or `timeout`.', severity: 'warning' },
  SIGXCPU: { meaning: 'it ran past its CPU time limit (RLIMIT_CPU)', hint: 'Check `ulimit -t`.', severity: 'error' },
  SIGXFSZ: { meaning: 'it tried to write a file past its size limit (RLIMIT_FSIZE)', hint: 'Check `ulimit -f`.', severity: 'error' },
};

/**
 * The call a process was inside when a fatal signal ended it: one split by other lines
 * (`<unfinished ...>` then `= ?`), or, when nothing came between, one printed whole as
 * `= ? ERESTARTSYS` (the wait the signal broke).
 */
function diedInCall(call: SyscallEvent | undefined, os: OsName): SyscallEvent | undefined {
  if (!call) return undefined;
  if (call.status === 'interrupted' || call.status === 'unfinished') return call;
  const errno = new CallView(call, os).errno;
  if (call.status === 'complete' && call.ret?.value === null && errno && /^(ERESTART|EINTR$)/.test(errno)) return call;
  return undefined;
}

function killedWhile(call: SyscallEvent | undefined, on: string | undefined, when = 'it died'): string {
  if (!call) return '';
  const waited = call.duration !== undefined && call.duration >= 0.1 ? `, after waiting ${call.duration.toFixed(2)} s` : '';
  return ` It was in ${call.syscall}()${on ? ` on ${on}` : ''} when ${when} (line ${String(call.line)}${waited}).`;
}

/** Calls that send a signal: which argument is the target pid and which the signal. */
const KILL_CALLS: Record<string, { pid: number; sig: number }> = {
  kill: { pid: 0, sig: 1 },
  tkill: { pid: 0, sig: 1 },
  tgkill: { pid: 1, sig: 2 },
  rt_sigqueueinfo: { pid: 0, sig: 1 },
  rt_tgsigqueueinfo: { pid: 1, sig: 2 },
};

/** Signals a process sends on purpose to stop another one. */
const DELIBERATE = new Set(['SIGKILL', 'SIGTERM', 'SIGINT', 'SIGHUP', 'SIGQUIT']);

const EXIT_HINT = 'A non-zero status means the program reported a failure; the findings above and its stderr usually say which.';

type PipePeer = NonNullable<ReturnType<typeof pipeHolders>>;

interface LastUse {
  seq: number;
  fd: FdEntry;
  socket?: SocketInfo;
  pipePeer?: PipePeer;
}

interface Exit {
  proc: Proc;
  line: number;
  seq: number;
  reaped?: boolean;
  /** No exit line (dtruss, Nanos, strace -qq): the status is the exit call's. */
  byCall?: boolean;
}

interface Killed {
  proc: Proc;
  info: ProcessInfo;
  line: number;
  seq: number;
  signalLine?: number;
  signalSeq?: number;
  signalInfo?: string;
  /** The thread the signal line was on, when not the one whose exit line came first. */
  signalTid?: number;
  lastCall?: SyscallEvent;
  /** `fd 3 (a TCP socket connected to ...)`: what that last call was using. */
  on?: string;
  onFd?: FdEntry;
  /** That fd is a pipe: the processes holding its other end when it died. */
  pipePeer?: PipePeer;
  threads: number;
  /** Learnt from the parent's wait4, the process itself untraced. */
  reaped?: boolean;
}

class ProcessEndRun implements DetectorRun {
  /** One finding per thread group: threads die with their leader. */
  private killed = new Map<number, Killed>();
  private exits: Exit[] = [];
  private rootKey: number | undefined;
  /** Signals sent by traced processes (kill/tkill/tgkill), by target pid: the latest one. */
  private sent = new Map<number, { from: ProcessInfo; signal: string; line: number; seq: number }>();
  /** Per live process, the fd its latest call used: what it was waiting on if a signal kills it. */
  private lastUse = new Map<number, LastUse | undefined>();
  /** Per thread group, the latest signal another process sent it (si_pid not its own). */
  private outside = new Map<number, OutsideSignal>();

  constructor(private ctx: DetectorContext) {}

  observe(o: Observation): void {
    const ev = o.analyzed.event;
    const p = o.proc;
    if (!p) return;
    this.rootKey ??= p.key;
    const call = o.call;
    if (call && KILL_CALLS[call.name] !== undefined && !call.failed) {
      const spec = KILL_CALLS[call.name]!;
      const target = call.int(spec.pid);
      const signal = [...call.names(spec.sig, 'signal')].find((n) => n.startsWith('SIG'));
      if (target !== undefined && target > 0 && signal && target !== p.key && this.sent.size < 1000) {
        this.sent.set(target, { from: p.info, signal, line: call.ev.line, seq: call.ev.seq });
      }
    }
    if (call) {
      const a = o.analyzed;
      if (a.fd) {
        const u: LastUse = a.socket ? { seq: call.ev.seq, fd: a.fd, socket: a.socket } : { seq: call.ev.seq, fd: a.fd };
        // A wait on a pipe: who holds its other end, while the fd tables still show it.
        const peer = a.fd.kind === 'pipe' && diedInCall(call.ev, this.ctx.os) ? pipeHolders(a.fd, p, this.ctx.tracker) : undefined;
        if (peer) u.pipePeer = peer;
        this.lastUse.set(p.key, u);
      } else if (this.lastUse.get(p.key) !== undefined) this.lastUse.set(p.key, undefined); // not delete: a Map rehashes after many deletes
    }
    if (ev.type === 'signal' && !ev.stopped && this.outside.size < 10_000) {
      const si = parseSiginfo(ev.info);
      // si_pid 0 is the kernel; the process's own pid is a raise()/abort()/re-raise.
      if (si.pid !== undefined && si.pid > 0 && si.pid !== p.info.pid && si.pid !== p.tgid && si.code?.startsWith('SI_')) {
        const o: OutsideSignal = { signal: ev.signal, pid: si.pid, ...(si.code ? { code: si.code } : {}), line: ev.line, seq: ev.seq };
        // A program stopped from outside (Ctrl-C on a hung one) was usually waiting: say in what.
        const broke = diedInCall(p.lastCall, this.ctx.os);
        if (broke) {
          const use = this.lastUse.get(p.key);
          o.during = use && use.seq === broke.seq ? { call: broke, on: fdWords(use.fd, use.socket) } : { call: broke };
        }
        this.outside.set(p.tgid, o);
      }
    }
    if (ev.type !== 'exit') return;
    const use = this.lastUse.get(p.key);
    this.lastUse.delete(p.key);
    if (ev.signal) {
      const prev = this.killed.get(p.tgid);
      if (prev) {
        prev.threads++;
        // A thread's fault kills them all, and the first exit line is often another thread's:
        // the signal line (its siginfo, the faulting address) is on the thread that faulted.
        if (prev.signalLine === undefined && p.lastSignal?.signal === ev.signal) {
          prev.signalLine = p.lastSignal.line;
          prev.signalSeq = p.lastSignal.seq;
          if (p.lastSignal.info !== undefined) prev.signalInfo = p.lastSignal.info;
          if (p.info.pid !== p.tgid) prev.signalTid = p.info.pid;
        }
        return;
      }
      if (this.killed.size >= 100) return;
      const k: Killed = { proc: p, info: p.info, line: ev.line, seq: ev.seq, threads: 1 };
      if (p.lastSignal?.signal === ev.signal) {
        k.signalLine = p.lastSignal.line;
        k.signalSeq = p.lastSignal.seq;
        if (p.lastSignal.info !== undefined) k.signalInfo = p.lastSignal.info;
      }
      if (p.lastCall) k.lastCall = p.lastCall;
      if (use && use.seq === p.lastCall?.seq) {
        k.on = fdWords(use.fd, use.socket);
        k.onFd = use.fd;
        if (use.pipePeer) k.pipePeer = use.pipePeer;
      }
      this.killed.set(p.tgid, k);
    } else if (ev.code !== undefined && ev.code !== 0 && !p.info.isThread && this.exits.length < 100) {
      this.exits.push({ proc: p, line: ev.line, seq: ev.seq });
    }
  }

  finish(): Finding[] {
    const out: Finding[] = [];
    // dtruss, Nanos and strace -qq print no exit lines: an exit call with a non-zero code stands in,
    // and is told like an exit line (its stderr, what the status means, root or helper).
    for (const p of this.ctx.tracker.order) {
      // (Its status may be known already from its parent's wait4: still no exit line was seen.)
      if (p.info.isThread || p.info.signal !== undefined || this.exits.some((e) => e.proc === p)) continue;
      if (!p.exitCallAt || !p.info.exitCall || (p.info.exitCode ?? p.info.exitCall) === 0 || this.exits.length >= 100) continue;
      this.exits.push({ proc: p, line: p.exitCallAt.line, seq: p.exitCallAt.seq, byCall: true });
    }
    // Children known only from their parent's wait4 (not traced themselves).
    for (const p of this.ctx.tracker.order) {
      // Its own exit line was seen after all (-ff files): that one was reported.
      if (!p.reaped || p.released) continue;
      if (p.info.signal && !this.killed.has(p.tgid) && this.killed.size < 100) {
        this.killed.set(p.tgid, { proc: p, info: p.info, line: p.reaped.line, seq: p.reaped.seq, threads: 1, reaped: true });
      } else if (p.info.exitCode && !this.exits.some((e) => e.proc === p) && this.exits.length < 100) {
        this.exits.push({ proc: p, line: p.reaped.line, seq: p.reaped.seq, reaped: true });
      }
    }
    for (const k of this.killed.values()) {
      const sig = k.info.signal ?? 'a signal';
      const m = SIGNAL_MEANINGS[sig];
      // A traced process sent it: say who, and a deliberate kill is not a crash.
      const s = this.sent.get(k.info.pid) ?? this.sent.get(k.proc.tgid);
      const sender = s && s.signal === sig && s.line <= k.line ? s : undefined;
      const leader = this.ctx.tracker.procs.get(k.proc.tgid)?.info ?? k.info;
      const parts = [`${procName(leader)} was killed by ${sig}${k.info.core ? ' and dumped core' : ''}.`];
      if (m) parts.push(`That means ${m.meaning}.`);
      const si = parseSiginfo(k.signalInfo);
      // Received from another process, then raised again on itself (Python, a shell trap):
      // the program cleaned up and died of the signal it was sent, from outside.
      const from = this.outside.get(k.proc.tgid);
      const reraised = from && RERAISED.has(sig) && RERAISED.has(from.signal) && from.line <= k.line ? from : undefined;
      let stoppedFromOutside = false;
      let ownWrite = false;
      let cited: typeof reraised;
      if (k.signalTid !== undefined && m?.severity === 'error') parts.push(`The signal arose in thread ${String(k.signalTid)} (line ${String(k.signalLine)}).`);
      if (si.addr === 'NULL') parts.push('The faulting address was NULL: a NULL pointer dereference.');
      else if (k.signalInfo) {
        const pid = si.pid;
        // si_pid names the process itself when its own action raised the signal.
        const self = pid !== undefined && (pid === k.info.pid || pid === k.proc.tgid);
        if (self && sig === 'SIGPIPE') {
          parts.push('The kernel raised it on the process\'s own write to the closed pipe or socket.');
          ownWrite = true;
        }
        else if (self && reraised) {
          stoppedFromOutside = true;
          cited = reraised;
          parts.push(
            `It was stopped from outside: ${senderName(reraised.pid, this.ctx.tracker)} sent it ${reraised.signal} (line ${String(reraised.line)}); ` +
              `the program then re-raised ${sig} on itself (line ${String(k.signalLine ?? k.line)}) to exit with the status of that signal.`,
          );
        } else if (self) parts.push('The process sent it to itself (raise(), abort() or a kill of its own pid).');
        else if (pid && !sender) {
          stoppedFromOutside = true;
          parts.push(`The signal was sent by ${senderName(pid, this.ctx.tracker)}.`);
        }
      }
      // A crash the program reported first (an uncaught exception, a failed assertion, heap corruption).
      const said = m?.severity === 'error' && !stoppedFromOutside ? reasonOf(k.proc) : undefined;
      if (said) {
        parts.push(`Before dying it wrote to stderr (line ${String(said.line)}), ${said.kind}: "${reasonText(said, 300)}".`);
        if (said.cut) parts.push("(strace's string limit cut it: capture with -s 1024 to read the whole message.)");
      }
      // Re-raised after a signal from outside: the wait that signal broke is the one that matters.
      const broke = cited?.during;
      const diedIn = broke ? broke.call : diedInCall(k.lastCall, this.ctx.os);
      parts.push((broke ? killedWhile(broke.call, broke.on, `${cited!.signal} came`) : killedWhile(diedIn, k.on)).trim());
      if (diedIn && k.pipePeer) parts.push(pipePeerWords(k.pipePeer));
      if (sender) parts.push(`${procName(sender.from)} sent it with a kill call on line ${String(sender.line)}.`);
      if (k.reaped) parts.push('The process itself was not traced (no -f); its parent\'s wait4 reported how it ended.');
      if (k.threads > 1) parts.push(`All ${String(k.threads)} of its threads died with it.`);
      // A helper its own parent asked to stop (SIGINT, SIGTERM, …), the parent then ending well
      // (apt stopping its method workers, a supervisor shutting down cleanly): part of the
      // program's work. SIGKILL is not asking: a parent uses it on a child that hung (a timeout).
      const byParent = sender && DELIBERATE.has(sig) && sig !== 'SIGKILL' && sender.from.pid === k.info.parent && endedWell(sender.from, this.ctx.tracker);
      const severity: Severity = byParent
        ? 'info'
        : (sender && DELIBERATE.has(sig)) || (stoppedFromOutside && RERAISED.has(sig))
          ? 'warning'
          : ownWrite
            ? readerGoneSeverity(k.onFd)
            : (m?.severity ?? 'error');
      if (byParent) parts.push('Its parent stopped it and then exited with status 0: a helper stopped on purpose.');
      if (ownWrite && severity === 'info') parts.push(READER_GONE_NOTE);
      let hint = m?.hint ?? 'Check what sent the signal.';
      if (k.info.core) hint += ' A core file was written (see `coredumpctl list` or the core_pattern).';
      const f: Finding = {
        id: 'killed-by-signal',
        severity,
        // Stopped on purpose while waiting (a hang ended with Ctrl-C or a timeout): the wait is the story.
        title: `${procName(leader)} killed by ${sig}${k.info.core ? ' (core dumped)' : ''}${said ? `: ${reasonText(said)}` : DELIBERATE.has(sig) && diedIn ? ` while in ${diedIn.syscall}()` : ''}`,
        explanation: parts.filter(Boolean).join(' '),
        hint,
        lines: lineList(sender?.line, cited?.line, said?.line, ...(diedIn ? callLines(diedIn) : []), k.signalLine, k.line),
        events: [sender?.seq, cited?.seq, said?.seq, diedIn?.seq, k.signalSeq, k.seq].filter((x): x is number => x !== undefined).sort((a, b) => a - b),
      };
      setPid(f, leader);
      out.push(f);
    }
    // Helpers a script runs and tests the status of (`readlink`, `grep -q`, `test`) exit non-zero
    // by design; the same program ending the same way with nothing on stderr is one finding.
    const quiet = new Map<string, Exit[]>();
    const single: Exit[] = [];
    for (const e of this.exits) {
      const base = programName(e.proc.info);
      if (e.proc.key === this.rootKey || e.proc.lastStderr || base === undefined) {
        single.push(e);
        continue;
      }
      const key = `${base}\0${String(endStatus(e.proc.info) ?? 0)}`;
      const g = quiet.get(key);
      if (g) g.push(e);
      else quiet.set(key, [e]);
    }
    for (const g of quiet.values()) {
      if (g.length === 1) {
        single.push(g[0]!);
        continue;
      }
      const first = g[0]!.proc.info;
      const name = programName(first)!;
      const code = String(endStatus(g[0]!.proc.info) ?? 0);
      const pids = g.map((e) => e.proc.info.pid).filter((p) => p !== 0);
      const f: Finding = {
        id: 'nonzero-exit',
        severity: 'info',
        title: `${name} exited with status ${code} (${String(g.length)} processes)`,
        explanation:
          `${String(g.length)} processes running ${name} exited with status ${code}` +
          (pids.length ? ` (pids ${pids.slice(0, 8).join(', ')}${pids.length > 8 ? ', …' : ''})` : '') +
          ', none of them writing to stderr: a helper whose status its caller tests is a likely reason.',
        hint: EXIT_HINT,
        lines: lineList(...g.slice(0, 10).map((e) => e.line)),
        events: g.slice(0, 10).map((e) => e.seq),
      };
      setPid(f, first);
      out.push(f);
    }
    for (const e of single.sort((a, b) => a.seq - b.seq)) {
      const info = e.proc.info;
      const code = endStatus(e.proc.info) ?? 0;
      const meaning = exitMeaning(programName(info), code, this.ctx.os);
      const parts = [`${procName(info)} ${e.byCall ? 'called exit with' : 'exited with'} status ${String(code)}${meaning ? `: ${meaning}` : ''}.`];
      if (e.reaped) parts.push("It was not traced itself (no -f); its parent's wait4 reported the status.");
      const err = e.proc.lastStderr;
      const lines = [e.line];
      const events = [e.seq];
      // The line that says why (a traceback's exception, an error line) rather than the last one written.
      const said = reasonOf(e.proc);
      // A supervisor or prefork master often only summarises ("Worker failed to boot"): its worker said why.
      const child = e.proc.key === this.rootKey ? failedChild(e.proc, this.ctx.tracker) : undefined;
      let why: string | undefined;
      if (child) {
        why = `${programName(child.proc.info) ?? 'a child'} (pid ${String(child.proc.info.pid)}) failed: ${reasonText(child.reason)}`;
        parts.push(
          `It gave up after its child ${procName(child.proc.info)} failed, writing ${child.reason.kind} to stderr (line ${String(child.reason.line)}): "${reasonText(child.reason, 300)}".` +
            (child.reason.cut ? " (strace's string limit cut the rest: capture with -s 1024 to read it.)" : ''),
        );
        lines.push(child.reason.line);
        events.push(child.reason.seq);
      }
      const same = (a: string, b: string) => a.trim().replace(/\s+/g, ' ') === b.trim().replace(/\s+/g, ' ');
      if (said && (!err || !same(said.text, err.text))) {
        why ??= reasonText(said);
        parts.push(`It wrote ${said.kind} to stderr (line ${String(said.line)}): "${reasonText(said, 300)}".`);
        if (said.cut) parts.push("(strace's string limit cut it: capture with -s 1024 to read the whole message.)");
        lines.push(said.line);
        events.push(said.seq);
      } else if (said) why ??= reasonText(said);
      if (err) {
        parts.push(`The last thing it wrote to stderr (line ${String(err.line)}) was: "${err.text.trim().replace(/\s+/g, ' ')}".`);
        if (err.cut) parts.push("(strace's string limit cut it: capture with -s 1024 to read the whole message.)");
        lines.push(err.line);
        events.push(err.seq);
      }
      const f: Finding = {
        id: 'nonzero-exit',
        // grep's 1 (no match) and diff's 1 (they differ) are answers, not failures.
        severity: e.proc.key === this.rootKey && !meaning?.endsWith('(not an error)') ? 'warning' : 'info',
        title: `${procName(info)} exited with status ${String(code)}${why ? `: ${why}` : ''}`,
        explanation: parts.join(' '),
        hint: EXIT_HINT,
        lines: lineList(...lines),
        events: events.sort((a, b) => a - b),
      };
      setPid(f, info);
      out.push(f);
    }
    return out;
  }
}

export const processEnd: Detector = {
  ids: ['killed-by-signal', 'nonzero-exit'],
  create: (ctx) => new ProcessEndRun(ctx),
};
