// The argument grammar: the text between a syscall's parentheses → ArgList (model/args.ts).
// Used for strace, dtruss and Nanos argument lists. Printing the tree (print-args.ts) gives
// back the exact text. Speed matters (every shown/analysed event goes through here), so the
// composite rules are small loops over sticky-regex tokens with a first-character dispatch,
// and nothing on the common path backtracks.

import P from 'parsimmon';
import type {
  ArgList,
  ArgValue,
  ArrayArg,
  CallArg,
  FdArg,
  IntArg,
  NameArg,
  StrArg,
  StructArg,
} from '../src/model/args.js';
import { decodeCString, INT_SOURCE, parseIntText, QUOTED_SOURCE, token } from './lexemes.js';

/** The rules of the argument language and what each yields. */
export interface ArgLang {
  /** Whole argument text, with `lead`/`trail` fragments of split calls: `13741, ` / `, child_tidptr=0x7f..`. */
  list: ArgList;
  /** One argument or struct field: `flags=O_RDONLY`, `3</etc/passwd>`, `inet_pton(AF_INET6, "::1", &sin6_addr)`. */
  item: ArgValue;
  /** In/out pair or binary chain: `[110 => 2]`, `WIFEXITED(s) && WEXITSTATUS(s) == 3`. */
  expr: ArgValue;
  /** Flag set `A|B|0x40`, `0x1200000 /* A|B *\/|17 /* SIGCHLD *\/`. */
  flags: ArgValue;
  /** Tight arithmetic: `8192*1024`, `1<<CAP_CHOWN`. */
  arith: ArgValue;
  /** A value with its decorations: `3</dev/null<char 1:3>>`, `0x80000 /* O_RDONLY *\/`, `3</tmp/x>(deleted)`. */
  term: ArgValue;
  /** First-character dispatch to the leaf and bracket rules. */
  atom: ArgValue;
  /** `0x7ffd`, `-1`, `0644`, `0xFFFFFFFFFFFFFFFE`. */
  int: IntArg;
  /** `"caf\303\251\n"`, `"xxxx"...`, `@"demo-abstract"`. */
  str: StrArg;
  /** `AT_FDCWD`, `NULL`, `&sin6_addr`, `???`, `kern.bootargs`; `htons(5432)` when followed by `(`. */
  name: ArgValue;
  /** `{sa_family=AF_INET, sin_port=htons(1)}`, `{st_mode=S_IFREG|0644, ...}`; 4.x `{B38400 opost isig icanon echo ...}`. */
  struct: StructArg;
  /** `[1, 2]`, `[5 6]`, `~[ILL TRAP]`, `[]`, dtruss `[CTL_KERN, 14, 1, 3734, 0, 0] (4)`. */
  array: ArrayArg;
  /** `<... resuming interrupted read ...>` (restart_syscall's only argument). */
  resuming: NameArg;
  /** `...` (elided fields or array items). */
  ellipsis: ArgValue;
}

interface Runnable<T> {
  _(input: string, i: number): P.Reply<T>;
}
/** Runs a rule at an offset without wrapping it in a new parser (what parsimmon's combinators do). */
function run<T>(p: P.Parser<T>, input: string, i: number): P.Reply<T> {
  return (p as unknown as Runnable<T>)._(input, i);
}

const ok = P.makeSuccess;
const fail = P.makeFailure;

/** Leading fragment of a resumed half: ` => {..}`, `, child_tidptr=..`, or the 4.x space. */
const LEAD = /(?: => |,? +|,)/y;
/** Trailing fragment of an unfinished half: `13741, ` (or with the second space of ` <unfinished`). */
const TRAIL = /,? *$/y;
/** `name=`, also strace 4.x `msg_name(12)=` / `msg_iov(1)=` (field with its length). */
const ASSIGN = /([A-Za-z_][\w.]*(?:\(\d+\))?)=(?![=>])/y;
/** A comment standing alone, strace 4.x environment: `[/* 20 vars *\/]`. */
const BARE_COMMENT = /\/\* [\s\S]*? \*\//y;
const NAME = /(?:[A-Za-z_&?][\w?&.]*|-[A-Za-z_][\w]*)/y;
const COMMENT = / \/\* ([\s\S]*?) \*\//y;
const COUNT = / \(([0-9]+)\)/y;
/** Hardware address in netlink attributes: `00:00:00:00:00:00`. */
const HWADDR = /[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2})+(?![\w:])/y;
const RESUMING = /<\.\.\. [^<>]* \.\.\.>/y;
/** Spaced binary operators, loosest first; a chain keeps the spelling in `op`. */
const SPACED_OPS = [' or ', ' || ', ' && ', ' == ', ' != '] as const;
/** Unspaced operators: `8192*1024`, `1<<CAP_CHOWN`, and the older in/out arrow `[128->16]`. */
const TIGHT_OP = /(?:\*|<<|>>|\+|->)/y;

/** Tree of values[lo..hi] joined by ops[lo..hi-1]: split at the last loosest operator. */
function build(values: ArgValue[], ops: string[], lo: number, hi: number): ArgValue {
  if (lo === hi) return values[lo]!;
  let at = -1;
  let rank: number = SPACED_OPS.length;
  for (let k = lo; k < hi; k++) {
    const p = SPACED_OPS.indexOf(ops[k] as (typeof SPACED_OPS)[number]);
    if (p <= rank) {
      rank = p;
      at = k;
    }
  }
  return { kind: 'op', op: ops[at]!, left: build(values, ops, lo, at), right: build(values, ops, at + 1, hi) };
}

function execAt(re: RegExp, input: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(input);
}

/**
 * End index (after the closing `>`) of an fd/pid decoration starting at `<`, or -1.
 * Nested `<char 1:3>` counts. In a path (`</etc/passwd->` is the real file `/etc/passwd-`)
 * every `>` closes, because strace escapes `<` `>` `"` in paths. In socket forms the
 * `->` between endpoints sits inside `[...]` and the `"path"` of a UNIX socket is skipped whole.
 */
function decorationEnd(input: string, i: number): number {
  const isPath = input.charCodeAt(i + 1) === 47; // '/'
  let depth = 0;
  let square = 0;
  const n = input.length;
  for (let j = i; j < n; j++) {
    const c = input.charCodeAt(j);
    if (c === 62) {
      // >
      if (square > 0 && input.charCodeAt(j - 1) === 45) continue; // `->` inside [...]
      if (--depth === 0) return j + 1;
    } else if (c === 60) depth++; // <
    else if (c === 92) j++; // escaped character
    else if (!isPath) {
      if (c === 91) square++;
      else if (c === 93) square--;
      else if (c === 34) {
        const q = closingQuote(input, j);
        if (q > 0) j = q;
      }
    }
  }
  return -1;
}

function closingQuote(input: string, i: number): number {
  const n = input.length;
  for (let j = i + 1; j < n; j++) {
    const c = input.charCodeAt(j);
    if (c === 92) j++;
    else if (c === 34) return j;
  }
  return -1;
}

/** Items separated by `, ` up to `close` (`}` or `)`); the opener is already consumed. */
function commaItems(
  item: P.Parser<ArgValue>,
  input: string,
  i: number,
  close: number,
): P.Reply<ArgValue[]> {
  const items: ArgValue[] = [];
  if (input.charCodeAt(i) === close) return ok(i + 1, items);
  for (;;) {
    const r = run(item, input, i);
    if (!r.status) return r;
    items.push(r.value);
    i = r.index;
    const c = input.charCodeAt(i);
    if (c === close) return ok(i + 1, items);
    if (c === 44 && input.charCodeAt(i + 1) === 32) i += 2;
    else return fail(i, `", " or closing bracket`);
  }
}

const language = P.createLanguage<ArgLang>({
  list: (r) =>
    P((input, i) => {
      const n = input.length;
      let lead: string | undefined;
      const lm = execAt(LEAD, input, i);
      if (lm) {
        lead = lm[0];
        i += lead.length;
      }
      const items: ArgValue[] = [];
      let trail: string | undefined;
      while (i < n) {
        const v = run(r.item, input, i);
        if (!v.status) return v;
        items.push(v.value);
        i = v.index;
        if (i >= n) break;
        if (input.charCodeAt(i) === 44 && input.charCodeAt(i + 1) === 32 && i + 2 < n && input.charCodeAt(i + 2) !== 32) {
          i += 2;
          continue;
        }
        const tm = execAt(TRAIL, input, i);
        if (tm) {
          trail = tm[0];
          i = n;
          break;
        }
        return fail(i, '", " between arguments');
      }
      const list: ArgList = { items };
      if (lead !== undefined) list.lead = lead;
      if (trail !== undefined) list.trail = trail;
      return ok(i, list);
    }),

  item: (r) =>
    P((input, i) => {
      const c = input.charCodeAt(i);
      // name=value: only names start with a letter or `_`
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) {
        const m = execAt(ASSIGN, input, i);
        if (m) {
          const v = run(r.expr, input, i + m[0].length);
          if (!v.status) return v;
          return ok(v.index, { kind: 'assign', name: m[1]!, value: v.value } as ArgValue);
        }
      }
      return run(r.expr, input, i);
    }),

  expr: (r) => {
    // Spaced operators are rare: read operands and operators flat, then build the tree by
    // precedence (SPACED_OPS is loosest first; equal operators group to the left).
    const chain = (input: string, i: number): P.Reply<ArgValue> => {
      const first = run(r.flags, input, i);
      if (!first.status || input.charCodeAt(first.index) !== 32) return first;
      const values = [first.value];
      const ops: string[] = [];
      let j = first.index;
      for (;;) {
        const op = input.charCodeAt(j) === 32 ? SPACED_OPS.find((o) => input.startsWith(o, j)) : undefined;
        if (op === undefined) break;
        const next = run(r.flags, input, j + op.length);
        if (!next.status) return next;
        ops.push(op);
        values.push(next.value);
        j = next.index;
      }
      return ok(j, ops.length ? build(values, ops, 0, values.length - 1) : first.value);
    };
    return P((input, i) => {
      const before = chain(input, i);
      if (!before.status || !input.startsWith(' => ', before.index)) return before;
      const after = chain(input, before.index + 4);
      if (!after.status) return after;
      return ok(after.index, { kind: 'inout', before: before.value, after: after.value } as ArgValue);
    });
  },

  flags: (r) =>
    P((input, i) => {
      const first = run(r.arith, input, i);
      if (!first.status || input.charCodeAt(first.index) !== 124) return first; // |
      // `||` is an operator, not a flag separator
      if (input.charCodeAt(first.index + 1) === 124) return first;
      const items = [first.value];
      let j = first.index;
      while (input.charCodeAt(j) === 124 && input.charCodeAt(j + 1) !== 124) {
        const next = run(r.arith, input, j + 1);
        if (!next.status) return next;
        items.push(next.value);
        j = next.index;
      }
      return ok(j, { kind: 'flags', items } as ArgValue);
    }),

  arith: (r) =>
    P((input, i) => {
      let left = run(r.term, input, i);
      if (!left.status) return left;
      for (;;) {
        const c = input.charCodeAt(left.index);
        if (c !== 42 && c !== 60 && c !== 62 && c !== 43 && c !== 45) return left;
        const m = execAt(TIGHT_OP, input, left.index);
        if (!m) return left;
        const right: P.Reply<ArgValue> = run(r.term, input, left.index + m[0].length);
        if (!right.status) return right;
        left = ok(right.index, { kind: 'op', op: m[0], left: left.value, right: right.value } as ArgValue);
      }
    }),

  term: (r) =>
    P((input, i) => {
      const a = run(r.atom, input, i);
      if (!a.status) return a;
      let v = a.value;
      let j = a.index;
      for (;;) {
        const c = input.charCodeAt(j);
        if (c === 60 && input.charCodeAt(j + 1) !== 60 && (v.kind === 'int' || v.kind === 'name' || v.kind === 'commented')) {
          // fd or pid decoration: 3</etc/passwd>, AT_FDCWD</srv>, 19478<misc-renamed>
          const end = decorationEnd(input, j);
          if (end < 0) return fail(j, 'closing > of a decoration');
          let decoration = input.slice(j + 1, end - 1);
          const fd: FdArg = { kind: 'fd', value: v, decoration };
          if (decoration.endsWith(' (deleted)')) {
            decoration = decoration.slice(0, -10);
            fd.decoration = decoration;
            fd.deleted = true;
            fd.deletedInside = true;
          }
          j = end;
          if (input.startsWith('(deleted)', j)) {
            fd.deleted = true;
            j += 9;
          }
          v = fd;
        } else if (c === 32 && input.charCodeAt(j + 1) === 47) {
          const m = execAt(COMMENT, input, j);
          if (!m) return ok(j, v);
          v = { kind: 'commented', value: v, comment: m[1]! };
          j += m[0].length;
        } else if (c === 32 && v.kind === 'array' && input.charCodeAt(j + 1) === 40) {
          const m = execAt(COUNT, input, j);
          if (!m) return ok(j, v);
          v.count = { kind: 'int', text: m[1]!, value: Number(m[1]) };
          j += m[0].length;
        } else return ok(j, v);
      }
    }),

  atom: (r) =>
    P((input, i) => {
      const c = input.charCodeAt(i);
      if (c === 34 || c === 64) return run(r.str, input, i); // " @
      if (input.charCodeAt(i + 2) === 58) {
        // `:` after two characters: a hardware address
        const m = execAt(HWADDR, input, i);
        if (m) return ok(i + m[0].length, { kind: 'name', text: m[0] } as ArgValue);
      }
      if ((c >= 48 && c <= 57) || c === 45) {
        const n = run(r.int, input, i);
        return n.status || c !== 45 ? n : run(r.name, input, i);
      }
      if (c === 123) return run(r.struct, input, i); // {
      if (c === 91 || c === 126) return run(r.array, input, i); // [ ~
      if (c === 46) return run(r.ellipsis, input, i); // .
      if (c === 60) return run(r.resuming, input, i); // <
      if (c === 47) {
        const m = execAt(BARE_COMMENT, input, i);
        return m ? ok(i + m[0].length, { kind: 'name', text: m[0] } as ArgValue) : fail(i, 'comment');
      }
      return run(r.name, input, i);
    }),

  int: () => token(new RegExp(INT_SOURCE + '(?![\\w])'), (m) => ({ kind: 'int', text: m[0], value: parseIntText(m[0]) }), 'integer'),

  str: () =>
    token(
      new RegExp('(@?)(' + QUOTED_SOURCE + ')(\\.\\.\\.)?'),
      (m) => {
        const text = m[2]!;
        const s: StrArg = { kind: 'str', text, value: decodeCString(text.slice(1, -1)), truncated: m[3] !== undefined };
        if (m[1]) s.abstract = true;
        return s;
      },
      'string',
    ),

  name: (r) =>
    P((input, i) => {
      const m = execAt(NAME, input, i);
      if (!m) return fail(i, 'value');
      const text = m[0];
      const j = i + text.length;
      if (input.charCodeAt(j) !== 40) return ok(j, { kind: 'name', text } as ArgValue); // (
      const args = commaItems(r.item, input, j + 1, 41);
      if (!args.status) return args;
      return ok(args.index, { kind: 'call', name: text, args: args.value } as CallArg as ArgValue);
    }),

  struct: (r) =>
    P((input, i) => {
      const st: StructArg = { kind: 'struct', items: [] };
      let j = i + 1;
      if (input.charCodeAt(j) === 125) return ok(j + 1, st);
      for (;;) {
        const v = run(r.item, input, j);
        if (!v.status) return v;
        st.items.push(v.value);
        j = v.index;
        const c = input.charCodeAt(j);
        if (c === 125) return ok(j + 1, st);
        if (c === 44 && input.charCodeAt(j + 1) === 32 && st.sep === undefined) j += 2;
        else if (c === 32 && (st.sep === ' ' || st.items.length === 1)) {
          st.sep = ' ';
          j++;
        } else return fail(j, '", " or }');
      }
    }),

  array: (r) =>
    P((input, i) => {
      let complement = false;
      if (input.charCodeAt(i) === 126) {
        complement = true;
        i++;
        if (input.charCodeAt(i) !== 91) return fail(i, '[ after ~');
      }
      const arr: ArrayArg = { kind: 'array', items: [], sep: ', ' };
      if (complement) arr.complement = true;
      let j = i + 1;
      if (input.charCodeAt(j) === 93) return ok(j + 1, arr);
      const first = run(r.item, input, j);
      if (!first.status) return first;
      arr.items.push(first.value);
      j = first.index;
      if (input.charCodeAt(j) === 93) return ok(j + 1, arr);
      if (input.charCodeAt(j) === 32) arr.sep = ' ';
      else if (input.charCodeAt(j) !== 44 || input.charCodeAt(j + 1) !== 32) return fail(j, '", ", " " or ]');
      const sepLen = arr.sep.length;
      const sepCode = input.charCodeAt(j);
      for (;;) {
        const next = run(r.item, input, j + sepLen);
        if (!next.status) return next;
        arr.items.push(next.value);
        j = next.index;
        const c = input.charCodeAt(j);
        if (c === 93) return ok(j + 1, arr);
        if (c !== sepCode || (sepLen === 2 && input.charCodeAt(j + 1) !== 32)) return fail(j, 'array separator or ]');
      }
    }),

  resuming: () => token(RESUMING, (m) => ({ kind: 'name', text: m[0] }), '<... resuming ...>'),

  ellipsis: () =>
    P((input, i) => (input.startsWith('...', i) ? ok(i + 3, { kind: 'ellipsis' } as ArgValue) : fail(i, '...'))),
});

/** The parsimmon language, for grammars that embed argument values (e.g. signal lines' `{si_signo=...}`). */
export const argLanguage = language;

/**
 * Parses the text between a syscall's parentheses. Never throws: text the grammar cannot read
 * comes back as one raw item with `failed: true`.
 */
export function parseArgs(text: string): ArgList {
  try {
    const r = run(language.list, text, 0);
    if (r.status && r.index === text.length) return r.value;
  } catch {
    // deep nesting can overflow the stack: fall through to raw
  }
  return { items: [{ kind: 'raw', text }], failed: true };
}

/** Parses one value (e.g. a return value's decoration or a struct printed on a signal line); null when unreadable. */
export function parseValue(text: string): ArgValue | null {
  try {
    const r = run(language.item, text, 0);
    if (r.status && r.index === text.length) return r.value;
  } catch {
    // fall through
  }
  return null;
}
