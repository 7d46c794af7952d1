// Format detection on the first lines of real captures, and the errors a user sees.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detectFormat } from '../../src/ingest/detect.js';
import { straceFormat } from '../../src/parse/strace.js';
import { dtrussFormat } from '../../src/parse/dtruss.js';
import { nanosFormat } from '../../src/parse/nanos.js';
import { formats } from '../../src/parse/formats.js';
import type { FormatSpec } from '../../src/parse/reader.js';
import { hasCorpus, itCorpus } from '../helpers/corpus.js';

const specs = [straceFormat, dtrussFormat, nanosFormat];
const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const samples = fileURLToPath(new URL('../../samples/', import.meta.url));

function head(path: string, n = 64): string[] {
  return readFileSync(path, 'utf8').split('\n').slice(0, n);
}
function detected(lines: string[], list: FormatSpec[] = specs): string {
  const r = detectFormat(lines, list);
  return 'spec' in r ? r.spec.format : `error: ${r.error}`;
}
function errorOf(lines: string[], list: FormatSpec[] = specs): string {
  const r = detectFormat(lines, list);
  expect('error' in r, 'expected an error').toBe(true);
  return 'error' in r ? r.error : '';
}
const txt = (d: string) => (hasCorpus ? readdirSync(corpus + d) : []).filter((f) => f.endsWith('.txt')).sort();

describe('detectFormat on real captures', () => {
  itCorpus.each(txt('dtruss'))('dtruss/%s → dtruss', (f) => {
    expect(detected(head(corpus + 'dtruss/' + f))).toBe('dtruss');
  });

  itCorpus.each([...txt('nanos').map((f) => `nanos/${f}`), ...txt('nanos-live').map((f) => `nanos-live/${f}`)])('%s → nanos', (f) => {
    expect(detected(head(corpus + f))).toBe('nanos');
  });

  // Whatever strace's own sniff makes of its captures, none may be taken for dtruss or Nanos.
  itCorpus.each(txt('strace'))('strace/%s is not taken for dtruss or Nanos', (f) => {
    expect(detected(head(corpus + 'strace/' + f))).not.toMatch(/^(dtruss|nanos)$/);
  });

  it('strace sample → strace', () => {
    expect(detected(head(samples + 'psql-unix-socket-enoent.strace.txt'))).toBe('strace');
  });

  itCorpus('the registry lists all three formats with the OS their numbers follow', () => {
    expect(formats.map((f) => [f.format, f.os])).toEqual([['strace', 'linux'], ['dtruss', 'darwin'], ['nanos', 'linux']]);
    expect(detected(head(corpus + 'dtruss/00_seed_rails_db_setup_unix_socket_enoent.txt'), formats)).toBe('dtruss');
  });

  itCorpus('skips leading program output, strace attach notices and blank lines', () => {
    const lines = [
      '',
      'strace: Process 4242 attached',
      'Hello, world!',
      ...head(corpus + 'dtruss/00_seed_rails_db_setup_unix_socket_enoent.txt').slice(2),
    ];
    expect(detected(lines)).toBe('dtruss');
  });

  itCorpus('tells Nanos `[2] close(3) = 0` from strace by the lines around it', () => {
    // The first record alone also fits strace -n (`[nr] name(...)`); the -ENOENT lines do not.
    const lines = head(corpus + 'nanos/nanos-2109-openj9-boot-newfmt.txt');
    expect(detected(lines)).toBe('nanos');
  });
});

describe('detectFormat errors', () => {
  itCorpus('names the formats tried and quotes the unread lines when nothing matches', () => {
    const lines = head(corpus + 'nanos/nanos-1797-haproxy-kernel-msgs-no-trace.txt').slice(7, 12);
    // `Note: setting global.maxconn to 32760.` … — haproxy's own output, no trace.
    const msg = errorOf(lines);
    expect(msg).toContain('strace, dtruss, nanos');
    expect(msg).toContain('Note: setting global.maxconn to 32760.');
  });

  itCorpus('rejects mixed dtruss and Nanos lines, showing the lines that do not fit', () => {
    const dtruss = head(corpus + 'dtruss/02_c_counts_sip_probe_errors.txt').slice(2, 12);
    const nanos = head(corpus + 'nanos/nanos-1533-mysql-openat-read-oldfmt.txt').slice(3, 8);
    const msg = errorOf([...dtruss, ...nanos]);
    expect(msg).toMatch(/mixed input/);
    expect(msg).toContain('1 direct return: -2, rsp 0x7fc47188');
  });

  itCorpus('says when several formats fit equally, with a stub format', () => {
    const stub: FormatSpec = { ...dtrussFormat, format: 'strace', sniff: dtrussFormat.sniff };
    const msg = errorOf(head(corpus + 'dtruss/14_plain_hello_c_sip_probe_error.txt'), [dtrussFormat, stub]);
    expect(msg).toContain('several formats');
    expect(msg).toContain('--from');
  });

  it('reports empty input', () => {
    expect(errorOf(['', '   '])).toMatch(/no trace lines/);
  });

  it('quotes unread lines as read: the CLI escapes its messages as it prints them (test/render/unsafe-output.test.ts)', () => {
    const msg = errorOf(['\x1b[2Jgarbage']);
    expect(msg).toContain('  \x1b[2Jgarbage');
  });
});
