// Per-process fd tables: what each fd refers to, kept from the calls that create, copy
// and close fds, and from -y decorations for fds the trace never saw opened.

import type { FdEntry, FdInfo, FdKind, SyscallEvent } from '../../model/index.js';
import type { CallView } from '../../decode/call-view.js';
import type { Proc } from './types.js';
import { SocketTable } from './sockets.js';

function kindOfInfo(info: FdInfo): FdKind {
  switch (info.type) {
    case 'socket':
      return 'socket';
    case 'pipe':
      return 'pipe';
    case 'pidfd':
      return 'pidfd';
    case 'anon': {
      const n = info.name.replace(/^\[|\]$/g, '');
      if (n === 'eventfd') return 'eventfd';
      if (n === 'eventpoll') return 'epoll';
      if (n === 'timerfd') return 'timerfd';
      if (n === 'signalfd') return 'signalfd';
      if (n === 'inotify') return 'inotify';
      if (n === 'fanotify') return 'fanotify';
      return 'anon';
    }
    case 'path':
      if (info.path.startsWith('/memfd:')) return 'memfd';
      if (info.device) return 'device';
      return 'file';
    default:
      return 'unknown';
  }
}


/** fd tables over the sockets: an fd that is a socket points at its SocketTable record. */
export class FdTables extends SocketTable {
  protected learn(entry: FdEntry, info: FdInfo | undefined): void {
    if (!info) return;
    if (entry.kind === 'unknown') entry.kind = kindOfInfo(info);
    switch (info.type) {
      case 'path':
        entry.path = info.path;
        if (info.device) entry.device = info.device;
        if (info.deleted) entry.deleted = true;
        break;
      case 'pipe':
        entry.pipe = { ...entry.pipe, inode: info.inode };
        break;
      case 'anon':
        entry.anon = info.name.replace(/^\[|\]$/g, '');
        break;
      case 'pidfd':
        entry.targetPid = info.pid;
        break;
      case 'socket': {
        let s = this.socketOf(entry);
        if (!s) {
          s = this.newSocket(undefined);
          this.attachSocket(entry, s, undefined);
        }
        this.learnSocket(s, info);
        break;
      }
      default:
        break;
    }
  }

  install(p: Proc, entry: FdEntry, line: number, closed?: FdEntry[]): FdEntry {
    const old = p.fds.map.get(entry.fd);
    if (old) {
      this.release(old, line);
      closed?.push(old);
    }
    p.fds.map.set(entry.fd, entry);
    p.unadopted?.closed.delete(entry.fd);
    const s = this.socketOf(entry);
    if (s) this.noteHolder(s, p, entry.fd);
    return entry;
  }

  closeFd(p: Proc, fd: number, line: number): FdEntry | undefined {
    const old = p.fds.map.get(fd);
    p.unadopted?.closed.add(fd);
    if (!old) return undefined;
    p.fds.map.delete(fd);
    this.release(old, line);
    return old;
  }

  /**
   * The entry for an fd the process uses. Unknown fds get an inferred entry (opened
   * before the trace, or by a call the trace filter hid); a decoration fills it in.
   */
  use(p: Proc, fd: number, info: FdInfo | undefined, ev: SyscallEvent): FdEntry {
    let e = p.fds.map.get(fd);
    if (!e) {
      e = { fd, kind: 'unknown', origin: info ? 'decoration' : 'use', inferred: true };
      // A socket seen through its decoration may already be known in another process.
      const key = info ? this.decoKey(info) : undefined;
      const s = key ? this.byDeco.get(key) : undefined;
      if (s) {
        this.attachSocket(e, s, undefined);
      }
      this.install(p, e, ev.line);
    } else if (info && info.type === 'path' && e.path !== info.path && e.kind !== 'socket' && !e.inferred) {
      // The table was wrong (missed a dup2/close): believe the decoration.
      e.path = info.path;
    }
    this.learn(e, info);
    const s = this.socketOf(e);
    if (s) this.noteHolder(s, p, fd);
    return e;
  }

  protected newEntry(fd: number, kind: FdKind, call: CallView, origin?: string): FdEntry {
    return { fd, kind, origin: origin ?? call.name, openedLine: call.ev.line, openedSeq: call.ev.seq };
  }

  protected copyEntry(src: FdEntry, fd: number, call: CallView): FdEntry {
    const e: FdEntry = { ...src, fd, origin: call.name, openedLine: call.ev.line, openedSeq: call.ev.seq };
    delete e.cloexec;
    delete e.inferred;
    if (src.pipe) e.pipe = { ...src.pipe };
    const s = this.socketOf(src);
    if (s) s.refs++;
    return e;
  }

}
