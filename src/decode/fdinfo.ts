// strace -y / -yy fd decorations (the text between `<` and `>` after an fd) → FdInfo.
// Shapes (strace.md §7): paths, `/dev/null<char 1:3>`, `pipe:[N]`, `socket:[N]`,
// `TCP:[a:p->b:q]`, `TCPv6:[[::1]:1->[::1]:2]`, `UNIX-STREAM:[INODE[->PEER][,"path"|,@"name"]]`,
// `NETLINK:[ROUTE:portid]`, `PACKET:[N]` and other protocols, `anon_inode:[eventfd]`,
// `anon_inode:inotify`, `pid:N`. The one reader of decorations: the decoder's and the analyzer's.
// Anything else is kept as `other` with its text: an unknown decoration never fails.

import type { Endpoint, FdInfo } from '../model/index.js';
import { describeEndpoint } from './sockaddr.js';
import { quotedParts } from './text.js';
import { bytesToText, stringBytes } from './values.js';

const INET_SOCKET = /^(TCP|UDP|UDPLITE|DCCP|SCTP|RAW|PING|MPTCP)(v6)?:\[(.*)\]$/;
// The path is checked to be one quoted string by quotedParts: a regex alternation repeated
// over each of its characters overflows V8's stack on a path of millions of characters.
const UNIX_SOCKET = /^(UNIX(?:-STREAM|-DGRAM|-SEQPACKET)?):\[(\d+)(?:->(\d+))?(?:,(@?)(".*"))?\]$/;
const NETLINK = /^NETLINK:\[(?:([A-Z0-9_]+):)?(\d+)\]$/;
const DEVICE = /^(.*)<((?:char|block) \d+:\d+)>$/;

/** Undo strace's escaping inside `<...>` (octal escapes for `<`, `>` and non-printables since 4.22). */
function unescape(text: string): string {
  return text.includes('\\') ? bytesToText(stringBytes(`"${text}"`)) : text;
}

/** `127.0.0.1:5432`, `[::1]:38201`, `[::]:0` → endpoint; undefined if it is not an address. */
export function parseInetEndpoint(text: string, v6: boolean): Endpoint | undefined {
  const m = v6 ? /^\[([0-9a-fA-F:.%]*)\]:(\d+)$/.exec(text) : /^(\d{1,3}(?:\.\d{1,3}){3}):(\d+)$/.exec(text);
  if (!m) return undefined;
  return { family: v6 ? 'AF_INET6' : 'AF_INET', address: m[1]!, port: Number(m[2]) };
}

/**
 * Decodes one decoration. `deleted` is strace ≥ 5.19's `(deleted)` printed after the `>`
 * (the grammar reports it on FdArg); older strace puts ` (deleted)` inside, which is read here.
 */
export function parseFdInfo(decoration: string, deleted?: boolean): FdInfo {
  const d = decoration;
  // Most decorations are paths, and no other shape starts with `/`: read them first.
  if (d.startsWith('/')) {
    let path = d;
    let device: string | undefined;
    const dm = path.endsWith('>') ? DEVICE.exec(path) : null;
    if (dm) {
      path = dm[1]!;
      device = dm[2]!;
    }
    let gone = deleted === true;
    if (path.endsWith(' (deleted)')) {
      path = path.slice(0, -' (deleted)'.length);
      gone = true;
    }
    const info: FdInfo = { type: 'path', path: unescape(path) };
    if (gone) info.deleted = true;
    if (device) info.device = device;
    return info;
  }
  let m = INET_SOCKET.exec(d);
  if (m) {
    const protocol = m[1]! + (m[2] ?? '');
    const body = m[3]!;
    const info: FdInfo = { type: 'socket', protocol };
    if (/^\d+$/.test(body)) {
      info.inode = Number(body);
      return info;
    }
    const [local, peer] = body.split('->');
    const l = local ? parseInetEndpoint(local, !!m[2]) : undefined;
    const p = peer ? parseInetEndpoint(peer, !!m[2]) : undefined;
    if (!l || (peer !== undefined && !p)) return { type: 'other', text: d };
    info.local = l;
    if (p) info.peer = p;
    return info;
  }
  m = UNIX_SOCKET.exec(d);
  if (m && (m[5] === undefined || quotedParts(m[5])?.truncated === false)) {
    const info: FdInfo = { type: 'socket', protocol: m[1]!, inode: Number(m[2]) };
    if (m[3]) info.peerInode = Number(m[3]);
    if (m[5]) {
      const bytes = stringBytes(m[5]);
      info.local = { family: 'AF_UNIX', path: bytesToText(bytes), abstract: m[4] === '@' };
    }
    return info;
  }
  m = NETLINK.exec(d);
  if (m) {
    // With a protocol the number is the bound port id; alone it is the inode (not bound yet).
    if (m[1]) return { type: 'socket', protocol: 'NETLINK', local: { family: 'AF_NETLINK', protocol: m[1], pid: Number(m[2]) } };
    return { type: 'socket', protocol: 'NETLINK', inode: Number(m[2]) };
  }
  m = /^socket:\[(\d+)\]$/.exec(d);
  if (m) return { type: 'socket', protocol: 'socket', inode: Number(m[1]) };
  // Other families strace names by their protocol: PACKET, L2TP/IP, XDP, VSOCK, BLUETOOTH...
  m = /^([A-Z][A-Z0-9/_-]*):\[(\d+)\]$/.exec(d);
  if (m) return { type: 'socket', protocol: m[1]!, inode: Number(m[2]) };
  m = /^pipe:\[(\d+)\]$/.exec(d);
  if (m) return { type: 'pipe', inode: Number(m[1]) };
  m = /^anon_inode:(?:\[([^\]]*)\]|(.+))$/.exec(d);
  if (m) return { type: 'anon', name: m[1] ?? m[2]! };
  m = /^(signalfd|eventfd|timerfd|eventpoll|inotify):/.exec(d);
  if (m) return { type: 'anon', name: m[1]! };
  // `pid:19478<misc>` under -Y: the comm follows in its own brackets.
  m = /^pid:(\d+)(?:<[^<>]*>)?$/.exec(d);
  if (m) return { type: 'pidfd', pid: Number(m[1]) };
  return { type: 'other', text: d };
}

/** One line for people: `TCP 127.0.0.1:54476->127.0.0.1:5432`, `/etc/passwd`, `pipe 25858`. */
export function describeFdInfo(info: FdInfo): string {
  switch (info.type) {
    case 'path':
      return info.path + (info.device ? ` (${info.device})` : '') + (info.deleted ? ' (deleted)' : '');
    case 'pipe':
      return `pipe ${info.inode}`;
    case 'anon':
      return `anon_inode ${info.name}`;
    case 'pidfd':
      return `pidfd of ${info.pid}`;
    case 'other':
      return info.text;
    case 'socket': {
      const ep = describeEndpoint;
      const parts = [info.protocol];
      if (info.local) parts.push(ep(info.local) + (info.peer ? `->${ep(info.peer)}` : ''));
      if (info.inode !== undefined && !info.local) parts.push(`inode ${info.inode}`);
      if (info.peerInode !== undefined) parts.push(`peer inode ${info.peerInode}`);
      return parts.join(' ');
    }
  }
}
