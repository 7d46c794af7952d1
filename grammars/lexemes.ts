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
export const QUOTED_SOURCE = '"(?:[^"\\\\]|\\\\[\\s\\S])*"';

/**
 * Numeric value of an integer as tracers spell it: decimal, `0x` hex, leading-zero octal.
 * Digit runs containing a-f (hex bytes printed without `0x`, e.g. `sll_addr=[0a, ...]`) read as hex.
 * Beyond 2^53 the value is inexact; callers needing all 64 bits use BigInt on the text.
 */
export function parseIntText(text: string): number {
  const neg = text.charCodeAt(0) === 45; // '-'
  const body = neg ? text.slice(1) : text;
  let v: number;
  if (body.length > 1 && body.charCodeAt(0) === 48) {
    const c1 = body.charCodeAt(1);
    if (c1 === 120 || c1 === 88) v = parseInt(body.slice(2), 16);
    else v = /[89a-fA-F]/.test(body) ? parseInt(body, 16) : parseInt(body, 8);
  } else {
    v = /[a-fA-F]/.test(body) ? parseInt(body, 16) : Number(body);
  }
  return neg ? -v : v;
}

/** Exact value of an integer spelling (all 64 bits of `0xFFFFFFFFFFFFFFFE`); same rules as parseIntText. */
export function parseBigIntText(text: string): bigint {
  const neg = text.charCodeAt(0) === 45;
  const body = neg ? text.slice(1) : text;
  let v: bigint;
  if (/^0[xX]/.test(body)) v = BigInt(body);
  else if (/[a-fA-F]/.test(body)) v = BigInt('0x' + body);
  else if (body.length > 1 && body.charCodeAt(0) === 48) v = /[89]/.test(body) ? BigInt('0x' + body) : BigInt('0o' + body.slice(1));
  else v = BigInt(body);
  return neg ? -v : v;
}

/** Reads a 64-bit register value as signed: dtruss prints AT_FDCWD (-2) as `0xFFFFFFFFFFFFFFFE`. */
export function toSigned64(v: bigint): bigint {
  return BigInt.asIntN(64, v);
}

const SIMPLE_ESCAPES: Record<string, number> = {
  n: 10, t: 9, r: 13, f: 12, v: 11, a: 7, b: 8, e: 27, '"': 34, '\\': 92, "'": 39, '?': 63,
};

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/** Bytes as Latin-1 code points, in chunks (spread arguments have a length limit). */
function latin1(bytes: ArrayLike<number>): string {
  let s = '';
  for (let k = 0; k < bytes.length; k += 4096) {
    s += String.fromCharCode(...Array.prototype.slice.call(bytes, k, k + 4096));
  }
  return s;
}

/**
 * Decodes the inside of a quoted C string (without the quotes): `\n`, `\"`, octal `\0` `\177`
 * `\303\251`, hex `\xHH`. The bytes are read as UTF-8 when valid, else as Latin-1, so
 * `caf\303\251` gives `café`. Literal characters pass through (dtruss prints raw bytes).
 */
export function decodeCString(inner: string): string {
  if (inner.indexOf('\\') < 0) return inner;
  const bytes: number[] = [];
  let high = false;
  const n = inner.length;
  for (let i = 0; i < n; i++) {
    const c = inner.charCodeAt(i);
    if (c !== 92 || i + 1 >= n) {
      if (c < 0x80) bytes.push(c);
      else {
        // A literal non-ASCII character: keep it as its UTF-8 bytes.
        high = true;
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
      if (v >= 0x80) high = true;
    } else if (e === 'x' && /^[0-9a-fA-F]{1,2}/.test(inner.slice(i + 1, i + 3))) {
      const m = /^[0-9a-fA-F]{1,2}/.exec(inner.slice(i + 1, i + 3))![0];
      const v = parseInt(m, 16);
      bytes.push(v);
      if (v >= 0x80) high = true;
      i += m.length;
    } else {
      const s = SIMPLE_ESCAPES[e];
      if (s !== undefined) bytes.push(s);
      else {
        // Unknown escape: keep both characters as written.
        bytes.push(92);
        if (o < 0x80) bytes.push(o);
        else {
          high = true;
          for (const b of encoder.encode(String.fromCodePoint(inner.codePointAt(i)!))) bytes.push(b);
          if (o >= 0xd800 && o <= 0xdbff) i++;
        }
      }
    }
  }
  if (!high) return latin1(bytes);
  const arr = Uint8Array.from(bytes);
  try {
    return utf8.decode(arr);
  } catch {
    return latin1(arr);
  }
}
