// A small reader of C headers for the table tests: `#define NAME expr` and enum members
// (with implicit increments), evaluated with names resolved across the headers given.
// Enough for uapi/glibc constant headers; anything it cannot evaluate is left undefined.

import { readFileSync } from 'node:fs';

export interface HeaderSet {
  /** The expression text of each name, in the order first seen. */
  exprs: Map<string, string>;
  /** Which header a name came from. */
  origin: Map<string, string>;
  value(name: string): number | undefined;
}

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, '');
}

export function readHeaders(paths: readonly string[]): HeaderSet {
  const exprs = new Map<string, string>();
  const origin = new Map<string, string>();
  const set = (name: string, expr: string, path: string) => {
    // A `#define X X` after an enum member names the member; keep the member's value.
    if (expr === name) return;
    if (!exprs.has(name)) {
      exprs.set(name, expr);
      origin.set(name, path);
    }
  };
  for (const path of paths) {
    const text = stripComments(readFileSync(path, 'utf8')).replace(/\\\n/g, ' ');
    for (const m of text.matchAll(/^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)[ \t]+([^\n]+)$/gm)) set(m[1]!, m[2]!.trim(), path);
    for (const m of text.matchAll(/\benum\b[^{;]*\{([^}]*)\}/g)) {
      let next = '0';
      const body = m[1]!.replace(/^[ \t]*#[^\n]*$/gm, '');
      for (const part of body.split(',')) {
        const em = /^\s*([A-Za-z_]\w*)\s*(?:=\s*([\s\S]+?))?\s*$/.exec(part);
        if (!em) continue;
        const expr = em[2] ?? next;
        set(em[1]!, expr, path);
        next = `(${em[1]!}) + 1`;
      }
    }
  }
  const cache = new Map<string, number | undefined>();
  const value = (name: string, depth = 0): number | undefined => {
    if (cache.has(name)) return cache.get(name);
    const expr = exprs.get(name);
    if (expr === undefined || depth > 20) return undefined;
    let bad = false;
    const js = expr.replace(/0[xX][0-9a-fA-F]+[uUlL]*|\d+[uUlL]*|[A-Za-z_]\w*/g, (tok) => {
      if (/^0[xX]/.test(tok)) return String(parseInt(tok.replace(/[uUlL]+$/, ''), 16));
      if (/^0[0-7]+[uUlL]*$/.test(tok)) return String(parseInt(tok.replace(/[uUlL]+$/, ''), 8));
      if (/^\d/.test(tok)) return tok.replace(/[uUlL]+$/, '');
      const v = value(tok, depth + 1);
      if (v === undefined) bad = true;
      return String(v);
    });
    let out: number | undefined;
    if (!bad && /^[\d\s()+\-|&~<>*]+$/.test(js)) {
      try {
        out = Number(new Function(`return (${js});`)());
      } catch {
        out = undefined;
      }
    }
    cache.set(name, out);
    return out;
  };
  return { exprs, origin, value };
}
