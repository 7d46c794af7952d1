// The progress line: drawn on stderr only when it is a terminal and the read has taken a second,
// redrawn at most four times a second, erased before output and at the end; never in a pipe.
import { execFileSync, spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Progress, progressText, progressWanted } from '../../src/cli/progress.js';
import { CLI, runShell, sample } from './run-cli.js';

/** A fake terminal that records what was written. */
function terminal(): { write: (t: string) => void; isTTY: boolean; columns: number; text: string[] } {
  const t = { isTTY: true, columns: 60, text: [] as string[], write: (s: string) => void t.text.push(s) };
  return t;
}

describe('Progress', () => {
  afterEach(() => vi.useRealTimers());

  it('says what is read, how far, and how much', () => {
    expect(progressText({ name: 't.txt', lines: () => 120_000, fraction: () => 0.351 })).toBe('reading t.txt: 120,000 lines, 35%…');
    expect(progressText({ name: 'stdin', lines: () => 1008, fraction: () => undefined })).toBe('reading stdin: 1,008 lines…');
    expect(progressText({ name: 'evil\x1b]0;x\x07.txt', lines: () => 1, fraction: () => 1 })).toBe('reading evil\\x1b]0;x\\a.txt: 1 lines, 99%…');
  });

  it('is wanted on a terminal only: not in a pipe, in CI or on TERM=dumb', () => {
    expect(progressWanted({ write: () => {}, isTTY: true }, {})).toBe(true);
    expect(progressWanted({ write: () => {}, isTTY: false }, {})).toBe(false);
    expect(progressWanted({ write: () => {}, isTTY: true }, { CI: 'true' })).toBe(false);
    expect(progressWanted({ write: () => {}, isTTY: true }, { CI: 'false' })).toBe(true);
    expect(progressWanted({ write: () => {}, isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });

  it('draws after a second, at most every 250 ms, and erases its line when stopped', () => {
    vi.useFakeTimers();
    const term = terminal();
    let lines = 0;
    const p = new Progress({ name: 't.txt', lines: () => lines, fraction: () => 0.5 }, term).start();
    vi.advanceTimersByTime(999);
    expect(term.text).toEqual([]); // a quick read shows nothing
    lines = 5000;
    vi.advanceTimersByTime(1);
    expect(term.text).toEqual(['\rreading t.txt: 5,000 lines, 50%…\x1b[K']);
    vi.advanceTimersByTime(1000);
    expect(term.text).toHaveLength(5);
    p.clear();
    expect(term.text.at(-1)).toBe('\r\x1b[K');
    p.stop();
    expect(term.text.at(-1)).toBe('\r\x1b[K');
    const n = term.text.length;
    vi.advanceTimersByTime(5000);
    expect(term.text).toHaveLength(n); // stopped: nothing more
  });

  it('stays within the terminal width', () => {
    vi.useFakeTimers();
    const term = terminal();
    new Progress({ name: 'a'.repeat(200), lines: () => 1, fraction: () => undefined }, term).start();
    vi.advanceTimersByTime(1000);
    expect(term.text[0]!.replace(/\r|\x1b\[K/g, '').length).toBeLessThanOrEqual(59);
  });
});

describe('progress on the command line', () => {
  const psql = sample('psql-unix-socket-enoent.strace.txt');

  it('never in a pipe: a read that takes seconds writes nothing to a piped stderr', async () => {
    const r = await runShell(`(cat ${psql}; sleep 2; cat ${psql}) | tracex --findings`);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Findings');
  });

  const tmuxOk = spawnSync('tmux', ['-V']).status === 0;
  it.skipIf(!tmuxOk)('in a real terminal (tmux): shown while the read waits, gone when the findings are printed', async () => {
    const SOCKET = `tracex-progress-${String(process.pid)}`;
    const tmux = (...a: string[]): string => execFileSync('tmux', ['-L', SOCKET, ...a], { encoding: 'utf8' });
    const cmd = `(cat ${psql}; sleep 4; cat ${psql}) | env -u CI NO_COLOR=1 ${process.execPath} ${CLI} --findings; echo RC=$?; sleep 60`;
    tmux('new-session', '-d', '-s', 'p', '-x', '100', '-y', '80', 'sh', '-c', cmd);
    try {
      const until = async (ok: (s: string) => boolean, ms: number): Promise<string> => {
        const end = Date.now() + ms;
        for (;;) {
          const s = tmux('capture-pane', '-p', '-t', 'p');
          if (ok(s) || Date.now() > end) return s;
          await new Promise((r) => setTimeout(r, 100));
        }
      };
      const during = await until((s) => s.includes('reading stdin:'), 15_000);
      expect(during).toMatch(/^reading stdin: 1,008 lines…$/m);
      const after = await until((s) => s.includes('RC=0'), 30_000);
      expect(after).toMatch(/^Findings \(\d+\):/m);
      expect(after).toContain('2016 lines, 2016 events');
      expect(after).not.toContain('reading stdin');
    } finally {
      tmux('kill-server');
    }
  }, 60_000);
});
