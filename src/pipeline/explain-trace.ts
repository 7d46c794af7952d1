// A whole trace told as stories: the read events through the assembled stages, filtered,
// ending with what only the end of the trace knows (processes, sockets, findings).

import type { Decoder } from '../analyze/index.js';
import type { Story } from '../explain/index.js';
import type { OsName, Stats, TraceEvent, TraceFormat } from '../model/index.js';
import type { ExplainedReport, UnparsedLine } from '../render/types.js';
import { StoryPipeline } from './assemble.js';
import { hiddenProbeFailures, observe, storyPasses, type EventFilter } from './filter.js';

/** A trace being read: what the CLI's openTrace (and `run`'s follower) hand over. */
export interface TraceSource {
  format: TraceFormat;
  os: OsName;
  files: string[];
  /** Events in batches. */
  batches: AsyncIterable<TraceEvent[]>;
  /** Counts; complete once the events have been read. */
  stats(): Stats;
}

export type TraceOutcome = Omit<ExplainedReport, 'stories'> & { hiddenProbes: number };

const MAX_UNPARSED_KEPT = 1000;

/**
 * Reads, analyses and explains a trace; calls `onStory` for each story that passes the
 * filter. `onStory` returning false stops reading (the reader of the output went away).
 * `onStory` null: nothing shows the stories (`--findings`), so no event is told or folded —
 * the analyzer alone runs, and the outcome is the same (it comes from the analyzer).
 */
export async function explainTrace(
  trace: TraceSource,
  filter: EventFilter,
  fold: boolean,
  onStory: ((s: Story) => Promise<void | boolean> | void | boolean) | null,
  decode?: Decoder,
): Promise<TraceOutcome> {
  const pipeline = new StoryPipeline(trace, fold, decode);
  const unparsed: UnparsedLine[] = [];
  let hiddenProbes = 0;
  let stopped = false;
  // One loop over the events, folding synchronously: a generator per stage cost a few
  // promise turns per event, more than explaining it. Stories are handed over without a
  // promise turn too: only a callback that returns a promise (a stream to drain) is awaited.
  /** Hands stories[from..] over; a promise only when a callback returned one (then it continues there). */
  const emit = (stories: Story[], from: number): Promise<void> | undefined => {
    for (let i = from; i < stories.length; i++) {
      const s = stories[i]!;
      if (!storyPasses(s, filter)) {
        hiddenProbes += hiddenProbeFailures(s, filter);
        continue;
      }
      const r = onStory!(s);
      if (r instanceof Promise) {
        return r.then((v) => {
          if (v === false) stopped = true;
          else return emit(stories, i + 1);
        });
      }
      if (r === false) {
        stopped = true;
        return undefined;
      }
    }
    return undefined;
  };
  // Batches, not single events: an async generator's turn per event cost more than folding it.
  reading: for await (const batch of trace.batches) {
    for (const ev of batch) {
      if (ev.type === 'unparsed' && unparsed.length < MAX_UNPARSED_KEPT) {
        const u: UnparsedLine = { line: ev.line, text: ev.text, reason: ev.reason };
        if (ev.file !== undefined) u.file = ev.file;
        unparsed.push(u);
      }
      observe(ev, filter, trace.os);
      if (!onStory) {
        pipeline.analyzer.push(ev);
        continue;
      }
      const stories = pipeline.push(ev);
      if (stories.length === 0) continue;
      const w = emit(stories, 0);
      if (w) await w;
      if (stopped) break reading;
    }
  }
  if (!stopped && onStory) {
    const w = emit(pipeline.end(), 0);
    if (w) await w;
  }
  const stats = trace.stats();
  const result = pipeline.analyzer.finish(stats);
  return {
    input: { files: trace.files, format: trace.format, os: trace.os },
    stats,
    processes: result.processes,
    sockets: result.sockets,
    findings: result.findings,
    unparsed,
    hiddenProbes,
  };
}
