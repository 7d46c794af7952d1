// One row per syscall (issue 13): the decoder's signatures and explain's catalogue come from the
// same rows, so they cannot disagree on an argument's position again.
import { describe, expect, it } from 'vitest';
import { signatureFor, signatureNames } from '../../src/knowledge/signatures.js';
import { lookupSyscall, SYSCALLS } from '../../src/knowledge/syscalls.js';
import { ROWS } from '../../src/knowledge/syscalls/index.js';
import { parseSpecs } from '../../src/knowledge/syscalls/row.js';

describe('syscall rows', () => {
  it('read an argument spec: role, man-page name, kind and table', () => {
    expect(parseSpecs('dirfd:dirfd path(pathname):path (flags):flags:at-flags _')).toEqual([
      { role: 'dirfd', param: 'dirfd', kind: 'dirfd' },
      { role: 'path', param: 'pathname', kind: 'path' },
      { param: 'flags', kind: 'flags', table: 'at-flags' },
      { role: '_', param: '_' },
    ]);
  });

  it('give explain and the decoder the same positions wherever both name an argument', () => {
    for (const os of ['linux', 'darwin'] as const) {
      for (const name of signatureNames(os)) {
        const entry = SYSCALLS[name];
        const sig = signatureFor(os, name)!;
        if (!entry || (os === 'darwin' && ROWS[name]?.decode?.darwin)) continue;
        // explain never names more arguments than the call has.
        expect(entry.args.length, `${os} ${name}`).toBeLessThanOrEqual(Math.max(sig.args.length, entry.args.length));
        if (sig.args.length > 0) expect(entry.args.length, `${os} ${name}`).toBeLessThanOrEqual(sig.args.length);
      }
    }
  });

  // Twin resolutions: where the two tables disagreed, the syscall's own arguments won.
  it('faccessat has three arguments on Linux (flags came with faccessat2) and four on Darwin', () => {
    expect(signatureFor('linux', 'faccessat')!.args.map((a) => a[0])).toEqual(['dirfd', 'pathname', 'mode']);
    expect(signatureFor('darwin', 'faccessat')!.args.map((a) => a[0])).toEqual(['dirfd', 'pathname', 'mode', 'flags']);
    expect(lookupSyscall('faccessat')!.args).toEqual(['dirfd', 'path', 'mode']);
  });

  it('posix_spawn reads the five arguments of the XNU syscall, not the six of the libc function', () => {
    expect(lookupSyscall('posix_spawn')!.args).toEqual(['pid', 'path', 'adesc', 'argv', 'envp']);
    expect(signatureFor('darwin', 'posix_spawn')!.args.map((a) => a[0])).toEqual(['pid', 'pathname', 'adesc', 'argv', 'envp']);
  });

  it('keeps clone\'s five decoder arguments with explain\'s one role', () => {
    expect(signatureFor('linux', 'clone')!.args).toHaveLength(5);
    expect(lookupSyscall('clone')!.args).toEqual(['flags']);
  });
});
