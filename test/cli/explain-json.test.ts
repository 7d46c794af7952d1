import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explainOptions, explainTrace, runExplain } from '../../src/cli/explain.js';
import { openTrace } from '../../src/cli/input.js';
import { Output } from '../../src/cli/output.js';
import type { Story } from '../../src/explain/fold.js';
import { renderJson } from '../../src/render/json.js';
import { describeCorpus } from '../helpers/corpus.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const FILE = CORPUS + 'strace/f48_n_i_k_combo.txt';

async function expected(fold: boolean): Promise<string> {
  const trace = await openTrace([FILE], {}, new PassThrough());
  const stories: Story[] = [];
  const { hiddenProbes: _h, ...rest } = await explainTrace(trace, explainOptions({}, { isTTY: false, env: {} }), fold, (s) => {
    stories.push(s);
  });
  return renderJson({ ...rest, stories });
}

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function streamed(opts: Record<string, unknown> = {}): Promise<string> {
  const s = sink();
  const code = await runExplain([FILE], explainOptions({ format: 'json', ...opts }, { isTTY: false, env: {} }), new Output(s.stream), new PassThrough());
  expect(code).toBe(0);
  return s.text();
}

describeCorpus('tracex --format json', () => {
  it('streams renderJson byte for byte, folded and not', async () => {
    expect(await streamed()).toBe(await expected(true));
    expect(await streamed({ fold: false })).toBe(await expected(false));
  });

  it('writes each event while the trace is still being read (memory stays flat on a long trace)', async () => {
    const stdin = new PassThrough();
    const s = sink();
    const done = runExplain([], explainOptions({ format: 'json' }, { isTTY: false, env: {} }), new Output(s.stream), stdin);
    // hand-built in strace 6.1's shape
    for (let i = 0; i < 200; i++) stdin.write(`1 openat(AT_FDCWD, "/tmp/f${String(i)}", O_RDONLY) = 3\n1 close(3) = 0\n`);
    await expect.poll(() => s.text().split('\n').filter((l) => l.includes('"syscall":"openat"')).length, { timeout: 5000 }).toBeGreaterThan(50);
    expect(s.text()).not.toContain('"stats"');
    stdin.end();
    expect(await done).toBe(0);
    const doc = JSON.parse(s.text()) as { events: unknown[]; stats: { lines: number } };
    expect(doc.events).toHaveLength(400);
    expect(doc.stats.lines).toBe(400);
  });
});
