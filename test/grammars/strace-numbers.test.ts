// Times and durations are read by hand on every line (grammars/strace-line.ts): the values must
// be the very doubles the text parses to, and the leader must split as the documented regexp
// `(\d\d:\d\d:\d\d(?:\.\d+)?|\d+\.\d+|\d{9,}) ` (formats/strace.md §1) does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDecimal, scanLeader } from '../../grammars/strace-line.js';

const digits = (min: number, max: number): fc.Arbitrary<string> => fc.stringMatching(new RegExp(`^[0-9]{${String(min)},${String(max)}}$`));
const ABS_TIME = /(\d\d:\d\d:\d\d(?:\.\d+)?|\d+\.\d+|\d{9,}) /y;

describe('readDecimal', () => {
  it('gives the same double as parsing the text, for integers and fractions of any length', () => {
    const decimal = fc.oneof(digits(1, 22), fc.tuple(digits(1, 12), digits(1, 12)).map(([a, b]) => `${a}.${b}`));
    fc.assert(fc.property(decimal, (s) => Object.is(readDecimal(`<${s}>`, 1, s.length + 1), +s)), { numRuns: 5000 });
  });

  it('is NaN for what is not an unsigned decimal', () => {
    for (const s of ['', '.5', '5.', '1.2.3', '-1', '1e5', ' 1', '0x10']) expect(readDecimal(s, 0, s.length)).toBeNaN();
  });
});

describe('the leader time', () => {
  it('splits a line as the regexp does: a time, a -r delta or nothing', () => {
    // Synthetic leaders: a time-like head in front of a call (built from §1's shapes and near misses).
    const head = fc.oneof(
      fc.tuple(digits(2, 2), digits(2, 2), digits(2, 2), digits(0, 9)).map(([h, m, s, f]) => `${h}:${m}:${s}${f ? '.' + f : ''}`),
      fc.tuple(digits(1, 12), digits(1, 9)).map(([a, b]) => `${a}.${b}`),
      digits(1, 12),
      fc.stringMatching(/^[0-9:.]{1,14}$/),
    );
    fc.assert(
      fc.property(head, fc.constantFrom(' ', '  ', 'x', '. '), (t, after) => {
        // After a `[pid N] ` prefix, so that a bare number is not read as the pid.
        const line = `[pid 7] ${t}${after}close(3) = 0`;
        const got = scanLeader(line);
        ABS_TIME.lastIndex = 8;
        const m = ABS_TIME.exec(line);
        if (!m) return got.leader.timeText === undefined && got.leader.relative === undefined;
        const text = m[1]!;
        const absolute = text.includes(':') || !text.includes('.') || +text >= 1e8;
        return got.body === ABS_TIME.lastIndex && (absolute ? got.leader.timeText === text : Object.is(got.leader.relative, +text));
      }),
      { numRuns: 5000 },
    );
  });
});
