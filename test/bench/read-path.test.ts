// The hand-written fast paths of the read path (issue 8) against what the text says: every
// -T duration and decimal return value in the strace corpus reads to the same number the
// text parses to, the leader keeps pid and comm, and output/line splitting keep every byte.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Output } from '../../src/cli/output.js';
import { lineBatches } from '../../src/ingest/lines.js';
import type { CallRecord } from '../../src/model/index.js';
import { StraceReader } from '../../src/parse/strace.js';
import { itCorpus } from '../helpers/corpus.js';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus/strace');

function call(line: string): CallRecord {
  const rec = new StraceReader().read(line, { line: 1 });
  if (rec.kind !== 'syscall') throw new Error(`not a whole call: ${rec.kind}`);
  return rec;
}

describe('strace fast paths on real lines', () => {
  it('reads pid<comm>, -ttt times, hex and negative returns and -T durations', () => {
    expect(call('19478<strace> execve("programs/misc", ["programs/misc"], 0x7ffe4a683078 /* 39 vars */) = 0')).toMatchObject({
      pid: 19478,
      comm: 'strace',
      name: 'execve',
      ret: { text: '0', value: 0 },
    });
    const mmap = call('13812 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f332ffa8000 <0.000014>');
    expect(mmap.ret).toEqual({ text: '0x7f332ffa8000', value: 0x7f332ffa8000, hex: true });
    expect(mmap.duration).toBe(0.000014);
    const access = call('13812 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory) <0.000008>');
    expect(access.ret).toEqual({ text: '-1 ENOENT (No such file or directory)', value: -1, errno: 'ENOENT', message: 'No such file or directory' });
    expect(access.duration).toBe(0.000008);
    const epoch = call(
      '12553 1795428808.021097 execve("/usr/bin/python3", ["/usr/bin/python3", "programs/prefork_echo.py", "40000", "5"], 0x7ffc00b1fd68 /* 39 vars */) = 0 <0.000214>',
    );
    expect(epoch).toMatchObject({ pid: 12553, timeText: '1795428808.021097', duration: 0.000214 });
  });

  itCorpus('gives every duration and decimal return value in the corpus the number its text parses to', () => {
    let durations = 0;
    let values = 0;
    for (const f of readdirSync(CORPUS).filter((n) => n.endsWith('.txt'))) {
      const reader = new StraceReader();
      readFileSync(join(CORPUS, f), 'utf8')
        .split('\n')
        .forEach((text, i) => {
          const rec = reader.read(text, { line: i + 1 });
          if (rec.kind !== 'syscall' && rec.kind !== 'resumed') return;
          const d = / <(\d+\.\d+)>$/.exec(text);
          if (d && rec.duration !== undefined) {
            expect(rec.duration, `${f}:${i + 1}`).toBe(+d[1]!);
            durations++;
          }
          const v = /^-?\d+/.exec(rec.ret?.text ?? '');
          if (v && !rec.ret!.hex) {
            expect(rec.ret!.value, `${f}:${i + 1}`).toBe(parseInt(v[0], 10));
            values++;
          }
        });
    }
    expect(durations).toBeGreaterThan(500);
    expect(values).toBeGreaterThan(2000);
  });
});

describe('output and line splitting keep every byte', () => {
  it('writes small, multi-byte and large texts in order', async () => {
    const sink = new PassThrough();
    const parts: Buffer[] = [];
    sink.on('data', (d: Buffer) => parts.push(d));
    const out = new Output(sink);
    const texts: string[] = [];
    for (let i = 0; i < 5000; i++) texts.push(`{"line":${i},"text":"caf\u00e9 \u20ac \ud83d\ude00"}\n`);
    texts.push('x'.repeat(200_000) + '\n', 'after the big one\n');
    for (const t of texts) await out.write(t);
    await out.end();
    expect(Buffer.concat(parts).toString('utf8')).toBe(texts.join(''));
  });

  it('splits a big read with characters cut across its 64 KiB pieces', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `${i} write(1, "\u00e9\u20ac\ud83d\ude00", 9) = 9`);
    const bytes = Buffer.from(lines.join('\n') + '\n');
    const got: string[] = [];
    for await (const batch of lineBatches(Readable.from([bytes.subarray(0, 700_001), bytes.subarray(700_001)]))) got.push(...batch);
    expect(got).toEqual(lines);
  });
});
