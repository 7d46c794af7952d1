// Which failed calls the browser's failed-only view leaves out: the folder runs beside the
// store's analyzer (no sentences are made) and tells which failures are expected, the same
// answer `tracex --failed` gets (explain/failures.ts).

import type { AnalyzedEvent } from '../analyze/index.js';
import { expectedFailure } from '../explain/failures.js';
import { Folder, type ExplainedEvent, type Story } from '../explain/index.js';
import type { TraceEvent } from '../model/index.js';

export class ExpectedFailures {
  private folder = new Folder(true);
  /** Events the folder still holds, by index. */
  private folding = new Map<TraceEvent, number>();
  /** Indexes of failed calls whose failure is expected. */
  private readonly set = new Set<number>();

  /** Takes the analysed event at index idx, in trace order. */
  push(idx: number, a: AnalyzedEvent): void {
    const item: ExplainedEvent = { event: a.event, explanation: '' };
    if (a.decoded) item.decoded = a.decoded;
    if (a.connect) item.connect = a.connect;
    if (a.probe) item.probe = a.probe;
    this.folding.set(a.event, idx);
    this.mark(this.folder.push(item));
  }

  /** The trace has ended: the stories still held are told. */
  end(): void {
    this.mark(this.folder.end());
  }

  has(idx: number): boolean {
    return this.set.has(idx);
  }

  get size(): number {
    return this.set.size;
  }

  private mark(stories: readonly Story[]): void {
    for (const s of stories) {
      for (const it of s.items) {
        const i = this.folding.get(it.event);
        if (i === undefined) continue;
        this.folding.delete(it.event);
        if (expectedFailure(it, s)) this.set.add(i);
      }
    }
  }
}
