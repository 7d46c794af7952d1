// `tracex run`: real programs under the real strace (installed by .ci/run), through the built CLI.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStraceVersion, STRACE_FLAGS, tracerArgs } from '../../src/cli/tracer-flags.js';
import { diagnoseDtrace, diagnoseStrace } from '../../src/analyze/tracer-problems.js';
import { followFile } from '../../src/ingest/follow.js';
import { findExecutable } from '../../src/cli/tracer/which.js';
import { CLI, runCli, runShell } from './run-cli.js';
import { itCorpus } from '../helpers/corpus.js';

const hasStrace = spawnSync('strace', ['-V']).status === 0;
const hasPython = spawnSync('python3', ['-c', '0']).status === 0;
const hasCc = spawnSync('cc', ['--version']).status === 0;
const hasTmux = spawnSync('tmux', ['-V']).status === 0;

// No 'tracex' in the name: runShell replaces that word with the CLI's path.
const tmp = () => mkdtempSync(join(tmpdir(), 'txrun-test-'));
type Obj = Record<string, unknown>;
/** The JSON objects among complete output lines (the program's own output lines are skipped). */
const ndjson = (s: string): Obj[] =>
  s
    .split('\n')
    .slice(0, -1)
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Obj);

/** What the program wrote, from the file stderr names (undefined when it went to the terminal). */
function programOutput(stderr: string): string | undefined {
  const where = /the program's output goes to (.+), not into the/.exec(stderr)?.[1];
  expect(where).toBeDefined();
  return where!.startsWith('/') ? readFileSync(where!, 'utf8') : undefined;
}

describe('strace flags table', () => {
  it('passes the flags that give the reader pids, times, durations, fd decorations and long strings', () => {
    const args = tracerArgs(STRACE_FLAGS, 'command', [6, 1]);
    expect(args).toEqual(['-f', '-ttt', '-T', '-yy', '-s', '256', '-q']);
    // -Y names attached processes; strace 5.14 does not know it.
    expect(tracerArgs(STRACE_FLAGS, 'attach', [6, 1])).toContain('-Y');
    expect(tracerArgs(STRACE_FLAGS, 'attach', [5, 14])).not.toContain('-Y');
    expect(tracerArgs(STRACE_FLAGS, 'attach', [6, 1])).not.toContain('-q');
    for (const f of STRACE_FLAGS) expect(f.why.length).toBeGreaterThan(30);
  });

  it('reads the version line strace -V prints', () => {
    expect(parseStraceVersion('strace -- version 6.1\nOptional features enabled: stack-trace=libunwind')).toEqual([6, 1]);
    expect(parseStraceVersion('nonsense')).toBeUndefined();
  });
});

describe('tracer messages', () => {
  it('recognises ptrace refusals (captured with strace 6.1 under a seccomp filter, and as another user)', () => {
    const seccomp = 'strace: test_ptrace_get_syscall_info: PTRACE_TRACEME: Operation not permitted\nstrace: ptrace(PTRACE_TRACEME, ...): Operation not permitted\n';
    expect(diagnoseStrace(seccomp)?.kind).toBe('ptrace-denied');
    expect(diagnoseStrace(seccomp)?.message).toContain('kernel.yama.ptrace_scope');
    expect(diagnoseStrace(seccomp)?.message).toContain('--cap-add SYS_PTRACE');
    expect(diagnoseStrace('strace: attach: ptrace(PTRACE_SEIZE, 6262): Operation not permitted')?.kind).toBe('ptrace-denied');
  });

  itCorpus('reads the strace error corpus lines', () => {
    const text = readFileSync(new URL('../../../shared/corpus/strace/l_strace_error_messages.txt', import.meta.url), 'utf8');
    const lines = text.split('\n');
    expect(diagnoseStrace(lines[0]!)).toEqual({ kind: 'command-not-found', message: 'command not found: /nonexistent/binary' });
    expect(diagnoseStrace(lines[1]!)?.kind).toBe('no-such-process');
    expect(diagnoseStrace(lines[2]!)).toBeUndefined();
  });

  it('recognises dtrace refusals (formats/dtruss.md §7)', () => {
    expect(diagnoseDtrace('dtrace: failed to initialize dtrace: DTrace requires additional privileges')?.message).toContain('sudo');
    expect(diagnoseDtrace('dtrace: failed to execute ls: dtrace cannot control executables signed with restricted entitlements')?.kind).toBe('sip');
  });
});

describe('following a file while it is written', () => {
  it('hands out bytes as they are appended and ends only after finish()', async () => {
    const path = join(tmp(), 'grow.txt');
    writeFileSync(path, '');
    const f = followFile(path, { pollMs: 10 });
    const got: string[] = [];
    const done = (async () => {
      for await (const chunk of f.stream) got.push(String(chunk));
    })();
    appendFileSync(path, '1 first line\n');
    await new Promise((r) => setTimeout(r, 60));
    expect(got.join('')).toBe('1 first line\n');
    appendFileSync(path, '2 second, without newline yet');
    f.finish(); // the writer exited: what is left is still read
    await done;
    expect(got.join('')).toBe('1 first line\n2 second, without newline yet');
  });
});

describe('finding the program like execvp', () => {
  it('searches PATH in order, skips non-executables, and takes names with a slash as paths', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'tool'), '#!/bin/sh\n');
    writeFileSync(join(dir, 'b', 'tool'), '#!/bin/sh\n');
    chmodSync(join(dir, 'b', 'tool'), 0o755);
    const PATH = `${dir}/a:${dir}/b`;
    expect(findExecutable('tool', PATH, '/')).toEqual({ found: true, path: join(dir, 'b', 'tool') });
    expect(findExecutable('missing', PATH, '/')).toEqual({ found: false, reason: 'not-found' });
    expect(findExecutable('./b/tool', '', dir)).toEqual({ found: true, path: join(dir, 'b', 'tool') });
    expect(findExecutable('b', '', dir).found).toBe(false);
  });
});

describe.skipIf(!hasStrace)('tracex run (real strace)', () => {
  it.skipIf(!hasPython)('shows the failed connect to a missing UNIX socket, with its path', async () => {
    const dir = tmp();
    const raw = join(dir, 'trace.txt');
    const sock = '/tmp/tracex-test-missing.sock';
    const py = `import socket; s=socket.socket(socket.AF_UNIX); s.connect('${sock}')`;
    const r = await runCli(['run', '--format', 'ndjson', '-o', raw, '--', 'python3', '-c', py]);
    // Python's uncaught FileNotFoundError: exit 1, and its traceback reached our stderr untouched.
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FileNotFoundError');
    // Without HOME (as in CI) Python first asks nscd for the user, so pick the connect by its path.
    const connect = ndjson(r.stdout).find((o) => o.syscall === 'connect' && String(o.argsText).includes(`sun_path="${sock}"`));
    expect(connect).toMatchObject({ type: 'syscall', errno: 'ENOENT', retval: -1 });
    // The raw trace is strace's own text and holds the same call.
    expect(readFileSync(raw, 'utf8')).toMatch(/connect\(\d+<UNIX-STREAM:\[\d+\]>, \{sa_family=AF_UNIX, sun_path="\/tmp\/tracex-test-missing\.sock"\}, 32\) = -1 ENOENT/);
    expect(r.stderr).toContain(`raw trace saved to ${raw}`);
    // Only strace's lines are in it (pid, time, call), none of the program's own output.
    const rawLines = readFileSync(raw, 'utf8').trimEnd().split('\n');
    expect(rawLines.filter((l) => !/^\d+ +\d+\.\d{6} /.test(l))).toEqual([]);
  });

  it.skipIf(!hasPython)('names the missing socket path in a connect-failed finding (text, --findings, ndjson)', async () => {
    const sock = '/tmp/tracex-test-missing.sock';
    const py = `import socket; s=socket.socket(socket.AF_UNIX); s.connect('${sock}')`;
    const text = await runCli(['run', '--', 'python3', '-c', py]);
    expect(text.code).toBe(1);
    // The narrative streams first (header naming the raw file), then the findings.
    expect(text.stdout).toMatch(/^tracex: \/\S+\/trace\.strace\.txt \(strace, linux numbering\)\n/);
    expect(text.stdout).toContain(`connect to ${sock} failed: ENOENT [connect-failed;`);
    expect(text.stdout.replace(/\s+/g, ' ')).toContain('nothing is listening at that path (no server has created its socket file there)');
    expect(text.stderr).toMatch(/tracex: python3 exited with status 1; raw trace saved to /);

    const only = await runCli(['run', '--findings', '--', 'python3', '-c', py]);
    expect(only.stdout).toMatch(/^Findings \(\d+\):\n {2}ERROR {3}connect to \/tmp\/tracex-test-missing\.sock failed: ENOENT/);
    // No narrative lines (`PID TIME call  → sentence`), no header.
    expect(only.stdout).not.toMatch(/^\d+ +\d+\.\d{6} /m);
    expect(only.stdout).not.toContain('(strace, linux numbering)');

    const nd = await runCli(['run', '--format', 'ndjson', '--findings', '--', 'python3', '-c', py]);
    const findings = ndjson(nd.stdout).filter((o) => o.type === 'finding');
    expect(findings[0]).toMatchObject({ id: 'connect-failed', severity: 'error', title: `connect to ${sock} failed: ENOENT` });
    expect(ndjson(nd.stdout).some((o) => o.type === 'syscall')).toBe(false);

    const json = await runCli(['run', '--format', 'json', '--', 'python3', '-c', py]);
    const doc = JSON.parse(json.stdout) as { findings: { id: string; title: string }[]; events: unknown[] };
    expect(doc.findings[0]).toMatchObject({ id: 'connect-failed' });
    expect(doc.events.length).toBeGreaterThan(10);
  });

  it("passes the program's exit code through and keeps its stdout out of the NDJSON", async () => {
    const r = await runCli(['run', '--format', 'ndjson', '--', 'sh', '-c', 'echo program-says-hi; exit 3']);
    expect(r.code).toBe(3);
    expect(r.stdout.split('\n')).not.toContain('program-says-hi');
    expect(programOutput(r.stderr) ?? 'program-says-hi\n').toBe('program-says-hi\n');
    const exit = ndjson(r.stdout).find((o) => o.type === 'exit');
    expect(exit).toMatchObject({ code: 3 });
    // The default raw file is a temp file, named at the end.
    const m = /raw trace saved to (\S+)/.exec(r.stderr);
    expect(m).not.toBeNull();
    expect(readFileSync(m![1]!, 'utf8')).toMatch(/exit_group\(3\) += \?/);
    const zero = await runCli(['run', '--format', 'ndjson', '--', 'true']);
    expect(zero.code).toBe(0);
  });

  it('reports a signal death as 128 + the signal number', async () => {
    const r = await runCli(['run', '--format', 'ndjson', '--', 'sh', '-c', 'kill -TERM $$']);
    expect(r.code).toBe(143);
  });

  it('passes options after the command to the program, not to tracex', async () => {
    const r = await runCli(['run', '--format', 'ndjson', 'sh', '-c', 'echo "$1"', 'sh', '-o']);
    expect(r.code).toBe(0);
    expect(programOutput(r.stderr) ?? '-o\n').toBe('-o\n');
  });

  it('says so when the command does not exist (exit 2)', async () => {
    const r = await runCli(['run', '--', 'tracex-no-such-command-here']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tracex: command not found: tracex-no-such-command-here\n');
    expect(r.stdout).toBe('');
  });

  it('says how to install strace when it is missing (exit 2)', async () => {
    const r = await runCli(['run', '--', '/bin/true'], { env: { PATH: tmp() } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('strace is not installed');
    expect(r.stderr).toContain('apt-get install strace');
  });

  it.skipIf(!hasCc)('explains a ptrace refusal (ptrace made to fail by a seccomp filter, as in a container)', async () => {
    const dir = tmp();
    const src = join(dir, 'noptrace.c');
    // Installs a filter that fails ptrace(2) with EPERM, then runs its arguments.
    writeFileSync(
      src,
      `#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <errno.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(int argc, char **argv) {
  struct sock_filter f[] = {
    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_ptrace, 0, 1),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
  };
  struct sock_fprog p = { sizeof f / sizeof f[0], f };
  if (argc < 2 || prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) || prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &p)) return 99;
  execvp(argv[1], argv + 1);
  return 127;
}
`,
    );
    const bin = join(dir, 'noptrace');
    expect(spawnSync('cc', ['-O', '-o', bin, src]).status).toBe(0);
    const r = await runShell(`${bin} tracex run -- true`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tracex: tracing is not permitted here');
    expect(r.stderr).toContain('kernel.yama.ptrace_scope');
    expect(r.stderr).toContain('--cap-add SYS_PTRACE');
  });

  /** Starts `tracex run ARGS`, collecting its output; `until` resolves once a predicate on it holds. */
  function startTracex(args: string[]) {
    const tx = spawn(process.execPath, [CLI, 'run', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    const seen = { stdout: '', stderr: '' };
    const waiters: { test: () => boolean; resolve: () => void }[] = [];
    const check = () => {
      for (const w of [...waiters]) if (w.test()) (waiters.splice(waiters.indexOf(w), 1), w.resolve());
    };
    tx.stdout.setEncoding('utf8').on('data', (d: string) => ((seen.stdout += d), check()));
    tx.stderr.setEncoding('utf8').on('data', (d: string) => ((seen.stderr += d), check()));
    const exited = new Promise<number | null>((resolve) => tx.on('close', (code) => resolve(code)));
    /** Resolves once `test` holds; fails with what was seen after 20 s. */
    const until = (test: () => boolean) =>
      new Promise<void>((resolve, reject) => {
        if (test()) return resolve();
        const t = setTimeout(() => reject(new Error(`timed out; stderr so far:\n${seen.stderr}\nstdout so far:\n${seen.stdout.slice(-2000)}`)), 20_000);
        waiters.push({ test, resolve: () => (clearTimeout(t), resolve()) });
      });
    const exitedWithin = (ms: number) =>
      Promise.race([exited, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`tracex did not exit; stderr:\n${seen.stderr}`)), ms))]);
    return { tx, seen, exited: exitedWithin(20_000), until };
  }

  it('attaches with -p and detaches on Ctrl-C, leaving the process running', async () => {
    const sleeper = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      const run = startTracex(['--format', 'ndjson', '-p', String(sleeper.pid)]);
      await run.until(() => run.seen.stderr.includes('attached to process'));
      expect(run.seen.stderr).toContain(`attached to process ${sleeper.pid}`);
      run.tx.kill('SIGINT');
      expect(await run.exited).toBe(0);
      expect(run.seen.stderr).toContain(`detached from process ${sleeper.pid}`);
      const objs = ndjson(run.seen.stdout);
      expect(objs.at(-1)).toMatchObject({ type: 'stats', format: 'strace' });
      // If strace saw sleep's nanosleep before the detach, that call is marked detached.
      for (const o of objs.filter((x) => x.type === 'syscall')) expect(o).toMatchObject({ pid: sleeper.pid, status: 'detached', comm: 'sleep' });
      expect(run.seen.stderr).toMatch(/raw trace saved to \S+/);
      // The process is still alive after the detach.
      expect(() => process.kill(sleeper.pid!, 0)).not.toThrow();
      expect(sleeper.exitCode).toBeNull();
    } finally {
      sleeper.kill('SIGKILL');
    }
  });

  it('streams events while the process runs, and follows its children', async () => {
    const loop = spawn('sh', ['-c', 'while :; do echo tick; sleep 0.1; done'], { stdio: 'ignore' });
    try {
      const run = startTracex(['--format', 'ndjson', '-p', String(loop.pid)]);
      // Events of a child (the sleep) arrive before tracex is asked to stop.
      await run.until(() => ndjson(run.seen.stdout).some((o) => o.syscall === 'execve' && String(o.argsText).includes('sleep')));
      await run.until(() => ndjson(run.seen.stdout).some((o) => o.syscall === 'write' && String(o.argsText).includes('"tick\\n"')));
      expect(run.seen.stdout).not.toContain('"type":"stats"');
      run.tx.kill('SIGINT');
      expect(await run.exited).toBe(0);
      expect(ndjson(run.seen.stdout).at(-1)).toMatchObject({ type: 'stats' });
      expect(loop.exitCode).toBeNull();
    } finally {
      loop.kill('SIGKILL');
    }
  });

  it('says so when -p names no process (exit 2)', async () => {
    const r = await runCli(['run', '-p', '999999']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tracex: no process with pid 999999\n');
  });

  it('prints how to capture on Nanos, where tracex cannot start the program', async () => {
    const r = await runCli(['run', '--tracer', 'nanos', '--', './server']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ops run ./program --trace > trace.txt 2>&1');
    expect(r.stderr).toContain('tracex explain trace.txt');
  });

  it('prints the strace command with --dry-run, running nothing', async () => {
    const r = await runCli(['run', '--dry-run', '--', 'curl', '-s', 'localhost:9']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('strace -f -ttt -T -yy -s 256 -q -o TRACE_FILE -- curl -s localhost:9');
    expect(existsSync('TRACE_FILE')).toBe(false);
  });
});

/** A real terminal (tmux) for what only a terminal shows: Ctrl-C from the keyboard, the live UI. */
describe.skipIf(!hasStrace || !hasTmux)('tracex run in a terminal', () => {
  const session = `txrun-${process.pid}`;
  const tmux = (...args: string[]) => spawnSync('tmux', args, { encoding: 'utf8' });
  const screen = () => tmux('capture-pane', '-t', session, '-p', '-J', '-S', '-200').stdout;
  async function waitFor(what: string, test: (s: string) => boolean, ms = 20_000): Promise<string> {
    const end = Date.now() + ms;
    for (;;) {
      const s = screen();
      if (test(s)) return s;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}; screen:\n${s}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const start = (cmd: string) => {
    tmux('kill-session', '-t', session);
    expect(tmux('new-session', '-d', '-s', session, '-x', '150', '-y', '40', 'sh').status).toBe(0);
    tmux('send-keys', '-t', session, `NO_COLOR=1 ${process.execPath} ${CLI} ${cmd}; echo "RC=$?"`, 'Enter');
  };

  it('Ctrl-C reaches the program; tracex still prints the findings and exits with its status', async () => {
    try {
      const dir = tmp();
      start(`run -o ${dir}/t.txt --findings -- sleep 30`);
      // The program is running once strace has written its execve.
      await waitFor('the trace to start', () => existsSync(`${dir}/t.txt`) && readFileSync(`${dir}/t.txt`, 'utf8').includes('clock_nanosleep('));
      tmux('send-keys', '-t', session, 'C-c');
      const s = await waitFor('tracex to end', (x) => /RC=\d+/.test(x));
      expect(s).toMatch(/killed by SIGINT( while in \w+\(\))? \[killed-by-signal;/);
      expect(s).toContain('sleep was killed by SIGINT (status 130)');
      expect(s).toMatch(/RC=130/);
    } finally {
      tmux('kill-session', '-t', session);
    }
  });

  it('--browse shows the trace live, sends the program output to a file, and passes its exit code on', async () => {
    try {
      const dir = tmp();
      start(`run --browse -o ${dir}/t.txt -- sh -c 'echo from-the-program; sleep 1; exit 4'`);
      // An event row (line, pid) under the status bar: the list may already have jumped from the
      // first execve to the finding's event (the browser opens on the story once analysis ends).
      await waitFor('the UI with the first events', (x) => x.includes('strace/linux') && x.includes('q quit') && /^[ ●]*\d+ \d+ /m.test(x));
      tmux('send-keys', '-t', session, 'q');
      const s = await waitFor('tracex to end', (x) => /RC=\d+/.test(x));
      expect(s).toMatch(/RC=4/);
      expect(s).toContain(`the program's output is in ${dir}/t.program-output.txt`);
      expect(readFileSync(`${dir}/t.program-output.txt`, 'utf8')).toBe('from-the-program\n');
      expect(readFileSync(`${dir}/t.txt`, 'utf8')).toMatch(/exit_group\(4\) += \?/);
    } finally {
      tmux('kill-session', '-t', session);
    }
  });
});
