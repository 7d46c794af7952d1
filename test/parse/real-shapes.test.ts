// Line shapes seen in real traces that other readers stumble on (issue 17): each one is read
// from a real capture (test/fixtures/real/README.md says how each was made).
import { describe, expect, it } from 'vitest';
import { readTraceFile, readTraceText } from '../../src/index.js';
import type { SyscallEvent, TraceEvent } from '../../src/model/index.js';
import { runCli } from '../cli/run-cli.js';

const real = (name: string) => new URL(`../fixtures/real/${name}`, import.meta.url).pathname;
const calls = (evs: TraceEvent[]) => evs.filter((e): e is SyscallEvent => e.type === 'syscall');
const outputs = (evs: TraceEvent[]) => evs.flatMap((e) => (e.type === 'output' ? [e.text] : []));

describe('program output glued into write lines (strace without -o, output on the same pipe)', () => {
  it('takes the output out of every write, whether -s cut the string, it is UTF-8, one newline or several lines', async () => {
    const { events, stats } = await readTraceFile(real('sh-echo-s8-output-glued.strace.txt'));
    expect(stats.unparsed).toBe(0);
    const writes = calls(events).filter((e) => e.syscall === 'write');
    expect(writes.map((w) => [w.args, w.status, w.ret?.value, w.lines])).toEqual([
      ['1, "hello wo"..., 22', 'complete', 22, [49, 50]],
      ['1, "h\\303\\251llo w"..., 24', 'complete', 24, [51, 52]],
      ['1, "\\n", 1', 'complete', 1, [57, 58]],
      ['1, "one\\ntwo\\n"..., 14', 'complete', 14, [61, 64]],
      ['1, "x\\n\\n", 3', 'complete', 3, [65, 67]],
      ['1, "no newli"..., 10', 'complete', 10, [68]],
      ['1, "a\\nb", 3', 'complete', 3, [69, 70]],
      ['1, "\\n", 1', 'complete', 1, [71, 72]],
    ]);
    expect(outputs(events)).toEqual(['hello wonderful world', 'héllo wörld ünïcode', 'one', 'two', 'three', 'x', 'no newline', 'a', 'b']);
  });
});

describe('pasted traces', () => {
  it('reads call lines with trailing blanks and CR as the same lines without them', async () => {
    // Built from a real capture: every line of ls-missing-file with blanks, a tab or a CR
    // appended, the way traces pasted from terminals and web pages arrive.
    const file = real('ls-missing-file.strace.txt');
    const text = (await import('node:fs')).readFileSync(file, 'utf8');
    const ends = ['  ', '\t', ' \r', ' '];
    const pasted = text
      .split('\n')
      .map((l, i) => (l === '' ? l : l + ends[i % ends.length]))
      .join('\n');
    const plain = await readTraceText(text);
    const withBlanks = await readTraceText(pasted);
    expect(withBlanks.stats.unparsed).toBe(0);
    expect(calls(withBlanks.events).map((e) => [e.syscall, e.args, e.ret?.text])).toEqual(
      calls(plain.events).map((e) => [e.syscall, e.args, e.ret?.text]),
    );
    expect(withBlanks.events.filter((e) => e.type === 'exit')).toHaveLength(1);
  });
});

describe('strace 7 --color=always (real 7.2 captures)', () => {
  const files = ['curl-refused-color-always.strace.txt', 'ls-missing-color-always.strace.txt', 'sh-c-multiprocess-color-always.strace.txt'];
  const shape = (evs: TraceEvent[]) =>
    evs.map((e) => (e.type === 'syscall' ? [e.syscall, e.pid, e.args, e.ret?.text, e.duration, e.status] : e.type === 'exit' ? ['exit', e.pid, e.code] : [e.type]));

  it.each(files)('%s: detected as strace and read exactly like the same trace without colour', async (name) => {
    const file = real(name);
    const coloured = await readTraceFile(file);
    const text = (await import('node:fs')).readFileSync(file, 'utf8');
    expect(text).toContain('\x1b[33m');
    // The plain text strace 7 prints without --color (SGR codes cut out here, in the test).
    const plain = await readTraceText(text.replace(/\x1b\[[0-9;]*m/g, ''));
    expect(coloured.stats).toMatchObject({ format: 'strace', unparsed: 0 });
    expect(shape(coloured.events)).toEqual(shape(plain.events));
  });

  it('reads the refused connect and the exit status of the coloured curl trace', async () => {
    const { events } = await readTraceFile(real('curl-refused-color-always.strace.txt'));
    const connect = calls(events).find((e) => e.syscall === 'connect' && e.args.includes('127.0.0.1'))!;
    expect(connect).toMatchObject({ line: 467, args: '5, {sa_family=AF_INET, sin_port=htons(9), sin_addr=inet_addr("127.0.0.1")}, 16' });
    expect(connect.ret?.errno).toBe('EINPROGRESS');
    expect(events.find((e) => e.type === 'exit')).toMatchObject({ code: 7 });
  });
});

describe('dtruss shapes', () => {
  it('takes the synthetic `fork() = 0 0` of dtruss -a/-f as a marker, not a fork: no child, no fork in the story', async () => {
    const file = real('dtruss-a-arm64-synthetic-fork.dtruss.txt');
    const { events } = await readTraceFile(file);
    expect(calls(events).some((e) => e.syscall === 'fork')).toBe(false);
    expect(events.find((e) => e.line === 4)).toMatchObject({ type: 'tracer', source: 'dtruss', pid: 4966, tid: 0x54c8 });
    const story = await runCli([file]);
    expect(story.stdout).not.toMatch(/Forked|child/i);
    expect(story.stdout).toContain('4966/0x54c8 crossarch_trap(0x0, 0x0, 0x0) = -1 ENOTSUP');
  });

  it('returns the value without the errno column (`= 3662 0` is 3662), Solaris LWP ids in decimal', async () => {
    const { events, stats } = await readTraceFile(real('dtruss-solaris-pid-lwp.dtruss.txt'));
    expect(stats).toMatchObject({ format: 'dtruss', unparsed: 0 });
    const llseek = calls(events)[0]!;
    expect(llseek).toMatchObject({ syscall: 'llseek', pid: 27547, tid: 1, ret: { text: '3662', value: 3662 } });
    expect(calls(events).find((e) => e.syscall === 'lwp_sigmask')?.ret).toMatchObject({ text: '0xFFBFFEFF', hex: true });
    const parse = await runCli(['parse', '--no-args', real('dtruss-solaris-pid-lwp.dtruss.txt')]);
    expect(parse.stdout).not.toMatch(/"retText":"[^"]* 0"/);
  });
});

describe("strace's own messages spliced into call lines", () => {
  it('strace -d: joins each call split by a debug message across the whole debug lines between its halves', async () => {
    const { events, stats } = await readTraceFile(real('true-d-debug-spliced.strace.txt'));
    expect(stats).toMatchObject({ unparsed: 0, unfinished: 0, orphanResumed: 0 });
    expect(events.some((e) => e.type === 'output')).toBe(false);
    const brk = calls(events).find((e) => e.syscall === 'brk')!;
    expect(brk).toMatchObject({ line: 34, lines: [34, 37], args: 'NULL', status: 'complete', ret: { text: '0x5603dda59000' } });
    const fstat = calls(events).find((e) => e.syscall === 'newfstatat')!;
    expect(fstat.args).toBe('3, "", {st_mode=S_IFREG|0644, st_size=34855, ...}, AT_EMPTY_PATH');
    expect(events.find((e) => e.type === 'tracer' && e.line === 34)).toMatchObject({ message: '[wait(0x00857f) = 1822] WIFSTOPPED,sig=133' });
    // The debug message follows the `*/` of a comment with no blank: the `/` stays with the call.
    expect(calls(events).find((e) => e.syscall === 'execve')?.args).toBe('"/bin/true", ["/bin/true"], 0x7ffd2f655bc8 /* 39 vars */');
    expect(calls(events).map((e) => e.syscall)).toContain('exit_group');
  });
});

describe('strace 4.x shapes (real captures from strace 4.6 and 4.10 built from their tags)', () => {
  it.each(['sh-f-strace46-siginfo-stderr.txt', 'sh-f-strace410-clone-attached-stderr.txt'])(
    '%s: `clone(Process N attached` (no strace: prefix) joins the clone with its rest and is an attach',
    async (name) => {
      const { events, stats } = await readTraceFile(real(name));
      expect(stats.unparsed).toBe(0);
      expect(events.some((e) => e.type === 'output')).toBe(false);
      const clone = calls(events).find((e) => e.syscall === 'clone')!;
      expect(clone).toMatchObject({ line: 49, lines: [49, 50], status: 'complete' });
      expect(clone.args).toMatch(/^child_stack=0, flags=CLONE_CHILD_CLEARTID\|CLONE_CHILD_SETTID\|SIGCHLD, child_tidptr=0x[0-9a-f]+$/);
      expect(events.find((e) => e.type === 'attach')).toMatchObject({ line: 49, target: clone.ret?.value });
    },
  );

  it('strace 4.6: a group-stop without siginfo, `--- Stopped (signal) by SIGSTOP ---`, is a stop', async () => {
    const { events, stats } = await readTraceFile(real('sh-f-strace46-sigstop.strace.txt'));
    expect(stats.unparsed).toBe(0);
    expect(events.some((e) => e.type === 'output')).toBe(false);
    expect(events.find((e) => e.line === 424)).toMatchObject({ type: 'signal', signal: 'SIGSTOP', info: 'si_signo=SIGSTOP, si_code=SI_USER, si_pid=31929, si_uid=0' });
    expect(events.find((e) => e.line === 425)).toMatchObject({ type: 'signal', pid: 31930, signal: 'SIGSTOP', info: 'Stopped (signal)', stopped: true });
    const text = await runCli(['--color', 'never', real('sh-f-strace46-sigstop.strace.txt')]);
    expect(text.stdout).toContain('31930 --- stopped by SIGSTOP ---  → Was stopped by SIGSTOP');
    expect(text.stdout).toContain('Findings: none');
  });

  it('strace 4.6: `--- {si_signo=SIGCHLD, ...} (Child exited) ---` is a SIGCHLD, not program output', async () => {
    const { events } = await readTraceFile(real('sh-f-strace46-siginfo-stderr.txt'));
    expect(events.find((e) => e.line === 91)).toMatchObject({
      type: 'signal',
      signal: 'SIGCHLD',
      info: 'si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=29137, si_status=0, si_utime=0, si_stime=0',
    });
  });
});
