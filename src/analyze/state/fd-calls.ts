// The calls that create, copy and close fds: open, socket, socketpair, accept, pipe, dup,
// fcntl, close, close_range and the anonymous-inode creators (eventfd, epoll, ...).

import type { FdEntry } from '../../model/index.js';
import type { CallView } from '../../decode/call-view.js';
import { shownEndpoint } from '../../decode/text.js';
import { ANON_CREATORS, hasCloexec, hasNonblock, OPEN_CALLS } from './calls.js';
import { FdTables } from './fds.js';
import type { Proc, Touch } from './types.js';

/** How each fd-making call changes the calling process's table. */
export class FdCalls extends FdTables {
  protected onOpen(call: CallView, p: Proc, t: Touch, ok: boolean): void {
    const spec = OPEN_CALLS[call.name]!;
    const fd = call.ret;
    if (!ok || fd === undefined || fd < 0) return;
    const flags = call.names(spec.flags, 'open-flags');
    const e = this.newEntry(fd, flags.has('O_DIRECTORY') ? 'directory' : 'file', call);
    const path = spec.path >= 0 ? call.absPath(spec.path, (dirfd) => p.fds.map.get(dirfd)?.path) : undefined;
    if (path !== undefined) e.path = path;
    if (path?.startsWith('/dev/')) e.kind = 'device';
    if (hasCloexec(flags)) e.cloexec = true;
    const closed: FdEntry[] = [];
    this.install(p, e, call.ev.line, closed);
    this.learn(e, call.resultFdInfo());
    t.fd = e;
    t.socket = undefined;
  }

  protected onSocket(call: CallView, p: Proc, t: Touch): void {
    const fd = call.ret;
    if (fd === undefined || fd < 0) return;
    const s = this.newSocket(call.ev.line);
    const fam = call.family(0);
    const typeNames = call.names(1, 'socktype');
    const type = [...typeNames].find((n) => /^SOCK_(STREAM|DGRAM|RAW|SEQPACKET|RDM|PACKET)$/.test(n));
    if (fam) s.info.family = fam;
    if (type) s.info.type = type;
    const protocol = call.socketProtocol();
    if (protocol !== undefined) s.info.protocol = protocol;
    if (hasNonblock(typeNames)) s.info.nonBlocking = true;
    const e = this.newEntry(fd, 'socket', call);
    if (hasCloexec(typeNames)) e.cloexec = true;
    this.attachSocket(e, s, p);
    this.install(p, e, call.ev.line);
    this.learn(e, call.resultFdInfo());
    t.fd = e;
    t.socket = s;
  }

  protected onSocketpair(call: CallView, p: Proc, t: Touch): void {
    const items = call.fdItems(3);
    const typeNames = call.names(1, 'socktype');
    const fam = call.family(0);
    const type = [...typeNames].find((n) => /^SOCK_(STREAM|DGRAM|SEQPACKET)$/.test(n));
    t.fds = [];
    for (const f of items) {
      const s = this.newSocket(call.ev.line);
      if (fam) s.info.family = fam;
      if (type) s.info.type = type;
      if (hasNonblock(typeNames)) s.info.nonBlocking = true;
      const e = this.newEntry(f.fd, 'socket', call);
      if (hasCloexec(typeNames)) e.cloexec = true;
      this.attachSocket(e, s, p);
      this.install(p, e, call.ev.line);
      if (f.decorated) this.learn(e, call.fdInfo(3) ?? undefined);
      t.fds.push(e);
    }
    t.fd = t.fds[0];
    t.socket = this.socketOf(t.fd);
  }

  protected onAccept(call: CallView, p: Proc, t: Touch, ok: boolean): void {
    const listener = t.socket;
    if (listener) this.useSocket(listener, p, call.ev, 'accept', call.errno);
    const fd = call.ret;
    if (!ok || fd === undefined || fd < 0) return;
    const s = this.newSocket(call.ev.line);
    if (listener) {
      const li = listener.info;
      // accept() succeeding proves it listens, also when the trace began after listen().
      li.listening = true;
      if (li.family) s.info.family = li.family;
      if (li.type) s.info.type = li.type;
      if (li.protocol) s.info.protocol = li.protocol;
      if (li.local) s.info.local = li.local;
    }
    const peer = shownEndpoint(call.endpoint(1));
    if (peer && peer.family !== 'AF_UNIX') s.info.peer = peer;
    const flags = call.names(3, 'socktype');
    if (hasNonblock(flags)) s.info.nonBlocking = true;
    const e = this.newEntry(fd, 'socket', call);
    if (hasCloexec(flags)) e.cloexec = true;
    this.attachSocket(e, s, p);
    this.install(p, e, call.ev.line);
    this.learn(e, call.resultFdInfo());
    t.fds = [e];
    t.socket = listener;
  }

  protected onPipe(call: CallView, p: Proc, t: Touch): void {
    const items = call.fdItems(0);
    const flags = call.names(1, 'open-flags');
    t.fds = [];
    items.forEach((f) => {
      const e = this.newEntry(f.fd, 'pipe', call);
      e.pipe = { end: f.index === 0 ? 'read' : 'write' };
      if (hasCloexec(flags)) e.cloexec = true;
      this.install(p, e, call.ev.line);
      if (f.info?.type === 'pipe') e.pipe.inode = f.info.inode;
      t.fds!.push(e);
    });
    t.fd = t.fds[0];
  }

  protected onDup(call: CallView, p: Proc, t: Touch, ok: boolean): void {
    const newFd = call.ret;
    const oldFd = call.fd(0);
    if (!ok || newFd === undefined || newFd < 0 || oldFd === undefined) return;
    const src = p.fds.map.get(oldFd) ?? this.use(p, oldFd, call.fdInfo(0), call.ev);
    if (newFd === oldFd) return;
    const e = this.copyEntry(src, newFd, call);
    if (call.name === 'dup3' && hasCloexec(call.names(2, 'open-flags'))) e.cloexec = true;
    const closed: FdEntry[] = [];
    this.install(p, e, call.ev.line, closed);
    this.learn(e, call.resultFdInfo());
    t.fds = [e];
    if (closed.length) t.closed = closed;
    t.fd = src;
  }

  protected onFcntl(call: CallView, p: Proc, t: Touch, ok: boolean): void {
    if (!ok || !t.fd) return;
    const cmd = call.names(1, 'fcntl-cmd');
    if (cmd.has('F_DUPFD') || cmd.has('F_DUPFD_CLOEXEC')) {
      const newFd = call.ret;
      if (newFd === undefined || newFd < 0) return;
      const e = this.copyEntry(t.fd, newFd, call);
      if (cmd.has('F_DUPFD_CLOEXEC')) e.cloexec = true;
      this.install(p, e, call.ev.line);
      t.fds = [e];
    } else if (cmd.has('F_SETFD')) {
      const v = call.names(2);
      t.fd.cloexec = v.has('FD_CLOEXEC') || (call.int(2) ?? 0) % 2 === 1;
    } else if (cmd.has('F_SETFL') && t.socket) {
      t.socket.info.nonBlocking = hasNonblock(call.names(2, 'open-flags'));
    }
  }

  protected onClose(call: CallView, p: Proc, t: Touch): void {
    const fd = call.fd(0);
    if (fd === undefined) return;
    if (call.errno === 'EBADF') return;
    const old = this.closeFd(p, fd, call.ev.line);
    if (old) {
      t.closed = [old];
      t.fd = old;
    }
  }

  protected onCloseRange(call: CallView, p: Proc, t: Touch, ok: boolean): void {
    if (!ok) return;
    const lo = call.int(0) ?? 0;
    const hi = call.int(1) ?? lo;
    const cloexecOnly = call.names(2).has('CLOSE_RANGE_CLOEXEC');
    t.closed = [];
    for (const fd of [...p.fds.map.keys()]) {
      if (fd < lo || fd > hi) continue;
      if (cloexecOnly) p.fds.map.get(fd)!.cloexec = true;
      else {
        const old = this.closeFd(p, fd, call.ev.line);
        if (old) t.closed.push(old);
      }
    }
  }

  protected onAnon(call: CallView, p: Proc, t: Touch): void {
    const spec = ANON_CREATORS[call.name]!;
    const fd = call.ret;
    if (fd === undefined || fd < 0) return;
    // signalfd on an existing fd changes its mask; no new fd.
    if ((call.name === 'signalfd' || call.name === 'signalfd4') && (call.int(0) ?? -1) >= 0) return;
    const e = this.newEntry(fd, spec.kind, call);
    if (spec.anon) e.anon = spec.anon.replace(/^\[|\]$/g, '');
    if (spec.flags !== undefined && hasCloexec(call.names(spec.flags))) e.cloexec = true;
    if (call.name === 'pidfd_open' || call.name === 'pidfd_getfd') e.cloexec = true;
    if (call.name === 'pidfd_open') {
      const target = call.int(0);
      if (target !== undefined) e.targetPid = target;
    }
    if (call.name === 'memfd_create') {
      const n = call.str(0)?.value;
      if (n !== undefined) e.path = `/memfd:${n}`;
    }
    this.install(p, e, call.ev.line);
    this.learn(e, call.resultFdInfo());
    t.fd = e;
  }
}
