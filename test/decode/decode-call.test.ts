import { describe, expect, test } from 'vitest';
import { decodeCall, describeEndpoint } from '../../src/decode/index.js';
import type { DecodedCall } from '../../src/model/index.js';
import { dtrussEvent, nanosEvent, straceEvent } from './helpers.js';

/** `AF_UNIX|...` per argument, as a reader would see them. */
function names(call: DecodedCall): string[] {
  return call.args.map((a) => (a.named ? a.named.map((n) => n.name ?? String(n.value)).join('|') : a.text));
}

// corpus/dtruss/00_seed_rails_db_setup_unix_socket_enoent.txt, every call line.
describe('the Rails dtruss sample (Darwin numbering)', () => {
  test('socket(0x1, 0x1, 0x0) is AF_UNIX, SOCK_STREAM, 0 and returns fd 10', () => {
    const call = decodeCall(dtrussEvent('23078/0x3057d: socket(0x1, 0x1, 0x0) = 10 0'), 'darwin');
    expect(names(call)).toEqual(['AF_UNIX', 'SOCK_STREAM', '0']);
    expect(call.args.map((a) => a.role)).toEqual(['domain', 'type', 'protocol']);
    expect(call.result).toMatchObject({ kind: 'fd', int: 10 });
    expect(call.errno).toBeUndefined();
  });

  test('the three fcntl calls: F_GETFL, F_SETFL O_RDWR|O_NONBLOCK, F_SETFD FD_CLOEXEC', () => {
    const getfl = decodeCall(dtrussEvent('23078/0x3057d: fcntl(0xA, 0x3, 0x2) = 2 0'), 'darwin');
    expect(getfl.args[1]!.named?.[0]?.name).toBe('F_GETFL');
    expect(getfl.args[2]!.role).toBe('unused');
    expect(getfl.result?.named?.map((n) => n.name)).toEqual(['O_RDWR']);
    const setfl = decodeCall(dtrussEvent('23078/0x3057d: fcntl(0xA, 0x4, 0x6) = 0 0'), 'darwin');
    expect(names(setfl)).toEqual(['0xA', 'F_SETFL', 'O_RDWR|O_NONBLOCK']);
    const setfd = decodeCall(dtrussEvent('23078/0x3057d: fcntl(0xA, 0x2, 0x1) = 0 0'), 'darwin');
    expect(names(setfd)).toEqual(['0xA', 'F_SETFD', 'FD_CLOEXEC']);
  });

  test('setsockopt(0xA, 0xFFFF, 0x1022) is SOL_SOCKET, SO_NOSIGPIPE', () => {
    const call = decodeCall(dtrussEvent('23078/0x3057d: setsockopt(0xA, 0xFFFF, 0x1022) = 0 0'), 'darwin');
    expect(names(call)).toEqual(['0xA', 'SOL_SOCKET', 'SO_NOSIGPIPE']);
    expect(call.args[0]).toMatchObject({ kind: 'fd', int: 10 });
  });

  test('connect(0xA, 0x7F9B69ACE950, 0x6A) is an inferred sockaddr_un and ENOENT, errno 2', () => {
    const call = decodeCall(dtrussEvent('23078/0x3057d: connect(0xA, 0x7F9B69ACE950, 0x6A) = -1 Err#2'), 'darwin');
    expect(call.args[1]).toMatchObject({ role: 'addr', kind: 'sockaddr' });
    expect(call.args[1]!.endpoint).toEqual({ family: 'AF_UNIX', path: '', abstract: false, inferred: true, struct: 'sockaddr_un', length: 106 });
    expect(call.args[2]).toMatchObject({ role: 'addrlen', kind: 'socklen', int: 106 });
    expect(call.errno).toEqual({ value: 2, name: 'ENOENT', message: 'No such file or directory' });
    expect(describeEndpoint(call.args[1]!.endpoint!)).toContain('sockaddr_un');
  });
});

describe('strace (Linux numbering)', () => {
  test('psql connect to a missing UNIX socket', () => {
    // corpus/strace/a_psql_unix_socket_enoent.txt:995
    const call = decodeCall(
      straceEvent('11214 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.s.PGSQL.5432"}, 110) = -1 ENOENT (No such file or directory)'),
      'linux',
    );
    expect(call.args[1]!.endpoint).toEqual({ family: 'AF_UNIX', path: '/tmp/.s.PGSQL.5432', abstract: false });
    expect(call.errno).toEqual({ value: 2, name: 'ENOENT', message: 'No such file or directory' });
  });
});

describe('Nanos (Linux numbering)', () => {
  test('openat with raw numbers and a -ENOENT name', () => {
    // corpus/nanos/nanos-2109-openj9-libdl-newfmt.txt
    const call = decodeCall(nanosEvent('[2] openat(-100, "/jdk-24.0.2+12-jre/bin/libdl.so.2", 0x80000, 0x0) = -ENOENT'), 'linux');
    expect(names(call)).toEqual(['AT_FDCWD', '"/jdk-24.0.2+12-jre/bin/libdl.so.2"', 'O_RDONLY|O_CLOEXEC', '0x0']);
    expect(call.args[1]!.string).toBe('/jdk-24.0.2+12-jre/bin/libdl.so.2');
    expect(call.errno).toEqual({ value: 2, name: 'ENOENT', message: 'No such file or directory' });
  });

  test('a bare negative number is a Linux errno', () => {
    // nanos-ops-trace.md §2.2 (`[2] connect() = -111`); no corpus line has one
    expect(decodeCall(nanosEvent('[2] connect() = -111'), 'linux').errno).toMatchObject({ value: 111, name: 'ECONNREFUSED' });
  });
});
