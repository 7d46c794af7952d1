// The shape every OS table has. Tables are data: rows of [value, name, message?], the
// header they were taken from named in `source`. Linux and Darwin export the same set.

/** One constant: its number, its name, and a message where one exists (errno). */
export type Entry = readonly [value: number, name: string, message?: string];

export interface ConstTable {
  /** Header (or headers) the values come from. */
  source: string;
  /**
   * `enum`: the value is one of the entries. `flags`: the value is an OR of entries; an
   * entry of several bits (O_SYNC) or of value 0 (O_RDONLY) is matched as a whole.
   */
  kind: 'enum' | 'flags';
  /**
   * For flags tables whose low bits hold an enumerated field (O_ACCMODE, the socket type):
   * the mask of that field. Entries inside the mask are read as an enum, the rest as bits.
   */
  fieldMask?: number;
  /** Rows. When two names share a value the first is the one printed; later ones are aliases. */
  entries: readonly Entry[];
}

/** Every table an OS provides. Names are the same on both OSes. */
export type TableName =
  | 'errno'
  | 'af'
  | 'socktype'
  | 'ipproto'
  | 'sol'
  | 'so'
  | 'ip'
  | 'ipv6'
  | 'tcp'
  | 'fcntl'
  | 'open-flags'
  | 'fd-flags'
  | 'at-flags'
  | 'dirfd'
  | 'signal'
  | 'sigmask-how'
  | 'shutdown'
  | 'msg-flags'
  | 'poll-events'
  | 'syscall';

export const TABLE_NAMES: readonly TableName[] = [
  'errno',
  'af',
  'socktype',
  'ipproto',
  'sol',
  'so',
  'ip',
  'ipv6',
  'tcp',
  'fcntl',
  'open-flags',
  'fd-flags',
  'at-flags',
  'dirfd',
  'signal',
  'sigmask-how',
  'shutdown',
  'msg-flags',
  'poll-events',
  'syscall',
];

export interface OsTables {
  tables: { readonly [K in TableName]: ConstTable };
  /** Which table names the options of a socket option level: [level, table]. */
  sockoptLevels: readonly (readonly [level: number, table: TableName])[];
}
