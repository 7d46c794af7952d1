import { constants as osConstants, platform } from 'node:os';
import { describe, expect, test } from 'vitest';
import {
  constantText,
  decodeFlags,
  errnoInfo,
  getTable,
  lookupConstant,
  namedListText,
  parseNumber,
  signatureFor,
  signatureNames,
  TABLE_NAMES,
} from '../../src/decode/index.js';
import type { ArgKind } from '../../src/model/index.js';

describe('look-ups', () => {
  test('numbers that no table knows keep their number', () => {
    expect(lookupConstant('linux', 'af', 45)).toEqual({ value: 45, name: 'AF_MCTP' });
    expect(lookupConstant('linux', 'af', 200)).toEqual({ value: 200 });
    expect(constantText({ value: 200 }, 'af')).toBe('AF_??? (200)');
    expect(constantText({ value: 45 }, 'af')).toBe('AF_??? (45)');
    expect(constantText({ value: 999 }, 'errno')).toBe('E??? (999)');
    expect(constantText({ value: 999 }, 'syscall')).toBe('syscall_0x3e7');
    expect(lookupConstant('darwin', 'af', 'AF_NOPE')).toBeUndefined();
  });

  test('numbers written as text: decimal, hex, octal, sign-extended 64-bit hex', () => {
    expect(parseNumber('36')).toBe(36);
    expect(parseNumber('0x1022')).toBe(0x1022);
    expect(parseNumber('0XFFFF')).toBe(0xffff);
    expect(parseNumber('0644')).toBe(0o644);
    expect(parseNumber('-100')).toBe(-100);
    expect(parseNumber('0xFFFFFFFFFFFFFFFE')).toBe(-2);
    expect(parseNumber('0xFFFFFFFFFFFFFFFF')).toBe(-1);
    expect(parseNumber('ENOENT')).toBeUndefined();
    expect(lookupConstant('darwin', 'dirfd', '0xFFFFFFFFFFFFFFFE')).toEqual({ value: -2, name: 'AT_FDCWD' });
  });

  test('flag sets: the access mode first, bits in table order, unknown bits kept', () => {
    expect(namedListText(decodeFlags('linux', 'open-flags', 0o2000000), 'open-flags')).toBe('O_RDONLY|O_CLOEXEC');
    expect(namedListText(decodeFlags('linux', 'open-flags', 0o1102), 'open-flags')).toBe('O_RDWR|O_CREAT|O_TRUNC');
    expect(namedListText(decodeFlags('linux', 'open-flags', 0o20200002), 'open-flags')).toBe('O_RDWR|O_TMPFILE');
    expect(namedListText(decodeFlags('linux', 'socktype', 0o2004001), 'socktype')).toBe('SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK');
    expect(namedListText(decodeFlags('linux', 'msg-flags', 0x4000 | 0x80000000), 'msg-flags')).toBe('MSG_NOSIGNAL|0x80000000');
    expect(namedListText(decodeFlags('linux', 'msg-flags', 0), 'msg-flags')).toBe('0');
    // darwin-constants.md §4 examples
    expect(namedListText(decodeFlags('darwin', 'open-flags', 0x8004), 'open-flags')).toBe('O_RDONLY|O_NONBLOCK|O_EVTONLY');
    expect(namedListText(decodeFlags('darwin', 'open-flags', 0x20100000), 'open-flags')).toBe('O_RDONLY|O_DIRECTORY|O_NOFOLLOW_ANY');
    expect(namedListText(decodeFlags('darwin', 'open-flags', 0x40100000), 'open-flags')).toBe('O_RDONLY|O_SEARCH');
    expect(namedListText(decodeFlags('darwin', 'msg-flags', 0x80000000), 'msg-flags')).toBe('MSG_USEUPCALL');
  });

  test('errnoInfo by name or number, per OS', () => {
    expect(errnoInfo('linux', 'ECONNREFUSED')).toEqual({ value: 111, name: 'ECONNREFUSED', message: 'Connection refused' });
    expect(errnoInfo('darwin', 'ECONNREFUSED')).toEqual({ value: 61, name: 'ECONNREFUSED', message: 'Connection refused' });
    expect(errnoInfo('darwin', 35)?.name).toBe('EAGAIN');
    expect(errnoInfo('darwin', 'EWOULDBLOCK')?.value).toBe(35);
    expect(errnoInfo('linux', '115')?.name).toBe('EINPROGRESS');
    expect(errnoInfo('linux', 'ENOTSUP')?.value).toBe(95);
    expect(errnoInfo('darwin', 'ENOTSUP')?.value).toBe(45);
  });

  test("Node's own errno numbers agree with the Linux table", () => {
    if (platform() !== 'linux') return;
    const errno = osConstants.errno as Record<string, number>;
    const checked = Object.entries(errno).filter(([name, v]) => {
      expect(lookupConstant('linux', 'errno', name)?.value, name).toBe(v);
      return true;
    });
    expect(checked.length).toBeGreaterThan(70);
  });

  test('every table names its source and has no duplicate names', () => {
    for (const os of ['linux', 'darwin'] as const) {
      for (const t of TABLE_NAMES) {
        const table = getTable(os, t);
        expect(table.source, `${os} ${t}`).toMatch(/\.h|syscalls\.master/);
        const names = table.entries.map((e) => e[1]);
        expect(new Set(names).size, `${os} ${t}`).toBe(names.length);
      }
    }
  });
});

const KINDS = new Set<ArgKind>([
  'fd', 'dirfd', 'path', 'sockaddr', 'socklen', 'family', 'socktype', 'protocol', 'sockopt-level', 'sockopt-name',
  'fcntl-cmd', 'fcntl-arg', 'open-flags', 'mode', 'signal', 'how', 'msg-flags', 'poll-events', 'size', 'pointer',
  'buffer', 'pid', 'int', 'flags', 'unknown',
]);

describe('signatures', () => {
  test('socket, file, process and signal calls of both OSes have one', () => {
    const both = ['socket', 'connect', 'bind', 'listen', 'accept', 'setsockopt', 'getsockopt', 'sendto', 'recvfrom', 'sendmsg', 'recvmsg', 'shutdown', 'socketpair', 'getsockname', 'getpeername',
      'open', 'openat', 'close', 'read', 'write', 'fcntl', 'dup', 'dup2', 'pipe', 'stat', 'fstat', 'unlink', 'mkdir', 'access', 'chdir', 'rename',
      'execve', 'fork', 'vfork', 'wait4', 'exit', 'kill', 'sigaction', 'sigprocmask'];
    for (const os of ['linux', 'darwin'] as const) for (const n of both) expect(signatureFor(os, n), `${os} ${n}`).toBeDefined();
    for (const n of ['accept4', 'dup3', 'pipe2', 'clone', 'clone3', 'rt_sigaction', 'rt_sigprocmask', 'tgkill', 'newfstatat', 'statx', 'epoll_wait', 'pidfd_open', 'exit_group'])
      expect(signatureFor('linux', n), n).toBeDefined();
    for (const n of ['connect_nocancel', 'sendto_nocancel', 'recvfrom_nocancel', 'read_nocancel', 'write_nocancel', 'open_nocancel', 'close_nocancel', 'fcntl_nocancel', 'openat_nocancel', 'stat64', 'fstatat64', '__pthread_sigmask', 'posix_spawn', 'connectx'])
      expect(signatureFor('darwin', n), n).toBeDefined();
  });

  test('kinds are model ArgKinds; fd-returning calls say so', () => {
    for (const os of ['linux', 'darwin'] as const) {
      for (const n of signatureNames(os)) {
        const s = signatureFor(os, n)!;
        for (const [role, kind, table] of s.args) {
          expect(KINDS.has(kind), `${os} ${n} ${role}`).toBe(true);
          if (table) expect(TABLE_NAMES, `${os} ${n} ${role}`).toContain(table);
        }
      }
      for (const n of ['socket', 'accept', 'open', 'openat', 'dup']) expect(signatureFor(os, n)!.ret).toBe('fd');
    }
  });

  test('the signature is per OS: Darwin kill has a third (posix) argument', () => {
    expect(signatureFor('linux', 'kill')!.args.map((a) => a[0])).toEqual(['pid', 'sig']);
    expect(signatureFor('darwin', 'kill')!.args.map((a) => a[0])).toEqual(['pid', 'sig', 'posix']);
    expect(signatureFor('linux', 'connect_nocancel')).toBeDefined(); // harmless: same call
    expect(signatureFor('linux', 'nosuchcall')).toBeUndefined();
  });
});
