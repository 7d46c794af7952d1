// execve refused with EACCES on a program that has its execute bit, because its file system is
// mounted noexec (real captures: `unshare -m`, a tmpfs mounted noexec, /bin/true copied there).

import { describe, expect, it } from 'vitest';
import { analyzeReal } from './real-fixture.js';
import { normalAnswer } from '../../src/knowledge/normal-answers.js';

describe('exec refused on a noexec mount', () => {
  for (const name of ['noexec-mount-sh-eacces', 'noexec-mount-python-subprocess-eacces']) {
    it(`${name}: ERROR permission denied whose meaning names noexec, and a hint to check the mount`, async () => {
      const r = await analyzeReal(name);
      const f = r.findings.find((x) => x.id === 'permission-denied');
      expect(f?.severity).toBe('error');
      expect(f?.title).toBe('permission denied: /tmp/cap/nx/mytool');
      expect(f?.explanation).toContain('mounted noexec');
      expect(f?.hint).toContain('findmnt -T PATH');
    });
  }
});

describe('a reaping loop\'s last wait4 is a normal answer', () => {
  it('wait4/waitid ECHILD is expected; other waits\' errors are not', () => {
    expect(normalAnswer('wait4', 'ECHILD')).toBeDefined();
    expect(normalAnswer('waitid', 'ECHILD')).toBeDefined();
    expect(normalAnswer('wait4', 'EINTR')).toBeUndefined();
  });
});
