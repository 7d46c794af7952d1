// The pipeline assembled once, between render and its clients (tui, cli): the analyzer,
// the story stages, the narrative's filter, and a whole trace told as stories.

export { analyzerFor, StoryPipeline, type TraceKind } from './assemble.js';
export { callPasses, callStatus, eventPasses, filtersCalls, hiddenProbeFailures, observe, pidPasses, storyPasses, type EventFilter } from './filter.js';
export { FilterError, parseFilterExpressions, STATUSES, type CallStatusName, type FilterExpressions, type NameSet } from './call-filter.js';
export { PathWatch } from './path-filter.js';
export { explainTrace, type TraceOutcome, type TraceSource } from './explain-trace.js';
export { analyzeTrace, type AnalyzedTrace } from './timeline.js';
