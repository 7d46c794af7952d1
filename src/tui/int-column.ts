// A growable column of 32-bit integers, one per event (or line): 4 bytes each, outside the JS
// heap, where an array of numbers or references costs 8 and more on it. Unset entries read 0.

export class IntColumn {
  private a = new Int32Array(1024);

  get(i: number): number {
    return i < this.a.length ? this.a[i]! : 0;
  }

  set(i: number, v: number): void {
    if (i >= this.a.length) {
      // By half again, not double: at 600,000 events the slack is what costs.
      const b = new Int32Array(Math.max(i + 1, Math.ceil(this.a.length * 1.5)));
      b.set(this.a);
      this.a = b;
    }
    this.a[i] = v;
  }
}
