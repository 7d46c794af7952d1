// Acceptance, issue 14 "No alarms for what is normal": real traces (test/fixtures/real/, README
// there gives each command and true cause) of healthy programs doing normal things that used to
// raise WARNING/ERROR findings — a PATH search, `rm -f`, a Postgres start, idle threads when
// strace detached — must raise none; the failures of the same shapes must still be named.

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/analyze/index.js';
import { readTraceFile, readTraceText } from '../../src/index.js';
import type { Finding } from '../../src/model/index.js';
import { runCli } from '../cli/run-cli.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/real/${name}.strace.txt`, import.meta.url));

async function findingsOf(name: string): Promise<Finding[]> {
  const { events, stats } = await readTraceFile(fixture(name));
  const a = new Analyzer({ os: stats.os, format: stats.format });
  for (const ev of events) a.push(ev);
  return a.finish(stats).findings;
}

const loud = (fs: Finding[]) => fs.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.severity} ${f.title}`);

/** Healthy traces: not one ERROR or WARNING. */
const HEALTHY = [
  // PATH searches (execve ENOENT/EACCES in early PATH directories), also under -Z and runuser.
  'path-search-enoent-eacces-then-ls',
  'path-search-failed-only-Z',
  'runuser-path-search',
  'sh-path-search-failed-only-Z',
  // Removing what is not there.
  'rm-f-missing-file',
  'python-cleanup-unlink-rmdir',
  // Server start-ups and idle servers at detach.
  'postgres-pg-ctl-start',
  'postgres-postmaster-attach',
  'redis-server-attach-idle',
  'redis-server-attach-stderr',
  'nginx-daemon-start',
  'nginx-attach-idle-workers',
  'nginx-two-workers',
  'python-pool-attach-idle',
  'python-pool-attach-stderr',
  'gunicorn-prefork-healthy',
  'python-http-server-serves-file',
  // Clients and tools that worked.
  'redis-cli-ping-ok',
  'psql-unix-socket-ok',
  'curl-http-ok',
  // A link that worked: ld tries libc.a in gcc's own directory before finding libc.so in another.
  'gcc-link-ok',
  'curl-http-ok-stderr-mixed',
  'getent-hosts-localhost',
  'git-status-small-repo',
  'git-log-small-repo',
  'git-status-failed-only-Z',
  'pthreads-three-workers',
  'enoexec-sh-falls-back-to-script',
  // A parent stopping its helper with SIGINT, then exiting 0; a tool doing without what it was refused.
  'apt-get-simulate-stops-http-helper',
  'ps-aux-proc-environ-denied',
  // A pipeline's writer stopped by SIGPIPE once its reader was done.
  'sh-c-yes-head-qq',
];

describe('healthy traces raise no ERROR or WARNING', () => {
  for (const name of HEALTHY) {
    it(name, async () => {
      expect(loud(await findingsOf(name))).toEqual([]);
    });
  }
});

describe('what tracex says instead', () => {
  it('a PATH search under -Z does not claim "program not found" or "permission denied"', async () => {
    const r = await runCli([fixture('path-search-failed-only-Z')]);
    const summary = r.stdout.slice(r.stdout.indexOf('In short:'));
    expect(summary).toMatch(/^In short: .*exited normally\. Nothing went wrong/);
    expect(summary).not.toMatch(/program not found|permission denied/i);
  });

  it('runuser keeping root\'s PATH: no "permission denied" for /root/... directories', async () => {
    const fs = await findingsOf('runuser-path-search');
    expect(fs.filter((f) => f.id === 'permission-denied' && f.title.includes('/root/'))).toEqual([]);
  });

  it('Postgres start-up: promote/logrotate/current_logfiles and the D-Bus probe are not warnings', async () => {
    const fs = await findingsOf('postgres-pg-ctl-start');
    expect(fs.filter((f) => /promote|logrotate|current_logfiles|recovery|pg_internal/.test(f.title))).toEqual([]);
    const dbus = fs.find((f) => f.title.includes('system_bus_socket'));
    expect(dbus?.severity ?? 'info').toBe('info');
  });

  it('idle threads when strace detached: one note naming the waits, in both -o and stderr forms', async () => {
    for (const name of ['redis-server-attach-idle', 'redis-server-attach-stderr']) {
      const fs = (await findingsOf(name)).filter((f) => f.id === 'blocked-at-end');
      expect(fs).toHaveLength(1);
      expect(fs[0]!.severity).toBe('info');
      expect(fs[0]!.title).toBe('5 threads were idle when the tracer detached');
      expect(fs[0]!.explanation).toContain('futex() ×4');
    }
    const py = (await findingsOf('python-pool-attach-stderr')).filter((f) => f.id === 'blocked-at-end');
    expect(py.map((f) => f.title)).toEqual(['4 threads were idle when the tracer detached']);
    expect(py[0]!.explanation).toContain('Process 32678 detached');
  });

  it('a daemon and its workers idle when the trace ended: a note, not warnings', async () => {
    const fs = (await findingsOf('nginx-daemon-start')).filter((f) => f.id === 'blocked-at-end');
    expect(fs.map((f) => `${f.severity} ${f.title}`)).toEqual(['info 3 processes were idle when the trace ended']);
  });

  it('futex EAGAIN/ETIMEDOUT are normal answers: not in --failed', async () => {
    const r = await runCli(['--failed', fixture('python-pool-attach-idle')]);
    expect(r.stdout).not.toMatch(/futex\(.*EAGAIN/);
  });
});

describe('the failures of the same shapes are still named', () => {
  it('a single client still waiting for its reply when its trace ends: WARNING', async () => {
    const fs = await findingsOf('python-client-waiting-trace-cut');
    expect(fs[0]).toMatchObject({ id: 'blocked-at-end', severity: 'warning' });
    expect(fs[0]!.title).toContain('recvfrom()');
  });

  it('a hung pipeline snapshot keeps its warnings (a reader of a pipe is waiting)', async () => {
    const fs = (await findingsOf('pipeline-hung-snapshot')).filter((f) => f.id === 'blocked-at-end');
    expect(fs.map((f) => f.severity)).toEqual(['warning', 'warning', 'warning']);
  });

  it('rm without -f of a missing file: the missing file is the cause', async () => {
    const r = await runCli([fixture('rm-missing-file-fails')]);
    expect(r.stdout).toMatch(/WARNING file not found: \/tmp\/i14q\/app\.pid \[missing-file; pid 1013, lines 108-109\]/);
  });

  it('under -Z, an exec search whose process exited 127 found nothing: ERROR program not found', async () => {
    const fs = await findingsOf('env-program-not-found-Z');
    expect(fs[0]).toMatchObject({ id: 'missing-file', severity: 'error' });
    expect(fs[0]!.title).toBe('program not found: report-gen (looked in 2 places)');
    expect(fs[0]!.lines).toEqual([15, 16]);
    const r = await runCli([fixture('env-program-not-found-Z')]);
    expect(r.stdout).toMatch(/What went wrong: program not found: report-gen/);
  });
});

describe('old strace spellings of a UNIX socket (strace.md: AF_FILE, PF_LOCAL, path=)', () => {
  // Line shapes of strace before 4.x printed sockaddr_un as `path=` and glibc's AF_FILE alias.
  const TEXT = [
    '4242  socket(PF_FILE, SOCK_STREAM, 0)   = 3',
    '4242  connect(3, {sa_family=AF_FILE, path="/var/run/nscd/socket"}, 110) = -1 ENOENT (No such file or directory)',
    '4242  close(3)                          = 0',
    '4242  socket(PF_LOCAL, SOCK_STREAM, 0)  = 3',
    '4242  connect(3, {sa_family=AF_LOCAL, sun_path="/tmp/.s.PGSQL.5432"}, 110) = -1 ENOENT (No such file or directory)',
    '4242  exit_group(2)                     = ?',
    '',
  ].join('\n');

  it('is decoded as AF_UNIX: the nscd probe is no finding, the PostgreSQL socket is named', async () => {
    const { events, stats } = await readTraceText(TEXT);
    const a = new Analyzer({ os: stats.os, format: stats.format });
    for (const ev of events) a.push(ev);
    const { findings, sockets } = a.finish(stats);
    expect(sockets.every((s) => s.family === 'AF_UNIX')).toBe(true);
    const connects = findings.filter((f) => f.id === 'connect-failed');
    expect(connects.map((f) => f.title)).toEqual(['connect to /tmp/.s.PGSQL.5432 failed: ENOENT']);
  });
});
