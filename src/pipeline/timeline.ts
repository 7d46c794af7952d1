// A whole trace analysed and explained one event at a time: what the timeline export reads
// (every call becomes a slice of its own) and what `diff` profiles. Optionally folded too, for
// a consumer that asks which failures are expected (a story's verdict: loader, nscd probes …).

import type { AnalysisResult, AnalyzedEvent } from '../analyze/index.js';
import { explainOne, Folder, stateFromAnalyzer, type Explainer, type Story } from '../explain/index.js';
import type { Stats } from '../model/index.js';
import { analyzerFor } from './assemble.js';
import type { TraceSource } from './explain-trace.js';

export interface AnalyzedTrace extends AnalysisResult {
  stats: Stats;
}

/**
 * Reads and analyses a trace; `onEvent` gets each event with what it touched and its sentence,
 * `onStory` (when given) the folded stories. `onEvent` returning false stops reading.
 */
export async function analyzeTrace(
  trace: TraceSource,
  onEvent: (a: AnalyzedEvent, explanation: string) => Promise<void | boolean> | void | boolean,
  onStory?: (s: Story) => void,
): Promise<AnalyzedTrace> {
  const analyzer = analyzerFor(trace);
  let analyzed: AnalyzedEvent | undefined;
  const explainer: Explainer = { analyze: (ev) => (analyzed = analyzer.push(ev)), state: stateFromAnalyzer(analyzer) };
  const folder = onStory ? new Folder(true) : undefined;
  reading: for await (const batch of trace.batches) {
    for (const ev of batch) {
      const it = explainOne(ev, explainer);
      let r = onEvent(analyzed!, it.explanation);
      if (r instanceof Promise) r = await r;
      if (folder) for (const s of folder.push(it)) onStory!(s);
      if (r === false) break reading;
    }
  }
  if (folder) for (const s of folder.end()) onStory!(s);
  const stats = trace.stats();
  return { ...analyzer.finish(stats), stats };
}
