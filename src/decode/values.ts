// Small readers over ArgValue trees and tracer string literals, shared by the decoders.

import { Buffer, isUtf8 } from 'node:buffer';
import type { ArgValue, IntArg } from '../model/index.js';
import { cStringBytes } from '../../grammars/lexemes.js';
import { parseNumber } from './constants.js';

/** Strips the wrappers that do not change a value: `/* comment *\/`, `x => y` (takes y), fd decorations. */
export function unwrap(v: ArgValue): ArgValue {
  for (;;) {
    if (v.kind === 'commented') v = v.value;
    else if (v.kind === 'inout') v = v.after;
    else if (v.kind === 'fd') v = v.value;
    else return v;
  }
}

/**
 * The integer an argument stands for. `width` 32 reads the low 32 bits as a signed C int,
 * which is what a 32-bit parameter holds when dtruss prints a 64-bit register with junk in
 * its upper half (`0xFFFFFFFFF34D92C8`); 64 keeps the value (sign-extended hex gives the
 * negative number). `htons(5432)`, `[16]` and `110 => 2` give their number; names give undefined.
 */
export function intOf(v: ArgValue | undefined, width: 32 | 64 = 64): number | undefined {
  if (!v) return undefined;
  const u = unwrap(v);
  if (u.kind === 'int') return intFromText(u, width);
  if (u.kind === 'call' && /^(htons|htonl|ntohs|ntohl)$/.test(u.name) && u.args.length === 1) return intOf(u.args[0], width);
  if (u.kind === 'array' && u.items.length === 1 && u.items[0]) return intOf(u.items[0], width);
  if (u.kind === 'name' && u.text === 'NULL') return 0;
  return undefined;
}

function intFromText(a: IntArg, width: 32 | 64): number | undefined {
  const t = a.text;
  if (width === 32 && t.length >= 11 && /^0[xX][0-9a-fA-F]{9,}$/.test(t)) {
    return Number(BigInt.asIntN(32, BigInt(t)));
  }
  const n = parseNumber(t);
  if (n !== undefined) return n;
  return Number.isFinite(a.value) ? a.value : undefined;
}

/** Names an argument is made of: `AF_INET` → [AF_INET]; `O_RDWR|O_CREAT` → both; numbers inside flags as numbers. */
export function flagParts(v: ArgValue, out: (string | number)[] = []): (string | number)[] {
  const u = unwrap(v);
  if (u.kind === 'flags') {
    for (const i of u.items) flagParts(i, out);
  } else if (u.kind === 'name') out.push(u.text);
  else {
    const n = intOf(u);
    if (n !== undefined) out.push(n);
  }
  return out;
}

/** The comment of `-X verbose` values (`0x2 /* AF_INET *\/`), if any. */
export function commentOf(v: ArgValue): string | undefined {
  return v.kind === 'commented' ? v.comment : undefined;
}

/**
 * The bytes of a quoted tracer string as printed (`"\x7f\0\1"`, `"/tmp/x\0"`, `@"name"`):
 * C escapes (`\n`, `\\`, `\"`, `\xHH`, `\ooo` of 1-3 digits) resolved; any other character
 * is taken as UTF-8. Surrounding quotes, a leading `@` and a trailing `...` are ignored.
 */
export function stringBytes(text: string): Uint8Array {
  let s = text;
  if (s.endsWith('...')) s = s.slice(0, -3);
  if (s.startsWith('@')) s = s.slice(1);
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) s = s.slice(1, -1);
  const n = s.length;
  // Most strings are plain ASCII without escapes: their bytes are their char codes.
  let plain = true;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5c || c >= 0x80) {
      plain = false;
      break;
    }
  }
  if (plain) {
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i++) bytes[i] = s.charCodeAt(i);
    return bytes;
  }
  // Escapes are resolved by the grammar's lexeme, shared with StrArg values.
  return Uint8Array.from(cStringBytes(s));
}

// Only given valid UTF-8 (isUtf8 first). Reused: decode() keeps no state between calls.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes read as UTF-8 where valid, else byte by byte (Latin-1). */
export function bytesToText(bytes: Uint8Array): string {
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80) {
      ascii = false;
      break;
    }
  }
  // Latin-1 maps each byte to the code point of its value (what String.fromCharCode gives).
  if (ascii) return latin1(bytes);
  // Checked first: a thrown decode error costs more than the decoding (binary reads are common).
  if (isUtf8(bytes)) return UTF8.decode(bytes);
  return latin1(bytes);
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** The body of a quoted string when it is plain ASCII with no escapes (its bytes are its text), else undefined. */
function plainBody(text: string): string | undefined {
  let s = text;
  if (s.endsWith('...')) s = s.slice(0, -3);
  if (s.startsWith('@')) s = s.slice(1);
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) s = s.slice(1, -1);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5c || c >= 0x80 || c === 0) return undefined;
  }
  return s;
}

/** A buffer argument's contents as text: `bytesToText(stringBytes(text))`, without the bytes when it is plain. */
export function stringText(text: string): string {
  return plainBody(text) ?? bytesToText(stringBytes(text));
}

/** A path or string argument's contents: the C string up to its first NUL (dtruss prints `"/etc/hosts\0"`). */
export function cString(text: string): string {
  const plain = plainBody(text);
  if (plain !== undefined) return plain;
  const b = stringBytes(text);
  const nul = b.indexOf(0);
  return bytesToText(nul >= 0 ? b.subarray(0, nul) : b);
}

export function hexOf(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
