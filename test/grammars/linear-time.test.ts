// Lines built to make a backtracking pattern quadratic (a long run of blanks after `name(`,
// a long digit run in a summary row) are read as quickly as any other line: 1 MiB each, so
// a quadratic reader would need many minutes and the test's time limit would end it.
import { describe, expect, it } from 'vitest';
import { looksLikeCall, matchCall } from '../../grammars/dtruss.js';
import { matchSummaryRow } from '../../grammars/nanos.js';

const MIB = 1 << 20;

describe('grammars read hostile lines in linear time', () => {
  it('dtruss: a long run of blanks after the call name', () => {
    const blanks = ' '.repeat(MIB);
    expect(matchCall(`open(${blanks}`)).toBeNull();
    expect(looksLikeCall(`open(${blanks}`)).toBe(false);
    const call = matchCall(`23078/0x3057d: open(${blanks}0x1)\t\t = 3 0`);
    expect(call?.name).toBe('open');
    expect(call?.args.trim()).toBe('0x1');
    expect(call?.ret.value).toBe(3);
    expect(looksLikeCall(`close(${blanks}) = 0`)).toBe(true);
  });

  it('dtruss: the tail is the last ` = `, also when the arguments hold one', () => {
    const call = matchCall('23078/0x3057d: write(0x1, "a = 1 0", 0x7) = 7 0');
    expect(call?.args).toBe('0x1, "a = 1 0", 0x7');
    expect(call?.closed).toBe(true);
    expect(call?.ret.errno).toBe(0);
    const failed = matchCall('23078/0x3057d: connect(0xA, 0x7F9B69ACE950, 0x6A) = -1 Err#2');
    expect([failed?.args, failed?.ret.value, failed?.ret.errno, failed?.ret.errPrefix]).toEqual(['0xA, 0x7F9B69ACE950, 0x6A', -1, 2, true]);
    expect(looksLikeCall('close(0x3) = 0')).toBe(true);
    expect(looksLikeCall('close(0x3)=0')).toBe(true);
    expect(looksLikeCall('hello = world')).toBe(false);
  });

  it('Nanos: a summary row with a long digit run', () => {
    expect(matchSummaryRow(` 48.53     0.000644 ${'1'.repeat(MIB)}x y`)).toBeNull();
    expect(matchSummaryRow(' 48.53     0.000644          215            3              brk')?.syscall).toBe('brk');
  });
});

describe('strace shapes of issue 17 read hostile lines in linear time', () => {
  it('a glued write with a long digit run, an old siginfo line full of `} (`, a line full of `strace`', async () => {
    const { StraceReader } = await import('../../src/parse/strace.js');
    const read = (line: string) => new StraceReader().read(line, { line: 1 });
    expect(read(`write(1, "1"..., ${'1'.repeat(MIB)}`).kind).toBe('unfinished');
    expect(read(`--- {si_signo=SIGCHLD${'} ('.repeat(MIB / 3)}x) ---`).kind).toBe('signal');
    expect(read(`read(3, ${'strace'.repeat(MIB / 6)}`).kind).toBe('unparsed');
    expect(read(`write(1, "${'\\n'.repeat(MIB / 2)}", 1`).kind).toBe('unparsed');
  });
});
