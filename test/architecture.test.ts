// The house rules of ../shared/DESIGN.md, checked on the source text: imports point down the
// floors, never up or sideways; only grammars/ and decode/ interpret argument text, so
// analyze/ and explain/ never read `.args`; the TUI (Ink, React) is never imported statically
// from outside it, so text and JSON runs never load it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * The floors, lowest first. A file may import its own floor and any floor listed before it;
 * floors in one entry sit side by side and may not import each other.
 */
const FLOORS: readonly (readonly string[])[] = [
  ['model', 'text'], // text: measuring and cutting strings for a terminal (no knowledge of traces)
  ['knowledge'],
  ['grammars', 'ingest'],
  ['parse'],
  ['decode'],
  ['analyze'],
  ['explain'],
  ['render'],
  ['pipeline', 'diff'], // the stages assembled once, for the TUI and the CLI alike; two runs compared
  ['tui'],
  ['cli'],
];
const RANK = new Map(FLOORS.flatMap((names, rank) => names.map((n) => [n, rank] as const)));
/** src/index.ts is the library API: it may use any floor below the CLI. */
const LIBRARY = 'index';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The floor of a file: grammars/…, src/<floor>/…, or src/index.ts. */
function floorOf(file: string): string | undefined {
  const parts = relative(ROOT, file).split(/[\\/]/);
  if (parts[0] === 'grammars') return 'grammars';
  if (parts[0] !== 'src') return undefined;
  return parts.length === 2 ? parts[1]!.replace(/\.tsx?$/, '') : parts[1];
}

interface Import {
  line: number;
  spec: string;
  /** `import type` / `export type` or `typeof import(...)`: erased, loads nothing. */
  typeOnly: boolean;
  dynamic: boolean;
}

const STATIC = /^\s*(import|export)\s+(type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;
const DYNAMIC = /(typeof\s+)?\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(text: string): Import[] {
  const lineAt = (index: number): number => text.slice(0, index).split('\n').length;
  const out: Import[] = [];
  for (const m of text.matchAll(STATIC)) {
    out.push({ line: lineAt(m.index + m[0].search(/\S/)), spec: m[3] ?? m[4]!, typeOnly: m[2] !== undefined, dynamic: false });
  }
  for (const m of text.matchAll(DYNAMIC)) out.push({ line: lineAt(m.index), spec: m[2]!, typeOnly: m[1] !== undefined, dynamic: true });
  return out;
}

const FILES = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'grammars'))];
const where = (file: string, line: number): string => `${relative(ROOT, file)}:${String(line)}`;

/** Every relative import, with the floors of both ends. */
const EDGES = FILES.flatMap((file) =>
  importsOf(readFileSync(file, 'utf8'))
    .filter((i) => i.spec.startsWith('.'))
    .map((i) => ({ ...i, file, from: floorOf(file), to: floorOf(resolve(dirname(file), i.spec)) })),
);

describe('architecture', () => {
  it('finds the source and its imports', () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(EDGES.length).toBeGreaterThan(300);
  });

  it('knows the floor of every source file', () => {
    const unknown = FILES.filter((f) => {
      const floor = floorOf(f);
      return floor !== LIBRARY && !RANK.has(floor ?? '');
    });
    expect(unknown.map((f) => `${relative(ROOT, f)}: not in a known floor (add its folder to FLOORS in test/architecture.test.ts)`)).toEqual([]);
  });

  it('imports only point down the floors (model ← knowledge ← grammars, ingest ← parse ← decode ← analyze ← explain ← render ← pipeline ← tui ← cli)', () => {
    const bad: string[] = [];
    for (const e of EDGES) {
      if (!e.from || !e.to || e.from === e.to) continue;
      if (e.from === LIBRARY) {
        if (e.to === 'cli') bad.push(`${where(e.file, e.line)}: the library API imports cli/ (${e.spec})`);
        continue;
      }
      const from = RANK.get(e.from);
      const to = RANK.get(e.to);
      if (from === undefined || to === undefined) continue; // reported by the test above
      if (to > from) bad.push(`${where(e.file, e.line)}: ${e.from}/ imports ${e.spec}, which is above it (${e.to}/)`);
      else if (to === from) bad.push(`${where(e.file, e.line)}: ${e.from}/ imports ${e.spec}, which sits beside it (${e.to}/)`);
    }
    expect(bad).toEqual([]);
  });

  it('only grammars/ and decode/ interpret argument text: nothing in src/analyze or src/explain reads .args', () => {
    const bad: string[] = [];
    for (const file of FILES.filter((f) => ['analyze', 'explain'].includes(floorOf(f) ?? ''))) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((text, i) => {
          if (/\.args\b/.test(text)) bad.push(`${where(file, i + 1)}: ${text.trim()}`);
        });
    }
    expect(bad, 'ask the call view (src/decode/call-view.ts) instead of reading ev.args').toEqual([]);
  });

  it('loads the terminal UI only on demand: no static import of src/tui from outside it', () => {
    const bad = EDGES.filter((e) => e.to === 'tui' && e.from !== 'tui' && !e.dynamic && !e.typeOnly).map((e) => `${where(e.file, e.line)}: ${e.spec}`);
    expect(bad).toEqual([]);
  });
});
