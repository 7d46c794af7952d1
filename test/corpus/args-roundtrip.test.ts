// Every syscall line of every real trace, as the real line reader cuts it (both halves of
// split calls and the stitched event): its argument text parses without failure and prints
// back exactly. Failing lines are listed as file:line in the assertion message.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../grammars/args.js';
import { printArgs } from '../../grammars/print-args.js';
import { readTraceFile } from '../../src/index.js';
import { CORPUS, describeCorpus, traceFiles } from '../helpers/corpus.js';


type Format = 'strace' | 'dtruss' | 'nanos';

/**
 * Reads every file of a corpus folder with the real line reader and checks the argument
 * text of every call record (each half of a split call) and of every stitched event.
 */
async function check(dir: string, from: Format) {
  const failures: string[] = [];
  let records = 0;
  let events = 0;
  for (const file of traceFiles(join(CORPUS, dir))) {
    const rel = file.slice(CORPUS.length);
    const { records: recs, events: evs } = await readTraceFile(file, { records: true, from });
    const probe = (args: string, where: string) => {
      const list = parseArgs(args);
      if (list.failed) failures.push(`${rel}:${where}: parse failed: ${args}`);
      else if (printArgs(list) !== args) failures.push(`${rel}:${where}: printed ${printArgs(list)} for ${args}`);
    };
    for (const r of recs) {
      if (r.kind !== 'syscall' && r.kind !== 'unfinished' && r.kind !== 'resumed') continue;
      records++;
      probe(r.args, `${r.line}`);
    }
    for (const e of evs) {
      if (e.type !== 'syscall') continue;
      events++;
      probe(e.args, `${e.lines.join('+')} (stitched)`);
    }
  }
  return { records, events, failures };
}

describeCorpus('argument round trip over the corpus', () => {
  it('reads and reprints every strace argument list, halves and stitched calls', async () => {
    const { records, events, failures } = await check('strace', 'strace');
    expect(records).toBeGreaterThan(24000);
    expect(events).toBeGreaterThan(22000);
    expect(failures, failures.slice(0, 50).join('\n')).toEqual([]);
  }, 120_000);

  it('reads and reprints every dtruss and Nanos argument list', async () => {
    const dtruss = await check('dtruss', 'dtruss');
    expect(dtruss.failures, dtruss.failures.slice(0, 50).join('\n')).toEqual([]);
    expect(dtruss.records).toBeGreaterThan(500);
    let nanos = 0;
    for (const dir of ['nanos', 'nanos-live']) {
      const r = await check(dir, 'nanos');
      nanos += r.records;
      expect(r.failures, r.failures.slice(0, 50).join('\n')).toEqual([]);
    }
    expect(nanos).toBeGreaterThan(1300);
  }, 120_000);
});
