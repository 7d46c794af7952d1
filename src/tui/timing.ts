// Time in the event list: seconds since the trace's first stamp (-t/-tt/-ttt; -r gives the
// time since the previous event, shown as printed), gaps where the trace went quiet, and
// call durations (-T; dtruss's elapsed column).

import type { TraceEvent } from '../model/index.js';
import type { Events } from './event-table.js';

/** A pause this long before an event is marked in the list (and shown as a gap). */
export const GAP_SECONDS = 1;

/** The first absolute time stamp, when the trace has any. */
export function startTime(events: Events): number | undefined {
  for (let i = 0; i < events.length && i < 1000; i++) if (events.time(i) !== undefined) return events.time(i);
  return undefined;
}

/** `+12.345678` since the start; the -r delta as printed; '' when the trace has no times. */
export function sinceStartText(ev: TraceEvent, t0: number | undefined): string {
  if (ev.time !== undefined && t0 !== undefined) return `+${(ev.time - t0).toFixed(6)}`;
  if (ev.relative !== undefined) return `+${ev.relative.toFixed(6)}`;
  return ev.timeText ?? '';
}

/** Seconds the trace was quiet before event idx (-r: its own delta), when that is a gap. */
export function gapBefore(events: Events, idx: number): number | undefined {
  const ev = events.at(idx)!;
  let d: number | undefined;
  if (ev.relative !== undefined) d = ev.relative;
  else if (ev.time !== undefined) {
    for (let k = idx - 1; k >= 0 && k >= idx - 50; k--) {
      const t = events.time(k);
      if (t !== undefined) {
        d = ev.time - t;
        break;
      }
    }
  }
  return d !== undefined && d >= GAP_SECONDS ? d : undefined;
}

/** A duration in short form: `850µs`, `12.3ms`, `610.2s`. */
export function durationText(s: number): string {
  if (s < 0.001) return `${Math.round(s * 1e6)}µs`;
  if (s < 1) return `${(s * 1000).toFixed(1)}ms`;
  return `${s.toFixed(1)}s`;
}

export function durationOf(ev: TraceEvent): number | undefined {
  return ev.type === 'syscall' ? ev.duration : undefined;
}

/** Indexes of the calls with a duration, slowest first. */
export function slowestCalls(events: Events): number[] {
  const out: number[] = [];
  for (let i = 0; i < events.length; i++) if (events.duration(i) !== undefined) out.push(i);
  return out.sort((a, b) => events.duration(b)! - events.duration(a)! || a - b);
}
