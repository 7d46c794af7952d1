// Every real dtruss capture in ../shared/corpus/dtruss reads with no unparsed line, and a
// few records carry exactly the fields a user would look at.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dtrussFormat } from '../../src/parse/dtruss.js';
import type { CallRecord, TraceRecord } from '../../src/model/index.js';
import { describeCorpus, hasCorpus } from '../helpers/corpus.js';

const dir = fileURLToPath(new URL('../../../shared/corpus/dtruss/', import.meta.url));
const files = (hasCorpus ? readdirSync(dir) : []).filter((f) => f.endsWith('.txt')).sort();

function readAll(text: string): TraceRecord[] {
  const reader = dtrussFormat.createReader();
  return text.split('\n').map((line, i) => reader.read(line, { line: i + 1 }));
}
function load(name: string): TraceRecord[] {
  return readAll(readFileSync(dir + name, 'utf8'));
}
function callAt(recs: TraceRecord[], text: string): CallRecord {
  const rec = recs.find((r) => r.text === text);
  expect(rec, `no record for ${text}`).toBeDefined();
  expect(rec!.kind).toBe('syscall');
  return rec as CallRecord;
}

describeCorpus('dtruss corpus', () => {
  it('has the captures', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  it.each(files)('%s: one record per line, none unparsed', (name) => {
    const text = readFileSync(dir + name, 'utf8');
    const recs = readAll(text);
    expect(recs).toHaveLength(text.split('\n').length);
    recs.forEach((r, i) => expect(r.line).toBe(i + 1));
    expect(recs.filter((r) => r.kind === 'unparsed')).toEqual([]);
  });

  it.each(files.filter((f) => !f.startsWith('22_') && !f.startsWith('24_') && !f.startsWith('08_')))(
    '%s: every line ending in ` = <ret> <errno>` is a syscall',
    (name) => {
      for (const r of load(name)) {
        if (/\)?\s*= (?:-?\d+|0x[0-9A-F]+) (?:Err#)?-?\d+\s*$/.test(r.text)) expect(r.kind, r.text).toBe('syscall');
      }
    },
  );
});

describeCorpus('dtruss golden records', () => {
  it('Rails sample: connect to fd 10 with a 106-byte sockaddr fails with errno 2', () => {
    const recs = load('00_seed_rails_db_setup_unix_socket_enoent.txt');
    const c = callAt(recs, '23078/0x3057d: connect(0xA, 0x7F9B69ACE950, 0x6A) = -1 Err#2');
    expect(c).toMatchObject({ name: 'connect', pid: 23078, tid: 0x3057d, args: '0xA, 0x7F9B69ACE950, 0x6A' });
    const [fd, , len] = c.args.split(', ').map((a) => Number(a));
    expect(fd).toBe(10);
    expect(len).toBe(106);
    expect(c.ret).toEqual({ text: '-1 Err#2', value: -1, errnoNumber: 2 });
    const sock = callAt(recs, '23078/0x3057d: socket(0x1, 0x1, 0x0) = 10 0');
    expect(sock.ret).toEqual({ text: '10', value: 10 });
    expect(recs[2]).toMatchObject({ kind: 'tracer', source: 'dtruss' });
  });

  it('reads the -a columns, the synthetic fork line and a 64-bit hex return', () => {
    const recs = load('01_a_all_details_arm64_fork_line.txt');
    const fork = callAt(recs, ' 4966/0x54c8:       232:        0:       0 fork()\t\t = 0 0');
    expect(fork).toMatchObject({ synthetic: true, pid: 4966, tid: 21704, vtimeUs: 232, cpuUs: 0, args: '' });
    const mmap = callAt(recs, ' 4966/0x54c8:       657       6      5 mmap(0x0, 0x637B0, 0x1, 0x40002, 0x3, 0x0)\t\t = 0x102BF4000 0');
    expect(mmap).toMatchObject({ vtimeUs: 657, duration: 6e-6, cpuUs: 5, args: '0x0, 0x637B0, 0x1, 0x40002, 0x3, 0x0' });
    expect(mmap.ret).toEqual({ text: '0x102BF4000', value: 0x102bf4000, hex: true });
    expect(mmap.synthetic).toBeUndefined();
    const sysctl = callAt(recs, ' 4966/0x54c8:       555       3      1 sysctl([unknown, 3, 0, 0, 0, 0] (2), 0x16D26E598, 0x16D26E590, 0x186ED91BA, 0x20)\t\t = 0 0');
    expect(sysctl.args).toBe('[unknown, 3, 0, 0, 0, 0] (2), 0x16D26E598, 0x16D26E590, 0x186ED91BA, 0x20');
    const rows = recs.filter((r) => r.kind === 'summary' && r.part === 'row');
    expect(rows.at(-1)).toMatchObject({ syscall: 'close', calls: 11 });
    expect(recs.find((r) => r.text === '[72, 101, 108, 108, 111, 44, 32, 82, 117, 115, 116, 33]')?.kind).toBe('output');
  });

  it('keeps a negative pseudo-errno: `= 0 Err#-2` is a failure with errno -2', () => {
    const c = callAt(load('15_p_negative_errno_Err-2_workq.txt'), 'workq_kernreturn(0x4, 0x0, 0x0)\t\t = 0 Err#-2');
    expect(c.ret).toEqual({ text: '0 Err#-2', value: 0, errnoNumber: -2 });
  });

  it('reads `= -1 2` (no Err#) as errno 2 and a hex success `= 0x0 0` as success', () => {
    const recs = load('07_plain_du_errno_without_Err_prefix_sip_errors.txt');
    const c = callAt(recs, 'access("/AppleInternal/XBS/.isChrooted\\0", 0x0, 0x0)             = -1 2');
    expect(c.ret).toMatchObject({ value: -1, errnoNumber: 2 });
    const sig = callAt(load('09_plain_boost_beast_tcp_socket_setsockopt_connect.txt'), 'sigprocmask(0x3, 0x7FFF59F53004, 0x0)\t\t = 0x0 0');
    expect(sig.ret).toEqual({ text: '0x0', value: 0, hex: true });
  });

  it('turns -s blocks into blank + stack frames', () => {
    const recs = load('23_s_stack_traces_d_relative_macos15.txt');
    const i = recs.findIndex((r) => r.text === '16486/0x10ca0:      2865 write(0xB, "*\\0", 0x1)\t\t = 1 0');
    expect(recs[i]).toMatchObject({ kind: 'syscall', vtimeUs: 2865, pid: 16486, tid: 0x10ca0 });
    expect(recs[i + 1]!.kind).toBe('blank');
    expect(recs[i + 2]).toMatchObject({ kind: 'stack', frame: 'libsystem_kernel.dylib`write+0x8' });
    expect(recs.filter((r) => r.kind === 'stack')).toHaveLength(23);
  });

  it('keeps the args of a line that lost its `)` to terminal wrapping', () => {
    const c = callAt(
      load('21_cmd_adobe_exmancmd_af_system_af_inet_af_unix_sockets.txt'),
      'stat64("/Library/Application Support/Adobe/InDesign/Version 10.0/en_US/Extensions/idcc_Font Usage Dialog.mxi\\0", 0xBFFA5678, 0x1000 = 0 0',
    );
    expect(c.args).toBe('"/Library/Application Support/Adobe/InDesign/Version 10.0/en_US/Extensions/idcc_Font Usage Dialog.mxi\\0", 0xBFFA5678, 0x1000');
  });

  it('classifies dtrace diagnostics and the echoed D program as tracer lines', () => {
    const recs = load('22_failure_invalid_probe_specifier_sip.txt');
    const first = recs.findIndex((r) => r.text === 'dtrace: invalid probe specifier ');
    const last = recs.findIndex((r) => r.text.startsWith(': probe description syscall:::entry'));
    expect(first).toBeGreaterThan(0);
    for (const r of recs.slice(first, last + 1)) expect(['tracer', 'blank']).toContain(r.kind);
    expect(recs.filter((r) => r.kind === 'syscall')).toEqual([]);
    const probe = load('02_c_counts_sip_probe_errors.txt').find((r) => r.text.startsWith('dtrace: error on enabled probe'));
    expect(probe).toMatchObject({ kind: 'tracer', source: 'dtrace' });
  });

  it('reads Solaris PID/LWP lines with ELAPSD and CPU columns', () => {
    const c = callAt(load('18_solaris_dttk_e_o_elapsed_cpu_columns.txt'), ' 3911/1:  1001579     43 read(0x0, "s\\0", 0x1)           = 1 0');
    expect(c).toMatchObject({ pid: 3911, tid: 1, duration: 1.001579, cpuUs: 43, args: '0x0, "s\\0", 0x1' });
    expect(c.vtimeUs).toBeUndefined();
  });
});

describeCorpus('shipped samples', () => {
  const samples = fileURLToPath(new URL('../../samples/', import.meta.url));
  it('the Rails dtruss sample is the corpus seed without its provenance lines', () => {
    const text = readFileSync(samples + 'rails-db-setup-unix-socket-enoent.dtruss.txt', 'utf8');
    const seed = readFileSync(dir + '00_seed_rails_db_setup_unix_socket_enoent.txt', 'utf8');
    expect(seed.endsWith(text)).toBe(true);
    const recs = readAll(text);
    expect(recs.filter((r) => r.kind === 'syscall')).toHaveLength(7);
    expect(readFileSync(samples + 'README.md', 'utf8')).toContain('## rails-db-setup-unix-socket-enoent.dtruss.txt');
  });
});

describe('hostile input', () => {
  it('reads very long lines without quadratic backtracking and never throws', () => {
    const lines = [' '.repeat(100_000) + 'x', '\t'.repeat(100_000) + 'c() = 0 0', ') '.repeat(100_000) + ' = 0', '1/0x1: ' + '1 '.repeat(50_000)];
    const reader = dtrussFormat.createReader();
    const t = performance.now();
    const kinds = lines.map((l, i) => reader.read(l, { line: i + 1 }).kind);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(kinds).toEqual(['output', 'syscall', 'output', 'unparsed']);
  });
});
