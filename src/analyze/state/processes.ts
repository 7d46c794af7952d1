// The process tree: processes and threads from fork/vfork/clone/clone3, execve and exit,
// which pid an unlabelled strace line belongs to, and how each process ended.

import type { ExitEvent, FdEntry, OsName, SignalEvent, TraceFormat } from '../../model/index.js';
import type { CallView } from '../../decode/call-view.js';
import { FdCalls } from './fd-calls.js';
import { MAX_KEPT_PROCS, type Proc, type Touch } from './types.js';

/** Processes and threads, over the fd tables and sockets they hold (the layers below). */
export class ProcessTree extends FdCalls {
  readonly procs = new Map<number, Proc>();
  /** Processes in order of appearance (ended ones stay for the report, up to MAX_KEPT_PROCS). */
  private kept = new Set<Proc>();

  get order(): Proc[] {
    return [...this.kept];
  }

  constructor(
    readonly os: OsName,
    readonly format: TraceFormat,
  ) {
    super();
  }

  /** Process key of an event: strace labels threads by tid, Nanos has one process. */
  keyOf(ev: { pid?: number }): number {
    if (this.format === 'nanos') return 0;
    if (ev.pid !== undefined) return ev.pid;
    // strace drops the `[pid N]` prefix once one process is left: the unlabelled line is it.
    if (this.format === 'strace' && !this.procs.has(0) && this.procs.size > 0) {
      let only: number | undefined;
      let ending: number | undefined;
      let endings = 0;
      for (const p of this.procs.values()) {
        if (p.exitPending) {
          ending = p.key;
          endings++;
        }
        // A child whose fork has not returned yet is not who strace means.
        if (!p.alive || p.unadopted) continue;
        if (only !== undefined) return 0;
        only = p.key;
      }
      if (only !== undefined) return only;
      // Its exit line after its exit_group: the process that just called it.
      if (endings === 1) return ending!;
    }
    return 0;
  }

  private attaching = false;

  /**
   * strace -f writing to a terminal prints no pid prefix while one process runs, then
   * `[pid N]` once there are two: the first new pid that is not a known child is the
   * unlabelled process itself. Its key 0 becomes N everywhere.
   */
  private relabel(p: Proc, pid: number): void {
    const old = p.key;
    this.procs.delete(old);
    this.procs.set(pid, p);
    p.key = pid;
    if (p.tgid === old) p.tgid = pid;
    p.info.pid = pid;
    for (const q of this.procs.values()) {
      if (q.info.parent === old) q.info.parent = pid;
      if (q.info.leader === old) q.info.leader = pid;
      if (q.tgid === old) q.tgid = pid;
    }
    for (const sk of this.socketMap.values()) {
      sk.info.holders = sk.info.holders.map((h) => (h === old ? pid : h));
      sk.info.fds = sk.info.fds.map((f) => (f.startsWith(`${String(old)}:`) ? `${String(pid)}:${f.slice(String(old).length + 1)}` : f));
      const u = sk.users.get(old);
      if (u) {
        sk.users.delete(old);
        sk.users.set(pid, u);
      }
    }
  }

  /** `attached with N threads`: the next N-1 new pids are threads of the attached process. */
  private awaitedThreads: { leader: number; count: number } | undefined;

  attached(target: number, threads: number | undefined, line: number): Proc {
    this.attaching = true;
    const p = this.proc({ pid: target, line });
    this.attaching = false;
    if (threads !== undefined && threads > 1) this.awaitedThreads = { leader: target, count: threads - 1 };
    return p;
  }

  proc(ev: { pid?: number; tid?: number; line: number }, ending = false): Proc {
    const key = this.keyOf(ev);
    let p = this.procs.get(key);
    if (!p && key !== 0 && this.format === 'strace' && !this.attaching) {
      // Prefixes start when the unlabelled process forks: a new pid that is not its child is it.
      const unlabelled = this.procs.get(0);
      if (unlabelled?.alive && unlabelled.forked) {
        this.relabel(unlabelled, key);
        p = unlabelled;
      }
    }
    // A thread that ran execve became its leader: its late lines (the execve) belong there.
    if (p?.supersededInto !== undefined) return this.procs.get(p.supersededInto) ?? p;
    // Nothing follows a process's exit line: a pid seen again is a new process (pid reuse).
    // Its own exit line and the signals before it still belong to it.
    if (p && !p.alive && this.format === 'strace' && !(ending && p.exitPending)) p = undefined;
    if (!p) {
      const first = this.kept.size === 0;
      p = {
        key,
        tgid: key,
        info: { pid: key, isThread: false, execs: [], firstLine: ev.line, lastLine: ev.line },
        fds: { map: new Map(), users: 1 },
        alive: true,
      };
      if (!first && this.format === 'strace') p.unadopted = { closed: new Set() };
      const leader = this.awaitedThreads ? this.procs.get(this.awaitedThreads.leader) : undefined;
      if (leader && this.awaitedThreads!.count > 0) {
        this.awaitedThreads!.count--;
        delete p.unadopted;
        p.info.isThread = true;
        p.info.leader = leader.tgid;
        p.tgid = leader.tgid;
        p.fds = leader.fds;
        p.fds.users++;
      }
      this.procs.set(key, p);
      this.kept.add(p);
    }
    p.info.lastLine = ev.line;
    if (ev.tid !== undefined && this.format !== 'strace') {
      const tids = (p.info.tids ??= []);
      if (!tids.includes(ev.tid)) tids.push(ev.tid);
    }
    return p;
  }

  lookup(key: number, fd: number): FdEntry | undefined {
    return this.procs.get(key)?.fds.map.get(fd);
  }


  onExit(ev: ExitEvent): Proc {
    const p = this.proc(ev, true);
    delete p.exitPending;
    if (ev.supersededBy !== undefined) {
      // A thread ran execve: it takes over this pid; the thread's own id is gone, the
      // process (and its fd table) lives on under the leader's pid.
      const t = this.procs.get(ev.supersededBy);
      if (t && t !== p && t.alive) {
        t.alive = false;
        t.released = true;
        t.fds.users--;
        t.supersededInto = p.key;
      }
      return p;
    }
    if (ev.code !== undefined) p.info.exitCode = ev.code;
    if (ev.signal !== undefined) p.info.signal = ev.signal;
    if (ev.core) p.info.core = true;
    this.finishProc(p, ev.line);
    this.maybeForget(p);
    return p;
  }

  onSignal(ev: SignalEvent): Proc {
    const p = this.proc(ev, true);
    if (!ev.stopped) {
      p.lastSignal = { signal: ev.signal, line: ev.line, seq: ev.seq };
      if (ev.info !== undefined) p.lastSignal.info = ev.info;
    }
    return p;
  }

  protected finishProc(p: Proc, line: number): void {
    if (p.released) return;
    p.released = true;
    p.alive = false;
    p.fds.users--;
    if (p.fds.users <= 0) {
      for (const e of p.fds.map.values()) this.release(e, line);
      p.fds.map.clear();
    }
    this.maybeForget(p);
  }

  /** End of the trace: processes that called exit but printed no exit line end there. */
  end(): void {
    for (const p of this.procs.values()) {
      if (p.exitPending && !p.released) this.finishProc(p, p.exitCallAt?.line ?? p.info.lastLine);
    }
  }

  /** Past the cap, forget ended processes that exited cleanly: nothing to report on them. */
  protected maybeForget(p: Proc): void {
    if (p.alive || p.exitPending || this.kept.size <= MAX_KEPT_PROCS) return;
    const clean = p.info.exitCode === 0 || (p.info.isThread && p.info.signal === undefined);
    if (!clean) return;
    this.kept.delete(p);
    if (this.procs.get(p.key) === p) this.procs.delete(p.key);
    this.forgotten.processes++;
  }

  protected onClone(call: CallView, p: Proc, t: Touch): void {
    const child = call.retPid;
    // The child's own return (0) or a failure: nothing to follow.
    if (child === undefined || child <= 0 || call.failed) return;
    // Nanos runs one process: every clone is a thread of it, known by its tid.
    if (this.format === 'nanos') {
      const tids = (p.info.tids ??= []);
      if (!tids.includes(child)) tids.push(child);
      return;
    }
    p.forked = true;
    const flags = call.allNames();
    const thread = flags.has('CLONE_THREAD');
    const shareFiles = thread || flags.has('CLONE_FILES');
    let c = this.procs.get(child);
    // Dead already: the pid was used before and that process ended, or it is this child, whose
    // lines came before the parent's return (vfork suspends the parent until the child execs or exits).
    if (c && !c.alive && !c.unadopted) c = undefined;
    if (!c) {
      c = {
        key: child,
        tgid: child,
        info: { pid: child, isThread: false, execs: [], firstLine: call.ev.line, lastLine: call.ev.line },
        fds: { map: new Map(), users: 1 },
        alive: true,
      };
      this.procs.set(child, c);
      this.kept.add(c);
      this.adopt(c, p, thread, shareFiles, call);
    } else if (c.unadopted) {
      this.adopt(c, p, thread, shareFiles, call);
    }
    t.child = c;
  }

  /** Give a child its parent, and its fd table: shared (threads, CLONE_FILES) or copied. */
  protected adopt(c: Proc, parent: Proc, thread: boolean, share: boolean, call: CallView): void {
    const closedEarly = c.unadopted?.closed ?? new Set<number>();
    delete c.unadopted;
    c.info.parent = parent.info.pid;
    // Until it runs its own program, a child is a copy of its parent.
    if (!c.info.exe && parent.info.exe) c.info.exe = parent.info.exe;
    if (!c.info.argv && parent.info.argv) c.info.argv = [...parent.info.argv];
    if (thread) {
      c.info.isThread = true;
      c.tgid = parent.tgid;
      c.info.leader = parent.tgid;
    }
    const own = c.fds.map;
    if (share) {
      c.fds.users--;
      c.fds = parent.fds;
      c.fds.users++;
      for (const [fd, e] of own) {
        const theirs = c.fds.map.get(fd);
        if (!theirs || (theirs.inferred && theirs.kind === 'unknown')) c.fds.map.set(fd, e);
      }
      return;
    }
    for (const [fd, e] of parent.fds.map) {
      const mine = own.get(fd);
      // The child's own entry wins, unless it was only a guess from seeing the fd used.
      if ((mine && !(mine.inferred && mine.kind === 'unknown')) || closedEarly.has(fd)) continue;
      const copy: FdEntry = { ...e, origin: 'inherited' };
      if (e.pipe) copy.pipe = { ...e.pipe };
      own.set(fd, copy);
      const s = this.socketOf(e);
      if (s) {
        s.refs++;
        s.inheritedBy.add(c.tgid);
        if (s.forks.length < 20 && !s.forks.some((f) => f.child === c.tgid)) s.forks.push({ child: c.tgid, line: call.ev.line, seq: call.ev.seq });
        this.noteHolder(s, c, fd);
      }
    }
  }

  /**
   * wait4 returning a child's status: when the child's own exit line was never seen (strace
   * without -f), the status is all the trace says about how it ended.
   */
  protected onReap(call: CallView, p: Proc): void {
    const c = this.procs.get(call.retPid!);
    if (!c || c === p || c.info.exitCode !== undefined || c.info.signal !== undefined) return;
    const status = call.waitStatus(1);
    if (status?.signal) {
      c.info.signal = status.signal;
      if (status.core) c.info.core = true;
    } else if (status?.code !== undefined) c.info.exitCode = status.code;
    else return;
    // Not ended here: with -ff files read one after another, its own lines may come later.
    c.reaped = { line: call.ev.line, seq: call.ev.seq, by: p.key };
  }

  protected onExec(call: CallView, caller: Proc, t: Touch, ok: boolean): void {
    // An execve from a non-leader thread replaces the whole process, under the leader's pid.
    const p = ok && caller.info.isThread ? (this.procs.get(caller.tgid) ?? caller) : caller;
    const path = call.str(call.name === 'execveat' ? 1 : 0)?.value ?? '';
    if (call.ev.status === 'unfinished' || call.ev.status === 'detached') {
      p.info.execs.push({ line: call.ev.line, path, ok: false });
      return;
    }
    p.info.execs.push({ line: call.ev.line, path, ok });
    if (!ok) return;
    const argv = call.strArray(call.name === 'execveat' ? 2 : 1);
    if (argv) p.info.argv = argv;
    p.info.exe = path;
    // CLOEXEC fds are gone in the new program.
    t.closed = [];
    for (const [fd, e] of [...p.fds.map]) {
      if (e.cloexec) {
        const old = this.closeFd(p, fd, call.ev.line);
        if (old) t.closed.push(old);
      }
    }
  }
}
