// The JSON contract: every JSON output of every command, on real traces of each format, is valid
// against its schema in schemas/ (JSON Schema draft 2020-12, checked with ajv), carries the
// schema version, and keeps integers beyond 2^53 exact.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { corpus, runCli, sample } from '../cli/run-cli.js';

const SCHEMAS = fileURLToPath(new URL('../../schemas/', import.meta.url));
const real = (f: string) => fileURLToPath(new URL(`../fixtures/real/${f}`, import.meta.url));

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
for (const f of readdirSync(SCHEMAS)) ajv.addSchema(JSON.parse(readFileSync(SCHEMAS + f, 'utf8')) as object);

function valid(schema: string, doc: unknown): void {
  const v = ajv.getSchema(schema)!;
  if (!v(doc)) expect.fail(`${schema}: ${JSON.stringify(v.errors?.slice(0, 3))}\n${JSON.stringify(doc).slice(0, 400)}`);
}

const lines = (text: string): unknown[] => text.trim().split('\n').map((l) => JSON.parse(l) as unknown);

async function out(args: string[]): Promise<string> {
  const r = await runCli(args);
  expect(r.code === 0 || r.code === 1, `${args.join(' ')}: ${r.stderr}`).toBe(true);
  return r.stdout;
}

// One trace per format and shape: strace -f (psql), -f -tt -T with threads and a 64-bit flag
// (node), -yy (curl), dtruss (Rails), Nanos (mysql, old format), a -ff directory.
const TRACES = [
  sample('psql-unix-socket-enoent.strace.txt'),
  corpus('strace/g_node_fs_threads.txt'),
  real('curl-refused-yy.strace.txt'),
  sample('rails-db-setup-unix-socket-enoent.dtruss.txt'),
  corpus('nanos/nanos-1533-mysql-openat-read-oldfmt.txt'),
  corpus('strace/f03_ff_o_dir'),
];

describe('JSON schemas (schemas/*.schema.json) hold for real outputs', () => {
  it('every schema is draft 2020-12 and compiles', () => {
    for (const f of readdirSync(SCHEMAS)) {
      const s = JSON.parse(readFileSync(SCHEMAS + f, 'utf8')) as { $schema: string; $id: string };
      expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(s.$id).toBe(f);
      expect(ajv.getSchema(f)).toBeDefined();
    }
  });

  for (const t of TRACES) {
    const name = t.split('/').at(-1)!;
    it(`explain json and ndjson, parse ndjson and json, summary json: ${name}`, async () => {
      const report = JSON.parse(await out(['--format', 'json', t])) as { schema: number; events: unknown[] };
      valid('report.schema.json', report);
      expect(report.schema).toBe(2);
      expect(report.events.length).toBeGreaterThan(0);
      const nd = lines(await out(['--format', 'ndjson', t])) as { type: string }[];
      for (const l of nd) valid('explain-line.schema.json', l);
      expect(nd[0]).toMatchObject({ type: 'input', schema: 2 });
      expect(nd.at(-2)?.type).toBe('in-short');
      expect(nd.at(-1)?.type).toBe('stats');
      // The same events as the report, one per line.
      expect(nd.filter((l) => !['input', 'finding', 'in-short', 'stats'].includes(l.type))).toEqual(report.events);
      for (const l of lines(await out(['parse', t]))) valid('parse-line.schema.json', l);
      valid('parse.schema.json', JSON.parse(await out(['parse', '--format', 'json', t])));
      valid('summary.schema.json', JSON.parse(await out(['summary', '--format', 'json', t])));
    });
  }

  it('refuses what the contract does not hold: an argument tree in a report event, an unknown field', async () => {
    const report = JSON.parse(await out(['--format', 'json', sample('psql-unix-socket-enoent.strace.txt')])) as { events: Record<string, unknown>[] };
    const ok = ajv.getSchema('report.schema.json')!;
    const ev = report.events.find((e) => e.type === 'syscall')!;
    ev.args = [{ kind: 'int', text: '3', value: 3 }];
    expect(ok(report)).toBe(false);
    delete ev.args;
    ev.surprise = 1;
    expect(ok(report)).toBe(false);
    delete ev.surprise;
    expect(ok(report)).toBe(true);
  });

  it('decode --json, for each kind of look-up', async () => {
    for (const args of [['errno', '2'], ['errno', 'ECONNREFUSED'], ['af', '30', '--os', 'darwin'], ['sockopt', '0xffff', '0x1022', '--os', 'darwin'], ['sockaddr', '02001538', '7f000001'], ['signal', '13'], ['open-flags', '0x602', '--os', 'darwin'], ['syscall', '42']]) {
      const doc = JSON.parse(await out(['decode', '--json', ...args])) as { schema: number };
      valid('decode.schema.json', doc);
      expect(doc.schema).toBe(2);
    }
  });
});

describe('integers beyond 2^53', () => {
  it('are exact decimal strings, in the argument tree and the decoded flags (g_node_fs_threads.txt:133)', async () => {
    // `rt_sigaction(SIGINT, {…, sa_flags=SA_RESTORER|SA_RESETHAND|0xffffffff00000000, …}, NULL, 8) = 0`
    const ev = lines(await out(['parse', corpus('strace/g_node_fs_threads.txt')])).find((o) => (o as { line: number }).line === 133);
    const text = JSON.stringify(ev);
    expect(text).toContain('{"kind":"int","text":"0xffffffff00000000","value":"18446744069414584320"}');
    // As a double it would have printed 18446744069414584000.
    expect(text).not.toContain('18446744069414584000');
    expect(BigInt('18446744069414584320')).toBe(0xffffffff00000000n);
  });
});
