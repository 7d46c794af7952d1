// `tracex completion bash|zsh|fish`: the scripts parse in their shells, and completing real
// words in a real bash (and fish, when installed) gives commands, options, choices and files.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { runCli } from './run-cli.js';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));
const has = (shell: string): boolean => spawnSync(shell, ['-c', 'exit 0']).status === 0;

async function script(shell: string): Promise<string> {
  const r = await runCli(['completion', shell]);
  expect(r.code).toBe(0);
  return r.stdout;
}

/** What bash's completion function offers for a command line whose last word is being typed. */
function bashComplete(text: string, words: string[]): string[] {
  const probe = `${text}
COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${String(words.length - 1)}; COMPREPLY=()
_tracex
printf '%s\\n' "\${COMPREPLY[@]}"`;
  return execFileSync('bash', ['--norc', '--noprofile', '-c', probe], { cwd: SAMPLES, encoding: 'utf8' }).split('\n').filter(Boolean).sort();
}

describe('tracex completion bash', () => {
  it('is valid bash (bash -n) and registers _tracex for tracex', async () => {
    const text = await script('bash');
    expect(spawnSync('bash', ['-n'], { input: text }).status).toBe(0);
    expect(execFileSync('bash', ['--norc', '-c', `${text}\ncomplete -p tracex`], { encoding: 'utf8' })).toContain('-F _tracex tracex');
  });

  it('completes commands, options, option values and trace files in a real bash', async () => {
    const text = await script('bash');
    expect(bashComplete(text, ['tracex', 'sum'])).toEqual(['summary']);
    expect(bashComplete(text, ['tracex', 'summary', '--fo'])).toEqual(['--follow', '--format']);
    expect(bashComplete(text, ['tracex', 'summary', '--format', ''])).toEqual(['json', 'text']);
    // No command yet: the default command's (explain's) options and values.
    expect(bashComplete(text, ['tracex', '--format', ''])).toEqual(['json', 'markdown', 'ndjson', 'text']);
    expect(bashComplete(text, ['tracex', '--no-c'])).toEqual(['--no-color']);
    expect(bashComplete(text, ['tracex', 'rails'])).toEqual(['rails-db-setup-unix-socket-enoent.dtruss.txt']);
    expect(bashComplete(text, ['tracex', 'summary', 'psql-t'])).toEqual(['psql-tcp-refused.strace.txt']);
    expect(bashComplete(text, ['tracex', 'completion', ''])).toEqual(['bash', 'fish', 'zsh']);
    expect(bashComplete(text, ['tracex', 'run', '--tracer', 'd'])).toEqual(['dtruss']);
    // A value that is a number offers nothing (not file names).
    expect(bashComplete(text, ['tracex', '--width', ''])).toEqual([]);
  });

  it('names every command of the program (new commands complete without editing it)', async () => {
    const text = await script('bash');
    for (const c of buildProgram().commands.filter((x) => x.name() !== 'help')) expect(text).toContain(c.name());
  });
});

describe.skipIf(!has('zsh'))('tracex completion zsh', () => {
  it('is valid zsh (zsh -n) and registers with compdef after compinit', async () => {
    const text = await script('zsh');
    expect(spawnSync('zsh', ['-n'], { input: text }).status).toBe(0);
    const out = execFileSync('zsh', ['-f', '-c', `autoload -U compinit && compinit -u -D\n${text}\nprint -r -- $_comps[tracex]`], { encoding: 'utf8' });
    expect(out.trim()).toBe('_tracex');
  });
});

describe.skipIf(!has('fish'))('tracex completion fish', () => {
  it('is valid fish and completes commands, values and files (complete -C)', async () => {
    const text = await script('fish');
    // fish -n checks a file (with -c it exits 0 whatever the syntax).
    const file = join(mkdtempSync(join(tmpdir(), 'tracex-fish-')), 'tracex.fish');
    writeFileSync(file, text);
    expect(spawnSync('fish', ['--no-config', '-n', file]).status).toBe(0);
    const complete = (line: string): string[] =>
      execFileSync('fish', ['--no-config', '-c', `${text}\ncomplete -C '${line}'`], { cwd: SAMPLES, encoding: 'utf8' })
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]!)
        .sort();
    expect(complete('tracex sum')).toEqual(['summary']);
    expect(complete('tracex summary --format ')).toEqual(['json', 'text']);
    expect(complete('tracex rails')).toEqual(['rails-db-setup-unix-socket-enoent.dtruss.txt']);
  });
});

describe('tracex completion (unknown shell)', () => {
  it('exits 2 naming the shells it knows', async () => {
    const r = await runCli(['completion', 'ksh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bash, zsh, fish');
  });
});
