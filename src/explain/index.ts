// The explain stage: a sentence per event, folded into stories. Streaming: holds only
// what the folder's bounded look-ahead needs.

import type { Analyzer } from '../analyze/index.js';
import type { TraceEvent } from '../model/index.js';
import { explainEvent, stateFromAnalyzer, type ExplainInput, type ExplainState } from './explain.js';
import { Folder, type ExplainedEvent, type Story } from './fold.js';

export { explainEvent, stateFromAnalyzer, type AnalyzerLike, type ExplainInput, type ExplainState } from './explain.js';
export { Folder, MAX_HELD, type ExplainedEvent, type Story, type StoryKind } from './fold.js';
export { lookupSyscall, canonicalName, SYSCALLS, type SyscallEntry, type Family } from '../knowledge/syscalls.js';
export { errnoMeaning, ERRNO_SHORT, ERRNO_IN_CONTEXT } from '../knowledge/errno-meanings.js';

/** Turns an event into what explain reads (the analyzer's push, or the bare event). */
export interface Explainer {
  analyze(ev: TraceEvent): ExplainInput;
  state: ExplainState;
}

const BARE: Explainer = { analyze: (event) => ({ event }), state: {} };

/** One event explained (no folding). */
export function explainOne(ev: TraceEvent, ex: Explainer = BARE): ExplainedEvent {
  const a = ex.analyze(ev);
  const out: ExplainedEvent = { event: ev, explanation: explainEvent(a, ex.state) };
  if (a.decoded) out.decoded = a.decoded;
  // The analyzer's annotations: the folder tells an async connect by its outcome.
  if (a.connect) out.connect = a.connect;
  if (a.probe) out.probe = a.probe;
  return out;
}

/** Stories from a stream of events, in order. */
export async function* explainStories(
  events: AsyncIterable<TraceEvent> | Iterable<TraceEvent>,
  ex: Explainer = BARE,
  fold = true,
): AsyncGenerator<Story> {
  const folder = new Folder(fold);
  for await (const ev of events) for (const s of folder.push(explainOne(ev, ex))) yield s;
  for (const s of folder.end()) yield s;
}

/** Explain with an analyzer: its state describes fds and sockets; well-known endpoints get their names. */
export function analyzerExplainer(a: Analyzer): Explainer {
  return { analyze: (ev) => a.push(ev), state: stateFromAnalyzer(a) };
}
