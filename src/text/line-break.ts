// The characters a regex's `.` does not match (ECMAScript LineTerminator): the hand scanners that
// replace `.*` in grammars/ and knowledge/ stop where the regex would have.

export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** Index of the last line break in `s` before `end`, or -1. */
export function lastLineBreak(s: string, end = s.length): number {
  let i = Math.min(end, s.length) - 1;
  while (i >= 0 && !isLineBreak(s.charCodeAt(i))) i--;
  return i;
}

/** Index of the first line break in `s` at or after `from`, or Infinity. */
export function nextLineBreak(s: string, from: number): number {
  for (let i = from; i < s.length; i++) if (isLineBreak(s.charCodeAt(i))) return i;
  return Infinity;
}
