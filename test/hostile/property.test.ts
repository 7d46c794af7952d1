// Property tests (fast-check) over REAL lines — the shared corpus (strace, dtruss, Nanos from
// other machines) and test/fixtures/real — cut, mutated, spliced, split into arbitrary reads
// and gzip streams cut anywhere. For every case: nothing throws (a refusal of binary data is
// one InputError naming the input), every input line becomes exactly one record (read +
// unread == input lines), and the work is bounded by the line count: one record per line,
// never more, with a fixed number of runs — no wall-clock limits.
import { readdirSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { readTrace } from '../../src/index.js';
import { InputError } from '../../src/ingest/sources.js';
import type { TraceFormat } from '../../src/model/index.js';
import { CORPUS, itCorpus } from '../helpers/corpus.js';

const REAL_FIXTURES = new URL('../fixtures/real/', import.meta.url).pathname;

/** Up to `per` lines of every file in `dir` (latin1: the bytes as they are). */
function realLines(dir: string, per: number): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!/\.(txt|strace\.txt)$/.test(f)) continue;
    out.push(...readFileSync(dir + f, 'latin1').split('\n').filter((l) => l !== '').slice(0, per));
  }
  return out;
}

const LINES = (() => {
  try {
    return [...realLines(`${CORPUS}strace/`, 30), ...realLines(`${CORPUS}dtruss/`, 30), ...realLines(`${CORPUS}nanos/`, 30), ...realLines(REAL_FIXTURES, 10)];
  } catch {
    return [];
  }
})();

/** One real line, possibly changed the way copies, pastes and cut captures change lines. */
const line = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...LINES),
    fc.tuple(fc.constantFrom(...LINES), fc.nat()).map(([l, i]) => l.slice(0, i % (l.length + 1))), // cut
    fc.tuple(fc.constantFrom(...LINES), fc.nat(), fc.integer({ min: 0, max: 255 })).map(([l, i, b]) => {
      const at = i % (l.length + 1);
      return l.slice(0, at) + String.fromCharCode(b === 10 ? 32 : b) + l.slice(at); // one odd byte
    }),
    fc.tuple(fc.constantFrom(...LINES), fc.nat()).map(([l, i]) => { const at = i % (l.length + 1); return l.slice(0, at) + l.slice(at + 1); }), // a byte lost
    fc.tuple(fc.constantFrom(...LINES), fc.constantFrom(...LINES), fc.nat()).map(([a, b, i]) => a.slice(0, i % (a.length + 1)) + b), // two spliced
    fc.constantFrom(...LINES).map((l) => l.replaceAll(' ', '\t')),
    fc.constantFrom(...LINES).map((l) => `${l}   `), // trailing blanks (pasted)
  );

/** A whole input: lines, a line end style, and whether the last line has its newline. */
const input = fc.record({
  lines: fc.array(line(), { minLength: 1, maxLength: 40 }),
  crlf: fc.boolean(),
  lastNewline: fc.boolean(),
  cuts: fc.array(fc.nat(), { maxLength: 6 }),
  from: fc.constantFrom<TraceFormat | undefined>(undefined, 'strace', 'dtruss', 'nanos'),
});

/** Lines as the reader counts them: `\n` ends a line, and a last line without one still counts. */
function lineCount(bytes: Buffer): number {
  let n = 0;
  for (const b of bytes) if (b === 10) n++;
  return bytes.length > 0 && bytes[bytes.length - 1] !== 10 ? n + 1 : n;
}

/** `bytes` handed over in reads cut at the given offsets (a pipe's arbitrary chunking). */
function chunked(bytes: Buffer, cuts: number[]): Buffer[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let prev = 0;
  for (const c of [...at, bytes.length]) {
    if (c > prev) out.push(bytes.subarray(prev, c));
    prev = c;
  }
  return out;
}

async function readAll(chunks: Buffer[], from: TraceFormat | undefined) {
  let records = 0;
  const opts = { ...(from ? { from } : {}), onRecord: () => void records++ };
  try {
    const r = await readTrace([{ name: 'cut.txt', stream: Readable.from(chunks) }], opts);
    return { records, stats: r.stats, events: r.events };
  } catch (err) {
    // Detection may find no format in mutated lines, or the bytes may be mostly binary: one
    // named error, never a crash.
    if (err instanceof InputError || (err as Error).name === 'FormatError') {
      expect((err as Error).message).toMatch(/^(cut\.txt: |the input|could not|mixed input|no trace lines)/);
      return undefined;
    }
    throw err;
  }
}

describe('property: real lines cut and mutated are all accounted for', () => {
  itCorpus('every input line is one record, whatever the reads, line ends and format', async () => {
    await fc.assert(
      fc.asyncProperty(input, async ({ lines, crlf, lastNewline, cuts, from }) => {
        const text = lines.join(crlf ? '\r\n' : '\n') + (lastNewline ? '\n' : '');
        const bytes = Buffer.from(text, 'latin1');
        const r = await readAll(chunked(bytes, cuts), from);
        if (!r) return;
        const n = lineCount(bytes);
        expect(r.records).toBe(n);
        expect(r.stats.lines).toBe(n);
        expect(r.stats.unparsed).toBe(r.events.filter((e) => e.type === 'unparsed').length);
      }),
      { numRuns: 300, seed: 17 },
    );
  }, 300_000);

  itCorpus('a gzip stream cut anywhere: the lines read are the start of the input, then the cut is reported', async () => {
    await fc.assert(
      fc.asyncProperty(input, fc.nat(), async ({ lines, cuts }, cutAt) => {
        const text = lines.join('\n') + '\n';
        const gz = gzipSync(Buffer.from(text, 'latin1'));
        const cut = gz.subarray(0, cutAt % (gz.length + 1));
        const r = await readAll(chunked(cut, cuts), 'strace');
        if (!r) return;
        const whole = lineCount(Buffer.from(text, 'latin1'));
        expect(r.records).toBe(r.stats.lines);
        expect(r.stats.lines).toBeLessThanOrEqual(whole);
        if (cut.length === gz.length) expect(r.stats.damaged).toBeUndefined();
        else if (cut.length >= 2) expect(r.stats.damaged).toEqual([{ file: 'cut.txt', kind: 'truncated', message: expect.stringMatching(/^cut\.txt: the gzip stream ended early/) as unknown as string, lines: r.stats.lines }]);
      }),
      { numRuns: 150, seed: 17 },
    );
  }, 300_000);
});
