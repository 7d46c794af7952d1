// A `write` line with the traced program's own output glued into it. When strace and the
// program share one stream (strace without -o, or `-o /dev/stderr` and `2>&1`), strace prints
// the call's entry, the kernel writes the bytes, then strace prints `) = N`:
//   `write(1, "hello wo"..., 22hello wonderful world` / `)             = 22`     (-s 8 cut the string)
//   `write(1, "\n", 1` / `)                       = 1`                             (the output is one newline)
//   `write(1, "one\ntwo\n"..., 14one` / `two` / `three` / `)           = 14`      (several lines)
//   `write(1, "no newli"..., 10no newline)             = 10`                       (no newline: one line)
// Captured with strace 6.1: test/fixtures/real/sh-echo-s8-output-glued.strace.txt.
// The written string says what the output must be: its bytes, or (cut by `-s`) their start;
// the count says how many bytes the program wrote, so how many lines of output follow.
// Index scans only (linear in the line).

import { cStringBytes } from './lexemes.js';
import { matchAngle } from './strace-line.js';

export interface GluedWrite {
  /** Index in the line where the program's output starts (just after the count). */
  at: number;
  /** Bytes of output still to come on later lines (after the newline that ended this one). */
  left: number;
}

const encoder = new TextEncoder();

/**
 * Reads the arguments of a write-like call from `argsStart` to `end` (the line's end, or the
 * `)` of a call that returned on the same line) and says where glued output starts, or null
 * when the text after the count is not the start of what the call wrote. `returned`: the line
 * also holds `) = N`, so the output had no newline and is all there.
 */
export function scanGluedWrite(line: string, argsStart: number, end: number, returned: boolean): GluedWrite | null {
  // Cheap exit for the common complete line `..., 22)`: digits after `, ` up to the end.
  let d = end;
  while (d > argsStart && isDigit(line.charCodeAt(d - 1))) d--;
  if (returned && d < end && line.charCodeAt(d - 1) === 32 && line.charCodeAt(d - 2) === 44) return null;

  // fd, with -y decoration: `1`, `1</dev/pts/0>`
  let i = argsStart;
  while (isDigit(line.charCodeAt(i))) i++;
  if (i === argsStart) return null;
  if (line.charCodeAt(i) === 60 /* < */) {
    const close = matchAngle(line, i);
    if (close < 0 || close >= end) return null;
    i = close + 1;
  }
  if (!line.startsWith(', "', i)) return null;
  const open = i + 3;
  let k = open;
  for (; k < end && line.charCodeAt(k) !== 34; k++) if (line.charCodeAt(k) === 92) k++;
  if (k >= end) return null;
  const written = cStringBytes(line.slice(open, k));
  k++;
  const cut = line.startsWith('...', k);
  if (cut) k += 3;
  if (!line.startsWith(', ', k)) return null;
  const digits = k + 2;
  let e = digits;
  while (e < end && isDigit(line.charCodeAt(e))) e++;
  // The count and the output touch: `, 342` may be count 3 and output `42`. The count is the
  // string's length when it was not cut and at least that when it was.
  // A count is a size_t: at most 20 digits, so at most 20 places to try.
  for (let c = digits + 1; c <= e && c <= digits + 20; c++) {
    const count = +line.slice(digits, c);
    if (cut ? count < written.length : count !== written.length) continue;
    const glued = encoder.encode(line.slice(c, end));
    const left = outputLeft(written, cut, glued, count, returned);
    if (left !== null) return { at: c, left };
  }
  return null;
}

/** Bytes left after this line's output if `glued` is how the written bytes start, or null. */
function outputLeft(written: number[], cut: boolean, glued: Uint8Array, count: number, returned: boolean): number | null {
  const shown = Math.min(written.length, glued.length);
  for (let b = 0; b < shown; b++) if (written[b] !== glued[b]) return null;
  if (returned) {
    // All the output is on this line: the whole string, or (cut) at least its shown part.
    return (cut ? glued.length >= written.length : glued.length === written.length) && glued.length > 0 ? 0 : null;
  }
  if (glued.length < written.length) {
    // The line ended at a newline of the output (trailing blanks may have been trimmed off).
    let n = glued.length;
    while (n < written.length && (written[n] === 32 || written[n] === 9 || written[n] === 13)) n++;
    if (n >= written.length || written[n] !== 10) return null;
    return count - (n + 1);
  }
  // Longer than the shown string: only when -s cut it (the rest is past what strace showed).
  if (glued.length > written.length && !cut) return null;
  return cut ? Math.max(0, count - glued.length - 1) : null;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
