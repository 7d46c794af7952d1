// Where the shared corpus of real traces is, and its trace files. The corpus lives beside the
// checkout (../shared); a clone without it skips the tests that read it, test by test, so
// the unit tests in the same files still run (vitest.config.ts makes it an error in CI).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

/** ../shared: the corpus and the format references. */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const CORPUS = join(SHARED, 'corpus/');
export const FORMATS = join(SHARED, 'formats/');

/** The shared corpus is there to read. */
export const hasCorpus = existsSync(CORPUS);

/** `describe` / `it` for tests that read ../shared: skipped when it is absent. */
export const describeCorpus: ReturnType<typeof describe.skipIf> = describe.skipIf(!hasCorpus);
export const itCorpus: ReturnType<typeof it.skipIf> = it.skipIf(!hasCorpus);

/** Every trace file below `dir` (recursively, sorted), leaving out .cmd/.md/.gz files; none when the corpus is absent. */
export function traceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...traceFiles(p));
    else if (!/\.(cmd|md|gz)$/.test(name)) out.push(p);
  }
  return out;
}
