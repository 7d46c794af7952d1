// Every Linux table is checked against the headers installed on this machine (linux-libc-dev
// and libc6-dev; .ci/run installs them): each name must have the value the header gives it.
// A wrong number, or a name the headers do not have and that is not listed below with the
// reason, fails.

import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { getTable, lookupConstant, TABLE_NAMES } from '../../src/decode/index.js';
import type { TableName } from '../../src/decode/index.js';
import { readHeaders } from './c-headers.js';

const INC = '/usr/include';
const ARCH = existsSync(`${INC}/x86_64-linux-gnu`) ? `${INC}/x86_64-linux-gnu` : INC;

/** The headers each table comes from (as named in the table's source). */
const HEADERS: Record<TableName, string[]> = {
  errno: [`${INC}/asm-generic/errno-base.h`, `${INC}/asm-generic/errno.h`, `${ARCH}/bits/errno.h`],
  af: [`${ARCH}/bits/socket.h`],
  socktype: [`${ARCH}/bits/socket_type.h`],
  sol: [`${INC}/asm-generic/socket.h`, `${ARCH}/bits/socket.h`, `${ARCH}/bits/in.h`, `${INC}/netinet/tcp.h`, `${INC}/netinet/udp.h`],
  so: [`${INC}/asm-generic/socket.h`],
  ipproto: [`${INC}/linux/in.h`, `${INC}/linux/in6.h`],
  ip: [`${INC}/linux/in.h`],
  ipv6: [`${INC}/linux/in6.h`],
  tcp: [`${INC}/linux/tcp.h`],
  fcntl: [`${INC}/asm-generic/fcntl.h`, `${INC}/linux/fcntl.h`],
  'open-flags': [`${INC}/asm-generic/fcntl.h`],
  'fd-flags': [`${INC}/asm-generic/fcntl.h`],
  'at-flags': [`${INC}/linux/fcntl.h`],
  dirfd: [`${INC}/linux/fcntl.h`],
  signal: [`${ARCH}/asm/signal.h`],
  'sigmask-how': [`${INC}/asm-generic/signal-defs.h`],
  shutdown: [`${ARCH}/sys/socket.h`],
  'msg-flags': [`${ARCH}/bits/socket.h`],
  'poll-events': [`${INC}/asm-generic/poll.h`],
  syscall: [`${ARCH}/asm/unistd_64.h`],
};

/** Header spelling of a table name where it differs. */
function headerName(table: TableName, name: string): string {
  if (table === 'syscall') return `__NR_${name}`;
  if (table === 'open-flags' && name === 'O_ASYNC') return 'FASYNC';
  return name;
}

/** Names that are in the tables on purpose though no installed uapi/glibc header has them. */
const NOT_IN_HEADERS: Partial<Record<TableName, { names: RegExp; why: string }>> = {
  // include/linux/errno.h is kernel-internal and not installed; the values are checked below.
  errno: { names: /^(ERESTARTSYS|ERESTARTNOINTR|ERESTARTNOHAND|ENOIOCTLCMD|ERESTART_RESTARTBLOCK|EPROBE_DEFER|EOPENSTALE|ENOPARAM|EBADHANDLE|ENOTSYNC|EBADCOOKIE|ENOTSUPP|ETOOSMALL|ESERVERFAULT|EBADTYPE|EJUKEBOX|EIOCBQUEUED|ERECALLCONFLICT)$/, why: 'kernel-internal' },
  // strace's names for real-time signals above SIGRTMIN.
  signal: { names: /^SIGRT_\d+$/, why: 'strace naming' },
};

describe('Linux tables match /usr/include', () => {
  for (const table of TABLE_NAMES) {
    test(`${table}: every name has the header's value`, () => {
      const headers = readHeaders(HEADERS[table]);
      const t = getTable('linux', table);
      expect(t.source.length).toBeGreaterThan(0);
      const wrong: string[] = [];
      const missing: string[] = [];
      for (const [value, name] of t.entries) {
        const expected = headers.value(headerName(table, name));
        if (expected === undefined) {
          if (!NOT_IN_HEADERS[table]?.names.test(name)) missing.push(name);
        } else if (expected !== value) wrong.push(`${name}: table ${value}, header ${expected}`);
      }
      expect(wrong).toEqual([]);
      expect(missing).toEqual([]);
    });
  }

  test('errno covers every number 1-133 the headers define', () => {
    const h = readHeaders(HEADERS.errno);
    for (const [name] of h.exprs) {
      const v = h.value(name);
      if (v === undefined || !/^E[A-Z0-9]+$/.test(name)) continue;
      expect(lookupConstant('linux', 'errno', v)?.name, `errno ${v}`).toBeDefined();
      expect(lookupConstant('linux', 'errno', name)?.value, name).toBe(v);
    }
  });

  test('every x86_64 syscall number in unistd_64.h has its name', () => {
    const h = readHeaders(HEADERS.syscall);
    let n = 0;
    for (const [name] of h.exprs) {
      if (!name.startsWith('__NR_')) continue;
      const v = h.value(name)!;
      expect(lookupConstant('linux', 'syscall', v)?.name).toBe(name.slice(5));
      n++;
    }
    expect(n).toBeGreaterThan(300);
  });

  test('the kernel-internal errno values (include/linux/errno.h, not installed)', () => {
    const internal: [string, number][] = [
      ['ERESTARTSYS', 512], ['ERESTARTNOINTR', 513], ['ERESTARTNOHAND', 514], ['ENOIOCTLCMD', 515],
      ['ERESTART_RESTARTBLOCK', 516], ['EPROBE_DEFER', 517], ['EOPENSTALE', 518], ['ENOPARAM', 519],
      ['EBADHANDLE', 521], ['ENOTSYNC', 522], ['EBADCOOKIE', 523], ['ENOTSUPP', 524], ['ETOOSMALL', 525],
      ['ESERVERFAULT', 526], ['EBADTYPE', 527], ['EJUKEBOX', 528], ['EIOCBQUEUED', 529], ['ERECALLCONFLICT', 530],
    ];
    for (const [name, v] of internal) expect(lookupConstant('linux', 'errno', name)?.value, name).toBe(v);
    // 520 is unassigned: strace prints `= -1 (errno 520)`.
    expect(lookupConstant('linux', 'errno', 520)).toEqual({ value: 520 });
  });

  test('the errno messages strace printed in the corpus', () => {
    // Real strace lines: `= ? ERESTARTNOHAND (To be restarted if no handler)`,
    // `ERESTARTSYS (To be restarted if SA_RESTART is set)`, `ERESTART_RESTARTBLOCK (Interrupted by signal)`.
    expect(lookupConstant('linux', 'errno', 'ERESTARTNOHAND')?.message).toBe('To be restarted if no handler');
    expect(lookupConstant('linux', 'errno', 'ERESTARTSYS')?.message).toBe('To be restarted if SA_RESTART is set');
    expect(lookupConstant('linux', 'errno', 'ERESTART_RESTARTBLOCK')?.message).toBe('Interrupted by signal');
    expect(lookupConstant('linux', 'errno', 'ECONNREFUSED')?.message).toBe('Connection refused');
    expect(lookupConstant('linux', 'errno', 'EAGAIN')?.message).toBe('Resource temporarily unavailable');
  });
});
