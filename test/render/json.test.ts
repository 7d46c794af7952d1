// The JSON report is built in pieces (each event's text as its story is told, the frame at
// the end) so a long trace never holds the whole object tree; the pieces must join to
// exactly what one JSON.stringify of the report gives, also when `tracex --format json`
// moves the event texts through a temporary file.
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explainOptions, JSON_SPILL, runExplain } from '../../src/cli/explain.js';
import { Output } from '../../src/cli/output.js';
import { renderJson, reportToJson } from '../../src/render/json.js';
import type { ExplainedReport } from '../../src/render/types.js';
import { corpusReport } from '../helpers/report.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));


const whole = (r: ExplainedReport): string => JSON.stringify(reportToJson(r), null, 2) + '\n';

describe('renderJson', () => {
  it('is JSON.stringify of the report, folded stories included (a_psql_unix_socket_enoent.txt)', async () => {
    const r = await corpusReport('strace/a_psql_unix_socket_enoent.txt');
    expect(r.stories.some((s) => s.items.length > 1)).toBe(true);
    const text = renderJson(r);
    expect(text).toBe(whole(r));
    const doc = JSON.parse(text) as { events: { syscall?: string; explanation: string }[] };
    expect(doc.events.some((e) => e.syscall === 'connect' && /PGSQL\.5432/.test(e.explanation))).toBe(true);
  });

  it('prints an empty event list as []', async () => {
    const r = { ...(await corpusReport('strace/a_psql_unix_socket_enoent.txt')), stories: [] };
    expect(renderJson(r)).toBe(whole(r));
    expect(renderJson(r)).toContain('"events": [],');
  });
});

describe('tracex --format json', () => {
  it('writes the same document when the event texts go through a temporary file (f48_n_i_k_combo.txt)', async () => {
    const file = 'strace/f48_n_i_k_combo.txt';
    const expected = renderJson(await corpusReport(file));
    // Spill after every few events, so the file is written many times and read back.
    const saved = JSON_SPILL.chars;
    JSON_SPILL.chars = 10_000;
    expect(expected.length).toBeGreaterThan(50 * JSON_SPILL.chars);
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c));
    const opts = explainOptions({ format: 'json' }, { isTTY: false, env: {} });
    const before = readdirSync(tmpdir()).filter((n) => n.startsWith('tracex-json-')).length;
    let code: number;
    try {
      code = await runExplain([CORPUS + file], opts, new Output(sink), new PassThrough());
    } finally {
      JSON_SPILL.chars = saved;
    }
    expect(code).toBe(0);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected);
    // The temporary file is gone afterwards.
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith('tracex-json-')).length).toBe(before);
  });
});
