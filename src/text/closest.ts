// "Did you mean …?": the candidates nearest a mistyped word, by edit distance (optimal string
// alignment: insertions, deletions, substitutions and swaps of two neighbours, as commander's
// own suggestions and git's help.autocorrect count typos).

/** Edits between `a` and `b`; stops counting at `max + 1`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The candidates closest to `word` (ties kept, in the order given), when a typo can explain the
 * difference: at most one edit for words of up to four letters, two for longer ones. Case is ignored.
 */
export function closestNames(word: string, candidates: Iterable<string>): string[] {
  const w = word.toLowerCase();
  const max = w.length <= 4 ? 1 : 2;
  let best = max + 1;
  let out: string[] = [];
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase(), max);
    if (d < best) [best, out] = [d, [c]];
    else if (d === best && !out.includes(c)) out.push(c);
  }
  return best <= max ? out : [];
}
