// Process tree, fd tables and sockets on hand-built strace text (shapes as strace 6.1
// prints them; see /work/shared/formats/strace.md). Hand-built lines are not real captures.

import { describe, expect, it } from 'vitest';
import { analyzeText, analyzerFor } from './helpers.js';

describe('fd tables', () => {
  it('a fork copies the table: the child closing its copy leaves the parent open', async () => {
    const a = await analyzerFor(
      [
        '100 openat(AT_FDCWD, "/etc/hosts", O_RDONLY) = 3',
        '100 socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 4',
        '100 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f0) = 101',
        '101 close(3)                          = 0',
      ].join('\n'),
    );
    expect(a.fd(100, 3)?.path).toBe('/etc/hosts');
    expect(a.fd(101, 3)).toBeUndefined();
    expect(a.fd(101, 4)).toMatchObject({ kind: 'socket', origin: 'inherited' });
    expect(a.socket(101, 4)?.holders).toEqual([100, 101]);
    expect(a.process(101)).toMatchObject({ parent: 100, isThread: false });
  });

  it('threads share one table (CLONE_THREAD / CLONE_FILES)', async () => {
    const a = await analyzerFor(
      [
        '200 clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7f1, parent_tid=0x7f1, exit_signal=0, stack=0x7f2, stack_size=0x7fff00, tls=0x7f3} => {parent_tid=[201]}, 88) = 201',
        '201 openat(AT_FDCWD, "/tmp/data", O_RDONLY|O_CLOEXEC) = 5',
      ].join('\n'),
    );
    expect(a.fd(200, 5)?.path).toBe('/tmp/data');
    expect(a.process(201)).toMatchObject({ isThread: true, leader: 200, parent: 200 });
  });

  it('a child seen before its parent\'s clone returns is adopted, keeping what it closed', async () => {
    const a = await analyzerFor(
      [
        '300 socket(AF_UNIX, SOCK_STREAM, 0)   = 3',
        '300 pipe2([4, 5], 0)                  = 0',
        '300 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD <unfinished ...>',
        '301 close(3)                          = 0',
        '301 write(5, "x", 1)                  = 1',
        '300 <... clone resumed>, child_tidptr=0x7f0) = 301',
      ].join('\n'),
    );
    expect(a.fd(301, 3)).toBeUndefined();
    expect(a.fd(301, 4)).toMatchObject({ kind: 'pipe', pipe: { end: 'read' } });
    expect(a.fd(301, 5)).toMatchObject({ kind: 'pipe', pipe: { end: 'write' } });
    expect(a.process(301)?.parent).toBe(300);
  });

  it('dup2 replaces the target; F_DUPFD_CLOEXEC and FD_CLOEXEC mark fds that execve drops', async () => {
    const r = await analyzeText(
      [
        '400 openat(AT_FDCWD, "/var/log/app.log", O_WRONLY|O_CREAT|O_APPEND, 0644) = 3',
        '400 dup2(3, 1)                        = 1',
        '400 openat(AT_FDCWD, "/etc/app.conf", O_RDONLY|O_CLOEXEC) = 4',
        '400 fcntl(3, F_DUPFD_CLOEXEC, 10)     = 10',
        '400 socket(AF_INET, SOCK_DGRAM|SOCK_CLOEXEC, IPPROTO_IP) = 5',
        '400 fcntl(3, F_SETFD, FD_CLOEXEC)     = 0',
        '400 execve("/usr/bin/app", ["app", "--serve"], 0x7ffd /* 20 vars */) = 0',
      ].join('\n'),
    );
    const exec = r.analyzed[6]!;
    expect(exec.closed?.map((e) => e.fd).sort((x, y) => x - y)).toEqual([3, 4, 5, 10]);
    const dup = r.analyzed[1]!;
    expect(dup.fds?.[0]).toMatchObject({ fd: 1, path: '/var/log/app.log', origin: 'dup2' });
    const p = r.processes[0]!;
    expect(p.argv).toEqual(['app', '--serve']);
    expect(p.exe).toBe('/usr/bin/app');
    expect(r.sockets[0]!.closedLine).toBe(7);
  });

  it('a failed execve is kept and changes nothing', async () => {
    const r = await analyzeText(
      [
        '500 openat(AT_FDCWD, "/etc/app.conf", O_RDONLY|O_CLOEXEC) = 3',
        '500 execve("/usr/local/bin/tool", ["tool"], 0x7ffd /* 20 vars */) = -1 ENOENT (No such file or directory)',
      ].join('\n'),
    );
    expect(r.processes[0]!.execs).toEqual([{ line: 2, path: '/usr/local/bin/tool', ok: false }]);
    expect(r.analyzed[1]!.closed).toBeUndefined();
  });

  it('-y/-yy decorations fill in fds the trace never showed being opened', async () => {
    // Real shapes: f15_yy.txt `3</dev/null<char 1:3>>`, c_redis `3<TCP:[127.0.0.1:58776->127.0.0.1:6379]>`.
    const a = await analyzerFor(
      [
        '600 read(0</dev/null<char 1:3>>, "", 4096) = 0',
        '600 sendto(7<TCP:[127.0.0.1:58776->127.0.0.1:6379]>, "PING\\r\\n", 6, 0, NULL, 0) = 6',
        '600 write(9<pipe:[21185]>, "x", 1) = 1',
      ].join('\n'),
    );
    expect(a.fd(600, 0)).toMatchObject({ kind: 'device', path: '/dev/null', device: 'char 1:3', inferred: true });
    expect(a.fd(600, 9)).toMatchObject({ kind: 'pipe', pipe: { inode: 21185 } });
    expect(a.socket(600, 7)).toMatchObject({
      family: 'AF_INET',
      type: 'SOCK_STREAM',
      protocol: 'TCP',
      local: { address: '127.0.0.1', port: 58776 },
      peer: { address: '127.0.0.1', port: 6379 },
    });
  });

  it('anonymous fds: eventfd, epoll, timerfd, signalfd, inotify, memfd, pidfd', async () => {
    // Shapes from j_misc_shapes_yy.txt.
    const a = await analyzerFor(
      [
        '700 eventfd2(0, EFD_NONBLOCK)         = 3',
        '700 epoll_create1(EPOLL_CLOEXEC)      = 4',
        '700 timerfd_create(CLOCK_MONOTONIC, 0) = 5',
        '700 signalfd4(-1, [USR2], 8, SFD_CLOEXEC) = 6',
        '700 inotify_init1(IN_NONBLOCK)        = 7',
        '700 memfd_create("misc-memfd", MFD_CLOEXEC) = 8',
        '700 pidfd_open(700, 0)                = 9',
      ].join('\n'),
    );
    expect([3, 4, 5, 6, 7, 8, 9].map((fd) => a.fd(700, fd)?.kind)).toEqual(['eventfd', 'epoll', 'timerfd', 'signalfd', 'inotify', 'memfd', 'pidfd']);
    expect(a.fd(700, 4)?.cloexec).toBe(true);
    expect(a.fd(700, 3)?.cloexec).toBeUndefined();
    expect(a.fd(700, 8)?.path).toBe('/memfd:misc-memfd');
    expect(a.fd(700, 9)?.targetPid).toBe(700);
  });

  it('never assumes a close: fds left open stay in the table', async () => {
    const a = await analyzerFor('800 openat(AT_FDCWD, "/tmp/x", O_RDONLY) = 3\n800 exit_group(0) = ?');
    expect(a.process(800)?.exitCall).toBe(0);
  });
});

describe('sockets', () => {
  it('accept gives a new socket: local from the listener, peer from the sockaddr', async () => {
    const r = await analyzeText(
      [
        '900 socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 3',
        '900 bind(3, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr("0.0.0.0")}, 16) = 0',
        '900 listen(3, 128)                    = 0',
        '900 accept4(3, {sa_family=AF_INET, sin_port=htons(51000), sin_addr=inet_addr("10.0.2.2")}, [16], SOCK_CLOEXEC|SOCK_NONBLOCK) = 4',
      ].join('\n'),
    );
    const [listener, conn] = r.sockets;
    expect(listener).toMatchObject({ family: 'AF_INET', type: 'SOCK_STREAM', listening: true, local: { address: '0.0.0.0', port: 8080 } });
    expect(conn).toMatchObject({ nonBlocking: true, local: { port: 8080 }, peer: { address: '10.0.2.2', port: 51000 } });
    expect(r.analyzed[3]!.socket?.id).toBe(listener!.id);
    expect(r.analyzed[3]!.fds?.[0]?.socketId).toBe(conn!.id);
  });

  it('socketpair makes two sockets; O_NONBLOCK via fcntl and FIONBIO are followed', async () => {
    const a = await analyzerFor(
      [
        '910 socketpair(AF_UNIX, SOCK_STREAM, 0, [3, 4]) = 0',
        '910 fcntl(3, F_SETFL, O_RDWR|O_NONBLOCK) = 0',
        '910 ioctl(4, FIONBIO, [1])            = 0',
      ].join('\n'),
    );
    expect(a.socket(910, 3)).toMatchObject({ family: 'AF_UNIX', type: 'SOCK_STREAM', nonBlocking: true });
    expect(a.socket(910, 4)?.nonBlocking).toBe(true);
    expect(a.socket(910, 3)?.id).not.toBe(a.socket(910, 4)?.id);
  });

  it('keeps memory bounded: a socket used many times keeps at most 100 line numbers', async () => {
    const lines = ['920 socket(AF_INET, SOCK_DGRAM, IPPROTO_IP) = 3'];
    for (let i = 0; i < 1000; i++) lines.push('920 sendto(3, "x", 1, 0, {sa_family=AF_INET, sin_port=htons(9), sin_addr=inet_addr("127.0.0.1")}, 16) = 1');
    const r = await analyzeText(lines.join('\n'));
    expect(r.sockets[0]!.lines.length).toBe(100);
  });
});

describe('processes', () => {
  it('records exits, kills and core dumps from the +++ lines', async () => {
    const r = await analyzeText(
      [
        '1000 clone(child_stack=NULL, flags=SIGCHLD) = 1001',
        '1000 clone(child_stack=NULL, flags=SIGCHLD) = 1002',
        '1001 +++ exited with 3 +++',
        '1002 --- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0x8} ---',
        '1002 +++ killed by SIGSEGV (core dumped) +++',
        '1000 +++ exited with 0 +++',
      ].join('\n'),
    );
    const [p, c1, c2] = r.processes;
    expect(p).toMatchObject({ pid: 1000, exitCode: 0 });
    expect(c1).toMatchObject({ pid: 1001, parent: 1000, exitCode: 3 });
    expect(c2).toMatchObject({ pid: 1002, signal: 'SIGSEGV', core: true });
  });
});

describe('exit without an exit line', () => {
  it('strace -qq: exit_group(2) stands in for the missing +++ line', async () => {
    const r = await analyzeText('1 write(2, "fatal\\n", 6) = 6\n1 exit_group(2)                     = ?');
    const f = r.findings.filter((x) => x.id === 'nonzero-exit');
    // Told like an exit line: the stderr it wrote before the exit call is quoted and cited.
    expect(f.map((x) => [x.title, x.lines, x.severity])).toEqual([['pid 1 exited with status 2', [1, 2], 'warning']]);
    expect(f[0]!.explanation).toContain('The last thing it wrote to stderr (line 1) was: "fatal".');
  });
});

describe('strace --pidns-translation', () => {
  it('follows a child by the pid the prefixes use, not the one inside its namespace (real: unshare -fp)', async () => {
    // real: `strace -f --pidns-translation -o t.txt unshare -fp sh -c ...` captured here (strace 6.1), lines 155, 172, 173, 175, 305, 314
    const r = await analyzeText(
      [
        "23877 getpid()                          = 1 /* 23877 in strace's PID NS */",
        "23877 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f258de0ba10) = 2 /* 23878 in strace's PID NS */",
        '23878 set_robust_list(0x7f258de0ba20, 24 <unfinished ...>',
        '23878 <... set_robust_list resumed>)    = 0',
        '23878 +++ exited with 0 +++',
        '23877 +++ exited with 0 +++',
      ].join('\n'),
    );
    const child = r.processes.find((p) => p.pid === 23878);
    expect(child).toMatchObject({ parent: 23877, exitCode: 0 });
    expect(r.processes.some((p) => p.pid === 2)).toBe(false);
  });
});

describe('helpers a script tests', () => {
  it('folds the same program exiting the same way without a word on stderr into one finding', async () => {
    // hand-built in strace 6.1's shapes, after pyenv's `readlink` calls under `tracex run`
    const lines = ['1000 execve("/bin/sh", ["sh", "shim"], 0x7ffd /* 9 vars */) = 0'];
    for (const pid of [1001, 1002, 1003]) {
      lines.push(
        `1000 clone(child_stack=NULL, flags=SIGCHLD) = ${String(pid)}`,
        `${String(pid)} execve("/usr/bin/readlink", ["readlink", "/usr/bin/python3"], 0x7ffd /* 9 vars */) = 0`,
        `${String(pid)} +++ exited with 1 +++`,
      );
    }
    lines.push('1000 clone(child_stack=NULL, flags=SIGCHLD) = 1004');
    lines.push('1004 execve("/usr/bin/grep", ["grep", "-q", "x"], 0x7ffd /* 9 vars */) = 0', '1004 +++ exited with 1 +++');
    lines.push('1000 +++ exited with 0 +++');
    const r = await analyzeText(lines.join('\n'));
    const f = r.findings.filter((x) => x.id === 'nonzero-exit');
    expect(f.map((x) => [x.severity, x.title, x.lines])).toEqual([
      ['info', 'readlink exited with status 1 (3 processes)', [4, 7, 10]],
      ['info', 'grep (pid 1004) exited with status 1', [13]],
    ]);
    expect(f[0]!.explanation).toContain('pids 1001, 1002, 1003');
  });
});

describe('memory follows the live state', () => {
  it('forgets closed sockets and cleanly ended processes past the caps, keeping live ones', async () => {
    const lines: string[] = ['1 socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 3'];
    for (let i = 0; i < 5000; i++) lines.push('1 socket(AF_INET, SOCK_DGRAM, IPPROTO_IP) = 4', '1 close(4) = 0');
    for (let i = 0; i < 3000; i++) lines.push(`1 clone(child_stack=NULL, flags=SIGCHLD) = ${String(10 + i)}`, `${String(10 + i)} +++ exited with 0 +++`);
    lines.push('5000 +++ exited with 1 +++');
    const r = await analyzeText(lines.join('\n'));
    expect(r.sockets.length).toBeLessThanOrEqual(2001);
    expect(r.omitted.sockets).toBe(5001 - r.sockets.length);
    // The live socket opened first is still known.
    expect(r.sockets[0]).toMatchObject({ openedLine: 1, type: 'SOCK_STREAM' });
    expect(r.sockets[0]!.closedLine).toBeUndefined();
    expect(r.processes.length).toBeLessThanOrEqual(2002);
    // A failed process is never forgotten.
    expect(r.processes.some((p) => p.pid === 5000 && p.exitCode === 1)).toBe(true);
  });
});

describe('wait4 status of an untraced child', () => {
  it('a child killed by SIGSEGV with a core dump is reported from the wait4 status', async () => {
    const r = await analyzeText(
      [
        'clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f0) = 4242',
        'wait4(4242, [{WIFSIGNALED(s) && WTERMSIG(s) == SIGSEGV && WCOREDUMP(s)}], 0, NULL) = 4242',
      ].join('\n'),
    );
    expect(r.processes.find((p) => p.pid === 4242)).toMatchObject({ signal: 'SIGSEGV', core: true });
    const k = r.findings.filter((f) => f.id === 'killed-by-signal');
    expect(k.map((f) => [f.severity, f.title, f.lines])).toEqual([['error', 'pid 4242 killed by SIGSEGV (core dumped)', [2]]]);
  });
});
