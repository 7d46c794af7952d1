// Several traces given together that are not one `strace -ff` set are separate runs: each is
// analysed on its own under a heading, and every finding and quoted line names its own file.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { groupRuns, resolveSources } from '../../src/ingest/sources.js';
import { runCli } from './run-cli.js';

const real = (p: string) => fileURLToPath(new URL(`../fixtures/real/${p}`, import.meta.url));
const LS = real('ls-missing-file.strace.txt');
const NC = real('nc-refused.strace.txt');

describe('several files that are not an -ff set', () => {
  it('groups an -ff set into one run and every other file into a run of its own', () => {
    const ff = real('ff-yes-head');
    const runs = groupRuns(resolveSources([LS, ff, NC]));
    expect(runs.map((r) => r.length)).toEqual([1, 3, 1]);
    expect(runs[1]!.every((s) => s.pid !== undefined)).toBe(true);
  });

  it('explain: a heading per run, and each finding cites its own file', async () => {
    const r = await runCli(['--findings', LS, NC]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2 traces given together are told as separate runs/);
    const [, ls, nc] = r.stdout.split(/==> .* <== \(run \d of 2\)\n/);
    // The ls run knows nothing of nc's connect, and the other way round.
    expect(ls).toMatch(/file not found: \/tmp\/rp\/no-such-file \[missing-file; pid 12664, lines 135-136 in \S*ls-missing-file\.strace\.txt\]/);
    expect(ls).not.toMatch(/ECONNREFUSED|nc-refused/);
    expect(nc).toMatch(/ECONNREFUSED \[connect-failed; pid 14972, lines 182, 184 in \S*nc-refused\.strace\.txt\]/);
    expect(nc).not.toMatch(/no-such-file|ls-missing-file/);
  });

  it('annotate quotes each finding\'s lines from its own file', async () => {
    const r = await runCli(['annotate', LS, NC]);
    expect(r.stdout).toMatch(/# Run 1 of 2: `\S*ls-missing-file\.strace\.txt`/);
    const ls = r.stdout.slice(0, r.stdout.indexOf('# Run 2 of 2'));
    const missing = ls.slice(ls.indexOf('file not found: /tmp/rp/no-such-file'));
    // The cited lines are ls's statx calls (pid 12664), not nc's lines 135-136.
    expect(missing).toMatch(/Cited lines \(pid 12664, in `\S*ls-missing-file\.strace\.txt`\)/);
    expect(missing).toMatch(/ {3}135 {2}12664 statx\(AT_FDCWD, "\/tmp\/rp\/no-such-file"/);
    expect(ls).not.toMatch(/14972/);
  });

  it('annotate --inline comments each file\'s own calls, with # headings', async () => {
    const r = await runCli(['annotate', '--inline', LS, NC]);
    expect(r.stdout).toMatch(/^# 2 traces given together/);
    expect(r.stdout).toMatch(/\n# ==> \S*nc-refused\.strace\.txt <== \(run 2 of 2\)\n/);
    expect(r.stdout.match(/# tracex findings \(\d+\):/g)).toHaveLength(2);
  });

  it('JSON describes one run: several runs are a usage error with a hint', async () => {
    const r = await runCli(['--format', 'json', LS, NC]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/separate runs.*one trace \(or one -ff set\) per tracex call/);
    expect(r.stdout).toBe('');
  });

  it('an -ff set stays one run: no run headings', async () => {
    const r = await runCli(['--findings', real('ff-yes-head')]);
    expect(r.stdout).not.toMatch(/separate runs|==> /);
  });
});
