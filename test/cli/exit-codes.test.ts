// Exit codes as documented in the README and --help: 0 success, 1 with --fail-on, 2 usage/input errors.
import { describe, expect, it } from 'vitest';
import { runCli, sample } from './run-cli.js';

describe('exit codes', () => {
  it('--fail-on error exits 1 when an error finding is found, 0 when none is', async () => {
    const failing = await runCli(['--fail-on', 'error', sample('psql-unix-socket-enoent.strace.txt')]);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/connect-failed/);
    const clean = await runCli(['--fail-on', 'error', sample('prefork-echo-server.strace.txt')]);
    expect(clean.code).toBe(0);
    const info = await runCli(['--fail-on', 'info', sample('prefork-echo-server.strace.txt')]);
    expect(info.code).toBe(1);
    const annotate = await runCli(['annotate', '--fail-on', 'error', sample('psql-unix-socket-enoent.strace.txt')]);
    expect(annotate.code).toBe(1);
  });

  it('without --fail-on findings do not change the exit code', async () => {
    expect((await runCli([sample('psql-unix-socket-enoent.strace.txt')])).code).toBe(0);
  });

  it('usage and input errors exit 2 with a one-line message naming the file', async () => {
    const missing = await runCli(['explain', '/nonexistent/t.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('tracex: /nonexistent/t.txt: no such file or directory (check the path; give - or no file to read standard input)\n');
    const badSeverity = await runCli(['--fail-on', 'fatal', sample('psql-unix-socket-enoent.strace.txt')]);
    expect(badSeverity.code).toBe(2);
    expect((await runCli(['decode', 'errno', 'ENOTANERRNO'])).code).toBe(2);
  });

  it('a file named .gz that holds plain text is read as text (content decides, not the name)', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const dir = mkdtempSync('/tmp/tracex-gz-');
    writeFileSync(`${dir}/t.txt.gz`, '11214 close(3) = 0\n');
    const r = await runCli([`${dir}/t.txt.gz`]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/1 line, 1 event, 0 unparsed/);
  });
});
