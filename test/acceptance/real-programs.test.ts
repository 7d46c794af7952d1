// Acceptance: traces of real programs captured here with strace 6.1 (test/fixtures/real/,
// README there gives each command). Each test asserts what a user reading tracex's answer
// would notice: every line read, the right findings citing the right lines, the process
// tree, the socket endpoints, and (through the built CLI) the sentences they read.
//
// `it.fails` marks behaviour that is known wrong today; each says what a user would expect.
// When a fix lands the test starts passing, vitest reports it, and `.fails` should go.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/analyze/index.js';
import { readTraceFile } from '../../src/index.js';
import type { Finding, ProcessInfo, SocketInfo, Stats, TraceEvent } from '../../src/model/index.js';
import { runCli } from '../cli/run-cli.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/real/${name}.strace.txt`, import.meta.url));

interface Analysis {
  stats: Stats;
  events: TraceEvent[];
  findings: Finding[];
  processes: ProcessInfo[];
  sockets: SocketInfo[];
}

const cache = new Map<string, Promise<Analysis>>();

/** Reads a fixture and runs the Analyzer over it the way the CLI does: push each event, then finish. */
function analyze(name: string): Promise<Analysis> {
  let p = cache.get(name);
  if (!p) {
    p = (async () => {
      const { events, stats } = await readTraceFile(fixture(name));
      const a = new Analyzer({ os: stats.os, format: stats.format });
      for (const ev of events) a.push(ev);
      return { stats, events, ...a.finish(stats) };
    })();
    cache.set(name, p);
  }
  return p;
}

const byId = (r: Analysis, id: string) => r.findings.filter((f) => f.id === id);
function one(r: Analysis, id: string, match?: string): Finding {
  const fs = byId(r, id).filter((f) => match === undefined || f.title.includes(match));
  expect(fs.map((f) => f.title), `one ${id}${match ? ` about ${match}` : ''}`).toHaveLength(1);
  return fs[0]!;
}
const proc = (r: Analysis, pid: number) => {
  const p = r.processes.find((x) => x.pid === pid);
  expect(p, `process ${String(pid)}`).toBeDefined();
  return p!;
};
const citedLines = (r: Analysis) => r.findings.flatMap((f) => f.lines);
const lineOf = (name: string, n: number) => readFileSync(fixture(name), 'utf8').split('\n')[n - 1]!;

const FIXTURES = [
  'cat-blocked-read-attach',
  'cat-eacces-strace-u',
  'curl-http-404',
  'curl-http-ok',
  'curl-nxdomain-resolver-thread',
  'curl-refused-stderr',
  'curl-refused-yy',
  'dd-enospc-tmpfs',
  'dd-fsync-slow',
  'dnsq-resolver-down',
  'getent-hosts-localhost',
  'http-server-404-501',
  'ls-missing-file',
  'nc-ipv6-refused',
  'nc-refused',
  'nginx-two-workers',
  'pipeline-hung-sigterm',
  'postgres-postmaster-attach',
  'psql-unix-socket-ok',
  'psql-wrong-socket-dir',
  'pthreads-three-workers',
  'python-emfile-ulimit',
  'redis-cli-no-reply-sigterm',
  'redis-cli-ping-ok',
  'redis-cli-refused',
  'redis-fork-shared-connection',
  'redis-server-eaddrinuse',
  'redis-server-two-clients',
  'segv-core-dumped',
  'segv-null-deref',
  'sh-echo-dev-full',
  'sh-exec-not-executable',
  'su-nobody-cat-eacces',
  'tar-missing-member',
  'yes-head-sigpipe',
];

describe('every line of every real trace is read', () => {
  it.each(FIXTURES)('%s: no unparsed lines, strace/linux detected', async (name) => {
    const r = await analyze(name);
    const text = readFileSync(fixture(name), 'utf8');
    expect(r.stats.format).toBe('strace');
    expect(r.stats.os).toBe('linux');
    expect(r.stats.lines).toBe(text.split('\n').length - 1);
    expect(r.stats.unparsed).toBe(0);
    expect(r.events.filter((e) => e.type === 'unparsed')).toEqual([]);
    expect(byId(r, 'unparsed-lines')).toEqual([]);
  });

  it('pipeline-hung-snapshot: the line strace had half written is read as a call that had not returned', async () => {
    const r = await analyze('pipeline-hung-snapshot');
    expect(r.stats.lines).toBe(494);
    expect(r.stats.unparsed).toBe(0);
    const cat = r.events.find((e) => e.type === 'syscall' && e.line === 494);
    expect(cat).toMatchObject({ syscall: 'read', pid: 17206, status: 'unfinished', args: '0<pipe:[92661]>, ' });
  });
});

describe('ls of a missing file (ls-missing-file)', () => {
  it('ls exits 2 and the finding quotes its error message', async () => {
    const r = await analyze('ls-missing-file');
    expect(r.processes).toHaveLength(1);
    expect(proc(r, 12664)).toMatchObject({ argv: ['ls', '/tmp/rp/no-such-file'], exe: '/usr/bin/ls', exitCode: 2 });
    const f = one(r, 'nonzero-exit');
    expect(f.severity).toBe('warning');
    // 146 `write(2, "\n", 1)` ends the message started at 140; 150 `+++ exited with 2 +++`.
    expect(f.lines).toEqual([146, 150]);
    expect(f.explanation).toContain("ls: cannot access '/tmp/rp/no-such-f");
    expect(f.explanation).toContain('No such file or directory');
    // The missing file (a warning) is why it exited 2.
    expect(f.explanation).toContain('It most likely gave up because of the error found above: file not found: /tmp/rp/no-such-file.');
  });

  it('does not report the message catalogue probes', async () => {
    // 137-139 coreutils.mo, 142-144 libc.mo: `openat(AT_FDCWD, "/usr/share/locale/C.UTF-8/LC_MESSAGES/libc.mo", O_RDONLY) = -1 ENOENT`
    const r = await analyze('ls-missing-file');
    for (const n of [137, 138, 139, 142, 143, 144]) expect(citedLines(r)).not.toContain(n);
  });

  it('names the path the user asked about as missing (statx at 135-136)', async () => {
    // 135: `12664 statx(AT_FDCWD, "/tmp/rp/no-such-file", AT_STATX_SYNC_AS_STAT|AT_NO_AUTOMOUNT, STATX_MODE, 0x7ffc783a13f0) = -1 ENOENT (No such file or directory)`
    const r = await analyze('ls-missing-file');
    const f = one(r, 'missing-file');
    expect(f.title).toContain('/tmp/rp/no-such-file');
    expect(f.lines).toEqual([135, 136]);
    expect(f.pid).toBe(12664);
    expect(f.severity).toBe('warning');
    expect(f.explanation).toContain('look up /tmp/rp/no-such-file (statx) and got ENOENT');
    expect(f.explanation).toContain('given on its command line');
  });
});

describe('cat of a file the user may not read', () => {
  it('cat-eacces-strace-u: permission-denied on /tmp/rp/secret.txt at line 108, exit 1', async () => {
    // 108: `12795 openat(AT_FDCWD, "/tmp/rp/secret.txt", O_RDONLY) = -1 EACCES (Permission denied)`
    const r = await analyze('cat-eacces-strace-u');
    const f = one(r, 'permission-denied');
    expect(f).toMatchObject({ severity: 'error', pid: 12795, lines: [108] });
    expect(f.title).toContain('/tmp/rp/secret.txt');
    expect(f.explanation).toContain('openat');
    expect(f.explanation).toContain('EACCES');
    expect(r.findings[0]).toBe(f);
    const ne = one(r, 'nonzero-exit');
    expect(ne.lines).toEqual([115, 119]);
    expect(ne.explanation).toContain('cat: /tmp/rp/secret.txt: Permission denied');
    expect(proc(r, 12795).exitCode).toBe(1);
  });

  it('su-nobody-cat-eacces: the process tree su → sh → cat with their exit codes', async () => {
    const r = await analyze('su-nobody-cat-eacces');
    expect(r.processes.map((p) => p.pid)).toEqual([12789, 12790, 12791]);
    expect(proc(r, 12789)).toMatchObject({ exe: '/usr/bin/su', exitCode: 1, isThread: false });
    expect(proc(r, 12789).argv).toEqual(['su', 'nobody', '-s', '/bin/sh', '-c', 'cat /tmp/rp/secret.txt']);
    // 724 clone → 12790, which execs /bin/sh at 759; 817 vfork → 12791, exec of cat at 819.
    expect(proc(r, 12790)).toMatchObject({ parent: 12789, exe: '/bin/sh', exitCode: 1, firstLine: 725 });
    expect(proc(r, 12790).execs).toEqual([{ line: 759, path: '/bin/sh', ok: true }]);
    expect(proc(r, 12791)).toMatchObject({ parent: 12790, exe: '/usr/bin/cat', exitCode: 1 });
    expect(proc(r, 12791).argv).toEqual(['cat', '/tmp/rp/secret.txt']);
  });

  it('su-nobody-cat-eacces: the denial cat got is an error citing line 930', async () => {
    // 930: `12791 openat(AT_FDCWD, "/tmp/rp/secret.txt", O_RDONLY) = -1 EACCES (Permission denied)`
    const r = await analyze('su-nobody-cat-eacces');
    const f = one(r, 'permission-denied', '/tmp/rp/secret.txt');
    expect(f).toMatchObject({ severity: 'error', pid: 12791, lines: [930] });
  });

  it('su-nobody-cat-eacces: nscd and syslog (/dev/log) probes are not findings', async () => {
    const r = await analyze('su-nobody-cat-eacces');
    // 157, 160, 456, 459 nscd; 449, 582, 589, 616, 711, 964 /dev/log — all ENOENT, all harmless.
    for (const n of [157, 160, 456, 459, 449, 582, 589, 616, 711, 964]) expect(citedLines(r)).not.toContain(n);
  });

  it("su-nobody-cat-eacces: sh's PATH search through root's directories is not a permission problem", async () => {
    // 807: `12790 newfstatat(AT_FDCWD, "/root/.cargo/bin/cat", 0x7ffd6f5efe80, 0) = -1 EACCES (Permission denied)`
    // … 811, then 819 execve("/usr/bin/cat", ...) succeeds: sh found cat further down PATH.
    const r = await analyze('su-nobody-cat-eacces');
    for (const n of [807, 808, 809, 810, 811]) expect(citedLines(r)).not.toContain(n);
    expect(byId(r, 'permission-denied').filter((f) => f.severity !== 'info').map((f) => f.title)).toEqual(['permission denied: /tmp/rp/secret.txt']);
  });

  it('su-nobody-cat-eacces: pam_limits raising limits without CAP_SYS_RESOURCE is only info', async () => {
    // 574: `12789 prlimit64(0, RLIMIT_NOFILE, {rlim_cur=1024, rlim_max=32*1024}, NULL) = -1 EPERM (Operation not permitted)`
    const r = await analyze('su-nobody-cat-eacces');
    const f = one(r, 'permission-denied', 'prlimit64');
    expect(f).toMatchObject({ severity: 'info', pid: 12789 });
    // 584 is the second refusal (RLIMIT_MEMLOCK): "2 times" cites both.
    expect(f.lines).toEqual([574, 584]);
    expect(f.explanation).toContain('CAP_SYS_RESOURCE');
    expect(f.explanation).toContain('It happened 2 times.');
  });

  it('su-nobody-cat-eacces: optional lookups (systemd userdb records, /etc/default/su) are not findings', async () => {
    // 621: `openat(AT_FDCWD, "/run/systemd/userdb/", ...) = -1 ENOENT`, 674-679 `/etc/userdb/nobody.user` …,
    // 746: `openat(AT_FDCWD, "/etc/default/su", O_RDONLY) = -1 ENOENT`.
    const r = await analyze('su-nobody-cat-eacces');
    for (const n of [621, 674, 675, 676, 677, 678, 679, 746]) expect(citedLines(r)).not.toContain(n);
  });

  it('su-nobody-cat-eacces: lookups relative to a directory fd are read with their full path', async () => {
    // 622: `openat(AT_FDCWD, "/", O_RDONLY|O_CLOEXEC|O_PATH|O_DIRECTORY) = 3`, 623: `openat(3, "etc", ...) = 4`,
    // 626: `12789 openat(4, "userdb", O_RDONLY|O_NOFOLLOW|O_CLOEXEC|O_PATH) = -1 ENOENT`: /etc/userdb, a userdb probe;
    // 638: `openat(4, "host", ...) = -1 ENOENT` with fd 4 = /run: /run/host.
    const r = await analyze('su-nobody-cat-eacces');
    expect(byId(r, 'missing-file')).toEqual([]);
    for (const n of [626, 632, 638, 650, 659, 672]) expect(citedLines(r)).not.toContain(n);
  });

  it('su-nobody-cat-eacces: the top finding is the denial, not the absent D-Bus of a container', async () => {
    // 707: `connect(3, {sa_family=AF_UNIX, sun_path="/run/dbus/system_bus_socket"}, 30) = -1 ENOENT` is
    // reported as an error and sorts first; su carried on without D-Bus.
    const r = await analyze('su-nobody-cat-eacces');
    expect(r.findings[0]!.title).toBe('permission denied: /tmp/rp/secret.txt');
  });
});

describe('psql to a socket directory where no server is (psql-wrong-socket-dir)', () => {
  it('connect-failed: ENOENT on /tmp/rp/wrongdir/.s.PGSQL.5499 at line 969, first finding', async () => {
    // 969: `14369 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/rp/wrongdir/.s.PGSQL.5499"}, 110) = -1 ENOENT (No such file or directory)`
    const r = await analyze('psql-wrong-socket-dir');
    const f = one(r, 'connect-failed');
    expect(r.findings[0]).toBe(f);
    expect(f).toMatchObject({ severity: 'error', pid: 14369, lines: [969] });
    expect(f.title).toBe('connect to /tmp/rp/wrongdir/.s.PGSQL.5499 failed: ENOENT');
    expect(f.explanation).toContain('fd 3 (a UNIX stream socket)');
    expect(f.explanation).toContain('(PostgreSQL)');
    expect(f.explanation).toContain('nothing is listening at that path (no server has created its socket file there)');
    expect(f.hint).toContain('/var/run/postgresql/.s.PGSQL.5432');
  });

  it('psql exits 2 after the wrapper exec; its stderr is quoted', async () => {
    const r = await analyze('psql-wrong-socket-dir');
    expect(r.processes).toHaveLength(1);
    const p = proc(r, 14369);
    expect(p.execs).toEqual([
      { line: 1, path: '/usr/bin/psql', ok: true },
      { line: 605, path: '/usr/lib/postgresql/15/bin/psql', ok: true },
    ]);
    expect(p.exitCode).toBe(2);
    const ne = one(r, 'nonzero-exit');
    expect(ne.lines).toEqual([980, 982]);
    expect(ne.explanation).toContain('psql: error: connection to server on socket');
    expect(r.findings.map((f) => f.id)).toEqual(['connect-failed', 'nonzero-exit']);
  });

  it('its socket: AF_UNIX stream, fd 3, opened at 962, closed at 973', async () => {
    const r = await analyze('psql-wrong-socket-dir');
    expect(r.sockets).toHaveLength(1);
    expect(r.sockets[0]).toMatchObject({ family: 'AF_UNIX', type: 'SOCK_STREAM', fds: ['14369:3'], openedLine: 962, closedLine: 973 });
  });
});

describe('psql connected over a UNIX socket (psql-unix-socket-ok)', () => {
  it('no findings; the socket peer is the server path', async () => {
    const r = await analyze('psql-unix-socket-ok');
    expect(r.findings).toEqual([]);
    // 974: `connect(3<UNIX-STREAM:[101970]>, {sa_family=AF_UNIX, sun_path="/tmp/rp/pgsock/.s.PGSQL.5499"}, 110) = 0`
    const s = r.sockets.find((x) => x.lines.includes(974));
    expect(s).toMatchObject({ family: 'AF_UNIX', type: 'SOCK_STREAM', peer: { family: 'AF_UNIX', path: '/tmp/rp/pgsock/.s.PGSQL.5499' } });
    expect(proc(r, 20673)).toMatchObject({ exitCode: 0, exe: '/usr/lib/postgresql/15/bin/psql' });
  });
});

describe('the postmaster accepting a connection (postgres-postmaster-attach)', () => {
  it('backend 14443 is forked at line 6 and exits 0 at 141', async () => {
    const r = await analyze('postgres-postmaster-attach');
    expect(r.processes.map((p) => p.pid)).toEqual([14352, 14443]);
    expect(proc(r, 14443)).toMatchObject({ parent: 14352, isThread: false, firstLine: 6, exitCode: 0 });
    expect(proc(r, 14352).exitCode).toBeUndefined();
  });

  it('only finding: the postmaster idle in pselect6 when strace detached (info)', async () => {
    // 149: `14352 14:35:03.675833 pselect6(6, [5<UNIX-STREAM:[83409,"/tmp/rp/pgsock/.s.PGSQL.5499"]>], NULL, NULL, {tv_sec=60, tv_nsec=0}, NULL <detached ...>`
    const r = await analyze('postgres-postmaster-attach');
    expect(r.findings.map((f) => f.id)).toEqual(['blocked-at-end']);
    const f = r.findings[0]!;
    expect(f).toMatchObject({ severity: 'info', pid: 14352, lines: [149] });
    expect(f.title).toContain('pselect6()');
    // The backend closed its copy of the listener (line 28): no listener-shared, no accept race.
    expect(byId(r, 'listener-shared')).toEqual([]);
    expect(byId(r, 'socket-shared-after-fork')).toEqual([]);
  });

  it('the listening socket and the accepted connection carry the server path from -yy', async () => {
    const r = await analyze('postgres-postmaster-attach');
    const listener = r.sockets.find((s) => s.fds.includes('14352:5'));
    expect(listener?.local).toMatchObject({ family: 'AF_UNIX', path: '/tmp/rp/pgsock/.s.PGSQL.5499' });
    // 3: accept(5<...>, ...) = 6<UNIX-STREAM:[84199->84198,"/tmp/rp/pgsock/.s.PGSQL.5499"]>
    const conn = r.sockets.find((s) => s.openedLine === 3);
    expect(conn).toMatchObject({ family: 'AF_UNIX', type: 'SOCK_STREAM', closedLine: 141 });
    expect(conn!.holders).toEqual([14352, 14443]);
  });

  it('the socket the postmaster accepts on is marked listening', async () => {
    // accept() succeeding on fd 5 (line 3) proves it listens; the trace starts after listen().
    const r = await analyze('postgres-postmaster-attach');
    expect(r.sockets.find((s) => s.fds.includes('14352:5'))?.listening).toBe(true);
  });
});

describe('redis-cli with nothing listening (redis-cli-refused)', () => {
  it('two sockets, each to 127.0.0.1:6399, each closed after its refusal', async () => {
    const r = await analyze('redis-cli-refused');
    expect(r.sockets.map((s) => [s.openedLine, s.closedLine, s.peer])).toEqual([
      [202, 209, { family: 'AF_INET', address: '127.0.0.1', port: 6399 }],
      [210, 219, { family: 'AF_INET', address: '127.0.0.1', port: 6399 }],
    ]);
    expect(proc(r, 13456)).toMatchObject({ exitCode: 1, argv: ['redis-cli', '-p', '6399', 'ping'] });
    const ne = one(r, 'nonzero-exit');
    expect(ne.lines).toEqual([218, 221]);
    expect(ne.explanation).toContain('Could not connect to Redis at 127.0.0.1:6399: Connection refus');
  });

  it('connect-failed is an error naming 127.0.0.1:6399 and ECONNREFUSED, citing 207 and 215', async () => {
    // 207: `13456 connect(3, {sa_family=AF_INET, sin_port=htons(6399), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 ECONNREFUSED (Connection refused)`
    // 208: `13456 getsockopt(3, SOL_SOCKET, SO_ERROR, [0], [4]) = 0` — 0 because the connect above already took the error.
    const r = await analyze('redis-cli-refused');
    const fs = byId(r, 'connect-failed');
    expect(fs.length).toBeGreaterThanOrEqual(1);
    for (const f of fs) {
      expect(f.severity).toBe('error');
      expect(f.title).toContain('127.0.0.1:6399');
      expect(f.explanation).not.toContain('succeeded');
      expect(f.explanation).not.toContain('recovered');
    }
    expect(r.findings[0]!.id).toBe('connect-failed');
    expect(fs.flatMap((f) => f.lines)).toEqual(expect.arrayContaining([207, 215]));
    expect(fs.map((f) => f.explanation).join(' ')).toContain('nothing is listening on that address and port');
    // One finding for both attempts, each told from connect (205/213) through poll (206/214) to the refusal.
    expect(fs).toHaveLength(1);
    expect(fs[0]!.lines).toEqual([205, 206, 207, 213, 214, 215]);
    expect(fs[0]!.explanation).toContain('It failed the same way 2 times.');
  });
});

describe('curl to a closed port (curl-refused-yy)', () => {
  it('connect-failed reads the verdict from SO_ERROR at 473, citing 467-473', async () => {
    // 473: `getsockopt(5<TCP:[101869]>, SOL_SOCKET, SO_ERROR, [ECONNREFUSED], [4]) = 0`
    const r = await analyze('curl-refused-yy');
    const f = one(r, 'connect-failed');
    expect(r.findings[0]).toBe(f);
    expect(f).toMatchObject({ severity: 'error', pid: 20669, lines: [467, 469, 472, 473] });
    expect(f.title).toBe('connect to 127.0.0.1:8766 failed: ECONNREFUSED');
    expect(f.explanation).toContain('non-blocking connect of fd 5 (a TCP socket) to 127.0.0.1:8766');
    expect(f.explanation).toContain('getsockopt(SO_ERROR) reported ECONNREFUSED');
    expect(one(r, 'nonzero-exit')).toMatchObject({ lines: [496], title: 'curl (pid 20669) exited with status 7' });
  });

  it('the TCP socket fd 5: peer 127.0.0.1:8766, non-blocking, opened 460, closed 477', async () => {
    const r = await analyze('curl-refused-yy');
    const s = r.sockets.find((x) => x.fds.includes('20669:5'));
    expect(s).toMatchObject({
      family: 'AF_INET', type: 'SOCK_STREAM', protocol: 'TCP', nonBlocking: true,
      peer: { address: '127.0.0.1', port: 8766 }, openedLine: 460, closedLine: 477,
    });
    expect(s!.local).toBeUndefined();
  });
});

describe('curl to a closed port, strace on stderr (curl-refused-stderr)', () => {
  it('no line has a pid: the exit at 496 is still linked to the refused connect at 467-473', async () => {
    const r = await analyze('curl-refused-stderr');
    expect(r.events.every((e) => e.pid === undefined)).toBe(true);
    expect(one(r, 'connect-failed')).toMatchObject({ title: 'connect to 127.0.0.1:8768 failed: ECONNREFUSED', lines: [467, 469, 472, 473] });
    const exit = one(r, 'nonzero-exit');
    expect(exit).toMatchObject({ title: 'curl exited with status 7', lines: [496] });
    expect(exit.explanation).toContain('It most likely gave up because of the error found above: connect to 127.0.0.1:8768 failed: ECONNREFUSED.');
  });
});

describe('HTTP error answers (curl-http-404, http-server-404-501)', () => {
  it('curl -s exits 0 on a 404: the answer read at 485 is the finding, with the request sent at 478', async () => {
    const r = await analyze('curl-http-404');
    const f = one(r, 'http-error');
    expect(r.findings[0]).toBe(f);
    expect(f).toMatchObject({ severity: 'warning', pid: 16793, lines: [478, 485] });
    expect(f.title).toBe('127.0.0.1:8934 answered HTTP 404 File not found to GET /nonexistent');
    expect(f.explanation).toContain('the server has nothing at that path');
    expect(r.findings.filter((x) => x.id === 'nonzero-exit')).toEqual([]);
  });

  it('the server side: a 404 after missing the file asked for is no missing-file warning; a 501 is a warning', async () => {
    const r = await analyze('http-server-404-501');
    expect(r.findings.filter((x) => x.id === 'missing-file')).toEqual([]);
    const notFound = r.findings.find((x) => x.id === 'http-error' && x.title.includes('404'))!;
    expect(notFound).toMatchObject({ severity: 'info', pid: 16735, lines: [39, 83] });
    expect(notFound.title).toBe('pid 16735 answered HTTP 404 File not found to GET /missing.txt');
    expect(notFound.explanation).toContain('It had looked for /work/main/samples/missing.txt and not found it');
    const unsupported = r.findings.find((x) => x.id === 'http-error' && x.title.includes('501'))!;
    // strace's 32-character string cut the reason: it ends with an ellipsis.
    expect(unsupported).toMatchObject({ severity: 'warning', pid: 16737, lines: [115, 121], title: 'pid 16737 answered HTTP 501 Unsupported method… to FROB /' });
    // The 200 for /README.md at 167 is no finding.
    expect(r.findings.filter((x) => x.id === 'http-error')).toHaveLength(2);
  });
});

describe('writes that fail where the data goes (dd-enospc-tmpfs, sh-echo-dev-full)', () => {
  it('dd filling a 64 KiB tmpfs: the ENOSPC write at 126 is an error, and the exit 1 at 144 points to it', async () => {
    const r = await analyze('dd-enospc-tmpfs');
    const f = one(r, 'write-failed');
    expect(r.findings[0]).toBe(f);
    expect(f).toMatchObject({ severity: 'error', pid: 23157, lines: [126], title: 'write to fd 1 (/mnt/tiny/fill) failed: ENOSPC' });
    expect(f.explanation).toContain('the file system it is on has no space (or no inodes) left');
    expect(f.hint).toContain('df -h');
    expect(one(r, 'nonzero-exit').explanation).toContain('It most likely gave up because of the error found above: write to fd 1 (/mnt/tiny/fill) failed: ENOSPC.');
  });

  it('/dev/full is named for what it is, not a full disk', async () => {
    const r = await analyze('sh-echo-dev-full');
    const f = one(r, 'write-failed');
    expect(f).toMatchObject({ severity: 'error', lines: [55], title: 'write to fd 1 (/dev/full) failed: ENOSPC' });
    expect(f.explanation).toContain('it is /dev/full, which refuses every write');
  });
});

describe('out of file descriptors (python-emfile-ulimit)', () => {
  it('EMFILE at 463 is an error naming the fds open and the limit sh set at 50, inherited by python', async () => {
    const r = await analyze('python-emfile-ulimit');
    const f = one(r, 'fd-limit');
    expect(r.findings[0]).toBe(f);
    expect(f).toMatchObject({ severity: 'error', pid: 18248, lines: [50, 463], title: 'python3 (pid 18248) ran out of file descriptors (EMFILE)' });
    expect(f.explanation).toContain('openat got EMFILE (Too many open files), with 15 fds open that the trace shows');
    expect(f.explanation).toContain('Its limit (RLIMIT_NOFILE) is 16 (line 50).');
    const exit = r.findings.find((x) => x.id === 'nonzero-exit' && x.pid === 18248)!;
    expect(exit.explanation).toContain('It most likely gave up because of the error found above: python3 (pid 18248) ran out of file descriptors (EMFILE).');
  });
});

describe('a vfork child seen before the vfork returns (sh-exec-not-executable)', () => {
  it('is the same process, adopted when vfork returns at 57: named sh, its exit 126 explained', async () => {
    const r = await analyze('sh-exec-not-executable');
    expect(proc(r, 32304)).toMatchObject({ parent: 32303, exe: '/usr/bin/sh', exitCode: 126 });
    expect(r.processes.filter((p) => p.pid === 32304)).toHaveLength(1);
    const denied = one(r, 'permission-denied');
    expect(denied).toMatchObject({ severity: 'error', pid: 32304, lines: [52] });
    expect(denied.explanation).toContain('sh (pid 32304) was refused access to ./noexec.sh (execve → EACCES)');
    const child = r.findings.find((f) => f.id === 'nonzero-exit' && f.pid === 32304)!;
    expect(child.explanation).toContain('exited with status 126: a command it ran was found but could not be run (not executable)');
  });
});

describe('a relative path from the command line, looked up under -C (tar-missing-member)', () => {
  it('the newfstatat of etc/nonexistent-file at 243 is a missing file the user named, and why tar exited 2', async () => {
    const r = await analyze('tar-missing-member');
    const f = one(r, 'missing-file');
    expect(f).toMatchObject({ severity: 'warning', pid: 16486, lines: [243, 245], title: 'file not found: /etc/nonexistent-file' });
    expect(f.explanation).toContain('The path was given on its command line.');
    expect(one(r, 'nonzero-exit').explanation).toContain('It most likely gave up because of the error found above: file not found: /etc/nonexistent-file.');
  });
});

describe('nc to a closed port', () => {
  it.each([
    ['nc-refused', 14972, '127.0.0.1:8767', 'AF_INET', '127.0.0.1'],
    ['nc-ipv6-refused', 14980, '[::1]:8767', 'AF_INET6', '::1'],
  ])('%s: connect-failed at 182/184 naming %s', async (name, pid, ep, family, address) => {
    // 182 connect → EINPROGRESS, 183 pselect6 says writable, 184 getsockopt SO_ERROR [ECONNREFUSED].
    const r = await analyze(name);
    const f = one(r, 'connect-failed');
    expect(f).toMatchObject({ severity: 'error', pid, lines: [182, 184] });
    expect(f.title).toBe(`connect to ${ep} failed: ECONNREFUSED`);
    expect(f.explanation).toContain('nothing is listening');
    // The nscd probes at 64 and 67 are not findings.
    expect(citedLines(r)).not.toContain(64);
    expect(citedLines(r)).not.toContain(67);
    const ne = one(r, 'nonzero-exit');
    expect(ne.lines).toEqual([188, 191]);
    expect(ne.explanation).toContain('Connection refused');
    const s = r.sockets.find((x) => x.openedLine === 179);
    expect(s).toMatchObject({ family, type: 'SOCK_STREAM', peer: { address, port: 8767 }, closedLine: 189 });
  });
});

describe('redis-server on a port already taken (redis-server-eaddrinuse)', () => {
  it('bind-failed: EADDRINUSE on 127.0.0.1:6399 at line 291, then exit 1', async () => {
    // 291: `13832 bind(6, {sa_family=AF_INET, sin_port=htons(6399), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EADDRINUSE (Address already in use)`
    const r = await analyze('redis-server-eaddrinuse');
    const f = one(r, 'bind-failed');
    expect(r.findings[0]).toBe(f);
    expect(f).toMatchObject({ severity: 'error', pid: 13832, lines: [291] });
    expect(f.title).toBe('bind to 127.0.0.1:6399 failed: EADDRINUSE');
    expect(f.explanation).toContain('another socket is already bound to that address and port');
    expect(one(r, 'nonzero-exit').lines).toEqual([301]);
    expect(r.findings.map((x) => x.id)).toEqual(['bind-failed', 'nonzero-exit']);
    expect(r.sockets).toHaveLength(1);
    expect(r.sockets[0]!.local).toBeUndefined();
    expect(r.sockets[0]!.listening).toBeUndefined();
  });
});

describe('redis-server serving two clients (redis-server-two-clients)', () => {
  it('the main process and its four threads', async () => {
    const r = await analyze('redis-server-two-clients');
    expect(r.processes.map((p) => p.pid)).toEqual([13985, 13986, 13987, 13988, 13989]);
    expect(proc(r, 13985)).toMatchObject({ isThread: false, exitCode: 0 });
    for (const tid of [13986, 13987, 13988, 13989]) expect(proc(r, tid)).toMatchObject({ isThread: true, leader: 13985 });
    expect(proc(r, 13986).firstLine).toBe(332);
  });

  it('listener on 127.0.0.1:6399 and the two accepted connections', async () => {
    const r = await analyze('redis-server-two-clients');
    expect(r.sockets.map((s) => ({ fd: s.fds, listening: s.listening, local: s.local, peer: s.peer && 'port' in s.peer ? s.peer.port : undefined, opened: s.openedLine }))).toEqual([
      { fd: ['13985:6'], listening: true, local: { family: 'AF_INET', address: '127.0.0.1', port: 6399 }, peer: undefined, opened: 289 },
      { fd: ['13985:7'], listening: undefined, local: { family: 'AF_INET', address: '127.0.0.1', port: 6399 }, peer: 59928, opened: 461 },
      { fd: ['13985:7'], listening: undefined, local: { family: 'AF_INET', address: '127.0.0.1', port: 6399 }, peer: 59934, opened: 478 },
    ]);
  });

  it("a single process draining its non-blocking accept queue is not an accept race", async () => {
    // 469: `accept4(6<TCP:[127.0.0.1:6399]>, 0x7fff678c9650, [128], SOCK_CLOEXEC|SOCK_NONBLOCK) = -1 EAGAIN`
    const r = await analyze('redis-server-two-clients');
    expect(byId(r, 'accept-race')).toEqual([]);
    expect(byId(r, 'listener-shared')).toEqual([]);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a missing file opened relative to the working directory is named by its full path (-yy AT_FDCWD)', async () => {
    // 386: `13985 14:34:50.069876 openat(AT_FDCWD</tmp/rp/redis>, "dump.rdb", O_RDONLY <unfinished ...>`
    const r = await analyze('redis-server-two-clients');
    for (const f of byId(r, 'missing-file')) expect(f.title).toBe('file not found: /tmp/rp/redis/dump.rdb');
  });

  it('a fresh server without dump.rdb is not warned about', async () => {
    // 386/388: `openat(AT_FDCWD</tmp/rp/redis>, "dump.rdb", O_RDONLY) = -1 ENOENT`: the first start
    // of any Redis; it goes on with an empty dataset. Today: a warning titled "file not found: dump.rdb".
    const r = await analyze('redis-server-two-clients');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('a DNS lookup against a local resolver that is down (dnsq-resolver-down)', () => {
  it('dns-lookup-failed names the name and the resolver, citing both tries', async () => {
    // 37: `sendto(3<UDP:[127.0.0.1:36096->127.0.0.1:53]>, "\2e\1\0\0\1…\2db\7example\4test…", 33, MSG_NOSIGNAL, NULL, 0) = 33`
    // 38: `poll([{fd=3<UDP:[...]>, events=POLLIN}], 1, 1000) = 1 ([{fd=3, revents=POLLERR}])`, 39: `close(3<UDP:[...]>) = 0`
    const r = await analyze('dnsq-resolver-down');
    const f = one(r, 'dns-lookup-failed');
    expect(r.findings[0]).toBe(f);
    expect(f).toMatchObject({ severity: 'error', pid: 27756, lines: [37, 38, 44, 45] });
    expect(f.title).toBe('DNS lookup of db.example.test failed: nothing answers at 127.0.0.1:53 (ICMP error)');
    expect(f.explanation).toContain('via 127.0.0.1:53 (DNS)');
    expect(f.explanation).toContain('It was asked 2 times.');
    expect(one(r, 'nonzero-exit').lines).toEqual([47, 49]);
    // Two UDP sockets, each connected to the resolver and closed after its POLLERR.
    expect(r.sockets.map((s) => [s.type, s.peer, s.openedLine, s.closedLine])).toEqual([
      ['SOCK_DGRAM', { family: 'AF_INET', address: '127.0.0.1', port: 53 }, 33, 39],
      ['SOCK_DGRAM', { family: 'AF_INET', address: '127.0.0.1', port: 53 }, 40, 46],
    ]);
  });

  it('says the resolver port was unreachable (POLLERR), not that the socket closed without reply', async () => {
    // The POLLERR at 38/45 is the ICMP port-unreachable that says nothing listens there; glibc closes
    // the socket (39/46) without reading the error.
    const r = await analyze('dnsq-resolver-down');
    const f = one(r, 'dns-lookup-failed');
    expect(f.explanation).toContain('poll reported an error on the socket (POLLERR)');
    expect(f.explanation).toContain('no DNS server is listening there');
    expect(f.explanation).not.toContain('closed without any reply');
  });
});

describe('a slow fsync (dd-fsync-slow)', () => {
  it('slow-call: fsync at line 630, 0.075 s against writes of about 2 ms; nothing else', async () => {
    // 630: `24823 14:46:17.029531 fsync(1</tmp/rp/big.bin>) = 0 <0.075047>`
    const r = await analyze('dd-fsync-slow');
    expect(r.findings.map((f) => f.id)).toEqual(['slow-call']);
    const f = r.findings[0]!;
    expect(f).toMatchObject({ severity: 'info', pid: 24823, lines: [630] });
    expect(f.title).toBe('slow fsync(): 0.075 s');
    expect(f.explanation).toContain('0.075047 s');
    expect(f.explanation).toContain('/tmp/rp/big.bin');
  });
});

describe('redis-cli that got no reply and was killed (redis-cli-no-reply-sigterm)', () => {
  it('killed by SIGTERM, citing the signal and the kill', async () => {
    const r = await analyze('redis-cli-no-reply-sigterm');
    const f = one(r, 'killed-by-signal');
    expect(f).toMatchObject({ severity: 'warning', pid: 20954 });
    expect(f.title).toBe('redis-cli (pid 20954) killed by SIGTERM while in recvfrom()');
    expect(f.lines).toEqual(expect.arrayContaining([217, 218]));
    expect(proc(r, 20954).signal).toBe('SIGTERM');
    expect(r.findings.map((x) => x.id)).toEqual(['killed-by-signal']);
  });

  it('says it was waiting in recvfrom() on the connection to 127.0.0.1:8768 (line 216)', async () => {
    // 216: `recvfrom(3<TCP:[127.0.0.1:38070->127.0.0.1:8768]>, 0x7ffc7b965350, 16384, 0, NULL, NULL) = ? ERESTARTSYS (...) <1.451078>`
    const r = await analyze('redis-cli-no-reply-sigterm');
    const f = one(r, 'killed-by-signal');
    expect(f.explanation).toContain('It was in recvfrom() on fd 3 (a TCP socket connected to 127.0.0.1:8768) when it died (line 216, after waiting 1.45 s).');
    expect(f.lines).toEqual([216, 217, 218]);
  });

  it('the socket: 127.0.0.1:38070 → 127.0.0.1:8768 from the -yy decorations', async () => {
    const r = await analyze('redis-cli-no-reply-sigterm');
    expect(r.sockets).toHaveLength(1);
    expect(r.sockets[0]).toMatchObject({
      local: { address: '127.0.0.1', port: 38070 }, peer: { address: '127.0.0.1', port: 8768 }, openedLine: 202, closedLine: 218,
    });
  });
});

describe('a Redis connection shared across fork (redis-fork-shared-connection)', () => {
  it('socket-shared-after-fork is an error: both processes wrote and read on 127.0.0.1:6399', async () => {
    // 38: `3206 ... read(3<TCP:[127.0.0.1:34178->127.0.0.1:6399]>, "$6\r\nparent\r\n$5\r\nchild\r\n", 127) = 23`: the child got both replies.
    // 49: `3205 ... read(3<TCP:[...]>, 0x7ffc86b13dd0, 127) = ? ERESTARTSYS (...) <605.053575>`: the parent waited for its reply.
    const r = await analyze('redis-fork-shared-connection');
    const f = one(r, 'socket-shared-after-fork');
    expect(r.findings[0]).toBe(f);
    expect(f).toMatchObject({ severity: 'error', pid: 3205 });
    expect(f.title).toBe('one connection used by 2 processes (127.0.0.1:6399)');
    // 30 socket(), 32 the fork, 33 the parent's write, 37 the child's write, 38 the child's read that got
    // both replies, 49 the parent's read that waited for its own.
    expect(f.lines).toEqual([30, 32, 33, 37, 38, 49]);
    expect(f.explanation).toContain('forkshare (pid 3205): 1 writes, 1 reads');
    expect(f.explanation).toContain('forkshare (pid 3206): 1 writes, 1 reads');
    expect(f.explanation).toContain('A reply goes to whichever process reads first');
  });

  it('the parent was killed while waiting 605 s in read(); the child exited 0', async () => {
    const r = await analyze('redis-fork-shared-connection');
    const k = one(r, 'killed-by-signal');
    expect(k).toMatchObject({ pid: 3205, lines: [49, 50, 51] });
    expect(k.explanation).toContain('It was in read() on fd 3 (a TCP socket connected to 127.0.0.1:6399) when it died (line 49, after waiting 605.05 s).');
    expect(r.processes.map((p) => [p.pid, p.parent, p.exitCode, p.signal])).toEqual([
      [3205, undefined, undefined, 'SIGTERM'],
      [3206, 3205, 0, undefined],
    ]);
    expect(r.sockets).toHaveLength(1);
    expect(r.sockets[0]!.holders).toEqual([3205, 3206]);
  });
});

describe('redis-cli ping that worked (redis-cli-ping-ok)', () => {
  it('no findings; socket 127.0.0.1:39812 → 127.0.0.1:6399; exit 0', async () => {
    const r = await analyze('redis-cli-ping-ok');
    expect(r.findings).toEqual([]);
    expect(r.sockets).toHaveLength(1);
    expect(r.sockets[0]).toMatchObject({ local: { address: '127.0.0.1', port: 39812 }, peer: { address: '127.0.0.1', port: 6399 } });
    expect(proc(r, 20621).exitCode).toBe(0);
  });
});

describe('curl that fetched a page (curl-http-ok)', () => {
  it('no findings; the TCP socket to 127.0.0.1:8765 with its local port', async () => {
    const r = await analyze('curl-http-ok');
    expect(r.findings).toEqual([]);
    const tcp = r.sockets.filter((s) => s.family === 'AF_INET');
    expect(tcp).toHaveLength(1);
    expect(tcp[0]).toMatchObject({ fds: ['20648:5'], peer: { address: '127.0.0.1', port: 8765 }, local: { address: '127.0.0.1', port: 49544 } });
    // 448: curl's wake-up socketpair, two AF_UNIX ends.
    expect(r.sockets.filter((s) => s.openedLine === 448).map((s) => s.fds)).toEqual([['20648:3'], ['20648:4']]);
  });
});

describe('a NULL dereference', () => {
  it.each([
    ['segv-null-deref', 13113, false],
    ['segv-core-dumped', 13440, true],
  ])('%s: killed-by-signal SIGSEGV, error, NULL address, lines 35-36', async (name, pid, core) => {
    // 35: `--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL} ---`
    const r = await analyze(name);
    expect(r.findings.map((f) => f.id)).toEqual(['killed-by-signal']);
    const f = r.findings[0]!;
    expect(f).toMatchObject({ severity: 'error', pid, lines: [35, 36] });
    expect(f.title).toBe(`segv (pid ${String(pid)}) killed by SIGSEGV${core ? ' (core dumped)' : ''}`);
    expect(f.explanation).toContain('NULL pointer dereference');
    expect(f.hint).toContain('debugger');
    if (core) expect(f.hint).toContain('core file was written');
    expect(proc(r, pid)).toMatchObject({ signal: 'SIGSEGV', exe: '../segv' });
    expect(proc(r, pid).core ?? false).toBe(core);
    expect(proc(r, pid).exitCode).toBeUndefined();
  });
});

describe('yes | head -n 1 (yes-head-sigpipe)', () => {
  it('sh forks yes and head; yes dies of SIGPIPE, head and sh exit 0', async () => {
    const r = await analyze('yes-head-sigpipe');
    expect(r.processes.map((p) => [p.pid, p.parent, p.exe])).toEqual([
      [13124, undefined, '/usr/bin/sh'],
      [13125, 13124, '/usr/bin/yes'],
      [13126, 13124, '/usr/bin/head'],
    ]);
    expect(proc(r, 13125)).toMatchObject({ signal: 'SIGPIPE', firstLine: 59 });
    expect(proc(r, 13126).exitCode).toBe(0);
    expect(proc(r, 13124).exitCode).toBe(0);
    expect(byId(r, 'nonzero-exit')).toEqual([]);
  });

  it('broken-pipe on fd 1 of yes cites the write (503/505) and the signal (507)', async () => {
    // 505: `13125 <... write resumed>)              = -1 EPIPE (Broken pipe)`
    const r = await analyze('yes-head-sigpipe');
    const f = one(r, 'broken-pipe');
    expect(f).toMatchObject({ pid: 13125, lines: [503, 505, 507] });
    expect(f.explanation).toContain('fd 1 (a pipe)');
    expect(f.explanation).toContain('EPIPE');
    expect(f.hint).toContain('head');
    const k = one(r, 'killed-by-signal');
    expect(k).toMatchObject({ pid: 13125, lines: [507, 510] });
    expect(k.title).toBe('yes (pid 13125) killed by SIGPIPE');
  });

  it('does not say yes was killed by "pid 13125" — its own write raised SIGPIPE', async () => {
    // 507: `--- SIGPIPE {si_signo=SIGPIPE, si_code=SI_USER, si_pid=13125, si_uid=0} ---`: si_pid is yes itself.
    const r = await analyze('yes-head-sigpipe');
    const k = one(r, 'killed-by-signal');
    expect(k.explanation).not.toContain('sent by pid 13125');
    expect(k.explanation).toContain("The kernel raised it on the process's own write to the closed pipe or socket.");
    // SIGTERM from another process still names the sender (17617 is the kill command).
    const r2 = await analyze('pipeline-hung-sigterm');
    expect(one(r2, 'killed-by-signal', 'cat').explanation).toContain('The signal was sent by pid 17617.');
  });

  it('nothing in it is an error', async () => {
    const r = await analyze('yes-head-sigpipe');
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('nginx master and two workers (nginx-two-workers)', () => {
  it('the master forks two workers; all exit 0 after SIGQUIT', async () => {
    const r = await analyze('nginx-two-workers');
    expect(r.processes.map((p) => [p.pid, p.parent, p.isThread, p.exitCode])).toEqual([
      [433, undefined, false, 0],
      [434, 433, false, 0],
      [435, 433, false, 0],
    ]);
    expect(proc(r, 434)).toMatchObject({ firstLine: 205, exe: '/usr/sbin/nginx' });
  });

  it('listener-shared: 127.0.0.1:8089 (fd 5) accepted on by both workers, info', async () => {
    // 467: `434   14:57:04.197141 accept4(5<TCP:[127.0.0.1:8089]>, {...sin_port=htons(56318)...}, [112 => 16], SOCK_NONBLOCK) = 11<TCP:[127.0.0.1:8089->127.0.0.1:56318]>`
    // 485: `435   ... accept4(5<TCP:[127.0.0.1:8089]>, ...) = 7<TCP:[127.0.0.1:8089->127.0.0.1:56324]>`
    const r = await analyze('nginx-two-workers');
    expect(r.findings.map((f) => f.id)).toEqual(['listener-shared']);
    const f = r.findings[0]!;
    expect(f.severity).toBe('info');
    expect(f.title).toBe('listening socket 127.0.0.1:8089 shared by 2 processes');
    expect(f.lines).toEqual(expect.arrayContaining([467, 485]));
    expect(f.explanation).toContain('nginx (pid 434): 4 accepted');
    expect(f.explanation).toContain('nginx (pid 435): 1 accepted');
    // 424/461: both workers add fd 5 to their epoll set with EPOLLIN|EPOLLEXCLUSIVE: nothing to suggest.
    expect(f.hint).toContain('already watch it with EPOLLEXCLUSIVE');
    expect(byId(r, 'accept-race')).toEqual([]);
    expect(byId(r, 'socket-shared-after-fork')).toEqual([]);
  });

  it('the listener and the five accepted connections', async () => {
    const r = await analyze('nginx-two-workers');
    const listener = r.sockets.find((s) => s.listening);
    expect(listener).toMatchObject({ local: { address: '127.0.0.1', port: 8089 }, openedLine: 173 });
    expect(listener!.holders).toEqual([433, 434, 435]);
    const accepted = r.sockets.filter((s) => s.peer && 'port' in s.peer && s.local && 'port' in s.local && s.local.port === 8089);
    expect(accepted.map((s) => (s.peer as { port: number }).port)).toEqual([56318, 56324, 56332, 56342, 56358]);
  });
});

describe('a program with three threads (pthreads-three-workers)', () => {
  it('three threads of 20485 from clone3(CLONE_THREAD), all exit 0, no findings', async () => {
    const r = await analyze('pthreads-three-workers');
    expect(r.findings).toEqual([]);
    expect(r.processes.map((p) => [p.pid, p.isThread, p.leader])).toEqual([
      [20485, false, undefined],
      [20486, true, 20485],
      [20487, true, 20485],
      [20488, true, 20485],
    ]);
    expect(proc(r, 20486).firstLine).toBe(38);
    for (const p of r.processes) expect(p.exitCode).toBe(0);
  });
});

describe('hung programs', () => {
  it('cat-blocked-read-attach: the one line says where cat waits: read() on a pipe, info', async () => {
    // 1: `16994 14:35:51.835220 read(0<pipe:[91136]>,  <detached ...>`
    const r = await analyze('cat-blocked-read-attach');
    const f = one(r, 'blocked-at-end');
    expect(r.findings).toEqual([f]);
    expect(f).toMatchObject({ severity: 'info', pid: 16994, lines: [1] });
    expect(f.title).toContain('read()');
    expect(f.explanation).toContain('fd 0 (a pipe)');
    expect(f.explanation).toContain('detached');
  });

  it('pipeline-hung-snapshot: sh in wait4 (97) and sleep in clock_nanosleep (478) are blocked at the end', async () => {
    const r = await analyze('pipeline-hung-snapshot');
    const bs = byId(r, 'blocked-at-end');
    expect(bs.map((f) => [f.pid, f.lines])).toEqual(expect.arrayContaining([[17204, [97]], [17205, [478]]]));
    expect(one(r, 'blocked-at-end', 'wait4()').title).toBe('sh (pid 17204) still in wait4() at the end of the trace');
    expect(one(r, 'blocked-at-end', 'clock_nanosleep()').title).toBe('sleep (pid 17205) still in clock_nanosleep() at the end of the trace');
    expect(r.processes.map((p) => [p.pid, p.parent, p.exitCode, p.signal])).toEqual([
      [17204, undefined, undefined, undefined],
      [17205, 17204, undefined, undefined],
      [17206, 17204, undefined, undefined],
    ]);
  });

  it('pipeline-hung-snapshot: cat, cut off inside read( at line 494, is blocked at the end too', async () => {
    // 494: `17206 14:35:58.380384 read(0<pipe:[92661]>, ` — strace had written the call's start
    // and was waiting for it to return when the file was copied (no newline at the end).
    const r = await analyze('pipeline-hung-snapshot');
    expect(byId(r, 'blocked-at-end').find((f) => f.pid === 17206)?.lines).toEqual([494]);
  });

  it('pipeline-hung-sigterm: cat and sleep killed by SIGTERM, sh exits 143', async () => {
    const r = await analyze('pipeline-hung-sigterm');
    expect(one(r, 'killed-by-signal', 'cat').pid).toBe(17206);
    expect(one(r, 'killed-by-signal', 'cat').lines).toEqual(expect.arrayContaining([495, 496]));
    expect(one(r, 'killed-by-signal', 'sleep').lines).toEqual(expect.arrayContaining([503, 504]));
    const ne = one(r, 'nonzero-exit');
    expect(ne).toMatchObject({ pid: 17204, lines: [508, 511] });
    expect(ne.title).toBe('sh (pid 17204) exited with status 143');
    expect(ne.explanation).toContain('Terminated');
    expect(byId(r, 'blocked-at-end')).toEqual([]);
    expect(proc(r, 17206)).toMatchObject({ signal: 'SIGTERM', parent: 17204 });
  });

  it('pipeline-hung-sigterm: says cat died waiting in read() (494) and sleep in clock_nanosleep() (478/502)', async () => {
    // 494: `read(0<pipe:[92661]>, 0x7fe197f1e000, 131072) = ? ERESTARTSYS (To be restarted if SA_RESTART is set) <11.697407>`
    const r = await analyze('pipeline-hung-sigterm');
    const cat = one(r, 'killed-by-signal', 'cat');
    expect(cat.explanation).toContain('It was in read() on fd 0 (a pipe) when it died (line 494, after waiting 11.70 s).');
    expect(cat.lines).toEqual([494, 495, 496]);
    expect(lineOf('pipeline-hung-sigterm', 502)).toContain('<... clock_nanosleep resumed>');
    const sleep = one(r, 'killed-by-signal', 'sleep');
    expect(sleep.explanation).toContain('clock_nanosleep()');
    expect(sleep.lines).toEqual([478, 502, 503, 504]);
  });
});

describe('the CLI on real traces (built dist/)', () => {
  const ffDir = fileURLToPath(new URL('../fixtures/real/ff-yes-head', import.meta.url));

  it('tracex explain DIR reads a strace -ff set: pids from the file names, one process tree', async () => {
    const r = await runCli(['explain', '--format', 'json', ffDir]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as {
      input: { files: string[] };
      stats: Stats;
      processes: ProcessInfo[];
      findings: Finding[];
    };
    expect(j.input.files.map((f) => f.split('/').pop())).toEqual(['pipe.23626', 'pipe.23627', 'pipe.23628']);
    expect(j.stats).toMatchObject({ lines: 321, unparsed: 0, clock: 'wall' });
    expect(j.processes.map((p) => [p.pid, p.parent ?? null, p.exitCode ?? null, p.signal ?? null])).toEqual([
      [23626, null, 0, null],
      [23627, 23626, null, 'SIGPIPE'],
      [23628, 23626, 0, null],
    ]);
    // pipe.23627 line 115: `15:10:16.997895 write(1, "y\ny\n…"..., 8192) = -1 EPIPE (Broken pipe)`
    expect(j.findings.map((f) => [f.id, f.pid, f.lines])).toEqual([
      ['broken-pipe', 23627, [115, 116]],
      ['killed-by-signal', 23627, [116, 117]],
    ]);
  });

  it('tracex explain DIR: a finding says which file its line numbers are in', async () => {
    // Today: "[broken-pipe; pid 23627, lines 115-116]" — line 115 of which of the three files?
    const r = await runCli(['explain', ffDir]);
    const findings = r.stdout.slice(r.stdout.indexOf('Findings ('));
    expect(findings).toContain('pipe.23627');
  });

  it('tracex FILE: the connect sentence names the socket path and says nothing listens there', async () => {
    const r = await runCli([fixture('psql-wrong-socket-dir')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toContain(
      '14369 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/rp/wrongdir/.s.PGSQL.5499"}, 110) = -1 ENOENT (No such file or directory)  → ' +
        'Tried to connect fd 3 (UNIX stream socket) to the UNIX socket /tmp/rp/wrongdir/.s.PGSQL.5499 (PostgreSQL): no such file — nothing is listening at that path',
    );
    const findings = out.slice(out.indexOf('Findings ('));
    expect(findings.split('\n')[1]).toMatch(/^\s+ERROR\s+connect to \/tmp\/rp\/wrongdir\/\.s\.PGSQL\.5499 failed: ENOENT \[connect-failed; pid 14369, line 969\]/);
    expect(out.trimEnd().split('\n').pop()).toBe('982 lines, 982 events, 0 unparsed (strace, linux)');
  });

  it('tracex explain: the refused TCP connect of nc is one connection attempt with its verdict', async () => {
    const r = await runCli(['explain', fixture('nc-refused')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ERROR\s+connect to 127\.0\.0\.1:8767 failed: ECONNREFUSED \[connect-failed; pid 14972, lines 182, 184\]/);
    expect(r.stdout).toContain('127.0.0.1:8767');
    expect(r.stdout).toMatch(/refused/i);
  });

  it('tracex explain on the SIGSEGV trace ends with the crash finding', async () => {
    const r = await runCli(['explain', fixture('segv-null-deref')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('13113 --- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL} ---');
    expect(r.stdout).toMatch(/ERROR\s+segv \(pid 13113\) killed by SIGSEGV \[killed-by-signal; pid 13113, lines 35-36\]/);
    expect(r.stdout).toContain('NULL pointer dereference');
  });

  it('tracex annotate: a Markdown report with the finding and its cited line in a code block', async () => {
    const r = await runCli(['annotate', fixture('psql-wrong-socket-dir')]);
    expect(r.code).toBe(0);
    const md = r.stdout;
    expect(md).toContain('#### Error: connect to /tmp/rp/wrongdir/.s.PGSQL.5499 failed: ENOENT (`connect-failed`)');
    expect(md).toContain(
      '   969  14369 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/rp/wrongdir/.s.PGSQL.5499"}, 110) = -1 ENOENT (No such file or directory)',
    );
    expect(md).toMatch(/\| 14369 \|\s*\| process \| \/usr\/lib\/postgresql\/15\/bin\/psql -h \/tmp\/rp\/wrongdir/);
    expect(md).toContain('<details>');
    // The error comes before the exit status.
    expect(md.indexOf('connect-failed')).toBeLessThan(md.indexOf('nonzero-exit'));
  });

  it('tracex annotate --inline keeps every original line, in order', async () => {
    const r = await runCli(['annotate', '--inline', fixture('segv-core-dumped')]);
    expect(r.code).toBe(0);
    const original = readFileSync(fixture('segv-core-dumped'), 'utf8').trimEnd().split('\n');
    const kept = r.stdout.split('\n').filter((l) => original.includes(l));
    expect(kept).toEqual(original);
    expect(r.stdout).toContain('13440 +++ killed by SIGSEGV (core dumped) +++');
  });

  it('tracex summary: the Redis endpoint and the errno table', async () => {
    const r = await runCli(['summary', fixture('redis-cli-refused')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/127\.0\.0\.1:6399\s/);
    expect(r.stdout).toMatch(/ECONNREFUSED\s+2\s+connect ×2/);
  });

  it('tracex reads a trace piped on stdin', async () => {
    const r = await runCli([], { stdin: readFileSync(fixture('segv-null-deref'), 'utf8') });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ERROR\s+segv \(pid 13113\) killed by SIGSEGV/);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('36 lines, 36 events, 0 unparsed (strace, linux)');
  });

  it('tracex summary counts the refused non-blocking connect of nc as failed', async () => {
    // 182 connect → EINPROGRESS, 184 SO_ERROR = ECONNREFUSED. Today the endpoint row reads
    // "127.0.0.1:8767   connect ×1" with an empty "failed" column (the nscd row above it says 2).
    const r = await runCli(['summary', fixture('nc-refused')]);
    expect(r.stdout).toMatch(/127\.0\.0\.1:8767\s+connect ×1\s+1\s*$/m);
  });

  it('tracex explain on the one-line attach trace says where cat was waiting', async () => {
    const r = await runCli(['explain', fixture('cat-blocked-read-attach')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('16994 14:35:51.835220 read(0<pipe:[91136]>,  <detached ...>');
    expect(r.stdout).toMatch(/INFO\s+pid 16994 still in read\(\) at the end of the trace/);
  });

  it('tracex explain on a one-line trace counts "1 line, 1 event"', async () => {
    const r = await runCli(['explain', fixture('cat-blocked-read-attach')]);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('1 line, 1 event, 0 unparsed (strace, linux)');
  });

  it('tracex explain on ls: the missing path is not folded in with the locale probes and not listed twice', async () => {
    // Today: `[5 calls: openat ×3, statx ×2]  → Checked 5 paths, none exist: /tmp/rp/no-such-file, /tmp/rp/no-such-file and 3 more`
    const r = await runCli(['explain', fixture('ls-missing-file')]);
    expect(r.stdout).not.toContain('/tmp/rp/no-such-file, /tmp/rp/no-such-file');
    expect(r.stdout).toMatch(/statx\(AT_FDCWD, "\/tmp\/rp\/no-such-file".*→/);
  });

  it('tracex explain on redis-cli-refused: the SO_ERROR 0 read after a refused connect is not "connected"', async () => {
    // 207 connect → ECONNREFUSED, then 208 `getsockopt(3, SOL_SOCKET, SO_ERROR, [0], [4]) = 0`: the error was
    // already returned by connect. Today line 208 reads "...(started at line 205): connected (SO_ERROR 0)" and the
    // close at 209 "Closed fd 3 (TCP socket connected to 127.0.0.1:6399)".
    const r = await runCli(['explain', fixture('redis-cli-refused')]);
    const so = r.stdout.split('\n').filter((l) => l.startsWith('13456 getsockopt(3, SOL_SOCKET, SO_ERROR, [0], [4]) = 0'));
    expect(so).toHaveLength(2);
    for (const l of so) expect(l).not.toContain('connected');
    expect(r.stdout).not.toContain('TCP socket connected to 127.0.0.1:6399');
  });

  it('tracex explain on yes | head: the PATH search for head is told once, though the child interleaves', async () => {
    // 65-82: sh stats head 9 times (/root/.cargo/bin/head twice), found /usr/bin/head at 82, while 13125's
    // lines come in between.
    const r = await runCli(['explain', fixture('yes-head-sigpipe')]);
    const search = r.stdout.split('\n').filter((l) => l.startsWith('13124') && /Searched for head|\/head: no such file/.test(l));
    expect(search).toHaveLength(1);
    expect(search[0]).toContain('[9 calls: newfstatat ×9]');
    expect(search[0]).toContain('found /usr/bin/head');
  });

  it('tracex explain on yes | head: the PATH search counts add up (8 places, 7 missing)', async () => {
    // Today: "Searched for head in 7 places (8 missing): found /usr/bin/head" — more misses than places.
    const r = await runCli(['explain', fixture('yes-head-sigpipe')]);
    expect(r.stdout).toContain('Searched for head in 8 places (7 missing): found /usr/bin/head');
  });

  it('tracex explain -p PID shows only that process of a -f trace', async () => {
    const r = await runCli(['explain', '-p', '13125', fixture('yes-head-sigpipe')]);
    expect(r.code).toBe(0);
    const narrative = r.stdout.slice(0, r.stdout.indexOf('In short: ')).trimEnd().split('\n').slice(1);
    expect(narrative.length).toBeGreaterThan(5);
    for (const l of narrative) expect(l.startsWith('13125 ')).toBe(true);
    expect(r.stdout).toContain('13125 +++ killed by SIGPIPE +++');
  });

  it('tracex explain --fd 5 -e %net on curl: only what happened to the TCP socket', async () => {
    const r = await runCli(['explain', '--fd', '5', fixture('curl-refused-yy')]);
    expect(r.code).toBe(0);
    const narrative = r.stdout.slice(0, r.stdout.indexOf('In short: ')).trimEnd().split('\n').slice(1);
    expect(narrative[0]).toContain('socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 5<TCP:[101869]>');
    expect(narrative[narrative.length - 1]).toContain('close(5<TCP:[101869]>) = 0');
    expect(r.stdout).not.toContain('nscd');
    const net = await runCli(['explain', '-e', '%net', fixture('curl-refused-yy')]);
    expect(net.stdout).not.toContain('execve(');
    expect(net.stdout).not.toContain('mmap(');
    expect(net.stdout).toContain('to 127.0.0.1:8766');
  });

  it('tracex annotate --inline on a -f trace with split calls keeps every original line, in order', async () => {
    const r = await runCli(['annotate', '--inline', fixture('yes-head-sigpipe')]);
    expect(r.code).toBe(0);
    const original = readFileSync(fixture('yes-head-sigpipe'), 'utf8').trimEnd().split('\n');
    const set = new Set(original);
    expect(r.stdout.split('\n').filter((l) => set.has(l))).toEqual(original);
  });

  it('tracex explain --failed on curl shows the refused connection and not the successful calls', async () => {
    const r = await runCli(['explain', '--failed', fixture('curl-refused-yy')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ECONNREFUSED');
    expect(r.stdout).not.toContain('execve("/usr/bin/curl"');
    expect(r.stdout).toMatch(/ERROR\s+connect to 127\.0\.0\.1:8766 failed: ECONNREFUSED/);
  });
});

describe('DNS failures and whether they mattered (curl-nxdomain-resolver-thread, getent-hosts-localhost)', () => {
  it('curl: the lookup failed in its resolver thread, and the process exited 6: an error, the cause of the exit', async () => {
    // 535: `16014 sendmmsg(7, [...nonexistent\7invalid...` ; 544/552: NXDOMAIN replies; 568 the thread exits 0; 588 curl exits 6.
    const r = await analyze('curl-nxdomain-resolver-thread');
    const dns = one(r, 'dns-lookup-failed', 'nonexistent.invalid');
    expect(dns).toMatchObject({ severity: 'error', pid: 16014 });
    expect(dns.lines).toEqual(expect.arrayContaining([535, 552]));
    expect(dns.explanation).toContain('NXDOMAIN');
    const exit = one(r, 'nonzero-exit', 'curl');
    expect(exit.explanation).toContain('exited with status 6: the host name could not be resolved');
    expect(exit.explanation).toContain('DNS lookup of nonexistent.invalid failed');
  });

  it('getent: the AAAA lookup failed but /etc/hosts answered and it exited 0: info, and says so', async () => {
    // 145: the AAAA query for localhost; 148: NXDOMAIN; 160: the answer printed; 162: exit 0.
    const r = await analyze('getent-hosts-localhost');
    expect(r.findings.map((f) => [f.id, f.severity])).toEqual([['dns-lookup-failed', 'info']]);
    expect(r.findings[0]!.explanation).toContain('Looking up localhost (AAAA record)');
    expect(r.findings[0]!.explanation).toContain('still exited with status 0');
  });
});
