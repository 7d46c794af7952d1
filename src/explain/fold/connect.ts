// An asynchronous connect: EINPROGRESS → waits → SO_ERROR read (or a second connect). The
// outcome is the analyzer's (AnalyzedEvent.connect, one definition); this module only ties
// the calls of one attempt together and words them. Without the analyzer (the bare
// explainer) there is no attempt to follow, and each call keeps its own sentence.

import type { ConnectAttempt } from '../../analyze/index.js';
import { CallView } from '../../decode/call-view.js';
import { SIGNAL_MASK_CALLS, WAIT_CALLS } from '../../knowledge/story-calls.js';
import { openStory, osOf, who, type ExplainedEvent, type Open, type Step, type StoryRule } from './types.js';

/** Other-process events an async connect may wait through before giving up. */
const CONNECT_LOOKAHEAD = 24;

/** Most attempts remembered (a trace of a busy client starts many). */
const MAX_REMEMBERED = 1024;

function attemptId(c: ConnectAttempt): string {
  return `${c.socketId}#${String(c.seq)}`;
}

/** The attempt a step started: its own connect answered EINPROGRESS. */
function startedHere(s: Step): ConnectAttempt | undefined {
  const c = s.item.connect;
  return c && c.seq === s.ev.seq && c.state === 'in-progress' && s.call.errno === 'EINPROGRESS' ? c : undefined;
}

/** What the folder remembers of the attempts it told: where each started, how each ended. */
export class ConnectNotes {
  /** Attempts whose story started: attempt → the target as the connect's sentence named it, and its line. */
  private started = new Map<string, { target: string; line: number }>();
  /** Attempts a second connect() settled, by `pid:fd`: the SO_ERROR read after it finds nothing left. */
  private settled = new Map<string, { target: string; line: number; errno: string | undefined }>();

  start(c: ConnectAttempt, item: ExplainedEvent, line: number): void {
    if (this.started.size > MAX_REMEMBERED) this.started.clear();
    this.started.set(attemptId(c), { target: connectTarget(item), line });
  }

  /** Rewrites the sentence of a call that tells an attempt's outcome. */
  annotate(s: Step): void {
    const { ev, item, call } = s;
    const pid = who(ev) ?? -1;
    const c = item.connect;
    if (/^connect/.test(ev.syscall)) {
      // connect() again on a connecting socket returns the outcome (hiredis: EINPROGRESS, poll,
      // connect → ECONNREFUSED); a later SO_ERROR read then finds the error already consumed.
      const p = c && c.seq !== ev.seq && c.state !== 'in-progress' ? this.started.get(attemptId(c)) : undefined;
      if (c && p) {
        this.started.delete(attemptId(c));
        if (this.settled.size > MAX_REMEMBERED) this.settled.clear();
        this.settled.set(`${String(pid)}:${String(c.fd)}`, { target: p.target, line: ev.line, errno: c.state === 'failed' ? c.errno : undefined });
      }
      return;
    }
    if (call.readsSoError()) {
      const err = call.soErrorText();
      const settled = this.settled.get(`${String(pid)}:${String(call.fd(0) ?? -1)}`);
      if (settled?.errno && err === '0') {
        item.explanation = `Read the pending error of ${settled.target}: none left (SO_ERROR 0) — the connect at line ${String(settled.line)} had already returned ${settled.errno}, so there is no connection`;
        return;
      }
      const p = c && err !== undefined ? this.started.get(attemptId(c)) : undefined;
      if (c && p) {
        this.started.delete(attemptId(c));
        const head = `Read the result of the non-blocking connect of ${p.target} (started at line ${String(p.line)})`;
        item.explanation = c.state === 'connected' ? `${head}: connected (SO_ERROR 0)` : `${head}: it failed with ${c.errno ?? 'an error'}`;
      }
      return;
    }
    if (this.settled.size && /^close/.test(ev.syscall)) this.settled.delete(`${String(pid)}:${String(call.fd(0) ?? -1)}`);
  }
}

export function connectRule(notes: ConnectNotes): StoryRule {
  return {
    kinds: ['async-connect'],
    lookahead: CONNECT_LOOKAHEAD,
    start(s) {
      if (!/^connect/.test(s.ev.syscall)) return undefined;
      const c = startedHere(s);
      if (!c) return undefined;
      const o = openStory('async-connect', s);
      o.fd = c.fd;
      o.attempt = c;
      notes.start(c, s.item, s.ev.line);
      return o;
    },
    accepts(o, s) {
      const name = s.ev.syscall;
      if (WAIT_CALLS.has(name) || SIGNAL_MASK_CALLS.has(name)) return true;
      if (name === 'epoll_ctl' && s.call.fd(2) === o.fd) return true;
      if (s.call.readsSoError() && s.call.fd(0) === o.fd) {
        o.done = true;
        return true;
      }
      return false;
    },
    close: (o) => [{ kind: 'async-connect', sentence: connectSentence(o), items: o.items }],
  };
}

/** `fd 24 (TCP socket) to 127.0.0.1:33773` from the connect's own sentence. */
function connectTarget(item: ExplainedEvent): string {
  return item.explanation.replace(/^Tried to connect /, '').replace(/: in progress[^]*$/, '');
}

/** The analyzer's word on this attempt after one of the story's calls. */
function outcomeAt(o: Open, it: ExplainedEvent): ConnectAttempt | undefined {
  const c = it.connect;
  return c && o.attempt && attemptId(c) === attemptId(o.attempt) ? c : undefined;
}

function connectSentence(o: Open): string {
  const target = connectTarget(o.items[0]!);
  const last = o.items[o.items.length - 1]!;
  const waits = o.items.filter((i) => i.event.type === 'syscall' && WAIT_CALLS.has(i.event.syscall)).length;
  const waited = waits ? `, waited ${waits === 1 ? 'once' : `${String(waits)} times`} for it` : '';
  const read = o.items.length > 1 && last.event.type === 'syscall' && last.event.syscall === 'getsockopt' ? outcomeAt(o, last) : undefined;
  // Only a read that printed the value settles it (dtruss shows a pointer).
  if (read && soErrorShown(last)) {
    if (read.state === 'connected') return `Connected ${target} (non-blocking: started, waited${waits > 1 ? ` ${String(waits)} times` : ''}, then SO_ERROR said success)`;
    if (read.state === 'failed' && read.errno) return `Failed to connect ${target}: non-blocking connect started${waited}, then SO_ERROR reported ${read.errno} — the connection did not succeed`;
  }
  // A wait that woke with POLLERR/POLLHUP on the socket already says the connect failed.
  const lastWait = [...o.items].reverse().find((i) => i.event.type === 'syscall' && WAIT_CALLS.has(i.event.syscall));
  const bad = lastWait && outcomeAt(o, lastWait)?.state === 'failed' ? errorFlags(lastWait, o.fd) : undefined;
  if (bad) return `Started a non-blocking connect of ${target}${waited}: the wait reported ${bad}, so the connect failed (the next connect or SO_ERROR read says why)`;
  return `Started a non-blocking connect of ${target}${waited}; the result is read later`;
}

function viewOf(it: ExplainedEvent): CallView | undefined {
  return it.event.type === 'syscall' ? CallView.of(it.event, osOf(it), it.decoded) : undefined;
}

function soErrorShown(it: ExplainedEvent): boolean {
  return viewOf(it)?.soErrorText() !== undefined;
}

/** `POLLERR|POLLHUP`: the error flags a wait returned for the socket. */
function errorFlags(it: ExplainedEvent, fd: number | undefined): string | undefined {
  for (const r of viewOf(it)?.revents() ?? []) {
    if (fd !== undefined && r.fd !== fd) continue;
    const flags = r.flags.filter((f) => f === 'POLLERR' || f === 'POLLHUP');
    if (flags.length) return flags.join('|');
  }
  return undefined;
}
