// Sockets used by more than one process after a fork:
// - socket-shared-after-fork: one connection read/written by two processes (the Redis
//   client `inherit_socket` trap: each process can read the other's replies);
// - listener-shared: a listening socket several workers accept on (prefork servers);
// - accept-race: accept returning EAGAIN because another worker took the connection.

import type { Finding } from '../../model/index.js';
import type { SockState, Tracker } from '../state/index.js';
import type { Detector, DetectorContext, DetectorRun, Observation } from '../types.js';
import { epLabel, lineList, procName, socketWords } from './describe.js';

function name(t: Tracker, pid: number): string {
  const p = t.procs.get(pid)?.info;
  return p ? procName(p) : `pid ${String(pid)}`;
}

function fdOf(s: SockState, pid: number): string | undefined {
  const tag = s.info.fds.find((f) => f.startsWith(`${String(pid)}:`));
  return tag?.split(':')[1];
}

const MAX_FINDINGS = 50;

class SharingRun implements DetectorRun {
  private out: Finding[] = [];
  private judged = new WeakSet<SockState>();
  /** Listeners some worker watches with EPOLLEXCLUSIVE: the thundering herd is already handled. */
  private exclusive = new WeakSet<SockState>();

  constructor(private ctx: DetectorContext) {
    // Judge each socket when its last fd closes: closed sockets may be forgotten later.
    ctx.tracker.onSocketClosed.push((s) => this.judge(s));
  }

  private judge(s: SockState): void {
    if (this.judged.has(s) || this.out.length >= MAX_FINDINGS) return;
    this.judged.add(s);
    if (s.info.listening) this.listener(s, this.out);
    else this.connection(s, this.out);
  }

  observe(o: Observation): void {
    const call = o.call;
    if (call?.name !== 'epoll_ctl' || !o.proc || !call.allNames().has('EPOLLEXCLUSIVE')) return;
    const fd = call.fd(2);
    const t = this.ctx.tracker;
    const s = fd === undefined ? undefined : t.socketOf(t.lookup(o.proc.key, fd));
    if (s) this.exclusive.add(s);
  }

  finish(): Finding[] {
    for (const s of this.ctx.tracker.sockets) this.judge(s);
    return this.out;
  }

  private connection(s: SockState, out: Finding[]): void {
    // Only what happened after the fork counts: a parent that read a request and then
    // handed the connection to a child (and stopped using it) shares nothing.
    const io = [...s.users].filter(([, u]) => u.readsAfterFork + u.writesAfterFork > 0);
    if (io.length < 2) return;
    const readers = io.filter(([, u]) => u.readsAfterFork > 0);
    // Several writers and no reader is a shared log stream (stdout on a socket): fine.
    if (readers.length === 0) return;
    const t = this.ctx.tracker;
    const si = s.info;
    const firstFd = fdOf(s, io[0]![0]);
    const what = `${firstFd !== undefined ? `fd ${firstFd}, ` : ''}${socketWords(si)}${si.peer ? ` connected to ${epLabel(si.peer)}` : ''}`;
    const who = io.map(([pid, u]) => `${name(t, pid)}: ${String(u.writesAfterFork)} writes, ${String(u.readsAfterFork)} reads`).join('; ');
    const both = readers.length >= 2;
    // Cite: where it was opened, the fork that copied it, and each process's first use after that fork.
    const fork = s.forks[0];
    const firstAfter = io.map(([, u]) => {
      const i = u.lines.findIndex((l) => !fork || l > fork.line);
      return { line: u.lines[i < 0 ? 0 : i]!, seq: u.seqs[i < 0 ? 0 : i]! };
    });
    // With several readers, also each one's first read: where replies land in the wrong process.
    const firstReads = both ? readers.flatMap(([, u]) => (u.firstReadAfterFork ? [u.firstReadAfterFork] : [])) : [];
    const f: Finding = {
      id: 'socket-shared-after-fork',
      severity: both ? 'error' : 'warning',
      title: `one connection used by ${String(io.length)} processes${si.peer ? ` (${epLabel(si.peer)})` : ''}`,
      explanation:
        `The same socket (${what}) was ${fork ? `inherited by pid ${String(fork.child)} at the fork on line ${String(fork.line)}` : 'shared between processes'} and then used by ${String(io.length)} processes (${who}). ` +
        (both
          ? 'A reply goes to whichever process reads first, so each process can receive answers meant for the other and requests and replies get out of step.'
          : 'Writes from several processes interleave on one connection, so the peer sees their requests mixed.'),
      hint:
        'Give each process its own connection: reconnect in the child after fork (many client libraries do this when they notice the pid changed), or close the inherited socket in the child.',
      lines: lineList(si.openedLine, fork?.line, ...firstAfter.map((x) => x.line), ...firstReads.map((x) => x.line)),
      events: [...new Set([fork?.seq, ...firstAfter.map((x) => x.seq), ...firstReads.map((x) => x.seq)].filter((x): x is number => x !== undefined))].sort((a, b) => a - b),
    };
    if (io[0]![0] !== 0) f.pid = io[0]![0];
    out.push(f);
  }

  private listener(s: SockState, out: Finding[]): void {
    const acceptors = [...s.users].filter(([, u]) => u.accepts + u.acceptEagain > 0);
    if (acceptors.length < 2) return;
    const t = this.ctx.tracker;
    const si = s.info;
    const where = si.local ? epLabel(si.local) : 'its address';
    const fd = fdOf(s, acceptors[0]![0]);
    const who = acceptors.map(([pid, u]) => `${name(t, pid)}: ${String(u.accepts)} accepted`).join('; ');
    out.push({
      id: 'listener-shared',
      severity: 'info',
      title: `listening socket ${where} shared by ${String(acceptors.length)} processes`,
      explanation:
        `The listening socket on ${where}${fd !== undefined ? ` (fd ${fd})` : ''} was inherited by ${String(acceptors.length)} processes that all accept connections on it (${who}). ` +
        'This is a prefork server: the kernel hands each new connection to one of the waiting workers.',
      hint: this.exclusive.has(s)
        ? 'Nothing to fix: the workers already watch it with EPOLLEXCLUSIVE, so one of them wakes per connection.'
        : 'Nothing to fix. If every worker wakes for each connection (thundering herd), consider SO_REUSEPORT or EPOLLEXCLUSIVE.',
      lines: lineList(si.openedLine, ...acceptors.map(([, u]) => u.first.line)),
      events: [...new Set(acceptors.map(([, u]) => u.first.seq))].sort((a, b) => a - b),
    });
    const eagain = acceptors.flatMap(([, u]) => u.eagain);
    const total = acceptors.reduce((n, [, u]) => n + u.acceptEagain, 0);
    if (total === 0) return;
    const losers = acceptors.filter(([, u]) => u.acceptEagain > 0).length;
    out.push({
      id: 'accept-race',
      severity: 'info',
      title: `${String(total)} accept call${total === 1 ? '' : 's'} on ${where} lost the race (EAGAIN)`,
      explanation:
        `Several workers were woken for the same incoming connection; one accepted it and the others' accept returned EAGAIN (${String(total)} times, in ${String(losers)} process${losers === 1 ? '' : 'es'}). ` +
        'This is expected with a shared non-blocking listener and does no harm beyond wasted wake-ups.',
      hint: this.exclusive.has(s)
        ? 'Benign. EPOLLEXCLUSIVE is already in use; a few lost races remain when workers also accept in a loop.'
        : 'Benign. To avoid the wasted wake-ups, use SO_REUSEPORT (one listener per worker) or EPOLLEXCLUSIVE.',
      lines: lineList(...eagain.sort((a, b) => a.line - b.line).slice(0, 5).flatMap((e) => [e.line, e.result])),
      events: eagain.map((e) => e.seq).sort((a, b) => a - b).slice(0, 10),
    });
  }
}

export const socketSharing: Detector = {
  ids: ['socket-shared-after-fork', 'listener-shared', 'accept-race'],
  create: (ctx) => new SharingRun(ctx),
};
