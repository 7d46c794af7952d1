// The explained sequence of the Markdown report, kept while the trace is read: its beginning
// and (the larger part) its end, where a failing program usually fails, within a character
// budget. Memory is bounded by the budget, not by the trace.

/** Share of the budget given to the beginning of the sequence. */
const HEAD_SHARE = 0.3;

export class SequenceKeeper {
  private readonly head: string[][] = [];
  private headUsed = 0;
  private headClosed = false;
  private readonly tail: string[][] = [];
  private tailStart = 0;
  private tailUsed = 0;
  private total = 0;
  private dropped = 0;

  /** `budget`: most characters kept (the report may use less, see select). */
  constructor(private readonly budget: number) {}

  /** Adds one step (its lines). */
  add(block: string[]): void {
    this.total++;
    const n = size(block);
    if (!this.headClosed && this.headUsed + n <= this.budget * HEAD_SHARE) {
      this.head.push(block);
      this.headUsed += n;
      return;
    }
    this.headClosed = true;
    this.tail.push(block);
    this.tailUsed += n;
    // Drop the oldest kept steps of the tail beyond the budget (compacting the array now and then).
    while (this.tailUsed > this.budget - this.headUsed && this.tail.length - this.tailStart > 1) {
      this.tailUsed -= size(this.tail[this.tailStart]!);
      this.tail[this.tailStart++] = [];
      this.dropped++;
    }
    if (this.tailStart > 1024 && this.tailStart * 2 > this.tail.length) {
      this.tail.splice(0, this.tailStart);
      this.tailStart = 0;
    }
  }

  /** Steps added. */
  get steps(): number {
    return this.total;
  }

  /** The lines to show within `budget` characters (at most the keeper's), with a marker where steps were left out. */
  select(budget: number): { lines: string[]; shown: number } {
    const tail = this.tail.slice(this.tailStart);
    if (this.dropped === 0 && this.headUsed + this.tailUsed <= budget) return { lines: [...this.head, ...tail].flat(), shown: this.total };
    const head: string[][] = [];
    let used = 0;
    for (const b of this.head) {
      if (used + size(b) > budget * HEAD_SHARE) break;
      head.push(b);
      used += size(b);
    }
    // Without drops the tail continues the head: take the head's leftovers as the tail's start.
    const rest = this.dropped === 0 ? [...this.head.slice(head.length), ...tail] : tail;
    const end: string[][] = [];
    for (let i = rest.length - 1; i >= 0; i--) {
      const b = rest[i]!;
      if (used + size(b) > budget) break;
      end.unshift(b);
      used += size(b);
    }
    const left = this.total - head.length - end.length;
    if (left === 0) return { lines: [...head, ...end].flat(), shown: this.total };
    const marker = `… ${String(left)} step${left === 1 ? '' : 's'} left out to keep the report small enough for a GitHub issue (run tracex on the trace for all of it) …`;
    return { lines: [...head.flat(), marker, ...end.flat()], shown: head.length + end.length };
  }
}

function size(b: string[]): number {
  return b.reduce((n, l) => n + l.length + 1, 0);
}
