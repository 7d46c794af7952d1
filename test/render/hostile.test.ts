// Broken and hostile trace text through explain and every renderer: real corpus lines cut,
// mutated with random bytes (escape sequences, NUL, bidi marks), shuffled. Nothing throws,
// the text narrative carries no raw control character, Markdown carries no raw `<`.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/analyze/index.js';
import { analyzerExplainer, explainStories, type Story } from '../../src/explain/index.js';
import { readTrace } from '../../src/index.js';
import type { TraceFormat } from '../../src/model/index.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderSummaryText, SummaryCollector } from '../../src/render/summary.js';
import { renderFindingsText, renderStoryLine } from '../../src/render/text.js';
import { rng } from '../helpers/rng.js';
import { itCorpus } from '../helpers/corpus.js';


const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
function lines(dir: string, per: number): string[] {
  return readdirSync(CORPUS + dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(`${CORPUS}${dir}/${f}`, 'latin1').split('\n').slice(0, per));
}

const NASTY = ['\x1b[2J', '\x1b]0;title\x07', '\0', '\u202e', '\x9b31m', '<script>', '`', '|', '\r'];

function mutate(line: string, r: () => number): string {
  const i = Math.floor(r() * (line.length + 1));
  switch (Math.floor(r() * 4)) {
    case 0:
      return line.slice(0, i);
    case 1:
      return line.slice(0, i) + NASTY[Math.floor(r() * NASTY.length)]! + line.slice(i);
    case 2:
      return line.slice(0, i) + String.fromCharCode(Math.floor(r() * 256)) + line.slice(i);
    default:
      return line;
  }
}

async function run(text: string, from: TraceFormat): Promise<void> {
  const { events, stats } = await readTrace([{ name: '-', stream: Readable.from([Buffer.from(text, 'latin1')]) }], { from });
  const analyzer = new Analyzer({ os: stats.os, format: stats.format });
  const stories: Story[] = [];
  for await (const s of explainStories(events, analyzerExplainer(analyzer))) stories.push(s);
  const result = analyzer.finish(stats);
  const textOut = stories.map((s) => renderStoryLine(s, { format: from })).join('\n') + renderFindingsText(result.findings);
  expect(textOut).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/);
  const report = { input: { files: ['-'], format: from, os: stats.os }, stats, ...result, stories, unparsed: [] };
  const md = renderMarkdown(report);
  // Inside fenced code a `<` is text; outside, only our own <details>/<summary> tags may appear.
  const prose = md.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '').replace(/<\/?(details|summary)>/g, '');
  expect(prose).not.toContain('<');
  expect(md).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  expect(() => JSON.parse(renderJson(report))).not.toThrow();
  const c = new SummaryCollector(from);
  for (const ev of events) c.add(ev);
  expect(renderSummaryText(c.result())).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
}

describe('explain and render on hostile input', () => {
  for (const [dir, from] of [['strace', 'strace'], ['dtruss', 'dtruss'], ['nanos', 'nanos']] as const) {
    itCorpus(`${dir}: mutated real lines`, async () => {
      const real = lines(dir, 60);
      for (let seed = 1; seed <= 6; seed++) {
        const r = rng(seed);
        const sample = Array.from({ length: 200 }, () => mutate(real[Math.floor(r() * real.length)]!, r));
        await run(sample.join('\n') + '\n', from);
      }
    }, 60_000);
  }
});
