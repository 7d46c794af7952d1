import { describe, expect, it } from 'vitest';
import P from 'parsimmon';
import { cStringBytes, decodeCString, exactHexText, parseBigIntText, parseIntText, readBigInt, readInt, toSigned64, token } from '../../grammars/lexemes.js';

describe('decodeCString', () => {
  it('returns text without backslashes unchanged', () => {
    expect(decodeCString('/etc/ld.so.cache')).toBe('/etc/ld.so.cache');
  });

  it('resolves simple escapes (f02_f.txt:35) and reads octal UTF-8 bytes as UTF-8', () => {
    expect(decodeCString('hello\\tworld \\"quoted\\" caf\\303\\251\\n')).toBe('hello\tworld "quoted" café\n');
  });

  it('falls back to Latin-1 when the bytes are not UTF-8 (f02_f.txt:37)', () => {
    expect(decodeCString('\\0\\1\\177\\200\\377A\\n')).toBe('\x00\x01\x7f\x80\xffA\n');
  });

  it('reads \\000 followed by a digit as one byte then the digit (b2 sample in strace.md §6.1)', () => {
    expect(decodeCString('p\\0\\0\\0006SCRAM')).toBe('p\x00\x00\x006SCRAM');
  });

  it('reads -x hex escapes (f17_xx.txt:43) and dtruss 3-digit octal with a digit after (dtruss.md §3.3)', () => {
    expect(decodeCString('\\x3a\\x3a\\x31')).toBe('::1');
    expect(decodeCString('\\0313')).toBe('\x193');
    expect(decodeCString('test test test\\r\\n\\340AB%*t\\0')).toBe('test test test\r\n\xe0AB%*t\0');
  });

  it('reads 4-byte UTF-8 and rejects overlong or surrogate encodings as Latin-1', () => {
    expect(decodeCString('\\360\\237\\230\\200!')).toBe('\u{1f600}!');
    expect(decodeCString('\\300\\200')).toBe('\xc0\x80');
    expect(decodeCString('\\355\\240\\200')).toBe('\xed\xa0\x80');
    expect(decodeCString('\\303')).toBe('\xc3'); // cut inside a character (truncated string)
  });

  it('keeps literal non-ASCII characters (raw bytes printed by dtruss / Nanos) and unknown escapes', () => {
    expect(decodeCString('café \\n')).toBe('café \n');
    expect(decodeCString('a\\qb')).toBe('a\\qb');
  });

  it('handles long strings (-s 65536) without blowing the argument limit', () => {
    expect(decodeCString('\\0'.repeat(200000))).toHaveLength(200000);
  });
});

describe('cStringBytes', () => {
  it('gives the bytes of sockaddr data as printed by -X raw (f18_X_raw.txt:40)', () => {
    expect(cStringBytes('\\x7f\\x00\\x00\\x01')).toEqual([127, 0, 0, 1]);
    expect(cStringBytes('\\0\\3\\1\\0')).toEqual([0, 3, 1, 0]);
    expect(cStringBytes('é')).toEqual([0xc3, 0xa9]);
  });
});

describe('integers', () => {
  it('reads decimal, negative, hex, upper-case hex, octal and zero spellings', () => {
    expect(parseIntText('27')).toBe(27);
    expect(parseIntText('-100')).toBe(-100);
    expect(parseIntText('0x7ffd')).toBe(0x7ffd);
    expect(parseIntText('0x1B6')).toBe(0x1b6);
    expect(parseIntText('0644')).toBe(0o644);
    expect(parseIntText('00')).toBe(0);
    expect(parseIntText('0a')).toBe(10); // sll_addr bytes print as bare hex
  });

  it('keeps all 64 bits with BigInt and reads dtruss registers as signed', () => {
    expect(parseBigIntText('0xFFFFFFFFFFFFFFFE')).toBe(0xfffffffffffffffen);
    expect(toSigned64(parseBigIntText('0xFFFFFFFFFFFFFFFE'))).toBe(-2n);
    expect(parseBigIntText('0600')).toBe(0o600n);
    expect(parseBigIntText('-1')).toBe(-1n);
  });
});

describe('token', () => {
  it('matches at the current offset only', () => {
    const word = token(/[a-z]+/, (m) => m[0], 'word');
    expect(P.seq(P.string('('), word, P.string(')')).parse('(abc)')).toMatchObject({ status: true, value: ['(', 'abc', ')'] });
    expect(P.seq(P.string('('), word).parse('( abc')).toMatchObject({ status: false });
  });
});

// Twin resolution (issue 13): three integer readers disagreed; one reader now answers for all.
describe('the one integer reader', () => {
  it('reads upper-case hex prefixes everywhere (was undefined in the call view)', async () => {
    const { parseIntText: textInt } = await import('../../src/decode/text.js');
    expect(readInt('0XFF')).toBe(255);
    expect(textInt('0XFF')).toBe(255);
  });

  it('reads sign-extended 64-bit hex as the C int it holds, in the decoder and the call view alike', async () => {
    const { parseIntText: textInt } = await import('../../src/decode/text.js');
    const { parseNumber } = await import('../../src/decode/constants.js');
    expect(readInt('0xFFFFFFFFFFFFFFFE')).toBe(-2);
    expect(parseNumber('0xFFFFFFFFFFFFFFFE')).toBe(-2);
    expect(textInt('0xFFFFFFFFFFFFFFFE')).toBe(-2); // was 18446744073709552000
    // The grammar's IntArg.value keeps the spelling as written.
    expect(parseIntText('0xFFFFFFFFFFFFFFFE')).toBe(18446744073709552000);
  });

  it('keeps all 64 bits where asked and rejects what is not an integer', () => {
    expect(readBigInt('0xffffffffff600123')).toBe(0xffffffffff600123n);
    expect(readBigInt('ENOENT')).toBeUndefined();
    expect(readInt('0a')).toBeUndefined();
    expect(readInt('0a', { bareHex: true })).toBe(10);
    expect(readInt('019')).toBe(19);
    expect(readInt('-0x10')).toBe(-16);
  });

  it('prints a hex return exactly although the model keeps a double (mmap = 0xffffffffff600123)', () => {
    expect(exactHexText('0xffffffffff600123', 0xffffffffff600123)).toBe('0xffffffffff600123');
    expect(`0x${(0xffffffffff600123).toString(16)}`).toBe('0xffffffffff600000'); // what was printed before
    expect(exactHexText('0x7f3a2b000000', 0x7f3a2b000000)).toBe('0x7f3a2b000000');
  });
});
