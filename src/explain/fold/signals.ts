// A sweep over signal handlers (interpreters set or read dozens at start-up).

import { returnedError } from '../../decode/failure.js';
import { SIGACTION_CALLS } from '../../knowledge/story-calls.js';
import { OTHER_PIDS_LOOKAHEAD } from './probes.js';
import { openStory, type Open, type StoryRule } from './types.js';

export const signalsRule: StoryRule = {
  kinds: ['signals'],
  lookahead: OTHER_PIDS_LOOKAHEAD,
  start: (s) => (SIGACTION_CALLS.has(s.ev.syscall) && !returnedError(s.ev) ? openStory('signals', s) : undefined),
  accepts: (_o, s) => SIGACTION_CALLS.has(s.ev.syscall) && !returnedError(s.ev),
  // Two or three handler changes read fine one by one; a start-up sweep does not.
  close: (o, singles) => (o.items.length < 4 ? singles() : [{ kind: 'signals', sentence: signalsSentence(o), items: o.items }]),
};

/** Built from each call's own sentence ("Set the handler of SIGINT to …"). */
function signalsSentence(o: Open): string {
  const set: string[] = [];
  const read: string[] = [];
  for (const it of o.items) {
    const m = /^Set the handler of (.*)$/.exec(it.explanation);
    if (m) set.push(m[1]!);
    else read.push(/^Read the handler of (\S+?)(:|$)/.exec(it.explanation)?.[1] ?? '?');
  }
  const parts: string[] = [];
  if (set.length) parts.push(`set ${set.slice(0, 4).join(', ')}${set.length > 4 ? ` and ${String(set.length - 4)} more` : ''}`);
  if (read.length) parts.push(`read the current handlers of ${String(read.length)} signal${read.length === 1 ? '' : 's'} (${read.slice(0, 3).join(', ')}${read.length > 3 ? ', …' : ''})`);
  return `Went through its signal handlers: ${parts.join('; ')}`;
}
