// A file is read into one buffer again and again (ingest/file-read.ts): whatever keeps bytes
// past the next read must have copied them, or the lines come out with later bytes in them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { inputContent } from '../../src/ingest/content.js';
import { FileChunks } from '../../src/ingest/file-read.js';
import { lineBatches } from '../../src/ingest/lines.js';

/** `bytes` handed out `n` at a time through ONE buffer that the next piece overwrites, as FileChunks does. */
async function* reused(bytes: Buffer, n: number): AsyncGenerator<Buffer> {
  const buf = Buffer.alloc(n);
  for (let i = 0; i < bytes.length; i += n) {
    const got = bytes.copy(buf, 0, i, Math.min(i + n, bytes.length));
    yield buf.subarray(0, got);
    buf.fill(0x21); // what a later read would have put there
  }
}

async function linesOf(chunks: AsyncIterable<Buffer>): Promise<string[]> {
  const out: string[] = [];
  for await (const b of lineBatches(inputContent(chunks, 'test'))) out.push(...b);
  return out;
}

// Synthetic lines in strace 6.1's `-f -T` shape (built from the documented format, not captured).
const TEXT = Array.from({ length: 400 }, (_, k) => `${String(1000 + (k % 7))}  read(3, "line ${String(k)} é", 4096) = ${String(k)} <0.000010>`).join('\n') + '\n';
const WANT = TEXT.slice(0, -1).split('\n');

const dir = mkdtempSync(join(tmpdir(), 'tracex-file-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading through one reused buffer', () => {
  it('keeps every line whole when reads are shorter than the lines and than the signature test', async () => {
    for (const n of [3, 7, 64, 1000]) expect(await linesOf(reused(Buffer.from(TEXT), n))).toEqual(WANT);
  });

  it('keeps gzip input whole: zlib is fed copies, not the buffer the next read overwrites', async () => {
    const gz = gzipSync(Buffer.from(TEXT));
    for (const n of [5, 100, 4096]) expect(await linesOf(reused(gz, n))).toEqual(WANT);
  });

  it('a file read in many reads gives its bytes in order and counts them', async () => {
    // Larger than one read, so the buffer is refilled.
    const bytes = Buffer.from(TEXT.repeat(20));
    const path = join(dir, 'trace.txt');
    writeFileSync(path, bytes);
    const file = new FileChunks(path);
    const parts: Buffer[] = [];
    for await (const c of file) parts.push(Buffer.from(c));
    expect(parts.length).toBeGreaterThan(1);
    expect(Buffer.concat(parts).equals(readFileSync(path))).toBe(true);
    expect(file.bytesRead).toBe(bytes.length);
    expect(await linesOf(new FileChunks(path))).toEqual(TEXT.repeat(20).slice(0, -1).split('\n'));
  });
});
