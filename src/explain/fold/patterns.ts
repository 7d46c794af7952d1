// Naming what a self-pipe and a prefork pool are when their calls go by: a pipe whose read
// end a process waits on and whose write end it writes to itself; several processes
// waiting on one listening socket.

import { returnedError } from '../../decode/failure.js';
import { WAIT_CALLS } from '../../knowledge/story-calls.js';
import type { TraceEvent } from '../../model/index.js';
import { who, type Step } from './types.js';

/** A pipe end's key: `pid:fd`. */
function pipeKey(pid: number, fd: number | undefined): string {
  return `${String(pid)}:${String(fd ?? -1)}`;
}

export class PatternNotes {
  /** Last signal each process received, until its next wait. */
  private lastSignal = new Map<number, string>();
  /** Pipe ends by `pid:fd`: which end, and the `pid:fd` of the other end. */
  private pipes = new Map<string, { end: 'read' | 'write'; other: string }>();
  /** Pipe read ends a process waits on in select/poll (`pid:fd`). */
  private watched = new Set<string>();
  private listenerPids = new Map<string, Set<number>>();

  /** A signal arrived (it may be what a self-pipe write is about). */
  signal(ev: Extract<TraceEvent, { type: 'signal' }>): void {
    if (!ev.stopped) this.lastSignal.set(who(ev) ?? -1, ev.signal);
  }

  /** An fd was closed: it no longer names a pipe end, and the other end no longer has it as a partner. */
  private forget(k: string): void {
    const p = this.pipes.get(k);
    this.pipes.delete(k);
    this.watched.delete(k);
    if (p && this.pipes.get(p.other)?.other === k) this.pipes.delete(p.other);
  }

  /** Rewrites the sentence of calls that are part of a self-pipe or prefork pattern. */
  annotate(s: Step): void {
    const { ev, item, call } = s;
    const pid = who(ev) ?? -1;
    const name = ev.syscall;
    if ((name === 'pipe' || name === 'pipe2') && !returnedError(ev)) {
      const fds = call.fdSet(0);
      if (fds.length >= 2) {
        this.pipes.set(pipeKey(pid, fds[0]), { end: 'read', other: pipeKey(pid, fds[1]) });
        this.pipes.set(pipeKey(pid, fds[1]), { end: 'write', other: pipeKey(pid, fds[0]) });
      }
      return;
    }
    if (name === 'close' || name === 'close_nocancel') {
      // The fd number is free again: a later pipe (or anything) may take it. Without this a
      // prefork master's per-worker pipe, closed after the fork, left its number looking like
      // the master's own self-pipe (Unicorn forwards signals to workers through such pipes).
      // (Nothing to forget in most traces: no pipe seen.)
      if (this.pipes.size || this.watched.size) this.forget(pipeKey(pid, call.fd(0)));
      return;
    }
    if (name === 'write' || name === 'write_nocancel') {
      if (this.pipes.size === 0) return;
      const p = this.pipes.get(pipeKey(pid, call.fd(0)));
      if (p?.end === 'write' && this.watched.has(p.other)) {
        const sig = this.lastSignal.get(pid);
        item.explanation = `${item.explanation} — a self-pipe: it wakes its own select/poll loop${sig ? ` after ${sig} arrived` : ''}`;
      }
      return;
    }
    const waits = WAIT_CALLS.has(name);
    if (!waits && !/^accept/.test(name)) return;
    let selfPipe = false;
    if (waits) {
      this.lastSignal.delete(pid);
      for (const fd of call.fdSets()) {
        if (this.pipes.get(pipeKey(pid, fd))?.end === 'read') {
          this.watched.add(pipeKey(pid, fd));
          selfPipe = true;
        }
      }
    }
    // Listening sockets a wait or accept is about, from -yy decorations.
    const listeners = call.listeners(waits ? undefined : 0);
    if (listeners.length === 0) return;
    for (const l of listeners) {
      let set = this.listenerPids.get(l);
      if (!set) this.listenerPids.set(l, (set = new Set()));
      set.add(pid);
    }
    const n = this.listenerPids.get(listeners[0]!)!.size;
    const notes: string[] = [];
    if (n >= 2) notes.push(`prefork pool: ${String(n)} processes share the listener ${listeners[0]!}`);
    if (selfPipe) notes.push('the pipe beside it is its self-pipe, written to wake this wait');
    if (notes.length) item.explanation = `${item.explanation} (${notes.join('; ')})`;
  }
}
