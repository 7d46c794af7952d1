// A hung program stopped by hand: Ctrl-C (SIGINT to the whole process group, which Python catches,
// prints a traceback for and re-raises) or strace detached. The finding must say what the program
// was waiting in when it was stopped: that wait is the hang. Real captures, README there.

import { describe, expect, it } from 'vitest';
import { analyzeReal } from './real-fixture.js';

const findings = async (name: string) => (await analyzeReal(name)).findings;

describe('Ctrl-C on a hung Python program', () => {
  it('a lock taken twice: stopped from outside while in futex(), cited', async () => {
    const [f, ...rest] = await findings('python-py-deadlock-ctrlc');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ id: 'killed-by-signal', severity: 'warning', title: 'python3 (pid 1808) killed by SIGINT while in futex()' });
    expect(f!.explanation).toContain('It was stopped from outside: pid 1692 sent it SIGINT (line 1169)');
    expect(f!.explanation).toContain('It was in futex() when SIGINT came (line 1168).');
    expect(f!.lines).toEqual([1168, 1169, 1186, 1187]);
  });

  it('a recv that never returns: names the socket it waited on', async () => {
    const [f] = await findings('python-py-recv-ctrlc');
    expect(f!.explanation).toContain('It was in recvfrom() on fd 4 (a TCP socket connected to 127.0.0.1:8803) when SIGINT came (line 1293).');
  });
});

describe('strace detached from a hung program', () => {
  it('the futex call left unfinished is where it hung', async () => {
    const all = await findings('python-py-deadlock-detach');
    expect(all.map((f) => [f.id, f.severity, f.lines])).toEqual([['blocked-at-end', 'warning', [1168]]]);
    expect(all[0]!.title).toBe('python3 (pid 1421) still in futex() at the end of the trace');
  });
});
