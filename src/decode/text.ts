// Small readers for the pieces of argument text analysis needs (fd numbers, -y/-yy
// decorations, sockaddrs, strings). They work on the raw text so that state tracking
// never waits for a full argument parse, and they are the fallback when the decoder
// returns nothing for an argument. Nothing here throws: unreadable text gives undefined.

import type { Endpoint, OsName } from '../model/index.js';
import { cStringBytes, readInt } from '../../grammars/lexemes.js';
import { sockaddrFromText } from './sockaddr.js';
import { bytesToText } from './values.js';
import { nextLineBreak } from '../text/line-break.js';

export { endpointText, epPath, epPort, listensFor, shownEndpoint } from './endpoint-text.js';

/**
 * Split an argument list at its top-level commas. Quotes, brackets and `<...>` fd
 * decorations are skipped as a whole (`TCP:[a->b]` has a `>` that closes nothing).
 */
export function splitArgs(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let end = argEnd(text, 0); end < text.length; end = argEnd(text, start)) {
    out.push(argText(text, start, end));
    start = end + 1;
  }
  const last = text.slice(start).trim();
  if (last !== '' || out.length > 0) out.push(last);
  return out;
}

/** `text.slice(start, end).trim()` without the copy the usual blank after a comma costs. */
export function argText(text: string, start: number, end: number): string {
  while (start < end && text.charCodeAt(start) === 0x20) start++;
  return text.slice(start, end).trim();
}

/**
 * Where the argument that starts at `start` (at top level) ends: the index of the next
 * top-level comma, or `text.length`. Nothing is open at a top-level comma, so a split can
 * stop after any argument and go on from there (the call view splits only as far as asked).
 */
export function argEnd(text: string, start: number): number {
  // Open brackets by char code; 0x3c is a decoration's `<`. One stack for every call (asked
  // once per argument of every call), grown when a text nests deeper.
  let stack = openStack;
  let depth = 0;
  let i = start;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const close = closingQuote(text, i);
      i = close < 0 ? n : close;
      continue;
    }
    if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a /* slash-star */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    const top = depth ? stack[depth - 1]! : -1;
    let open = -1;
    if (c === 0x28 || c === 0x5b || c === 0x7b) open = c;
    else if (c === 0x29 || c === 0x5d || c === 0x7d) {
      const want = c === 0x29 ? 0x28 : c === 0x5d ? 0x5b : 0x7b;
      if (top === want) depth--;
    } else if (c === 0x3c) {
      const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
      // A decoration opens right after an fd number or AT_FDCWD; inside one, any `<` nests.
      if (top === 0x3c || (((prev >= 0x30 && prev <= 0x39) || prev === 0x44) && text.charCodeAt(i + 1) !== 0x3c)) open = 0x3c;
    } else if (c === 0x3e) {
      if (top === 0x3c) depth--;
    } else if (c === 0x2c && depth === 0) {
      return i;
    }
    if (open >= 0) {
      if (depth === stack.length) {
        const grown = new Uint8Array(stack.length * 2);
        grown.set(stack);
        stack = openStack = grown;
      }
      stack[depth++] = open;
    }
    i++;
  }
  return n;
}

let openStack = new Uint8Array(64);

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

/**
 * `text` without its `/* … *\/` comments and the blanks before each, as
 * `text.replace(/\s*\/\*.*?\*\//g, '')` did (a comment ends on its own line: `.` stops at a line
 * break), in one pass: that regex rescans a run of blanks from each of its characters.
 */
export function stripComment(text: string): string {
  if (!text.includes('/*')) return text;
  let out = '';
  let from = 0; // text before this is decided
  let close = -1; // the first `*/` at or after the current search, cached: opens only move forward
  let lineBreak = -1; // likewise the first line break
  for (let open = text.indexOf('/*'); open >= 0; open = text.indexOf('/*', open + 2)) {
    if (close < open + 2) close = text.indexOf('*/', open + 2);
    if (close < 0) break; // no comment ends after here
    if (lineBreak !== Infinity && lineBreak < open + 2) lineBreak = nextLineBreak(text, open + 2);
    if (lineBreak < close) continue; // this one runs past its line: a later one may still close
    let start = open;
    while (start > from && /\s/.test(text[start - 1]!)) start--;
    out += text.slice(from, start);
    from = close + 2;
    open = close; // the next search starts after this comment
    close = -1;
  }
  return out + text.slice(from);
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
  const decorated = decoratedDecimal(t);
  if (decorated) return decorated;
  const m = /^(-?\d+|0x[0-9a-fA-F]+|AT_FDCWD)(?:<([\s\S]*)>)?(\(deleted\))?$/.exec(t);
  if (!m) return undefined;
  const out: FdText = {};
  if (m[1] === 'AT_FDCWD') out.atCwd = true;
  else out.fd = parseIntText(m[1]);
  if (m[2] !== undefined) out.decoration = m[2];
  if (m[3]) out.deleted = true;
  return out;
}

/**
 * The common shape of parseFdText's regexp read by hand: `3</etc/hosts>`, a decimal fd
 * without a leading zero (octal) and its decoration up to the last `>` (-y/-yy on every
 * call of a long trace); undefined for any other shape.
 */
function decoratedDecimal(t: string): FdText | undefined {
  if (t.charCodeAt(t.length - 1) !== 0x3e /* > */ || t.charCodeAt(0) === 0x30) return undefined;
  let fd = 0;
  let k = 0;
  for (let c = t.charCodeAt(0); c >= 0x30 && c <= 0x39 && k < 15; c = t.charCodeAt(++k)) fd = fd * 10 + (c - 0x30);
  if (k === 0 || t.charCodeAt(k) !== 0x3c /* < */) return undefined;
  return { fd, decoration: t.slice(k + 1, -1) };
}

/** Bytes of a C-escaped string body (without quotes): the grammar's one unescaper. */
export function unescapeBytes(body: string): number[] {
  return cStringBytes(body);
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

/**
 * A string without escapes or multi-byte characters: its bytes are its char codes, made on
 * first use (most strings read — paths above all — are only compared, never taken apart).
 */
class PlainStrText implements StrText {
  private codes?: number[];

  constructor(
    readonly value: string,
    readonly truncated: boolean,
    readonly abstract: boolean,
  ) {}

  get bytes(): number[] {
    if (!this.codes) {
      const v = this.value;
      const bytes: number[] = new Array<number>(v.length);
      for (let i = 0; i < v.length; i++) bytes[i] = v.charCodeAt(i);
      this.codes = bytes;
    }
    return this.codes;
  }
}

export function parseStrText(text: string | undefined): StrText | undefined {
  if (text === undefined) return undefined;
  const q = quotedParts(text.trim());
  if (!q) return undefined;
  const { body, truncated, abstract } = q;
  // No escapes and no multi-byte characters: the bytes are the char codes, the value the text.
  if (isPlainAscii(body)) return new PlainStrText(body, truncated, abstract);
  const bytes = unescapeBytes(body);
  return { value: bytesToText(Uint8Array.from(bytes)), bytes, truncated, abstract };
}

/** One quoted string found in argument text: where it is, its body (escapes kept), and a `...` cut mark. */
export interface QuotedText {
  start: number;
  /** Just after the closing quote and its `...`, if any. */
  end: number;
  body: string;
  truncated: boolean;
}

/** The index just past the closing quote of the string opening at `open`, or -1 when it is never closed. */
function closingQuote(t: string, open: number): number {
  // The next `"` that an even run of backslashes (escapes of their own) comes before; indexOf
  // finds the candidates, as the buffers of reads and writes are long.
  for (let q = t.indexOf('"', open + 1); q >= 0; q = t.indexOf('"', q + 1)) {
    let b = q;
    while (b > open + 1 && t.charCodeAt(b - 1) === 0x5c) b--;
    if ((q - b) % 2 === 0) return q + 1;
  }
  return -1;
}

/**
 * Every quoted string in `t`, left to right (`["sh", "-c", "x"...]`, `iov_base="…"`). Loops,
 * not regexes: a regex's repeated alternation overflows V8's stack on millions of characters.
 */
export function* quotedStrings(t: string): Generator<QuotedText> {
  let open = t.indexOf('"');
  while (open >= 0) {
    const close = closingQuote(t, open);
    if (close < 0) return;
    const truncated = t.startsWith('...', close);
    const end = truncated ? close + 3 : close;
    yield { start: open, end, body: t.slice(open + 1, close - 1), truncated };
    open = t.indexOf('"', end);
  }
}

/** `@"body"...` split into its parts, or undefined when `t` is not one quoted string. */
export function quotedParts(t: string): { body: string; truncated: boolean; abstract: boolean } | undefined {
  const abstract = t.startsWith('@');
  const open = abstract ? 1 : 0;
  if (t.charCodeAt(open) !== 0x22) return undefined;
  const close = closingQuote(t, open);
  if (close < 0) return undefined;
  const rest = t.slice(close);
  if (rest !== '' && rest !== '...') return undefined;
  return { body: t.slice(open + 1, close - 1), truncated: rest === '...', abstract };
}

/** Items of `[a, b, c]` (strings and fds of execve argv, pipe pairs). */
export function parseArrayText(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  if (!t.startsWith('[') || !t.endsWith(']')) return undefined;
  return splitArgs(t.slice(1, -1)).filter((s) => s !== '');
}

/** strace sockaddr text → Endpoint, by the decoder's own sockaddr reader (decode/sockaddr.ts). */
export function parseSockaddrText(text: string | undefined, os: OsName = 'linux'): Endpoint | undefined {
  return sockaddrFromText(text, os);
}

/** Names (`O_CLOEXEC`, `CLONE_THREAD`) mentioned in an argument text, comments included (-X verbose). */
export function namesIn(text: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!text) return out;
  for (const m of text.matchAll(/\b[A-Z][A-Z0-9_]{2,}\b/g)) out.add(m[0]);
  return out;
}
