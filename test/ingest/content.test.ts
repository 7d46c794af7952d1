// Inputs told by their bytes, not their names: gzip anywhere, other containers and binary data refused.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inputContent } from '../../src/ingest/content.js';
import { lineBatches, type LineBatch } from '../../src/ingest/lines.js';

const SAMPLE = new URL('../../samples/psql-unix-socket-enoent.strace.txt', import.meta.url);
const TEXT = readFileSync(SAMPLE, 'utf8');

async function read(bytes: Buffer, name = 'trace', pieceSize = 1 << 16): Promise<{ lines: string[]; last: LineBatch | undefined }> {
  const pieces: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += pieceSize) pieces.push(bytes.subarray(i, i + pieceSize));
  const lines: string[] = [];
  let last: LineBatch | undefined;
  for await (const b of lineBatches(inputContent(Readable.from(pieces), name))) {
    lines.push(...b);
    last = b;
  }
  return { lines, last };
}

describe('gzip by content', () => {
  it('decompresses gzip whatever the name, in small pieces too (a pipe)', async () => {
    const gz = gzipSync(TEXT);
    const { lines, last } = await read(gz, 'trace.txt', 7);
    expect(lines).toEqual(TEXT.split('\n').slice(0, -1));
    expect(last?.damage).toBeUndefined();
  });

  it('a capture cut with head -c gives every line before the cut, then says it ended early', async () => {
    const dir = mkdtempSync('/tmp/tracex-content-');
    execFileSync('sh', ['-c', `gzip -c '${SAMPLE.pathname}' > ${dir}/t.gz && head -c 5000 ${dir}/t.gz > ${dir}/cut.gz`]);
    const { lines, last } = await read(readFileSync(`${dir}/cut.gz`), `${dir}/cut.gz`);
    expect(lines.length).toBeGreaterThan(500);
    expect(lines.slice(0, -1)).toEqual(TEXT.split('\n').slice(0, lines.length - 1));
    expect(last?.damage).toEqual({ kind: 'truncated', message: `${dir}/cut.gz: the gzip stream ended early (cut short, or still being written)` });
  });

  it('a gzip file damaged in the middle (dd over its data) keeps what was read and says it is corrupt', async () => {
    const dir = mkdtempSync('/tmp/tracex-content-');
    execFileSync('sh', ['-c', `gzip -c '${SAMPLE.pathname}' > ${dir}/t.gz && dd if=/dev/zero of=${dir}/t.gz bs=1 seek=4000 count=64 conv=notrunc 2>/dev/null`]);
    const { lines, last } = await read(readFileSync(`${dir}/t.gz`), 't.gz');
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.slice(0, 100)).toEqual(TEXT.split('\n').slice(0, 100));
    expect(last?.damage?.kind).toBe('corrupt');
    expect(last?.damage?.message).toMatch(/^t\.gz: the gzip data is corrupt \(/);
  });

  it('concatenated gzip members (gzip -c a >> t.gz) are one complete stream', async () => {
    const { lines, last } = await read(Buffer.concat([gzipSync('a\n'), gzipSync('b\n')]));
    expect(lines).toEqual(['a', 'b']);
    expect(last?.damage).toBeUndefined();
  });
});

describe('what is not trace text', () => {
  const refuse = (bytes: Buffer, name: string) => read(bytes, name).then(() => 'read', (e: Error) => e.message);

  it('names the input and the tool that decompresses it (zstd, xz, bzip2, zip)', async () => {
    const dir = mkdtempSync('/tmp/tracex-content-');
    const made = (cmd: string, out: string): Buffer => {
      execFileSync('sh', ['-c', `${cmd} < '${SAMPLE.pathname}' > ${dir}/${out}`]);
      return readFileSync(`${dir}/${out}`);
    };
    expect(await refuse(made('xz -c', 't.xz'), 't.xz')).toBe('t.xz: xz-compressed data; decompress it first (xz -d t.xz, or xzcat t.xz | tracex)');
    expect(await refuse(made('bzip2 -c', 't.bz2'), '-')).toBe('standard input: bzip2-compressed data; decompress it first (bzip2 -d FILE, or bzcat FILE | tracex)');
    // zstd frame magic (RFC 8878 §3.1.1), as `zstd` writes it
    expect(await refuse(Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x24, 0x05, 0x29, 0, 0, 0x61, 0x0a]), 't.zst')).toBe('t.zst: zstd-compressed data; decompress it first (zstd -d t.zst, or zstdcat t.zst | tracex)');
    expect(await refuse(Buffer.from('PK\x03\x04\x14\x00\x00\x00', 'latin1'), 'traces.zip')).toMatch(/^traces\.zip: a zip archive; extract/);
  });

  it('refuses a program and random bytes in one line, and UTF-16 without its mark with the iconv to run', async () => {
    expect(await refuse(readFileSync(process.execPath).subarray(0, 1 << 16), 'node')).toBe('node: an ELF program, not a trace; trace it instead (tracex run -- node)');
    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 2654435761) >>> 24;
    expect(await refuse(random, 'blob')).toMatch(/^blob: binary data, not trace text/);
    expect(await refuse(Buffer.from(TEXT.slice(0, 500), 'utf16le'), 't.txt')).toBe('t.txt: UTF-16 text without a byte order mark; convert it first (iconv -f UTF-16LE -t UTF-8 t.txt)');
  });

  it('keeps reading a text trace with a few odd bytes in it (untrusted text, not binary)', async () => {
    const odd = Buffer.concat([Buffer.from(TEXT.slice(0, 2000)), Buffer.from([0x01, 0x00, 0xff, 0xfe, 0x0a]), Buffer.from(TEXT.slice(2000))]);
    const { lines } = await read(odd);
    expect(lines.length).toBe(TEXT.split('\n').length);
    // Latin-1 bytes in a path name are not UTF-8, still text.
    const latin1 = Buffer.from('1234  openat(AT_FDCWD, "/tmp/caf\xe9", O_RDONLY) = 3\n', 'latin1');
    expect((await read(latin1)).lines).toEqual(['1234  openat(AT_FDCWD, "/tmp/caf\ufffd", O_RDONLY) = 3']);
  });

  it('a few bytes of text (shorter than any signature) are read', async () => {
    expect((await read(Buffer.from('x\n'))).lines).toEqual(['x']);
    expect((await read(Buffer.alloc(0))).lines).toEqual([]);
  });
});
