// A program that waited on a lock until a timeout stopped it (real capture): the finding says
// what it was waiting in and on which file, and who stopped it.

import { describe, expect, it } from 'vitest';
import { analyzeReal } from './real-fixture.js';

describe('flock waiting on a lock another process holds', () => {
  it('names the flock() wait, the lock file and the sender; timeout\'s 124 says the time limit', async () => {
    const r = await analyzeReal('flock-held-timeout-sigterm');
    const killed = r.findings.find((f) => f.id === 'killed-by-signal')!;
    expect(killed.title).toBe('flock (pid 8314) killed by SIGTERM while in flock()');
    expect(killed.explanation).toContain('The signal was sent by timeout (pid 8313).');
    expect(killed.explanation).toContain('It was in flock() on fd 3 (/tmp/cap/lockf) when it died');
    expect(r.findings.find((f) => f.id === 'nonzero-exit')?.explanation).toContain('did not finish within the time limit');
    // With warnings only, the short account names the first one rather than only counting them.
    expect(r.inShort).toContain('No errors. Worth a look: flock (pid 8314) killed by SIGTERM while in flock() (and 1 more warning).');
  });
});
