// `tracex export --format chrome`: the timeline loaded by a real consumer (the Chrome DevTools
// trace engine, @paulirish/trace_engine), plus the shape Perfetto UI and chrome://tracing read.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import * as TraceEngine from '@paulirish/trace_engine';
import { runCli } from './run-cli.js';

const real = (p: string) => fileURLToPath(new URL(`../fixtures/real/${p}`, import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'tracex-export-'));

interface ChromeEvent {
  ph: string;
  name: string;
  cat?: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  s?: string;
  id?: number;
  args?: Record<string, unknown>;
}
interface ChromeTrace {
  traceEvents: ChromeEvent[];
  displayTimeUnit: string;
  otherData: Record<string, unknown>;
}

async function exportTrace(file: string, extra: string[] = []): Promise<{ trace: ChromeTrace; stderr: string; path: string }> {
  const path = join(tmp, `${file}.json`);
  const r = await runCli(['export', '--format', 'chrome', real(file), '-o', path, ...extra]);
  expect(r.code).toBe(0);
  expect(r.stdout).toBe('');
  return { trace: JSON.parse(readFileSync(path, 'utf8')) as ChromeTrace, stderr: r.stderr, path };
}

interface Thread {
  name: string | null;
  entries: unknown[];
}
interface Parsed {
  Meta: { processNames: Map<number, { args: { name: string } }>; threadsInProcess: Map<number, Map<number, unknown>> };
  Renderer: { processes: Map<number, { threads: Map<number, Thread> }> };
  Flows: { flows: unknown[][] };
}

/** What DevTools' trace engine makes of the events (it throws on what it cannot read). */
async function devtools(events: ChromeEvent[]): Promise<Parsed> {
  const model = (TraceEngine as unknown as { TraceModel: { Model: { createWithAllHandlers(): { parse(e: unknown[]): Promise<void>; parsedTrace(): { data: Parsed } | null } } } }).TraceModel.Model.createWithAllHandlers();
  await model.parse(events);
  const parsed = model.parsedTrace();
  expect(parsed).not.toBeNull();
  return parsed!.data;
}

const slices = (t: ChromeTrace) => t.traceEvents.filter((e) => e.ph === 'X');

// The engine runs in DevTools and needs DOMRect; the package's own script polyfills it for Node.
const ANALYZE_SCRIPT = '@paulirish/trace_engine/analyze-trace.mjs';
beforeAll(async () => ((await import(ANALYZE_SCRIPT)) as { polyfillDOMRect(): void }).polyfillDOMRect());

describe('tracex export --format chrome: a server, its threads and two clients (real redis capture)', () => {
  let trace: ChromeTrace;
  let stderr: string;
  beforeAll(async () => {
    ({ trace, stderr } = await exportTrace('redis-ping-server-and-client-ttt-T.strace.txt'));
  });

  it('loads in the DevTools trace engine: every process, thread and call', async () => {
    const d = await devtools(trace.traceEvents);
    const names = [...d.Meta.processNames.values()].map((e) => e.args.name);
    expect(names).toEqual(expect.arrayContaining(['sh', 'sleep', 'redis-server (listens on 0.0.0.0:6399)', 'redis-cli (client of 127.0.0.1:6399)']));
    // The server's four threads sit in its process, named as threads, each with its calls.
    const server = d.Renderer.processes.get(22388)!;
    expect([...server.threads.keys()].sort()).toEqual([22388, 22395, 22396, 22397, 22398]);
    expect(server.threads.get(22397)!.name).toBe('redis-server thread 22397');
    // Every call the file shows is a slice the engine keeps, on its own thread.
    let entries = 0;
    for (const p of d.Renderer.processes.values()) for (const t of p.threads.values()) entries += t.entries.length;
    expect(entries).toBe(slices(trace).length);
    expect(slices(trace).length).toBe(trace.otherData.calls);
    // 4 children of sh, 4 threads of the server, 2 connections: every arrow bound at both ends.
    expect(d.Flows.flows).toHaveLength(10);
  });

  it('draws each redis-cli connect to the accept that took it', () => {
    const flows = trace.traceEvents.filter((e) => e.ph === 's' || e.ph === 'f');
    const conn = flows.filter((e) => e.name === 'connection');
    expect(conn.map((e) => `${e.ph}:${String(e.pid)}`)).toEqual(['s:22418', 'f:22388', 's:22422', 'f:22388']);
    // Each end sits where a slice starts on its track (DevTools binds by time, track and category).
    for (const e of flows) expect(slices(trace).some((x) => x.ts === e.ts && x.tid === e.tid && x.cat === e.cat)).toBe(true);
  });

  it('gives every call its -T duration and decoded arguments, failures named by errno', () => {
    const connect = slices(trace).find((e) => e.name === 'connect EINPROGRESS' && e.pid === 22418)!;
    expect(connect.dur).toBe(336);
    expect(connect.args).toMatchObject({ family: 'net', failed: true, 'arg.addr': '127.0.0.1:6399', line: 1033 });
    expect(connect.args!.explanation).toMatch(/127\.0\.0\.1:6399/);
    const missing = slices(trace).find((e) => e.name.endsWith('ENOENT') && String(e.args!.call).includes('dump.rdb'))!;
    expect(missing.args!.errno).toBe('ENOENT (No such file or directory)');
  });

  it('marks exits as instants and findings as global instants', () => {
    const exits = trace.traceEvents.filter((e) => e.ph === 'i' && e.cat === 'exit');
    expect(exits.map((e) => e.name)).toContain('exited with 0');
    const findings = trace.traceEvents.filter((e) => e.ph === 'i' && e.s === 'g');
    expect(findings.map((e) => e.name)).toEqual(['INFO: file not found: dump.rdb']);
    expect(findings[0]!.args).toMatchObject({ id: 'missing-file', lines: [766] });
    expect(stderr).toMatch(/wrote 1153 calls of 5 processes to .*ui\.perfetto\.dev/);
  });
});

describe('tracex export --format chrome: shapes', () => {
  it('a blocking accept that began before the connect: the arrow ends inside the accept', async () => {
    const { trace } = await exportTrace('nc-loopback-pair-ttt-T.strace.txt');
    const [start, end] = trace.traceEvents.filter((e) => e.name === 'connection');
    const accept = slices(trace).find((e) => e.pid === 11479 && e.name === 'accept4')!;
    expect(start).toMatchObject({ ph: 's', pid: 11532 });
    expect(end).toMatchObject({ ph: 'f', pid: 11479, bp: 'e' });
    expect(end!.ts).toBeGreaterThanOrEqual(accept.ts);
    expect(end!.ts).toBeLessThanOrEqual(accept.ts + accept.dur!);
    const d = await devtools(trace.traceEvents);
    expect(d.Meta.processNames.get(11479)!.args.name).toBe('nc (listens on 127.0.0.1:8799)');
  });

  it('several processes of a pipeline: a track each, fork arrows from sh, times in microseconds', async () => {
    const { trace } = await exportTrace('sh-pipeline-ttt-T.strace.txt');
    const names = trace.traceEvents.filter((e) => e.ph === 'M' && e.name === 'process_name').map((e) => e.args!.name);
    expect(names).toEqual(['sh', 'ls', 'head', 'sleep']);
    expect(trace.traceEvents.filter((e) => e.ph === 's').every((e) => e.pid === 11442 && e.name === 'fork')).toBe(true);
    // Line 1's -ttt time, 1796669404.068147, exact to the microsecond.
    expect(slices(trace)[0]!.ts).toBe(1796669404068147);
    expect(trace.otherData).toMatchObject({ clock: 'epoch', callsWithoutTime: 0 });
    // A split execve keeps its -T time (0.009943 s) as one slice.
    const ls = slices(trace).find((e) => e.pid === 11444 && e.name === 'execve')!;
    expect(ls.dur).toBe(9943);
    expect(ls.args!.lines).toEqual([81, 98]);
  });

  it('wall-clock (-tt) threads: a thread track per clone3 thread', async () => {
    const { trace } = await exportTrace('pthreads-three-workers.strace.txt');
    const d = await devtools(trace.traceEvents);
    const [proc] = [...d.Renderer.processes.values()];
    expect(proc!.threads.size).toBe(4);
    expect(trace.traceEvents.filter((e) => e.ph === 's').map((e) => e.name)).toEqual(['thread', 'thread', 'thread']);
  });

  it('a trace without timestamps: exit 2, a hint to capture with -ttt -T, no file written', async () => {
    const path = join(tmp, 'untimed.json');
    const r = await runCli(['export', real('ls-missing-file.strace.txt'), '-o', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no timestamps.*strace -f -ttt -T -o trace\.txt/);
    expect(existsSync(path)).toBe(false);
  });

  it('without -T a split call spans from its entry line to its resumed line (synthetic lines in strace -ttt form)', async () => {
    // Synthetic: three lines written in strace's documented `-f -ttt` form, no -T.
    const lines = [
      '100 1700000000.000100 read(3,  <unfinished ...>',
      '101 1700000000.000200 write(1, "x", 1) = 1',
      '100 1700000000.000900 <... read resumed>"abc", 10) = 3',
      '',
    ].join('\n');
    const r = await runCli(['export'], { stdin: lines });
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout) as ChromeTrace;
    expect(slices(t).map((e) => [e.name, e.ts, e.dur])).toEqual([
      ['write', 1700000000000200, 0],
      ['read', 1700000000000100, 800],
    ]);
    expect(r.stderr).toMatch(/1 calls had no duration \(-T\)/);
  });

  it('trace text cannot smuggle control or bidi characters into the viewer (synthetic line)', async () => {
    // Synthetic: a path with a right-to-left override and an escape, as dtruss would print raw bytes.
    const r = await runCli(['export'], { stdin: '1 1700000000.000100 openat(AT_FDCWD, "/tmp/\u202egpj.exe\u001b[2J", O_RDONLY) = 3 <0.000010>\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u202e\u001b]/);
    expect(r.stdout).not.toContain('\\u001b[2J'); // not merely JSON-escaped either
    const t = JSON.parse(r.stdout) as ChromeTrace;
    expect(String(slices(t)[0]!.args!.call)).toContain('\\u202egpj.exe\\x1b[2J');
  });

  it('several separate runs are refused with a hint', async () => {
    const r = await runCli(['export', real('sh-pipeline-ttt-T.strace.txt'), real('nc-loopback-pair-ttt-T.strace.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/export each trace/);
  });
});
