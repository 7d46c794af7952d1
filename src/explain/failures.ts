// Which failed calls are expected: the one answer `--failed`, the browser's failed view and
// every count of hidden failures use. A call failed when it returned an error
// (decode/failure.ts); the failure is expected when the story it belongs to fails by design
// (loader, locale and nscd probes, a search that found its file) or the error is a normal
// answer (knowledge/normal-answers.ts: a terminal check, a restarted call).

import { CallView } from '../decode/call-view.js';
import { returnedError } from '../decode/failure.js';
import { normalAnswer } from '../knowledge/normal-answers.js';
import type { ExplainedEvent, Story } from './fold.js';
import { osOf } from './fold/types.js';

/** A call of this story that returned an error. */
export function itemFailed(item: ExplainedEvent): boolean {
  return item.event.type === 'syscall' && returnedError(item.event);
}

/** A failed call whose failure is by design (see the top of this file). */
export function expectedFailure(item: ExplainedEvent, story: Story): boolean {
  if (!itemFailed(item)) return false;
  if (story.expected) return true;
  const ev = item.event;
  // The errno as the call view names it (the decoder's name, the line's, or the OS table's for a number).
  return ev.type === 'syscall' && normalAnswer(ev.syscall, CallView.of(ev, osOf(item), item.decoded).errno) !== undefined;
}

/** A failed call that is not expected: what `--failed` shows. */
export function unexpectedFailure(item: ExplainedEvent, story: Story): boolean {
  return itemFailed(item) && !expectedFailure(item, story);
}

/** What the hidden count says it hides. */
export const EXPECTED_FAILURES_TEXT = 'loader, locale and nscd probes, searches that found their file, and errors that are normal answers: terminal checks, restarted calls, lock waits, reaping loops';
