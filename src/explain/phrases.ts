// Phrases for the things a sentence names: an fd ("fd 5 (TCP socket)"), a path, an
// address ("127.0.0.1:6379 (Redis)"), an errno in its context.

import type { DecodedCall, Endpoint, FdEntry, FdInfo, SocketInfo, SyscallEvent } from '../model/index.js';
import { errnoMeaning, ERRNO_SHORT } from '../knowledge/errno-meanings.js';
import { canonicalFamily } from '../decode/sockaddr.js';
import { quotedStrings } from '../decode/text.js';
import type { ArgView } from './args.js';
import { argByRole, type Ctx } from './context.js';
import { trimTrailing } from '../text/trim.js';

// -- errno

/** The errno name of a failed call: as printed, or looked up from its number by decode. */
export function errnoName(ev: SyscallEvent, d: DecodedCall | undefined): string | undefined {
  const r = ev.ret;
  if (!r) return undefined;
  if (d?.errno?.name) return d.errno.name;
  if (r.errno && /^[A-Z_]+$/.test(r.errno)) return r.errno;
  if (r.errno !== undefined || r.errnoNumber !== undefined) return r.errno ?? `error ${String(r.errnoNumber)}`;
  return undefined;
}

/** "no such file — nothing is listening at that path". */
export function errnoPhrase(errno: string, ctx: Ctx): string {
  const short = ERRNO_SHORT[errno] ?? ctx.ev.ret?.message?.toLowerCase() ?? ctx.a.decoded?.errno?.message?.toLowerCase() ?? errno;
  const meaning = errnoMeaning(errno, errnoContexts(ctx));
  return meaning && meaning !== short ? `${short} — ${meaning}` : short;
}

function errnoContexts(ctx: Ctx): string[] {
  const base = ctx.entry?.errctx ?? ctx.entry?.family;
  if (!base) return [];
  const fam = socketFamilyOf(ctx);
  if (!fam) return [base];
  // Ports below 1024 are privileged: EACCES from bind means something else above them.
  const ep = argByRole(ctx, 'addr')?.endpoint;
  const port = ep && (ep.family === 'AF_INET' || ep.family === 'AF_INET6') && typeof ep.port === 'number' ? ep.port : undefined;
  const low = fam === 'inet' && port !== undefined && port > 0 && port < 1024 ? [`${base}:inet-low`] : [];
  return [...low, `${base}:${fam}`, base];
}

/** `unix` / `inet` for the socket a net call is on (from its address argument or the fd's state). */
function socketFamilyOf(ctx: Ctx): 'unix' | 'inet' | undefined {
  const ep = argByRole(ctx, 'addr')?.endpoint;
  const fam = ep?.family ?? socketOfArg(ctx, argByRole(ctx, 'fd'))?.family;
  const info = argByRole(ctx, 'fd')?.fdInfo;
  const text = fam ?? (info?.type === 'socket' ? info.protocol : undefined);
  if (!text) return undefined;
  if (/UNIX|LOCAL/i.test(text)) return 'unix';
  if (/INET|TCP|UDP/i.test(text)) return 'inet';
  return undefined;
}


// -- fds

const STD_NAMES = ['stdin', 'stdout', 'stderr'];

/** "fd 5 (TCP socket)", "fd 3 (/etc/passwd)", "fd 1 (stdout)". */
export function fdPhrase(ctx: Ctx, a: ArgView | undefined, short: boolean): string {
  if (!a) return 'an fd';
  if (a.atCwd) return 'the current directory';
  const n = a.int;
  if (n === undefined) return a.text;
  const what = fdWhat(ctx, n, a.fdInfo, short);
  return what ? `fd ${String(n)} (${what})` : `fd ${String(n)}`;
}

export function socketOfArg(ctx: Ctx, a: ArgView | undefined): SocketInfo | undefined {
  if (!a || a.int === undefined) return undefined;
  if (ctx.a.socket && ctx.a.fd?.fd === a.int) return ctx.a.socket;
  return ctx.state.socketOf?.(ctx.pid, a.int);
}

/** What analysis knows of fd n: the event's own entry first (a closed fd is gone from the table). */
export function fdEntry(ctx: Ctx, n: number): { entry?: FdEntry; sock?: SocketInfo } {
  if (ctx.a.fd && ctx.a.fd.fd === n) {
    const out: { entry?: FdEntry; sock?: SocketInfo } = { entry: ctx.a.fd };
    if (ctx.a.socket) out.sock = ctx.a.socket;
    return out;
  }
  const out: { entry?: FdEntry; sock?: SocketInfo } = {};
  const entry = ctx.state.fd?.(ctx.pid, n);
  if (entry) out.entry = entry;
  const sock = entry?.socketId ? ctx.state.socketOf?.(ctx.pid, n) : undefined;
  if (sock) out.sock = sock;
  return out;
}

function fdWhat(ctx: Ctx, n: number, info: FdInfo | undefined, short: boolean): string | undefined {
  const { entry, sock } = fdEntry(ctx, n);
  if (info?.type === 'socket' || sock || entry?.kind === 'socket') {
    const kind = info?.type === 'socket' ? protoWord(info.protocol) : sockKind(sock?.family ? [sock.family] : [], sock?.type ? [sock.type] : [], undefined);
    if (short) return kind === 'UNIX socket' ? undefined : kind;
    const peer = (info?.type === 'socket' ? info.peer : undefined) ?? sock?.peer;
    const local = (info?.type === 'socket' ? info.local : undefined) ?? sock?.local;
    // A -yy decoration shows a peer only once connected; analysis records it at connect, even in progress.
    if (peer) return `${kind} ${info?.type === 'socket' && info.peer ? 'connected ' : ''}to ${endpointPlain(ctx, peer)}`;
    if (sock?.listening && local) return `${kind} listening on ${endpointPlain(ctx, local)}`;
    if (local && info?.type === 'socket' && kind !== 'UNIX socket') return `${kind} on ${endpointPlain(ctx, local)}`;
    return kind;
  }
  if (info?.type === 'path') return info.path + (info.deleted ? ', deleted' : '');
  if (info?.type === 'pipe') return 'pipe';
  if (info?.type === 'anon') return anonWord(info.name);
  if (info?.type === 'pidfd') return `pidfd of process ${String(info.pid)}`;
  if (entry) {
    // dtruss paths carry the C string's NUL.
    if (entry.path) return trimTrailing(entry.path, '\0');
    if (entry.kind === 'pipe') return entry.pipe?.end ? `${entry.pipe.end} end of a pipe` : 'pipe';
    if (entry.kind !== 'unknown' && entry.kind !== 'file') return entry.anon ? anonWord(entry.anon) : entry.kind;
  }
  // 0-2 are the standard streams unless the trace showed them being replaced.
  if (n >= 0 && n <= 2 && (!entry || entry.origin === 'use' || entry.origin === 'inherited' || entry.origin === 'decoration')) return STD_NAMES[n];
  return undefined;
}

function anonWord(name: string): string {
  const n = name.replace(/^\[|\]$/g, '');
  if (n === 'eventpoll') return 'epoll instance';
  return n;
}

function protoWord(p: string): string {
  if (p.startsWith('UNIX')) return 'UNIX socket';
  if (p === 'TCPv6') return 'TCP/IPv6 socket';
  if (p === 'UDPv6') return 'UDP/IPv6 socket';
  if (p === 'socket') return 'socket';
  return `${p} socket`;
}

/** "TCP socket", "UDP/IPv6 socket", "UNIX stream socket" from family and type names. */
export function sockKind(fam: string[], type: string[], rawFamily: string | undefined): string {
  // PF_INET, PF_FILE (old strace, glibc aliases): the family by its one name.
  const f = fam[0] === undefined ? undefined : canonicalFamily(fam[0]);
  const t = type.find((x) => x.startsWith('SOCK_') && !/NONBLOCK|CLOEXEC/.test(x));
  const v6 = f === 'AF_INET6' ? '/IPv6' : '';
  if (f === 'AF_INET' || f === 'AF_INET6') {
    if (t === 'SOCK_STREAM') return `TCP${v6} socket`;
    if (t === 'SOCK_DGRAM') return `UDP${v6} socket`;
    if (t === 'SOCK_RAW') return `raw IP${v6} socket`;
    return `IP${v6} socket`;
  }
  if (f === 'AF_UNIX' || f === 'AF_LOCAL') {
    if (t === 'SOCK_STREAM') return 'UNIX stream socket';
    if (t === 'SOCK_DGRAM') return 'UNIX datagram socket';
    return 'UNIX socket';
  }
  if (f === 'AF_NETLINK') return 'netlink socket';
  if (f === 'AF_PACKET') return 'packet socket';
  if (f === 'AF_SYSTEM') return 'macOS kernel-control (AF_SYSTEM) socket';
  if (f) return `${f} socket`;
  return rawFamily ? `socket (family ${rawFamily})` : 'socket';
}

// -- paths and addresses

export function pathPhrase(ctx: Ctx, role: string, dirRole: string): string {
  const p = argByRole(ctx, role);
  const dir = argByRole(ctx, dirRole);
  if (!p) return dir ? fdPhrase(ctx, dir, false) : '?';
  // A bare pointer: the tracer printed the address of the string, not the string (-X raw, dtruss).
  if (p.str === undefined && /^(0x[0-9a-fA-F]+|NULL)$/.test(p.text)) return `a path at ${p.text} (not printed)`;
  const s = p.str ?? p.text;
  if (s === '' && dir && !dir.atCwd) return fdPhrase(ctx, dir, false);
  if (s.startsWith('/') || !dir || dir.atCwd || dir.int === undefined) return s;
  return `${s} (relative to ${fdPhrase(ctx, dir, false)})`;
}

export function argvPhrase(a: ArgView | undefined): string {
  if (!a) return '';
  const items = [...quotedStrings(a.text)].map((q) => q.body + (q.truncated ? '...' : ''));
  if (items.length <= 1) return '';
  const shown = items.slice(0, 6).join(' ');
  // `, ...]` is strace eliding further items; `"abc"...` is a cut string, already marked.
  return ` as: ${shown}${items.length > 6 || /,\s*\.\.\.\]$/.test(a.text) ? ' …' : ''}`;
}

function wellKnownName(ctx: Ctx, ep: Endpoint): string | undefined {
  const w = ctx.state.wellKnown?.(ep);
  if (typeof w === 'string') return w;
  if (w && typeof w === 'object') {
    const o = w as { name?: unknown; service?: unknown; note?: unknown };
    if (typeof o.name === 'string') return o.name;
    if (typeof o.service === 'string') {
      // A short "127.0.0.53 is systemd-resolved" note says who answers; longer notes are for findings.
      const note = typeof o.note === 'string' && /^\S+ is /.test(o.note) && o.note.length < 60 ? `; ${o.note}` : '';
      return o.service + note;
    }
  }
  return undefined;
}

/** "127.0.0.1:6379 (Redis)" without an article; used inside fd descriptions. */
export function endpointPlain(ctx: Ctx, ep: Endpoint): string {
  const base = endpointBare(ep);
  const w = wellKnownName(ctx, ep);
  return w ? `${base} (${w})` : base;
}

export function endpointBare(ep: Endpoint): string {
  if ((ep.family === 'AF_INET' || ep.family === 'AF_INET6') && typeof ep.address === 'string') {
    const host = ep.family === 'AF_INET6' ? `[${ep.address}]` : ep.address;
    return `${host}:${String(ep.port)}`;
  }
  if (ep.family === 'AF_UNIX' && typeof ep.path === 'string') return ep.abstract ? `@${ep.path}` : ep.path || '(unnamed)';
  return ep.family;
}

/** "the UNIX socket /tmp/.s.PGSQL.5432 (PostgreSQL)", "127.0.0.1:6379 (Redis)". */
export function addrPhrase(ctx: Ctx, ep: Endpoint | undefined, a: ArgView | undefined): string {
  if (!ep) {
    if (!a) return 'an address';
    if (a.text === 'NULL') return 'no address';
    return /^0x[0-9a-f]+$/i.test(a.text) ? 'an address (not shown by the tracer)' : a.text;
  }
  const w = wellKnownName(ctx, ep);
  const suffix = w ? ` (${w})` : '';
  if (ep.family === 'AF_UNIX') {
    if (typeof ep.path !== 'string' || (ep.path === '' && ep.inferred)) return `a UNIX socket path (not shown by the tracer)${suffix}`;
    if (ep.path === '') return 'an unnamed UNIX socket';
    return `the ${ep.abstract ? 'abstract ' : ''}UNIX socket ${ep.abstract ? '@' : ''}${ep.path}${suffix}`;
  }
  if (ep.family === 'AF_INET' || ep.family === 'AF_INET6') {
    if (typeof ep.address !== 'string' || ep.address === '') return `an ${ep.family === 'AF_INET6' ? 'IPv6' : 'IPv4'} address (not shown by the tracer)${suffix}`;
    return `${endpointBare(ep)}${suffix}`;
  }
  if (ep.family === 'AF_UNSPEC') return 'AF_UNSPEC (dissolving the association)';
  if (ep.family.includes('???')) return `an address of an unknown family${/\((\d+)\)/.test(ep.family) ? ` (${/\((\d+)\)/.exec(ep.family)![1]!})` : ''}`;
  // "AF_…" is read letter by letter: "an AF_SYSTEM address".
  return `${/^AF_/.test(ep.family) ? 'an' : 'a'} ${ep.family} address${suffix}`;
}

