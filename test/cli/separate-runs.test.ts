// Several traces given together that are not one `strace -ff` set are separate runs: each is
// analysed on its own under a heading, and every finding and quoted line names its own file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { groupRuns, resolveSources } from '../../src/ingest/sources.js';
import { runCli, sample } from './run-cli.js';

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

  it('summary: a table per run under its file\'s heading; JSON describes one run', async () => {
    const r = await runCli(['summary', '--color', 'never', LS, NC]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2 traces given together are told as separate runs/);
    const [, ls, nc] = r.stdout.split(/==> .* <== \(run \d of 2\)\n/);
    expect(ls).toMatch(/^tracex: \S*ls-missing-file\.strace\.txt \(strace/);
    expect(nc).toMatch(/^tracex: \S*nc-refused\.strace\.txt \(strace/);
    // Each table counts its own processes only.
    expect(ls).toMatch(/^12664 /m);
    expect(ls).not.toMatch(/^14972 /m);
    expect(nc).toMatch(/^14972 /m);
    expect(nc).not.toMatch(/^12664 /m);
    const json = await runCli(['summary', '--format', 'json', LS, NC]);
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/separate runs.*one trace \(or one -ff set\) per tracex call/);
  });

  it('parse: a call cut between two files is not stitched across them; each run ends with its own stats', async () => {
    // One real trace cut in two right after line 674, `11938 … sendto(… <unfinished ...>`; its
    // `<... sendto resumed>` is line 676 (line 2 of the second file).
    const dir = mkdtempSync(join(tmpdir(), 'tracex-runs-'));
    const lines = readFileSync(sample('redis-fork-shared-socket.strace.txt'), 'utf8').split('\n');
    const a = join(dir, 'a.strace');
    const b = join(dir, 'b.strace');
    writeFileSync(a, lines.slice(0, 674).join('\n') + '\n');
    writeFileSync(b, lines.slice(674).join('\n'));
    const r = await runCli(['parse', '--no-args', a, b]);
    expect(r.code).toBe(0);
    const objs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; file?: string; line?: number; syscall?: string; status?: string; files?: string[]; lines?: number; pid?: number });
    expect(objs.find((o) => o.syscall === 'sendto' && o.file === a && o.line === 674)).toMatchObject({ status: 'unfinished' });
    expect(objs.find((o) => o.syscall === 'sendto' && o.file === b && o.line === 2)).toMatchObject({ status: 'orphan-resumed' });
    const stats = objs.filter((o) => o.type === 'stats');
    expect(stats.map((s) => [s.files, s.lines])).toEqual([[[a], 674], [[b], lines.length - 1 - 674]]);
    // Each run's events come before its stats line, and every event names its file.
    const cut = objs.indexOf(stats[0]!);
    expect(objs.slice(0, cut).every((o) => o.file === a)).toBe(true);
    expect(objs.slice(cut + 1, -1).every((o) => o.file === b)).toBe(true);
    const json = await runCli(['parse', '--format', 'json', a, b]);
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/separate runs.*use NDJSON/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('browse shows one run: several are refused, saying so', async () => {
    const r = await runCli(['browse', LS, NC]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tracex: 2 traces given together are told as separate runs.*The browser shows one run/);
  });
});
