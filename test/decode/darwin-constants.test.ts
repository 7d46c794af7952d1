// Darwin tables are checked against ../shared/formats/darwin-constants.md (values extracted
// from XNU xnu-11417.101.15): every name in a table must appear there with the same value.
// The reference is read at test time, so a wrong number in a table fails.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { getTable, lookupConstant, signatureFor, TABLE_NAMES } from '../../src/decode/index.js';
import type { TableName } from '../../src/decode/index.js';
import { describeCorpus, hasCorpus } from '../helpers/corpus.js';

const DOC = fileURLToPath(new URL('../../../shared/formats/darwin-constants.md', import.meta.url));
const md = hasCorpus ? readFileSync(DOC, 'utf8') : '';

const NAME = /^(?:pseudo_)?[A-Z][A-Z0-9_]*[A-Z0-9]$|^AF_DECnet$/;

function num(cell: string): number | undefined {
  const c = cell.replace(/[*`]/g, '').trim();
  const eq = /=\s*(-?0x[0-9A-Fa-f]+|-?\d+)\s*$/.exec(c);
  const s = eq ? eq[1]! : c;
  if (/^-?0x[0-9A-Fa-f]+$/.test(s)) return s.startsWith('-') ? -parseInt(s.slice(3), 16) : parseInt(s, 16);
  if (/^-?\d+$/.test(s)) return Number(s);
  return undefined;
}

/** Names in a table cell: `AF_UNIX / AF_LOCAL`, `EAGAIN (= EWOULDBLOCK)`, `IPPROTO_IPV4 (IPPROTO_IPIP)`, not `(AF_UNIX options, ...)`. */
function cellNames(cell: string): string[] {
  const c = cell.replace(/[*`]/g, '');
  const out: string[] = [];
  const outside = c.replace(/\([^)]*\)/g, ' ');
  for (const t of outside.split(/[\s/,]+/)) if (NAME.test(t)) out.push(t);
  for (const m of c.matchAll(/\(\s*=?\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)/g)) if (NAME.test(m[1]!)) out.push(m[1]!);
  return out;
}

/** Every (name, value) the reference states, in tables and in running text. */
function referenceValues(): Map<string, Set<number>> {
  const vals = new Map<string, Set<number>>();
  const add = (n: string, v: number) => {
    let s = vals.get(n);
    if (!s) vals.set(n, (s = new Set()));
    s.add(v);
  };
  for (const line of md.split('\n')) {
    if (!line.startsWith('|') || /^\|\s*-/.test(line)) continue;
    const cells = line.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/);
    // errno rows: | 35 | EAGAIN (= EWOULDBLOCK) | message |
    const first = num(cells[0] ?? '');
    if (first !== undefined && cells[1] && cellNames(cells[1]).length) {
      for (const n of cellNames(cells[1])) add(n, first);
      continue;
    }
    for (let i = 0; i + 1 < cells.length; i++) {
      const v = num(cells[i + 1]!);
      if (v === undefined) continue;
      for (const n of cellNames(cells[i]!)) add(n, v);
    }
  }
  // Running text: `SIGHUP 1`, `` `IP_TOS` 3 ``, `` `IP_PKTINFO`/`IP_RECVPKTINFO` 26 ``, `` `ERESTART` = -1 ``.
  const inline = /`?([A-Z][A-Z0-9_]{2,})`?(?:\/`([A-Z][A-Z0-9_]+)`)?\s*(?:=\s*)?(-?0x[0-9A-Fa-f]+|-?\d+)\b/g;
  for (const m of md.matchAll(inline)) {
    const v = num(m[3]!)!;
    add(m[1]!, v);
    if (m[2]) add(m[2], v);
  }
  return vals;
}

const ref = referenceValues();

/** Tables whose values darwin-constants.md does not list (checked elsewhere or not at all). */
const NOT_IN_DOC: Partial<Record<TableName, string>> = {
  'poll-events': 'bsd/sys/poll.h is not in darwin-constants.md',
  syscall: 'only the socket calls of syscalls.master are in darwin-constants.md; checked in their own test',
};

describeCorpus('Darwin tables match darwin-constants.md', () => {
  test('the reference was read', () => {
    expect(ref.get('SO_NOSIGPIPE')).toEqual(new Set([0x1022]));
    expect(ref.get('AF_INET6')).toEqual(new Set([30]));
    expect(ref.get('EWOULDBLOCK')).toEqual(new Set([35]));
  });

  for (const table of TABLE_NAMES) {
    if (NOT_IN_DOC[table]) continue;
    test(`${table}: every name has the reference's value`, () => {
      const t = getTable('darwin', table);
      expect(t.source).toMatch(/XNU/);
      const wrong: string[] = [];
      for (const [value, name] of t.entries) {
        const r = ref.get(name);
        if (!r) wrong.push(`${name}: not in the reference`);
        else if (!r.has(value)) wrong.push(`${name}: table ${value}, reference ${[...r].join(' or ')}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  test('errno: 1-106 all present, negative pseudo-errnos too', () => {
    for (let i = 1; i <= 106; i++) expect(lookupConstant('darwin', 'errno', i)?.name, `errno ${i}`).toBeDefined();
    expect(lookupConstant('darwin', 'errno', -2)?.name).toBe('EJUSTRETURN');
    expect(lookupConstant('darwin', 'errno', -1)?.name).toBe('ERESTART');
    expect(lookupConstant('darwin', 'errno', 36)).toEqual({ value: 36, name: 'EINPROGRESS', message: 'Operation now in progress' });
    // The kernel value of EOPNOTSUPP is 102; 45 is ENOTSUP.
    expect(lookupConstant('darwin', 'errno', 'EOPNOTSUPP')?.value).toBe(102);
    expect(lookupConstant('darwin', 'errno', 45)?.name).toBe('ENOTSUP');
  });

  test('socket syscall numbers of §2.9 (syscalls.master) match the syscall table', () => {
    const sec = md.slice(md.indexOf('### 2.9'), md.indexOf('Unlike read/write'));
    let checked = 0;
    for (const line of sec.split('\n')) {
      const m = /^\|\s*([\d /]+?)\s*\|\s*`([^`]*)`(?:\s*\/\s*`([^`]*)`)?/.exec(line);
      if (!m) continue;
      const nums = m[1]!.split('/').map((s) => Number(s.trim()));
      // `int connect(int s, ...)` / `connect_nocancel`, or `recvmsg_x` / `sendmsg_x(int s, ...)`.
      const first = /\b([a-z_]+)\(/.exec(m[2]!)?.[1] ?? /^([a-z_]+)$/.exec(m[2]!.trim())?.[1];
      const second = m[3] ? /^([a-z_]+)/.exec(m[3].trim())?.[1] : undefined;
      const names = [first, second].filter((n): n is string => n !== undefined);
      nums.forEach((n, i) => {
        const name = names[i];
        if (!name) return;
        expect(lookupConstant('darwin', 'syscall', n)?.name, `syscall ${n}`).toBe(name);
        checked++;
      });
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  test('every socket call of §2.9 and its _nocancel variant has a signature', () => {
    for (const name of ['socket', 'connect', 'connect_nocancel', 'bind', 'listen', 'accept', 'accept_nocancel', 'setsockopt', 'getsockopt', 'sendto', 'sendto_nocancel', 'recvfrom', 'recvfrom_nocancel', 'sendmsg', 'sendmsg_nocancel', 'recvmsg', 'recvmsg_nocancel', 'getpeername', 'getsockname', 'shutdown', 'socketpair', 'connectx', 'recvmsg_x', 'sendmsg_x']) {
      expect(signatureFor('darwin', name), name).toBeDefined();
      expect(lookupConstant('darwin', 'syscall', name)?.name, name).toBe(name);
    }
  });
});

describe('Linux and Darwin tables have the same shape', () => {
  test('same table names and kinds, and a named source', () => {
    for (const table of TABLE_NAMES) {
      const l = getTable('linux', table);
      const d = getTable('darwin', table);
      expect(d.kind, table).toBe(l.kind);
      expect(l.entries.length, table).toBeGreaterThan(0);
      expect(d.entries.length, table).toBeGreaterThan(0);
      expect(d.source.length).toBeGreaterThan(0);
    }
  });
});
