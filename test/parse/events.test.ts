// Records → events on real traces: stitching, orphans, times, -ff sets.
import { describe, expect, it } from 'vitest';
import { readTraceFile, readTraceText } from '../../src/index.js';
import type { SyscallEvent, TraceEvent } from '../../src/model/index.js';
import { describeCorpus, itCorpus } from '../helpers/corpus.js';

const corpus = (name: string) => new URL(`../../../shared/corpus/strace/${name}`, import.meta.url).pathname;
const calls = (evs: TraceEvent[]) => evs.filter((e): e is SyscallEvent => e.type === 'syscall');

describe('stitching', () => {
  itCorpus('joins unfinished and resumed halves per pid, keeping both line numbers', async () => {
    const { events } = await readTraceFile(corpus('f02_f.txt'));
    const wait = calls(events).find((e) => e.syscall === 'wait4')!;
    expect(wait.args).toBe('13741, [{WIFEXITED(s) && WEXITSTATUS(s) == 3}], 0, NULL');
    expect(wait.lines.length).toBe(2);
    expect(wait.line).toBe(107);
    expect(wait.status).toBe('complete');
    expect(wait.ret?.value).toBe(13741);
  });

  itCorpus('joins a clone3 whose exit half adds `=> {...}`', async () => {
    const { events } = await readTraceFile(corpus('g_node_fs_threads.txt'));
    const clone3 = calls(events).find((e) => e.syscall === 'clone3' && e.args.includes('=> {parent_tid=[15038]}'))!;
    expect(clone3.args).toMatch(/^\{flags=CLONE_VM\|.*\} => \{parent_tid=\[15038\]\}, 88$/);
    expect(clone3.duration).toBe(0.000116);
  });

  itCorpus('joins a call split by a spliced attach message and emits the attach', async () => {
    const { events } = await readTraceFile(corpus('f04_f_stderr_no_o.txt'));
    const clone = calls(events).find((e) => e.syscall === 'clone')!;
    expect(clone.args).toBe('child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7ff962366a10');
    expect(clone.ret?.value).toBe(13759);
    expect(clone.lines).toEqual([99, 100]);
    expect(events.some((e) => e.type === 'attach' && e.target === 13759)).toBe(true);
  });

  it('takes the program output glued into a write line out of it and joins the rest of the call (strace -o /dev/stdout)', async () => {
    const f = new URL('../fixtures/real/sh-echo-o-dev-stdout.strace.txt', import.meta.url).pathname;
    const { events, stats } = await readTraceFile(f);
    expect(stats.unparsed).toBe(0);
    const write = calls(events).find((e) => e.syscall === 'write')!;
    expect(write).toMatchObject({ args: '1, "hi\\n", 3', status: 'complete', ret: { value: 3 } });
    expect(write.lines).toHaveLength(2);
    expect(events.find((e) => e.type === 'output' && e.line === write.line)).toMatchObject({ text: 'hi' });
  });

  itCorpus('moves a pending execve to the leader pid when a thread execs', async () => {
    const { events } = await readTraceFile(corpus('h11_thread_execve_superseded.txt'));
    const exec = calls(events).find((e) => e.syscall === 'execve' && e.args.startsWith('"/bin/echo"'))!;
    expect(exec.status).toBe('complete');
    expect(exec.ret?.value).toBe(0);
  });

  it('keeps orphans on either side and flags them', async () => {
    const { events, stats } = await readTraceText(
      ['100 <... read resumed>"x", 1) = 1', '100 write(1, "y", 1 <unfinished ...>', ''].join('\n'),
    );
    const [orphan, open] = calls(events);
    expect(orphan).toMatchObject({ syscall: 'read', status: 'orphan-resumed', args: '"x", 1' });
    expect(open).toMatchObject({ syscall: 'write', status: 'unfinished' });
    expect(stats).toMatchObject({ orphanResumed: 1, unfinished: 1 });
  });

  itCorpus('marks calls killed mid-way and detaches', async () => {
    const { events } = await readTraceFile(corpus('h01_killed_by_sigkill_from_outside.txt'));
    const sleep = calls(events).find((e) => e.syscall === 'clock_nanosleep')!;
    expect(sleep.status).toBe('interrupted');
    const h9 = await readTraceFile(corpus('h09_attach_p_sleep_restart_syscall_detach.txt'));
    expect(calls(h9.events)[0]).toMatchObject({ syscall: 'restart_syscall', status: 'detached' });
  });

  itCorpus('attaches -k stack frames and -e write= dumps to the call above them', async () => {
    const k = await readTraceFile(corpus('f23_k.txt'));
    const connect = calls(k.events).find((e) => e.syscall === 'connect' && e.args.includes('AF_INET6'))!;
    expect(connect.stack).toContain('/usr/lib/x86_64-linux-gnu/libc.so.6(__connect+0x10) [0x10a7c0]');
    const d = await readTraceFile(corpus('f37_dump_read_write.txt'));
    const write = calls(d.events).find((e) => e.args.startsWith('1, "hello\\tworld'))!;
    expect(write.dump?.length).toBe(2);
    expect(d.events.some((e) => e.type === 'output')).toBe(false);
  });
});

describeCorpus('times', () => {
  it('normalises -tt with day rollover and -ttt epochs', async () => {
    const { events, stats } = await readTraceText('1 23:59:59.500000 getpid() = 1\n1 00:00:00.250000 getpid() = 1\n');
    expect(stats.clock).toBe('wall');
    expect(events[1]!.time! - events[0]!.time!).toBeCloseTo(0.75, 6);
    const e = await readTraceFile(corpus('f08_ttt.txt'));
    expect(e.stats.clock).toBe('epoch');
    expect(e.events[0]!.time).toBeGreaterThan(1.7e9);
  });

  it('sums -r deltas into a relative clock', async () => {
    const { events, stats } = await readTraceFile(corpus('f09_r.txt'));
    expect(stats.clock).toBe('relative');
    expect(events.at(-1)!.time!).toBeGreaterThan(events[1]!.time!);
  });
});

describeCorpus('whole corpus', () => {
  it('reads every strace corpus file with no unparsed line and one record per line', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = corpus('');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => dir + f);
    files.push(...readdirSync(dir + 'f03_ff_o_dir').map((f) => `${dir}f03_ff_o_dir/${f}`));
    const problems: string[] = [];
    for (const f of files) {
      const { events, records, stats } = await readTraceFile(f, { records: true });
      const lines = readFileSync(f, 'utf8').split('\n').length - 1;
      if (records.length !== lines) problems.push(`${f}: ${records.length} records for ${lines} lines`);
      for (const e of events) if (e.type === 'unparsed') problems.push(`${f}:${e.line}: ${e.reason}`);
      // Every line belongs to at most one event (a spliced strace message adds its own
      // attach/detach event on the same line), and no event is emitted twice.
      const owner = new Map<number, number>();
      for (const e of events) for (const l of e.type === 'attach' || e.type === 'detach' ? [] : e.lines) {
        if (owner.has(l)) problems.push(`${f}:${l}: in events ${owner.get(l)} and ${e.seq}`);
        owner.set(l, e.seq);
      }
      if (stats.lines !== lines) problems.push(`${f}: stats.lines ${stats.lines} != ${lines}`);
    }
    expect(problems).toEqual([]);
  });
});
