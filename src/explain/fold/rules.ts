// The story kinds, one rule each, in the order a call is offered to them: a path lookup is
// the loader's or the locale's before it is a search, and a search before a file story.

import { ConnectNotes, connectRule } from './connect.js';
import { fileRule } from './file.js';
import { loaderLocaleRule, nscdRule } from './probes.js';
import { searchRule } from './search.js';
import { signalsRule } from './signals.js';
import type { StoryRule } from './types.js';

export function storyRules(connects: ConnectNotes): StoryRule[] {
  return [loaderLocaleRule, searchRule, fileRule, signalsRule, nscdRule, connectRule(connects)];
}
