// Folding real traces: loader and locale probes, nscd, module search, async connect,
// self-pipe and prefork pool — read from the shared corpus with the real pipeline.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTraceText } from '../../src/index.js';
import { analyzerExplainer, explainStories, type Story } from '../../src/explain/index.js';
import { Analyzer } from '../../src/analyze/index.js';
import { Folder, MAX_HELD } from '../../src/explain/fold.js';
import type { TraceEvent } from '../../src/model/index.js';
import { describeCorpus } from '../helpers/corpus.js';

const STRACE = fileURLToPath(new URL('../../../shared/corpus/strace/', import.meta.url));

async function stories(file: string, analyzed = false): Promise<Story[]> {
  const { events } = await readTraceText(readFileSync(STRACE + file, 'utf8'));
  const out: Story[] = [];
  const ex = analyzed ? analyzerExplainer(new Analyzer({ os: 'linux', format: 'strace' })) : undefined;
  for await (const s of explainStories(events, ex)) out.push(s);
  return out;
}

const at = (ss: Story[], line: number): Story => {
  const s = ss.find((x) => x.items[0]!.event.line === line);
  if (!s) throw new Error(`no story starts at line ${String(line)}`);
  return s;
};

describeCorpus('folding on a_psql_unix_socket_enoent.txt', () => {
  it('tells the loader start-up, locale probes and nscd probes as one line each, and keeps the real failure alone', async () => {
    const ss = await stories('a_psql_unix_socket_enoent.txt');
    const loader = at(ss, 4);
    expect(loader.kind).toBe('loader');
    expect(loader.items).toHaveLength(34);
    expect(loader.sentence).toBe('Dynamic loader loaded libm.so.6, libc.so.6, libcrypt.so.1; 1 expected miss while searching (34 calls)');

    const nscd = at(ss, 968);
    expect(nscd.kind).toBe('nscd');
    expect(nscd.items.map((i) => i.event.line)).toEqual([968, 969, 970]);
    expect(nscd.sentence).toMatch(/nscd\) at \/var\/run\/nscd\/socket: not running \(ENOENT\)/);

    const perl = at(ss, 170);
    expect(perl.kind).toBe('search');
    expect(perl.sentence).toBe('Searched for warnings.pm in 6 places (11 missing): found /usr/lib/x86_64-linux-gnu/perl-base/warnings.pm');

    const passwd = at(ss, 982);
    expect(passwd.kind).toBe('file');
    expect(passwd.items.map((i) => i.event.line)).toEqual([982, 983, 984, 985, 986]);
    expect(passwd.sentence).toBe('Opened /etc/passwd as fd 3, read 1271 bytes and closed it (5 calls)');

    const connect = at(ss, 995);
    expect(connect.kind).toBe('event');
    expect(connect.items).toHaveLength(1);
    // Folding shortens the story a lot: 1008 lines read as far fewer.
    expect(ss.length).toBeLessThan(400);
  });
});

describeCorpus('folding on d_prefork_echo_select_selfpipe.txt', () => {
  it('names the prefork pool and the self-pipe', async () => {
    const ss = await stories('d_prefork_echo_select_selfpipe.txt');
    // 12554 1795428813.059528 write(5<pipe:[21185]>, "x", 1 <unfinished ...>  (line 722, after SIGTERM)
    expect(at(ss, 722).sentence).toBe('Wrote 1 byte to fd 5 (pipe): "x" — a self-pipe: it wakes its own select/poll loop after SIGTERM arrived');
    // A worker losing the accept race while three share the listener.
    const lost = at(ss, 640);
    expect(lost.sentence).toContain('would block — no connection was waiting (often another process or thread took it first)');
    expect(lost.sentence).toContain('prefork pool: 3 processes share the listener 127.0.0.1:40000');
  });
});

describeCorpus('signal handler sweep (d_prefork_echo_select_selfpipe.txt)', () => {
  it("tells python's start-up pass over 64 signal handlers as one line", async () => {
    const ss = await stories('d_prefork_echo_select_selfpipe.txt');
    const s = ss.find((x) => x.kind === 'signals')!;
    expect(s.items).toHaveLength(64);
    expect(s.sentence).toBe(
      'Went through its signal handlers: set SIGPIPE to ignore it, SIGXFSZ to ignore it; read the current handlers of 62 signals (SIGHUP, SIGINT, SIGQUIT, …)',
    );
  });
});

describeCorpus('async connect on g_node_fs_threads.txt', () => {
  it('ties the SO_ERROR read back to the connect that started it', async () => {
    const ss = await stories('g_node_fs_threads.txt', true);
    const start = at(ss, 826);
    expect(start.kind).toBe('async-connect');
    expect(start.sentence).toMatch(/^Started a non-blocking connect of fd 24 \(TCP socket\) to 127\.0\.0\.1:33773/);
    expect(at(ss, 878).sentence).toBe(
      'Read the result of the non-blocking connect of fd 24 (TCP socket) to 127.0.0.1:33773 (started at line 826): connected (SO_ERROR 0)',
    );
  });
});

describe('async connect refused (samples/curl-connection-refused.strace.txt)', () => {
  it('tells connect EINPROGRESS → poll POLLERR → SO_ERROR ECONNREFUSED as one failed attempt', async () => {
    const text = readFileSync(fileURLToPath(new URL('../../samples/curl-connection-refused.strace.txt', import.meta.url)), 'utf8');
    const { events } = await readTraceText(text);
    const ss: Story[] = [];
    for await (const s of explainStories(events, analyzerExplainer(new Analyzer({ os: 'linux', format: 'strace' })))) ss.push(s);
    const s = at(ss, 467);
    expect(s.kind).toBe('async-connect');
    expect(s.items.map((i) => i.event.line)).toEqual([467, 468, 469, 470, 471, 472, 473]);
    expect(s.sentence).toBe(
      'Failed to connect fd 5 (TCP socket) to 127.0.0.1:9: non-blocking connect started, waited 2 times for it, then SO_ERROR reported ECONNREFUSED — the connection did not succeed',
    );
    // Inside the story, poll's revents are read: the error shows before SO_ERROR is asked.
    expect(s.items[2]!.explanation).toContain('fd 5 reported an error or hang-up (POLLOUT|POLLERR|POLLHUP)');
  });
});

describeCorpus('folding a Nanos trace (nanos-2109-openj9-libdl-newfmt.txt)', () => {
  it('keeps the loader search as one story across kernel messages, which are no process', async () => {
    const text = readFileSync(fileURLToPath(new URL('../../../shared/corpus/nanos/nanos-2109-openj9-libdl-newfmt.txt', import.meta.url)), 'utf8');
    const { events } = await readTraceText(text);
    const ss: Story[] = [];
    for await (const s of explainStories(events)) ss.push(s);
    const s = ss.find((x) => x.kind === 'loader')!;
    expect(s.items.map((i) => i.event.line)).toEqual([12, 13, 15, 18, 21]);
    expect(s.sentence).toBe('Dynamic loader loaded libdl.so.2; 2 expected misses while searching (5 calls)');
  });
});

describeCorpus('folding interleaved processes (h02_sh_child_killed_sigkill_parent_sigchld.txt, strace -f)', () => {
  it('folds two children loading libc at the same time, and loses no event', async () => {
    const text = readFileSync(STRACE + 'h02_sh_child_killed_sigkill_parent_sigchld.txt', 'utf8');
    const { events } = await readTraceText(text);
    const ss: Story[] = [];
    for await (const s of explainStories(events)) ss.push(s);
    const loaders = ss.filter((s) => s.kind === 'loader').map((s) => s.items[0]!.event.pid);
    expect(loaders).toEqual(expect.arrayContaining([15428, 15429]));
    expect(ss.reduce((n, s) => n + s.items.length, 0)).toBe(events.length);
    expect(new Set(ss.flatMap((s) => s.items.map((i) => i.event.seq))).size).toBe(events.length);
  });
});

describe('Folder look-ahead', () => {
  it('never holds more than MAX_HELD events', () => {
    const f = new Folder();
    let out = 0;
    let maxHeld = 0;
    let pushed = 0;
    // An endless library search: every call joins the open story.
    for (let i = 0; i < MAX_HELD * 3; i++) {
      const ev: TraceEvent = {
        type: 'syscall', syscall: 'openat', args: `AT_FDCWD, "/lib/x${String(i)}.so", O_RDONLY|O_CLOEXEC`, status: 'complete',
        ret: { text: '-1', value: -1, errno: 'ENOENT' }, line: i + 1, lines: [i + 1], seq: i, pid: 1,
      };
      out += f.push({ event: ev, explanation: 'x' }).reduce((n, s) => n + s.items.length, 0);
      pushed++;
      maxHeld = Math.max(maxHeld, pushed - out);
    }
    out += f.end().reduce((n, s) => n + s.items.length, 0);
    expect(out).toBe(pushed);
    expect(maxHeld).toBeLessThanOrEqual(MAX_HELD + 1);
  });
});

describe('hiredis async connect refused (test/fixtures/real/redis-cli-refused.strace.txt)', () => {
  const REAL = fileURLToPath(new URL('../fixtures/real/', import.meta.url));
  it('says the POLLERR wait already meant failure, and the later SO_ERROR 0 is not a success', async () => {
    const { events } = await readTraceText(readFileSync(REAL + 'redis-cli-refused.strace.txt', 'utf8'));
    const ss: Story[] = [];
    for await (const s of explainStories(events, analyzerExplainer(new Analyzer({ os: 'linux', format: 'strace' })))) ss.push(s);
    // 205: `connect(3, …) = -1 EINPROGRESS`, 206: `poll([{fd=3, events=POLLOUT}], 1, -1) = 1 ([{fd=3, revents=POLLOUT|POLLERR|POLLHUP}])`
    expect(at(ss, 205).sentence).toContain('the wait reported POLLERR|POLLHUP, so the connect failed');
    expect(at(ss, 205).sentence).not.toContain('the result is read later');
    // 208: `getsockopt(3, SOL_SOCKET, SO_ERROR, [0], [4]) = 0` after 207's ECONNREFUSED.
    const so = at(ss, 208).sentence;
    expect(so).toMatch(/^Read the pending error of fd 3 .*to 127\.0\.0\.1:6399: none left \(SO_ERROR 0\)/);
    expect(so).toContain('the connect at line 207 had already returned ECONNREFUSED, so there is no connection');
    expect(so).not.toContain('connected');
  });
});

describe('async connect without the analyzer', () => {
  it('tells each call on its own line: the outcome of a connect is the analyzer\'s to follow', async () => {
    const REAL = fileURLToPath(new URL('../fixtures/real/', import.meta.url));
    const { events } = await readTraceText(readFileSync(REAL + 'redis-cli-refused.strace.txt', 'utf8'));
    const ss: Story[] = [];
    for await (const s of explainStories(events)) ss.push(s);
    expect(ss.some((s) => s.kind === 'async-connect')).toBe(false);
    expect(at(ss, 205).sentence).toMatch(/^Tried to connect fd 3 to 127\.0\.0\.1:63/);
  });
});

describe('self-pipe', () => {
  it('is a pipe the same process writes and waits on, not a closed fd number reused (a prefork master signalling a worker)', async () => {
    // Lines built in strace's format: the master (100) makes a pipe for a worker, closes the
    // worker's end after the fork, takes the same number for its own self-pipe, and then
    // writes into the worker's pipe: that write forwards a signal, it wakes no loop of its own.
    const text = [
      '100 pipe2([5, 6], O_CLOEXEC) = 0',
      '100 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f0) = 101',
      '100 close(5) = 0',
      '100 pipe2([5, 7], O_CLOEXEC|O_NONBLOCK) = 0',
      '100 select(8, [5], NULL, NULL, {tv_sec=1, tv_usec=0}) = 0 (Timeout)',
      '100 write(6, "\\3\\0\\0\\0", 4) = 4',
      '100 write(7, "x", 1) = 1',
    ].join('\n') + '\n';
    const { events } = await readTraceText(text);
    const out: Story[] = [];
    for await (const s of explainStories(events, analyzerExplainer(new Analyzer({ os: 'linux', format: 'strace' })), false)) out.push(s);
    const sentence = (line: number): string => out.find((s) => s.items[0]!.event.line === line)!.sentence;
    expect(sentence(6)).not.toMatch(/self-pipe/);
    expect(sentence(7)).toMatch(/a self-pipe: it wakes its own select\/poll loop/);
  });
});
