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

/**
 * dtrace's probe fault: the whole line of one call is replaced by it (a NULL or unreadable
 * pointer, or, under SIP, memory it may not read). /work/shared/formats/dtruss.md §7–§8.
 */
const PROBE_OPENING = /error on enabled probe ID \d+ \(ID \d+: /g;
/** A probe's name is short (`syscall::write:return`); the bound keeps one look per opening short. */
const MAX_PROBE = 200;

/**
 * The probe and what went wrong (`invalid address (0x0)`), without where in the D program
 * (` in action #11 at DIF offset 28`). The rest of the line is taken by position, not matched
 * with a pattern that could rescan it from every place the opening occurs.
 */
function probeFault(message: string): { probe: string; fault: string } | undefined {
  for (const m of message.matchAll(PROBE_OPENING)) {
    const start = m.index + m[0].length;
    const close = message.slice(start, start + MAX_PROBE + 1).indexOf(')');
    if (close < 1 || !message.startsWith('): ', start + close)) continue;
    const rest = message.slice(start + close + 3);
    const where = rest.search(/ in (?:action|predicate)\b/);
    return { probe: message.slice(start, start + close), fault: where >= 0 ? rest.slice(0, where) : rest };
  }
  return undefined;
}

class TracerRun implements DetectorRun {
  private found = new Map<string, { p: FoundProblem; lines: number[]; events: number[] }>();
  /** Calls dtrace could not record, by probe (`syscall::write:return`). */
  private lost = new Map<string, number>();
  private lostLines: number[] = [];
  private lostEvents: number[] = [];
  private lostFaults = new Set<string>();

  constructor(private readonly ctx: DetectorContext) {}

  observe(o: Observation): void {
    const ev = o.analyzed.event;
    if (ev.type !== 'tracer' || this.ctx.format === 'nanos') return;
    const fault = this.ctx.format === 'dtruss' ? probeFault(ev.message) : undefined;
    if (fault) {
      this.lost.set(fault.probe, (this.lost.get(fault.probe) ?? 0) + 1);
      this.lostFaults.add(fault.fault);
      if (this.lostLines.length < 8) {
        this.lostLines.push(ev.line);
        this.lostEvents.push(ev.seq);
      }
      return;
    }
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
    return [...this.found.values()].map(({ p, lines, events }): Finding => {
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
    }).concat(this.lostFinding() ?? []);
  }

  /** The calls dtrace's probe faults took out of the trace: it shows less than happened. */
  private lostFinding(): Finding | undefined {
    const n = [...this.lost.values()].reduce((a, b) => a + b, 0);
    if (n === 0) return undefined;
    const probes = [...this.lost].map(([probe, k]) => `${probe}${k > 1 ? ` ×${String(k)}` : ''}`).join(', ');
    return {
      id: 'records-lost',
      severity: 'info',
      title: `dtrace dropped ${String(n)} call${n > 1 ? 's' : ''} (probe errors)`,
      explanation:
        `dtrace printed ${String(n)} probe error${n > 1 ? 's' : ''} (${probes}; ${[...this.lostFaults].join(', ')}): each stands where it failed to record a call, ` +
        'so the trace is missing those calls. What it shows is right; what it does not show may matter.',
      hint: 'Under System Integrity Protection dtrace may not read many processes’ memory (reads and writes are the usual gaps); a NULL or unreadable pointer in the call does the same.',
      lines: this.lostLines,
      events: this.lostEvents,
    };
  }
}

export const tracerFailed: Detector = {
  ids: ['tracer-failed', 'records-lost'],
  create: (ctx) => new TracerRun(ctx),
};
