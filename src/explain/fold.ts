// The folded story: the streaming folder (fold/folder.ts) and one rule per story kind
// (fold/rules.ts). Kept as the entry point other modules import.

export { Folder, MAX_HELD } from './fold/folder.js';
export type { ExplainedEvent, Story, StoryKind } from './fold/types.js';
