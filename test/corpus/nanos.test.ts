// Every Nanos capture in ../shared/corpus/nanos and ../shared/corpus/nanos-live (real
// `ops --trace` consoles) reads with no unparsed line; golden checks on both formats.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nanosFormat } from '../../src/parse/nanos.js';
import type { CallRecord, TraceRecord } from '../../src/model/index.js';
import { describeCorpus, hasCorpus } from '../helpers/corpus.js';

const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const files = ['nanos', 'nanos-live'].flatMap((d) =>
  (hasCorpus ? readdirSync(corpus + d) : [])
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => `${d}/${f}`),
);

function readAll(text: string): TraceRecord[] {
  const reader = nanosFormat.createReader();
  return text.split('\n').map((line, i) => reader.read(line, { line: i + 1 }));
}
function load(name: string): TraceRecord[] {
  return readAll(readFileSync(corpus + name, 'utf8'));
}
function recAt(recs: TraceRecord[], text: string): TraceRecord {
  const rec = recs.find((r) => r.text === text);
  expect(rec, `no record for ${text}`).toBeDefined();
  return rec!;
}

describeCorpus('nanos corpus', () => {
  it('has the captures', () => {
    expect(files.length).toBeGreaterThanOrEqual(28);
  });

  it.each(files)('%s: one record per line, none unparsed', (name) => {
    const text = readFileSync(corpus + name, 'utf8');
    const recs = readAll(text);
    expect(recs).toHaveLength(text.split('\n').length);
    expect(recs.filter((r) => r.kind === 'unparsed')).toEqual([]);
  });

  it.each(files)('%s: every `[tid] name(...) = rv` line is a call record', (name) => {
    for (const r of load(name)) {
      if (/\[\d+\] [a-z_0-9]+\(.*\) = \S+$/.test(r.text)) expect(r.kind, r.text).toBe('syscall');
      if (/^\s*\d+ direct return: /.test(r.text)) expect(r.kind, r.text).toBe('resumed');
    }
  });
});

describeCorpus('nanos golden records, format A', () => {
  // Read when the corpus is there: a skipped suite's body still runs to collect its tests.
  const live = hasCorpus ? load('nanos-live/pgprobe-static-trace-tcg.txt') : [];

  it('reads -ENOENT as an errno name on an argument-less connect', () => {
    expect(recAt(live, '[2] connect() = -ENOENT')).toMatchObject({
      kind: 'syscall', name: 'connect', args: '', tid: 2, ret: { text: '-ENOENT', value: -1, errno: 'ENOENT' },
    });
    expect((recAt(live, '[2] connect() = -ENOENT') as CallRecord).pid).toBeUndefined();
    expect(recAt(live, '[2] socket() = 3')).toMatchObject({ kind: 'syscall', name: 'socket', ret: { value: 3 } });
  });

  it('reads a blocking connect as unfinished + resumed with a numeric errno', () => {
    expect(recAt(live, '[2] connect( <unfinished ...>')).toMatchObject({ kind: 'unfinished', name: 'connect', args: '', tid: 2 });
    expect(recAt(live, '    2 thread_wakeup: 2->2 blocked_on sock transmit, RIP=0x43a8c0')).toMatchObject({ kind: 'tracer', source: 'nanos' });
    expect(recAt(live, '[2] <... connect resumed>) = -104')).toMatchObject({
      kind: 'resumed', name: 'connect', args: '', tid: 2, ret: { text: '-104', value: -104, errnoNumber: 104 },
    });
    expect(recAt(live, 'tcp connect: r=-1 errno=104 (Connection reset by peer)').kind).toBe('output');
    expect(recAt(live, '[0.434788] en1: assigned 10.0.2.15')).toMatchObject({ kind: 'tracer', source: 'nanos' });
    expect(recAt(live, '[2] exit_group( <unfinished ...>')).toMatchObject({ kind: 'unfinished', name: 'exit_group' });
  });

  it('keeps resumed args and the hex returns of brk/mmap', () => {
    const sp = load('nanos-live/nanostest-socketpair-trace-tcg.txt');
    expect(recAt(sp, '[2] clock_nanosleep(0, 0x0, {tv_sec=0, tv_nsec=100000000}, <unfinished ...>')).toMatchObject({
      kind: 'unfinished', args: '0, 0x0, {tv_sec=0, tv_nsec=100000000},',
    });
    expect(recAt(sp, '[2] <... clock_nanosleep resumed> NULL) = 0')).toMatchObject({ kind: 'resumed', args: ' NULL', ret: { value: 0 } });
    expect(recAt(sp, '[2] brk(0x0000000000000000) = 0x749000')).toMatchObject({ ret: { text: '0x749000', value: 0x749000, hex: true } });
    expect(recAt(sp, '[3] exit(0) = ?')).toMatchObject({ kind: 'syscall', name: 'exit', ret: { text: '?', value: null } });
    expect(recAt(sp, '[2] syscall_334() = -ENOSYS')).toMatchObject({ name: 'syscall_334', ret: { errno: 'ENOSYS' } });
  });

  it('splits a record glued to program output', () => {
    const recs = load('nanos/openj9-22628-exit-newfmt.txt');
    const r = recAt(recs, 'Error: A fatal exception has occurred. Program will exit.[3] write(2, 0x0000000493c7ec90, 107) = 107');
    expect(r).toMatchObject({
      kind: 'syscall', name: 'write', tid: 3, args: '2, 0x0000000493c7ec90, 107',
      outputPrefix: 'Error: A fatal exception has occurred. Program will exit.', ret: { value: 107 },
    });
  });

  it('reads the `-111` shape the format reference gives for a refused connect (§2.4 example, not a capture)', () => {
    const reader = nanosFormat.createReader();
    expect(reader.read('[2] connect() = -111', { line: 1 })).toMatchObject({
      kind: 'syscall', name: 'connect', ret: { value: -111, errnoNumber: 111 },
    });
  });

  it('reads a thread name as comm and strips ops colour codes', () => {
    const reader = nanosFormat.createReader();
    // Shapes from the format reference (§2.1 thread names, §5 ops colours), not captures.
    expect(reader.read('[main thread] close(3) = 0', { line: 1 })).toMatchObject({ kind: 'syscall', comm: 'main thread', name: 'close' });
    expect(reader.read('\x1b[31mexit status 1\x1b[0m', { line: 2 })).toMatchObject({ kind: 'tracer', source: 'ops', message: 'exit status 1' });
    expect(reader.read('missing_files_begin', { line: 3 })).toMatchObject({ kind: 'tracer' });
    expect(reader.read('/etc/ssl/openssl.cnf', { line: 4 })).toMatchObject({ kind: 'tracer' });
    expect(reader.read('missing_files_end', { line: 5 })).toMatchObject({ kind: 'tracer' });
    expect(reader.read('/etc/ssl/openssl.cnf', { line: 6 }).kind).toBe('output');
  });
});

describeCorpus('nanos golden records, format B', () => {
  it('pairs an entry with its direct return and reads the negative errno', () => {
    const recs = load('nanos/nanos-1533-mysql-openat-read-oldfmt.txt');
    const i = recs.findIndex((r) => r.text === '1 direct return: -2, rsp 0x7fc47188');
    expect(recs[i - 2]).toMatchObject({ kind: 'unfinished', name: 'openat', tid: 1, args: '' });
    expect(recs[i - 1]).toMatchObject({ kind: 'tracer', message: '"/usr/lib/mysql/private/tls/x86_64/libnuma.so.1" - not found' });
    expect(recs[i]).toMatchObject({ kind: 'resumed', name: 'openat', tid: 1, ret: { text: '-2', value: -2, errnoNumber: 2 } });
  });

  it("takes a blocked call's result from the thread's next `run thread` line, and only then", () => {
    const recs = load('nanos/nanos-1533-mysql-openat-read-oldfmt.txt');
    // Line 13 `1 read` blocks (no direct return); line 20 resumes the thread with rv 0x340.
    expect(recs[12]).toMatchObject({ kind: 'unfinished', name: 'read', tid: 1 });
    expect(recs[19]).toMatchObject({ kind: 'resumed', name: 'read', tid: 1, ret: { text: '0x340', value: 832, hex: true } });
    // After a direct return the `run thread` line repeats the result: a kernel line, not a second return.
    expect(recs[7]).toMatchObject({ kind: 'tracer', message: expect.stringMatching(/^run thread, .*rv 0xfffffffffffffffe$/) });
  });

  it('splits a direct return glued to output and closes nosyscall entries', () => {
    const jre = load('nanos/nanos-727-openjre8-a-oldfmt.txt');
    expect(recAt(jre, 'Hello, world        2 direct return: 12, rsp 0x70020fd300')).toMatchObject({
      kind: 'resumed', name: 'write', tid: 2, outputPrefix: 'Hello, world', ret: { value: 12 },
    });
    const dns = load('nanos/nanos-521-coredns-recvmsg-nosyscall-oldfmt.txt');
    expect(recAt(dns, '                 3 nosyscall recvmsg')).toMatchObject({ kind: 'resumed', name: 'recvmsg', tid: 3, ret: { errno: 'ENOSYS' } });
    expect(recAt(dns, 'read udp 0.0.0.0:53: recvmsg: function not implemented').kind).toBe('output');
  });

  it('reads the syscall_summary table with its blank columns', () => {
    const recs = load('nanos/ops-docs-syscall-summary.txt');
    expect(recAt(recs, '  1.58     0.000021            4            5            4 openat')).toMatchObject({
      kind: 'summary', part: 'row', syscall: 'openat', percent: 1.58, seconds: 0.000021, usecsPerCall: 4, calls: 5, errors: 4,
    });
    const brk = recAt(recs, ' 48.53     0.000644          215            3              brk');
    expect(brk).toMatchObject({ calls: 3, usecsPerCall: 215 });
    expect((brk as { errors?: number }).errors).toBeUndefined();
    expect(recAt(recs, '100.00     0.001327                        35            9 total')).toMatchObject({
      part: 'total', calls: 35, errors: 9, seconds: 0.001327,
    });
    expect(recAt(recs, 'hello!').kind).toBe('output');
  });
});

describeCorpus('nanos records through the shared event builder', () => {
  it('stitches halves per thread when threads interleave', async () => {
    const { EventBuilder } = await import('../../src/parse/events.js');
    const build = (name: string) => {
      const reader = nanosFormat.createReader();
      const builder = new EventBuilder('nanos', 'linux');
      const out: Array<{ type: string; status?: string; syscall?: string; tid?: number; args?: string; line: number }> = [];
      readFileSync(corpus + name, 'utf8').split('\n').forEach((l, i) => builder.push(reader.read(l, { line: i + 1 }), out as never));
      builder.end(out as never);
      return out.filter((e) => e.type === 'syscall');
    };
    const sp = build('nanos-live/nanostest-socketpair-trace-tcg.txt');
    // `[3] read(3, …, 8192 <unfinished ...>` (line 38) waits while thread 2 starts and finishes its own call.
    const read = sp.find((e) => e.line === 38)!;
    expect(read).toMatchObject({ syscall: 'read', tid: 3, status: 'complete', args: '3, 0x00000000004be340, 8192' });
    expect(sp.filter((e) => e.status === 'orphan-resumed')).toEqual([]);
    // Only the exit_group entries never return; every other half finds its partner.
    const epoll = build('nanos-live/nanostest-epoll-trace-tcg.txt');
    expect(epoll.filter((e) => e.status === 'orphan-resumed')).toEqual([]);
    const open = epoll.filter((e) => e.status === 'unfinished').map((e) => e.syscall);
    expect(new Set(open)).toEqual(new Set(['exit_group']));
  });
});

describeCorpus('shipped samples', () => {
  const samples = fileURLToPath(new URL('../../samples/', import.meta.url));
  it('the Nanos sample is the live pgprobe capture, unedited and fully readable', () => {
    const text = readFileSync(samples + 'pgprobe-postgres-socket-probes.nanos.txt', 'utf8');
    expect(text).toBe(readFileSync(corpus + 'nanos-live/pgprobe-static-trace-tcg.txt', 'utf8'));
    expect(readAll(text).filter((r) => r.kind === 'unparsed')).toEqual([]);
    expect(readFileSync(samples + 'README.md', 'utf8')).toContain('## pgprobe-postgres-socket-probes.nanos.txt');
  });
});

describe('hostile input', () => {
  it('reads very long lines without quadratic backtracking and never throws', () => {
    const lines = ['['.repeat(200_000), '[1] a('.repeat(30_000), '[1] <... '.repeat(30_000) + ') = 1', 'a '.repeat(50_000) + 'direct return: 1'];
    const reader = nanosFormat.createReader();
    const t = performance.now();
    const kinds = lines.map((l, i) => reader.read(l, { line: i + 1 }).kind);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(kinds).toEqual(['output', 'unparsed', 'output', 'output']);
  });
});
