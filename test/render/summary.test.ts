// strace -c style summary from real corpus lines.
import { describe, expect, it } from 'vitest';
import { readTraceText } from '../../src/index.js';
import { renderSummaryText, SummaryCollector } from '../../src/render/summary.js';
import { itCorpus } from '../helpers/corpus.js';

describe('SummaryCollector', () => {
  it('counts calls, errors, time (saying which clock), errnos and endpoints', async () => {
    // c_redis_fork_shared_socket.txt:660-663 and :731 (strace -f -tt -T -yy).
    const text = [
      '11937 10:12:57.443451 socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_TCP) = 3<TCP:[20235]> <0.000065>',
      '11937 10:12:57.443837 connect(3<TCP:[20235]>, {sa_family=AF_INET, sin_port=htons(6379), sin_addr=inet_addr("127.0.0.1")}, 16) = 0 <0.000118>',
      '11937 10:12:57.444257 sendto(3<TCP:[127.0.0.1:58776->127.0.0.1:6379]>, "*1\\r\\n$4\\r\\nPING\\r\\n", 14, 0, NULL, 0) = 14 <0.000060>',
      '11937 10:12:57.444575 recvfrom(3<TCP:[127.0.0.1:58776->127.0.0.1:6379]>, "+PONG\\r\\n", 64, 0, NULL, NULL) = 7 <0.000036>',
      '11937 10:12:57.492044 recvfrom(3<TCP:[127.0.0.1:58776->127.0.0.1:6379]>, 0x7f5a9e180b40, 64, 0, NULL, NULL) = -1 EAGAIN (Resource temporarily unavailable) <0.000010>',
    ].join('\n');
    const { events } = await readTraceText(text + '\n');
    const c = new SummaryCollector('strace', (ep) => (ep.family === 'AF_INET' && ep.port === 6379 ? { service: 'Redis' } : undefined));
    for (const ev of events) c.add(ev);
    const s = c.result();
    expect(s.timed).toBe(true);
    expect(s.clock).toMatch(/strace -T/);
    const recv = s.syscalls.find((r) => r.syscall === 'recvfrom')!;
    expect(recv).toMatchObject({ calls: 2, errors: 1, timed: 2 });
    expect(recv.total).toBeCloseTo(0.000046, 9);
    expect(recv.max).toBeCloseTo(0.000036, 9);
    expect(s.errnos).toEqual([{ errno: 'EAGAIN', count: 1, syscalls: [['recvfrom', 1]] }]);
    expect(s.endpoints).toEqual([{ endpoint: '127.0.0.1:6379', service: 'Redis', calls: [['connect', 1]], failures: 0 }]);
    const out = renderSummaryText(s);
    expect(out).toMatch(/% time\s+seconds\s+usecs\/call\s+max usecs\s+calls\s+errors\s+syscall/);
    expect(out).toMatch(/\n\s*[\d.]+\s+0\.000046\s+23\s+36\s+2\s+1\s+recvfrom\n/);
  });

  it('prints a process table of 250,000 rows (a spread of that many arguments overflowed the stack)', async () => {
    // One synthetic `close` line (strace's plain `-f` shape); the rows themselves are copies of its process row.
    const { events } = await readTraceText('11214 close(3)                          = 0\n');
    const c = new SummaryCollector('strace');
    for (const ev of events) c.add(ev);
    const s = c.result();
    const row = s.processes[0]!;
    s.processes = Array.from({ length: 250_000 }, (_, i) => ({ ...row, pid: 1000 + i }));
    const out = renderSummaryText(s);
    expect(out).toMatch(/\n\s*250999\s/);
  });

  it('says when a trace has no durations', async () => {
    const { events } = await readTraceText('11214 close(3)                          = 0\n');
    const c = new SummaryCollector('strace');
    for (const ev of events) c.add(ev);
    expect(c.result().timed).toBe(false);
    expect(renderSummaryText(c.result())).toContain('no per-call durations in this trace');
  });

  itCorpus("uses the tracer's own -c table when the trace has no calls (f25_c.txt)", async () => {
    const { readFileSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    const text = readFileSync(fileURLToPath(new URL('../../../shared/corpus/strace/f25_c.txt', import.meta.url)), 'utf8');
    const { events } = await readTraceText(text);
    const c = new SummaryCollector('strace');
    for (const ev of events) c.add(ev);
    const s = c.result();
    expect(s.fromTable).toBe(true);
    expect(s.syscalls[0]).toMatchObject({ syscall: 'bind', calls: 3, errors: 0 });
    const out = renderSummaryText(s);
    // The same figures strace printed: ` 22.84    0.000156          52         3           bind`, total 0.000683, 3 usecs/call, 217 calls, 24 errors.
    expect(out).toMatch(/\n\s*22\.84\s+0\.000156\s+52\s+3\s+bind\n/);
    expect(out).toMatch(/\n100\.00\s+0\.000683\s+3\s+217\s+24\s+total\n/);
    expect(out).toContain("the tracer's own summary table");
  });
});

describe('SummaryCollector: non-blocking connects', () => {
  it('counts a connect whose SO_ERROR later reads ECONNREFUSED as failed, and one that reads 0 as not', async () => {
    // test/fixtures/real/nc-refused.strace.txt:182-184.
    const refused = [
      '14972 connect(3, {sa_family=AF_INET, sin_port=htons(8767), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EINPROGRESS (Operation now in progress)',
      '14972 pselect6(4, NULL, [3], NULL, NULL, NULL) = 1 (out [3])',
      '14972 getsockopt(3, SOL_SOCKET, SO_ERROR, [ECONNREFUSED], [4]) = 0',
    ];
    const { events } = await readTraceText(refused.join('\n') + '\n');
    const c = new SummaryCollector('strace');
    for (const ev of events) c.add(ev);
    expect(c.result().endpoints).toEqual([{ endpoint: '127.0.0.1:8767', calls: [['connect', 1]], failures: 1 }]);
    // test/fixtures/real/redis-cli-refused.strace.txt:205-208: the second connect carries the error; SO_ERROR 0 adds nothing.
    const again = [
      '13456 connect(3, {sa_family=AF_INET, sin_port=htons(6399), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EINPROGRESS (Operation now in progress)',
      '13456 poll([{fd=3, events=POLLOUT}], 1, -1) = 1 ([{fd=3, revents=POLLOUT|POLLERR|POLLHUP}])',
      '13456 connect(3, {sa_family=AF_INET, sin_port=htons(6399), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 ECONNREFUSED (Connection refused)',
      '13456 getsockopt(3, SOL_SOCKET, SO_ERROR, [0], [4]) = 0',
    ];
    const r = await readTraceText(again.join('\n') + '\n');
    const c2 = new SummaryCollector('strace');
    for (const ev of r.events) c2.add(ev);
    expect(c2.result().endpoints).toEqual([{ endpoint: '127.0.0.1:6399', calls: [['connect', 2]], failures: 1 }]);
  });
});

describe('summary processes table', () => {
  it('marks threads as threads of their process (real: pthreads-three-workers, curl-nxdomain-resolver-thread)', async () => {
    const { readFileSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    for (const [name, leader, threads] of [
      ['pthreads-three-workers', '20485', ['20486', '20487', '20488']],
      ['curl-nxdomain-resolver-thread', '16013', ['16014']],
    ] as const) {
      const text = readFileSync(fileURLToPath(new URL(`../fixtures/real/${name}.strace.txt`, import.meta.url)), 'utf8');
      const { events } = await readTraceText(text);
      const c = new SummaryCollector('strace');
      for (const ev of events) c.add(ev);
      const rows = c.result().processes;
      expect(rows.find((p) => String(p.pid) === leader)!.program).not.toContain('(thread of');
      for (const t of threads) expect(rows.find((p) => String(p.pid) === t)!.program).toMatch(new RegExp(` \\(thread of ${leader}\\)$`));
    }
  });
});
