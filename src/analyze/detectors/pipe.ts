// broken-pipe: writes that failed with EPIPE, and SIGPIPE deliveries.

import type { FdEntry, Finding, ProcessInfo } from '../../model/index.js';
import { WRITE_CALLS } from '../state/index.js';
import type { Detector, DetectorRun, Observation } from '../types.js';
import { callLines, fdWords, lineList, procName, setPid } from './describe.js';
import { READER_GONE_NOTE, readerGoneSeverity } from './end-reason.js';

interface Broken {
  proc: ProcessInfo;
  what: string;
  /** The fd written to (its kind decides how much it matters). */
  fd: FdEntry | undefined;
  count: number;
  lines: number[];
  events: number[];
  sigpipe?: { line: number; seq: number };
  ignored: boolean;
}

class BrokenPipeRun implements DetectorRun {
  private byKey = new Map<string, Broken>();
  /** Last EPIPE per process, to attach the SIGPIPE that follows it. */
  private last = new Map<number, Broken>();

  observe(o: Observation): void {
    const ev = o.analyzed.event;
    const p = o.proc;
    if (!p) return;
    if (ev.type === 'signal' && ev.signal === 'SIGPIPE') {
      const b = this.last.get(p.key);
      if (b && !b.sigpipe) {
        b.sigpipe = { line: ev.line, seq: ev.seq };
        b.ignored = false;
      }
      return;
    }
    const call = o.call;
    if (!call || call.errno !== 'EPIPE' || !WRITE_CALLS.has(call.name)) return;
    const fd = o.analyzed.fd;
    const key = `${String(p.tgid)}:${String(fd?.fd ?? '?')}`;
    let b = this.byKey.get(key);
    if (!b) {
      if (this.byKey.size >= 100) return;
      b = { proc: p.info, what: fdWords(fd, o.analyzed.socket), fd, count: 0, lines: [], events: [], ignored: true };
      this.byKey.set(key, b);
    }
    b.count++;
    if (b.lines.length < 3) {
      b.lines.push(...callLines(call.ev));
      b.events.push(ev.seq);
    }
    this.last.set(p.key, b);
  }

  finish(): Finding[] {
    const out: Finding[] = [];
    for (const b of this.byKey.values()) {
      const killed = b.proc.signal === 'SIGPIPE';
      const parts = [
        `${procName(b.proc)} wrote to ${b.what} after the other end was closed, and the write failed with EPIPE${b.count > 1 ? ` (${String(b.count)} times)` : ''}.`,
      ];
      if (killed) parts.push('SIGPIPE then killed the process.');
      else if (b.sigpipe) parts.push('SIGPIPE was delivered and handled.');
      else parts.push('No SIGPIPE was delivered (it is ignored, or the write used MSG_NOSIGNAL), so the program saw the error itself.');
      const severity = readerGoneSeverity(b.fd);
      if (severity === 'info') parts.push(READER_GONE_NOTE);
      const f: Finding = {
        id: 'broken-pipe',
        severity,
        title: `broken pipe writing ${b.what}`,
        explanation: parts.join(' '),
        hint: 'The reader went away first: check why it exited or closed the connection. With a reader like `head` this is normal.',
        lines: lineList(...b.lines, b.sigpipe?.line),
        events: [...b.events, ...(b.sigpipe ? [b.sigpipe.seq] : [])].sort((x, y) => x - y),
      };
      setPid(f, b.proc);
      out.push(f);
    }
    return out;
  }
}

export const brokenPipe: Detector = {
  ids: ['broken-pipe'],
  create: () => new BrokenPipeRun(),
};
