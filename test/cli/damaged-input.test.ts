// Inputs that end early or are not trace text, through the command line: what was read is
// shown, then one stderr line naming the file; exit 0 for a capture cut short, 2 for damage.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, runShell, sample } from './run-cli.js';

const PSQL = sample('psql-unix-socket-enoent.strace.txt');
let dir = '';

beforeAll(() => {
  dir = mkdtempSync('/tmp/tracex-damaged-');
  // Real gzip files: whole, cut with head -c (a capture still being written), and with 64
  // bytes of its compressed data overwritten by dd (damage in the middle).
  execFileSync('sh', [
    '-c',
    `gzip -c '${PSQL}' > ${dir}/t.gz && head -c 5000 ${dir}/t.gz > ${dir}/cut.gz && cp ${dir}/t.gz ${dir}/bad.gz && ` +
      `dd if=/dev/zero of=${dir}/bad.gz bs=1 seek=4000 count=64 conv=notrunc 2>/dev/null && cp ${dir}/t.gz ${dir}/renamed.txt && cp '${PSQL}' ${dir}/plain.gz && ` +
      `xz -c '${PSQL}' > ${dir}/t.xz`,
  ]);
});

describe('a gzip capture cut short', () => {
  it('summary shows what was read, then one line naming the file and the lines read; exit 0', async () => {
    const r = await runCli(['summary', `${dir}/cut.gz`]);
    expect(r.code).toBe(0);
    const n = Number(/\n(\d+) lines, \1 events, 0 unparsed \(strace, linux\)\n$/.exec(r.stdout)?.[1]);
    // 5,000 of the 9,000 compressed bytes: about half of the 1,008 lines.
    expect(n).toBeGreaterThan(400);
    expect(n).toBeLessThan(800);
    expect(r.stderr).toBe(`tracex: ${dir}/cut.gz: the gzip stream ended early (cut short, or still being written); read the ${n} lines before the end\n`);
  });

  it('explain tells the story up to the cut; --fail-on still decides the exit code', async () => {
    const r = await runCli(['--fail-on', 'info', `${dir}/cut.gz`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Findings/);
    expect(r.stderr).toMatch(/^tracex: .*cut\.gz: the gzip stream ended early .*\n$/);
  });
});

describe('a gzip file damaged in the middle', () => {
  it('shows what was read, then says the data is corrupt and the rest lost; exit 2, no stack trace', async () => {
    const r = await runCli(['summary', `${dir}/bad.gz`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/System calls/);
    expect(r.stderr).toMatch(new RegExp(`^tracex: ${dir}/bad\\.gz: the gzip data is corrupt \\([a-z ]+\\); read \\d+ lines before the damage, the rest is lost\\n$`));
  });
});

describe('input told by content', () => {
  it('reads plain text from a file named .gz (mislabelled), as text', async () => {
    const r = await runCli(['summary', `${dir}/plain.gz`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1008 lines, 1008 events, 0 unparsed/);
  });

  it('reads gzip from a pipe and from a file whose name does not say gzip', async () => {
    const piped = await runShell(`gzip -c '${PSQL}' | tracex summary`);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toMatch(/1008 lines, 1008 events, 0 unparsed/);
    const renamed = await runCli(['summary', `${dir}/renamed.txt`]);
    expect(renamed.stdout).toMatch(/1008 lines, 1008 events, 0 unparsed/);
  });

  it('refuses xz data (file or pipe) and binary data in one line naming the input; exit 2', async () => {
    const file = await runCli(['summary', `${dir}/t.xz`]);
    expect(file.code).toBe(2);
    expect(file.stdout).toBe('');
    expect(file.stderr).toBe(`tracex: ${dir}/t.xz: xz-compressed data; decompress it first (xz -d ${dir}/t.xz, or xzcat ${dir}/t.xz | tracex)\n`);
    const piped = await runShell(`xz -c '${PSQL}' | tracex`);
    expect(piped.code).toBe(2);
    expect(piped.stderr).toBe('tracex: standard input: xz-compressed data; decompress it first (xz -d FILE, or xzcat FILE | tracex)\n');
    const binary = await runCli([process.execPath]);
    expect(binary.code).toBe(2);
    expect(binary.stderr).toBe(`tracex: ${process.execPath}: an ELF program, not a trace; trace it instead (tracex run -- ${process.execPath})\n`);
  });
});
