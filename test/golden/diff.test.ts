// Golden outputs of `tracex diff GOOD BAD` on real pairs captured here (test/fixtures/real/README.md,
// "Good and bad runs"). Regenerate with UPDATE_GOLDEN=1 and read the diff before committing.
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffOptions, runDiff } from '../../src/cli/diff.js';
import { Output } from '../../src/cli/output.js';
import { golden } from '../helpers/golden.js';

const REAL = fileURLToPath(new URL('../fixtures/real/', import.meta.url));
const HERE = fileURLToPath(new URL('./', import.meta.url));

async function diff(good: string, bad: string, format: 'text' | 'markdown' | 'json' = 'text'): Promise<string> {
  const sink = new PassThrough();
  let text = '';
  sink.setEncoding('utf8').on('data', (d: string) => (text += d));
  const code = await runDiff(REAL + good, REAL + bad, diffOptions({ format, color: 'never' }, { isTTY: false, env: {} }), new Output(sink));
  expect(code).toBe(0);
  return text.split(REAL).join('fixtures/real/');
}

describe('golden: diff', () => {
  it('curl: a server listening vs the same port closed', async () => {
    const text = await diff('curl-port-8790-listening.strace.txt', 'curl-port-8790-closed.strace.txt');
    expect(text).toContain('In short: curl exited with status 0 in GOOD and exited with status 7 in BAD. BAD met what GOOD did not: connect to 127.0.0.1:8790 failed: ECONNREFUSED.');
    golden(HERE, 'curl-port-8790.diff.txt', text);
  });

  it('nginx -t: the config file present vs missing', async () => {
    const text = await diff('nginx-t-config-present.strace.txt', 'nginx-t-config-missing.strace.txt');
    // Where they part: the same openat, one finds the file, the other does not (the explainer's sentences).
    expect(text).toMatch(/nginx, after \d+ identical calls:\n {4}GOOD line 122: openat\(AT_FDCWD, "\/tmp\/cap-diff\/conf\/nginx\.conf", O_RDONLY\) = 4\n {11}Opened \/tmp\/cap-diff\/conf\/nginx\.conf for reading as fd 4\n/);
    expect(text).toMatch(/Only in BAD:\n {2}Failed calls \(1\):\n {4}nginx: openat \/tmp\/cap-diff\/conf\/nginx-missing\.conf → ENOENT \(line 122\)/);
    // nginx's nscd probes (expected) are not listed as failures only in GOOD.
    expect(text).not.toMatch(/connect \/var\/run\/nscd\/socket → ENOENT/);
    golden(HERE, 'nginx-t-config.diff.txt', text);
    golden(HERE, 'nginx-t-config.diff.md', await diff('nginx-t-config-present.strace.txt', 'nginx-t-config-missing.strace.txt', 'markdown'));
  });

  it('psql: its server running vs stopped (UNIX socket)', async () => {
    const text = await diff('psql-server-running.strace.txt', 'psql-server-stopped.strace.txt');
    // Allocator calls differ between runs and are not where they part: the connect is.
    expect(text).toMatch(/psql, after \d+ identical calls:\n {4}GOOD line 973: connect\(3, .*\) = 0\n.*\n {4}BAD  line 973: connect\(3, .*\) = -1 ENOENT/);
    golden(HERE, 'psql-server.diff.txt', text);
  });

  it('JSON: the same facts as data', async () => {
    const doc = JSON.parse(await diff('curl-port-8790-listening.strace.txt', 'curl-port-8790-closed.strace.txt', 'json')) as {
      type: string;
      schema: number;
      exits: { program: string; good: { code: number }[]; bad: { code: number; line: number }[] }[];
      onlyInBad: { findings: { id: string }[] };
    };
    expect(doc.type).toBe('diff');
    expect(doc.schema).toBe(2);
    expect(doc.exits).toMatchObject([{ program: 'curl', good: [{ code: 0 }], bad: [{ code: 7, line: 495 }] }]);
    expect(doc.onlyInBad.findings.map((f) => f.id)).toEqual(['connect-failed', 'nonzero-exit']);
  });

  it('a run compared with itself has nothing only in one', async () => {
    const text = await diff('nginx-t-config-missing.strace.txt', 'nginx-t-config-missing.strace.txt');
    expect(text).toContain('In short: The two runs failed alike, ended alike and reached the same endpoints.');
    expect(text).not.toMatch(/Only in|Where the runs part|Exit status/);
  });
});
