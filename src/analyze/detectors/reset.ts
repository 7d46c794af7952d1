// connection-reset: a read or write on an established connection failed with ECONNRESET:
// the peer (or something between) sent a TCP RST. The finding names the peer and which side
// reset, so the reader does not have to work it out from an exit status. EPIPE is told by
// broken-pipe (pipe.ts); a refused connect by connect-failed.

import type { Endpoint, Finding, ProcessInfo } from '../../model/index.js';
import { endpointText } from '../../decode/text.js';
import { READ_CALLS, WRITE_CALLS } from '../state/index.js';
import type { Detector, DetectorRun, Observation } from '../types.js';
import { callLines, epLabel, fdWords, INJECTED_NOTE, lineList, procName, programName, setPid } from './describe.js';

/** Errors that say the connection was torn down from the other side while in use. */
const RESET_ERRORS = new Set(['ECONNRESET']);
const MAX_RESETS = 50;

interface Reset {
  proc: ProcessInfo;
  peer?: Endpoint;
  what: string;
  /** The program was reading (waiting for the answer) or writing when it learnt of the reset. */
  reading: boolean;
  /** The connection was one it accepted: its client went away, which servers see all the time. */
  accepted: boolean;
  injected: boolean;
  count: number;
  lines: number[];
  events: number[];
}

class ResetRun implements DetectorRun {
  private resets = new Map<string, Reset>();

  observe(o: Observation): void {
    const { call, proc } = o;
    if (!call || !proc || !RESET_ERRORS.has(call.errno ?? '')) return;
    const reading = READ_CALLS.has(call.name);
    if (!reading && !WRITE_CALLS.has(call.name)) return;
    const sock = o.analyzed.socket;
    // Only a connection: a datagram socket gets ECONNRESET from an ICMP error (told by dns).
    if (sock?.type && sock.type !== 'SOCK_STREAM') return;
    const fd = o.analyzed.fd;
    const key = `${String(proc.tgid)}:${sock?.id ?? String(fd?.fd)}`;
    let r = this.resets.get(key);
    if (!r) {
      if (this.resets.size >= MAX_RESETS) return;
      r = {
        proc: proc.info,
        what: fdWords(fd, sock),
        reading,
        accepted: fd?.origin === 'accept' || fd?.origin === 'accept4',
        injected: call.injected,
        count: 0,
        lines: [],
        events: [],
        ...(sock?.peer ? { peer: sock.peer } : {}),
      };
      this.resets.set(key, r);
    }
    r.count++;
    if (r.lines.length < 4) {
      r.lines.push(...callLines(call.ev));
      r.events.push(call.ev.seq);
    }
  }

  finish(): Finding[] {
    return [...this.resets.values()].map((r) => describe(r));
  }
}

function describe(r: Reset): Finding {
  const who = r.peer ? endpointText(r.peer) : 'the other end';
  const prog = programName(r.proc) ?? procName(r.proc);
  const doing = r.accepted ? (r.reading ? 'while it was reading the request' : 'while it was sending the answer') : r.reading ? 'while it was reading the answer' : 'while it was sending';
  const title = `${who} reset the connection (RST) ${doing.replace('it', prog)}`;
  const parts = [
    `${procName(r.proc)} ${r.reading ? 'read from' : 'wrote to'} ${r.what}${r.peer && !r.what.includes(endpointText(r.peer)) ? ` (${epLabel(r.peer)})` : ''} and got ECONNRESET${r.count > 1 ? ` (${String(r.count)} times)` : ''}: the other side did not close the connection in order, it aborted it with a TCP reset.`,
  ];
  if (r.injected) parts.push(INJECTED_NOTE);
  else if (r.accepted) parts.push('This was a connection it accepted: the client went away (it crashed, timed out or closed without reading everything), which servers see now and then.');
  else parts.push(`So ${who} (or a proxy, load balancer or firewall between) dropped the connection: the server process crashed or was restarted, closed it with unread data or with SO_LINGER 0, or a middlebox timed it out.`);
  // A program that still ended well got over it (a retry, a pool that reconnects).
  const code = r.proc.exitCode ?? r.proc.exitCall;
  const endedWell = !r.proc.signal && code === 0;
  if (endedWell && !r.accepted) parts.push('The program still exited normally, so it got over this (a retry or a reconnect).');
  const finding: Finding = {
    id: 'connection-reset',
    severity: r.injected || r.accepted || endedWell ? 'info' : 'error',
    title,
    explanation: parts.join(' '),
    hint: r.accepted
      ? 'Usually harmless; if it happens often, check the clients and any proxy timeouts in front of this server.'
      : `Look at the logs of ${who} at that moment (a crash, restart or an error it answered by closing), and at any proxy or firewall idle timeouts between.`,
    lines: lineList(...r.lines),
    events: [...r.events],
  };
  setPid(finding, r.proc);
  return finding;
}

export const connectionReset: Detector = {
  ids: ['connection-reset'],
  create: () => new ResetRun(),
};
