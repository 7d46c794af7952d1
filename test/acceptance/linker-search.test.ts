// GNU ld looks for -lNAME as libNAME.so then libNAME.a in each directory of its search path:
// the misses of one library are one search, whichever of its names it tried (real gcc captures).

import { describe, expect, it } from 'vitest';
import { searchedName } from '../../src/knowledge/probes.js';
import { analyzeReal } from './real-fixture.js';

describe('searchedName: what one search looks for', () => {
  it('takes a library to its -l name, whichever file name the linker tried', () => {
    expect(searchedName('libc.a')).toBe('c');
    expect(searchedName('libc.so')).toBe('c');
    expect(searchedName('nosuchlib_xyz.a')).toBe('nosuchlib_xyz');
    expect(searchedName('libnosuchlib_xyz.a')).toBe('nosuchlib_xyz');
  });
  it('leaves every other name as it is (a versioned library is the loader\'s exact name)', () => {
    for (const n of ['libc.so.6', 'cat', 'lib', 'lib.a', '.a', 'library.conf', 'x.py']) expect(searchedName(n)).toBe(n === 'lib.a' ? 'lib' : n);
  });
});

describe('the linker\'s library search', () => {
  it('a link that failed on an undefined reference does not blame libc.a, which ld found as libc.so', async () => {
    const r = await analyzeReal('gcc-link-undefined-reference');
    expect(r.findings.filter((f) => f.id === 'missing-file')).toEqual([]);
    expect(r.findings.map((f) => f.title).join('\n')).not.toContain('libc.a');
  });

  it('a library found nowhere is one finding that counts directories, not file names', async () => {
    const r = await analyzeReal('gcc-link-missing-library');
    const missing = r.findings.filter((f) => f.id === 'missing-file');
    expect(missing.map((f) => f.title)).toEqual(['file not found: libnosuchlib_xyz.a (looked in 14 places)']);
    // ld's second pass (NAME.a, for its error message) is part of the same search.
    expect(missing[0]!.explanation).toContain('/usr/lib/gcc/x86_64-linux-gnu/12/nosuchlib_xyz.a');
    expect(r.findings.find((f) => f.id === 'nonzero-exit' && f.severity === 'warning')?.title).toContain('cannot find -lnosuchlib_xyz');
  });
});

describe('a failed build says which tool failed and its message', () => {
  it('a missing header: gcc names cc1 and its `fatal error:` line', async () => {
    const r = await analyzeReal('gcc-compile-missing-header');
    expect(r.findings.find((f) => f.pid === 9718 && f.id === 'nonzero-exit')?.title).toMatch(/^gcc \(pid 9718\) exited with status 1: cc1 \(pid 9719\) failed: bad\.c:1:10: fatal error: /);
  });
  it('an undefined reference: gcc names ld and its link error, not collect2\'s summary', async () => {
    const r = await analyzeReal('gcc-link-undefined-reference');
    expect(r.findings.find((f) => f.pid === 9723 && f.id === 'nonzero-exit')?.title).toBe(
      "gcc (pid 9723) exited with status 1: ld (pid 9736) failed: link.c:(.text+0xa): undefined reference to `undefined_fn'",
    );
    expect(r.inShort).toContain('It started 4 other processes (cc1, as, collect2, ld), 2 of which exited non-zero or were killed.');
    expect(r.inShort).toContain("Worth a look: gcc (pid 9723) exited with status 1: ld (pid 9736) failed: link.c:(.text+0xa): undefined reference to `undefined_fn'.");
  });
});
