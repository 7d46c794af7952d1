// The Chrome trace-event shapes tracex writes, from the Trace Event Format (the JSON Object
// Format: `{"traceEvents": [...]}`), as read by chrome://tracing, Perfetto UI and the DevTools
// trace engine. Times are microseconds. Phases used:
//   X  complete event: a slice with `ts` and `dur` on a thread's track
//   i  instant event: `s` is its scope, t (thread), p (process) or g (global)
//   s/f  flow start and finish: an arrow from the slice enclosing `s` to the slice enclosing
//        `f` (`bp: "e"`), matched by `cat`, `name` and `id`
//   M  metadata: process_name, thread_name, process_sort_index, thread_sort_index

export interface Track {
  pid: number;
  tid: number;
}

export type Args = Record<string, string | number | boolean | number[]>;

export interface ChromeEvent extends Track {
  ph: 'X' | 'i' | 's' | 'f' | 'M';
  name: string;
  cat?: string;
  ts: number;
  dur?: number;
  s?: 't' | 'p' | 'g';
  id?: number;
  bp?: 'e';
  args?: Args;
}

/** A duration in seconds → microseconds, kept to the nanosecond (-T prints up to ns). */
export function micros(seconds: number): number {
  return Math.round(seconds * 1e9) / 1e3;
}

/**
 * A time in seconds → whole microseconds on the trace's own clock (epoch for -ttt, since
 * midnight for -t/-tt): an epoch time in a double is good to a quarter microsecond, strace
 * prints microseconds, and 2^53 µs is 285 years. Viewers show times from the trace's start.
 */
export function timestamp(seconds: number): number {
  return Math.round(seconds * 1e6);
}

export function complete(track: Track, name: string, cat: string, ts: number, dur: number, args: Args): ChromeEvent {
  return { ph: 'X', name, cat, ts, dur, pid: track.pid, tid: track.tid, args };
}

export function instant(track: Track, name: string, cat: string, ts: number, scope: 't' | 'p' | 'g', args: Args): ChromeEvent {
  return { ph: 'i', name, cat, ts, s: scope, pid: track.pid, tid: track.tid, args };
}

/**
 * The two ends of one flow arrow (`kind` names it in the viewer: fork, thread, connection). `cat`
 * is the category of the slices they bind to: DevTools binds an end to the slice with the same
 * time, track and category; Perfetto and chrome://tracing to the slice enclosing it (`bp: "e"`).
 */
export function flowStart(track: Track, kind: string, cat: string, id: number, ts: number): ChromeEvent {
  return { ph: 's', name: kind, cat, id, ts, pid: track.pid, tid: track.tid };
}

export function flowEnd(track: Track, kind: string, cat: string, id: number, ts: number): ChromeEvent {
  return { ph: 'f', bp: 'e', name: kind, cat, id, ts, pid: track.pid, tid: track.tid };
}

export function processName(pid: number, name: string): ChromeEvent {
  return { ph: 'M', name: 'process_name', ts: 0, pid, tid: pid, args: { name } };
}

export function threadName(track: Track, name: string): ChromeEvent {
  return { ph: 'M', name: 'thread_name', ts: 0, ...track, args: { name } };
}

/** Tracks in the order the processes first appeared (viewers sort by pid otherwise). */
export function processSortIndex(pid: number, index: number): ChromeEvent {
  return { ph: 'M', name: 'process_sort_index', ts: 0, pid, tid: pid, args: { sort_index: index } };
}
