import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Many tests read the real traces and format references in ../shared (beside this checkout, as
// the workplace lays it out). A clone on its own has no ../shared: the tests that read it skip
// themselves (test/helpers/corpus.ts: describeCorpus, itCorpus) and the rest still run. CI must
// have it: there a missing ../shared is an error.
const SHARED = fileURLToPath(new URL('../shared/corpus/', import.meta.url));

if (!existsSync(SHARED)) {
  if (process.env.CI) throw new Error(`tests need the shared corpus at ${SHARED} (CI is set)`);
  console.warn(`tracex: no shared corpus at ${SHARED}: the tests that read it are skipped.`);
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
