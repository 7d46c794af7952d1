// Sockets as the trace shows them: one record per socket (not per fd), filled from the
// calls on it and from -yy decorations, with who held it and what each process did with it.
// A socket is found again by its decoration when another process shows the same one.

import type { FdEntry, FdInfo, SocketInfo, SyscallEvent } from '../../model/index.js';
import { MAX_KEPT_SOCKETS, MAX_SOCKET_FDS, MAX_SOCKET_LINES, type Proc, type SockState } from './types.js';

function familyOfProtocol(protocol: string): string | undefined {
  if (protocol.startsWith('UNIX')) return 'AF_UNIX';
  if (protocol === 'NETLINK') return 'AF_NETLINK';
  if (protocol === 'PACKET') return 'AF_PACKET';
  if (/v6$/.test(protocol)) return 'AF_INET6';
  if (/^(TCP|UDP|UDPLITE|RAW|SCTP|DCCP|PING|MPTCP)$/.test(protocol)) return 'AF_INET';
  return undefined;
}

function typeOfProtocol(protocol: string): string | undefined {
  if (/^(TCP|MPTCP|SCTP)/.test(protocol) || protocol === 'UNIX-STREAM') return 'SOCK_STREAM';
  if (/^UDP/.test(protocol) || protocol === 'UNIX-DGRAM' || protocol === 'UNIX') return 'SOCK_DGRAM';
  if (protocol === 'UNIX-SEQPACKET') return 'SOCK_SEQPACKET';
  if (/^RAW/.test(protocol)) return 'SOCK_RAW';
  return undefined;
}

/** The bottom layer of the tracker's state: every socket, live or kept for the report. */
export class SocketTable {
  protected socketMap = new Map<string, SockState>();
  protected byDeco = new Map<string, SockState>();
  private nextSocket = 1;
  /** Called when a socket's last fd closes, before it may be forgotten. */
  readonly onSocketClosed: ((s: SockState) => void)[] = [];
  /** How many ended processes and closed sockets were forgotten to bound memory. */
  forgotten = { processes: 0, sockets: 0 };

  /** Sockets still known: live ones, and closed ones up to MAX_KEPT_SOCKETS. */
  get sockets(): SockState[] {
    return [...this.socketMap.values()];
  }

  socketOf(entry: FdEntry | undefined): SockState | undefined {
    if (!entry?.socketId) return undefined;
    return this.socketMap.get(entry.socketId);
  }

  protected newSocket(line: number | undefined): SockState {
    const id = `s${String(this.nextSocket++)}`;
    const info: SocketInfo = { id, holders: [], fds: [], lines: [] };
    if (line !== undefined) info.openedLine = line;
    const s: SockState = { info, refs: 0, decoKeys: new Set(), users: new Map(), inheritedBy: new Set(), forks: [] };
    this.socketMap.set(id, s);
    return s;
  }

  protected decoKey(info: FdInfo): string | undefined {
    if (info.type !== 'socket') return undefined;
    if (info.inode !== undefined) return `${info.protocol}#${String(info.inode)}`;
    const l = info.local ? JSON.stringify(info.local) : '';
    const p = info.peer ? JSON.stringify(info.peer) : '';
    return l || p ? `${info.protocol}|${l}|${p}` : undefined;
  }

  /** Fill a socket from a -yy decoration: endpoints the trace did not otherwise show. */
  protected learnSocket(s: SockState, info: FdInfo): void {
    if (info.type !== 'socket') return;
    const si = s.info;
    if (info.protocol !== 'socket') {
      si.protocol ??= info.protocol;
      si.family ??= familyOfProtocol(info.protocol);
      si.type ??= typeOfProtocol(info.protocol);
    }
    if (info.local && !si.local) si.local = info.local;
    if (info.peer && !si.peer) si.peer = info.peer;
    const key = this.decoKey(info);
    if (key && !s.decoKeys.has(key)) {
      s.decoKeys.add(key);
      this.byDeco.set(key, s);
    }
  }

  protected attachSocket(entry: FdEntry, s: SockState, p: Proc | undefined): void {
    entry.socketId = s.info.id;
    entry.kind = 'socket';
    s.refs++;
    if (p) this.noteHolder(s, p, entry.fd);
  }

  protected noteHolder(s: SockState, p: Proc, fd: number): void {
    if (!s.info.holders.includes(p.tgid)) s.info.holders.push(p.tgid);
    const tag = `${String(p.tgid)}:${String(fd)}`;
    if (s.info.fds.length < MAX_SOCKET_FDS && !s.info.fds.includes(tag)) s.info.fds.push(tag);
  }

  protected release(entry: FdEntry, line: number): void {
    const s = this.socketOf(entry);
    if (!s) return;
    s.refs--;
    if (s.refs <= 0) {
      s.info.closedLine ??= line;
      for (const k of s.decoKeys) if (this.byDeco.get(k) === s) this.byDeco.delete(k);
      for (const f of this.onSocketClosed) f(s);
      if (this.socketMap.size > MAX_KEPT_SOCKETS) {
        this.socketMap.delete(s.info.id);
        this.forgotten.sockets++;
      }
    }
  }

  protected useSocket(s: SockState, p: Proc, ev: SyscallEvent, kind: 'read' | 'write' | 'accept' | 'other', failed: string | undefined): void {
    const si = s.info;
    if (si.lines.length < MAX_SOCKET_LINES && si.lines[si.lines.length - 1] !== ev.line) si.lines.push(ev.line);
    if (kind === 'other') return;
    let u = s.users.get(p.tgid);
    if (!u) {
      u = { reads: 0, writes: 0, readsAfterFork: 0, writesAfterFork: 0, accepts: 0, acceptEagain: 0, first: { line: ev.line, seq: ev.seq }, lines: [], seqs: [], eagain: [] };
      s.users.set(p.tgid, u);
    }
    const forked = s.forks.length > 0;
    // A read broken off by a signal (`= ? ERESTARTSYS`) was still reading this socket: a
    // process killed while it waited for a reply another process took.
    if (kind === 'read' && (!failed || /^(ERESTART|EINTR$)/.test(failed))) {
      u.reads++;
      if (forked) {
        u.readsAfterFork++;
        u.firstReadAfterFork ??= { line: ev.line, seq: ev.seq };
      }
    } else if (kind === 'write' && !failed) {
      u.writes++;
      if (forked) u.writesAfterFork++;
    }
    else if (kind === 'accept') {
      if (failed === 'EAGAIN' || failed === 'EWOULDBLOCK') {
        u.acceptEagain++;
        if (u.eagain.length < 10) u.eagain.push({ line: ev.line, seq: ev.seq, result: ev.lines[ev.lines.length - 1 - (ev.stack?.length ?? 0)] ?? ev.line });
      }
      else if (!failed) u.accepts++;
    }
    // The first uses, and the first use after each fork of the socket (for citing).
    const afterFork = s.forks.length > 0 && ev.line > s.forks[0]!.line && !u.lines.some((l) => l > s.forks[0]!.line);
    if (u.lines.length < 20 || afterFork) {
      u.lines.push(ev.line);
      u.seqs.push(ev.seq);
    }
  }
}
