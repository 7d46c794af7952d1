// One colour decision for every command and the browser: the command line, then FORCE_COLOR,
// NO_COLOR, TERM=dumb, then whether the output is a terminal.
import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/render/color.js';
import { tuiColorLevel } from '../../src/cli/browse.js';
import { runCli, sample } from '../cli/run-cli.js';

const TTY = true;
const PIPE = false;

describe('colorLevel', () => {
  it.each([
    // [--color, output is a terminal, environment, level]
    ['auto', TTY, {}, 1],
    ['auto', TTY, { TERM: 'xterm-256color' }, 2],
    ['auto', TTY, { COLORTERM: 'truecolor' }, 3],
    ['auto', PIPE, {}, 0],
    ['auto', TTY, { NO_COLOR: '1' }, 0],
    ['auto', TTY, { NO_COLOR: '' }, 1], // no-color.org: set and not empty
    ['auto', TTY, { TERM: 'dumb' }, 0],
    ['auto', PIPE, { FORCE_COLOR: '1' }, 1],
    ['auto', PIPE, { FORCE_COLOR: '' }, 1], // as Node reads it
    ['auto', PIPE, { FORCE_COLOR: 'true' }, 1],
    ['auto', PIPE, { FORCE_COLOR: '2' }, 2],
    ['auto', PIPE, { FORCE_COLOR: '3' }, 3],
    ['auto', TTY, { FORCE_COLOR: '0' }, 0],
    ['auto', TTY, { FORCE_COLOR: 'false' }, 0],
    ['auto', PIPE, { FORCE_COLOR: '1', NO_COLOR: '1' }, 1], // FORCE_COLOR wins, as in Node and chalk
    ['auto', PIPE, { FORCE_COLOR: '1', TERM: 'dumb' }, 1],
    ['always', PIPE, { NO_COLOR: '1' }, 1], // the command line wins over the environment
    ['always', PIPE, { FORCE_COLOR: '0' }, 1],
    ['always', PIPE, { FORCE_COLOR: '3' }, 3],
    ['never', TTY, { FORCE_COLOR: '3' }, 0],
    [false, TTY, { FORCE_COLOR: '3' }, 0], // --no-color
  ] as const)('--color %s, terminal %s, %j → %i', (choice, isTTY, env, level) => {
    expect(colorLevel(choice, isTTY, env)).toBe(level);
  });

  it('is what the browser hands Ink as FORCE_COLOR', () => {
    expect(tuiColorLevel({ TERM: 'dumb' })).toBe('0');
    expect(tuiColorLevel({ NO_COLOR: '1', TERM: 'xterm-256color' })).toBe('0');
    expect(tuiColorLevel({ TERM: 'xterm-256color' })).toBe('2');
    expect(tuiColorLevel({ TERM: 'xterm-256color' }, false)).toBe('0');
    expect(tuiColorLevel({ NO_COLOR: '1' }, 'always')).toBe('1');
  });
});

describe('colour on the command line (output piped)', () => {
  const ESC = '\x1b[';
  const file = sample('rails-db-setup-unix-socket-enoent.dtruss.txt');
  const env = { NO_COLOR: '', FORCE_COLOR: '', TERM: 'xterm' };

  it.each([
    ['explain', [file]],
    ['summary', ['summary', file]],
  ])('%s: FORCE_COLOR=1 colours a pipe, FORCE_COLOR=0 and --no-color do not', async (_name, args) => {
    const forced = await runCli([...args], { env: { ...env, FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain(ESC);
    const off = await runCli([...args], { env: { ...env, FORCE_COLOR: '0' } });
    expect(off.stdout).not.toContain(ESC);
    const no = await runCli([...args, '--no-color'], { env: { ...env, FORCE_COLOR: '1' } });
    expect(no.code).toBe(0);
    expect(no.stdout).not.toContain(ESC);
    const always = await runCli([...args, '--color', 'always'], { env: { ...env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    expect(always.stdout).toContain(ESC);
  });
});
