// Whether a line looks like strace's, for format detection (src/parse/strace.ts sniff): the
// start of a call, signal or exit line after any leader (§1), and the shape of a return at the
// end. Both run on untrusted first lines of any size, so neither may backtrack over the line.

import { lastLineBreak } from '../src/text/line-break.js';

// -n pads the number to 4 (`[ 257] `) and -i prints 8 or 16 hex digits, unlike Nanos' `[2] `.
// The `-o`-style pid's blanks and a bare time's leading blanks are one run (` +` then ` *` split
// a long run of blanks every possible way).
export const SNIFF_CALL =
  /^(?:\[pid +\d+(?:<[^>]*>)?\] (?: *[\d:.]+ )?|\d+(?:<[^>]*>)? +(?:[\d:.]+ )?| *[\d:.]+ )?(?:\(\+ *[\d.]+\) )?(?:\[[ \d]{3}\d\] |\[\?\?\?\] )?(?:\[(?:[0-9a-f]{8}|[0-9a-f]{16}|\?{8}|\?{16})\] )?(?:[a-z_][a-z0-9_]*\(|<\.\.\. [a-z_0-9]+ resumed>|--- SIG|\+\+\+ (?:exited|killed))/;

// The return at the end of a call line, by position. As a regex it was
//   \) += (?:-?\d+|0x[0-9a-f]+|\?)(?:<.*>)?(?: E[A-Z0-9_]+ \(.*\))?(?: \(.*\))?(?: <[\d.]+>)?$
// (value, -y's `<decoded>`, errno and its text, a note in parentheses, -T's time), whose
// three `.*` let every `) = ` of a crafted line be tried against every split of the rest.
// The `.*` take anything but a line break, so what follows the value (the tail) is one of:
// nothing; `<…>`; ` (…)`; ` Ename (…)`; `<…> (…)` or `<…> Ename (…)` (the `>` anywhere
// after the `<`); each maybe followed by ` <1.5>`.

const [SPACE, OPEN_PAREN, CLOSE_PAREN, LT, EQ, GT, MINUS, QUESTION, E] = [32, 40, 41, 60, 61, 62, 45, 63, 69];

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLowerHex(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102);
}
function isErrnoPart(c: number): boolean {
  return (c >= 65 && c <= 90) || isDigit(c) || c === 95;
}

/** At `at`, ` Ename (` or ` (`: the index of its `(`, or -1. */
function noteParen(line: string, at: number): number {
  if (line.charCodeAt(at) !== SPACE) return -1;
  if (line.charCodeAt(at + 1) === OPEN_PAREN) return at + 1;
  if (line.charCodeAt(at + 1) !== E) return -1;
  let k = at + 2;
  while (isErrnoPart(line.charCodeAt(k))) k++;
  return k > at + 2 && line.charCodeAt(k) === SPACE && line.charCodeAt(k + 1) === OPEN_PAREN ? k + 1 : -1;
}

/** Index of the ` ` of a ` <1.5>` (-T) ending the line, or -1. */
function timeStart(line: string): number {
  const end = line.length - 1;
  if (line.charCodeAt(end) !== GT) return -1;
  let k = end - 1;
  while (k >= 0 && (isDigit(line.charCodeAt(k)) || line.charCodeAt(k) === 46)) k--;
  return k < end - 1 && line.charCodeAt(k) === LT && line.charCodeAt(k - 1) === SPACE ? k - 1 : -1;
}

/** True when the line ends with strace's `) = value` and what may follow it. */
export function endsWithReturn(line: string): boolean {
  const len = line.length;
  const lastBreak = lastLineBreak(line);
  const time = timeStart(line);
  const ends = time >= 0 ? [len, time] : [len];
  // For each end: the last `>` that a note follows (`> (` or `> Ename (`) with the note's `(`
  // before the end's `)`; a tail `<…>` + note exists when its `<` is before that `>`.
  const lastNoteGt = ends.map(() => -1);
  for (let k = line.indexOf('> ', lastBreak + 1); k >= 0; k = line.indexOf('> ', k + 1)) {
    const paren = noteParen(line, k + 1);
    if (paren < 0) continue;
    for (let i = 0; i < ends.length; i++) if (paren <= ends[i]! - 2) lastNoteGt[i] = k;
  }
  const tailFits = (at: number, e: number, i: number): boolean => {
    if (at === e) return true;
    const first = line.charCodeAt(at);
    const last = line.charCodeAt(e - 1);
    if (first === LT) return (last === GT && e - at >= 2) || (last === CLOSE_PAREN && lastNoteGt[i]! >= at + 1);
    if (last !== CLOSE_PAREN) return false;
    const paren = noteParen(line, at);
    return paren >= 0 && paren <= e - 2;
  };
  const returnFits = (at: number): boolean => ends.some((e, i) => e >= at && tailFits(at, e, i));

  for (let i = line.indexOf(') ', lastBreak + 1); i >= 0; i = line.indexOf(') ', i + 1)) {
    let j = i + 1;
    while (line.charCodeAt(j) === SPACE) j++;
    if (line.charCodeAt(j) !== EQ || line.charCodeAt(j + 1) !== SPACE) continue;
    const v = j + 2;
    if (line.charCodeAt(v) === QUESTION) {
      if (returnFits(v + 1)) return true;
      continue;
    }
    let d = line.charCodeAt(v) === MINUS ? v + 1 : v;
    const digits = d;
    while (isDigit(line.charCodeAt(d))) d++;
    if (d > digits && returnFits(d)) return true;
    if (line.startsWith('0x', v)) {
      let h = v + 2;
      while (isLowerHex(line.charCodeAt(h))) h++;
      if (h > v + 2 && returnFits(h)) return true;
    }
  }
  return false;
}
