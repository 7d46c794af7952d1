// Every event of every real trace gets a sentence with no unfilled template, no
// "undefined"/"NaN", and no raw control characters once rendered.
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/analyze/index.js';
import { analyzerExplainer, explainStories } from '../../src/explain/index.js';
import { readTraceFile } from '../../src/index.js';
import { renderStoryLine } from '../../src/render/text.js';
import { CORPUS, describeCorpus, traceFiles } from '../helpers/corpus.js';


describeCorpus('explain over the whole corpus', () => {
  it('says something sensible about every event', async () => {
    const bad: string[] = [];
    let events = 0;
    for (const f of traceFiles(CORPUS)) {
      let read;
      try {
        read = await readTraceFile(f);
      } catch {
        continue; // no format claims the file
      }
      const { events: evs, stats } = read;
      const a = new Analyzer({ os: stats.os, format: stats.format });
      for await (const s of explainStories(evs, analyzerExplainer(a))) {
        for (const it of s.items) {
          events++;
          const t = it.explanation;
          if (!t || /undefined|NaN|\[object |\{[a-zA-Z]+\}/.test(t)) bad.push(`${f}:${String(it.event.line)}: ${t}`);
        }
        const line = renderStoryLine(s, { format: stats.format });
        if (/[\x00-\x08\x0b-\x1f\x7f]/.test(line)) bad.push(`${f}:${String(s.items[0]!.event.line)}: control character in output`);
      }
    }
    expect(events).toBeGreaterThan(5000);
    expect(bad.slice(0, 20)).toEqual([]);
  }, 120_000);
});
