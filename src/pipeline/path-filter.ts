// strace's `-P PATH` on a saved trace: the calls that access PATH, by a path argument or by an
// fd that refers to it. Which arguments count is strace's rule (knowledge: PATH_TRACE_ARGS, from
// its pathtrace.c). While tracing, strace asks /proc what an fd refers to; a saved trace has only
// what it printed, so the watch follows the fds itself: an fd refers to PATH when a -y/-yy
// decoration says so (`3</etc/hostname>`), or when the trace showed it opened on PATH, copied
// from such an fd (dup, dup2, dup3, fcntl F_DUPFD) or inherited by a fork; reusing the number for
// something else or closing it ends that. Paths compare as printed, as strace compares them.

import { CallView } from '../decode/call-view.js';
import { pathTraceArgs } from '../knowledge/syscall-classes.js';
import { signatureFor } from '../knowledge/signatures.js';
import { canonicalName } from '../knowledge/syscalls.js';
import type { OsName, TraceEvent } from '../model/index.js';

/** Calls whose result is a copy of their first argument (fcntl only for F_DUPFD, below). */
const COPIES = new Set(['dup', 'dup2', 'dup3', 'fcntl']);
/** Calls whose positive result is a new process that inherits the fd table. */
const FORKS = new Set(['fork', 'vfork', 'clone', 'clone3']);

export class PathWatch {
  /** `pid:fd` of the fds that refer to a watched path. */
  private readonly open = new Set<string>();
  private readonly hits = new WeakSet<TraceEvent>();

  constructor(readonly paths: readonly string[]) {}

  /** Does this event access a watched path? Known once `see` was called on it (in trace order). */
  touches(ev: TraceEvent): boolean {
    return this.hits.has(ev);
  }

  /** Follows the trace: call for every event, in the order read; `os` numbers the trace's calls. */
  see(ev: TraceEvent, os: OsName): void {
    if (ev.type !== 'syscall') return;
    const name = canonicalName(ev.syscall);
    const pid = ev.pid ?? 0;
    const key = (fd: number): string => `${String(pid)}:${String(fd)}`;
    const view = CallView.of(ev, os);
    const watched = (i: number): boolean => {
      const info = view.fdInfo(i);
      if (info?.type === 'path') return this.paths.includes(info.path);
      const fd = view.fd(i);
      return fd !== undefined && this.open.has(key(fd));
    };
    let byPath = false;
    let byFd = false;
    const roles = pathTraceArgs(name);
    for (let i = 0; i < roles.length; i++) {
      const role = roles[i];
      if (role === 'p') {
        const s = trimNuls(view.str(i)?.value);
        if (s !== undefined && this.paths.includes(s)) byPath = true;
      } else if (role === 'f') byFd ||= watched(i);
      else if (role === 's' || role === 'a') byFd ||= view.fdSet(i).some((fd) => this.open.has(key(fd)));
    }
    const ret = view.ret;
    if (FORKS.has(name) && ret !== undefined && ret > 0) this.inherit(pid, ret);
    if (byPath || byFd) this.hits.add(ev);
    if (name === 'close') {
      const fd = view.fd(0);
      if (fd !== undefined) this.open.delete(key(fd));
      return;
    }
    if (ret === undefined || ret < 0) return;
    const isDup = COPIES.has(name) && (name !== 'fcntl' || [...view.names(1)].some((n) => n.startsWith('F_DUPFD')));
    const returnsFd = isDup || signatureFor(os, name)?.ret === 'fd';
    if (!returnsFd) return;
    // The fd number now names what the call opened or copied: the path, or something else.
    if ((byPath && !isDup) || (isDup && watched(0))) this.open.add(key(ret));
    else this.open.delete(key(ret));
  }

  private inherit(parent: number, child: number): void {
    const prefix = `${String(parent)}:`;
    for (const k of [...this.open]) if (k.startsWith(prefix)) this.open.add(`${String(child)}:${k.slice(prefix.length)}`);
  }
}

/** The string without the NULs strace shows at its end (a loop: a regex over a run of NULs is quadratic). */
function trimNuls(s: string | undefined): string | undefined {
  if (s === undefined) return s;
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 0) end--;
  return s.slice(0, end);
}
