import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explainOptions, explainTrace, JSON_SPILL, runExplain } from '../../src/cli/explain.js';
import { openTrace } from '../../src/cli/input.js';
import { Output } from '../../src/cli/output.js';
import type { Story } from '../../src/explain/fold.js';
import { renderJson } from '../../src/render/json.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const FILE = CORPUS + 'strace/f48_n_i_k_combo.txt';

async function expected(): Promise<string> {
  const trace = await openTrace([FILE], {}, new PassThrough());
  const stories: Story[] = [];
  const { hiddenProbes: _h, ...rest } = await explainTrace(trace, explainOptions({}, { isTTY: false, env: {} }), true, (s) => {
    stories.push(s);
  });
  return renderJson({ ...rest, stories });
}

async function streamed(opts: Record<string, unknown> = {}): Promise<string> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const code = await runExplain([FILE], explainOptions({ format: 'json', ...opts }, { isTTY: false, env: {} }), new Output(sink), new PassThrough());
  expect(code).toBe(0);
  return Buffer.concat(chunks).toString('utf8');
}

describe('tracex --format json', () => {
  it('gives renderJson byte for byte when no temporary file can be made (texts kept in memory)', async () => {
    const want = await expected();
    const saved = { chars: JSON_SPILL.chars, tmp: process.env.TMPDIR };
    JSON_SPILL.chars = 10_000;
    process.env.TMPDIR = '/nonexistent/tracex-test-dir';
    try {
      expect(want.length).toBeGreaterThan(50 * JSON_SPILL.chars);
      expect(await streamed()).toBe(want);
    } finally {
      JSON_SPILL.chars = saved.chars;
      if (saved.tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved.tmp;
    }
  });

  it('gives renderJson byte for byte with no fold too (every event its own story)', async () => {
    const trace = await openTrace([FILE], {}, new PassThrough());
    const stories: Story[] = [];
    const { hiddenProbes: _h, ...rest } = await explainTrace(trace, explainOptions({}, { isTTY: false, env: {} }), false, (s) => {
      stories.push(s);
    });
    expect(await streamed({ fold: false })).toBe(renderJson({ ...rest, stories }));
  });
});
