// Issue 14, dtruss and Nanos: crashes the trace shows only around the calls, Nanos's refused
// connect, and a Nanos log without --trace. Real samples only (../shared/corpus, public or captured
// live): the tests skip when the corpus is absent. Each asserts what a user reads first.
import { describe, expect } from 'vitest';
import { Analyzer } from '../../src/analyze/index.js';
import { readTraceFile } from '../../src/index.js';
import type { Finding } from '../../src/model/index.js';
import { corpus, runCli } from '../cli/run-cli.js';
import { CORPUS, itCorpus, traceFiles } from '../helpers/corpus.js';

async function findings(path: string): Promise<Finding[]> {
  const { events, stats } = await readTraceFile(corpus(path));
  const a = new Analyzer({ os: stats.os, format: stats.format });
  for (const ev of events) a.push(ev);
  return a.finish(stats).findings;
}

const loud = (fs: Finding[]) => fs.filter((f) => f.severity === 'error' || f.severity === 'warning');

describe('dtruss: a program that aborts on an uncaught exception', () => {
  itCorpus('names SIGABRT and the exception message, first, with the stderr and __pthread_kill lines', async () => {
    const fs = await findings('dtruss/09_plain_boost_beast_tcp_socket_setsockopt_connect.txt');
    const first = fs[0]!;
    expect(first.severity).toBe('error');
    expect(first.title).toMatch(/aborted \(SIGABRT\).*uncaught C\+\+ exception "bad version"/);
    expect(first.explanation).toContain('boost::system::system_error');
    expect(first.lines).toEqual([15, 19]);
  });
  itCorpus('says it in the In short', async () => {
    const r = await runCli([corpus('dtruss/09_plain_boost_beast_tcp_socket_setsockopt_connect.txt')]);
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/What went wrong: the traced process aborted \(SIGABRT\)/);
    expect(r.stdout).not.toMatch(/Nothing went wrong/);
  });
});

describe('dtruss: a crash only the output of the program tells (-t open hides the calls)', () => {
  itCorpus('names the crash message and its line', async () => {
    const fs = await findings('dtruss/11_f_t_open_pid_thrd_program_output_interleaved.txt');
    expect(fs[0]!.severity).toBe('error');
    expect(fs[0]!.title).toMatch(/reported a crash.*access violation/);
    expect(fs[0]!.lines).toEqual([7]);
  });
});

describe('Nanos: the kernel reports a crash', () => {
  itCorpus('a user-mode SIGSEGV: the faulting address, the thread, the exit status', async () => {
    const fs = await findings('nanos/nanos-1533-mysql-segv-oldfmt.txt');
    const first = fs[0]!;
    expect(first.severity).toBe('error');
    expect(first.title).toBe('the program crashed: SIGSEGV at address 0x401d00002464 (thread 1)');
    expect(first.explanation).toContain('exit status 255');
    expect(first.explanation).toContain('0x1023a0d77');
    expect(first.lines).toEqual(expect.arrayContaining([13, 14, 26]));
    const r = await runCli([corpus('nanos/nanos-1533-mysql-segv-oldfmt.txt')]);
    expect(r.stdout).toContain('In short: What went wrong: the program crashed: SIGSEGV at address 0x401d00002464');
  });
  itCorpus('the kernel itself faulting is a Nanos bug, named by its function, before the no-trace note', async () => {
    const fs = await findings('nanos/nanos-2066-listen-crash-no-trace.txt');
    expect(fs[0]!.id).toBe('kernel-crash');
    expect(fs[0]!.title).toBe('the Nanos kernel itself crashed (Page fault in tcp_ref, called from netsock_listen)');
    expect(fs[0]!.lines[0]).toBe(11);
  });
  itCorpus('ops reporting a non-zero exit status is a warning', async () => {
    const fs = await findings('nanos/ops-docs-syscall-summary.txt');
    expect(loud(fs).map((f) => f.title)).toEqual(['the program exited with status 1']);
  });
});

describe('Nanos: a refused TCP connect comes back as ECONNRESET', () => {
  itCorpus('is called refused, never "accepted and dropped"', async () => {
    const fs = await findings('nanos-live/pgprobe-static-trace-tcg.txt');
    const f = fs.find((x) => x.lines.includes(28))!;
    expect(f.title).toBe('connect on a socket was refused (Nanos reports this as ECONNRESET)');
    expect(f.explanation).toMatch(/nothing is listening/);
    expect(`${f.explanation} ${f.hint ?? ''}`).not.toMatch(/accepted and immediately dropped|dropped the connection/);
  });
});

describe('Nanos: an ops log without --trace', () => {
  for (const name of ['00_seed_postgres_unikernel_boot.txt', 'nanos-1797-haproxy-kernel-msgs-no-trace.txt']) {
    itCorpus(`${name}: says to re-run with ops run --trace`, async () => {
      const fs = await findings(`nanos/${name}`);
      expect(fs.map((f) => f.id)).toEqual(['no-calls']);
      expect(fs[0]!.hint).toContain('ops run --trace');
    });
  }
});

describe('Nanos: the 2019 scheduler line `1 sleep` is not a call', () => {
  itCorpus('no sleep event among the calls', async () => {
    const r = await runCli(['--format', 'json', corpus('nanos/nanos-658-nginx-a-oldfmt.txt')]);
    expect(r.stdout).not.toMatch(/"syscall":\s*"sleep"/);
  });
});

// Healthy or crash-free samples: no crash finding may appear, and no new alarm.
const NO_CRASH = [
  ...traceFiles(`${CORPUS}dtruss`).filter((p) => !/\/(09|11)_/.test(p)),
  ...traceFiles(`${CORPUS}nanos`).filter((p) => !/1533-mysql-segv|2066-listen-crash/.test(p)),
  ...traceFiles(`${CORPUS}nanos-live`),
];
describe('no crash where there is none', () => {
  for (const p of NO_CRASH) {
    const rel = p.slice(CORPUS.length);
    itCorpus(rel, async () => {
      const fs = await findings(rel);
      expect(fs.filter((f) => f.id === 'killed-by-signal' || f.id === 'kernel-crash').map((f) => f.title)).toEqual([]);
    });
  }
  itCorpus('healthy Nanos runs stay quiet', async () => {
    for (const rel of ['nanos-live/nanostest-epoll-trace-tcg.txt', 'nanos-live/nanostest-socketpair-trace-tcg.txt', 'nanos-live/nanostest-hw-trace-tcg.txt', 'nanos/nanos-2109-openj9-libdl-newfmt.txt']) {
      expect(loud(await findings(rel)).map((f) => f.title), rel).toEqual([]);
    }
  });
});
