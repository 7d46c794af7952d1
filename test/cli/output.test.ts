import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Output } from '../../src/cli/output.js';

describe('Output', () => {
  it('keeps strings and byte buffers (small and bigger than its chunk) in the order written', async () => {
    const sink = new PassThrough();
    const got: Buffer[] = [];
    sink.on('data', (c: Buffer) => got.push(c));
    const out = new Output(sink);
    const big = Buffer.from('é'.repeat(50_000), 'utf8'); // 100,000 bytes: more than one chunk
    const line = '1195  1795617037.032671 brk(NULL)       = 0x55c901065000 <0.000007>\n';
    out.write('head ');
    out.write(Buffer.from('ünï ', 'utf8'));
    out.write(big);
    out.write(line);
    out.write(Buffer.from(line, 'utf8'));
    await out.end();
    expect(Buffer.concat(got).toString('utf8')).toBe('head ünï ' + 'é'.repeat(50_000) + line + line);
  });
});
