// Every syscall line of every real trace: its argument text parses without failure and
// prints back exactly. Failing lines are listed as file:line in the assertion message.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../grammars/args.js';
import { printArgs } from '../../grammars/print-args.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

function traceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...traceFiles(p));
    else if (!/\.(cmd|md|gz)$/.test(name)) out.push(p);
  }
  return out;
}

// strace: optional pid / time / -n / -i fields, then `name(` or `<... name resumed>`.
const STRACE_HEAD =
  /^(?:\[pid +\d+(?:<[^>]*>)?\] |\d+(?:<[^>]*>)? +)?\s*(?:\d[\d:.]* )?(?:\(\+ *[\d.]+\) )?(?:\[ *\d+\] )?(?:\[[0-9a-f?]{16}\] )?(?:<\.\.\. \w+ resumed>|[a-z_]\w*\()/;

/**
 * Argument text of a strace line: up to the `)` that closes the call, or up to the
 * ` <unfinished ...>`/` <detached ...>` that cuts it. Quote- and bracket-aware.
 * null: not a syscall line; undefined: a call cut by a spliced `strace:` message.
 */
function straceArgs(raw: string): string | null | undefined {
  const line = raw.replace(/\x1b\[[0-9;]*m/g, '');
  const m = STRACE_HEAD.exec(line);
  if (!m) return null;
  const start = m[0].length;
  let depth = 0;
  for (let i = start; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      for (i++; i < line.length && line[i] !== '"'; i++) if (line[i] === '\\') i++;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === ')') {
      if (depth === 0) return line.slice(start, i);
      depth--;
    } else if (c === ' ' && depth === 0 && /^ <(?:unfinished|detached) \.\.\.>/.test(line.slice(i, i + 17))) {
      return line.slice(start, i);
    }
  }
  return undefined;
}

/** dtruss and Nanos: `name(ARGS) = ...` with the last `)` before ` = `, or a resumed/unfinished half. */
function otherArgs(line: string): string | null {
  if (line.startsWith('#')) return null;
  const res = /<\.\.\. \w+ resumed>/.exec(line);
  let start: number;
  if (res) start = res.index + res[0].length;
  else {
    const m = /(?:^|[\s\]:])[A-Za-z_]\w*\(/.exec(line);
    if (!m) return null;
    start = m.index + m[0].length;
  }
  const cut = line.indexOf(' <unfinished ...>', start);
  if (cut >= 0) return line.slice(start, cut);
  let end = -1;
  for (const m of line.matchAll(/\)\s*= /g)) if (m.index >= start) end = m.index;
  return end < 0 ? null : line.slice(start, end);
}

function check(dir: string, extract: (line: string) => string | null | undefined) {
  const failures: string[] = [];
  let count = 0;
  for (const file of traceFiles(join(CORPUS, dir))) {
    const rel = file.slice(CORPUS.length);
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, k) => {
        const args = extract(line);
        if (args === null || args === undefined) return;
        count++;
        const list = parseArgs(args);
        if (list.failed) failures.push(`${rel}:${k + 1}: parse failed: ${args}`);
        else if (printArgs(list) !== args) failures.push(`${rel}:${k + 1}: printed ${printArgs(list)} for ${args}`);
      });
  }
  return { count, failures };
}

describe('argument round trip over the corpus', () => {
  it('reads and reprints every strace argument list', () => {
    const { count, failures } = check('strace', straceArgs);
    expect(count).toBeGreaterThan(20000);
    expect(failures, failures.slice(0, 50).join('\n')).toEqual([]);
  });

  it('reads and reprints every dtruss and Nanos argument list', () => {
    let total = 0;
    for (const dir of ['dtruss', 'nanos', 'nanos-live']) {
      const { count, failures } = check(dir, otherArgs);
      total += count;
      expect(failures, failures.slice(0, 50).join('\n')).toEqual([]);
    }
    expect(total).toBeGreaterThan(1500);
  });
});
