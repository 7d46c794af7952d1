// Detectors on small strace texts. Lines marked "real" are quoted from the corpus or from
// /work/shared/formats/strace.md (which quotes captures not shipped in the corpus); the
// rest are hand-built in strace 6.1's shapes and are not captures.

import { describe, expect, it } from 'vitest';
import { readTraceText } from '../../src/index.js';
import { analyzeEvents, DETECTORS, sortFindings } from '../../src/analyze/index.js';
import { analyzeText, dnsMessage, ids, only, straceBytes } from './helpers.js';

describe('connect-failed', () => {
  it('follows a non-blocking connect: EINPROGRESS → poll POLLERR|POLLHUP → SO_ERROR ECONNREFUSED', async () => {
    const r = await analyzeText(
      [
        // hand-built
        '11300 socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_TCP) = 3<TCP:[19033]>',
        // real bodies (strace.md quoting b1_psql_tcp_econnrefused.txt:996 and :997), pid prefix added
        '11300 connect(3<TCP:[19033]>, {sa_family=AF_INET, sin_port=htons(5432), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EINPROGRESS (Operation now in progress) <0.000066>',
        '11300 poll([{fd=3<TCP:[19033]>, events=POLLOUT|POLLERR}], 1, -1) = 1 ([{fd=3, revents=POLLOUT|POLLERR|POLLHUP}]) <0.000011>',
        // hand-built
        '11300 getsockopt(3<TCP:[19033]>, SOL_SOCKET, SO_ERROR, [ECONNREFUSED], [4]) = 0 <0.000009>',
        '11300 close(3<TCP:[19033]>) = 0 <0.000020>',
      ].join('\n'),
    );
    const f = only(r.findings, 'connect-failed');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.title).toBe('connect to 127.0.0.1:5432 failed: ECONNREFUSED');
    expect(f[0]!.lines).toEqual([2, 3, 4]);
    expect(f[0]!.explanation).toContain('EINPROGRESS');
    expect(f[0]!.explanation).toContain('127.0.0.1:5432 (PostgreSQL)');
    expect(f[0]!.explanation).toMatch(/nothing is listening/);
    // The story is visible on the events for the explain stage too.
    expect(r.analyzed[1]!.connect).toMatchObject({ state: 'in-progress', fd: 3 });
    expect(r.analyzed[2]!.connect).toMatchObject({ state: 'failed' });
    expect(r.analyzed[3]!.connect).toMatchObject({ state: 'failed', errno: 'ECONNREFUSED' });
  });

  it('a missing D-Bus system bus socket is a note (a warning only when the program then fails), never an error', async () => {
    // real: test/fixtures/real/su-nobody-cat-eacces.strace.txt:698 and :707
    const r = await analyzeText(
      [
        '12789 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK, 0) = 3',
        '12789 connect(3, {sa_family=AF_UNIX, sun_path="/run/dbus/system_bus_socket"}, 30) = -1 ENOENT (No such file or directory)',
      ].join('\n'),
    );
    const f = only(r.findings, 'connect-failed');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('info');
    expect(f[0]!.explanation).toContain('often not running');
    const failed = await analyzeText(
      [
        '12789 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK, 0) = 3',
        '12789 connect(3, {sa_family=AF_UNIX, sun_path="/run/dbus/system_bus_socket"}, 30) = -1 ENOENT (No such file or directory)',
        '12789 exit_group(1)                     = ?',
        '12789 +++ exited with 1 +++',
      ].join('\n'),
    );
    expect(only(failed.findings, 'connect-failed')[0]!.severity).toBe('warning');
  });

  it('an async connect that succeeds (SO_ERROR 0) is no finding', async () => {
    const r = await analyzeText(
      [
        '1 socket(AF_INET, SOCK_STREAM|SOCK_NONBLOCK, IPPROTO_TCP) = 3',
        '1 connect(3, {sa_family=AF_INET, sin_port=htons(6379), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EINPROGRESS (Operation now in progress)',
        '1 poll([{fd=3, events=POLLOUT}], 1, 1000) = 1 ([{fd=3, revents=POLLOUT}])',
        '1 getsockopt(3, SOL_SOCKET, SO_ERROR, [0], [4]) = 0',
      ].join('\n'),
    );
    expect(ids(r.findings)).not.toContain('connect-failed');
    expect(r.analyzed[3]!.connect?.state).toBe('connected');
  });

  it('a poll timeout on a pending connect is "no answer", never ETIMEDOUT (the trace does not show it)', async () => {
    const r = await analyzeText(
      [
        '1 socket(AF_INET, SOCK_STREAM|SOCK_NONBLOCK, IPPROTO_TCP) = 3',
        '1 connect(3, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("192.0.2.10")}, 16) = -1 EINPROGRESS (Operation now in progress)',
        '1 poll([{fd=3, events=POLLOUT}], 1, 5000) = 0 (Timeout)',
        '1 close(3) = 0',
      ].join('\n'),
    );
    const f = only(r.findings, 'connect-failed');
    expect(f[0]!.title).toBe('no answer from 192.0.2.10:443 (packets dropped, or a firewall silently discards them?)');
    expect(f[0]!.explanation).toMatch(/wait for it \(poll\/select\) ran out with no answer/);
    expect(f[0]!.title + f[0]!.explanation).not.toMatch(/ETIMEDOUT/);
  });

  it('a failure followed by a success to the same port is info (recovered)', async () => {
    const r = await analyzeText(
      [
        '1 socket(AF_INET6, SOCK_STREAM, IPPROTO_TCP) = 3',
        '1 connect(3, {sa_family=AF_INET6, sin6_port=htons(8080), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = -1 ECONNREFUSED (Connection refused)',
        '1 close(3) = 0',
        '1 socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 3',
        '1 connect(3, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr("127.0.0.1")}, 16) = 0',
      ].join('\n'),
    );
    const f = only(r.findings, 'connect-failed');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('info');
    expect(f[0]!.title).toContain('[::1]:8080');
    expect(f[0]!.explanation).toMatch(/recovered/);
  });

  it('a missing UNIX socket of a known service says where it usually lives', async () => {
    const r = await analyzeText(
      [
        '1 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 3',
        '1 connect(3, {sa_family=AF_UNIX, sun_path="/run/mysqld/mysqld.sock"}, 110) = -1 ENOENT (No such file or directory)',
      ].join('\n'),
    );
    const f = only(r.findings, 'connect-failed')[0]!;
    expect(f.explanation).toContain('(MySQL/MariaDB)');
    expect(f.hint).toContain('/var/run/mysqld/mysqld.sock');
  });

  it('retries of the same failure are one finding with a count', async () => {
    const line = '1 connect(3, {sa_family=AF_INET, sin_port=htons(6379), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 ECONNREFUSED (Connection refused)';
    const r = await analyzeText(['1 socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 3', line, line, line].join('\n'));
    const f = only(r.findings, 'connect-failed');
    expect(f).toHaveLength(1);
    expect(f[0]!.explanation).toContain('3 times');
    expect(f[0]!.lines).toEqual([2, 3, 4]);
  });
});

describe('dns-lookup-failed', () => {
  it('a failed lookup the program did without (it exited 0) is info and names the record type (real: getent hosts localhost)', async () => {
    // real: `strace -f -o t.txt getent hosts localhost` captured here (strace 6.1), lines 1, 141-148 and 162:
    // the AAAA query got NXDOMAIN, getent answered from /etc/hosts and exited 0.
    const lines = [
      "20089 execve(\"/usr/bin/getent\", [\"getent\", \"hosts\", \"localhost\"], 0x7ffd8485de68 /* 35 vars */) = 0",
      "20089 socket(AF_INET, SOCK_DGRAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP) = 3",
      "20089 setsockopt(3, SOL_IP, IP_RECVERR, [1], 4) = 0",
      "20089 connect(3, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr(\"10.255.255.53\")}, 16) = 0",
      "20089 poll([{fd=3, events=POLLOUT}], 1, 0) = 1 ([{fd=3, revents=POLLOUT}])",
      "20089 sendto(3, \"\\362\\275\\1\\0\\0\\1\\0\\0\\0\\0\\0\\0\\tlocalhost\\0\\0\\34\\0\\1\", 27, MSG_NOSIGNAL, NULL, 0) = 27",
      "20089 poll([{fd=3, events=POLLIN}], 1, 5000) = 1 ([{fd=3, revents=POLLIN}])",
      "20089 ioctl(3, FIONREAD, [27])          = 0",
      "20089 recvfrom(3, \"\\362\\275\\201\\203\\0\\1\\0\\0\\0\\0\\0\\0\\tlocalhost\\0\\0\\34\\0\\1\", 1024, 0, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr(\"10.255.255.53\")}, [28 => 16]) = 27",
      "20089 +++ exited with 0 +++",
    ];
    const ok = await analyzeText(lines.join('\n'));
    const f = only(ok.findings, 'dns-lookup-failed');
    expect(f.map((x) => [x.severity, x.title])).toEqual([['info', 'DNS lookup of localhost failed: NXDOMAIN']]);
    expect(f[0]!.explanation).toContain('Looking up localhost (AAAA record) via 10.255.255.53:53');
    expect(f[0]!.explanation).toContain('still exited with status 0');
    // Had getent failed, it would be the error that explains it.
    const failed = await analyzeText(lines.slice(0, -1).concat('20089 +++ exited with 2 +++').join('\n'));
    expect(only(failed.findings, 'dns-lookup-failed').map((x) => x.severity)).toEqual(['error']);
  });

  const query = straceBytes(dnsMessage({ id: 0x1234, name: 'db.internal.example' }));
  const nx = straceBytes(dnsMessage({ id: 0x1234, response: true, rcode: 3, name: 'db.internal.example' }));
  const ok = straceBytes(dnsMessage({ id: 0x1234, response: true, answers: 1, name: 'db.internal.example' }));

  it('names the looked-up host, the resolver and NXDOMAIN', async () => {
    const r = await analyzeText(
      [
        '1 socket(AF_INET, SOCK_DGRAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP) = 3',
        '1 connect(3, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.53")}, 16) = 0',
        `1 sendto(3, "${query}", 37, MSG_NOSIGNAL, NULL, 0) = 37`,
        '1 poll([{fd=3, events=POLLIN}], 1, 5000) = 1 ([{fd=3, revents=POLLIN}])',
        `1 recvfrom(3, "${nx}", 2048, 0, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.53")}, [28 => 16]) = 37`,
        '1 close(3) = 0',
      ].join('\n'),
    );
    const f = only(r.findings, 'dns-lookup-failed');
    expect(f).toHaveLength(1);
    expect(f[0]!.title).toBe('DNS lookup of db.internal.example failed: NXDOMAIN');
    expect(f[0]!.explanation).toContain('NXDOMAIN');
    expect(f[0]!.explanation).toContain('systemd-resolved');
    expect(f[0]!.lines).toEqual([3, 5]);
  });

  it('a timeout with no reply is reported; an answered lookup is not', async () => {
    const timeout = await analyzeText(
      [
        '1 socket(AF_INET, SOCK_DGRAM|SOCK_NONBLOCK, IPPROTO_IP) = 3',
        `1 sendto(3, "${query}", 37, MSG_NOSIGNAL, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.0.2.3")}, 16) = 37`,
        '1 poll([{fd=3, events=POLLIN}], 1, 5000) = 0 (Timeout)',
        '1 close(3) = 0',
      ].join('\n'),
    );
    const f = only(timeout.findings, 'dns-lookup-failed')[0]!;
    expect(f.explanation).toMatch(/no reply came back from 10\.0\.2\.3:53/);
    expect(f.explanation).toContain('QEMU user networking DNS');

    const answered = await analyzeText(
      [
        '1 socket(AF_INET, SOCK_DGRAM|SOCK_NONBLOCK, IPPROTO_IP) = 3',
        '1 connect(3, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.53")}, 16) = 0',
        `1 sendto(3, "${query}", 37, MSG_NOSIGNAL, NULL, 0) = 37`,
        `1 recvfrom(3, "${ok}", 2048, 0, NULL, NULL) = 53`,
      ].join('\n'),
    );
    expect(ids(answered.findings)).not.toContain('dns-lookup-failed');
  });

  it('reads the queries glibc sends with sendmmsg (A and AAAA) and a truncated reply', async () => {
    const a = straceBytes(dnsMessage({ id: 0xd2b0, name: 'example.invalid' }));
    const aaaa = straceBytes(dnsMessage({ id: 0xd2b1, name: 'example.invalid', qtype: 28 }));
    // strace -s 32 cuts the reply after 32 bytes: the header and most of the name survive.
    const reply = straceBytes(dnsMessage({ id: 0xd2b0, response: true, rcode: 3, name: 'example.invalid' }).slice(0, 32));
    const r = await analyzeText(
      [
        '1 socket(AF_INET, SOCK_DGRAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP) = 3',
        '1 connect(3, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.53")}, 16) = 0',
        `1 sendmmsg(3, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="${a}", iov_len=33}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=33}, {msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="${aaaa}", iov_len=33}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=33}], 2, MSG_NOSIGNAL) = 2`,
        `1 recvfrom(3, "${reply}"..., 2048, 0, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.53")}, [28 => 16]) = 108`,
      ].join('\n'),
    );
    const f = only(r.findings, 'dns-lookup-failed');
    expect(f.map((x) => x.title)).toEqual(['DNS lookup of example.invalid failed: NXDOMAIN']);
    expect(f[0]!.explanation).toContain('NXDOMAIN');
  });

  it('ECONNREFUSED on the reply means no DNS server at that address', async () => {
    const r = await analyzeText(
      [
        '1 socket(AF_INET, SOCK_DGRAM|SOCK_NONBLOCK, IPPROTO_IP) = 3',
        '1 connect(3, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.11")}, 16) = 0',
        `1 sendto(3, "${query}", 37, MSG_NOSIGNAL, NULL, 0) = 37`,
        '1 recvfrom(3, 0x7ffd, 2048, 0, NULL, NULL) = -1 ECONNREFUSED (Connection refused)',
      ].join('\n'),
    );
    const f = only(r.findings, 'dns-lookup-failed')[0]!;
    expect(f.explanation).toMatch(/no DNS server is listening/);
    expect(f.explanation).toContain("Docker's embedded DNS");
  });
});

describe('bind-failed', () => {
  it('EADDRINUSE names the port and how to find the holder', async () => {
    const r = await analyzeText(
      [
        '1 socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 3',
        '1 bind(3, {sa_family=AF_INET, sin_port=htons(5432), sin_addr=inet_addr("0.0.0.0")}, 16) = -1 EADDRINUSE (Address already in use)',
      ].join('\n'),
    );
    const f = only(r.findings, 'bind-failed')[0]!;
    expect(f.severity).toBe('error');
    expect(f.title).toBe('bind to 0.0.0.0:5432 failed: EADDRINUSE');
    expect(f.explanation).toContain('PostgreSQL');
    expect(f.hint).toContain('ss -ltnp');
  });

  it('EACCES on a port below 1024 explains privileged ports', async () => {
    const r = await analyzeText(
      [
        '1 socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 3',
        '1 bind(3, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("0.0.0.0")}, 16) = -1 EACCES (Permission denied)',
      ].join('\n'),
    );
    expect(only(r.findings, 'bind-failed')[0]!.explanation).toContain('CAP_NET_BIND_SERVICE');
  });
});

describe('missing-file and permission-denied', () => {
  it('reports a config file that matters, not loader/locale probes, existence checks or files created later', async () => {
    const r = await analyzeText(
      [
        // real (a_psql_unix_socket_enoent.txt:3 and :989 bodies)
        '1 access("/etc/ld.so.preload", R_OK)      = -1 ENOENT (No such file or directory)',
        '1 openat(AT_FDCWD, "/usr/share/locale/C.UTF-8/LC_MESSAGES/libpq5-15.mo", O_RDONLY) = -1 ENOENT (No such file or directory)',
        // hand-built
        '1 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/glibc-hwcaps/x86-64-v3/libfoo.so.1", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)',
        '1 newfstatat(AT_FDCWD, "/srv/app/cache", 0x7ffd, 0) = -1 ENOENT (No such file or directory)',
        '1 openat(AT_FDCWD, "/srv/app/state.db", O_RDWR) = -1 ENOENT (No such file or directory)',
        '1 openat(AT_FDCWD, "/srv/app/state.db", O_RDWR|O_CREAT, 0644) = 3',
        '1 openat(AT_FDCWD, "/etc/app/config.yaml", O_RDONLY) = -1 ENOENT (No such file or directory)',
        '1 openat(AT_FDCWD, "/var/lib/app/secret.key", O_RDONLY) = -1 EACCES (Permission denied)',
      ].join('\n'),
    );
    const mf = only(r.findings, 'missing-file');
    expect(mf.map((f) => f.title)).toEqual(['file not found: /etc/app/config.yaml']);
    expect(mf[0]!.lines).toEqual([7]);
    const pd = only(r.findings, 'permission-denied');
    expect(pd.map((f) => [f.severity, f.title])).toEqual([['error', 'permission denied: /var/lib/app/secret.key']]);
    // The probes are labelled for the explain stage.
    expect(r.analyzed[0]!.probe).toBe('dynamic loader preload file');
    expect(r.analyzed[1]!.probe).toBe('locale and message catalogue lookup');
  });

  it('a PATH search that finds the program is fine; one that never does is an error', async () => {
    const found = await analyzeText(
      [
        '1 execve("/usr/local/bin/ls", ["ls"], 0x7ffd /* 10 vars */) = -1 ENOENT (No such file or directory)',
        '1 execve("/usr/bin/ls", ["ls"], 0x7ffd /* 10 vars */) = 0',
      ].join('\n'),
    );
    expect(ids(found.findings)).not.toContain('missing-file');
    const missing = await analyzeText(
      [
        '1 execve("/usr/local/bin/pg_ctl", ["pg_ctl"], 0x7ffd /* 10 vars */) = -1 ENOENT (No such file or directory)',
        '1 execve("/usr/bin/pg_ctl", ["pg_ctl"], 0x7ffd /* 10 vars */) = -1 ENOENT (No such file or directory)',
        '1 write(2, "sh: 1: pg_ctl: not found\\n", 25) = 25',
      ].join('\n'),
    );
    const mf = only(missing.findings, 'missing-file');
    // One search, one finding, naming every place it looked.
    expect(mf.map((f) => [f.severity, f.title])).toEqual([['error', 'program not found: pg_ctl (looked in 2 places)']]);
    expect(mf[0]!.explanation).toContain('/usr/local/bin/pg_ctl, /usr/bin/pg_ctl');
    expect(mf[0]!.lines).toEqual([1, 2]);
  });

  it('in a trace of failed calls only (strace -Z) an unfinished search is only info: its success would not show', async () => {
    // real: `strace -f -Z -o t.txt sh -c ...` captured here (strace 6.1), lines 81-83
    const r = await analyzeText(
      [
        '7651  execve("/root/.cargo/bin/bash", ["bash", "/root/.pyenv/shims/python3", "-c", "import socket; s=socket.socket()"...], 0x7ffdfe370fb8 /* 35 vars */) = -1 ENOENT (No such file or directory)',
        '7651  execve("/root/.pyenv/plugins/pyenv-virtualenv/shims/bash", ["bash", "/root/.pyenv/shims/python3", "-c", "import socket; s=socket.socket()"...], 0x7ffdfe370fb8 /* 35 vars */) = -1 ENOENT (No such file or directory)',
      ].join('\n'),
    );
    const mf = only(r.findings, 'missing-file');
    expect(mf.map((f) => [f.severity, f.title])).toEqual([['info', 'program not found: bash (looked in 2 places)']]);
    expect(mf[0]!.explanation).toContain('failed calls only (strace -Z');
  });

  it('files a process did not find but did without (it exited 0) are one info finding (real: git status)', async () => {
    // real: `strace -f -ttt -o t.txt git -C /work/main status --short` captured here, lines 1, 188, 540, 541 and the last
    const lines = [
      '16018 1795626284.780054 execve("/usr/bin/git", ["git", "-C", "/work/main", "status", "--short"], 0x7fffc78fe1d0 /* 35 vars */) = 0',
      '16018 1795626284.796577 openat(AT_FDCWD, ".git/packed-refs", O_RDONLY) = -1 ENOENT (No such file or directory)',
      '16018 1795626284.828318 openat(AT_FDCWD, ".git/info/grafts", O_RDONLY) = -1 ENOENT (No such file or directory)',
      '16018 1795626284.828411 openat(AT_FDCWD, ".git/shallow", O_RDONLY) = -1 ENOENT (No such file or directory)',
    ];
    const ok = await analyzeText([...lines, '16018 1795626284.855542 +++ exited with 0 +++'].join('\n'));
    const mf = only(ok.findings, 'missing-file');
    expect(mf.map((f) => [f.severity, f.title, f.lines])).toEqual([['info', 'files not found: .git/packed-refs, .git/info/grafts, .git/shallow', [2, 3, 4]]]);
    expect(mf[0]!.explanation).toContain('still exited with status 0');
    // The same misses before a failing exit are each worth a look.
    const failed = await analyzeText([...lines, '16018 1795626284.855542 +++ exited with 128 +++'].join('\n'));
    expect(only(failed.findings, 'missing-file').map((f) => f.severity)).toEqual(['warning', 'warning', 'warning']);
  });

  it('optional hook directories a shell glob lists are not failures (real: pyenv under tracex run)', async () => {
    // real: `tracex run -- python3 ...` with pyenv's shims, lines 6785-6790
    const r = await analyzeText(
      [
        '24957 1795624434.637612 openat(AT_FDCWD</tmp>, "/root/.pyenv/pyenv.d/which/", O_RDONLY|O_NONBLOCK|O_CLOEXEC|O_DIRECTORY) = -1 ENOENT (No such file or directory) <0.000011>',
        '24957 1795624434.637654 openat(AT_FDCWD</tmp>, "/usr/etc/pyenv.d/which/", O_RDONLY|O_NONBLOCK|O_CLOEXEC|O_DIRECTORY) = -1 ENOENT (No such file or directory) <0.000010>',
        '24957 1795624434.637798 openat(AT_FDCWD</tmp>, "/root/.pyenv/plugins/pyenv-virtualenv/etc/pyenv.d/which/", O_RDONLY|O_NONBLOCK|O_CLOEXEC|O_DIRECTORY) = 3</root/.pyenv/plugins/pyenv-virtualenv/etc/pyenv.d/which> <0.000012>',
      ].join('\n'),
    );
    expect(ids(r.findings)).not.toContain('missing-file');
  });

  it('a file found under the same name in a later directory was a search, not a failure', async () => {
    // hand-built
    const r = await analyzeText(
      [
        '7 openat(AT_FDCWD, "/opt/app/etc/app.conf", O_RDONLY) = -1 ENOENT (No such file or directory)',
        '7 openat(AT_FDCWD, "/etc/app/app.conf", O_RDONLY) = 3',
        '7 openat(AT_FDCWD, "/etc/app/plugins.conf", O_RDONLY) = -1 ENOENT (No such file or directory)',
      ].join('\n'),
    );
    expect(only(r.findings, 'missing-file').map((f) => f.title)).toEqual(['file not found: /etc/app/plugins.conf']);
  });
});

describe('blocked-at-end and slow-call', () => {
  it('a poll still waiting at the end says which fds it watched (real: python3 -m http.server, cut mid-call)', async () => {
    // real: `strace -f -tt -T -yy -o srv.txt python3 -m http.server 8123 --bind 127.0.0.1` captured here,
    // lines 10308, 10311, 10346, and the poll line the trace ended in while the server waited
    const r = await analyzeText(
      [
        "7021  17:54:49.632748 socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 3<TCP:[2052423]> <0.000073>",
        "7021  17:54:49.633890 bind(3<TCP:[2052423]>, {sa_family=AF_INET, sin_port=htons(8123), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0 <0.000192>",
        "7021  17:54:49.637846 listen(3<TCP:[127.0.0.1:8123]>, 5) = 0 <0.000036>",
        "7021  18:06:23.822612 poll([{fd=3<TCP:[127.0.0.1:8123]>, events=POLLIN}], 1, 500",
      ].join('\n'),
    );
    const f = only(r.findings, 'blocked-at-end');
    expect(f.map((x) => x.title)).toEqual(['pid 7021 still in poll() at the end of the trace']);
    expect(f[0]!.explanation).toContain('entered poll() waiting on fd 3 (a TCP socket listening on 127.0.0.1:8123) at line 4');
  });

  it('a call still waiting when the trace ends says what it waited on', async () => {
    const r = await analyzeText(
      [
        '1 socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 3',
        '1 connect(3, {sa_family=AF_INET, sin_port=htons(6379), sin_addr=inet_addr("127.0.0.1")}, 16) = 0',
        '1 recvfrom(3, ',
      ].join('\n').replace('recvfrom(3, ', 'recvfrom(3,  <unfinished ...>'),
    );
    const f = only(r.findings, 'blocked-at-end');
    expect(f).toHaveLength(1);
    expect(f[0]!.title).toContain('recvfrom()');
    expect(f[0]!.explanation).toContain('127.0.0.1:6379 (Redis)');
    expect(f[0]!.lines).toEqual([3]);
  });

  it('with -T, a non-waiting call far slower than the rest is slow; long waits are not', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 50; i++) lines.push('1 getpid() = 1 <0.000005>');
    lines.push('1 openat(AT_FDCWD, "/mnt/nfs/data.bin", O_RDONLY) = 3 <2.503114>');
    lines.push('1 poll([{fd=0, events=POLLIN}], 1, 10000) = 0 (Timeout) <10.010101>');
    const r = await analyzeText(lines.join('\n'));
    const f = only(r.findings, 'slow-call');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.title).toBe('slow openat(): 2.503 s');
    expect(f[0]!.lines).toEqual([51]);
  });
});

describe('sharing detectors stay quiet when nothing is shared', () => {
  it('EAGAIN from accept in a single process is not an accept race', async () => {
    const r = await analyzeText(
      [
        '1 socket(AF_INET, SOCK_STREAM|SOCK_NONBLOCK, IPPROTO_TCP) = 3',
        '1 bind(3, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr("0.0.0.0")}, 16) = 0',
        '1 listen(3, 128) = 0',
        '1 accept4(3, 0x7ffd, [16], SOCK_CLOEXEC) = -1 EAGAIN (Resource temporarily unavailable)',
      ].join('\n'),
    );
    expect(ids(r.findings)).toEqual([]);
  });

  it('parent and child each writing to an inherited stdout socket is not flagged', async () => {
    const r = await analyzeText(
      [
        '1 write(1<UNIX-STREAM:[18994->18995]>, "a", 1) = 1',
        '1 clone(child_stack=NULL, flags=SIGCHLD) = 2',
        '2 write(1<UNIX-STREAM:[18994->18995]>, "b", 1) = 1',
        '1 write(1<UNIX-STREAM:[18994->18995]>, "c", 1) = 1',
      ].join('\n'),
    );
    expect(ids(r.findings)).not.toContain('socket-shared-after-fork');
  });
});

describe('unparsed-lines and ordering', () => {
  it('counts lines the reader could not read', async () => {
    const { events, stats } = await readTraceText('1 getpid() = 1\n1 this is not a syscall line (\n', { from: 'strace' });
    const r = analyzeEvents(events, { ...stats, unparsed: Math.max(stats.unparsed, 1) }, { os: 'linux', format: 'strace' });
    const f = only(r.findings, 'unparsed-lines');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('info');
  });

  it('sorts error, warning, info; then by line', () => {
    const mk = (id: string, severity: 'error' | 'warning' | 'info', line: number) => ({ id, severity, title: id, explanation: '', lines: [line] });
    const s = sortFindings([mk('a', 'info', 1), mk('b', 'error', 9), mk('c', 'warning', 2), mk('d', 'error', 3)]);
    expect(s.map((f) => f.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('every detector id the issue asks for is registered', () => {
    const all = DETECTORS.flatMap((d) => d.ids);
    for (const id of [
      'connect-failed', 'dns-lookup-failed', 'bind-failed', 'permission-denied', 'missing-file', 'broken-pipe',
      'killed-by-signal', 'nonzero-exit', 'blocked-at-end', 'slow-call', 'unparsed-lines',
      'socket-shared-after-fork', 'listener-shared', 'accept-race',
    ]) expect(all).toContain(id);
  });
});

describe('socket-shared-after-fork counts only use after the fork', () => {
  it('a parent that read a request, forked a handler and stopped using the connection is fine', async () => {
    const r = await analyzeText(
      [
        '1 accept4(3<TCP:[0.0.0.0:8080]>, NULL, NULL, SOCK_CLOEXEC) = 4<TCP:[10.0.0.1:8080->10.0.0.2:5000]>',
        '1 read(4<TCP:[10.0.0.1:8080->10.0.0.2:5000]>, "GET / HTTP/1.0\\r\\n\\r\\n", 4096) = 18',
        '1 clone(child_stack=NULL, flags=SIGCHLD) = 2',
        '1 close(4<TCP:[10.0.0.1:8080->10.0.0.2:5000]>) = 0',
        '2 write(4<TCP:[10.0.0.1:8080->10.0.0.2:5000]>, "HTTP/1.0 200 OK\\r\\n", 17) = 17',
        '2 read(4<TCP:[10.0.0.1:8080->10.0.0.2:5000]>, "", 4096) = 0',
      ].join('\n'),
    );
    expect(ids(r.findings)).not.toContain('socket-shared-after-fork');
  });
});

describe('SO_ERROR printed as a number (-X raw)', () => {
  it('is named from the Linux errno table', async () => {
    const r = await analyzeText(
      [
        '1 socket(AF_INET, SOCK_STREAM|SOCK_NONBLOCK, IPPROTO_TCP) = 3',
        '1 connect(3, {sa_family=AF_INET, sin_port=htons(6379), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EINPROGRESS (Operation now in progress)',
        '1 getsockopt(3, SOL_SOCKET, SO_ERROR, [111], [4]) = 0',
      ].join('\n'),
    );
    expect(only(r.findings, 'connect-failed')[0]!.title).toBe('connect to 127.0.0.1:6379 failed: ECONNREFUSED');
  });
});

describe('permission-denied for privileged operations', () => {
  it('says which privilege a refused kill or raw socket needs', async () => {
    const r = await analyzeText(
      [
        '1 kill(1, SIGTERM) = -1 EPERM (Operation not permitted)',
        '1 socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL)) = -1 EPERM (Operation not permitted)',
        '1 setpriority(PRIO_PROCESS, 0, -10) = -1 EACCES (Permission denied)',
      ].join('\n'),
    );
    const pd = only(r.findings, 'permission-denied');
    expect(pd.map((f) => [f.severity, f.title])).toEqual([
      ['warning', 'kill() not permitted: EPERM'],
      ['warning', 'socket() not permitted: EPERM'],
      ['info', 'setpriority() not permitted: EACCES'],
    ]);
    expect(pd[0]!.explanation).toContain('CAP_KILL');
    expect(pd[1]!.explanation).toContain('CAP_NET_RAW');
  });
});
