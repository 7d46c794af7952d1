// --follow as `tail -f`: a real writer process appends to a trace file, truncates it in place
// (`: >`, logrotate's copytruncate with a writer that keeps its offset like strace -o) or
// rotates it (mv, new file); tracex says so in one stderr line, reads the new content from its
// start, numbers its lines from 1 as they are in the file, and loses none.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI } from './run-cli.js';

// Lines in strace 6.1's shape (`strace -o` of a loop calling getpid), one per step.
const line = (n: number) => `4242  getpid() = ${String(n)}`;

/** tracex parse --follow on `path`; resolves `until(text)` once its stdout matches. */
function follow(path: string) {
  const child = spawn(process.execPath, [CLI, 'parse', '--no-decode', '--from', 'strace', '--follow', path], { env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  const waiters: { re: RegExp; ok: () => void }[] = [];
  const check = () => {
    for (const w of [...waiters]) if (w.re.test(stdout + '\n' + stderr)) { waiters.splice(waiters.indexOf(w), 1); w.ok(); }
  };
  child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; check(); });
  child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; check(); });
  const closed = new Promise<number | null>((r) => child.on('close', r));
  return {
    until: (re: RegExp) => new Promise<void>((ok) => { waiters.push({ re, ok }); check(); }),
    async stop() {
      child.kill('SIGINT');
      await closed;
      const events = stdout.split('\n').filter((l) => l.startsWith('{"type":"syscall"')).map((l) => JSON.parse(l) as { line: number; retval: number });
      return { events: events.map((e) => [e.line, e.retval]), stderr };
    },
  };
}

/** A shell that runs one step of `script` per line the test sends it. */
function writer(dir: string, steps: string[]): { step: () => void; proc: ChildProcessWithoutNullStreams } {
  const script = steps.map((s) => `${s}\nread go`).join('\n');
  const proc = spawn('sh', ['-c', script], { cwd: dir });
  return { step: () => proc.stdin.write('\n'), proc };
}

const ev = (line: number, n: number) => new RegExp(`"line":${String(line)},[^\\n]*"retval":${String(n)}\\b`);

describe('--follow when the file starts over', () => {
  it('truncated in place (: > file): says so, reads from the start, numbers from 1 again', async () => {
    const dir = mkdtempSync('/tmp/tracex-follow-');
    writeFileSync(`${dir}/t.txt`, '');
    const w = writer(dir, [
      `printf '${line(1)}\\n${line(2)}\\n${line(3)}\\n' >> t.txt`,
      `: > t.txt`,
      `printf '${line(4)}\\n${line(5)}\\n' >> t.txt`,
    ]);
    const t = follow(`${dir}/t.txt`);
    // The reader hands a call on once the next line shows it is complete: wait for the one before the last.
    await t.until(ev(2, 2));
    w.step(); // truncate
    await t.until(/file truncated/);
    w.step(); // write after the truncation
    await t.until(ev(1, 4));
    const r = await t.stop();
    w.proc.kill();
    expect(r.events).toEqual([[1, 1], [2, 2], [3, 3], [1, 4], [2, 5]]);
    expect(r.stderr).toBe(`tracex: ${dir}/t.txt: file truncated; reading from the start\n`);
  });

  it('copytruncate with a writer that keeps its offset (strace -o): the NUL hole is skipped, no line lost', async () => {
    const dir = mkdtempSync('/tmp/tracex-follow-');
    writeFileSync(`${dir}/t.txt`, '');
    // fd 3 opened without O_APPEND, as strace -o opens its file: after the truncation its next
    // write lands at its old offset, and the file starts with a hole of NUL bytes.
    const w = writer(dir, [
      `exec 3>t.txt; printf '${line(1)}\\n${line(2)}\\n' >&3`,
      `cp t.txt t.txt.1; truncate -s 0 t.txt`,
      `printf '${line(3)}\\n' >&3`,
    ]);
    const t = follow(`${dir}/t.txt`);
    await t.until(ev(1, 1));
    w.step();
    await t.until(/file truncated/);
    w.step();
    await t.until(ev(2, 2));
    const r = await t.stop();
    w.proc.kill();
    expect(r.events).toEqual([[1, 1], [2, 2], [1, 3]]);
  });

  it('rotated (mv, then a new file under the name): follows the new file from its start', async () => {
    const dir = mkdtempSync('/tmp/tracex-follow-');
    writeFileSync(`${dir}/t.txt`, '');
    const w = writer(dir, [
      `printf '${line(1)}\\n${line(2)}\\n' >> t.txt`,
      `printf '${line(3)}\\n' >> t.txt; mv t.txt t.txt.1; printf '${line(4)}\\n' > t.txt`,
    ]);
    const t = follow(`${dir}/t.txt`);
    await t.until(ev(1, 1));
    w.step();
    await t.until(ev(3, 3));
    const r = await t.stop();
    w.proc.kill();
    expect(r.events).toEqual([[1, 1], [2, 2], [3, 3], [1, 4]]);
    expect(r.stderr).toBe(`tracex: ${dir}/t.txt: file replaced (rotated); reading the new file from the start\n`);
  });
});
