// Programs that could not be run. A program searched for along PATH with stat (make, dash: no execve at all) and never found: the
// process then says so on stderr and fails. That search is the cause, reported as the program not
// found, with the places it looked. Real captures, README there.

import { describe, expect, it } from 'vitest';
import { saysNotFound } from '../../src/knowledge/stderr-messages.js';
import { analyzeReal } from './real-fixture.js';

const findings = async (name: string) => (await analyzeReal(name)).findings;

describe('a PATH search by stat that finds nothing', () => {
  it("make's recipe program: the search is the error, not the locale look-ups between it and make's message", async () => {
    const [f, exit] = await findings('make-recipe-program-not-found');
    expect(f).toMatchObject({ id: 'missing-file', severity: 'error', title: 'program not found: nosuchprog42 (looked in 10 places)', lines: [159, 160, 161, 162, 163, 164, 165, 166, 167, 168] });
    expect(f!.explanation).toContain('/usr/bin/nosuchprog42');
    expect(exit).toMatchObject({ id: 'nonzero-exit', title: 'make (pid 13026) exited with status 2' });
    expect(exit!.explanation).toContain('It most likely gave up because of the error found above: program not found: nosuchprog42');
  });

  it("dash's `sh -c nosuchcmd123` under strace -qq", async () => {
    const [f] = await findings('sh-command-not-found-qq');
    expect(f).toMatchObject({ id: 'missing-file', severity: 'error', title: 'program not found: nosuchcmd123 (looked in 10 places)' });
  });

  it('healthy traces that search PATH and find their program raise nothing', async () => {
    for (const name of ['git-status-small-repo', 'sh-c-yes-head-qq', 'gunicorn-prefork-healthy']) {
      expect((await findings(name)).filter((f) => f.id === 'missing-file' && f.severity !== 'info'), name).toEqual([]);
    }
  });
});

describe('saysNotFound: the name whole, right before the words', () => {
  it.each([
    ['make: nosuchprog42: No such file or directory', 'nosuchprog42', true],
    ['make: nosuchprog42: No such file…', 'nosuchprog42', true],
    ['sh: 1: nosuchcmd123: not found', 'nosuchcmd123', true],
    ['bash: nosuchcmd123: command not found', 'nosuchcmd123', true],
    ["cat: '/tmp/x': No such file or directory", 'x', true],
    ['make: *** [Makefile:2: all] Error 127', 'all', false],
    ['make: xnosuch: not found', 'nosuch', false],
    ['nosuch is here: fine', 'nosuch', false],
  ])('%s / %s', (text, name, says) => {
    expect(saysNotFound(text, name)).toBe(says);
  });
});

describe('an execve the kernel refuses for a reason other than the file', () => {
  it.each([
    ['perl-exec-e2big-env', 'could not run /bin/true: E2BIG', 174, 'larger than the kernel allows'],
    ['perl-exec-etxtbsy', 'could not run ./txtbusy: ETXTBSY', 176, 'open for writing'],
  ])('%s', async (name, title, line, why) => {
    const [f, exit] = await findings(name);
    expect(f).toMatchObject({ id: 'exec-failed', severity: 'error', title, lines: [line] });
    expect(f!.explanation).toContain(why);
    expect(exit).toMatchObject({ id: 'nonzero-exit' });
  });
});
