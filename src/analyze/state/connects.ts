// The outcome of a non-blocking connect, followed from EINPROGRESS to what the trace shows
// next: connect() again, getsockopt(SO_ERROR), a read or write, poll/select. Decided here
// only: the analyzer keeps the attempts per socket (they follow it through dup and fork),
// the summary, which runs without the analyzer, per pid and fd.

import type { CallView } from '../../decode/call-view.js';
import { shownEndpoint } from '../../decode/text.js';
import type { Endpoint } from '../../model/index.js';
import { READ_CALLS, WRITE_CALLS } from './calls.js';

/** An asynchronous connect followed from EINPROGRESS to its outcome. */
export interface ConnectAttempt {
  pid?: number;
  fd: number;
  endpoint?: Endpoint;
  socketId: string;
  line: number;
  seq: number;
  state: 'in-progress' | 'connected' | 'failed' | 'timed-out';
  errno?: string;
  /** Lines of the calls that told the outcome (poll/select/getsockopt). */
  lines: number[];
  events: number[];
  /** When connect() was called, and when the last call that told about it returned (trace seconds). */
  time?: number;
  until?: number;
}

/** Where attempts in progress are kept, by a key the owner chooses. */
export interface ConnectStore<K> {
  get(key: K): ConnectAttempt | undefined;
  set(key: K, attempt: ConnectAttempt): void;
  delete(key: K): void;
}

/** The socket an attempt starts on: its fd in the calling process, and who that is. */
export interface ConnectSite {
  fd: number;
  socketId: string;
  pid?: number;
  /** The socket's family when known: EAGAIN starts an attempt on anything but AF_UNIX. */
  family?: string;
}

const WAIT_CALLS = new Set(['poll', 'ppoll', 'select', 'pselect6', '_newselect', 'select_nocancel', 'poll_nocancel']);

/** A call whose result can settle a connect in progress (poll, select). */
export function waitsOnFds(name: string): boolean {
  return WAIT_CALLS.has(name);
}

/** The call returned and did not fail (an unfinished or interrupted one has not returned yet). */
export function completedOk(call: CallView): boolean {
  return !call.failed && call.ev.status !== 'unfinished' && call.ev.status !== 'interrupted';
}

/**
 * Whether a call of this name can start or settle an attempt: a cheap test for callers that
 * follow connects without the analyzer (the summary) and skip every other call.
 */
export function mayTellConnect(name: string): boolean {
  return isConnect(name) || name === 'getsockopt' || READ_CALLS.has(name) || WRITE_CALLS.has(name) || WAIT_CALLS.has(name);
}

function isConnect(name: string): boolean {
  return name === 'connect' || name === 'connect_nocancel';
}

/** connect() returned before the connection was made: it goes on in the background. */
export function startsAttempt(call: CallView, family: string | undefined): boolean {
  const errno = call.errno;
  return !completedOk(call) && (errno === 'EINPROGRESS' || (errno === 'EAGAIN' && family !== 'AF_UNIX'));
}

/** connect() again on a socket whose connect is in progress returns its outcome, unless it is still going. */
function stillGoing(errno: string | undefined): boolean {
  return errno === 'EINPROGRESS' || errno === 'EALREADY' || errno === 'EAGAIN' || /^(EINTR|ERESTART)/.test(errno ?? '');
}

export class Connects<K> {
  /**
   * `onSettle` hears every change of state an attempt makes on its key (the analyzer marks
   * the socket's `connectFailed` with it).
   */
  constructor(
    readonly store: ConnectStore<K>,
    private readonly onSettle?: (key: K, attempt: ConnectAttempt) => void,
  ) {}

  pending(key: K): ConnectAttempt | undefined {
    return this.store.get(key);
  }

  private settle(key: K, a: ConnectAttempt, state: ConnectAttempt['state']): void {
    a.state = state;
    this.onSettle?.(key, a);
  }

  private note(a: ConnectAttempt, call: CallView): void {
    a.lines.push(call.ev.line);
    a.events.push(call.ev.seq);
    // How long the program waited for an answer: up to the return of this call.
    const t = call.ev.time;
    if (t !== undefined) a.until = t + (call.ev.duration ?? 0);
  }

  /** A call on the socket at `key`: the attempt it started, advanced or settled, if any. */
  onCall(key: K, call: CallView, site: ConnectSite): ConnectAttempt | undefined {
    const name = call.name;
    const ok = completedOk(call);
    const errno = call.errno;
    const pend = this.store.get(key);
    if (isConnect(name)) {
      // connect(AF_UNSPEC) dissolves an association; it says nothing about an attempt.
      if (call.endpoint(1)?.family === 'AF_UNSPEC') return undefined;
      let found: ConnectAttempt | undefined;
      if (pend && (ok || !stillGoing(errno))) {
        // (hiredis: EINPROGRESS, poll, connect → 0 / EISCONN / ECONNREFUSED.)
        this.note(pend, call);
        if (ok || errno === 'EISCONN') this.settle(key, pend, 'connected');
        else {
          this.settle(key, pend, 'failed');
          if (errno) pend.errno = errno;
        }
        found = pend;
        this.store.delete(key);
      }
      if (startsAttempt(call, site.family)) {
        const ep = shownEndpoint(call.endpoint(1));
        const a: ConnectAttempt = {
          fd: site.fd,
          socketId: site.socketId,
          line: call.ev.line,
          seq: call.ev.seq,
          state: 'in-progress',
          lines: [],
          events: [],
          ...(ep ? { endpoint: ep } : {}),
          ...(site.pid ? { pid: site.pid } : {}),
          ...(call.ev.time !== undefined ? { time: call.ev.time } : {}),
        };
        this.store.set(key, a);
        found = a;
      }
      return found;
    }
    if (!pend) return undefined;
    if (name === 'getsockopt' && ok) {
      const so = call.soError();
      if (!so) return undefined;
      this.note(pend, call);
      if (!so.shown) return undefined;
      if (so.errno === undefined) this.settle(key, pend, 'connected');
      else {
        this.settle(key, pend, 'failed');
        pend.errno = so.errno;
      }
      this.store.delete(key);
      return pend;
    }
    if (pend.line !== call.ev.line && (READ_CALLS.has(name) || WRITE_CALLS.has(name))) {
      // Data moved: it connected; an error other than "nothing yet" says it did not.
      this.note(pend, call);
      if (ok) this.settle(key, pend, 'connected');
      else if (errno && errno !== 'EAGAIN') {
        this.settle(key, pend, 'failed');
        pend.errno = errno;
      }
      if (pend.state !== 'in-progress') this.store.delete(key);
      return pend;
    }
    return undefined;
  }

  /**
   * poll/select results for sockets with a connect in progress: POLLERR/POLLHUP says it
   * failed, a timeout says nothing came back in time. `keyOf` finds the key of a watched fd.
   */
  onWait(call: CallView, keyOf: (fd: number) => K | undefined): ConnectAttempt | undefined {
    const name = call.name;
    if (!WAIT_CALLS.has(name)) return undefined;
    const ret = call.ev.ret;
    if (!ret) return undefined;
    let found: ConnectAttempt | undefined;
    const mark = (fd: number, outcome: 'error' | 'ready' | 'timeout') => {
      const key = keyOf(fd);
      const pend = key === undefined ? undefined : this.store.get(key);
      if (key === undefined || !pend) return;
      this.note(pend, call);
      if (outcome === 'error') this.settle(key, pend, 'failed');
      else if (outcome === 'timeout') this.settle(key, pend, 'timed-out');
      found = pend;
    };
    if (ret.value === 0) {
      // Timeout: every watched fd with a pending connect.
      for (const fd of call.pollFds()) mark(fd, 'timeout');
      if (name.includes('select')) for (const fd of call.fdSet(2)) mark(fd, 'timeout');
      return found;
    }
    for (const r of call.revents()) {
      const err = r.flags.includes('POLLERR') || r.flags.includes('POLLHUP') || r.flags.includes('POLLNVAL');
      mark(r.fd, err ? 'error' : 'ready');
    }
    return found;
  }
}
