// strace's filter syntax on a saved trace: `-e trace=SET`, `-e status=SET`, `-e fd=SET`
// (strace(1), "Filtering"; its parser is src/filter_qualify.c and src/basic_filters.c).
//   SET      [!]value[,value]…   a leading `!` inverts the whole set; `all`, `none`
//   value    a name (`connect`), a class (`%file`, `%net`, bare `file`), `/regex` over the names,
//            `?value` (no error when it matches nothing)
//   -e X     with no `qualifier=` is `trace=X` (`-e '!mmap'`, `-e /^conn`).
// Repeated `-e trace=` sets combine (a call passes when it is in every one): `-e trace=%net -e
// '!sendto'` is the network calls but sendto. strace keeps only the last one; tracex's older `-e a
// -e b` meant a or b, so plain lists (no `!`) given one by one are joined into one set first.

import { classMembers, CLASS_NAMES, closestNames, inNameSet, knownSyscallNames } from '../knowledge/syscall-classes.js';
import { canonicalName } from '../knowledge/syscalls.js';
import { FilterError } from './filter-error.js';
import { compileNameRegex } from './name-regex.js';

export { FilterError };

/** strace's `status=` values (filter_qualify.c statusstr_to_uint). */
export const STATUSES = ['successful', 'failed', 'unfinished', 'unavailable', 'detached'] as const;
export type CallStatusName = (typeof STATUSES)[number];

/** One `trace=` set, compiled: does a call name belong to it? */
export interface NameSet {
  /** The expression as given, for messages and labels. */
  text: string;
  test(name: string): boolean;
}

export interface FilterExpressions {
  /** Every set must pass (empty: every call). */
  trace: NameSet[];
  /** undefined: every status. */
  status?: ReadonlySet<CallStatusName>;
  /** `-e fd=` / `-e trace-fds=`. */
  fds: number[];
}

const QUALIFIERS: Readonly<Record<string, 'trace' | 'status' | 'fd'>> = {
  trace: 'trace', t: 'trace', status: 'status', 'trace-fd': 'fd', 'trace-fds': 'fd', fd: 'fd', fds: 'fd',
};

/** strace qualifiers that only mean something while tracing a live process. */
const LIVE_ONLY = ['abbrev', 'a', 'verbose', 'v', 'raw', 'x', 'signal', 'signals', 's', 'quiet', 'silent', 'silence', 'q', 'read', 'reads', 'r', 'write', 'writes', 'w', 'fault', 'inject', 'kvm', 'decode-fd', 'decode-fds', 'decode-pid', 'decode-pids', 'secontext', 'namespace'];

/** Reads every `-e` expression given (in order). Throws FilterError for an unknown name, class, status or qualifier. */
export function parseFilterExpressions(exprs: readonly string[]): FilterExpressions {
  const out: FilterExpressions = { trace: [], fds: [] };
  const plain: string[] = [];
  for (const expr of exprs) {
    const m = /^([a-z-]+)=(.*)$/s.exec(expr);
    const qualifier = m ? QUALIFIERS[m[1]!] : 'trace';
    if (m && qualifier === undefined) {
      if (LIVE_ONLY.includes(m[1]!)) throw new FilterError(`-e ${m[1]!}= changes what strace records while tracing; on a saved trace only trace=, status= and fd= apply`);
      const near = closestNames(m[1]!, Object.keys(QUALIFIERS));
      throw new FilterError(`unknown -e qualifier "${m[1]!}"${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}; known: trace=, status=, fd=`);
    }
    const value = m ? m[2]! : expr;
    if (qualifier === 'status') out.status = statusSet(value, out.status);
    else if (qualifier === 'fd') out.fds.push(...fdList(value));
    else if (!value.startsWith('!') && value !== 'all' && value !== 'none') plain.push(value);
    else out.trace.push(nameSet(value));
  }
  if (plain.length) out.trace.unshift(nameSet(plain.join(',')));
  return out;
}

function statusSet(value: string, prev: ReadonlySet<CallStatusName> | undefined): ReadonlySet<CallStatusName> {
  const { not, body } = leadingNots(value);
  let names: CallStatusName[];
  if (body === 'all' || body === 'none') names = body === 'all' ? [...STATUSES] : [];
  else
    names = body.split(',').map((t) => {
      if ((STATUSES as readonly string[]).includes(t)) return t as CallStatusName;
      const near = closestNames(t, STATUSES);
      throw new FilterError(`invalid status "${t}"${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}; known: ${STATUSES.join(', ')}`);
    });
  const chosen = new Set(not ? STATUSES.filter((s) => !names.includes(s)) : names);
  // Like the trace sets, a second status= narrows the first.
  return prev ? new Set([...chosen].filter((s) => prev.has(s))) : chosen;
}

function fdList(value: string): number[] {
  return value.split(',').map((t) => {
    if (!/^\d+$/.test(t.trim())) throw new FilterError(`-e fd=: expected non-negative fd numbers, got "${t}"`);
    return Number(t);
  });
}

function leadingNots(value: string): { not: boolean; body: string } {
  let i = 0;
  while (value[i] === '!') i++;
  return { not: i % 2 === 1, body: value.slice(i) };
}

/** One `trace=` value: names and classes into one set, regexes kept apart. */
function nameSet(text: string): NameSet {
  const { not, body } = leadingNots(text);
  if (body === 'all' || body === 'none') {
    const every = (body === 'all') !== not;
    return { text, test: () => every };
  }
  const names = new Set<string>();
  const classes: ReadonlySet<string>[] = [];
  const regexes: ((name: string) => boolean)[] = [];
  for (const raw of body.split(',')) {
    let token = raw.trim();
    let quiet = false;
    while (token.startsWith('?')) {
      token = token.slice(1);
      quiet = true;
    }
    token = token.replace(/@(64|32|x32)$/, ''); // personality suffixes: a saved trace has one ABI
    if (token === '') throw new FilterError(`empty syscall name in "${text}"`);
    if (token.startsWith('/')) {
      const re = compileNameRegex(token.slice(1));
      if (!quiet && ![...knownSyscallNames()].some(re)) throw new FilterError(`/${token.slice(1)} matches no system call name`);
      regexes.push(re);
      continue;
    }
    const members = classMembers(token);
    if (members) {
      classes.push(members);
      continue;
    }
    if (/^\d+$/.test(token)) throw new FilterError(`syscall numbers ("${token}") are not kept in a saved trace: give the name`);
    if (!quiet && !knownSyscallNames().has(token) && !knownSyscallNames().has(canonicalName(token))) throw unknownName(token);
    names.add(token);
    names.add(canonicalName(token));
  }
  const cache = new Map<string, boolean>();
  return {
    text,
    test(name: string): boolean {
      let hit = cache.get(name);
      if (hit === undefined) {
        hit = inNameSet(name, names) || classes.some((c) => inNameSet(name, c)) || regexes.some((re) => re(name));
        cache.set(name, hit);
      }
      return hit !== not;
    },
  };
}

function unknownName(token: string): FilterError {
  const candidates = token.startsWith('%') ? CLASS_NAMES : knownSyscallNames();
  const near = closestNames(token, candidates);
  const what = token.startsWith('%') ? 'syscall class' : 'system call';
  const known = token.startsWith('%') ? `; classes: ${CLASS_NAMES.join(' ')}` : '';
  return new FilterError(`unknown ${what} "${token}"${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}${known}`);
}
