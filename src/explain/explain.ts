// The sentence of one event (sentence.ts), built from context.ts, placeholders.ts,
// phrases.ts, words.ts and signal.ts. Kept as the entry point other modules import.

export { explainEvent } from './sentence.js';
export { stateFromAnalyzer, type AnalyzerLike, type ExplainInput, type ExplainState } from './context.js';
export { resolverNames } from './placeholders.js';
export { endpointBare, fdPhrase } from './phrases.js';
