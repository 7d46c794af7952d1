// Traces with no exit lines (`strace -qq`, and every dtruss/Nanos trace): the exit call's status is
// told as an exit line's would be — the stderr that says why, what the status means — and a
// pipeline's writer stopped by SIGPIPE on its pipe is no problem. Real captures, README there.

import { describe, expect, it } from 'vitest';
import { analyzeReal as analyze } from './real-fixture.js';

describe('strace -qq: exit_group stands in for the exit line', () => {
  it('sh -c nosuchcmd123: status 127 is "not found", with the shell\'s own message', async () => {
    const r = await analyze('sh-command-not-found-qq');
    const f = r.findings.find((x) => x.id === 'nonzero-exit')!;
    expect(f.severity).toBe('warning');
    expect(f.explanation).toContain('status 127: a command it ran was not found');
    expect(f.explanation).toContain('sh: 1: nosuchcmd123: not found');
    expect(f.lines).toEqual([62, 63]);
  });

  it("perl's die: the missing file, then the exit that quotes perl's message", async () => {
    const r = await analyze('perl-die-enoent-qq');
    expect(r.findings.map((f) => [f.id, f.severity])).toEqual([
      ['missing-file', 'warning'],
      ['nonzero-exit', 'warning'],
    ]);
    expect(r.findings[1]!.explanation).toContain('"cannot open: No such file or dir');
  });

  it('sh -c "yes | head -1": the SIGPIPE that stops yes is a note, nothing is a warning', async () => {
    const r = await analyze('sh-c-yes-head-qq');
    expect(r.findings.map((f) => [f.id, f.severity])).toEqual([
      ['broken-pipe', 'info'],
      ['killed-by-signal', 'info'],
    ]);
    expect(r.inShort).toContain('Nothing went wrong that the trace shows');
  });
});

describe("a Python traceback cut by strace's default -s 32", () => {
  it.each([
    ['python-import-error-default-s32', "python3 exited with status 1: ModuleNotFoundError: No module named 'nosuchmod_xyz'"],
    ['python-memoryerror-ulimit-default-s32', 'python3 exited with status 1: MemoryError'],
  ])('%s: the exception line is the reason, though every traceback line lost its newline', async (name, title) => {
    const r = await analyze(name);
    expect(r.findings.map((f) => f.title)).toEqual([title]);
  });
});
