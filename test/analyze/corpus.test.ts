// Findings and state on real corpus traces, read through the library's own reader.

import { describe, expect, it } from 'vitest';
import { readTraceFile } from '../../src/index.js';
import { analyzeEvents } from '../../src/analyze/index.js';
import type { Finding } from '../../src/model/index.js';
import { CORPUS, describeCorpus } from '../helpers/corpus.js';


async function analyze(rel: string) {
  const { events, stats } = await readTraceFile(`${CORPUS}${rel}`);
  return analyzeEvents(events, stats, { os: stats.os, format: stats.format });
}

const byId = (fs: Finding[], id: string) => fs.filter((f) => f.id === id);

describeCorpus('psql UNIX socket ENOENT (strace/a_psql_unix_socket_enoent.txt)', () => {
  it('reports the failed connect to /tmp/.s.PGSQL.5432, citing line 995', async () => {
    // 995: `11214 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.s.PGSQL.5432"}, 110) = -1 ENOENT (No such file or directory)`
    const r = await analyze('strace/a_psql_unix_socket_enoent.txt');
    const cf = byId(r.findings, 'connect-failed');
    expect(cf).toHaveLength(1);
    const f = cf[0]!;
    expect(f.severity).toBe('error');
    expect(f.pid).toBe(11214);
    expect(f.lines).toContain(995);
    expect(f.title).toContain('/tmp/.s.PGSQL.5432');
    expect(f.title).toContain('ENOENT');
    expect(f.explanation).toContain('PostgreSQL');
    // One wording per errno meaning (issue 13): the finding quotes the sentence explain prints.
    expect(f.explanation).toMatch(/nothing is listening at that path \(no server has created its socket file there\)/);
    // Where Postgres usually puts its socket.
    expect(f.hint).toContain('/var/run/postgresql');
    // It is the most important finding.
    expect(r.findings[0]!.id).toBe('connect-failed');
  });

  it('does not report the nscd probes or the locale catalogue misses', async () => {
    // 969: `11214 connect(3, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT (No such file or directory)`
    const r = await analyze('strace/a_psql_unix_socket_enoent.txt');
    const cited = r.findings.flatMap((f) => f.lines);
    expect(cited).not.toContain(969);
    expect(cited).not.toContain(972);
    // 989: `openat(AT_FDCWD, "/usr/share/locale/C.UTF-8/LC_MESSAGES/libpq5-15.mo", O_RDONLY) = -1 ENOENT`
    expect(cited).not.toContain(989);
    expect(byId(r.findings, 'missing-file')).toEqual([]);
  });

  it('tells the exit status with what psql last wrote to stderr', async () => {
    const r = await analyze('strace/a_psql_unix_socket_enoent.txt');
    const ne = byId(r.findings, 'nonzero-exit');
    expect(ne).toHaveLength(1);
    expect(ne[0]!.title).toContain('status 2');
    expect(ne[0]!.lines).toEqual([1006, 1008]);
    expect(ne[0]!.explanation).toContain('psql: error: connection to server on socket');
    // Tied to its cause.
    expect(ne[0]!.explanation).toContain('connect to /tmp/.s.PGSQL.5432 failed: ENOENT');
  });

  it('follows the exec from the perl wrapper to the real psql', async () => {
    const r = await analyze('strace/a_psql_unix_socket_enoent.txt');
    const p = r.processes.find((x) => x.pid === 11214)!;
    expect(p.execs.filter((e) => e.ok).length).toBeGreaterThanOrEqual(2);
    expect(p.exe).toMatch(/psql$/);
    expect(p.exitCode).toBe(2);
  });
});

describeCorpus('Redis fork (strace/c_redis_fork_shared_socket.txt)', () => {
  it('finds one socket used by parent and child after the fork', async () => {
    const r = await analyze('strace/c_redis_fork_shared_socket.txt');
    const f = byId(r.findings, 'socket-shared-after-fork');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.explanation).toContain('127.0.0.1:6379 (Redis)');
    expect(f[0]!.explanation).toContain('pid 11937');
    expect(f[0]!.explanation).toContain('pid 11938');
    // 660 socket(), 670 clone() = 11938, 678 the child's recvfrom that got the parent's reply.
    expect(f[0]!.lines).toEqual(expect.arrayContaining([660, 670]));
    const child = r.processes.find((p) => p.pid === 11938)!;
    expect(child.parent).toBe(11937);
    expect(child.isThread).toBe(false);
  });

  it('knows the socket: family, peer from connect, both holders', async () => {
    const r = await analyze('strace/c_redis_fork_shared_socket.txt');
    const s = r.sockets.find((x) => x.openedLine === 660)!;
    expect(s.family).toBe('AF_INET');
    expect(s.type).toBe('SOCK_STREAM');
    expect(s.peer).toMatchObject({ family: 'AF_INET', address: '127.0.0.1', port: 6379 });
    expect(s.holders.sort()).toEqual([11937, 11938]);
    expect(s.closedLine).toBeDefined();
  });
});

describeCorpus('prefork echo server (strace/d_prefork_echo_select_selfpipe.txt)', () => {
  it('names the shared listener and the accept race, both info', async () => {
    const r = await analyze('strace/d_prefork_echo_select_selfpipe.txt');
    const ls = byId(r.findings, 'listener-shared');
    expect(ls).toHaveLength(1);
    expect(ls[0]!.severity).toBe('info');
    expect(ls[0]!.title).toContain('127.0.0.1:40000');
    expect(ls[0]!.title).toContain('3 processes');
    const ar = byId(r.findings, 'accept-race');
    expect(ar).toHaveLength(1);
    expect(ar[0]!.severity).toBe('info');
    // 641: `12556 ... <... accept4 resumed>0x7ffc728f9930, [16], SOCK_CLOEXEC) = -1 EAGAIN (Resource temporarily unavailable) <0.000057>`
    expect(ar[0]!.lines).toContain(641);
    // Accepted connections are per worker: no shared-connection finding, no errors at all.
    expect(byId(r.findings, 'socket-shared-after-fork')).toEqual([]);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('builds the process tree and the listener socket', async () => {
    const r = await analyze('strace/d_prefork_echo_select_selfpipe.txt');
    const workers = r.processes.filter((p) => p.parent === 12553);
    expect(workers.map((p) => p.pid).sort()).toEqual([12554, 12555, 12556]);
    const l = r.sockets.find((s) => s.listening)!;
    expect(l.local).toMatchObject({ address: '127.0.0.1', port: 40000 });
    expect(l.holders.sort()).toEqual([12553, 12554, 12555, 12556]);
    expect(l.openedLine).toBe(555);
  });
});

describeCorpus('signals', () => {
  it('h03: killed by SIGSEGV, core dumped, NULL dereference', async () => {
    const r = await analyze('strace/h03_segv_core_dumped.txt');
    const k = byId(r.findings, 'killed-by-signal');
    expect(k).toHaveLength(1);
    expect(k[0]!.severity).toBe('error');
    expect(k[0]!.title).toContain('SIGSEGV');
    expect(k[0]!.title).toContain('core dumped');
    // 31: `--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL} ---`, 32: `+++ killed by SIGSEGV (core dumped) +++`
    expect(k[0]!.lines).toEqual([31, 32]);
    expect(k[0]!.explanation).toMatch(/NULL pointer dereference/);
    expect(r.processes[0]).toMatchObject({ pid: 15435, signal: 'SIGSEGV', core: true });
  });

  it('h01: SIGKILL while sleeping, single unprefixed process', async () => {
    const r = await analyze('strace/h01_killed_by_sigkill_from_outside.txt');
    const k = byId(r.findings, 'killed-by-signal');
    expect(k).toHaveLength(1);
    expect(k[0]!.explanation).toContain('clock_nanosleep');
    expect(k[0]!.lines).toEqual([107, 108]);
    expect(k[0]!.pid).toBeUndefined();
    // Killed, so not "blocked at the end".
    expect(byId(r.findings, 'blocked-at-end')).toEqual([]);
  });

  it('h06: yes | head: EPIPE then killed by SIGPIPE', async () => {
    const r = await analyze('strace/h06_yes_head_killed_by_sigpipe.txt');
    const bp = byId(r.findings, 'broken-pipe');
    expect(bp).toHaveLength(1);
    expect(bp[0]!.lines).toEqual(expect.arrayContaining([546, 547]));
    expect(bp[0]!.explanation).toContain('SIGPIPE then killed the process');
    const k = byId(r.findings, 'killed-by-signal');
    expect(k.map((f) => f.pid)).toEqual([15454]);
    // Its own write to a pipe raised it: how a pipeline's writer stops once `head` has its line — a note, not a problem.
    expect(k[0]!.severity).toBe('info');
    expect(bp[0]!.severity).toBe('info');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('h12: threads killed together are one finding', async () => {
    const r = await analyze('strace/h12_threads_killed_sigkill.txt');
    const k = byId(r.findings, 'killed-by-signal');
    expect(k).toHaveLength(1);
    expect(k[0]!.explanation).toMatch(/threads died with it/);
  });
});

describeCorpus('threads (strace/g_python_threads_io.txt)', () => {
  it('marks clone3 CLONE_THREAD children as threads of the leader sharing its fds', async () => {
    const r = await analyze('strace/g_python_threads_io.txt');
    const threads = r.processes.filter((p) => p.isThread);
    expect(threads.length).toBeGreaterThanOrEqual(6);
    const leader = r.processes[0]!;
    for (const t of threads) expect(t.leader).toBe(leader.pid);
  });
});

describeCorpus('dtruss: Rails db:setup (dtruss/00_seed_rails_db_setup_unix_socket_enoent.txt)', () => {
  it('yields connect-failed with ENOENT on an AF_UNIX socket', async () => {
    // 4: `23078/0x3057d: socket(0x1, 0x1, 0x0) = 10 0`, 9: `23078/0x3057d: connect(0xA, 0x7F9B69ACE950, 0x6A) = -1 Err#2`
    const r = await analyze('dtruss/00_seed_rails_db_setup_unix_socket_enoent.txt');
    const cf = byId(r.findings, 'connect-failed');
    expect(cf).toHaveLength(1);
    expect(cf[0]!.severity).toBe('error');
    expect(cf[0]!.title).toContain('ENOENT');
    expect(cf[0]!.title).toContain('UNIX');
    expect(cf[0]!.lines).toEqual([9]);
    expect(cf[0]!.pid).toBe(23078);
    expect(cf[0]!.explanation).toContain('fd 10');
    expect(cf[0]!.explanation).toContain('106 bytes');
    expect(r.sockets[0]).toMatchObject({ family: 'AF_UNIX', type: 'SOCK_STREAM', nonBlocking: true, openedLine: 4, closedLine: 10 });
  });
});

describeCorpus('Nanos (nanos-live/pgprobe-static-trace-tcg.txt)', () => {
  it('infers a UNIX socket from connect ENOENT and reports the missing config file', async () => {
    // 20: `[2] connect() = -ENOENT`; 15: `[2] openat(-100, "/etc/myapp/config.yaml", 0x0, 0x0) = -ENOENT`
    const r = await analyze('nanos-live/pgprobe-static-trace-tcg.txt');
    const cf = byId(r.findings, 'connect-failed');
    expect(cf.map((f) => f.lines[0])).toEqual([20, 26]);
    expect(cf[0]!.title).toContain('UNIX');
    expect(cf[1]!.title).toContain('ECONNRESET');
    const mf = byId(r.findings, 'missing-file');
    expect(mf).toHaveLength(1);
    expect(mf[0]!.title).toContain('/etc/myapp/config.yaml');
    expect(mf[0]!.lines).toEqual([15]);
  });
});

describeCorpus('strace -e inject (strace/f38_inject.txt)', () => {
  it('reports injected errors as info, saying they were injected', async () => {
    // 36: `14794 openat(AT_FDCWD, "/dev/null", O_WRONLY) = -1 EACCES (Permission denied) (INJECTED)`
    const r = await analyze('strace/f38_inject.txt');
    const pd = byId(r.findings, 'permission-denied').find((f) => f.lines.includes(36))!;
    expect(pd.severity).toBe('info');
    expect(pd.explanation).toContain('injected');
  });

  it('an injected EMFILE is no real running out of fds: info', async () => {
    // 45: `14794 socket(AF_UNIX, SOCK_STREAM, 0)   = -1 EMFILE (Too many open files) (INJECTED)`
    const r = await analyze('strace/f38_inject.txt');
    const f = byId(r.findings, 'fd-limit')[0]!;
    expect(f).toMatchObject({ severity: 'info', lines: [45] });
    expect(f.explanation).toContain('strace injected this error');
  });
});

describeCorpus('dtrace probe errors (dtruss/10_p_f_multithread_pid_thrd_probe_errors.txt)', () => {
  it('the calls dtrace failed to record are one info finding: the trace is incomplete, not the program wrong', async () => {
    // 12: `dtrace: error on enabled probe ID 2184 (ID 167: syscall::write:return): invalid kernel access in action #13 at DIF offset 68`
    const r = await analyze('dtruss/10_p_f_multithread_pid_thrd_probe_errors.txt');
    expect(r.findings.map((f) => f.id)).toEqual(['records-lost']);
    const f = r.findings[0]!;
    expect(f).toMatchObject({ severity: 'info', title: 'dtrace dropped 6 calls (probe errors)', lines: [12, 13, 14, 23, 24, 33] });
    expect(f.explanation).toContain('syscall::write:return ×4, syscall::read:return ×2; invalid kernel access');
  });
});

describeCorpus('every corpus trace', () => {
  it('analyzes without throwing and sorts findings most severe first', async () => {
    const { readdirSync } = await import('node:fs');
    const rank = { error: 0, warning: 1, info: 2 } as const;
    for (const dir of ['strace', 'dtruss', 'nanos', 'nanos-live']) {
      for (const f of readdirSync(`${CORPUS}${dir}`).filter((n) => n.endsWith('.txt'))) {
        const r = await analyze(`${dir}/${f}`);
        const ranks = r.findings.map((x) => rank[x.severity]);
        expect(ranks, f).toEqual([...ranks].sort((a, b) => a - b));
        for (const x of r.findings) expect(x.lines.length, `${f} ${x.id}`).toBeGreaterThan(0);
      }
    }
  }, 120000);
});

describe('samples captured for tracex (samples/)', () => {
  const sample = async (name: string) => {
    const { events, stats } = await readTraceFile(`${process.cwd()}/samples/${name}`);
    return analyzeEvents(events, stats, { os: stats.os, format: stats.format });
  };

  it('curl: the hidden async connect failure (EINPROGRESS → poll → SO_ERROR ECONNREFUSED)', async () => {
    // 467: `5306  connect(5, {sa_family=AF_INET, sin_port=htons(9), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EINPROGRESS (Operation now in progress)`
    // 473: `5306  getsockopt(5, SOL_SOCKET, SO_ERROR, [ECONNREFUSED], [4]) = 0`
    const r = await sample('curl-connection-refused.strace.txt');
    const cf = byId(r.findings, 'connect-failed');
    expect(cf).toHaveLength(1);
    expect(cf[0]!.title).toBe('connect to 127.0.0.1:9 failed: ECONNREFUSED');
    expect(cf[0]!.lines).toEqual(expect.arrayContaining([467, 469, 473]));
    expect(cf[0]!.explanation).toContain('getsockopt(SO_ERROR) reported ECONNREFUSED');
    // The nscd probes (425, 428) are not findings.
    expect(r.findings.flatMap((f) => f.lines)).not.toContain(425);
  });

  it('psql over TCP with -yy: same story, lines 991-993', async () => {
    const r = await sample('psql-tcp-refused.strace.txt');
    const cf = byId(r.findings, 'connect-failed');
    expect(cf.map((f) => [f.title, f.lines])).toEqual([['connect to 127.0.0.1:5999 failed: ECONNREFUSED', [991, 992, 993]]]);
  });
});

describeCorpus('execve from a thread (strace/h11_thread_execve_superseded.txt)', () => {
  it('gives the new program to the leader pid', async () => {
    // 568: `15571 execve("/bin/echo", ["/bin/echo", "exec from thread"], ...`, 572: `15570 +++ superseded by execve in pid 15571 +++`
    const r = await analyze('strace/h11_thread_execve_superseded.txt');
    const leader = r.processes.find((p) => p.pid === 15570)!;
    expect(leader.exe).toBe('/bin/echo');
    expect(leader.argv).toEqual(['/bin/echo', 'exec from thread']);
    expect(leader.exitCode).toBe(0);
  });
});

describeCorpus('Nanos threads (nanos-live/nanostest-epoll-trace-tcg.txt)', () => {
  it('is one process whose clones are thread ids', async () => {
    // 112: `[2] clone3({pidfd=0x00005c82055a0990, ...}, 88) = 3`
    const r = await analyze('nanos-live/nanostest-epoll-trace-tcg.txt');
    expect(r.processes).toHaveLength(1);
    expect(r.processes[0]!.tids).toEqual(expect.arrayContaining([2, 3, 4, 5]));
  });
});

describeCorpus('a kill from a traced process (strace/h02_sh_child_killed_sigkill_parent_sigchld.txt)', () => {
  it('names the sender and cites its kill call', async () => {
    // 515: `15427 10:15:41.202132 kill(15428, SIGKILL) = 0`
    const r = await analyze('strace/h02_sh_child_killed_sigkill_parent_sigchld.txt');
    const k = byId(r.findings, 'killed-by-signal');
    expect(k).toHaveLength(1);
    expect(k[0]!.pid).toBe(15428);
    expect(k[0]!.severity).toBe('warning');
    expect(k[0]!.explanation).toContain('sh (pid 15427) sent it');
    expect(k[0]!.lines).toContain(515);
  });
});

describe('DNS captures (test/analyze/fixtures)', () => {
  const fixture = async (name: string) => {
    const { events, stats } = await readTraceFile(`${process.cwd()}/test/analyze/fixtures/${name}`);
    return analyzeEvents(events, stats, { os: stats.os, format: stats.format });
  };

  it('getent: NXDOMAIN from the resolver, the name read from the query bytes', async () => {
    // 152: `31479 sendmmsg(3, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="so\1\0\0\1\0\0\0\0\0\0\vnosuch-host\7invalid"..., ...`
    // 155: `31479 recvfrom(3, "\342m\201\203\0\1\0\0\0\0\0\0\vnosuch-host\7invalid"..., 2048, 0, ...) = 37`
    const r = await fixture('getent-nxdomain.strace.txt');
    const f = byId(r.findings, 'dns-lookup-failed');
    expect(f).toHaveLength(1);
    expect(f[0]!.title).toBe('DNS lookup of nosuch-host.invalid failed: NXDOMAIN');
    expect(f[0]!.explanation).toContain('NXDOMAIN');
    expect(f[0]!.explanation).toContain('10.255.255.53:53');
    expect(f[0]!.lines).toEqual([152, 155, 158]);
    expect(r.findings[0]!.id).toBe('dns-lookup-failed');
  });

  it('python: no DNS server listening at 127.0.0.1:53 (ECONNREFUSED on the reply)', async () => {
    // 565: `32129 recvfrom(3, 0x2049e370, 512, 0, NULL, NULL) = -1 ECONNREFUSED (Connection refused)`
    const r = await fixture('python-dns-refused.strace.txt');
    const f = byId(r.findings, 'dns-lookup-failed');
    expect(f).toHaveLength(1);
    expect(f[0]!.title).toBe('DNS lookup of db.internal.example failed: ECONNREFUSED');
    expect(f[0]!.explanation).toMatch(/no DNS server is listening/);
    expect(f[0]!.lines).toEqual([563, 564, 565]);
  });
});

describeCorpus('children not traced (strace/f01_plain.txt, no -f)', () => {
  it("learns a child's exit status from its parent's wait4", async () => {
    // 102: `wait4(13732, [{WIFEXITED(s) && WEXITSTATUS(s) == 3}], 0, NULL) = 13732`
    const r = await analyze('strace/f01_plain.txt');
    const child = r.processes.find((p) => p.pid === 13732)!;
    expect(child.exitCode).toBe(3);
    const ne = byId(r.findings, 'nonzero-exit');
    expect(ne.map((f) => [f.pid, f.lines])).toEqual([[13732, [102]]]);
    expect(ne[0]!.explanation).toContain('wait4');
  });
});

describeCorpus('strace -f on a terminal: no prefix until the first fork', () => {
  it.each([
    ['strace/f04_f_stderr_no_o.txt', 13758, [13759, 13760]],
    // -qqq: no attach or exit lines either
    ['strace/f35b_qqq_stderr.txt', 14117, [14118, 14119]],
  ])('%s: the unlabelled process gets its pid and its children', async (file, parent, children) => {
    const r = await analyze(file);
    const roots = r.processes.filter((p) => p.parent === undefined);
    expect(roots.map((p) => p.pid)).toEqual([parent]);
    expect(r.processes.filter((p) => p.parent === parent).map((p) => p.pid)).toEqual(children);
    expect(r.processes.find((p) => p.pid === children[0])!.exitCode).toBe(3);
  });

  it('h13: attached with 4 threads, the last unprefixed exit line is the process itself', async () => {
    // 1: `strace: Process 15586 attached with 4 threads`, 14: `+++ killed by SIGTERM +++`
    const r = await analyze('strace/h13_attach_p_threads_f_stderr.txt');
    expect(r.processes.map((p) => [p.pid, p.isThread])).toEqual([
      [15586, false],
      [15588, true],
      [15590, true],
      [15589, true],
    ]);
    expect(byId(r.findings, 'killed-by-signal').map((f) => f.pid)).toEqual([15586]);
  });
});

describeCorpus('strace -e raw=all (strace/f40_raw_all.txt): addresses are pointers', () => {
  it('still reports each failed connect, by the socket it used', async () => {
    // 40: `14182 connect(0x4, 0x7ffe16ab7550, 0x10) = -1 ECONNREFUSED (Connection refused)`
    const r = await analyze('strace/f40_raw_all.txt');
    const cf = byId(r.findings, 'connect-failed');
    expect(cf.map((f) => [f.severity, f.title, f.lines])).toEqual([
      ['error', 'connect on a TCP socket failed: ECONNREFUSED', [40]],
      ['error', 'connect on a TCP socket (IPv6) failed: ECONNREFUSED', [43]],
      ['error', 'connect on a UNIX stream socket failed: ENOENT', [46]],
    ]);
  });
});

describeCorpus('a Nanos excerpt that ends inside mmap (nanos/nanos-1533-mysql-openat-read-oldfmt.txt)', () => {
  it('is told as a cut trace (info), not a hang', async () => {
    const r = await analyze('nanos/nanos-1533-mysql-openat-read-oldfmt.txt');
    const b = byId(r.findings, 'blocked-at-end');
    expect(b.map((f) => f.severity)).toEqual(['info']);
    expect(b[0]!.explanation).toMatch(/trace was probably cut/);
  });
});

describeCorpus('strace -ff files read together (strace/f03_ff_o_dir)', () => {
  it('one process tree, one exit finding for the child whatever order the files come in', async () => {
    const { createReadStream } = await import('node:fs');
    const { readTrace } = await import('../../src/index.js');
    const dir = `${CORPUS}strace/f03_ff_o_dir/`;
    const inputs = ['trace.13749', 'trace.13750', 'trace.13751'].map((n) => ({ name: dir + n, stream: createReadStream(dir + n), pid: Number(n.split('.')[1]) }));
    const { events, stats } = await readTrace(inputs);
    const r = analyzeEvents(events, stats, { os: stats.os, format: stats.format });
    expect(r.processes.map((p) => [p.pid, p.parent])).toEqual([
      [13749, undefined],
      [13750, 13749],
      [13751, 13749],
    ]);
    const ne = byId(r.findings, 'nonzero-exit');
    expect(ne.map((f) => f.pid)).toEqual([13750]);
  });
});
