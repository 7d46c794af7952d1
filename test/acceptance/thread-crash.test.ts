// A thread's fault kills the whole process; strace shows the signal on the faulting thread,
// and the exit lines of all threads, often another thread's first (real capture).

import { describe, expect, it } from 'vitest';
import { analyzeReal } from './real-fixture.js';

describe('a worker thread dereferences NULL', () => {
  it('one crash finding for the process, naming the thread and the NULL address', async () => {
    const r = await analyzeReal('c-thread-null-deref-segv');
    const crashes = r.findings.filter((f) => f.id === 'killed-by-signal');
    expect(crashes).toHaveLength(1);
    expect(crashes[0]).toMatchObject({ severity: 'error', title: 'thrcrash (pid 26516) killed by SIGSEGV' });
    expect(crashes[0]!.explanation).toContain('The signal arose in thread 26519 (line 65). The faulting address was NULL');
    expect(crashes[0]!.explanation).toContain('All 3 of its threads died with it.');
    expect(crashes[0]!.lines).toContain(65);
  });
});
