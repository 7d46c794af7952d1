// Strings of millions of characters (allowed once --max-line-bytes is raised): every reader of
// argument text and every sentence must get through them. A regex that repeats an alternation
// per character (`(?:[^"\\]|\\.)*`) overflows V8's stack near 10M characters; loops do not.
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { explainOptions, explainTrace } from '../../src/cli/explain.js';
import { openTrace } from '../../src/cli/input.js';
import { renderStoryLine } from '../../src/render/text.js';

const N = 12_000_000;

// Lines in strace 6.1's shapes (-f -yy -s with a huge limit), built from the documented format.
function lines(): string[] {
  const big = (c: string) => c.repeat(N);
  return [
    `1234  execve("/bin/sh", ["sh", "${big('x')}"], 0x7ff /* 3 vars */) = 0`,
    `1234  writev(1, [{iov_base="${big('y')}", iov_len=${N}}], 1) = ${N}`,
    `1234  read(3<UNIX-STREAM:[1->2,"${big('w')}"]>, "x", 1) = 1`,
    `1234  write(1, "${'ab\\n'.repeat(N / 4)}", ${N}) = ${N}`,
    `1234  openat(AT_FDCWD, "${big('/')}", O_RDONLY) = -1 ENOENT (No such file or directory)`,
    '1234  exit_group(0) = ?',
  ];
}

describe('a 12M-character string in each argument shape', () => {
  it('is explained, line by line, without overflowing the regex stack', async () => {
    async function* text(): AsyncGenerator<string> {
      for (const l of lines()) yield l + '\n';
    }
    const trace = await openTrace(['-'], { maxLineBytes: 64 << 20 }, Readable.from(text()) as unknown as PassThrough);
    const told: string[] = [];
    const rest = await explainTrace(trace, explainOptions({}, { isTTY: false, env: {} }), true, (s) => {
      told.push(renderStoryLine(s, { color: false, format: 'strace' }).slice(0, 400));
    });
    expect(rest.stats.unparsed).toBe(0);
    expect(rest.stats.lines).toBe(6);
    expect(told.join('\n')).toMatch(/Started running \/bin\/sh as: sh x+/);
    expect(told.join('\n')).toMatch(/Wrote 12000000 bytes to fd 1 \(stdout\): "ab\\nab/);
  }, 120_000);
});
