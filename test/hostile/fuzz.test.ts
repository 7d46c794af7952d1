// Hostile and broken input: random bytes, real lines cut and mutated, shuffled, mixed formats,
// CRLF, tabs, NUL, invalid UTF-8. For every input: nothing throws, and records account for
// every input line. Seeded, bounded in count, so a failure reproduces.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTrace } from '../../src/index.js';
import { formats } from '../../src/parse/formats.js';
import { Readable } from 'node:stream';
import type { TraceFormat } from '../../src/model/index.js';
import { rng } from '../helpers/rng.js';
import { hasCorpus, itCorpus } from '../helpers/corpus.js';


const corpusDir = new URL('../../../shared/corpus/', import.meta.url).pathname;
function corpusLines(dir: string, limit: number): string[] {
  const out: string[] = [];
  for (const f of readdirSync(corpusDir + dir).filter((n) => n.endsWith('.txt')).sort()) {
    out.push(...readFileSync(`${corpusDir}${dir}/${f}`, 'latin1').split('\n').slice(0, limit));
  }
  return out;
}
const REAL = hasCorpus ? [...corpusLines('strace', 40), ...safeLines('dtruss'), ...safeLines('nanos')] : [];
function safeLines(dir: string): string[] {
  try {
    return corpusLines(dir, 40);
  } catch {
    return [];
  }
}

/** Counts lines the way the reader does: `\n` ends a line, a last line without one still counts. */
function lineCount(bytes: Buffer): number {
  let n = 0;
  for (const b of bytes) if (b === 10) n++;
  return bytes.length > 0 && bytes[bytes.length - 1] !== 10 ? n + 1 : n;
}

async function check(bytes: Buffer | string, from: TraceFormat): Promise<void> {
  const { records, stats, events } = await readTrace([{ name: '-', stream: Readable.from([bytes]) }], { from, records: true });
  if (typeof bytes === 'string') bytes = Buffer.from(bytes);
  const n = lineCount(bytes);
  expect(records.length, `records for ${n} lines (${from})`).toBe(n);
  expect(stats.lines).toBe(n);
  expect(stats.unparsed).toBe(events.filter((e) => e.type === 'unparsed').length);
}

const MUTATIONS: ((line: string, r: () => number) => string)[] = [
  (l, r) => l.slice(0, Math.floor(r() * (l.length + 1))), // cut at a random position
  (l, r) => { const i = Math.floor(r() * (l.length + 1)); return l.slice(0, i) + String.fromCharCode(Math.floor(r() * 256)) + l.slice(i); },
  (l, r) => { const i = Math.floor(r() * l.length); return l.slice(0, i) + l.slice(i + 1); },
  (l) => l.replaceAll(' ', '\t'), // bug trackers turn spaces into tabs
  (l) => l + '\r', // CRLF
  (l, r) => { const i = Math.floor(r() * (l.length + 1)); return l.slice(0, i) + '\0' + l.slice(i); },
  (l) => l.replace(/\(/, '((').replace(/"/, ''),
];

describe('hostile input never crashes and loses no line', () => {
  const names = formats.map((f) => f.format);

  it.each(names)('random bytes (%s)', async (from) => {
    const r = rng(1);
    for (let i = 0; i < 30; i++) {
      const len = Math.floor(r() * 4000);
      const buf = Buffer.alloc(len);
      for (let k = 0; k < len; k++) buf[k] = r() < 0.1 ? 10 : Math.floor(r() * 256);
      // As bytes, mostly binary: refused in one sentence, or read line for line when it could be text.
      await check(buf, from).catch((err: Error) => expect(err.message).toMatch(/^standard input: (binary data|.* not a trace|.*compressed)/));
      // As text a caller already decoded: the grammars see every random character.
      await check(buf.toString('latin1'), from);
    }
  });

  itCorpus.each(names)('real corpus lines cut, mutated, shuffled and mixed across formats (%s)', async (from) => {
    const r = rng(2);
    for (let i = 0; i < 40; i++) {
      const lines: string[] = [];
      for (let k = 0; k < 60; k++) {
        let l = REAL[Math.floor(r() * REAL.length)]!;
        if (r() < 0.6) l = MUTATIONS[Math.floor(r() * MUTATIONS.length)]!(l, r);
        lines.push(l);
      }
      const text = lines.join('\n') + (r() < 0.5 ? '\n' : '');
      await check(Buffer.from(text, 'latin1'), from);
    }
  });

  itCorpus('every cut of every line of a real trace', async () => {
    const lines = readFileSync(corpusDir + 'strace/c_redis_fork_shared_socket.txt', 'utf8').split('\n').slice(600, 640);
    for (const l of lines) {
      const cuts: string[] = [];
      for (let i = 0; i <= l.length; i += 3) cuts.push(l.slice(0, i));
      await check(Buffer.from(cuts.join('\n') + '\n'), 'strace');
    }
  });

  it('unfinished halves with no resumed half and the reverse, and invalid UTF-8', async () => {
    await check(Buffer.from('1 read(3,  <unfinished ...>\n2 <... write resumed>) = 1\n1 <... read resumed>"x", 1) = 1\n1 <... read resumed>"x", 1) = 1\n'), 'strace');
    await check(Buffer.from([0xff, 0xfe, 0x0a, 0xc3, 0x28, 0x0a, 0xe2, 0x82]), 'strace');
  });
});

describe('limits', () => {
  it('a 50 MB single line is kept cut to --max-line-bytes and reported, and the lines after it still read', async () => {
    async function* fifty(): AsyncGenerator<Buffer> {
      const chunk = Buffer.alloc(1 << 20, 'x');
      for (let i = 0; i < 50; i++) yield chunk;
      yield Buffer.from('\n1 getpid() = 1\n');
    }
    const { records, events, stats } = await readTrace([{ name: '-', stream: Readable.from(fifty()) }], { from: 'strace', records: true, maxLineBytes: 4096 });
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ kind: 'unparsed', line: 1 });
    expect((records[0] as { text: string }).text).toHaveLength(4096);
    expect((records[0] as { reason: string }).reason).toMatch(/--max-line-bytes/);
    expect(events.find((e) => e.type === 'syscall')).toMatchObject({ syscall: 'getpid', line: 2 });
    expect(stats).toMatchObject({ lines: 2, unparsed: 1 });
  });

  it('a file with no newline at the end loses nothing', async () => {
    await check(Buffer.from('1 getpid() = 1\n1 getppid() = 0'), 'strace');
  });
});
