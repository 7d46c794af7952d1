// What the decoder reads an argument as: its spec in the call's signature, the table a kind's
// numbers come from, and the kinds that hold a C int. Data over the knowledge rows.

import type { ArgKind } from '../model/index.js';
import type { ArgSpec, Signature } from '../knowledge/signatures.js';
import type { TableName } from '../knowledge/tables/types.js';

/** Table a kind reads its numbers from, when the kind alone decides it. */
export const KIND_TABLE: ReadonlyMap<ArgKind, TableName> = new Map<ArgKind, TableName>([
  ['family', 'af'],
  ['socktype', 'socktype'],
  ['sockopt-level', 'sol'],
  ['fcntl-cmd', 'fcntl'],
  ['open-flags', 'open-flags'],
  ['signal', 'signal'],
  ['msg-flags', 'msg-flags'],
  ['poll-events', 'poll-events'],
]);

/** The table that names a kind's numbers when the kind alone decides it (`family` → `af`). */
export function tableOfKind(kind: ArgKind): TableName | undefined {
  return KIND_TABLE.get(kind);
}

/** Kinds whose value is a C int (32 bits, where dtruss may print register junk above). */
export const INT32_KINDS = new Set<ArgKind>([
  'fd', 'dirfd', 'family', 'socktype', 'protocol', 'sockopt-level', 'sockopt-name', 'fcntl-cmd',
  'open-flags', 'mode', 'signal', 'how', 'msg-flags', 'poll-events', 'pid', 'int', 'socklen', 'flags',
]);

/** Argument i's role and kind in a call's signature: past its listed arguments, unused (a known call) or unknown. */
export function argSpec(sig: Signature | undefined, i: number): ArgSpec {
  return sig?.args[i] ?? (sig ? ['unused', 'unknown'] : [`arg${i}`, 'unknown']);
}

/** Kinds decodeArg revises from earlier arguments: fcntl's third by its command, open's mode by its flags. */
export const REVISED_KINDS: ReadonlySet<ArgKind> = new Set<ArgKind>(['fcntl-arg', 'mode']);

