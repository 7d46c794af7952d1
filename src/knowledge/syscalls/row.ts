// The shape of a syscall row (strace's syscallent habit: one row per call, one place to add a
// call). Each row says, for explain, the call's family, the role of each argument and its
// sentences, and, for decode, the man-page name, kind and table of each argument, what a
// successful result is, and on which OSes the decoder knows the call.
//
// Arguments are one space-separated spec each, by position:
//   `role(param):kind:table`
//   role   what explain calls it (`fd`, `path`, `addr`, `_` for one nobody reads)
//   param  the man page's parameter name, the decoder's role, when it differs from role
//   kind   how the decoder reads it (model ArgKind); a spec without a kind is explain's only
//   table  the OS table naming its values when the kind's own table does not (`at-flags`)
// `(stack):pointer` is an argument only the decoder names; `file_actions` one only explain does.
//
// Templates (filled by explain from the decoded arguments and the analyzer's state; an unknown
// value degrades to a neutral word, never to "undefined"):
//   {fd} {fd2}       an fd argument with what it refers to: "fd 5 (TCP socket)"
//   {path} {path2}   a path argument (relative to its dirfd when that is not the cwd)
//   {addr}           a socket address: "127.0.0.1:6379 (Redis)", "the UNIX socket /x"
//   {ret} {retfd}    the return value, and the fd it names
//   {count} {size}   byte counts asked for; {ret} is what was done
//   {signal} {pid} {how} {cmd} {req} {opt} {prog} {argv} {family} {socktype} {backlog}
//   {fds} {timeout} {oflags} {length} {mode} {data} (a short quote of the bytes moved)
//   {eof} (what a 0-byte read means on this kind of fd)
// `zero` is used instead of `done` + `result` when the call returned 0.

import type { ArgKind } from '../../model/index.js';
import type { TableName } from '../tables/types.js';

/** Broad families; strace's `-e trace=%net` style classes are derived from these and the roles. */
export type Family =
  | 'file'
  | 'desc'
  | 'net'
  | 'process'
  | 'signal'
  | 'memory'
  | 'ipc'
  | 'poll'
  | 'time'
  | 'info'
  | 'sched'
  | 'sync'
  | 'system';

/** One argument of a row. */
export interface ArgRow {
  /** explain's role; undefined for an argument only the decoder names. */
  role?: string;
  /** The decoder's role (the man page's parameter name). */
  param?: string;
  kind?: ArgKind;
  table?: TableName;
}

/** What the decoder knows of a call. */
export interface DecodeInfo {
  /** The OSes whose decoder reads the call with these arguments. */
  on: 'both' | 'linux' | 'darwin';
  /** What a non-negative return is (`fd` for socket/open/accept). */
  ret?: ArgKind;
  /** Darwin's arguments when they differ from Linux's (`param:kind:table` specs). */
  darwin?: string;
  darwinRet?: ArgKind;
}

/** What explain says of a call. */
export interface Sentences {
  family: Family;
  /** Infinitive: "open {path}". Used as "Tried to …", "Started to …". */
  act: string;
  /** Past tense, for success: "Opened {path}". */
  done: string;
  /** Appended to `done` when the call returns something worth saying: " as {retfd}". */
  result?: string;
  /** Used instead of done+result when the call returned 0. */
  zero?: string;
  /** Which errno context applies (defaults to the family). See errno-meanings.ts. */
  errctx?: string;
}

export interface Row {
  args: readonly ArgRow[];
  decode?: DecodeInfo;
  /** Undefined for a call explain has no sentence for (the generic one applies). */
  sentences?: Sentences;
}

const SPEC = /^([A-Za-z0-9_]*)(?:\(([A-Za-z0-9_]+)\))?(?::([a-z0-9-]+))?(?::([a-z0-9-]+))?$/;

/** Reads the argument specs of a row (see the top of this file). */
export function parseSpecs(text: string): ArgRow[] {
  if (text === '') return [];
  return text.split(' ').map((t) => {
    const m = SPEC.exec(t);
    if (!m) throw new Error(`bad argument spec '${t}'`);
    const a: ArgRow = {};
    if (m[1]) a.role = m[1];
    const param = m[2] ?? m[1];
    if (param) a.param = param;
    if (m[3]) a.kind = m[3] as ArgKind;
    if (m[4]) a.table = m[4] as TableName;
    return a;
  });
}

/** A call with sentences: decoder part (or undefined), family, argument specs, then the templates. */
export function row(
  decode: DecodeInfo | undefined,
  family: Family,
  args: string,
  act: string,
  done: string,
  result?: string,
  zero?: string,
  errctx?: string,
): Row {
  const sentences: Sentences = { family, act, done };
  if (result !== undefined) sentences.result = result;
  if (zero !== undefined) sentences.zero = zero;
  if (errctx !== undefined) sentences.errctx = errctx;
  const r: Row = { args: parseSpecs(args), sentences };
  if (decode) r.decode = decode;
  return r;
}

/** A call only the decoder reads. */
export function decodeOnly(decode: DecodeInfo, args: string): Row {
  return { args: parseSpecs(args), decode };
}
