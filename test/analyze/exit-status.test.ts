import { describe, expect, it } from 'vitest';
import { exitMeaning } from '../../src/analyze/exit-status.js';
import { analyzeText, only } from './helpers.js';

describe('exitMeaning', () => {
  it('reads statuses from the programs\' manuals and the shell\'s 126/127/128+n', () => {
    expect(exitMeaning('timeout', 124, 'linux')).toMatch(/did not finish within the time limit/);
    expect(exitMeaning('curl', 7, 'linux')).toMatch(/could not connect/);
    expect(exitMeaning('grep', 1, 'linux')).toBe('no line matched (not an error)');
    expect(exitMeaning('bash', 127, 'linux')).toBe('a command it ran was not found');
    // 128 + the signal number, in the numbering of the traced OS: 30 is SIGPWR on Linux, SIGUSR1 on macOS.
    expect(exitMeaning('sh', 130, 'linux')).toBe('a command it ran was killed by SIGINT (128 + 2)');
    expect(exitMeaning('node', 158, 'linux')).toBe('it, or a command it ran, was killed by SIGPWR (128 + 30)');
    expect(exitMeaning('node', 158, 'darwin')).toBe('it, or a command it ran, was killed by SIGUSR1 (128 + 30)');
    expect(exitMeaning('myapp', 3, 'linux')).toBeUndefined();
    expect(exitMeaning(undefined, 1, 'linux')).toBeUndefined();
  });

  it('says what timeout\'s 124 means in the nonzero-exit finding (real: strace -f -T timeout 0.3 sleep 5)', async () => {
    // real: captured here with strace 6.1, first and last line
    const r = await analyzeText(
      [
        '16095 execve("/usr/bin/timeout", ["timeout", "0.3", "sleep", "5"], 0x7ffd0ba15ef8 /* 35 vars */) = 0 <0.000161>',
        '16095 +++ exited with 124 +++',
      ].join('\n'),
    );
    const f = only(r.findings, 'nonzero-exit');
    expect(f.map((x) => [x.severity, x.title])).toEqual([['warning', 'timeout (pid 16095) exited with status 124']]);
    expect(f[0]!.explanation).toBe('timeout (pid 16095) exited with status 124: the command it ran did not finish within the time limit and was stopped.');
  });
});
