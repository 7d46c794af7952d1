// The folded story the browser lists by default: the folder runs beside the store's analyzer
// with the same sentences as `tracex FILE` (explain/ and explain/fold), and this index keeps
// where each story starts, its sentence, and which failures are expected (the ones `f` and
// `tracex --failed` leave out, explain/failures.ts). Nothing here re-derives a fold.

import type { AnalyzedEvent } from '../analyze/index.js';
import { expectedFailure } from '../explain/failures.js';
import { Folder, type ExplainedEvent, type Story, type StoryKind } from '../explain/index.js';
import type { TraceEvent } from '../model/index.js';

/** A story of several events, as the list shows it folded. */
export interface FoldRec {
  kind: StoryKind;
  /** Event indexes of its items, ascending (the first is the story's head). */
  items: number[];
}

export class StoryIndex {
  private folder = new Folder(true);
  /** Events the folder still holds, by index. */
  private folding = new Map<TraceEvent, number>();
  /** Indexes of failed calls whose failure is expected. */
  private readonly expected = new Set<number>();
  /** The first event of every story told so far, ascending. */
  readonly heads: number[] = [];
  /** The story's sentence, by its head's event index (sparse). */
  private readonly sentences: string[] = [];
  /** Stories of more than one event, by head. */
  private readonly folds = new Map<number, FoldRec>();
  /** Head of the fold an item belongs to (items after the head only). */
  private readonly foldOf = new Map<number, number>();

  /** Takes the analysed event at index idx, in trace order, with its sentence. */
  push(idx: number, a: AnalyzedEvent, explanation: string): void {
    const item: ExplainedEvent = { event: a.event, explanation };
    if (a.decoded) item.decoded = a.decoded;
    if (a.connect) item.connect = a.connect;
    if (a.probe) item.probe = a.probe;
    this.folding.set(a.event, idx);
    this.record(this.folder.push(item));
  }

  /** The trace has ended: the stories still held are told. */
  end(): void {
    this.record(this.folder.end());
  }

  /** Event i failed, and its failure is expected (a probe, a normal answer). */
  has(idx: number): boolean {
    return this.expected.has(idx);
  }

  /** How many failed calls are expected. */
  get size(): number {
    return this.expected.size;
  }

  sentence(head: number): string | undefined {
    return this.sentences[head];
  }

  fold(head: number): FoldRec | undefined {
    return this.folds.get(head);
  }

  /** The head of the story an event belongs to (itself for a story's first event). */
  headOf(idx: number): number | undefined {
    if (this.sentences[idx] !== undefined) return idx;
    return this.foldOf.get(idx);
  }

  private record(stories: readonly Story[]): void {
    for (const s of stories) {
      const idxs: number[] = [];
      for (const it of s.items) {
        const i = this.folding.get(it.event);
        if (i === undefined) continue;
        this.folding.delete(it.event);
        idxs.push(i);
        if (expectedFailure(it, s)) this.expected.add(i);
      }
      if (!idxs.length) continue;
      idxs.sort((a, b) => a - b);
      const head = idxs[0]!;
      this.sentences[head] = s.sentence;
      if (idxs.length > 1) {
        this.folds.set(head, { kind: s.kind, items: idxs });
        for (const i of idxs.slice(1)) this.foldOf.set(i, head);
      }
      insertSorted(this.heads, head);
    }
  }
}

/** Appends, or inserts in place when a story closes after a later one (rare: the folder's look-ahead). */
function insertSorted(arr: number[], v: number): void {
  if (!arr.length || arr[arr.length - 1]! < v) {
    arr.push(v);
    return;
  }
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  arr.splice(lo, 0, v);
}
