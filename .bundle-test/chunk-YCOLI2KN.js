// dist/grammars/lexemes.js
import P from "parsimmon";
function token(re, map, desc) {
  const sticky = new RegExp(re.source, re.flags.includes("y") ? re.flags : re.flags + "y");
  return P((input, i) => {
    sticky.lastIndex = i;
    const m = sticky.exec(input);
    return m ? P.makeSuccess(i + m[0].length, map(m)) : P.makeFailure(i, desc);
  });
}
var INT_SOURCE = "-?(?:0[xX][0-9a-fA-F]+|[0-9][0-9a-fA-F]*)";
var QUOTED_SOURCE = '"[^"\\\\]*(?:\\\\[\\s\\S][^"\\\\]*)*"';
function parseIntText(text) {
  const c0 = text.charCodeAt(0);
  if (c0 === 45)
    return -parseIntText(text.slice(1));
  if (c0 !== 48 || text.length === 1) {
    const v = Number(text);
    return v === v ? v : parseInt(text, 16);
  }
  const c1 = text.charCodeAt(1);
  if (c1 === 120 || c1 === 88)
    return parseInt(text.slice(2), 16);
  return /[89a-fA-F]/.test(text) ? parseInt(text, 16) : parseInt(text, 8);
}
var SIMPLE_ESCAPES = {
  n: 10,
  t: 9,
  r: 13,
  f: 12,
  v: 11,
  a: 7,
  b: 8,
  e: 27,
  '"': 34,
  "\\": 92,
  "'": 39,
  "?": 63
};
var encoder = new TextEncoder();
function utf8(b) {
  const codes = [];
  const n = b.length;
  for (let i = 0; i < n; ) {
    const c = b[i];
    let cp;
    let len;
    if (c < 128) {
      codes.push(c);
      i++;
      continue;
    } else if (c >= 194 && c <= 223) {
      cp = c & 31;
      len = 2;
    } else if (c >= 224 && c <= 239) {
      cp = c & 15;
      len = 3;
    } else if (c >= 240 && c <= 244) {
      cp = c & 7;
      len = 4;
    } else
      return null;
    if (i + len > n)
      return null;
    for (let k = 1; k < len; k++) {
      const d = b[i + k];
      if ((d & 192) !== 128)
        return null;
      cp = cp << 6 | d & 63;
    }
    if (len === 3 && (cp < 2048 || cp >= 55296 && cp <= 57343) || len === 4 && (cp < 65536 || cp > 1114111))
      return null;
    if (cp > 65535) {
      cp -= 65536;
      codes.push(55296 + (cp >> 10), 56320 + (cp & 1023));
    } else
      codes.push(cp);
    i += len;
  }
  return latin1(codes);
}
function latin1(bytes) {
  let s = "";
  for (let k = 0; k < bytes.length; k += 4096) {
    s += String.fromCharCode(...bytes.slice(k, k + 4096));
  }
  return s;
}
function hexVal(c) {
  if (c >= 48 && c <= 57)
    return c - 48;
  if (c >= 97 && c <= 102)
    return c - 87;
  if (c >= 65 && c <= 70)
    return c - 55;
  return -1;
}
function cStringBytes(inner) {
  const bytes = [];
  const n = inner.length;
  for (let i = 0; i < n; i++) {
    const c = inner.charCodeAt(i);
    if (c !== 92 || i + 1 >= n) {
      if (c < 128)
        bytes.push(c);
      else {
        for (const b of encoder.encode(String.fromCodePoint(inner.codePointAt(i))))
          bytes.push(b);
        if (c >= 55296 && c <= 56319)
          i++;
      }
      continue;
    }
    const e = inner[++i];
    const o = e.charCodeAt(0);
    if (o >= 48 && o <= 55) {
      let v = o - 48;
      let k = 1;
      while (k < 3 && i + 1 < n) {
        const d = inner.charCodeAt(i + 1);
        if (d < 48 || d > 55)
          break;
        v = v * 8 + (d - 48);
        i++;
        k++;
      }
      bytes.push(v & 255);
    } else if (o === 120 && i + 1 < n && hexVal(inner.charCodeAt(i + 1)) >= 0) {
      let v = hexVal(inner.charCodeAt(++i));
      const d = i + 1 < n ? hexVal(inner.charCodeAt(i + 1)) : -1;
      if (d >= 0) {
        v = v * 16 + d;
        i++;
      }
      bytes.push(v);
    } else {
      const s = SIMPLE_ESCAPES[e];
      if (s !== void 0)
        bytes.push(s);
      else {
        bytes.push(92);
        if (o < 128)
          bytes.push(o);
        else {
          for (const b of encoder.encode(String.fromCodePoint(inner.codePointAt(i))))
            bytes.push(b);
          if (o >= 55296 && o <= 56319)
            i++;
        }
      }
    }
  }
  return bytes;
}
function decodeCString(inner) {
  if (inner.indexOf("\\") < 0)
    return inner;
  const bytes = cStringBytes(inner);
  for (const b of bytes)
    if (b >= 128)
      return utf8(bytes) ?? latin1(bytes);
  return latin1(bytes);
}

export {
  token,
  INT_SOURCE,
  QUOTED_SOURCE,
  parseIntText,
  cStringBytes,
  decodeCString
};
