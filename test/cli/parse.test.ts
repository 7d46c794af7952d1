import { describe, expect, it } from 'vitest';
import { corpus, runCli, runShell } from './run-cli.js';
import { itCorpus } from '../helpers/corpus.js';

const lines = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('tracex parse', () => {
  itCorpus('writes one JSON object per event and a stats object last', async () => {
    const r = await runCli(['parse', corpus('strace/a_psql_unix_socket_enoent.txt')]);
    expect(r.code).toBe(0);
    const objs = lines(r.stdout);
    const stats = objs.at(-1)!;
    expect(stats).toMatchObject({ type: 'stats', format: 'strace', os: 'linux', lines: 1008, unparsed: 0 });
    const connect = objs.find((o) => o.syscall === 'connect' && o.line === 995)!;
    expect(connect).toMatchObject({ type: 'syscall', pid: 11214, retval: -1, errno: 'ENOENT', errnoMessage: 'No such file or directory', lines: [995] });
    expect(connect.argsText).toBe('3, {sa_family=AF_UNIX, sun_path="/tmp/.s.PGSQL.5432"}, 110');
    expect((connect.args as { kind: string }[]).map((a) => a.kind)).toEqual(['int', 'struct', 'int']);
  });

  itCorpus('carries the decoded form per OS: the Rails dtruss connect is an inferred sockaddr_un and Darwin ENOENT', async () => {
    const r = await runCli(['parse', corpus('dtruss/00_seed_rails_db_setup_unix_socket_enoent.txt')]);
    const objs = lines(r.stdout);
    expect(objs.at(-1)).toMatchObject({ format: 'dtruss', os: 'darwin', unparsed: 0 });
    const socket = objs.find((o) => o.syscall === 'socket')!;
    const named = (socket.decoded as { args: { named?: { name?: string }[] }[] }).args.map((a) => a.named?.[0]?.name);
    expect(named).toEqual(['AF_UNIX', 'SOCK_STREAM', undefined]);
    const connect = objs.find((o) => o.syscall === 'connect')!;
    expect(connect).toMatchObject({ errno: 'ENOENT', errnoNumber: 2, errnoMessage: 'No such file or directory' });
    const addr = (connect.decoded as { args: { endpoint?: unknown }[] }).args[1]!.endpoint;
    expect(addr).toMatchObject({ family: 'AF_UNIX', inferred: true, length: 106 });
  });

  itCorpus('reads stdin, `-`, and a -ff directory with pids from the file names', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(corpus('strace/f01_plain.txt'), 'utf8');
    const viaStdin = await runCli(['parse', '--no-args'], { stdin: text });
    expect(lines(viaStdin.stdout).at(-1)).toMatchObject({ lines: 110, unparsed: 0 });
    const dash = await runCli(['parse', '-', '--no-args'], { stdin: text });
    expect(dash.stdout).toBe(viaStdin.stdout);
    const ff = await runCli(['parse', '--no-args', corpus('strace/f03_ff_o_dir')]);
    const objs = lines(ff.stdout);
    expect(new Set(objs.filter((o) => o.type === 'syscall').map((o) => o.pid))).toEqual(new Set([13749, 13750, 13751]));
    expect(objs.filter((o) => o.type === 'syscall').every((o) => typeof o.file === 'string')).toBe(true);
  });

  itCorpus('reads the NAME.PID files when given the NAME that strace -ff -o NAME was told', async () => {
    const set = await runCli(['parse', '--no-args', corpus('strace/f03_ff_o_dir/trace')]);
    expect(set.code).toBe(0);
    const objs = lines(set.stdout);
    expect(new Set(objs.filter((o) => o.type === 'syscall').map((o) => o.pid))).toEqual(new Set([13749, 13750, 13751]));
    expect((objs.at(-1) as { files: string[] }).files.map((f) => f.split('/').pop())).toEqual(['trace.13749', 'trace.13750', 'trace.13751']);
    // The header of the narrative names the set, not every file of it.
    const text = await runCli([corpus('strace/f03_ff_o_dir/trace')]);
    expect(text.stdout.split('\n')[0]).toMatch(/^tracex: \S+trace\.13749, \S+trace\.13750, \S+trace\.13751 \(strace, linux numbering\)$/);
    // A name with no such files is still an error naming the path.
    const none = await runCli(['parse', corpus('strace/f03_ff_o_dir/nosuch')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/nosuch: no such file or directory/);
  });

  itCorpus('writes one JSON document with --format json', async () => {
    const r = await runCli(['parse', '--format', 'json', corpus('strace/f10_T.txt')]);
    const doc = JSON.parse(r.stdout) as { events: unknown[]; stats: { lines: number } };
    expect(doc.stats.lines).toBe(233);
    expect(doc.events.length).toBeGreaterThan(200);
  });

  itCorpus('ends quietly when piped into head', async () => {
    const r = await runShell(`tracex parse ${corpus('strace/g_python_threads_io.txt')} | head -2`);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).toBe('');
  });

  it('names a missing file in a one-line error with exit code 2', async () => {
    const r = await runCli(['parse', '/nonexistent/trace.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tracex: /nonexistent/trace.txt: no such file or directory (check the path; give - or no file to read standard input)\n');
  });

  it('exits 2 on a bad option and on input that is no trace, saying what to do', async () => {
    const bad = await runCli(['parse', '--from', 'foo', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Allowed choices are strace, dtruss, nanos/);
    const prose = await runCli(['parse'], { stdin: 'hello\nthis is not a trace\n' });
    expect(prose.code).toBe(2);
    expect(prose.stderr).toMatch(/tried strace, dtruss, nanos/);
    expect(prose.stderr).toMatch(/  hello\n/);
    expect(prose.stderr).toMatch(/--from strace/);
  });

  it('keeps garbage, CRLF, a truncated last line and an empty file without crashing', async () => {
    const junk = '\u0000\u0001binary\xff\r\n123 openat(AT_FDCWD, "/x", O_RDONLY) = 3\r\n123 read(3, "ab';
    const r = await runCli(['parse', '--from', 'strace'], { stdin: junk });
    expect(r.code).toBe(0);
    const objs = lines(r.stdout);
    expect(objs.find((o) => o.syscall === 'openat')).toMatchObject({ retval: 3, argsText: 'AT_FDCWD, "/x", O_RDONLY' });
    // The last line stops mid-call (no newline): kept as a call that had not returned.
    expect(objs.find((o) => o.syscall === 'read')).toMatchObject({ line: 3, status: 'unfinished', argsText: '3, "ab' });
    expect(objs.find((o) => o.line === 1)).toMatchObject({ type: 'output' });
    expect(objs.at(-1)).toMatchObject({ type: 'stats', lines: 3, unparsed: 0 });
    const empty = await runCli(['parse'], { stdin: '' });
    expect(lines(empty.stdout)).toEqual([expect.objectContaining({ type: 'stats', lines: 0 })]);
  });
});
