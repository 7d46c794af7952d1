// The folded story the browser lists by default: the folder runs beside the store's analyzer
// with the same sentences as `tracex FILE` (explain/ and explain/fold), and this index keeps
// where each story starts, its sentence, and which failures are expected (the ones `f` and
// `tracex --failed` leave out, explain/failures.ts). Nothing here re-derives a fold.

import type { AnalyzedEvent } from '../analyze/index.js';
import type { DecodedCall } from '../model/index.js';
import { expectedFailure } from '../explain/failures.js';
import { Folder, type ExplainedEvent, type Story, type StoryKind } from '../explain/index.js';
import type { TraceEvent } from '../model/index.js';
import { TextChunks } from './line-store.js';
import { IntColumn } from './int-column.js';

/** A story of several events, as the list shows it folded. */
export interface FoldRec {
  kind: StoryKind;
  /** Event indexes of its items, ascending (the first is the story's head). */
  items: number[];
}

/** The sentence the browser makes for event idx when it is shown (`decoded`, `event`: its arguments and the event, when at hand). */
export type SayOnDemand = (idx: number, decoded?: DecodedCall, event?: TraceEvent) => string;

export class StoryIndex {
  private folder = new Folder(true);

  /** `say`: how a lone event's sentence is made when shown; its stories keep no sentence of their own when it says the same. */
  constructor(private readonly say?: SayOnDemand) {}

  /** Events the folder still holds, by index. */
  private folding = new Map<TraceEvent, number>();
  /** Indexes of failed calls whose failure is expected. */
  private readonly expected = new Set<number>();
  /** The first event of every story told so far, ascending. */
  readonly heads: number[] = [];
  /** The sentences kept, in the order told (as bytes), numbered by `place`. */
  private readonly sentences = new TextChunks();
  private kept = 0;
  /** Stories of more than one event, by head. */
  private readonly folds = new Map<number, FoldRec>();
  /**
   * Each event's place in the story: head + 1 of the fold it is an item of (> 0); a story's
   * head whose sentence is made again when shown (-1), or kept as sentence k (-2 - k); 0: not told yet.
   */
  private readonly place = new IntColumn();

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
    const p = this.place.get(head);
    return p === -1 ? this.say!(head) : p < -1 ? this.sentences.text(-2 - p) : undefined;
  }

  fold(head: number): FoldRec | undefined {
    return this.folds.get(head);
  }

  /** The head of the story an event belongs to (itself for a story's first event). */
  headOf(idx: number): number | undefined {
    const p = this.place.get(idx);
    return p < 0 ? idx : p > 0 ? p - 1 : undefined;
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
      // Most stories are one call told alone: the same sentence is made again when shown.
      const alone = idxs.length === 1 && s.items.length === 1 && this.say !== undefined && this.say(head, s.items[0]!.decoded, s.items[0]!.event) === s.sentence;
      if (alone) this.place.set(head, -1);
      else {
        this.place.set(head, -2 - this.kept);
        this.sentences.add(this.kept++, s.sentence);
      }
      if (idxs.length > 1) {
        this.folds.set(head, { kind: s.kind, items: idxs });
        for (const i of idxs.slice(1)) this.place.set(i, head + 1);
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
