// The status bar's text at any width: what matters most (position, filter, progress, the
// findings count) stays; the input's path shortens to its file name, then the failed-call
// count, the name and the format go, in that order, as the terminal narrows.

import { fit, widthOf } from './text.js';

export interface StatusParts {
  name: string;
  /** `strace/linux`. */
  kind: string;
  /** Position, filter and progress, in that order (empty parts are skipped). */
  where: string[];
  /** Counts on the right: `260 failed`, `2 findings`; the first are dropped first. */
  counts: string[];
}

const SEP = ' · ';

function baseName(p: string): string {
  const i = p.lastIndexOf('/');
  return i >= 0 && i < p.length - 1 ? p.slice(i + 1) : p;
}

/** Left and right texts that fit `width` columns together with a gap of at least two. */
export function statusText(p: StatusParts, width: number): { left: string; right: string } {
  const where = p.where.filter(Boolean);
  const tries: { head: string[]; counts: string[] }[] = [
    { head: [p.name, p.kind], counts: p.counts },
    { head: [baseName(p.name), p.kind], counts: p.counts },
    { head: [baseName(p.name), p.kind], counts: p.counts.slice(-1) },
    { head: [p.kind], counts: p.counts.slice(-1) },
    { head: [], counts: p.counts.slice(-1) },
  ];
  for (const t of tries) {
    const left = [...t.head, ...where].filter(Boolean).join(SEP);
    const right = t.counts.join(SEP);
    if (widthOf(left) + (right ? widthOf(right) + 2 : 0) <= width) return { left, right };
  }
  return { left: fit(where.join(SEP), width), right: '' };
}
