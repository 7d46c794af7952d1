// Line shapes seen in real traces that other readers stumble on (issue 17): each one is read
// from a real capture (test/fixtures/real/README.md says how each was made).
import { describe, expect, it } from 'vitest';
import { readTraceFile, readTraceText } from '../../src/index.js';
import type { SyscallEvent, TraceEvent } from '../../src/model/index.js';

const real = (name: string) => new URL(`../fixtures/real/${name}`, import.meta.url).pathname;
const calls = (evs: TraceEvent[]) => evs.filter((e): e is SyscallEvent => e.type === 'syscall');
const outputs = (evs: TraceEvent[]) => evs.flatMap((e) => (e.type === 'output' ? [e.text] : []));

describe('program output glued into write lines (strace without -o, output on the same pipe)', () => {
  it('takes the output out of every write, whether -s cut the string, it is UTF-8, one newline or several lines', async () => {
    const { events, stats } = await readTraceFile(real('sh-echo-s8-output-glued.strace.txt'));
    expect(stats.unparsed).toBe(0);
    const writes = calls(events).filter((e) => e.syscall === 'write');
    expect(writes.map((w) => [w.args, w.status, w.ret?.value, w.lines])).toEqual([
      ['1, "hello wo"..., 22', 'complete', 22, [49, 50]],
      ['1, "h\\303\\251llo w"..., 24', 'complete', 24, [51, 52]],
      ['1, "\\n", 1', 'complete', 1, [57, 58]],
      ['1, "one\\ntwo\\n"..., 14', 'complete', 14, [61, 64]],
      ['1, "x\\n\\n", 3', 'complete', 3, [65, 67]],
      ['1, "no newli"..., 10', 'complete', 10, [68]],
      ['1, "a\\nb", 3', 'complete', 3, [69, 70]],
      ['1, "\\n", 1', 'complete', 1, [71, 72]],
    ]);
    expect(outputs(events)).toEqual(['hello wonderful world', 'héllo wörld ünïcode', 'one', 'two', 'three', 'x', 'no newline', 'a', 'b']);
  });
});

describe('pasted traces', () => {
  it('reads call lines with trailing blanks and CR as the same lines without them', async () => {
    // Built from a real capture: every line of ls-missing-file with blanks, a tab or a CR
    // appended, the way traces pasted from terminals and web pages arrive.
    const file = real('ls-missing-file.strace.txt');
    const text = (await import('node:fs')).readFileSync(file, 'utf8');
    const ends = ['  ', '\t', ' \r', ' '];
    const pasted = text
      .split('\n')
      .map((l, i) => (l === '' ? l : l + ends[i % ends.length]))
      .join('\n');
    const plain = await readTraceText(text);
    const withBlanks = await readTraceText(pasted);
    expect(withBlanks.stats.unparsed).toBe(0);
    expect(calls(withBlanks.events).map((e) => [e.syscall, e.args, e.ret?.text])).toEqual(
      calls(plain.events).map((e) => [e.syscall, e.args, e.ret?.text]),
    );
    expect(withBlanks.events.filter((e) => e.type === 'exit')).toHaveLength(1);
  });
});
