// Several inputs read together: the format is detected per input, format errors name the
// input they came from, and inputs of different formats are refused as one run.
import { createReadStream, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FormatError, openTraceInputs } from '../../src/parse/pipeline.js';
import { CORPUS, itCorpus } from '../helpers/corpus.js';

const SAMPLES = new URL('../../samples/', import.meta.url).pathname;
const open = (paths: string[]) => openTraceInputs(paths.map((p) => ({ name: p, stream: createReadStream(p) })));
const errorOf = (paths: string[]) => open(paths).then(() => 'opened', (e: Error) => (e instanceof FormatError ? e.message : `not a FormatError: ${e.message}`));

describe('several inputs', () => {
  itCorpus('a strace and a dtruss trace given together: refused, naming each file with its format', async () => {
    const strace = `${SAMPLES}psql-unix-socket-enoent.strace.txt`;
    const dtruss = `${SAMPLES}rails-db-setup-unix-socket-enoent.dtruss.txt`;
    expect(await errorOf([strace, dtruss])).toBe(
      `these inputs are traces of different formats: ${strace} (strace); ${dtruss} (dtruss). One run is one format: ` +
        `read them one at a time (tracex ${strace}, then tracex ${dtruss})`,
    );
    // The order does not hide it: the first file no longer decides for all.
    expect(await errorOf([dtruss, strace])).toMatch(/^these inputs are traces of different formats: .*dtruss\.txt \(dtruss\); .*strace\.txt \(strace\)/);
  });

  itCorpus('a file that is no trace among traces: the error names that file', async () => {
    const strace = `${SAMPLES}psql-unix-socket-enoent.strace.txt`;
    const notes = `${CORPUS}nanos/nanos-1797-haproxy-kernel-msgs-no-trace.txt`;
    const dir = mkdtempSync('/tmp/tracex-formats-');
    // haproxy's own messages from that capture, without the trace lines around them
    writeFileSync(`${dir}/haproxy.txt`, readFileSync(notes, 'utf8').split('\n').slice(7, 12).join('\n') + '\n');
    expect(await errorOf([strace, `${dir}/haproxy.txt`])).toMatch(new RegExp(`^${dir}/haproxy\\.txt: could not recognise the trace format`));
  });

  it('an empty input among traces says nothing about the format', async () => {
    const dir = mkdtempSync('/tmp/tracex-formats-');
    writeFileSync(`${dir}/empty.txt`, '\n\n');
    const t = await open([`${dir}/empty.txt`, `${SAMPLES}rails-db-setup-unix-socket-enoent.dtruss.txt`]);
    expect(t.format).toBe('dtruss');
  });

  it('two traces of one format are one run, read as that format', async () => {
    const t = await open([`${SAMPLES}psql-unix-socket-enoent.strace.txt`, `${SAMPLES}psql-tcp-refused.strace.txt`]);
    expect(t.format).toBe('strace');
  });
});
