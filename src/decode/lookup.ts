// `tracex decode`: look one value up for people writing bug reports. A pure function of its
// input; the command (cli/decode.ts) only prints what it returns.
//
//   errno 36 --os darwin      → EINPROGRESS (Operation now in progress)
//   errno ECONNREFUSED        → linux 111, darwin 61
//   af 30 --os darwin         → AF_INET6
//   sockopt 0xffff 0x1022     → SOL_SOCKET / SO_NOSIGPIPE (darwin)
//   sockaddr 02001538 7f000001 → AF_INET 127.0.0.1:5432
//   signal 13                 → SIGPIPE on both
//   open-flags 0x602 --os darwin → O_RDWR|O_CREAT|O_TRUNC

import type { Endpoint, Named, OsName } from '../model/index.js';
import { constantText, decodeNumber, lookupConstant, NAME_PREFIX, namesOf, parseNumber, sockoptTable, TABLE_NAMES } from './constants.js';
import type { TableName } from './constants.js';
import { describeEndpoint, parseHexBytes, sockaddrFromBytes } from './sockaddr.js';
import { hexOf } from './values.js';

/** One OS's answer. */
export interface LookupRow {
  os: OsName;
  /** The table the value was looked up in (`so` for a SOL_SOCKET option). */
  table?: TableName;
  value?: number;
  name?: string;
  /** Other names of the same value (`EWOULDBLOCK` beside `EAGAIN`). */
  aliases?: string[];
  message?: string;
  /** Flag sets: each part. */
  parts?: Named[];
  /** sockopt: the level, then the option. */
  level?: Named;
  endpoint?: Endpoint;
  /** The answer as one line of text. */
  text: string;
}

export interface LookupResult {
  what: string;
  input: string[];
  rows: LookupRow[];
}

export type LookupOutcome = { ok: true; result: LookupResult } | { ok: false; error: string };

const OSES: OsName[] = ['linux', 'darwin'];

/** Words people type for each table. */
const ALIASES: Record<string, TableName> = {
  errno: 'errno',
  error: 'errno',
  af: 'af',
  family: 'af',
  domain: 'af',
  pf: 'af',
  socktype: 'socktype',
  type: 'socktype',
  sock: 'socktype',
  proto: 'ipproto',
  protocol: 'ipproto',
  ipproto: 'ipproto',
  level: 'sol',
  sol: 'sol',
  so: 'so',
  fcntl: 'fcntl',
  open: 'open-flags',
  'open-flags': 'open-flags',
  oflags: 'open-flags',
  'fd-flags': 'fd-flags',
  at: 'at-flags',
  'at-flags': 'at-flags',
  dirfd: 'dirfd',
  signal: 'signal',
  sig: 'signal',
  'sigmask-how': 'sigmask-how',
  shutdown: 'shutdown',
  how: 'shutdown',
  msg: 'msg-flags',
  'msg-flags': 'msg-flags',
  poll: 'poll-events',
  'poll-events': 'poll-events',
  syscall: 'syscall',
  ip: 'ip',
  ipv6: 'ipv6',
  tcp: 'tcp',
};


export const LOOKUP_KINDS = ['sockopt', 'sockaddr', ...Object.keys(ALIASES)];

function err(error: string): LookupOutcome {
  return { ok: false, error };
}

export function lookup(what: string, values: readonly string[], os?: OsName): LookupOutcome {
  const w = what.toLowerCase();
  const oses = os ? [os] : OSES;
  if (values.length === 0) return err(`decode ${what}: give a value to look up`);
  if (w === 'sockaddr') return lookupSockaddr(values, os ?? 'linux');
  if (w === 'sockopt') return lookupSockopt(values, oses);
  const table = ALIASES[w] ?? (TABLE_NAMES as readonly string[]).find((t) => t === w) as TableName | undefined;
  if (!table) return err(`decode: unknown kind '${what}' (try errno, af, sockopt, sockaddr, signal, socktype, ipproto, fcntl, open-flags, msg-flags, poll-events, syscall)`);
  const rows: LookupRow[] = [];
  for (const value of values) {
    const r = lookupOne(table, value, oses);
    if (typeof r === 'string') return err(r);
    rows.push(...r);
  }
  return { ok: true, result: { what: table, input: [...values], rows } };
}

/** A name as typed: exact, upper-cased, or with the table's prefix added. */
function findName(os: OsName, table: TableName, text: string): Named | undefined {
  const tries = [text, text.toUpperCase()];
  const p = NAME_PREFIX[table];
  if (p && !text.toUpperCase().startsWith(p)) tries.push(p + text.toUpperCase());
  if (table === 'syscall') tries.splice(1);
  for (const t of tries) {
    const n = lookupConstant(os, table, t);
    if (n?.name) return n;
  }
  return undefined;
}

function lookupOne(table: TableName, text: string, oses: OsName[]): LookupRow[] | string {
  const n = parseNumber(text);
  const rows: LookupRow[] = [];
  if (n === undefined) {
    for (const os of oses) {
      const hit = findName(os, table, text);
      if (hit) rows.push(row(os, table, hit));
    }
    if (rows.length === 0) return `'${text}' is not a known ${table} name on ${oses.join(' or ')}`;
    return rows;
  }
  for (const os of oses) {
    const parts = decodeNumber(os, table, n);
    if (parts.every((p) => p.name === undefined)) continue;
    if (parts.length === 1 && parts[0]!.value === n) rows.push(row(os, table, parts[0]!));
    else rows.push({ os, table, value: n, parts, text: parts.map((p) => constantText(p, table)).join('|') });
  }
  if (rows.length === 0) return `${text} has no ${table} name on ${oses.join(' or ')}`;
  return rows;
}

function row(os: OsName, table: TableName, n: Named): LookupRow {
  const r: LookupRow = { os, table, value: n.value, text: constantText(n, table) };
  if (n.name) {
    r.name = n.name;
    const aliases = namesOf(os, table, n.value).filter((x) => x !== n.name);
    if (aliases.length) r.aliases = aliases;
  }
  if (n.message) {
    r.message = n.message;
    r.text += ` (${n.message})`;
  }
  return r;
}

/** `sockopt LEVEL NAME`: numbers or names (`SOL_SOCKET SO_REUSEADDR`, `0xffff 0x1022`). */
function lookupSockopt(values: readonly string[], oses: OsName[]): LookupOutcome {
  if (values.length !== 2) return err('decode sockopt: give a level and an option, e.g. `decode sockopt 0xffff 0x1022 --os darwin`');
  const [lv, nv] = values as [string, string];
  const rows: LookupRow[] = [];
  for (const os of oses) {
    const ln = parseNumber(lv);
    const level = ln === undefined ? findName(os, 'sol', lv) ?? findName(os, 'ipproto', lv) : lookupConstant(os, 'sol', ln);
    if (!level?.name) continue;
    const table = sockoptTable(os, level.value);
    if (!table) continue;
    const on = parseNumber(nv);
    const opt = on === undefined ? findName(os, table, nv) : lookupConstant(os, table, on);
    if (!opt?.name) continue;
    rows.push({ os, table, level, value: opt.value, name: opt.name, text: `${level.name} (${fmt(level.value)}) / ${opt.name} (${fmt(opt.value)})` });
  }
  if (rows.length === 0) return err(`sockopt ${lv} ${nv} is not a known socket option on ${oses.join(' or ')}`);
  return { ok: true, result: { what: 'sockopt', input: [...values], rows } };
}

function fmt(v: number): string {
  return v > 9 ? `${v}, 0x${v.toString(16)}` : String(v);
}

/** `sockaddr 02001538 7f000001`: hex bytes in the OS's layout (Linux unless --os darwin). */
function lookupSockaddr(values: readonly string[], os: OsName): LookupOutcome {
  const bytes = parseHexBytes(values.join(''));
  if (!bytes) return err(`decode sockaddr: '${values.join(' ')}' is not hex bytes (e.g. 02001538 7f000001)`);
  const ep = sockaddrFromBytes(bytes, os);
  if (!ep) return err(`decode sockaddr: ${bytes.length} byte(s) are too few for a sockaddr`);
  if (ep.family.startsWith('AF_???')) return err(`decode sockaddr: ${ep.family} (first bytes ${hexOf(bytes.subarray(0, 2))}) is not a known address family on ${os}`);
  return { ok: true, result: { what: 'sockaddr', input: [...values], rows: [{ os, endpoint: ep, text: `${ep.family} ${describeEndpoint(ep)}` }] } };
}

/** The result as text, one line per answer: `darwin  36  EINPROGRESS (Operation now in progress)`. */
export function formatLookup(r: LookupResult): string {
  const lines: string[] = [];
  for (const row of r.rows) {
    const value = row.value !== undefined && r.what !== 'sockopt' ? `${fmt(row.value)}  ` : '';
    const aka = row.aliases?.length ? ` (also ${row.aliases.join(', ')})` : '';
    lines.push(`${row.os.padEnd(6)}  ${value}${row.text}${aka}`);
  }
  return lines.join('\n') + '\n';
}
