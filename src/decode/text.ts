// Small readers for the pieces of argument text analysis needs (fd numbers, -y/-yy
// decorations, sockaddrs, strings). They work on the raw text so that state tracking
// never waits for a full argument parse, and they are the fallback when the decoder
// returns nothing for an argument. Nothing here throws: unreadable text gives undefined.

import type { Endpoint } from '../model/index.js';
import { readInt } from '../../grammars/lexemes.js';

/**
 * Split an argument list at its top-level commas. Quotes, brackets and `<...>` fd
 * decorations are skipped as a whole (`TCP:[a->b]` has a `>` that closes nothing).
 */
export function splitArgs(text: string): string[] {
  const out: string[] = [];
  // Open brackets by char code; 0x3c is a decoration's `<`.
  const stack: number[] = [];
  let start = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 0x22) break;
        i += d === 0x5c ? 2 : 1;
      }
      i++;
      continue;
    }
    if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a /* slash-star */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    const top = stack.length ? stack[stack.length - 1] : -1;
    if (c === 0x28 || c === 0x5b || c === 0x7b) stack.push(c);
    else if (c === 0x29 || c === 0x5d || c === 0x7d) {
      const want = c === 0x29 ? 0x28 : c === 0x5d ? 0x5b : 0x7b;
      if (top === want) stack.pop();
    } else if (c === 0x3c) {
      const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
      // A decoration opens right after an fd number or AT_FDCWD; inside one, any `<` nests.
      if (top === 0x3c || (((prev >= 0x30 && prev <= 0x39) || prev === 0x44) && text.charCodeAt(i + 1) !== 0x3c)) stack.push(0x3c);
    } else if (c === 0x3e) {
      if (top === 0x3c) stack.pop();
    } else if (c === 0x2c && stack.length === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
    i++;
  }
  const last = text.slice(start).trim();
  if (last !== '' || out.length > 0) out.push(last);
  return out;
}

/**
 * `3`, `-1`, `0x1f`, `0644` (octal), `0XA`, a `/* comment *\/` ignored: the one integer reader
 * (grammars/lexemes readInt, a C int's signedness). Undefined when the text is not an integer.
 */
export function parseIntText(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = stripComment(text).trim();
  // Most arguments are plain decimals or start with a letter: answer those without a regexp.
  const c0 = t.charCodeAt(0);
  if (c0 > 0x39 || (c0 < 0x30 && c0 !== 0x2d)) return undefined;
  return readInt(t);
}

export function stripComment(text: string): string {
  if (!text.includes('/*')) return text;
  return text.replace(/\s*\/\*.*?\*\//g, '');
}

/** An fd argument: `3`, `3</etc/passwd>`, `AT_FDCWD</srv>`, `3</x>(deleted)`. */
export interface FdText {
  fd?: number;
  atCwd?: boolean;
  decoration?: string;
  deleted?: boolean;
}

export function parseFdText(text: string | undefined): FdText | undefined {
  if (text === undefined) return undefined;
  const t = stripComment(text).trim();
  // An fd starts with a digit, a minus or AT_FDCWD.
  const c0 = t.charCodeAt(0);
  if (!((c0 >= 0x30 && c0 <= 0x39) || c0 === 0x2d || c0 === 0x41)) return undefined;
  const m = /^(-?\d+|0x[0-9a-fA-F]+|AT_FDCWD)(?:<([\s\S]*)>)?(\(deleted\))?$/.exec(t);
  if (!m) return undefined;
  const out: FdText = {};
  if (m[1] === 'AT_FDCWD') out.atCwd = true;
  else out.fd = parseIntText(m[1]);
  if (m[2] !== undefined) out.decoration = m[2];
  if (m[3]) out.deleted = true;
  return out;
}

const C_ESCAPES: Readonly<Record<string, number>> = { n: 10, t: 9, r: 13, v: 11, f: 12, a: 7, b: 8, e: 27, '"': 34, '\\': 92, "'": 39 };

/** Bytes of a C-escaped string body (without quotes), as strace prints it. */
export function unescapeBytes(body: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c !== 0x5c) {
      if (c < 0x80) out.push(c);
      else for (const b of Buffer.from(body[i]!, 'utf8')) out.push(b);
      continue;
    }
    const e = body[++i];
    if (e === undefined) break;
    const simple = C_ESCAPES[e];
    if (simple !== undefined) out.push(simple);
    else if (e === 'x') {
      const h = /^[0-9a-fA-F]{1,2}/.exec(body.slice(i + 1))?.[0] ?? '';
      out.push(parseInt(h || '0', 16));
      i += h.length;
    } else if (/[0-7]/.test(e)) {
      const o = /^[0-7]{1,3}/.exec(body.slice(i))![0];
      out.push(parseInt(o, 8) & 0xff);
      i += o.length - 1;
    } else out.push(e.charCodeAt(0));
  }
  return out;
}

function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c || c >= 0x80) return false;
  }
  return true;
}

/** A quoted argument: `"abc"`, `"abc"...`, `@"abstract"`. */
export interface StrText {
  value: string;
  bytes: number[];
  truncated: boolean;
  abstract: boolean;
}

export function parseStrText(text: string | undefined): StrText | undefined {
  if (text === undefined) return undefined;
  const m = /^(@?)"((?:[^"\\]|\\[\s\S])*)"(\.\.\.)?$/.exec(text.trim());
  if (!m) return undefined;
  const body = m[2]!;
  if (isPlainAscii(body)) {
    // No escapes and no multi-byte characters: the bytes are the char codes, the value the text.
    const bytes: number[] = new Array<number>(body.length);
    for (let i = 0; i < body.length; i++) bytes[i] = body.charCodeAt(i);
    return { value: body, bytes, truncated: !!m[3], abstract: !!m[1] };
  }
  const bytes = unescapeBytes(body);
  return { value: Buffer.from(bytes).toString('utf8'), bytes, truncated: !!m[3], abstract: !!m[1] };
}

/** Items of `[a, b, c]` (strings and fds of execve argv, pipe pairs). */
export function parseArrayText(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  if (!t.startsWith('[') || !t.endsWith(']')) return undefined;
  return splitArgs(t.slice(1, -1)).filter((s) => s !== '');
}

/** strace sockaddr text → Endpoint. `{sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("1.2.3.4")}`. */
export function parseSockaddrText(text: string | undefined, os: 'linux' | 'darwin' = 'linux'): Endpoint | undefined {
  if (text === undefined) return undefined;
  let fam = /sa_family=([A-Za-z0-9_]+)/.exec(text)?.[1];
  if (!fam) return undefined;
  if (/^(0x[0-9a-fA-F]+|\d+)$/.test(fam)) {
    const raw = parseRawSockaddr(text, parseIntText(fam)!, os);
    if (raw) return raw;
  }
  if (fam === 'AF_INET') {
    const port = /sin_port=htons\((\d+)\)/.exec(text)?.[1];
    const addr = /inet_addr\("((?:[^"\\]|\\[\s\S])*)"\)/.exec(text)?.[1];
    if (port !== undefined && addr !== undefined) return { family: 'AF_INET', address: unescapeText(addr), port: Number(port) };
  } else if (fam === 'AF_INET6') {
    const port = /sin6_port=htons\((\d+)\)/.exec(text)?.[1];
    const addr6 = /inet_pton\(AF_INET6,\s*"((?:[^"\\]|\\[\s\S])*)"/.exec(text)?.[1];
    const addr = addr6 === undefined ? undefined : unescapeText(addr6);
    const scope = /sin6_scope_id=(\d+)/.exec(text)?.[1];
    if (port !== undefined && addr !== undefined) {
      const ep: Endpoint = { family: 'AF_INET6', address: addr, port: Number(port) };
      if (scope !== undefined && scope !== '0') ep.scopeId = Number(scope);
      return ep;
    }
  } else if (fam === 'AF_UNIX' || fam === 'AF_LOCAL') {
    const m = /sun_path=(@?)"((?:[^"\\]|\\[\s\S])*)"/.exec(text);
    if (!m) return { family: 'AF_UNIX', path: '', abstract: false };
    return { family: 'AF_UNIX', path: Buffer.from(unescapeBytes(m[2]!)).toString('utf8'), abstract: !!m[1] };
  }
  return { family: fam, raw: text };
}

function unescapeText(body: string): string {
  return Buffer.from(unescapeBytes(body)).toString('utf8');
}

/** Family numbers of the sockaddrs -X raw prints as bytes (Linux and XNU sys/socket.h). */
const RAW_FAMILIES: Record<'linux' | 'darwin', Record<number, string>> = {
  linux: { 1: 'AF_UNIX', 2: 'AF_INET', 10: 'AF_INET6' },
  darwin: { 1: 'AF_UNIX', 2: 'AF_INET', 30: 'AF_INET6' },
};

/** `-X raw`: `{sa_family=0x2, sin_port="\x00\x01", sin_addr="\x7f\x00\x00\x01"}`. */
function parseRawSockaddr(text: string, family: number, os: 'linux' | 'darwin'): Endpoint | undefined {
  const fam = RAW_FAMILIES[os][family];
  const bytesOf = (field: string): number[] | undefined => {
    const m = new RegExp(`${field}="((?:[^"\\\\]|\\\\[\\s\\S])*)"`).exec(text);
    return m ? unescapeBytes(m[1]!) : undefined;
  };
  if (fam === 'AF_INET') {
    const port = bytesOf('sin_port');
    const addr = bytesOf('sin_addr');
    if (port?.length === 2 && addr?.length === 4) return { family: fam, address: addr.join('.'), port: (port[0]! << 8) | port[1]! };
  } else if (fam === 'AF_INET6') {
    const port = bytesOf('sin6_port');
    const addr = bytesOf('sin6_addr');
    if (port?.length === 2 && addr?.length === 16) {
      const groups: string[] = [];
      for (let i = 0; i < 16; i += 2) groups.push(((addr[i]! << 8) | addr[i + 1]!).toString(16));
      const full = groups.join(':');
      // Shorten the longest run of zero groups (RFC 5952 style) for readability.
      const best = /(?:^|:)0(?::0)+(?::|$)/g;
      let longest = '';
      for (const m of full.matchAll(best)) if (m[0].length > longest.length) longest = m[0];
      const address = longest ? full.replace(longest, '::') : full;
      return { family: fam, address, port: (port[0]! << 8) | port[1]! };
    }
  } else if (fam === 'AF_UNIX') {
    const m = /sun_path=(@?)"((?:[^"\\]|\\[\s\S])*)"/.exec(text);
    return { family: 'AF_UNIX', path: m ? unescapeText(m[2]!) : '', abstract: !!m?.[1] };
  }
  return undefined;
}

/** Readable endpoint text: `127.0.0.1:6379`, `[::1]:80`, `/tmp/.s.PGSQL.5432`, `@abstract`. */
export function endpointText(ep: Endpoint | undefined): string {
  if (!ep) return '?';
  if (ep.family === 'AF_INET' && typeof ep.address === 'string') return `${ep.address}:${String(ep.port)}`;
  if (ep.family === 'AF_INET6' && typeof ep.address === 'string') return `[${ep.address}]:${String(ep.port)}`;
  if (ep.family === 'AF_UNIX' && typeof ep.path === 'string') return ep.abstract ? `@${ep.path}` : ep.path || '(unnamed)';
  return ep.family;
}

/** Names (`O_CLOEXEC`, `CLONE_THREAD`) mentioned in an argument text, comments included (-X verbose). */
export function namesIn(text: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!text) return out;
  for (const m of text.matchAll(/\b[A-Z][A-Z0-9_]{2,}\b/g)) out.add(m[0]);
  return out;
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
