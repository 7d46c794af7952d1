// The Tracker: one pass over the events keeping the state a reader keeps in their head
// (processes and threads, what each fd refers to, what each socket is connected to).
// It dispatches each call to the part of the state it changes. Memory follows the live
// state (open fds, live processes, sockets), never the number of lines.
//
// The state is built in layers, one module each, each using the ones below it:
// SocketTable (sockets.ts) ← FdTables (fds.ts) ← FdCalls (fd-calls.ts) ← ProcessTree
// (processes.ts) ← Tracker. Connect attempts are kept by Connects (connects.ts).

import type { CallView } from '../../decode/call-view.js';
import { shownEndpoint } from '../../decode/text.js';
import { ACCEPT_CALLS, ANON_CREATORS, CLONE_CALLS, EXEC_CALLS, FD_FIRST, OPEN_CALLS, READ_CALLS, WRITE_CALLS } from './calls.js';
import { completedOk, Connects, startsAttempt, waitsOnFds, type ConnectAttempt, type ConnectStore } from './connects.js';
import { continuesLine, feedStderr } from './stderr.js';
import { ProcessTree } from './processes.js';
import { ResolvedNames } from './resolved.js';
import type { Proc, SockState, Touch } from './types.js';

/** The analyzer keeps a connect in progress on its socket: it follows the socket through dup and fork. */
const ON_SOCKET: ConnectStore<SockState> = {
  get: (s) => s.pending,
  set: (s, a) => {
    s.pending = a;
  },
  delete: (s) => {
    delete s.pending;
  },
};

export class Tracker extends ProcessTree {
  /** Names the DNS replies in the trace resolved, by address (for findings about a connect). */
  readonly resolved = new ResolvedNames();
  /** A connect attempt's outcome, also on the socket: the peer of a failed one is where it tried to go. */
  private readonly connects = new Connects<SockState>(ON_SOCKET, (s, a) => {
    if (a.state !== 'in-progress') delete s.info.connecting;
    if (a.state === 'connected') delete s.info.connectFailed;
    else if (a.state === 'failed' || a.state === 'timed-out') s.info.connectFailed = true;
  });

  onCall(call: CallView): Touch {
    const ev = call.ev;
    const p = this.proc(ev);
    const t: Touch = { proc: p };
    const name = ev.syscall;
    const ok = completedOk(call);

    // Decorated fds anywhere at top level: they tell what the fd is, whatever the call.
    for (const { index: i, fd } of call.decoratedFds()) {
      const e = this.use(p, fd, call.fdInfo(i), ev);
      if (i === 0 || (!t.fd && i <= 1)) t.fd = e;
    }
    if (!t.fd && (FD_FIRST.has(name) || call.argKind(0) === 'fd')) {
      const fd = call.fd(0);
      // EBADF says the fd was not open: do not invent an entry for it.
      if (fd !== undefined && fd >= 0 && call.errno !== 'EBADF') t.fd = this.use(p, fd, call.fdInfo(0), ev);
    }
    if (t.fd) t.socket = this.socketOf(t.fd);

    if (name in OPEN_CALLS) this.onOpen(call, p, t, ok);
    else if (name === 'socket' && ok) this.onSocket(call, p, t);
    else if (name === 'socketpair' && ok) this.onSocketpair(call, p, t);
    else if (ACCEPT_CALLS.has(name)) this.onAccept(call, p, t, ok);
    else if ((name === 'pipe' || name === 'pipe2') && ok) this.onPipe(call, p, t);
    else if (name === 'dup' || name === 'dup2' || name === 'dup3') this.onDup(call, p, t, ok);
    else if (name === 'fcntl' || name === 'fcntl64' || name === 'fcntl_nocancel') this.onFcntl(call, p, t, ok);
    else if (name === 'close' || name === 'close_nocancel' || name === 'guarded_close_np') this.onClose(call, p, t);
    else if (name === 'close_range') this.onCloseRange(call, p, t, ok);
    else if (name in ANON_CREATORS && ok) this.onAnon(call, p, t);
    else if (CLONE_CALLS.has(name)) this.onClone(call, p, t);
    else if (EXEC_CALLS.has(name)) this.onExec(call, p, t, ok);
    else if (name === 'exit' || name === 'exit_group') {
      const code = call.int(0);
      if (code !== undefined) {
        p.info.exitCall = code;
        p.exitCallAt = { line: ev.line, seq: ev.seq };
      }
      // Nothing but its exit line follows (strace -qqq prints none): it is gone. Its fds
      // close with its exit line, or at the end of the trace when there is none.
      if (ev.status === 'complete' || ev.status === 'interrupted') {
        p.alive = false;
        p.exitPending = true;
      }
    } else if ((name === 'wait4' || name === 'waitpid') && ok && (call.ret ?? 0) > 0) {
      this.onReap(call, p);
    } else if (t.socket) this.onSocketCall(call, p, t, ok);

    if ((name === 'write' || name === 'write_nocancel') && call.fd(0) === 2 && ok) {
      const s = call.str(1);
      if (s) {
        // Programs often write one message in pieces ("psql:", " ", "error: ", ...): join them.
        const joined = p.lastStderr && continuesLine(p.lastStderr.text, s.truncated) ? p.lastStderr : undefined;
        const text = ((joined?.text ?? '') + s.value + (s.truncated ? '…' : '')).slice(-300);
        p.lastStderr = { text, line: ev.line, seq: ev.seq, cut: s.truncated || (joined?.cut ?? false) };
        feedStderr((p.stderr ??= { partial: '', traceback: false }), s.value, s.truncated, ev.line, ev.seq);
      }
    }
    p.lastCall = ev;
    if (t.socket) t.connect = t.socket.pending ?? t.connect;
    return t;
  }

  private onSocketCall(call: CallView, p: Proc, t: Touch, ok: boolean): void {
    const s = t.socket!;
    const name = call.name;
    const si = s.info;
    const ev = call.ev;
    if (READ_CALLS.has(name) && ok) this.resolved.onReceive(call, si);
    if (READ_CALLS.has(name)) this.useSocket(s, p, ev, 'read', call.errno);
    else if (WRITE_CALLS.has(name)) this.useSocket(s, p, ev, 'write', call.errno);
    else this.useSocket(s, p, ev, 'other', call.errno);

    const connect = this.connects.onCall(s, call, { fd: t.fd!.fd, socketId: si.id, family: si.family, ...(p.key ? { pid: p.key } : {}) });
    if (connect) t.connect = connect;
    if (name === 'connect' || name === 'connect_nocancel') {
      // Where it connected, or where an attempt still in progress goes (AF_UNSPEC dissolves instead).
      const ep = shownEndpoint(call.endpoint(1));
      if (ep && call.endpoint(1)?.family !== 'AF_UNSPEC' && (ok || startsAttempt(call, si.family))) si.peer = ep;
      // Until the trace shows how it ended, the attempt is not a connection (the summary must not say "connected").
      if (connect?.state === 'in-progress' && connect.seq === ev.seq) si.connecting = true;
      else if (ok) delete si.connecting;
    } else if (name === 'bind' && ok) {
      const ep = shownEndpoint(call.endpoint(1));
      if (ep) si.local = ep;
    } else if (name === 'listen' && ok) {
      si.listening = true;
    } else if (name === 'getsockname' && ok) {
      const ep = shownEndpoint(call.endpoint(1));
      if (ep && !(ep.family === 'AF_UNIX' && !ep.path)) si.local = ep;
    } else if (name === 'getpeername' && ok) {
      const ep = shownEndpoint(call.endpoint(1));
      if (ep) si.peer = ep;
    } else if (name === 'ioctl' && ok && call.names(1).has('FIONBIO')) {
      si.nonBlocking = (call.boxedInt(2) ?? 0) !== 0;
    }
  }

  /**
   * poll/select results for sockets with a connect in progress: POLLERR/POLLHUP says it
   * failed, a timeout says nothing came back in time.
   */
  onWait(call: CallView, p: Proc): ConnectAttempt | undefined {
    if (!waitsOnFds(call.name)) return undefined; // most calls: no fd lookup to make
    return this.connects.onWait(call, (fd) => this.socketOf(p.fds.map.get(fd)));
  }
}
