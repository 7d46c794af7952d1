// What an input's bytes are, told by content and not by name: gzip is decompressed whatever
// the file is called (also on stdin and while following a file), other compressed or binary
// data is refused in one sentence naming the input instead of being read as lines of garbage.

import { constants as zlib, createGunzip } from 'node:zlib';
import { InputError } from './sources.js';

/**
 * Leading bytes of containers a trace may arrive in. Sources: RFC 1952 (gzip), RFC 8878
 * (zstd), the .xz file format spec §2.1.1.1, bzip2's `BZh` header, PKWARE APPNOTE 4.3.7 (zip),
 * the LZ4 frame format, RFC 1950 is not listed (zlib streams have no file form), 7-Zip's
 * 7zFormat.txt, the ELF gABI and Mach-O's <mach-o/loader.h>, PNG/PDF by their specs.
 */
const SIGNATURES: readonly { bytes: readonly number[]; what: string; fix: string }[] = [
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], what: 'zstd-compressed data', fix: 'decompress it first (zstd -d {name}, or zstdcat {name} | tracex)' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'xz-compressed data', fix: 'decompress it first (xz -d {name}, or xzcat {name} | tracex)' },
  { bytes: [0x42, 0x5a, 0x68], what: 'bzip2-compressed data', fix: 'decompress it first (bzip2 -d {name}, or bzcat {name} | tracex)' },
  { bytes: [0x04, 0x22, 0x4d, 0x18], what: 'lz4-compressed data', fix: 'decompress it first (lz4 -d {name}, or lz4cat {name} | tracex)' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive', fix: 'extract the trace first (unzip {name}, or unzip -p {name} | tracex)' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive', fix: 'extract the trace first (7z x {name})' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an ELF program, not a trace', fix: 'trace it instead (tracex run -- {name})' },
  { bytes: [0xcf, 0xfa, 0xed, 0xfe], what: 'a Mach-O program, not a trace', fix: 'trace it instead (tracex run -- {name})' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image, not a trace', fix: 'give the trace file itself' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document, not a trace', fix: 'give the trace file itself' },
];

/** gzip's two magic bytes (RFC 1952 §2.3.1). */
const GZIP = [0x1f, 0x8b];

/** Bytes looked at before deciding: enough for every signature. */
const SIGNATURE_BYTES = 8;
/** Bytes of the first read sampled for binary content; fewer than MIN_SAMPLE are not judged. */
const SAMPLE_BYTES = 4096;
const MIN_SAMPLE = 64;
/**
 * Share of sampled bytes that are control bytes or not UTF-8 above which the input is binary.
 * Random or compressed data scores about half; a trace with a few odd bytes close to 0.
 */
const BINARY_SHARE = 0.3;

/**
 * A followed file was cut (`truncate`, logrotate's copytruncate) or replaced (rotated):
 * reading goes on from its start, and line numbers start over.
 */
export interface RestartMark {
  restart: 'truncated' | 'replaced';
}

/**
 * A chunk of input: bytes, text already decoded (a library caller's string), or a restart.
 * Bytes are valid only until the next chunk is asked for (a file is read into one buffer
 * again and again, ingest/file-read.ts): what is kept longer is copied.
 */
export type Chunk = Buffer | string | RestartMark;

/**
 * How an input stream ended early: the bytes were cut (a capture still being written, a
 * partial copy) or damaged in the middle. Thrown by `inputContent` after every line before the
 * damage was handed on; the line reader ends the input there and reports it.
 */
export class DamagedInput extends Error {
  constructor(
    readonly kind: 'truncated' | 'corrupt',
    message: string,
  ) {
    super(message);
    this.name = 'DamagedInput';
  }
}

/** How the input is called in messages: its path, or "standard input" for `-`. */
export function inputLabel(name: string): string {
  return name === '-' ? 'standard input' : name;
}

/**
 * The input's text bytes: gzip is decompressed, a known compressed, archive or program
 * format or other binary data throws an InputError naming the input.
 */
export async function* inputContent(chunks: AsyncIterable<Chunk>, name: string): AsyncGenerator<Chunk> {
  const it = chunks[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headBytes = 0;
  // Wait for enough bytes to see a signature (a pipe may hand them over one at a time).
  while (headBytes < SIGNATURE_BYTES) {
    const next = await it.next();
    if (next.done) break;
    if (!Buffer.isBuffer(next.value)) {
      // Decoded text, or a followed file started over before its first bytes: nothing to sniff.
      yield* head;
      yield next.value;
      yield* rest(it);
      return;
    }
    headBytes += next.value.length;
    // Kept across the next read: a copy, unless it already holds enough bytes.
    head.push(headBytes < SIGNATURE_BYTES ? Buffer.from(next.value) : next.value);
  }
  const first = Buffer.concat(head);
  const tail = rest(it);
  if (startsWith(first, GZIP)) {
    yield* gunzip(prepend(first, tail), name);
    return;
  }
  refuseBinary(first, name);
  if (first.length) yield first;
  yield* tail;
}

/** Throws for a signature of something that is not trace text, or for binary data. */
function refuseBinary(first: Buffer, name: string): void {
  const label = inputLabel(name);
  const cmdName = name === '-' ? 'FILE' : name;
  const sig = SIGNATURES.find((s) => startsWith(first, s.bytes));
  if (sig) throw new InputError(`${label}: ${sig.what}; ${sig.fix.replaceAll('{name}', cmdName)}`);
  const utf16 = utf16WithoutMark(first);
  if (utf16) throw new InputError(`${label}: UTF-16 text without a byte order mark; convert it first (iconv -f ${utf16} -t UTF-8 ${cmdName})`);
  if (first.length >= MIN_SAMPLE && binaryShare(first.subarray(0, SAMPLE_BYTES)) > BINARY_SHARE) {
    throw new InputError(`${label}: binary data, not trace text (give the file strace -o, dtruss or ops wrote; if it is compressed, decompress it first)`);
  }
}

/** UTF-16 text (every second byte NUL in an ASCII trace) that came without its mark. */
function utf16WithoutMark(b: Buffer): 'UTF-16LE' | 'UTF-16BE' | undefined {
  const n = Math.min(b.length, SAMPLE_BYTES) & ~1;
  if (n < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.9 && evenZero === 0) return 'UTF-16LE';
  if (evenZero > half * 0.9 && oddZero === 0) return 'UTF-16BE';
  return undefined;
}

/** Share of bytes that text does not have: control bytes (not tab, newline, CR, FF, VT, ESC) and invalid UTF-8. */
function binaryShare(b: Buffer): number {
  if (b.length === 0) return 0;
  let bad = 0;
  let i = 0;
  // A character cut by the end of the sample is not counted against the input.
  const end = b.length;
  while (i < end) {
    const c = b[i]!;
    if (c < 0x80) {
      if ((c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 0x1b) || c === 0x7f) bad++;
      i++;
      continue;
    }
    const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len === 0) {
      bad++;
      i++;
      continue;
    }
    if (i + len > end) break;
    let ok = true;
    for (let k = 1; k < len; k++) if ((b[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok) i += len;
    else {
      bad++;
      i++;
    }
  }
  return bad / b.length;
}

/**
 * gunzip that hands out every byte it could decompress. A stream cut short (a capture still
 * being written) and one damaged in the middle end with a DamagedInput after their last good
 * byte instead of zlib's error (which with the default finish drops the last decompressed block).
 */
async function* gunzip(chunks: AsyncIterable<Buffer>, name: string): AsyncGenerator<Buffer> {
  // Sync flush at the end: what arrived is all handed out; the explicit finishing flush below
  // then tells a complete stream (nothing more to do) from a cut one (unexpected end of file).
  const z = createGunzip({ finishFlush: zlib.Z_SYNC_FLUSH });
  let failure: Error | undefined;
  const stopped = (): boolean => failure !== undefined || z.destroyed;
  /** Resolves when zlib wants more input, or will never (destroyed). */
  const drained = (): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => {
        z.off('drain', done).off('close', done);
        resolve();
      };
      z.on('drain', done).on('close', done);
    });
  void (async () => {
    try {
      for await (const c of chunks) {
        if (stopped()) return;
        if (!z.write(c) && !stopped()) await drained();
      }
      if (stopped()) return;
      await new Promise<void>((resolve) => z.flush(zlib.Z_FINISH, () => resolve()));
      z.end();
    } catch (err) {
      // The source itself failed (a read error): end the gzip stream with it.
      z.destroy(err as Error);
    }
  })();
  try {
    for await (const out of z) yield out as Buffer;
  } catch (err) {
    failure = err as Error;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'Z_BUF_ERROR') throw new DamagedInput('truncated', `${inputLabel(name)}: the gzip stream ended early (cut short, or still being written)`);
    if (code !== undefined && code.startsWith('Z_')) {
      throw new DamagedInput('corrupt', `${inputLabel(name)}: the gzip data is corrupt (${(err as Error).message})`);
    }
    throw err;
  } finally {
    // Not waiting for the feeding loop: a followed file's next read may never come.
    z.destroy();
  }
}

async function* rest<T>(it: AsyncIterator<T>): AsyncGenerator<T> {
  for (;;) {
    const next = await it.next();
    if (next.done) return;
    yield next.value;
  }
}

/**
 * The compressed bytes: the head, then the rest (a restart inside a gzip file cannot be followed: skipped).
 * Copies: zlib may still hold a chunk when the next one is read.
 */
async function* prepend(first: Buffer, tail: AsyncIterable<Chunk>): AsyncGenerator<Buffer> {
  if (first.length) yield first;
  for await (const c of tail) {
    if (typeof c === 'string' || Buffer.isBuffer(c)) yield Buffer.from(c);
  }
}

function startsWith(b: Buffer, sig: readonly number[]): boolean {
  return b.length >= sig.length && sig.every((v, i) => b[i] === v);
}
