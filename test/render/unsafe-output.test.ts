// One table of unsafe code points, one escape per output kind: no control, bidi or invisible
// character from a trace reaches the terminal, Markdown or JSON raw (JSON.stringify escapes
// only C0). The reproductions of issue 17.6: `parse` of the bundled psql sample carried 68 raw
// DEL/C1 characters, `decode sockaddr` printed an OSC 52 clipboard write raw, and the
// format-error message quoted unread lines raw.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeBlock, escapeMarkdown, inlineCode, jsonText, sanitize } from '../../src/render/sanitize.js';
import { runCli, sample } from '../cli/run-cli.js';

/** Written out here, independently of the table under test: what must never appear raw. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;
const SAMPLES = ['\x1b]52;c;aGk=\x07', '\x7f', '\u009b31m', '\u0085', '\u202e', '\u202a', '\u2066', '\u2069', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff', '\u2028'];

describe('the escape for each output kind', () => {
  it.each(SAMPLES)('%j is escaped visibly on the terminal and in Markdown, as \\u in JSON', (ch) => {
    const text = `/etc/pass${ch}wd`;
    expect(sanitize(text)).not.toMatch(RAW);
    expect(sanitize(text)).toMatch(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|a)/);
    expect(escapeMarkdown(text)).not.toMatch(RAW);
    const json = jsonText({ path: text }, 2);
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/u);
    expect(JSON.parse(json)).toEqual({ path: text });
  });

  it('keeps ordinary text as it is (no escape for letters, emoji or tabs in JSON layout)', () => {
    expect(sanitize('日本 ünï 👍')).toBe('日本 ünï 👍');
    expect(jsonText({ a: ['日本', 1] }, 2)).toBe(JSON.stringify({ a: ['日本', 1] }, null, 2));
  });
});

describe('Markdown fences on a huge line', () => {
  it('are found without spreading every backtick run onto the stack (300,000 runs in one string)', () => {
    const many = '`a'.repeat(300_000);
    expect(inlineCode(many).startsWith('`` ')).toBe(true);
    expect(codeBlock(['~~~ '.repeat(300_000)]).startsWith('````\n')).toBe(true);
  });
});

describe('the zero-width joiner', () => {
  it('is kept between two emoji (one picture: 👩‍👩‍👧) and escaped anywhere else, where it only hides', () => {
    expect(sanitize('/tmp/\u{1f469}\u200d\u{1f469}\u200d\u{1f467}.txt')).toBe('/tmp/\u{1f469}\u200d\u{1f469}\u200d\u{1f467}.txt');
    expect(sanitize('/etc/pass\u200dwd')).toBe('/etc/pass\\u200dwd');
    expect(sanitize('a\u200d\u{1f469}')).toBe('a\\u200d\u{1f469}');
  });
});

describe('every output path of the CLI', () => {
  const psql = sample('psql-unix-socket-enoent.strace.txt');

  it.each([
    [['parse', psql]],
    [['parse', '--format', 'json', psql]],
    [['--format', 'json', psql]],
    [['summary', '--format', 'json', psql]],
    [[psql]],
    [['annotate', psql]],
  ])('tracex %j carries no raw DEL/C1/bidi/zero-width character (the psql sample has 68)', async (args) => {
    const r = await runCli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
  });

  it('parse keeps the values: the escapes parse back to the characters strace printed', async () => {
    const r = await runCli(['parse', psql]);
    expect(r.stdout).toContain('\\u007f');
    const strings = r.stdout.trim().split('\n').map((l) => JSON.stringify(JSON.parse(l)));
    expect(strings.some((s) => s.includes('\u007f'))).toBe(true);
  });

  it('decode sockaddr shows an AF_UNIX path with an OSC 52 clipboard write escaped (text and --json)', async () => {
    const bytes = Buffer.from('\x1b]52;c;aGk=\x07/etc/pass\u200bwd\u009b', 'utf8').toString('hex');
    const text = await runCli(['decode', 'sockaddr', '0100', bytes]);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(RAW);
    expect(text.stdout).toContain('\\x1b]52;c;aGk=\\a/etc/pass\\u200bwd\\x9b');
    const json = await runCli(['decode', '--json', 'sockaddr', '0100', bytes]);
    expect(json.stdout).not.toMatch(RAW);
    expect(json.stdout).toContain('\\u001b]52;c;aGk=\\u0007/etc/pass\\u200bwd\\u009b');
  });

  it('the format-error message quotes the unread lines escaped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tracex-unsafe-'));
    const file = join(dir, 'not-a-trace.txt');
    writeFileSync(file, 'hello \x1b]52;c;aGk=\x07 there\nsecond \u009b31m line \u202etxt.exe\nthird\n');
    const r = await runCli([file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/could not recognise the trace format/);
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stderr).toContain('hello \\x1b]52;c;aGk=\\a there');
    expect(r.stderr).toContain('\\x9b31m line \\u202etxt.exe');
  });
});
