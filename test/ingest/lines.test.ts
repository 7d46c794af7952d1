// Bytes → lines, for inputs that went through editors and Windows tools on their way here.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inputContent } from '../../src/ingest/content.js';
import { lineBatches } from '../../src/ingest/lines.js';

async function lines(chunks: Buffer[]): Promise<string[]> {
  const out: string[] = [];
  for await (const b of lineBatches(Readable.from(chunks))) out.push(...b);
  return out;
}

/** `bytes` cut into pieces of `n` bytes, as a slow pipe might deliver them. */
function pieces(bytes: Buffer, n: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += n) out.push(bytes.subarray(i, i + n));
  return out;
}

// hand-built in strace 6.1's shape
const TEXT = '1234  openat(AT_FDCWD, "/tmp/é", O_RDONLY) = 3\r\n1234  close(3) = 0\r\n';
const WANT = ['1234  openat(AT_FDCWD, "/tmp/é", O_RDONLY) = 3', '1234  close(3) = 0'];

describe('lineBatches', () => {
  it('drops a UTF-8 byte order mark (a trace saved by a Windows editor)', async () => {
    expect(await lines([Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])])).toEqual(WANT);
  });

  it('reads UTF-16LE with its mark (PowerShell `>`), also when a character is split between reads', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    expect(await lines([bytes])).toEqual(WANT);
    expect(await lines(pieces(bytes, 3))).toEqual(WANT);
  });

  it('reads UTF-16BE with its mark, in odd-sized reads', async () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]);
    expect(await lines(pieces(bytes, 5))).toEqual(WANT);
  });

  it('leaves a file without a mark as UTF-8, and a mark in the middle alone', async () => {
    const mid = Buffer.concat([Buffer.from('a\n'), Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('b\n')]);
    expect(await lines([mid])).toEqual(['a', '\ufeffb']);
  });
});

describe('a .gz capture cut short', () => {
  it('is read up to where it ends, without an error (a capture still being written)', async () => {
    const text = readFileSync(new URL('../../samples/psql-unix-socket-enoent.strace.txt', import.meta.url), 'utf8');
    const gz = gzipSync(text);
    const cut = gz.subarray(0, Math.floor(gz.length / 2));
    const lines: string[] = [];
    for await (const b of lineBatches(inputContent(Readable.from([cut]), 'trace.txt.gz'))) lines.push(...b);
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.length).toBeLessThan(1008);
    // What was read is the start of the trace, line for line.
    expect(lines.slice(0, -1)).toEqual(text.split('\n').slice(0, lines.length - 1));
  });
});
