// strace's -e syntax read once: sets, classes, negation, regexes, statuses; mistakes are exit 2 with
// the closest names.
import fc from 'fast-check';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { callStatus, FilterError, parseFilterExpressions } from '../../src/pipeline/index.js';
import { unsafeReason } from '../../src/pipeline/name-regex.js';
import { readTraceText } from '../../src/index.js';
import type { SyscallEvent } from '../../src/model/index.js';
import { runCli, corpus } from '../cli/run-cli.js';

const passes = (exprs: string[]) => {
  const sets = parseFilterExpressions(exprs).trace;
  return (name: string) => sets.every((s) => s.test(name));
};

describe('-e trace=', () => {
  it('reads names, classes, ! and /regex, with and without trace=', () => {
    expect(['connect', 'openat', 'read'].map(passes(['trace=connect,openat']))).toEqual([true, true, false]);
    expect(['mmap', 'read'].map(passes(['!mmap']))).toEqual([false, true]);
    expect(['connect', 'close', 'accept4'].map(passes(['/^conn']))).toEqual([true, false, false]);
    expect(['newfstatat', 'statx', 'fstat', 'lstat', 'stat', 'openat'].map(passes(['trace=%%stat']))).toEqual([true, true, true, true, true, false]);
    expect(['getpid', 'gettid', 'getppid', 'read'].map(passes(['%pure']))).toEqual([true, true, true, false]);
    expect(['setuid', 'capget', 'getuid', 'read'].map(passes(['%creds']))).toEqual([true, true, true, false]);
    expect(['clock_gettime', 'settimeofday', 'nanosleep'].map(passes(['%clock']))).toEqual([true, true, false]);
    // strace's legacy spelling without % is a class, and `all`/`none` are sets.
    expect(['socket', 'openat'].map(passes(['network']))).toEqual([true, false]);
    expect(['read'].map(passes(['none']))).toEqual([false]);
    expect(['read'].map(passes(['!none']))).toEqual([true]);
  });

  it('joins repeated plain lists into one set, and every negated set must pass too', () => {
    expect(['connect', 'openat', 'sendto', 'read'].map(passes(['%net', 'openat', '!sendto']))).toEqual([true, true, false, false]);
  });

  it('follows Darwin spellings to the Linux name (dtruss traces)', () => {
    expect(['open_nocancel', 'connect_nocancel'].map(passes(['trace=open,%net']))).toEqual([true, true]);
  });

  it('names the closest calls and classes for a mistake', () => {
    expect(() => parseFilterExpressions(['trace=conect'])).toThrow(/unknown system call "conect" \(did you mean connect/);
    expect(() => parseFilterExpressions(['%fil'])).toThrow(/unknown syscall class "%fil" \(did you mean %file/);
    expect(() => parseFilterExpressions(['status=faild'])).toThrow(/invalid status "faild" \(did you mean failed/);
    expect(() => parseFilterExpressions(['tarce=open'])).toThrow(/unknown -e qualifier "tarce" \(did you mean trace/);
    expect(() => parseFilterExpressions(['verbose=all'])).toThrow(/only trace=, status= and fd= apply/);
    expect(() => parseFilterExpressions(['/^nosuchcall$'])).toThrow(/matches no system call/);
    // `?` keeps quiet, as in strace.
    expect(() => parseFilterExpressions(['?nosuchcall'])).not.toThrow();
    expect(() => parseFilterExpressions(['trace=/('])).toThrow(FilterError);
  });

  it('is exit 2 with the suggestion on every command that reads a trace', async () => {
    const f = corpus('strace/f02_f.txt');
    for (const cmd of [[], ['annotate'], ['summary'], ['parse'], ['explain', '--format', 'json']]) {
      const r = await runCli([...cmd, '-e', 'trace=conect', f]);
      expect(r.code, cmd.join(' ')).toBe(2);
      expect(r.stderr).toContain('did you mean connect');
      expect(r.stdout).toBe('');
    }
  });
});

describe('-e trace=/regex is refused when it could take exponential time', () => {
  it('refuses nested and alternating repetition, back-references and look-arounds; keeps what people write', () => {
    for (const p of ['(a+)+$', '(a|a)*$', '(a*)*b', '([a-z]+)*x', '(open|openat)+$', '(x+x+)+y', '(a{2,})+', '(a)\\1', '(?=a)', 'a'.repeat(300)]) {
      expect(unsafeReason(p), p).toBeDefined();
    }
    for (const p of ['^conn', '^(open|read|close)', 'stat$', '^(.*_)?statv?fs', 'fstatv?fs', 'statv?fs|fsstat|ustat', '^[[:alpha:]]+64$', '(open)?at$']) {
      expect(unsafeReason(p), p).toBeUndefined();
    }
  });

  it('every pattern it accepts is free of exponential backtracking by recheck (random patterns)', async () => {
    const token = fc.constantFrom('a', 'b', '.', '(', ')', '|', '*', '+', '?', '[ab]', '^', '$', '{2,}');
    await fc.assert(
      fc.asyncProperty(fc.array(token, { minLength: 1, maxLength: 9 }), async (parts) => {
        const p = parts.join('');
        try {
          new RegExp(p);
        } catch {
          return;
        }
        if (unsafeReason(p) !== undefined) return;
        const r = await check(p, '');
        if (r.status === 'vulnerable') expect(r.complexity.type, p).not.toBe('exponential');
      }),
      { numRuns: 150, seed: 16 },
    );
  });
});

describe('-e status=', () => {
  it("reads each call's end in strace's words", async () => {
    // Shapes from the corpus: f02_f.txt:33, :30, :110 (`= ?`), and an unfinished call with no end (trace cut).
    const { events } = await readTraceText(
      [
        '13740 openat(AT_FDCWD, "/nonexistent/file.txt", O_RDONLY) = -1 ENOENT (No such file or directory)',
        '13740 openat(AT_FDCWD, "/etc/hostname", O_RDONLY) = 3',
        '13741 exit_group(3)                     = ?',
        '13742 read(0, <unfinished ...>',
      ].join('\n') + '\n',
    );
    expect(events.filter((e) => e.type === 'syscall').map((e) => callStatus(e as SyscallEvent))).toEqual(['failed', 'successful', 'unfinished', 'unfinished']);
    const st = parseFilterExpressions(['status=!failed', 'status=successful,failed']).status!;
    expect([...st]).toEqual(['successful']);
  });
});
