// Acceptance, issue 14 "Network": on real captures (test/fixtures/real/, README there gives each
// command and its true cause) the first ERROR finding and the "In short" line name the true
// cause in plain words, with its evidence lines; healthy traces raise no ERROR/WARNING.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/analyze/index.js';
import { overview } from '../../src/explain/overview.js';
import { readTraceFile } from '../../src/index.js';
import type { Finding } from '../../src/model/index.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/real/${name}.strace.txt`, import.meta.url));

async function diagnose(name: string): Promise<{ findings: Finding[]; inShort: string; first?: Finding }> {
  const { events, stats } = await readTraceFile(fixture(name));
  const a = new Analyzer({ os: stats.os, format: stats.format });
  for (const ev of events) a.push(ev);
  const r = a.finish(stats);
  const inShort = overview(r);
  const first = r.findings.find((f) => f.severity === 'error') ?? r.findings.find((f) => f.severity === 'warning');
  return { findings: r.findings, inShort, ...(first ? { first } : {}) };
}

/** The line of a fixture, to check a cited line is the evidence it claims. */
const lineOf = (name: string, n: number) => readFileSync(fixture(name), 'utf8').split('\n')[n - 1]!;

interface Case {
  fixture: string;
  /** What the first ERROR's title and the In short line must say. */
  says: RegExp;
  /** A line the first finding must cite, and what is on it. */
  cites?: [line: number, has: string];
  /** Words that must not appear in the first finding's title or In short. */
  never?: RegExp;
}

const SILENT = /ETIMEDOUT|It was connected to 127\.0\.0\.1:9999/;

const CASES: Case[] = [
  // A connect that never completed: no answer, never "ETIMEDOUT", never "connected".
  { fixture: 'python-connect-timeout-nft-drop', says: /no answer from 127\.0\.0\.1:9999 within 2 s/, cites: [3, 'poll('], never: SILENT },
  { fixture: 'curl-connect-timeout-dropped', says: /no answer from 127\.0\.0\.1:9999 within 2 s/, cites: [467, 'EINPROGRESS'], never: SILENT },
  { fixture: 'curl-connect-timeout-trace-network', says: /no answer from 127\.0\.0\.1:9999 within 2 s/, cites: [11, 'EINPROGRESS'], never: SILENT },
  { fixture: 'nc-w2-connect-dropped', says: /no answer from 127\.0\.0\.1:9999 within 2 s/, cites: [183, 'pselect6'], never: SILENT },
  // Refusals and unreachable networks stay right.
  { fixture: 'curl-connect-enetunreach-no-route', says: /connect to 10\.0\.0\.2:8080 failed: ENETUNREACH/, cites: [467, 'ENETUNREACH'] },
  { fixture: 'nc-refused', says: /connect to 127\.0\.0\.1:8767 failed: ECONNREFUSED/, cites: [184, 'ECONNREFUSED'] },
  { fixture: 'redis-cli-refused', says: /connect to 127\.0\.0\.1:6399 failed: ECONNREFUSED/ },
  { fixture: 'curl-refused-yy', says: /connect to 127\.0\.0\.1:8766 failed: ECONNREFUSED/ },
  // Resets on an established connection name the peer that reset.
  { fixture: 'curl-econnreset-linger0', says: /127\.0\.0\.1:9415 reset the connection \(RST\) while curl was reading the answer/, cites: [486, 'ECONNRESET'] },
  { fixture: 'python-recv-econnreset', says: /127\.0\.0\.1:9415 reset the connection/, cites: [64, 'ECONNRESET'] },
  // DNS: no reply (also when the wait is not traced), NXDOMAIN, nobody listening, and the name behind an address.
  { fixture: 'getent-dns-no-reply-trace-file-network', says: /DNS lookup of pg-primary failed: no reply from 127\.0\.0\.1:53/, cites: [78, 'pg-primary'] },
  { fixture: 'curl-dns-no-reply', says: /DNS lookup of orders-api failed: no reply from 127\.0\.0\.1:53/ },
  { fixture: 'getent-nxdomain-dnsmasq', says: /DNS lookup of billing-db\.internal failed: NXDOMAIN/, cites: [155, 'billing-db'] },
  { fixture: 'curl-nxdomain-dnsmasq', says: /DNS lookup of reports\.internal failed: NXDOMAIN/ },
  { fixture: 'curl-nxdomain-resolver-thread', says: /DNS lookup of nonexistent\.invalid failed: NXDOMAIN/ },
  { fixture: 'dnsq-resolver-down', says: /DNS lookup of db\.example\.test failed: nothing answers at 127\.0\.0\.1:53/ },
  { fixture: 'psql-pg-primary-resolves-then-refused', says: /connect to pg-primary → 127\.0\.0\.1:5432 failed: ECONNREFUSED/, cites: [1004, 'recvfrom'] },
  { fixture: 'python-resolve-then-refused-trace-network', says: /connect to pg-primary → 127\.0\.0\.1:6379 failed: ECONNREFUSED/, cites: [9, 'recvfrom'] },
];

describe('network diagnoses on real failures', () => {
  for (const c of CASES) {
    it(`${c.fixture}: ${c.says.source}`, async () => {
      const d = await diagnose(c.fixture);
      expect(d.first?.severity, 'an ERROR comes first').toBe('error');
      expect(d.first!.title).toMatch(c.says);
      expect(d.inShort).toMatch(new RegExp(`What went wrong: ${c.says.source}`));
      if (c.never) {
        expect(d.first!.title).not.toMatch(c.never);
        expect(d.inShort).not.toMatch(c.never);
      }
      if (c.cites) {
        expect(d.first!.lines).toContain(c.cites[0]);
        expect(lineOf(c.fixture, c.cites[0])).toContain(c.cites[1]);
      }
    });
  }

  it('python-send-after-peer-closed-epipe: the broken pipe to the peer is the first warning', async () => {
    const d = await diagnose('python-send-after-peer-closed-epipe');
    expect(d.first?.id).toBe('broken-pipe');
    expect(d.first!.title).toContain('127.0.0.1:9416');
  });

  it('psql-wrong-socket-dir: a missing PostgreSQL socket suggests the container case', async () => {
    const d = await diagnose('psql-wrong-socket-dir');
    expect(d.first!.title).toContain('.s.PGSQL.5499 failed: ENOENT');
    expect(d.first!.hint).toMatch(/container.*TCP to the published port/);
  });
});

const HEALTHY = [
  'curl-http-ok-stderr-mixed',
  'curl-http-ok',
  'python-http-server-serves-file',
  'gunicorn-prefork-healthy',
  'redis-cli-ping-ok',
  'psql-unix-socket-ok',
  'getent-hosts-localhost',
  'redis-server-two-clients',
];

describe('no network alarm on healthy traces', () => {
  for (const name of HEALTHY) {
    it(`${name}: no ERROR/WARNING`, async () => {
      const d = await diagnose(name);
      expect(d.findings.filter((f) => f.severity !== 'info').map((f) => f.title)).toEqual([]);
    });
  }
  it('postgres-pg-ctl-start: the missing D-Bus socket under su is a note, not a warning', async () => {
    const d = await diagnose('postgres-pg-ctl-start');
    const dbus = d.findings.filter((f) => f.id === 'connect-failed');
    expect(dbus.map((f) => f.severity)).toEqual(['info']);
  });
});
