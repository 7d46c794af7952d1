// Look-ups in the OS tables for the decoder: the tables and their look-ups live in
// knowledge/lookup.ts; here a constant may also be given as number text (`"36"`, `"0x1022"`,
// `"-2"`), read by the one integer reader.

import type { Named, OsName } from '../model/index.js';
import { readInt } from '../../grammars/lexemes.js';
import { constantOf } from '../knowledge/lookup.js';
import type { TableName } from '../knowledge/tables/types.js';

export {
  constantOf,
  constantText,
  decodeFlags,
  decodeNumber,
  getTable,
  NAME_PREFIX,
  namedListText,
  namesOf,
  sockoptTable,
  tablesFor,
} from '../knowledge/lookup.js';
export type { ConstTable, Entry, OsTables, TableName } from '../knowledge/lookup.js';
export { TABLE_NAMES } from '../knowledge/lookup.js';

/**
 * One constant by number or by name; numeric strings (`"36"`, `"0x1022"`, `"-2"`) are read as
 * numbers. Unknown numbers give `{ value }`, unknown names undefined.
 */
export function lookupConstant(os: OsName, table: TableName, value: number | string): Named | undefined {
  if (typeof value === 'string') {
    const n = parseNumber(value);
    if (n !== undefined) value = n;
  }
  return constantOf(os, table, value);
}

/**
 * Reads `36`, `-2`, `0x1022`, `0XFFFF`, `0644` (octal, as strace prints modes) and
 * dtruss's sign-extended 64-bit hex (`0xFFFFFFFFFFFFFFFE` = -2): the one integer reader
 * (grammars/lexemes readInt) on trimmed text. Undefined for non-numbers.
 */
export function parseNumber(text: string): number | undefined {
  return readInt(text.trim());
}
