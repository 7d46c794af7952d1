// Every regex literal in src/ and grammars/, checked for ReDoS with recheck (automaton and fuzz
// checkers): trace text is untrusted and a line may be 1 MiB, so a pattern that backtracks
// polynomially or exponentially on some input can hang tracex. A vulnerable pattern fails the
// test with its file and the attack string recheck found, unless it is in KNOWN below (found by
// this test when it was written, each to be fixed where it lives; the list may only shrink).
// A check that times out (a busy machine) says 'unknown' and fails nothing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, type Diagnostics } from 'recheck';
import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';
import { KNOWN_VULNERABLE } from './regex-known.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Literal {
  file: string;
  pattern: string;
  flags: string;
}

/** The regex literals of every .ts/.tsx file under `dirs`, read with a real TypeScript parser (vite's rolldown/oxc). */
function regexLiterals(dirs: string[]): Literal[] {
  const out: Literal[] = [];
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(n)) files.push(p);
    }
  };
  for (const d of dirs) walk(join(ROOT, d));
  for (const f of files) {
    const file = f.slice(ROOT.length);
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(visit);
      const n = node as { type?: string; regex?: { pattern: string; flags: string } };
      if (n.type === 'Literal' && n.regex) out.push({ file, pattern: n.regex.pattern, flags: n.regex.flags });
      for (const v of Object.values(node)) visit(v);
    };
    visit(parseAst(readFileSync(f, 'utf8'), { lang: f.endsWith('x') ? 'tsx' : 'ts' }, f));
  }
  return out;
}

/** No `*`, `+` or `{n,}`: each match attempt is bounded by the pattern's length, so it cannot blow up. */
const BOUNDED = (p: string): boolean => !/(?<!\\)[*+]|\{\d+,\}/.test(p);

describe('regex safety (recheck)', () => {
  const literals = regexLiterals(['src', 'grammars']);

  it('finds the regex literals of the sources (the scan itself works)', () => {
    expect(literals.length).toBeGreaterThan(300);
    expect(literals).toContainEqual({ file: 'src/ingest/detect.ts', pattern: '^\\s*$|^strace: Process \\d+ attached', flags: '' });
  });

  it('no regex literal is vulnerable to ReDoS, beyond the known ones', async () => {
    const distinct = new Map<string, Literal[]>();
    for (const l of literals) {
      if (BOUNDED(l.pattern)) continue;
      const key = `/${l.pattern}/${l.flags}`;
      distinct.set(key, [...(distinct.get(key) ?? []), l]);
    }
    // One at a time: checks run side by side on a busy machine time out and say nothing.
    const verdicts: { key: string; ls: Literal[]; d: Diagnostics }[] = [];
    for (const [key, ls] of distinct) verdicts.push({ key, ls, d: await check(ls[0]!.pattern, ls[0]!.flags, { timeout: 5_000 }) });
    const known = new Set(KNOWN_VULNERABLE.map((k) => `${k.file} ${k.regex}`));
    const found: string[] = [];
    const fresh: string[] = [];
    for (const { key, ls, d } of verdicts) {
      if (d.status !== 'vulnerable') continue;
      for (const l of ls) {
        found.push(`${l.file} ${key}`);
        if (!known.has(`${l.file} ${key}`)) fresh.push(`${l.file}: ${key} is ${complexity(d)}; attack: ${d.attack.pattern}`);
      }
    }
    expect(fresh, 'vulnerable regexes (fix them where they live)').toEqual([]);
    // A fixed pattern leaves the list. Said, not failed: the fuzz checker may miss an attack on one run.
    const stale = [...known].filter((k) => !found.includes(k) && !verdicts.some((v) => v.d.status === 'unknown' && k.endsWith(v.key)));
    if (stale.length) console.warn(`KNOWN_VULNERABLE entries not found vulnerable this run (remove them once fixed):\n${stale.join('\n')}`);
  }, 900_000);
});

function complexity(d: Diagnostics): string {
  return d.status === 'vulnerable' ? `${d.complexity.type}${d.complexity.type === 'polynomial' ? ` (degree ${String(d.complexity.degree)})` : ''}` : d.status;
}
