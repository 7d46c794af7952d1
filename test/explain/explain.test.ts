// Sentences for real corpus lines (quoted exactly from /work/shared/corpus), read through
// the real line reader, explained without and with analysis state.
import { describe, expect, it } from 'vitest';
import { readTraceText } from '../../src/index.js';
import { explainEvent, type ExplainState } from '../../src/explain/explain.js';
import type { Endpoint, FdEntry, SocketInfo, TraceEvent } from '../../src/model/index.js';
import { Analyzer } from '../../src/analyze/index.js';

async function events(text: string): Promise<TraceEvent[]> {
  return (await readTraceText(text + '\n')).events;
}

async function say(line: string, state?: ExplainState): Promise<string> {
  const evs = await events(line);
  const ev = evs.find((e) => e.type === 'syscall') ?? evs[0]!;
  return explainEvent({ event: ev }, state);
}

const names: ExplainState = {
  wellKnown: (ep: Endpoint) =>
    ep.family === 'AF_UNIX' && ep.path === '/tmp/.s.PGSQL.5432' ? { service: 'PostgreSQL' } : ep.family === 'AF_INET' && ep.port === 6379 ? { service: 'Redis' } : undefined,
};

describe('explainEvent on real strace lines', () => {
  it('says why a UNIX-socket connect failed (a_psql_unix_socket_enoent.txt:995)', async () => {
    const s = await say('11214 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.s.PGSQL.5432"}, 110) = -1 ENOENT (No such file or directory)', names);
    expect(s).toBe(
      'Tried to connect fd 3 to the UNIX socket /tmp/.s.PGSQL.5432 (PostgreSQL): no such file — nothing is listening at that path (no server has created its socket file there)',
    );
  });

  it('gives ENOENT from openat its own meaning (a_psql_unix_socket_enoent.txt:942)', async () => {
    const s = await say('11214 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)');
    expect(s).toBe('Tried to open /usr/lib/locale/C.UTF-8/LC_TIME for reading: no such file — the file does not exist');
  });

  it('names the service of a TCP connect (c_redis_fork_shared_socket.txt:661)', async () => {
    const s = await say(
      '11937 10:12:57.443837 connect(3<TCP:[20235]>, {sa_family=AF_INET, sin_port=htons(6379), sin_addr=inet_addr("127.0.0.1")}, 16) = 0 <0.000118>',
      names,
    );
    expect(s).toBe('Connected fd 3 (TCP socket) to 127.0.0.1:6379 (Redis)');
  });

  it('describes the socket from -yy and quotes the data (c_redis_fork_shared_socket.txt:678)', async () => {
    const s = await say(
      '11938 10:12:57.456155 recvfrom(3<TCP:[127.0.0.1:58776->127.0.0.1:6379]>, "$6\\r\\nparent\\r\\n:1\\r\\n", 64, 0, NULL, NULL) = 16 <0.000010>',
      names,
    );
    expect(s).toBe('Received 16 bytes on fd 3 (TCP socket connected to 127.0.0.1:6379 (Redis)): "$6\\r\\nparent\\r\\n:1\\r\\n"');
  });

  it('explains EAGAIN from recvfrom as no data yet (c_redis_fork_shared_socket.txt:731)', async () => {
    const s = await say(
      '11937 10:12:57.492044 recvfrom(3<TCP:[127.0.0.1:58776->127.0.0.1:6379]>, 0x7f5a9e180b40, 64, 0, NULL, NULL) = -1 EAGAIN (Resource temporarily unavailable) <0.000010>',
    );
    expect(s).toMatch(/^Tried to receive on fd 3 \(TCP socket connected to 127\.0\.0\.1:6379\): would block — no data had arrived yet/);
  });

  it('explains EAGAIN from accept4 as another worker winning (d_prefork_echo_select_selfpipe.txt)', async () => {
    const s = await say(
      [
        '12556 1795428809.524405 accept4(3<TCP:[127.0.0.1:40000]>,  <unfinished ...>',
        '12556 1795428809.524486 <... accept4 resumed>0x7ffc728f9930, [16], SOCK_CLOEXEC) = -1 EAGAIN (Resource temporarily unavailable) <0.000057>',
      ].join('\n'),
    );
    expect(s).toContain('would block — no connection was waiting (often another process or thread took it first)');
  });

  it('reads a non-blocking UNIX socket creation (a_psql_unix_socket_enoent.txt:968)', async () => {
    const s = await say('11214 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK, 0) = 3');
    expect(s).toBe('Created a non-blocking UNIX stream socket as fd 3');
  });

  it('reads ENOTTY from a terminal probe as an answer, not a failure (a_psql_unix_socket_enoent.txt:966)', async () => {
    const s = await say('11214 ioctl(0, TCGETS, 0x7ffce3802f60)  = -1 ENOTTY (Inappropriate ioctl for device)');
    expect(s).toBe('Asked whether fd 0 (stdin) is a terminal: it is not (a routine check)');
  });

  it('uses the zero-result sentence for end of file (a_psql_unix_socket_enoent.txt:979)', async () => {
    expect(await say('11214 read(3, "", 4096)                 = 0')).toBe('Read from fd 3: end of file (0 bytes)');
  });

  it('reads a 0-byte read on a socket as the peer closing (g_node_fs_threads.txt:1010)', async () => {
    const s = await say('15037 10:15:02.962396 read(25<TCP:[127.0.0.1:33773->127.0.0.1:56688]>, "", 65536) = 0 <0.000048>');
    expect(s).toBe('Read from fd 25 (TCP socket connected to 127.0.0.1:56688): the peer closed the connection (end of stream)');
  });

  it('says abort() signals its own thread (h04_abort_sigabrt.txt)', async () => {
    expect(await say('15441 tgkill(15441, 15441, SIGABRT)     = 0')).toBe('Sent SIGABRT to itself (its own thread)');
  });

  it('describes the wait status (c_redis_fork_shared_socket.txt:737)', async () => {
    const s = await say('11937 10:12:57.492309 wait4(11938, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 11938 <0.000031>');
    expect(s).toBe('Waited for child 11938: process 11938 exited with status 0');
  });

  it('tells a thread from a process at clone', async () => {
    const s = await say('11937 10:12:57.445235 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f5a9e3af310) = 11938 <0.000334>');
    expect(s).toBe('Started child process 11938');
  });

  it('says what a refused TCP connect means (f01_plain.txt:40)', async () => {
    const s = await say('connect(4, {sa_family=AF_INET, sin_port=htons(1), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 ECONNREFUSED (Connection refused)');
    expect(s).toBe('Tried to connect fd 4 to 127.0.0.1:1: connection refused — nothing is listening on that address and port (or a firewall rejected the connection)');
  });

  it('says what EPIPE on a write means (f01_plain.txt:86)', async () => {
    const s = await say('write(5, "late", 4)                     = -1 EPIPE (Broken pipe)');
    expect(s).toBe('Tried to write 4 bytes to fd 5: broken pipe — the reader of this pipe or socket has gone away (SIGPIPE is sent too unless ignored)');
  });

  it('says the return from a signal handler hands EPIPE back to the interrupted write (f01_plain.txt:88)', async () => {
    const s = await say('rt_sigreturn({mask=[]})                 = -1 EPIPE (Broken pipe)');
    expect(s).toBe('Returned from a signal handler; the call it interrupted now ends with EPIPE');
  });

  it('gives unknown calls a generic sentence (j_misc_shapes_yy.txt)', async () => {
    const s = await say('19450 syscall_0x1f4(0x1, 0x2, 0x3, 0x7fff61d7c2f0, 0, 0) = -1 ENOSYS (Function not implemented)');
    expect(s).toMatch(/^Called an unknown system call \(number 500\): it failed with ENOSYS/);
  });

  it('explains signals and exits', async () => {
    const evs = await events(
      [
        '11937 10:12:57.477931 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=11938, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---',
        '11938 10:12:57.477885 +++ exited with 0 +++',
      ].join('\n'),
    );
    expect(explainEvent({ event: evs[0]! })).toBe('Received SIGCHLD: child 11938 exited with status 0');
    expect(explainEvent({ event: evs[1]! })).toBe('Exited successfully (status 0)');
  });

  it('explains a crash (h03_segv_core_dumped.txt:31-32)', async () => {
    const evs = await events(
      ['15435 --- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL} ---', '15435 +++ killed by SIGSEGV (core dumped) +++'].join('\n'),
    );
    expect(explainEvent({ event: evs[0]! })).toBe('Received SIGSEGV (an invalid memory access, a segmentation fault) at address NULL (address not mapped)');
    expect(explainEvent({ event: evs[1]! })).toBe('Was killed by SIGSEGV (an invalid memory access, a segmentation fault); it dumped core');
  });
});

describe('explainEvent with analysis state', () => {
  it('describes an fd from the state when the trace has no -y decoration', async () => {
    const sock: SocketInfo = {
      id: 's1', family: 'AF_INET', type: 'SOCK_STREAM', holders: [11937], fds: ['11937:3'], lines: [],
      peer: { family: 'AF_INET', address: '127.0.0.1', port: 6379 },
    };
    const fd: FdEntry = { fd: 3, kind: 'socket', socketId: 's1', origin: 'socket' };
    const state: ExplainState = {
      ...names,
      fd: (pid, n) => (pid === 11937 && n === 3 ? fd : undefined),
      socketOf: (pid, n) => (pid === 11937 && n === 3 ? sock : undefined),
    };
    // c_redis_fork_shared_socket.txt:662 with the -yy decoration and timing removed, as a plain -f trace prints it.
    const s = await say('11937 sendto(3, "*1\\r\\n$4\\r\\nPING\\r\\n", 14, 0, NULL, 0) = 14', state);
    // Analysis knows the peer from the connect; "connected" is said only when -yy shows it.
    expect(s).toBe('Sent 14 bytes on fd 3 (TCP socket to 127.0.0.1:6379 (Redis)): "*1\\r\\n$4\\r\\nPING\\r\\n"');
  });
});

describe('explainEvent with a real Analyzer', () => {
  it('takes the Analyzer itself as the state (a_psql_unix_socket_enoent.txt:988, :995, :999)', async () => {
    const evs = await events(
      [
        '11214 socket(AF_UNIX, SOCK_STREAM, 0)   = 3',
        '11214 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.s.PGSQL.5432"}, 110) = -1 ENOENT (No such file or directory)',
        '11214 close(3)                          = 0',
      ].join('\n'),
    );
    const analyzer = new Analyzer({ os: 'linux', format: 'strace' });
    const said = evs.map((ev) => explainEvent(analyzer.push(ev), analyzer));
    expect(said).toEqual([
      'Created a UNIX stream socket as fd 3',
      'Tried to connect fd 3 (UNIX stream socket) to the UNIX socket /tmp/.s.PGSQL.5432 (PostgreSQL): no such file — nothing is listening at that path (no server has created its socket file there)',
      'Closed fd 3 (UNIX stream socket)',
    ]);
  });
});

describe('DNS over UDP (test/analyze/fixtures/python-dns-refused.strace.txt, a real capture)', () => {
  it('says a refused UDP reply means nothing listens on the DNS port', async () => {
    const { readFileSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    const { analyzerExplainer, explainOne } = await import('../../src/explain/index.js');
    const text = readFileSync(fileURLToPath(new URL('../analyze/fixtures/python-dns-refused.strace.txt', import.meta.url)), 'utf8');
    const evs = await events(text);
    const ex = analyzerExplainer(new Analyzer({ os: 'linux', format: 'strace' }));
    const said = new Map(evs.map((ev) => [ev.line, explainOne(ev, ex).explanation]));
    // 32129 recvfrom(3, 0x2049e370, 512, 0, NULL, NULL) = -1 ECONNREFUSED (Connection refused)
    expect(said.get(565)).toBe(
      'Tried to receive on fd 3 (UDP socket to 127.0.0.1:53 (DNS)): connection refused — the peer answered with a refusal (a UDP port with nothing listening)',
    );
  });
});

describe('calls that used to get only the generic sentence', () => {
  // hand-built in strace 6.1's shapes
  it.each([
    ['10 sendfile(4, 3, NULL, 65536) = 1234', 'Copied 1234 bytes from fd 3 to fd 4 in the kernel'],
    ['10 flock(3, LOCK_EX|LOCK_NB) = -1 EWOULDBLOCK (Resource temporarily unavailable)', /^Tried to lock or unlock fd 3 \(LOCK_EX\|LOCK_NB\): /],
    ['10 sched_setaffinity(0, 8, [0 1]) = 0', 'Set which CPUs itself may run on: [0 1]'],
    ['10 unshare(CLONE_NEWNS|CLONE_NEWPID) = -1 EPERM (Operation not permitted)', /^Tried to move into new namespaces \(CLONE_NEWNS\|CLONE_NEWPID\): operation not permitted/],
    ['10 mount("proc", "/proc", "proc", MS_NOSUID|MS_NODEV|MS_NOEXEC, NULL) = 0', 'Mounted "proc" on /proc'],
    ['10 io_uring_setup(256, {flags=0, sq_entries=256, cq_entries=512}) = 5', 'Created an io_uring with 256 entries as fd 5'],
    ['10 getxattr("/tmp/x", "security.selinux", 0x7ffd, 255) = -1 ENODATA (No data available)', /^Tried to read the extended attribute security\.selinux of \/tmp\/x: /],
    ['10 alarm(5) = 0', 'Set an alarm (SIGALRM) in 5 seconds'],
    // real: `strace -f --pidns-translation unshare -fp ...` captured here, line 155
    ["23877 getpid()                          = 1 /* 23877 in strace's PID NS */", "Asked for its process id: 1 (23877 in strace's PID namespace)"],
  ])('%s', async (line, want) => {
    const s = await say(line);
    if (typeof want === 'string') expect(s).toBe(want);
    else expect(s).toMatch(want);
  });
});
