// Socket addresses, from every place a trace shows one: strace's struct text (abbrev, -X raw,
// -X verbose), raw bytes (a hex string or strace's sa_data), and, for dtruss, which prints
// only a pointer and a length, an inference from that length and the socket's family.
// All of them end up as one Endpoint shape (model/decoded.ts).

import type { ArgValue, Endpoint, OsName, StructArg } from '../model/index.js';
import { constantText, lookupConstant } from './constants.js';
import { bytesToText, hexOf, intOf, stringBytes, unwrap } from './values.js';
import { ipv4Text, ipv6Text } from './endpoint-text.js';
import { parseValue } from '../../grammars/args.js';

export { describeEndpoint, ipv4Text, ipv6Text } from './endpoint-text.js';

// ---------------------------------------------------------------- family names

/** Family name for the Endpoint: the table name, or `AF_??? (200)` for unknown numbers. */
function familyName(os: OsName, value: number): string {
  const n = lookupConstant(os, 'af', value) ?? { value };
  return constantText(n, 'af');
}

/**
 * Other spellings of a family, as AF_*: the PF_* protocol-family names (`socket(PF_LOCAL, …)`)
 * and glibc's old aliases of AF_UNIX (AF_LOCAL, AF_FILE: bits/socket.h), which old strace
 * versions print (`{sa_family=AF_FILE, path="/var/run/nscd/socket"}`). One name per family,
 * so every view and detector speaks of a UNIX socket.
 */
const FAMILY_ALIASES: Readonly<Record<string, string>> = { AF_LOCAL: 'AF_UNIX', AF_FILE: 'AF_UNIX' };

/** The one name of an address family: `PF_FILE` → `AF_UNIX`, `PF_INET` → `AF_INET`. */
export function canonicalFamily(name: string): string {
  const af = name.replace(/^PF_/, 'AF_');
  return FAMILY_ALIASES[af] ?? af;
}

/** Family number from a name or number, in the OS's numbering. */
function familyNumber(os: OsName, family: string | number): number | undefined {
  if (typeof family === 'number') return family;
  return lookupConstant(os, 'af', family)?.value;
}

// ---------------------------------------------------------------- raw bytes

/**
 * A sockaddr from its bytes. Linux: 16-bit family in host order (x86: little-endian).
 * Darwin: a length byte, then an 8-bit family. Ports and IPv4/IPv6 addresses are
 * big-endian; the IPv6 scope id is host order.
 */
export function sockaddrFromBytes(bytes: Uint8Array, os: OsName): Endpoint | undefined {
  if (bytes.length < 2) return undefined;
  const fam = os === 'darwin' ? bytes[1]! : bytes[0]! | (bytes[1]! << 8);
  const family = familyName(os, fam);
  const be16 = (i: number) => ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0);
  const le32 = (i: number) => ((bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) | ((bytes[i + 2] ?? 0) << 16) | ((bytes[i + 3] ?? 0) << 24)) >>> 0;
  if (family === 'AF_INET' && bytes.length >= 8) {
    return { family: 'AF_INET', address: ipv4Text(bytes, 4), port: be16(2) };
  }
  if (family === 'AF_INET6' && bytes.length >= 24) {
    const ep: Endpoint = { family: 'AF_INET6', address: ipv6Text(bytes, 8), port: be16(2) };
    if (bytes.length >= 28) ep.scopeId = le32(24);
    return ep;
  }
  if (family === 'AF_UNIX') {
    const path = bytes.subarray(2);
    if (path.length === 0) return { family: 'AF_UNIX', path: '', abstract: false };
    // Linux abstract names start with a NUL and run to the given length.
    if (os === 'linux' && path[0] === 0 && path.length > 1) return { family: 'AF_UNIX', path: bytesToText(path.subarray(1)), abstract: true };
    const nul = path.indexOf(0);
    return { family: 'AF_UNIX', path: bytesToText(nul >= 0 ? path.subarray(0, nul) : path), abstract: false };
  }
  return { family, raw: hexOf(bytes.subarray(2)) };
}

/** Hex digits, spaces, `:` or `0x` allowed: `02001538 7f000001` → AF_INET 127.0.0.1:5432. */
export function parseHexBytes(text: string): Uint8Array | undefined {
  const s = text.replace(/0x/gi, '').replace(/\\x/gi, '').replace(/[\s:,.-]/g, '');
  if (s.length === 0 || s.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(s)) return undefined;
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function sockaddrFromHex(text: string, os: OsName): Endpoint | undefined {
  const b = parseHexBytes(text);
  return b ? sockaddrFromBytes(b, os) : undefined;
}

// ---------------------------------------------------------------- strace's struct text

/** Field values by name, and unnamed items (`inet_pton(...)`). */
function fieldsOf(s: StructArg): { named: Map<string, ArgValue>; loose: ArgValue[] } {
  const named = new Map<string, ArgValue>();
  const loose: ArgValue[] = [];
  for (const it of s.items) {
    if (it.kind === 'assign') named.set(it.name, it.value);
    else loose.push(it);
  }
  return { named, loose };
}

/** Quoted bytes as printed under -X raw / -X verbose (`"\x7f\x00\x00\x01"`). */
function rawBytes(v: ArgValue | undefined): Uint8Array | undefined {
  if (!v) return undefined;
  const u = unwrap(v);
  return u.kind === 'str' ? stringBytes(u.text) : undefined;
}

function portOf(v: ArgValue | undefined): number | undefined {
  const b = rawBytes(v);
  if (b && b.length === 2) return (b[0]! << 8) | b[1]!;
  return intOf(v);
}

/** `inet_addr("127.0.0.1")`, `"\x7f\0\0\1"`, `htonl(INADDR_ANY)`. */
function ipv4Of(v: ArgValue | undefined): string | undefined {
  if (!v) return undefined;
  const u = unwrap(v);
  if (u.kind === 'call' && u.name === 'inet_addr' && u.args[0]?.kind === 'str') return u.args[0].value;
  if (u.kind === 'call' && u.name === 'htonl') {
    const a = u.args[0];
    if (a?.kind === 'name' && a.text === 'INADDR_ANY') return '0.0.0.0';
    const n = intOf(a);
    if (n !== undefined) return ipv4Text(Uint8Array.of((n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255));
  }
  const b = rawBytes(u);
  if (b && b.length === 4) return ipv4Text(b);
  return undefined;
}

/** The address of an AF_INET6 struct: the loose `inet_pton(AF_INET6, "::1", &sin6_addr)` or raw `sin6_addr="..."`. */
function ipv6Of(named: Map<string, ArgValue>, loose: ArgValue[]): string | undefined {
  for (const it of loose) {
    const u = unwrap(it);
    if (u.kind === 'call' && u.name === 'inet_pton') {
      const s = u.args[1];
      if (s?.kind === 'str') return bytesToText(stringBytes(s.text));
    }
  }
  const b = rawBytes(named.get('sin6_addr'));
  if (b && b.length === 16) return ipv6Text(b);
  return undefined;
}

/** `sa_family=AF_INET`, `sa_family=0x2`, `sa_family=0x2 /* AF_INET *\/`, `sa_family=0xc8 /* AF_??? *\/`. */
function familyOf(v: ArgValue | undefined, os: OsName): { name: string; value?: number } | undefined {
  if (!v) return undefined;
  const u = unwrap(v);
  if (u.kind === 'name') {
    const name = canonicalFamily(u.text);
    const n = lookupConstant(os, 'af', name);
    return n ? { name, value: n.value } : { name };
  }
  const value = intOf(u);
  if (value === undefined) return undefined;
  return { name: familyName(os, value), value };
}

/** Text of a name-like field: `htons(ETH_P_IP)` → `ETH_P_IP`, `if_nametoindex("lo")` → `lo`, `ARPHRD_LOOPBACK`. */
function nameText(v: ArgValue | undefined): string | number | undefined {
  if (!v) return undefined;
  const u = unwrap(v);
  if (u.kind === 'name') return u.text;
  if (u.kind === 'call' && u.args.length === 1) {
    const a = unwrap(u.args[0]!);
    if (a.kind === 'str') return a.value;
    if (a.kind === 'name') return a.text;
    return intOf(a);
  }
  return intOf(u);
}

type Fields = { named: Map<string, ArgValue>; loose: ArgValue[] };

/** One decoder per address family; undefined sends the struct to the raw fallback. */
const FAMILY_DECODERS: Record<string, (f: Fields) => Endpoint | undefined> = {
  AF_INET: ({ named }) => {
    const address = ipv4Of(named.get('sin_addr'));
    const port = portOf(named.get('sin_port'));
    return address !== undefined && port !== undefined ? { family: 'AF_INET', address, port } : undefined;
  },
  AF_INET6: ({ named, loose }) => {
    const address = ipv6Of(named, loose);
    const port = portOf(named.get('sin6_port'));
    if (address === undefined || port === undefined) return undefined;
    const ep: Endpoint = { family: 'AF_INET6', address, port };
    const scope = named.get('sin6_scope_id');
    const sid = scope ? intOf(scope) : undefined;
    if (sid !== undefined) ep.scopeId = sid;
    return ep;
  },
  AF_UNIX: ({ named }) => {
    // `path=`: the field name strace printed before it said sun_path.
    const p = named.get('sun_path') ?? named.get('path');
    if (!p) return { family: 'AF_UNIX', path: '', abstract: false };
    const s = unwrap(p);
    if (s.kind !== 'str') return undefined;
    const abstract = s.abstract === true || s.text.startsWith('@');
    const bytes = stringBytes(s.text);
    const nul = abstract ? -1 : bytes.indexOf(0);
    return { family: 'AF_UNIX', path: bytesToText(nul >= 0 ? bytes.subarray(0, nul) : bytes), abstract };
  },
  AF_NETLINK: ({ named }) => {
    const pid = intOf(named.get('nl_pid'));
    const g = named.get('nl_groups');
    const gu = g ? unwrap(g) : undefined;
    // strace prints nl_groups as 8 hex digits without 0x.
    const groups = gu?.kind === 'int' ? parseInt(gu.text.replace(/^0x/i, ''), 16) : undefined;
    return { family: 'AF_NETLINK', pid, groups };
  },
  AF_PACKET: ({ named }) => {
    if (named.has('sa_data')) return undefined;
    const ep: Endpoint = { family: 'AF_PACKET' };
    const proto = nameText(named.get('sll_protocol'));
    if (proto !== undefined) ep['protocol'] = proto;
    const ifx = named.get('sll_ifindex');
    const ifu = ifx ? unwrap(ifx) : undefined;
    if (ifu?.kind === 'call' && ifu.name === 'if_nametoindex') ep['ifname'] = nameText(ifu);
    else if (ifu) ep['ifindex'] = intOf(ifu);
    const hatype = nameText(named.get('sll_hatype'));
    if (hatype !== undefined) ep['hatype'] = hatype;
    const pkttype = nameText(named.get('sll_pkttype'));
    if (pkttype !== undefined) ep['pkttype'] = pkttype;
    const addr = named.get('sll_addr');
    const au = addr ? unwrap(addr) : undefined;
    if (au?.kind === 'array') ep['addr'] = au.items.map((i) => (i.kind === 'int' ? i.text.padStart(2, '0') : '??')).join(':');
    return ep;
  },
};
FAMILY_DECODERS['AF_LOCAL'] = FAMILY_DECODERS['AF_UNIX']!;

/**
 * A sockaddr printed by strace: `{sa_family=AF_INET, sin_port=htons(5432),
 * sin_addr=inet_addr("127.0.0.1")}` and the AF_INET6, AF_UNIX, AF_NETLINK, AF_PACKET and
 * `sa_data` shapes, in abbrev, -X raw and -X verbose styles. Undefined when it is not a struct
 * with `sa_family` (a bare pointer, `NULL`).
 */
export function sockaddrFromTree(v: ArgValue, os: OsName): Endpoint | undefined {
  const u = unwrap(v);
  if (u.kind !== 'struct') return undefined;
  const fields = fieldsOf(u);
  const fam = familyOf(fields.named.get('sa_family'), os);
  if (!fam) return undefined;
  const ep = FAMILY_DECODERS[fam.name]?.(fields);
  if (ep) return ep;
  // Unknown family or a known one printed as sa_data (too short for its struct): its bytes.
  const data = rawBytes(fields.named.get('sa_data'));
  const raw: Endpoint = { family: fam.name };
  if (fam.value !== undefined) raw['familyValue'] = fam.value;
  if (data) raw.raw = hexOf(data);
  return raw;
}

/** The first struct with `sa_family` in a value, depth first (a msghdr's msg_name). */
function firstSockaddr(v: ArgValue): StructArg | undefined {
  const u = unwrap(v);
  if (u.kind === 'struct') {
    if (u.items.some((it) => it.kind === 'assign' && it.name === 'sa_family')) return u;
    for (const it of u.items) {
      const hit = firstSockaddr(it.kind === 'assign' ? it.value : it);
      if (hit) return hit;
    }
  } else if (u.kind === 'array') {
    for (const it of u.items) {
      const hit = firstSockaddr(it);
      if (hit) return hit;
    }
  }
  return undefined;
}

/**
 * The sockaddr in an argument's text, read by the same decoder as a decoded call's
 * (sockaddrFromTree), wherever it sits in the argument. Undefined when there is none.
 */
export function sockaddrFromText(text: string | undefined, os: OsName): Endpoint | undefined {
  if (text === undefined || !text.includes('sa_family=')) return undefined;
  const v = parseValue(text.trim());
  const s = v ? firstSockaddr(v) : undefined;
  return s ? sockaddrFromTree(s, os) : undefined;
}

// ---------------------------------------------------------------- inference (dtruss)

/** What a sockaddr length alone says, per OS (struct sizes from the XNU / Linux headers). */
const LENGTHS: Record<OsName, Record<number, [family: string, struct: string]>> = {
  darwin: { 16: ['AF_INET', 'sockaddr_in'], 28: ['AF_INET6', 'sockaddr_in6'], 106: ['AF_UNIX', 'sockaddr_un'], 32: ['AF_SYSTEM', 'sockaddr_ctl'] },
  linux: { 16: ['AF_INET', 'sockaddr_in'], 28: ['AF_INET6', 'sockaddr_in6'], 110: ['AF_UNIX', 'sockaddr_un'], 12: ['AF_NETLINK', 'sockaddr_nl'] },
};

const STRUCTS: Record<string, string> = {
  AF_INET: 'sockaddr_in',
  AF_INET6: 'sockaddr_in6',
  AF_UNIX: 'sockaddr_un',
  AF_SYSTEM: 'sockaddr_ctl',
  AF_NETLINK: 'sockaddr_nl',
  AF_PACKET: 'sockaddr_ll',
};

/**
 * The kind of sockaddr behind a pointer the tracer did not follow (dtruss prints
 * `connect(0xA, 0x7F9B69ACE950, 0x6A)`), from the socket's family when known, else from the
 * length (`0x6A` = 106 = sockaddr_un on Darwin, `0x10` sockaddr_in, `0x1C` sockaddr_in6).
 * Marked `inferred: true`; the address fields are empty because the tracer never showed them.
 */
export function inferSockaddr(os: OsName, length: number | undefined, family?: string | number): Endpoint | undefined {
  let fam: string | undefined;
  if (family !== undefined) {
    const n = familyNumber(os, family);
    fam = n === undefined ? String(family) : familyName(os, n);
    fam = canonicalFamily(fam);
  } else if (length !== undefined) {
    fam = LENGTHS[os][length]?.[0];
  }
  if (!fam) return undefined;
  const struct = STRUCTS[fam] ?? 'sockaddr';
  const extra: { inferred: true; struct: string; length?: number } = { inferred: true, struct };
  if (length !== undefined) extra.length = length;
  if (fam === 'AF_UNIX') return { family: 'AF_UNIX', path: '', abstract: false, ...extra };
  if (fam === 'AF_INET' || fam === 'AF_INET6') return { family: fam, address: '', port: 0, ...extra };
  return { family: fam, ...extra };
}
