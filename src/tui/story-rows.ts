// Rows of the story list: the first event of every story, plus the items of the folds the
// user opened (x), in trace order. The reducer keeps rows as ascending event indexes, so a
// story row is its first event and the detail pane shows that event and its fold.

import type { FoldRec } from './stories.js';

/** What the reducer reads of the folded story (the store's StoryIndex). */
export interface StoryView {
  readonly heads: readonly number[];
  fold(head: number): FoldRec | undefined;
  headOf(idx: number): number | undefined;
}

/** Heads, with the items of expanded folds merged in, ascending. */
export function storyRows(story: StoryView, expanded: readonly number[]): number[] {
  if (!expanded.length) return story.heads.slice();
  const extra: number[] = [];
  for (const h of expanded) for (const i of story.fold(h)?.items.slice(1) ?? []) extra.push(i);
  extra.sort((a, b) => a - b);
  const out: number[] = [];
  let k = 0;
  for (const h of story.heads) {
    while (k < extra.length && extra[k]! < h) out.push(extra[k++]!);
    out.push(h);
  }
  while (k < extra.length) out.push(extra[k++]!);
  return out;
}

/** The row's place in the story list: a fold's head (closed or open), one of its items, or a single event. */
export type StoryPlace = { kind: 'single' } | { kind: 'fold'; fold: FoldRec; open: boolean } | { kind: 'item'; head: number; last: boolean };

export function placeOf(story: StoryView, expanded: readonly number[], idx: number): StoryPlace {
  const head = story.headOf(idx);
  if (head === undefined) return { kind: 'single' };
  const fold = story.fold(head);
  if (!fold) return { kind: 'single' };
  if (head === idx) return { kind: 'fold', fold, open: expanded.includes(head) };
  return { kind: 'item', head, last: fold.items[fold.items.length - 1] === idx };
}
