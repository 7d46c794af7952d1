// strace's filter syntax on a saved trace keeps the calls strace's own filter kept: the same
// program captured with and without the filter (real captures: test/fixtures/real/README.md,
// "strace's own filters", and the corpus's f02_f.txt beside its filtered runs f31–f44).
// Processes and addresses differ between two runs, so each side is compared as its calls by name
// and count (and, for -P, as the calls' argument text, which names no address).
import { describe, expect, it } from 'vitest';
import { corpus, runCli } from '../cli/run-cli.js';
import { fileURLToPath } from 'node:url';

const real = (f: string) => fileURLToPath(new URL(`../fixtures/real/${f}`, import.meta.url));

async function calls(args: string[]): Promise<{ names: Record<string, number>; texts: string[] }> {
  const r = await runCli(['parse', '--no-args', ...args]);
  expect(r.code, r.stderr).toBe(0);
  const objs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; syscall?: string; argsText?: string; retText?: string });
  const names: Record<string, number> = {};
  const texts: string[] = [];
  for (const o of objs.filter((x) => x.type === 'syscall')) {
    names[o.syscall!] = (names[o.syscall!] ?? 0) + 1;
    texts.push(`${o.syscall!}(${o.argsText!}) = ${o.retText!}`);
  }
  return { names, texts };
}

const CASES: [string, string[]][] = [
  ['filter-net', ['-e', 'trace=%network']],
  ['filter-file', ['-e', 'trace=%file']],
  ['filter-notmem', ['-e', 'trace=!%memory,mmap,brk,%signal']],
  ['filter-regex', ['-e', 'trace=/^(open|read|close)']],
  ['filter-failed', ['-e', 'status=failed']],
  ['filter-stat', ['-e', 'trace=%%stat']],
  ['filter-process', ['-e', 'trace=%process']],
  ['filter-creds', ['-e', 'trace=%creds']],
  ['filter-pure', ['-e', 'trace=%pure']],
  ['filter-clock', ['-e', 'trace=%clock']],
];

describe("strace's filters on a saved trace keep what strace kept", () => {
  for (const [file, args] of CASES) {
    it(`${args.join(' ')} (${file})`, async () => {
      const mine = await calls([...args, real('filter-full.strace.txt')]);
      const theirs = await calls([real(`${file}.strace.txt`)]);
      // %clock: none here (clock_gettime goes through the vDSO, no syscall): both sides empty.
      if (file !== 'filter-clock') expect(Object.keys(mine.names).length).toBeGreaterThan(0);
      expect(mine.names).toEqual(theirs.names);
    });
  }

  it('-P /etc/hostname: the opens, and the reads through fds opened, dup2-ed and inherited, call for call', async () => {
    const mine = await calls(['-P', '/etc/hostname', real('filter-full.strace.txt')]);
    const theirs = await calls([real('filter-path.strace.txt')]);
    expect(mine.texts).toEqual(theirs.texts);
    expect(mine.texts).toContain('read(0, "vm\\n", 131072) = 3');
  });

  it("the corpus's demo: -e trace=network, %file, /regex, status=failed and -P agree with strace's runs", async () => {
    const full = corpus('strace/f02_f.txt');
    const pairs: [string[], string][] = [
      [['-e', 'trace=network'], 'f31_trace_network.txt'],
      [['--trace', '%file'], 'f32_trace_file.txt'],
      [['-e', 'trace=/^(open|read|write)'], 'f43_trace_regex.txt'],
      [['--status', 'failed'], 'f44_status_failed.txt'],
      [['-P', '/etc/hostname'], 'f42_P_path.txt'],
    ];
    for (const [args, theirs] of pairs) expect((await calls([...args, full])).names, args.join(' ')).toEqual((await calls([corpus(`strace/${theirs}`)])).names);
  });
});
