// analyze/ asks the call view what an argument means and never reads argument text itself;
// its core (state, observations, types, index) imports no detector.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../src/analyze/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('analyze boundaries', () => {
  it('reads no `.args` (ev.args, call.args): argument text is for decode/', () => {
    const hits = files(ROOT).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((l, i) => (/\.args\b/.test(l) ? `${relative(ROOT, f)}:${String(i + 1)}: ${l.trim()}` : ''))
        .filter(Boolean),
    );
    expect(hits).toEqual([]);
  });

  it('keeps detectors out of the core modules', () => {
    // index.ts assembles the analyzer with the detectors' registry: the one core module that may.
    const core = files(ROOT).filter((f) => !relative(ROOT, f).startsWith('detectors') && relative(ROOT, f) !== 'index.ts');
    const bad = core.filter((f) => /from '(?:\.\.?\/)+detectors\//.test(readFileSync(f, 'utf8')));
    expect(bad.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
