// Endpoints as text: the one place an address becomes words, for every output and finding.
// `127.0.0.1:5432`, `[fe80::1%2]:80` (the IPv6 scope id kept), `::ffff:127.0.0.1` (IPv4-mapped
// addresses one way), `/tmp/.s.PGSQL.5432`, `@abstract`, and what an inferred sockaddr lacks.

import type { Endpoint } from '../model/index.js';

/** An endpoint of a family without its own variant (AF_NETLINK, AF_PACKET, unknown ones). */
type OtherEndpoint = { family: string; raw?: string; inferred?: boolean; [key: string]: unknown };

export function ipv4Text(b: Uint8Array, at = 0): string {
  return `${b[at] ?? 0}.${b[at + 1] ?? 0}.${b[at + 2] ?? 0}.${b[at + 3] ?? 0}`;
}

/** RFC 5952 text of 16 bytes: lower case, longest run of zero groups as `::`, IPv4-mapped as `::ffff:a.b.c.d`. */
export function ipv6Text(b: Uint8Array, at = 0): string {
  const g: number[] = [];
  for (let i = 0; i < 8; i++) g.push(((b[at + 2 * i] ?? 0) << 8) | (b[at + 2 * i + 1] ?? 0));
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return `::ffff:${ipv4Text(b, at + 12)}`;
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = g.map((x) => x.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

/** `127.0.0.1:5432`, `[::1]:80`, `[fe80::1%2]:80`, `/tmp/.s.PGSQL.5432`, `@abstract`, `(unnamed)`. */
export function describeEndpoint(ep: Endpoint): string {
  if (ep.family === 'AF_INET' || ep.family === 'AF_INET6') {
    const e = ep as Extract<Endpoint, { family: 'AF_INET' | 'AF_INET6' }>;
    if (e.inferred && e.address === '') return `${e.family} address (${structNote(e)})`;
    if (e.family === 'AF_INET6') return `[${e.address}${e.scopeId ? `%${e.scopeId}` : ''}]:${e.port}`;
    return `${e.address}:${e.port}`;
  }
  if (ep.family === 'AF_UNIX') {
    const e = ep as Extract<Endpoint, { family: 'AF_UNIX' }>;
    if (e.inferred && e.path === '') return `UNIX socket path (${structNote(e)})`;
    if (e.abstract) return `@${e.path}`;
    return e.path === '' ? '(unnamed)' : e.path;
  }
  if (ep.family === 'AF_NETLINK') {
    const proto = typeof ep['protocol'] === 'string' ? `${ep['protocol']} ` : '';
    return `netlink ${proto}pid ${String(ep['pid'] ?? '?')}`;
  }
  if (ep.family === 'AF_PACKET') {
    const parts = [ep['protocol'], ep['ifname'] ?? ep['ifindex']].filter((x) => x !== undefined).map(String);
    return `packet ${parts.join(' on ')}`.trim();
  }
  const o = ep as OtherEndpoint;
  if (o.inferred) return `${o.family} address (${structNote(o)})`;
  return o.raw ? `${o.family} ${o.raw}` : o.family;
}

/** describeEndpoint, or `?` when there is no endpoint: the name findings and the TUI use. */
export function endpointText(ep: Endpoint | undefined): string {
  return ep ? describeEndpoint(ep) : '?';
}

function structNote(e: object): string {
  const r = e as { struct?: unknown; length?: unknown };
  const what = typeof r.struct === 'string' ? r.struct : 'sockaddr';
  const len = typeof r.length === 'number' ? `, ${r.length} bytes` : '';
  return `${what}${len}; the tracer did not show it`;
}

/** Port of an IP endpoint. */
export function epPort(ep: Endpoint | undefined): number | undefined {
  const p = (ep as { port?: unknown } | undefined)?.port;
  return typeof p === 'number' ? p : undefined;
}

/** Path of a UNIX endpoint. */
export function epPath(ep: Endpoint | undefined): string | undefined {
  if (ep?.family !== 'AF_UNIX') return undefined;
  const p = (ep as { path?: unknown }).path;
  return typeof p === 'string' ? p : undefined;
}

/** An endpoint whose address the trace actually showed (dtruss gives only struct and length). */
export function shownEndpoint(ep: Endpoint | undefined): Endpoint | undefined {
  if (!ep) return undefined;
  if (ep.family === 'AF_UNIX') return epPath(ep) === '' && ep.inferred ? undefined : ep;
  if (ep.family === 'AF_INET' || ep.family === 'AF_INET6') {
    const a = (ep as { address?: unknown }).address;
    return typeof a === 'string' && a !== '' ? ep : undefined;
  }
  return ep.inferred ? undefined : ep;
}

/** IPv4 and IPv6 "any" addresses: a socket bound there listens on every address of the machine. */
const ANY_ADDRESSES = new Set(['0.0.0.0', '::']);

/**
 * Does a socket listening on `listener` take a connection made to `target`? Same UNIX path,
 * or same port at the same address (or a listener on 0.0.0.0 / ::, which takes every address).
 */
export function listensFor(listener: Endpoint, target: Endpoint): boolean {
  const lp = epPath(listener);
  if (lp !== undefined) return lp !== '' && lp === epPath(target);
  const port = epPort(listener);
  if (port === undefined || port !== epPort(target)) return false;
  const la = (listener as { address?: unknown }).address;
  return typeof la === 'string' && la !== '' && (ANY_ADDRESSES.has(la) || la === (target as { address?: unknown }).address);
}
