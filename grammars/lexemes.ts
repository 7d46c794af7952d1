// Lexemes shared by the format grammars: sticky-regex tokens, C string decoding, number reading.

import P from 'parsimmon';

/**
 * A parsimmon token from one sticky regex: no slicing of the input, one `exec` per token.
 * `map` turns the match into the token's value.
 */
export function token<T>(re: RegExp, map: (m: RegExpExecArray) => T, desc: string): P.Parser<T> {
  const sticky = new RegExp(re.source, re.flags.includes('y') ? re.flags : re.flags + 'y');
  return P((input, i) => {
    sticky.lastIndex = i;
    const m = sticky.exec(input);
    return m ? P.makeSuccess(i + m[0].length, map(m)) : P.makeFailure(i, desc);
  });
}

/** `-1`, `0x7ffd`, `0xFFFFFFFFFFFFFFFE`, `0644`, `00`, `00000000` (nl_groups: hex digits, no `0x`). */
export const INT_SOURCE = '-?(?:0[xX][0-9a-fA-F]+|[0-9][0-9a-fA-F]*)';

/** A double-quoted C string, escapes kept: `"a\"b\n"`. dtruss strings may hold raw bytes and spaces. */
export const QUOTED_SOURCE = '"[^"\\\\]*(?:\\\\[\\s\\S][^"\\\\]*)*"';

// ---------------------------------------------------------------- integers
//
// The one integer reader. Spellings, as the tracers print them:
//   `27`, `-1`          decimal
//   `0x7ffd`, `0X1B6`   hex (either case of the prefix)
//   `0644`, `00`        octal after a leading 0 (strace prints modes so); `08`, `019` are decimal
//   `0a`, `ff`          bare hex bytes (strace's `sll_addr=[0a, ...]`): only with `bareHex`
// Exactness: readBigInt keeps all 64 bits. The numbers the model stores are doubles, exact up to
// 2^53; the few wider values (addresses returned by mmap) keep their text for exact printing.
// Signedness, per use:
//   readInt   where a C int/long is expected (decoder and call view): hex of 64 significant bits
//             with the top bit set is a sign-extended register, so dtruss's `0xFFFFFFFFFFFFFFFE`
//             (AT_FDCWD) is -2. Decimal is taken as written.
//   parseIntText  the grammar's IntArg.value: the spelling as written, never sign-extended.

interface Spelling {
  neg: boolean;
  radix: 8 | 10 | 16;
  digits: string;
  /** Hex digits without `0x`. */
  bare: boolean;
}

const HEX_BODY = /^0[xX]([0-9a-fA-F]+)$/;
const DIGIT_RUN = /^[0-9][0-9a-fA-F]*$/;
const HAS_HEX_LETTER = /[a-fA-F]/;
const HAS_8_OR_9 = /[89]/;

function spell(text: string): Spelling | undefined {
  const neg = text.charCodeAt(0) === 45; // '-'
  const body = neg ? text.slice(1) : text;
  const hex = HEX_BODY.exec(body);
  if (hex) return { neg, radix: 16, digits: hex[1]!, bare: false };
  if (!DIGIT_RUN.test(body)) return undefined;
  if (HAS_HEX_LETTER.test(body)) return { neg, radix: 16, digits: body, bare: true };
  if (body.length > 1 && body.charCodeAt(0) === 48 && !HAS_8_OR_9.test(body)) return { neg, radix: 8, digits: body.slice(1), bare: false };
  return { neg, radix: 10, digits: body, bare: false };
}

/** The magnitude as a double: parseInt/Number round the same way the readers always did. */
function magnitude(s: Spelling): number {
  return s.radix === 10 ? Number(s.digits) : parseInt(s.digits, s.radix);
}

function bigMagnitude(s: Spelling): bigint {
  return BigInt((s.radix === 16 ? '0x' : s.radix === 8 ? '0o' : '') + s.digits);
}

const TWO_63 = 1n << 63n;
const TWO_64 = 1n << 64n;

/** A plain decimal of up to 15 digits (exact as a double): most integers in a trace. */
const SHORT_DECIMAL = /^-?(?:0|[1-9]\d{0,14})$/;

/** Exact value of an integer spelling, as written (no sign extension); undefined when it is none. */
export function readBigInt(text: string, opts: { bareHex?: boolean } = {}): bigint | undefined {
  const s = spell(text);
  if (!s || (s.bare && !opts.bareHex)) return undefined;
  const v = bigMagnitude(s);
  return s.neg ? -v : v;
}

/**
 * The number an integer spelling stands for where a C integer is expected (see the signedness
 * rules above): `36`, `-2`, `0x1022`, `0XFFFF`, `0644`, `0xFFFFFFFFFFFFFFFE` (= -2).
 * Undefined when the text is not an integer.
 */
export function readInt(text: string, opts: { bareHex?: boolean } = {}): number | undefined {
  if (SHORT_DECIMAL.test(text)) return Number(text);
  const s = spell(text);
  if (!s || (s.bare && !opts.bareHex)) return undefined;
  if (s.radix === 16 && s.digits.length >= 16) {
    const v = bigMagnitude(s);
    if (v >= TWO_63 && v < TWO_64) {
      const signed = Number(BigInt.asIntN(64, v));
      return s.neg ? -signed : signed;
    }
  }
  const m = magnitude(s);
  return s.neg ? -m : m;
}

/**
 * The grammar's IntArg.value: the spelling as written (bare hex bytes included, no sign
 * extension). Beyond 2^53 the value is inexact; readBigInt has all 64 bits.
 */
export function parseIntText(text: string): number {
  if (SHORT_DECIMAL.test(text)) return Number(text);
  const s = spell(text);
  if (!s) return NaN;
  const m = magnitude(s);
  return s.neg ? -m : m;
}

/** Exact value of an integer spelling, bare hex included; same rules as parseIntText. */
export function parseBigIntText(text: string): bigint {
  const v = readBigInt(text, { bareHex: true });
  if (v === undefined) throw new SyntaxError(`not an integer: ${text}`);
  return v;
}

/** Reads a 64-bit register value as signed: dtruss prints AT_FDCWD (-2) as `0xFFFFFFFFFFFFFFFE`. */
export function toSigned64(v: bigint): bigint {
  return BigInt.asIntN(64, v);
}

/**
 * Hex text of a value printed in hex, exact to the last digit: the model keeps a double, which
 * rounds addresses above 2^53 (`0xffffffffff600123`), so the printed text is read again.
 */
export function exactHexText(text: string, value: number): string {
  const lead = LEADING_HEX.exec(text.trim())?.[0];
  const big = lead === undefined ? undefined : readBigInt(lead);
  return '0x' + (big !== undefined && Number(big) === value ? big : value).toString(16);
}

const LEADING_HEX = /^-?0[xX][0-9a-fA-F]+/;

const SIMPLE_ESCAPES: Record<string, number> = {
  n: 10, t: 9, r: 13, f: 12, v: 11, a: 7, b: 8, e: 27, '"': 34, '\\': 92, "'": 39, '?': 63,
};

const encoder = new TextEncoder();

/** Strict UTF-8 decoding (no overlongs, surrogates or values past U+10FFFF); null when invalid. */
function utf8(b: number[]): string | null {
  const codes: number[] = [];
  const n = b.length;
  for (let i = 0; i < n; ) {
    const c = b[i]!;
    let cp: number;
    let len: number;
    if (c < 0x80) {
      codes.push(c);
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      cp = c & 0x1f;
      len = 2;
    } else if (c >= 0xe0 && c <= 0xef) {
      cp = c & 0x0f;
      len = 3;
    } else if (c >= 0xf0 && c <= 0xf4) {
      cp = c & 0x07;
      len = 4;
    } else return null;
    if (i + len > n) return null;
    for (let k = 1; k < len; k++) {
      const d = b[i + k]!;
      if ((d & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (d & 0x3f);
    }
    if ((len === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (len === 4 && (cp < 0x10000 || cp > 0x10ffff))) return null;
    if (cp > 0xffff) {
      cp -= 0x10000;
      codes.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else codes.push(cp);
    i += len;
  }
  return latin1(codes);
}

/** Code units (bytes or UTF-16) as a string, in chunks (spread arguments have a length limit). */
function latin1(bytes: number[]): string {
  let s = '';
  for (let k = 0; k < bytes.length; k += 4096) {
    s += String.fromCharCode(...bytes.slice(k, k + 4096));
  }
  return s;
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/**
 * The bytes of the inside of a quoted C string (without the quotes): `\n`, `\"`, octal `\0`
 * `\177` `\303\251` (1-3 digits), hex `\xHH`. Literal characters give their UTF-8 bytes
 * (dtruss and Nanos print some bytes raw). An unknown escape keeps the backslash.
 */
export function cStringBytes(inner: string): number[] {
  const bytes: number[] = [];
  const n = inner.length;
  for (let i = 0; i < n; i++) {
    const c = inner.charCodeAt(i);
    if (c !== 92 || i + 1 >= n) {
      if (c < 0x80) bytes.push(c);
      else {
        // A literal non-ASCII character: keep it as its UTF-8 bytes.
        for (const b of encoder.encode(String.fromCodePoint(inner.codePointAt(i)!))) bytes.push(b);
        if (c >= 0xd800 && c <= 0xdbff) i++;
      }
      continue;
    }
    const e = inner[++i]!;
    const o = e.charCodeAt(0);
    if (o >= 48 && o <= 55) {
      let v = o - 48;
      let k = 1;
      while (k < 3 && i + 1 < n) {
        const d = inner.charCodeAt(i + 1);
        if (d < 48 || d > 55) break;
        v = v * 8 + (d - 48);
        i++;
        k++;
      }
      bytes.push(v & 0xff);
    } else if (o === 120 && i + 1 < n && hexVal(inner.charCodeAt(i + 1)) >= 0) {
      // \xH or \xHH
      let v = hexVal(inner.charCodeAt(++i));
      const d = i + 1 < n ? hexVal(inner.charCodeAt(i + 1)) : -1;
      if (d >= 0) {
        v = v * 16 + d;
        i++;
      }
      bytes.push(v);
    } else {
      const s = SIMPLE_ESCAPES[e];
      if (s !== undefined) bytes.push(s);
      else {
        // Unknown escape: keep both characters as written.
        bytes.push(92);
        if (o < 0x80) bytes.push(o);
        else {
          for (const b of encoder.encode(String.fromCodePoint(inner.codePointAt(i)!))) bytes.push(b);
          if (o >= 0xd800 && o <= 0xdbff) i++;
        }
      }
    }
  }
  return bytes;
}

/**
 * Decodes the inside of a quoted C string (without the quotes) to text: the bytes of
 * cStringBytes read as UTF-8 when valid, else as Latin-1, so `caf\303\251` gives `café`
 * and `\377` gives `ÿ`. Text without a backslash is returned as is.
 */
export function decodeCString(inner: string): string {
  if (inner.indexOf('\\') < 0) return inner;
  const bytes = cStringBytes(inner);
  for (const b of bytes) if (b >= 0x80) return utf8(bytes) ?? latin1(bytes);
  return latin1(bytes);
}


/** Distinct call names kept (a hostile trace can make up any number; past this they are not shared). */
const MAX_NAMES = 4096;
const NAMES = new Map<string, string>();

/**
 * `line.slice(start, end)`, a call name, as one shared internalized string per name: every
 * layer above looks names up in sets and tables several times per call, and a fresh slice
 * is hashed (and internalized) anew at each of those look-ups.
 */
export function sharedName(line: string, start: number, end: number): string {
  const s = line.slice(start, end);
  const known = NAMES.get(s);
  if (known !== undefined) return known;
  if (NAMES.size >= MAX_NAMES) return s;
  // A property key is internalized: its string is the one every table's key already is.
  const shared = Object.keys({ [s]: 0 })[0]!;
  NAMES.set(shared, shared);
  return shared;
}
