// Golden files: compared with the file beside the test; created or updated only on purpose
// (UPDATE_GOLDEN=1), then reviewed before committing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/** Compares with `dir/name`. A missing one fails: it is created only on purpose, to be reviewed. */
export function golden(dir: string, name: string, actual: string): void {
  const file = dir + name;
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  else if (!existsSync(file)) {
    throw new Error(`golden file test/golden/${name} is missing; create it with UPDATE_GOLDEN=1 npx vitest run test/golden, then review it before committing`);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
