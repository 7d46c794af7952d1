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

  it('reads a read of ASCII bytes and a read with UTF-8 alike (the ASCII fast path), also with a character split between them', async () => {
    // hand-built in strace 6.1's shape: an ASCII line, then lines with two- and four-byte characters
    const text = '1 close(3) = 0\n1 openat(AT_FDCWD, "/tmp/é€😀", O_RDONLY) = 3\n1 read(3, "ü", 2) = 2\n';
    const want = text.slice(0, -1).split('\n');
    const bytes = Buffer.from(text);
    for (const n of [1, 2, 3, 15, 16, 17, 40, 1 << 16]) expect(await lines(pieces(bytes, n))).toEqual(want);
    // bytes that are not UTF-8 still become U+FFFD, never Latin-1 characters
    expect(await lines([Buffer.from('1 close(3) = 0\n'), Buffer.from([0x61, 0xe9, 0x62, 0x0a])])).toEqual(['1 close(3) = 0', 'a\ufffdb']);
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

describe('--max-line-bytes bounds a line in bytes, wherever the reads split it', () => {
  async function batches(chunks: Buffer[], max: number): Promise<{ lines: string[]; cut: { line: number; bytes: number }[] }> {
    const out: string[] = [];
    const cut: { line: number; bytes: number }[] = [];
    for await (const b of lineBatches(Readable.from(chunks), { maxLineBytes: max })) {
      for (const c of b.cut ?? []) cut.push({ line: out.length + c.index + 1, bytes: c.bytes });
      out.push(...b);
    }
    return { lines: out, cut };
  }
  // hand-built in strace 6.1's shape: 12 ASCII bytes, then two-byte characters
  const line = (n: number) => `1 write(1, "${'é'.repeat(n)}`;

  it('keeps a line of exactly the limit whole and cuts one byte more, counting UTF-8 bytes, not characters', async () => {
    const exact = line(44); // 12 + 88 = 100 bytes, 56 characters
    expect(Buffer.byteLength(exact)).toBe(100);
    for (const size of [1, 7, 100, 1 << 16]) {
      const r = await batches(pieces(Buffer.from(`a\n${exact}\nb\n`), size), 100);
      expect(r.lines).toEqual(['a', exact, 'b']);
      expect(r.cut).toEqual([]);
      const over = await batches(pieces(Buffer.from(`a\n${exact}x\nb\n`), size), 100);
      expect(over.lines).toEqual(['a', exact, 'b']);
      expect(over.cut).toEqual([{ line: 2, bytes: 101 }]);
    }
  });

  it('cuts on a whole character and reports the line\'s full length; the lines after keep their numbers', async () => {
    const long = line(300); // 612 bytes
    const r = await batches(pieces(Buffer.from(`${long}\r\n${long}\nlast`), 5), 101);
    // 101 bytes would end inside an é: the cut keeps 100
    expect(r.lines).toEqual([line(44), line(44), 'last']);
    expect(r.cut).toEqual([{ line: 1, bytes: 613 }, { line: 2, bytes: 612 }]);
  });

  it('holds at most the limit of an endless line (a 64 MiB line without a newline)', async () => {
    async function* endless(): AsyncGenerator<Buffer> {
      const chunk = Buffer.alloc(1 << 20, 'x');
      for (let i = 0; i < 64; i++) yield chunk;
    }
    const out: string[] = [];
    let cut: unknown;
    for await (const b of lineBatches(endless(), { maxLineBytes: 4096 })) {
      out.push(...b);
      cut = b.cut;
    }
    expect(out).toEqual(['x'.repeat(4096)]);
    expect(cut).toEqual([{ index: 0, bytes: 64 << 20 }]);
  });
});
