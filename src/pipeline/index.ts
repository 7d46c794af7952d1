// The pipeline assembled once, between render and its clients (tui, cli): the analyzer,
// the story stages, the narrative's filter, and a whole trace told as stories.

export { analyzerFor, StoryPipeline, type TraceKind } from './assemble.js';
export { eventPasses, hiddenProbeFailures, pidPasses, storyPasses, type EventFilter } from './filter.js';
export { explainTrace, type TraceOutcome, type TraceSource } from './explain-trace.js';
export { analyzeTrace, type AnalyzedTrace } from './timeline.js';
