// fd-limit: a process that could not get another file descriptor (EMFILE: its own limit,
// RLIMIT_NOFILE; ENFILE: the system's table). Says how many fds it had open in the trace
// and the limit, when the trace shows one being set or read (prlimit64, setrlimit, getrlimit).

import type { Finding, ProcessInfo } from '../../model/index.js';
import type { Detector, DetectorContext, DetectorRun, Observation } from '../types.js';
import { callLines, errnoText, INJECTED_NOTE, lineList, procName, setPid } from './describe.js';


interface OutOfFds {
  proc: ProcessInfo;
  errno: string;
  errnoText: string;
  syscall: string;
  open: number;
  /** strace injected the error (-e inject). */
  injected: boolean;
  count: number;
  lines: number[];
  events: number[];
}

class FdLimitRun implements DetectorRun {
  private hits = new Map<string, OutOfFds>();
  /** The last RLIMIT_NOFILE seen per process (thread group), and the line. */
  private limits = new Map<number, { value: string; line: number }>();

  constructor(private readonly ctx: DetectorContext) {}

  observe(o: Observation): void {
    const call = o.call;
    const p = o.proc;
    if (!call || !p) return;
    if ((call.name === 'prlimit64' || call.name === 'setrlimit' || call.name === 'getrlimit' || call.name === 'ugetrlimit') && !call.failed) {
      // `RLIMIT_NOFILE, {rlim_cur=16, rlim_max=16}`: the limit set, or (getrlimit, prlimit64 with NULL new) read.
      const value = call.rlimit('RLIMIT_NOFILE');
      // prlimit64 on another pid is about that process, not this one.
      if (value !== undefined && (call.name !== 'prlimit64' || call.int(0) === 0)) this.limits.set(p.tgid, { value, line: call.ev.line });
      return;
    }
    const errno = call.errno;
    if (errno !== 'EMFILE' && errno !== 'ENFILE') return;
    const key = `${String(p.tgid)}:${errno}`;
    let h = this.hits.get(key);
    if (!h) {
      if (this.hits.size >= 100) return;
      h = { proc: p.info, errno, errnoText: errnoText(call), syscall: call.name, open: p.fds.map.size, injected: call.injected, count: 0, lines: [], events: [] };
      this.hits.set(key, h);
    }
    h.count++;
    if (h.lines.length < 6) {
      h.lines.push(...callLines(call.ev));
      h.events.push(call.ev.seq);
    }
  }

  /** The limit the process ran under: its own, else its nearest ancestor's (children inherit it). */
  private limitOf(p: ProcessInfo): { value: string; line: number } | undefined {
    let cur: ProcessInfo | undefined = p;
    for (let depth = 0; cur && depth < 20; depth++) {
      const key = cur.leader ?? cur.pid;
      const l = this.limits.get(key);
      if (l) return l;
      cur = cur.parent !== undefined ? this.ctx.tracker.procs.get(cur.parent)?.info : undefined;
    }
    return undefined;
  }

  finish(): Finding[] {
    const out: Finding[] = [];
    for (const h of this.hits.values()) {
      const system = h.errno === 'ENFILE';
      const limit = system ? undefined : this.limitOf(h.proc);
      const parts = [
        `${procName(h.proc)} could not get another file descriptor: ${h.syscall} got ${h.errnoText}${h.count > 1 ? ` (${String(h.count)} times)` : ''}, with ${String(h.open)} fds open that the trace shows.`,
      ];
      if (h.injected) parts.push(INJECTED_NOTE);
      else if (system) parts.push('The whole system’s table of open files is full, not just this process’s share.');
      else if (limit) parts.push(`Its limit (RLIMIT_NOFILE) is ${/^\d+$/.test(limit.value) ? limit.value : 'unlimited'} (line ${String(limit.line)}).`);
      else parts.push('It reached its limit of open files (RLIMIT_NOFILE).');
      if (!h.injected) parts.push('A program that keeps opening files or sockets without closing them (a leak) ends here; so does a busy server whose limit is too low.');
      const f: Finding = {
        id: 'fd-limit',
        severity: h.injected ? 'info' : 'error',
        title: `${procName(h.proc)} ran out of file descriptors (${h.errno})`,
        explanation: parts.join(' '),
        hint: system
          ? 'Find the process holding most files (`lsof | awk \'{print $2}\' | sort | uniq -c | sort -n | tail`) or raise fs.file-max.'
          : 'Close what is no longer needed (look for files or sockets opened in a loop and never closed), or raise the limit (`ulimit -n`, systemd LimitNOFILE=).',
        lines: lineList(...h.lines, ...(limit ? [limit.line] : [])),
        events: h.events,
      };
      setPid(f, h.proc);
      out.push(f);
    }
    return out;
  }
}

export const fdLimit: Detector = {
  ids: ['fd-limit'],
  create: (ctx) => new FdLimitRun(ctx),
};
