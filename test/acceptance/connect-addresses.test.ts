// One port refused at each address of a name (curl to localhost tries 127.0.0.1, then ::1):
// one finding naming both addresses, not one ERROR per address (real capture).

import { describe, expect, it } from 'vitest';
import { analyzeReal } from './real-fixture.js';

describe('curl localhost:8799 with nothing listening', () => {
  it('one connect-failed finding for both addresses, citing both attempts', async () => {
    const r = await analyzeReal('curl-localhost-refused-ipv4-ipv6');
    const connects = r.findings.filter((f) => f.id === 'connect-failed');
    expect(connects.map((f) => f.title)).toEqual(['connect to 127.0.0.1:8799 failed: ECONNREFUSED (also [::1]:8799)']);
    expect(connects[0]!.explanation).toContain('It got the same answer from [::1]:8799 (line 485), another address for the same port.');
    expect(connects[0]!.lines).toEqual(expect.arrayContaining([467, 485]));
    expect(r.inShort).toContain('What went wrong: connect to 127.0.0.1:8799 failed: ECONNREFUSED (also [::1]:8799).');
  });
});
