// tracer-failed: the tracer itself said it could not trace (strace could not start the program
// or attach; dtrace lacked privileges or was stopped by SIP). A saved trace with such a line
// usually shows little of the program, and the reason is in that line, not in the calls.

import type { Finding } from '../../model/index.js';
import { diagnoseTracerLine, type FoundProblem } from '../tracer-problems.js';
import type { Detector, DetectorContext, DetectorRun, Observation } from '../types.js';

const TITLES: Record<FoundProblem['kind'], string> = {
  'tracer-missing': 'the tracer is not installed',
  'ptrace-denied': 'strace was not allowed to trace (ptrace refused)',
  'no-such-process': 'strace could not attach: no such process',
  'command-not-found': 'strace could not start the program: not found',
  'dtrace-privileges': 'dtrace could not start: it needs root',
  sip: 'System Integrity Protection stopped dtrace',
  'tracer-failed': 'the tracer failed',
};

class TracerRun implements DetectorRun {
  private found = new Map<string, { p: FoundProblem; lines: number[]; events: number[] }>();

  constructor(private readonly ctx: DetectorContext) {}

  observe(o: Observation): void {
    const ev = o.analyzed.event;
    if (ev.type !== 'tracer' || this.ctx.format === 'nanos') return;
    const p = diagnoseTracerLine(ev.message, this.ctx.format);
    if (!p) return;
    const seen = this.found.get(p.kind);
    if (seen) {
      if (seen.lines.length < 5) {
        seen.lines.push(ev.line);
        seen.events.push(ev.seq);
      }
      return;
    }
    this.found.set(p.kind, { p, lines: [ev.line], events: [ev.seq] });
  }

  finish(): Finding[] {
    return [...this.found.values()].map(({ p, lines, events }) => {
      const [first, ...rest] = p.message.split('\n');
      return {
        id: 'tracer-failed',
        severity: 'error',
        title: TITLES[p.kind],
        explanation:
          `The tracer printed "${p.line.trim().replace(/^:\s*/, '')}"${lines.length > 1 ? ` (${String(lines.length)} times)` : ''}: ` +
          `${first!.trim().replace(/[^.]$/, '$&.')}`,
        ...(rest.length ? { hint: rest.map((l) => l.trim()).join(' ') } : {}),
        lines,
        events,
      };
    });
  }
}

export const tracerFailed: Detector = {
  ids: ['tracer-failed'],
  create: (ctx) => new TracerRun(ctx),
};
