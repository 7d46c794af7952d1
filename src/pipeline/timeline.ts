// A whole trace analysed and explained one event at a time, unfolded: what the timeline
// export reads (every call becomes a slice of its own, so nothing is grouped).

import type { AnalysisResult, AnalyzedEvent } from '../analyze/index.js';
import { explainEvent, stateFromAnalyzer } from '../explain/index.js';
import type { Stats } from '../model/index.js';
import { analyzerFor } from './assemble.js';
import type { TraceSource } from './explain-trace.js';

export interface AnalyzedTrace extends AnalysisResult {
  stats: Stats;
}

/**
 * Reads and analyses a trace; `onEvent` gets each event with what it touched and its sentence.
 * `onEvent` returning false stops reading (the reader of the output went away).
 */
export async function analyzeTrace(
  trace: TraceSource,
  onEvent: (a: AnalyzedEvent, explanation: string) => Promise<void | boolean> | void | boolean,
): Promise<AnalyzedTrace> {
  const analyzer = analyzerFor(trace);
  const state = stateFromAnalyzer(analyzer);
  reading: for await (const batch of trace.batches) {
    for (const ev of batch) {
      const a = analyzer.push(ev);
      let r = onEvent(a, explainEvent(a, state));
      if (r instanceof Promise) r = await r;
      if (r === false) break reading;
    }
  }
  const stats = trace.stats();
  return { ...analyzer.finish(stats), stats };
}
