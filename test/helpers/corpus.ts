// Where the shared corpus of real traces is, and its trace files.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

/** Every trace file below `dir` (recursively, sorted), leaving out .cmd/.md/.gz files. */
export function traceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...traceFiles(p));
    else if (!/\.(cmd|md|gz)$/.test(name)) out.push(p);
  }
  return out;
}
