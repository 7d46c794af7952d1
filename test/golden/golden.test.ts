// Golden outputs of explain / annotate / summary on real traces from the shared corpus.
// The expected files sit beside this test; regenerate with UPDATE_GOLDEN=1 and read the
// diff before committing: a golden is only as good as the review it got.
import { existsSync, readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runAnnotate } from '../../src/cli/annotate.js';
import { explainOptions, runExplain } from '../../src/cli/explain.js';
import { Output } from '../../src/cli/output.js';
import { runSummary, summaryOptions } from '../../src/cli/summary.js';
import { describeCorpus } from '../helpers/corpus.js';
import { golden as goldenIn } from '../helpers/golden.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const HERE = fileURLToPath(new URL('./', import.meta.url));
const TERM = { isTTY: false, env: {} };

async function capture(run: (out: Output) => Promise<number>): Promise<string> {
  const sink = new PassThrough();
  let text = '';
  sink.setEncoding('utf8').on('data', (d: string) => (text += d));
  const code = await run(new Output(sink));
  expect(code).toBe(0);
  // Paths differ between machines; the corpus-relative name is what matters.
  return text.split(CORPUS).join('corpus/');
}

const golden = (name: string, actual: string): void => goldenIn(HERE, name, actual);

describe('golden files', () => {
  it('a missing golden fails and says how to create it', () => {
    if (process.env.UPDATE_GOLDEN) return; // updating writes whatever it is given
    expect(() => golden('no-such-golden.txt', 'text')).toThrow(/missing; create it with UPDATE_GOLDEN=1/);
    expect(existsSync(HERE + 'no-such-golden.txt')).toBe(false);
  });
});

const explain = (file: string, raw: Record<string, unknown> = {}) =>
  capture((out) => runExplain([CORPUS + file], explainOptions({ color: 'never', ...raw }, TERM), out));

describeCorpus('golden: explain', () => {
  it('psql UNIX socket ENOENT (strace -f)', async () => {
    const text = await explain('strace/a_psql_unix_socket_enoent.txt');
    expect(text).toContain(
      'Tried to connect fd 3 (UNIX stream socket) to the UNIX socket /tmp/.s.PGSQL.5432 (PostgreSQL): no such file — nothing is listening at that path',
    );
    golden('psql-unix-socket-enoent.explain.txt', text);
  });

  it('psql UNIX socket ENOENT as a Markdown report', async () => {
    golden('psql-unix-socket-enoent.report.md', await explain('strace/a_psql_unix_socket_enoent.txt', { format: 'markdown' }));
  });

  it('Redis connection shared after fork (strace -f -tt -T -yy)', async () => {
    const text = await explain('strace/c_redis_fork_shared_socket.txt');
    expect(text).toContain('socket-shared-after-fork');
    golden('redis-fork-shared-socket.explain.txt', text);
  });

  it('prefork echo server with self-pipes (strace -f -ttt -T -yy)', async () => {
    const text = await explain('strace/d_prefork_echo_select_selfpipe.txt');
    expect(text).toContain('prefork pool: 3 processes share the listener 127.0.0.1:40000');
    expect(text).toContain('a self-pipe: it wakes its own select/poll loop after SIGTERM arrived');
    golden('prefork-echo-selfpipe.explain.txt', text);
  });

  it('Rails dtruss sample: connect-failed with ENOENT on an AF_UNIX socket', async () => {
    const json = JSON.parse(await explain('dtruss/00_seed_rails_db_setup_unix_socket_enoent.txt', { format: 'json' })) as {
      findings: { id: string; lines: number[]; explanation: string }[];
      events: { line: number; explanation?: string }[];
    };
    const f = json.findings.find((x) => x.id === 'connect-failed');
    expect(f?.lines).toContain(9);
    expect(f?.explanation).toContain('ENOENT');
    expect(json.events.find((e) => e.line === 9)?.explanation).toBe(
      'Tried to connect fd 10 (UNIX stream socket) to a UNIX socket path (not shown by the tracer): no such file — nothing is listening at that path (no server has created its socket file there)',
    );
    golden('rails-dtruss-unix-enoent.report.md', await explain('dtruss/00_seed_rails_db_setup_unix_socket_enoent.txt', { format: 'markdown' }));
  });

  it('--failed keeps only failed calls, and -e/--fd filter', async () => {
    const failed = await explain('strace/a_psql_unix_socket_enoent.txt', { failed: true });
    const calls = failed.split('\n').filter((l) => /^11214 /.test(l));
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((l) => / = -1 E|calls: /.test(l))).toBe(true);
    // The failure that matters is there; the probes that fail by design are only counted.
    expect(failed).toContain('connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.s.PGSQL.5432"}, 110) = -1 ENOENT');
    expect(failed).toMatch(/\(\d+ expected failures not shown/);
    expect(calls.length).toBeLessThan(15);
    golden('psql-unix-socket-enoent.failed.txt', failed);
    const net = await explain('strace/a_psql_unix_socket_enoent.txt', { syscall: ['%net'], fold: false });
    const lines = net.split('\n').filter((l) => /^11214 /.test(l));
    expect(lines.map((l) => /^11214 (\w+)\(/.exec(l)?.[1])).toEqual(['socket', 'connect', 'socket', 'connect', 'socket', 'connect']);
  });
});

describe('golden: samples', () => {
  it('curl connection refused, --failed: one line for the whole non-blocking attempt', async () => {
    const file = fileURLToPath(new URL('../../samples/curl-connection-refused.strace.txt', import.meta.url));
    const text = await capture((out) => runExplain([file], explainOptions({ color: 'never', failed: true }, TERM), out));
    const normalised = text.split(fileURLToPath(new URL('../../', import.meta.url))).join('');
    expect(normalised).toContain('Failed to connect fd 5 (TCP socket) to 127.0.0.1:9');
    golden('curl-connection-refused.failed.txt', normalised);
  });
});

describeCorpus('golden: annotate and summary', () => {
  it('annotate --inline keeps every original line and adds # explanations', async () => {
    const file = CORPUS + 'dtruss/00_seed_rails_db_setup_unix_socket_enoent.txt';
    const text = await capture((out) => runAnnotate([file], { ...explainOptions({ color: 'never' }, TERM), inline: true }, out));
    const original = readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
    const kept = text.split('\n').filter((l) => !l.startsWith('# ') && l !== '#' && l !== '');
    // The corpus file's own `# source:` lines start with '#' too: compare the non-comment lines.
    expect(kept).toEqual(original.filter((l) => !l.startsWith('# ')));
    golden('rails-dtruss-unix-enoent.inline.txt', text);
  });

  it('summary of the Redis trace', async () => {
    golden(
      'redis-fork-shared-socket.summary.txt',
      await capture((out) => runSummary([CORPUS + 'strace/c_redis_fork_shared_socket.txt'], summaryOptions({ color: 'never' }, TERM), out)),
    );
  });
});
