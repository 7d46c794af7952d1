// A mistyped command is not read as a file name: exit 2 with the command it was close to.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closestNames, editDistance } from '../../src/text/closest.js';
import { CLI, plainEnv, runCli, sample } from './run-cli.js';

describe('closestNames', () => {
  it('counts typos as edits, a swap of neighbours as one', () => {
    expect(editDistance('sumary', 'summary')).toBe(1);
    expect(editDistance('explian', 'explain')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests only what a typo explains', () => {
    const names = ['explain', 'annotate', 'summary', 'parse', 'decode', 'browse', 'run'];
    expect(closestNames('sumary', names)).toEqual(['summary']);
    expect(closestNames('Summary', names)).toEqual(['summary']);
    expect(closestNames('rn', names)).toEqual(['run']);
    expect(closestNames('trace.txt', names)).toEqual([]);
    expect(closestNames('t', names)).toEqual([]);
    expect(closestNames('xyz', names)).toEqual([]);
  });
});

describe('tracex <mistyped command>', () => {
  it('exits 2 with the suggestion instead of "no such file"', async () => {
    const r = await runCli(['sumary', sample('psql-tcp-refused.strace.txt')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('"sumary" is not a command');
    expect(r.stderr).toContain('did you mean `tracex summary`?');
  });

  it('reads a file that happens to be named like a typo of a command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tracex-typo-'));
    const file = join(dir, 'sumary');
    writeFileSync(file, 'close(3)                                = 0\n');
    const r = await runCli([file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('close(3)');
    // Relative to the working directory too: the word itself is the path.
    const rel = spawnSync(process.execPath, [CLI, 'sumary'], { cwd: dir, encoding: 'utf8', env: plainEnv() });
    expect(rel.status).toBe(0);
    expect(rel.stdout).toContain('close(3)');
  });

  it('keeps "no such file" for a word far from every command', async () => {
    const r = await runCli(['no-such-trace.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such-trace.txt: no such file');
    expect(r.stderr).not.toContain('did you mean');
  });
});
