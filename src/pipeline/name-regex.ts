// `-e trace=/regex`: strace matches a POSIX extended regular expression against each syscall
// name (regexec, unanchored). JavaScript's engine backtracks, so a pattern like `(a+)+$` could
// take exponential time; strace's names are short, but a trace's names are untrusted text. The
// patterns that can blow up are refused before compiling (a repeated group that itself repeats or
// alternates, back-references, look-arounds), the pattern is bounded in length, and the name
// tested is bounded too: what is left runs in time linear in the pattern for each name.

import { FilterError } from './filter-error.js';

const MAX_PATTERN = 256;
/** Longer than any real syscall name (the longest in strace's table is 24 characters). */
export const MAX_NAME = 64;

/** POSIX bracket classes → JavaScript ones (regex(7)). */
const POSIX_CLASSES: Readonly<Record<string, string>> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', blank: ' \\t', word: 'A-Za-z0-9_',
};

/** Why a pattern is refused, or undefined when it is safe to run. */
export function unsafeReason(pattern: string): string | undefined {
  if (pattern.length > MAX_PATTERN) return `longer than ${String(MAX_PATTERN)} characters`;
  if (/\\[1-9]|\\k</.test(pattern)) return 'it has a back-reference';
  if (/\(\?<?[=!]/.test(pattern)) return 'it has a look-around';
  // A group repeated without bound (`*`, `+`, `{n,}`, `{n,m}` with m > 1) whose body repeats or
  // alternates: the engine may try every way of splitting the name between the repetitions.
  const stack: { start: number; risky: boolean }[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      i = classEnd(pattern, i);
      continue;
    }
    if (c === '(') stack.push({ start: i, risky: false });
    else if (c === '|' || repeatsAt(pattern, i) > 0) {
      if (stack.length) stack[stack.length - 1]!.risky = true;
    } else if (c === ')') {
      const g = stack.pop();
      if (!g) return 'its parentheses do not match';
      if (g.risky && repeatsAt(pattern, i + 1) === 2) return `the repeated group ${pattern.slice(g.start, i + 1)} repeats or alternates inside (it could take exponential time)`;
      if (g.risky && stack.length) stack[stack.length - 1]!.risky = true;
    }
  }
  return stack.length ? 'its parentheses do not match' : undefined;
}

/** 0: no quantifier at i; 1: one that repeats at most once (`?`, `{0,1}`); 2: one that repeats more. */
function repeatsAt(p: string, i: number): 0 | 1 | 2 {
  const c = p[i];
  if (c === '*' || c === '+') return 2;
  if (c === '?') return p[i - 1] === '(' ? 0 : 1;
  if (c === '{') {
    // The comma is optional as a group, so the digits before it cannot also be read after it (linear).
    const m = /^\{(\d*)(?:(,)(\d*))?\}/.exec(p.slice(i));
    if (!m) return 0;
    if (m[2] === undefined) return Number(m[1]) > 1 ? 2 : 1;
    return !m[3] || Number(m[3]) > 1 ? 2 : 1;
  }
  return 0;
}

/** Index of the `]` closing the bracket expression that opens at i. */
function classEnd(p: string, i: number): number {
  let j = i + 1;
  if (p[j] === '^') j++;
  if (p[j] === ']') j++;
  for (; j < p.length; j++) {
    if (p[j] === '[' && p[j + 1] === ':') {
      const close = p.indexOf(':]', j + 2);
      if (close > 0) j = close + 1;
    } else if (p[j] === ']') return j;
  }
  return p.length;
}

/** Compiles a `/regex` of `-e trace=` into a test of a name; throws FilterError for an unsafe or invalid pattern. */
export function compileNameRegex(pattern: string): (name: string) => boolean {
  const why = unsafeReason(pattern);
  if (why) throw new FilterError(`-e trace=/${pattern}: refused because ${why}`);
  const js = pattern.replace(/\[:([a-z]+):\]/g, (all, name: string) => POSIX_CLASSES[name] ?? all);
  let re: RegExp;
  try {
    re = new RegExp(js);
  } catch (err) {
    throw new FilterError(`-e trace=/${pattern}: ${(err as Error).message}`);
  }
  return (name) => re.test(name.length > MAX_NAME ? name.slice(0, MAX_NAME) : name);
}
