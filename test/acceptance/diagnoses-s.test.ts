// Acceptance (issue 14, signals, hangs, stderr and root cause): real traces captured here
// (test/fixtures/real/, README gives each command and true cause). Each test asserts what a
// person debugging reads first — the first ERROR/WARNING finding and the "In short" line —
// names the true cause with its evidence lines, and that healthy traces raise nothing.

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/analyze/index.js';
import { overview } from '../../src/explain/overview.js';
import { readTraceFile } from '../../src/index.js';
import type { Finding, ProcessInfo, SocketInfo } from '../../src/model/index.js';
import { runCli } from '../cli/run-cli.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/real/${name}.strace.txt`, import.meta.url));

interface Diagnosis {
  findings: Finding[];
  /** ERROR and WARNING findings, in the order shown. */
  alarms: Finding[];
  first: Finding | undefined;
  inShort: string;
}

function diagnosis(findings: Finding[], processes: ProcessInfo[], sockets: SocketInfo[]): Diagnosis {
  const alarms = findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
  return { findings, alarms, first: alarms[0], inShort: overview({ processes, sockets, findings }) };
}

async function diagnose(name: string): Promise<Diagnosis> {
  const { events, stats } = await readTraceFile(fixture(name));
  const a = new Analyzer({ os: stats.os, format: stats.format });
  for (const ev of events) a.push(ev);
  const r = a.finish(stats);
  return diagnosis(r.findings, r.processes, r.sockets);
}

describe('who sent a signal', () => {
  it.each([
    ['python-sigint-from-outside-reraise', 'python3 (pid 7680) killed by SIGINT while in clock_nanosleep()', 'pid 7668', [70, 84]],
    ['bash-trap-reraise-sigint', 'bash (pid 8106) killed by SIGINT while in wait4()', 'pid 7998', [55, 72]],
  ] as const)('%s: a re-raise after SIGINT from another pid is "stopped from outside", a warning', async (name, title, sender, lines) => {
    const d = await diagnose(name);
    expect(d.first?.title).toBe(title);
    expect(d.first?.severity).toBe('warning');
    expect(d.first?.explanation).toContain(`stopped from outside: ${sender} sent it SIGINT`);
    expect(d.first?.explanation).not.toContain('sent it to itself');
    for (const l of lines) expect(d.first?.lines).toContain(l);
  });

  it('nc-listen-timeout: timeout(1) sent SIGTERM, named as the sender; killed from outside is a warning', async () => {
    const d = await diagnose('nc-listen-timeout');
    expect(d.first?.title).toBe('nc (pid 8466) killed by SIGTERM while in accept4()');
    expect(d.first?.severity).toBe('warning');
    expect(d.first?.explanation).toContain('The signal was sent by timeout (pid 8462).');
    expect(d.first?.explanation).toMatch(/accept\w*\(\).*when it died/);
  });

  it('cat-fifo-timeout-int: SIGINT from timeout while cat waited in openat of the fifo', async () => {
    const d = await diagnose('cat-fifo-timeout-int');
    expect(d.first?.title).toBe('cat (pid 8647) killed by SIGINT while in openat()');
    expect(d.first?.explanation).toContain('The signal was sent by timeout (pid 8645).');
    expect(d.first?.explanation).toMatch(/openat\(\).*after waiting 2\.\d\d s/);
  });

  it('sleep-killed-9-from-outside and python-server-killed-9: SIGKILL stays an error', async () => {
    for (const name of ['sleep-killed-9-from-outside', 'python-server-killed-9']) {
      const d = await diagnose(name);
      expect(d.first?.id, name).toBe('killed-by-signal');
      expect(d.first?.title, name).toMatch(/killed by SIGKILL while in (clock_nanosleep|accept4)\(\)$/);
      expect(d.first?.severity, name).toBe('error');
      expect(d.inShort, name).toMatch(/What went wrong: .* killed by SIGKILL while in \w+\(\)\./);
    }
  });
});

describe('crashes quote what the program said before dying', () => {
  it('cpp-uncaught-exception: the exception type and its what()', async () => {
    const d = await diagnose('cpp-uncaught-exception');
    expect(d.first?.severity).toBe('error');
    expect(d.first?.title).toBe("throwprog (pid 5726) killed by SIGABRT: std::runtime_error: empty configuration value for 'listen'");
    expect(d.first?.explanation).toContain('an uncaught C++ exception');
    expect(d.first?.lines).toEqual(expect.arrayContaining([69, 76, 77]));
    expect(d.inShort).toContain("What went wrong: throwprog (pid 5726) killed by SIGABRT: std::runtime_error: empty configuration value for 'listen'.");
  });

  it('c-abort-missing-state: the fatal message, marked as cut by strace -s', async () => {
    const d = await diagnose('c-abort-missing-state');
    expect(d.first?.title).toBe('abortprog (pid 5722) killed by SIGABRT: fatal: state.db missing, cannot …');
    expect(d.first?.explanation).toContain('-s 1024');
  });

  it('c-stack-overflow-segv: a SIGSEGV with nothing on stderr keeps its plain title', async () => {
    const d = await diagnose('c-stack-overflow-segv');
    expect(d.first?.title).toBe('stackoverflow (pid 5696) killed by SIGSEGV');
  });
});

describe('hangs: the wait, what it waited on, how it ended', () => {
  it.each([
    ['python-read-pipe-nobody-writes', 'python3 (pid 8837) killed by SIGTERM while in read()', /read\(\) on fd \d+ \(.*pipe/],
    ['redis-cli-blpop-empty-timeout', 'redis-cli (pid 9396) killed by SIGTERM while in recvfrom()', /recvfrom\(\) on fd 3 \(a TCP socket connected to 127\.0\.0\.1:6411\).*after waiting 2\.97 s/],
    ['redis-cli-no-reply-sigterm', 'redis-cli (pid 20954) killed by SIGTERM while in recvfrom()', /when it died/],
    ['pipeline-hung-sigterm', 'sleep (pid 17205) killed by SIGTERM while in clock_nanosleep()', /sent by pid 17617.*clock_nanosleep\(\).*after waiting 12\.20 s/],
  ] as const)('%s', async (name, title, body) => {
    const d = await diagnose(name);
    expect(d.first?.title).toBe(title);
    expect(d.first?.severity).toBe('warning');
    expect(d.first?.explanation).toMatch(body);
  });

  it('pipeline-hung-sigterm: cat waited on a pipe whose write end sleep held', async () => {
    const d = await diagnose('pipeline-hung-sigterm');
    const cat = d.findings.find((f) => f.title === 'cat (pid 17206) killed by SIGTERM while in read()');
    expect(cat?.explanation).toMatch(/read\(\) on fd 0 \(a pipe\).*after waiting 11\.70 s/);
    expect(cat?.explanation).toContain("The pipe's write end was still open in sleep (pid 17205)");
  });

  it('python-read-pipe-nobody-writes: it held the write end itself', async () => {
    const d = await diagnose('python-read-pipe-nobody-writes');
    expect(d.first?.explanation).toContain("It held the pipe's write end itself and no other traced process did");
  });

  it('python-client-waiting-trace-cut: still waiting in recvfrom when the trace ends', async () => {
    const d = await diagnose('python-client-waiting-trace-cut');
    expect(d.first?.id).toBe('blocked-at-end');
    expect(d.first?.title).toContain('still in recvfrom()');
  });
});

describe('root cause before consequence: a failed creation, then lookups beneath it', () => {
  it.each([
    ['mkdir-erofs-then-enoent-sh', '/mnt/ro/cache', [204, 205, 224]],
    ['python-makedirs-erofs-then-open-enoent', '/mnt/ro/cache', [152, 158]],
    ['remount-ro-mkdir-then-touch', '/tmp/h5/rwdir/spool/out', [76, 148]],
  ] as const)('%s: the EROFS is the first finding and cites the ENOENTs', async (name, dir, lines) => {
    const d = await diagnose(name);
    expect(d.first?.id).toBe('create-failed');
    expect(d.first?.severity).toBe('error');
    expect(d.first?.title).toBe(`read-only file system: could not create ${dir}`);
    expect(d.first?.explanation).toContain('a consequence, not a separate problem');
    expect(d.first?.lines).toEqual(expect.arrayContaining([...lines]));
    // No separate "file not found" alarm for what follows from it.
    expect(d.alarms.filter((f) => f.id === 'missing-file').map((f) => f.title)).toEqual([]);
    expect(d.inShort).toContain(`What went wrong: read-only file system: could not create ${dir}`);
  });

  it('mkdir-erofs-then-enoent-sh: the shell exit names mkdir as where it went wrong', async () => {
    const d = await diagnose('mkdir-erofs-then-enoent-sh');
    const exit = d.findings.find((f) => f.id === 'nonzero-exit' && f.title.startsWith('sh (pid 11572)'));
    expect(exit?.title).toContain('mkdir (pid 11573) failed');
    expect(exit?.title).toContain('Read-only file system');
  });
});

describe('the most informative stderr line, and a worker\'s own reason', () => {
  it('python-import-missing-module: the traceback\'s last line', async () => {
    const d = await diagnose('python-import-missing-module');
    expect(d.first?.title).toBe("python3 (pid 12234) exited with status 1: ModuleNotFoundError: No module named 'yaml_settings_loader'");
    expect(d.first?.lines).toContain(679);
  });

  it('python-supervisor-worker-import-error: the supervisor\'s exit carries the worker\'s reason', async () => {
    const d = await diagnose('python-supervisor-worker-import-error');
    expect(d.first?.title).toBe(
      "python3 (pid 12242) exited with status 1: python3 (pid 12244) failed: ModuleNotFoundError: No module named 'yaml_settings_loader'",
    );
    expect(d.first?.lines).toContain(131);
  });

  it('gunicorn-worker-failed-to-boot: "Worker failed to boot" carries the worker\'s ModuleNotFoundError', async () => {
    const d = await diagnose('gunicorn-worker-failed-to-boot');
    expect(d.first?.title).toBe(
      "python3 (pid 13050) exited with status 1: python3 (pid 13083) failed: ModuleNotFoundError: No module named 'psycopg_pool_missing'",
    );
    expect(d.first?.lines).toContain(451);
  });

  it('gunicorn-worker-failed-to-boot-s200: the worker\'s error line, and that -s 200 cut its traceback', async () => {
    const d = await diagnose('gunicorn-worker-failed-to-boot-s200');
    expect(d.first?.title).toBe('python3 (pid 12654) exited with status 3: python3 (pid 12688) failed: [ERROR] Exception in worker process');
    expect(d.first?.explanation).toContain('-s 1024');
    expect(d.first?.lines).toContain(1254);
  });

  it('ff-supervisor-worker-import-error (strace -ff folder, through the CLI)', async () => {
    const dir = fileURLToPath(new URL('../fixtures/real/ff-supervisor-worker-import-error', import.meta.url));
    const r = await runCli(['--findings', dir]);
    expect(r.stdout).toMatch(
      /^ {2}WARNING python3 \(pid 12281\) exited with status 1: python3 \(pid 12309\) failed: ModuleNotFoundError: No module named 'yaml_settings_loader'/m,
    );
  });
});

describe('healthy traces: none of these diagnoses fire', () => {
  it.each([
    'git-status-small-repo',
    'git-log-small-repo',
    'git-status-failed-only-Z',
    'python-http-server-serves-file',
    'gunicorn-prefork-healthy',
    'curl-http-ok-stderr-mixed',
    'enoexec-sh-falls-back-to-script',
  ])('%s: no ERROR or WARNING', async (name) => {
    const d = await diagnose(name);
    expect(d.alarms.map((f) => f.title)).toEqual([]);
  });

  it.each(['postgres-pg-ctl-start', 'nginx-daemon-start', 'redis-server-attach-stderr', 'rm-f-missing-file', 'path-search-enoent-eacces-then-ls'])(
    '%s: no crash, create-failed or stderr-reason alarm (other noise is another area\'s)',
    async (name) => {
      const d = await diagnose(name);
      const mine = d.alarms.filter((f) => f.id === 'create-failed' || f.id === 'killed-by-signal' || (f.id === 'nonzero-exit' && f.title.includes(': ')));
      expect(mine.map((f) => f.title)).toEqual([]);
    },
  );
});

describe('the informative stderr line of other runtimes', () => {
  it("names Ruby's uncaught exception (LoadError), not the backtrace line written last", async () => {
    const d = await diagnose('ruby-require-missing-gem');
    expect(d.first?.id).toBe('nonzero-exit');
    expect(d.first?.title).toMatch(/exited with status 1: .*cannot load such file -- nonexis… \(LoadError\)$/);
    expect(d.first?.lines).toContain(4765);
  });
});
