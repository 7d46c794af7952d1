// Per-syscall signatures for the decoder: for each argument its role (the parameter name in the
// man page / syscalls.master) and its kind, plus the table that names its values where the kind
// alone does not say. Built from the one row per call in syscalls/*.ts; decodeCall (decode/index.ts)
// applies them.
//
// dtruss prints exactly three raw values for most calls (dtruss.md §3.2), so a Darwin call
// may show fewer arguments than its signature (setsockopt has no optval) or more (getpid
// prints three register values): extra printed values get role `unused`.

import type { ArgKind, OsName } from '../model/index.js';
import { ROWS } from './syscalls/index.js';
import { parseSpecs, type ArgRow, type Row } from './syscalls/row.js';
import type { TableName } from './tables/types.js';

/** [role, kind, table?]. The table overrides the kind's default table (e.g. `how` of shutdown vs sigprocmask). */
export type ArgSpec = readonly [role: string, kind: ArgKind, table?: TableName];

export interface Signature {
  args: readonly ArgSpec[];
  /** What a non-negative return is (`fd` for socket/open/accept). */
  ret?: ArgKind;
}

function specsOf(args: readonly ArgRow[]): ArgSpec[] {
  const out: ArgSpec[] = [];
  for (const a of args) {
    // The decoder's arguments are the leading ones with a kind.
    if (a.kind === undefined) break;
    const role = a.param ?? a.role ?? `arg${out.length}`;
    out.push(a.table ? [role, a.kind, a.table] : [role, a.kind]);
  }
  return out;
}

function signature(args: ArgSpec[], ret: ArgKind | undefined): Signature {
  return ret ? { args, ret } : { args };
}

function build(os: OsName): Map<string, Signature> {
  const out = new Map<string, Signature>();
  for (const [name, row] of Object.entries(ROWS) as [string, Row][]) {
    const d = row.decode;
    if (!d || (d.on !== 'both' && d.on !== os)) continue;
    if (os === 'darwin' && d.darwin !== undefined) out.set(name, signature(specsOf(parseSpecs(d.darwin)), d.darwinRet ?? d.ret));
    else out.set(name, signature(specsOf(row.args), d.ret));
  }
  return out;
}

const BY_OS: Record<OsName, Map<string, Signature>> = { linux: build('linux'), darwin: build('darwin') };

/**
 * The signature of a call on an OS. Darwin `_nocancel` variants (`connect_nocancel`,
 * `sendto_nocancel`, `read_nocancel`, ...) take their base call's signature.
 */
export function signatureFor(os: OsName, name: string): Signature | undefined {
  const table = BY_OS[os];
  const s = table.get(name);
  if (s) return s;
  if (name.endsWith('_nocancel')) return table.get(name.slice(0, -'_nocancel'.length));
  return undefined;
}

/** Names with a signature on an OS (for tests and documentation). */
export function signatureNames(os: OsName): string[] {
  return [...BY_OS[os].keys()];
}
