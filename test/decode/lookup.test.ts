import { describe, expect, test } from 'vitest';
import { Command, CommanderError } from 'commander';
import { decodeCommand } from '../../src/cli/commands.js';
import { runDecode } from '../../src/cli/decode.js';
import { UsageError } from '../../src/cli/options.js';
import { formatLookup, lookup } from '../../src/decode/lookup.js';
import type { LookupResult } from '../../src/decode/lookup.js';

function ok(what: string, values: string[], os?: 'linux' | 'darwin'): LookupResult {
  const r = lookup(what, values, os);
  if (!r.ok) throw new Error(r.error);
  return r.result;
}

describe('lookup (the examples of issue 4)', () => {
  test('errno 36 --os darwin is EINPROGRESS', () => {
    const r = ok('errno', ['36'], 'darwin');
    expect(r.rows).toEqual([{ os: 'darwin', table: 'errno', value: 36, name: 'EINPROGRESS', message: 'Operation now in progress', text: 'EINPROGRESS (Operation now in progress)' }]);
    expect(formatLookup(r)).toBe('darwin  36, 0x24  EINPROGRESS (Operation now in progress)\n');
  });

  test("errno ECONNREFUSED gives both OSes' numbers", () => {
    const r = ok('errno', ['ECONNREFUSED']);
    expect(r.rows.map((x) => [x.os, x.value])).toEqual([['linux', 111], ['darwin', 61]]);
    expect(formatLookup(r)).toBe('linux   111, 0x6f  ECONNREFUSED (Connection refused)\ndarwin  61, 0x3d  ECONNREFUSED (Connection refused)\n');
  });

  test('errno 36 without --os: the same number means different things', () => {
    expect(ok('errno', ['36']).rows.map((x) => `${x.os} ${x.name}`)).toEqual(['linux ENAMETOOLONG', 'darwin EINPROGRESS']);
  });

  test('af 30 --os darwin is AF_INET6; af AF_INET6 is 10 and 30', () => {
    expect(ok('af', ['30'], 'darwin').rows[0]).toMatchObject({ name: 'AF_INET6', value: 30 });
    expect(ok('af', ['AF_INET6']).rows.map((x) => x.value)).toEqual([10, 30]);
    expect(ok('af', ['inet6']).rows.map((x) => x.value)).toEqual([10, 30]);
  });

  test('sockopt 0xffff 0x1022 --os darwin is SOL_SOCKET / SO_NOSIGPIPE', () => {
    const r = ok('sockopt', ['0xffff', '0x1022'], 'darwin');
    expect(r.rows[0]).toMatchObject({ os: 'darwin', level: { value: 0xffff, name: 'SOL_SOCKET' }, name: 'SO_NOSIGPIPE', value: 0x1022 });
    expect(formatLookup(r)).toBe('darwin  SOL_SOCKET (65535, 0xffff) / SO_NOSIGPIPE (4130, 0x1022)\n');
    // by name, on both OSes: SO_REUSEADDR is 2 on Linux, 4 on Darwin
    expect(ok('sockopt', ['SOL_SOCKET', 'SO_REUSEADDR']).rows.map((x) => [x.os, x.level?.value, x.value])).toEqual([['linux', 1, 2], ['darwin', 0xffff, 4]]);
    expect(ok('sockopt', ['IPPROTO_TCP', 'TCP_NODELAY']).rows.map((x) => x.value)).toEqual([1, 1]);
  });

  test('sockaddr 02001538 7f000001 is AF_INET 127.0.0.1:5432', () => {
    const r = ok('sockaddr', ['02001538', '7f000001']);
    expect(r.rows[0]).toEqual({ os: 'linux', endpoint: { family: 'AF_INET', address: '127.0.0.1', port: 5432 }, text: 'AF_INET 127.0.0.1:5432' });
    expect(formatLookup(r)).toBe('linux   AF_INET 127.0.0.1:5432\n');
  });

  test('signal 13 is SIGPIPE on both; SIGCHLD differs', () => {
    expect(ok('signal', ['13']).rows.map((x) => `${x.os} ${x.name}`)).toEqual(['linux SIGPIPE', 'darwin SIGPIPE']);
    expect(ok('signal', ['SIGCHLD']).rows.map((x) => x.value)).toEqual([17, 20]);
    expect(ok('signal', ['pipe']).rows.map((x) => x.value)).toEqual([13, 13]);
  });

  test('flag sets are split, aliases shown', () => {
    // darwin-constants.md §4: `0x602` = `O_RDWR|O_CREAT|O_TRUNC`
    expect(ok('open-flags', ['0x602'], 'darwin').rows[0]!.text).toBe('O_RDWR|O_CREAT|O_TRUNC');
    // `0x1100004` (O_CLOEXEC|O_DIRECTORY|O_NONBLOCK there); the access mode is always named, as strace does
    expect(ok('open-flags', ['0x1100004'], 'darwin').rows[0]!.text).toBe('O_RDONLY|O_NONBLOCK|O_DIRECTORY|O_CLOEXEC');
    expect(ok('errno', ['EAGAIN']).rows.map((x) => x.aliases)).toEqual([['EWOULDBLOCK'], ['EWOULDBLOCK']]);
    expect(ok('syscall', ['connect_nocancel'], 'darwin').rows[0]!.value).toBe(409);
  });

  test('unknown input is a clear error', () => {
    expect(lookup('errno', ['9999'])).toEqual({ ok: false, error: '9999 has no errno name on linux or darwin' });
    expect(lookup('errno', ['EFROB'])).toEqual({ ok: false, error: "'EFROB' is not a known errno name on linux or darwin" });
    expect(lookup('frob', ['1'])).toMatchObject({ ok: false, error: expect.stringContaining("unknown kind 'frob'") });
    expect(lookup('sockaddr', ['zz'])).toMatchObject({ ok: false, error: expect.stringContaining('not hex bytes') });
    expect(lookup('sockopt', ['0xffff'])).toMatchObject({ ok: false, error: expect.stringContaining('give a level and an option') });
    expect(lookup('sockopt', ['0xffff', '0x1022'], 'linux')).toMatchObject({ ok: false });
    expect(lookup('errno', [])).toMatchObject({ ok: false });
  });
});

describe('tracex decode (command)', () => {
  test('runDecode prints text or JSON, and throws UsageError (exit 2) for unknown input', () => {
    expect(runDecode('errno', ['36'], { os: 'darwin', json: false })).toBe('darwin  36, 0x24  EINPROGRESS (Operation now in progress)\n');
    const json = JSON.parse(runDecode('errno', ['36'], { os: 'darwin', json: true })) as LookupResult;
    expect(json.rows[0]).toMatchObject({ os: 'darwin', name: 'EINPROGRESS', value: 36 });
    expect(() => runDecode('errno', ['9999'], { json: false })).toThrow(UsageError);
  });

  /** Runs the command through commander, as the root program does. */
  async function run(argv: string[]): Promise<{ out: string; err: unknown }> {
    const writes: string[] = [];
    const orig = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((s: string) => {
      writes.push(s);
      return true;
    }) as typeof process.stdout.write;
    let err: unknown;
    try {
      const program = new Command('tracex').exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
      program.addCommand(decodeCommand().exitOverride());
      await program.parseAsync(['node', 'tracex', 'decode', ...argv]);
    } catch (e) {
      err = e;
    } finally {
      process.stdout.write = orig;
    }
    return { out: writes.join(''), err };
  }

  test('arguments and options map to the look-up', async () => {
    expect(await run(['errno', '36', '--os', 'darwin'])).toEqual({ out: 'darwin  36, 0x24  EINPROGRESS (Operation now in progress)\n', err: undefined });
    expect((await run(['sockopt', '0xffff', '0x1022', '--os', 'darwin'])).out).toContain('SO_NOSIGPIPE');
    expect((await run(['sockaddr', '02001538', '7f000001'])).out).toBe('linux   AF_INET 127.0.0.1:5432\n');
    expect(JSON.parse((await run(['signal', '13', '--json'])).out)).toMatchObject({ what: 'signal', rows: [{ name: 'SIGPIPE' }, { name: 'SIGPIPE' }] });
  });

  test('bad --os and unknown values are errors', async () => {
    expect((await run(['errno', '36', '--os', 'windows'])).err).toBeInstanceOf(CommanderError);
    expect((await run(['errno', 'EFROB'])).err).toBeInstanceOf(UsageError);
  });
});
