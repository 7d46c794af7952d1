// wget's exit status says what kind of failure it was (wget(1) EXIT STATUS); real capture.

import { describe, expect, it } from 'vitest';
import { analyzeReal } from './real-fixture.js';

describe('wget to a port nobody listens on', () => {
  it('the refused connect comes first; status 4 is told as a network failure caused by it', async () => {
    const r = await analyzeReal('wget-refused');
    expect(r.findings[0]).toMatchObject({ id: 'connect-failed', severity: 'error', title: 'connect to 127.0.0.1:8799 failed: ECONNREFUSED' });
    const exit = r.findings.find((f) => f.id === 'nonzero-exit')!;
    expect(exit.explanation).toContain('exited with status 4: the network failed (refused, unreachable, timed out, or the name did not resolve).');
    expect(exit.explanation).toContain('because of the error found above: connect to 127.0.0.1:8799 failed: ECONNREFUSED');
  });
});
