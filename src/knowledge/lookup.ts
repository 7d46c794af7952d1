// Look-ups in the OS tables (data only: a number or a name in, the table's entry out). Maps are
// built once per table, on first use, so a table never consulted costs nothing and every later
// look-up is O(1). Reading number text is the grammar's job (decode/constants.ts lookupConstant).

import type { Named, OsName } from '../model/index.js';
import { darwinTables } from './tables/darwin/index.js';
import { linuxTables } from './tables/linux/index.js';
import type { ConstTable, Entry, OsTables, TableName } from './tables/types.js';

export type { ConstTable, Entry, OsTables, TableName } from './tables/types.js';
export { TABLE_NAMES } from './tables/types.js';

const OS_TABLES: Record<OsName, OsTables> = { linux: linuxTables, darwin: darwinTables };

export function tablesFor(os: OsName): OsTables {
  return OS_TABLES[os];
}

export function getTable(os: OsName, table: TableName): ConstTable {
  return OS_TABLES[os].tables[table];
}

interface Index {
  byValue: Map<number, Entry>;
  byName: Map<string, Entry>;
  /** Flags tables: entries in match order, the enumerated field first. */
  field: Entry[];
  bits: Entry[];
}

const indexes = new WeakMap<ConstTable, Index>();

function indexOf(table: ConstTable): Index {
  let ix = indexes.get(table);
  if (ix) return ix;
  const byValue = new Map<number, Entry>();
  const byName = new Map<string, Entry>();
  const field: Entry[] = [];
  const bits: Entry[] = [];
  const mask = table.fieldMask ?? 0;
  for (const e of table.entries) {
    if (!byValue.has(e[0])) byValue.set(e[0], e);
    if (!byName.has(e[1])) byName.set(e[1], e);
    if (table.kind === 'flags') {
      // Only the first name of a value is printed; aliases are for look-up by name.
      if (byValue.get(e[0]) !== e) continue;
      if (mask && (e[0] & ~mask) === 0) field.push(e);
      else if (e[0] !== 0) bits.push(e);
    }
  }
  ix = { byValue, byName, field, bits };
  indexes.set(table, ix);
  return ix;
}

function named(e: Entry): Named {
  return e[2] === undefined ? { value: e[0], name: e[1] } : { value: e[0], name: e[1], message: e[2] };
}

/**
 * One constant by number or by name. A number never fails: unknown numbers come back as
 * `{ value }` without a name (renderers print `AF_??? (45)`). An unknown name gives undefined.
 * A name is tried as given, then upper-cased.
 */
export function constantOf(os: OsName, table: TableName, value: number | string): Named | undefined {
  const ix = indexOf(getTable(os, table));
  if (typeof value === 'string') {
    const e = ix.byName.get(value) ?? ix.byName.get(value.toUpperCase());
    return e ? named(e) : undefined;
  }
  const e = ix.byValue.get(value);
  return e ? named(e) : { value };
}

/** Every name a value has in a table (aliases included): `EAGAIN`, `EWOULDBLOCK`. */
export function namesOf(os: OsName, table: TableName, value: number): string[] {
  return getTable(os, table)
    .entries.filter((e) => e[0] === value)
    .map((e) => e[1]);
}

/**
 * A flag set split into its parts, the way strace prints it: the enumerated field first
 * (`O_RDWR`), then the bits in table order, then any unknown bits as one nameless part.
 * Zero gives the table's zero entry if it has one (`O_RDONLY`), else `[{ value: 0 }]`.
 */
export function decodeFlags(os: OsName, table: TableName, value: number): Named[] {
  const t = getTable(os, table);
  const ix = indexOf(t);
  const out: Named[] = [];
  // Bit operations in JS are 32-bit signed; flag values fit in 32 bits unsigned.
  let rest = value >>> 0;
  if (t.fieldMask) {
    const f = rest & t.fieldMask;
    const e = ix.field.find((x) => x[0] === f);
    if (e) {
      out.push(named(e));
      rest = (rest & ~t.fieldMask) >>> 0;
    }
  }
  for (const e of ix.bits) {
    const bits = e[0] >>> 0;
    if (bits !== 0 && (rest & bits) >>> 0 === bits) {
      out.push(named(e));
      rest = (rest & ~bits) >>> 0;
    }
  }
  if (rest !== 0) out.push({ value: rest });
  if (out.length === 0) {
    const zero = ix.byValue.get(0);
    out.push(zero ? named(zero) : { value: 0 });
  }
  return out;
}

/** A number decoded with the table's own rule: one constant for enums, parts for flags. */
export function decodeNumber(os: OsName, table: TableName, value: number): Named[] {
  const t = getTable(os, table);
  if (t.kind === 'flags') return decodeFlags(os, table, value);
  return [constantOf(os, table, value) ?? { value }];
}

/** The table that names the options of a socket option level, if tracex knows it. */
export function sockoptTable(os: OsName, level: number): TableName | undefined {
  for (const [l, t] of OS_TABLES[os].sockoptLevels) if (l === level) return t;
  return undefined;
}

/**
 * The prefix every name of a table starts with: unknown values print as `AF_??? (45)`, and
 * `tracex decode` accepts a name without it (`decode af INET6`).
 */
export const NAME_PREFIX: Partial<Record<TableName, string>> = {
  errno: 'E',
  af: 'AF_',
  socktype: 'SOCK_',
  ipproto: 'IPPROTO_',
  sol: 'SOL_',
  so: 'SO_',
  ip: 'IP_',
  ipv6: 'IPV6_',
  tcp: 'TCP_',
  fcntl: 'F_',
  'open-flags': 'O_',
  'fd-flags': 'FD_',
  'at-flags': 'AT_',
  signal: 'SIG',
  'sigmask-how': 'SIG_',
  shutdown: 'SHUT_',
  'msg-flags': 'MSG_',
  'poll-events': 'POLL',
  syscall: 'syscall_',
};

/**
 * Text for one constant: its name, or `AF_??? (45)` when the table has none. Flags without
 * a name print as hex (`0x40000`), which is how strace appends unknown bits.
 */
export function constantText(n: Named, table?: TableName): string {
  if (n.name) return n.name;
  if (table === 'syscall') return `syscall_0x${n.value.toString(16)}`;
  if (table && getTableKind(table) === 'flags') return n.value === 0 ? '0' : `0x${(n.value >>> 0).toString(16)}`;
  const prefix = table ? NAME_PREFIX[table] : undefined;
  return prefix ? `${prefix}??? (${n.value})` : String(n.value);
}

/** `O_RDWR|O_CREAT`, `AF_UNIX`, `SOCK_STREAM|SOCK_CLOEXEC`. */
export function namedListText(list: readonly Named[], table?: TableName): string {
  return list.map((n) => constantText(n, table)).join('|');
}

function getTableKind(table: TableName): ConstTable['kind'] {
  // Both OSes agree on the kind of each table (checked in tests), so either will do.
  return linuxTables.tables[table].kind;
}

