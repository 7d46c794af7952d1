// `tracex run --format json|ndjson|markdown -- cmd > out`: the program's output never lands in
// tracex's stdout (issue 16; the bug lurk fixed in JakWai01/lurk#3). Without a terminal (here:
// a new session, setsid) it goes to a file beside the raw trace, and stderr says where.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from './run-cli.js';

const hasStrace = spawnSync('strace', ['-V']).status === 0;

function runDetached(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // detached: a new session without a controlling terminal, so /dev/tty cannot be opened.
    const child = spawn(process.execPath, [CLI, ...args], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.skipIf(!hasStrace)('tracex run keeps the program output out of a JSON, NDJSON or Markdown stream', () => {
  const program = ['sh', '-c', 'echo "{not json from the program"; echo "## not markdown from the program"; exit 3'];

  it.each(['json', 'ndjson', 'markdown'])('--format %s', async (format) => {
    const dir = mkdtempSync(join(tmpdir(), 'txrun-apart-'));
    const raw = join(dir, 't.txt');
    const r = await runDetached(['run', '-o', raw, '--format', format, '--', ...program]);
    expect(r.code).toBe(3);
    // The report quotes the program's writes (escaped); the raw lines themselves are not in it.
    const lines = r.stdout.split('\n');
    expect(lines).not.toContain('{not json from the program');
    expect(lines).not.toContain('## not markdown from the program');
    if (format === 'json') expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
    if (format === 'ndjson') for (const l of r.stdout.trim().split('\n')) expect(() => JSON.parse(l) as unknown).not.toThrow();
    if (format === 'markdown') expect(r.stdout.startsWith('## tracex report\n')).toBe(true);
    const file = join(dir, 't.program-output.txt');
    expect(r.stderr).toContain(`tracex: the program's output goes to ${file}, not into the ${format} on stdout`);
    expect(readFileSync(file, 'utf8')).toBe('{not json from the program\n## not markdown from the program\n');
  }, 30_000);

  it('text keeps the program output in the narrative stream, as before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'txrun-apart-'));
    const r = await runDetached(['run', '-o', join(dir, 't.txt'), '--', ...program]);
    expect(r.stdout.split('\n')).toContain('{not json from the program');
    expect(r.stderr).not.toContain("the program's output goes to");
  }, 30_000);
});

const hasTmux = spawnSync('tmux', ['-V']).status === 0;

describe.skipIf(!hasStrace || !hasTmux)('tracex run --format json > file, in a terminal', () => {
  it('shows the program output on the terminal and writes only JSON to the file', async () => {
    const session = `txapart-${String(process.pid)}`;
    const tmux = (...args: string[]) => spawnSync('tmux', args, { encoding: 'utf8' });
    const dir = mkdtempSync(join(tmpdir(), 'txrun-apart-'));
    try {
      expect(tmux('new-session', '-d', '-s', session, '-x', '200', '-y', '40', 'sh').status).toBe(0);
      tmux('send-keys', '-t', session, `NO_COLOR=1 ${process.execPath} ${CLI} run -o ${dir}/t.txt --format json -- echo hi-from-the-program > ${dir}/out.json; echo "RC=$?"`, 'Enter');
      let screen = '';
      for (let i = 0; i < 200 && !/RC=\d+/.test(screen); i++) {
        await new Promise((r) => setTimeout(r, 100));
        screen = tmux('capture-pane', '-t', session, '-p', '-J', '-S', '-100').stdout;
      }
      expect(screen).toMatch(/RC=0/);
      expect(screen).toContain("tracex: the program's output goes to the terminal (/dev/tty), not into the json on stdout");
      expect(screen.split('\n')).toContain('hi-from-the-program');
      const out = readFileSync(join(dir, 'out.json'), 'utf8');
      expect(() => JSON.parse(out) as unknown).not.toThrow();
      expect(out.split('\n')).not.toContain('hi-from-the-program');
    } finally {
      tmux('kill-session', '-t', session);
    }
  }, 30_000);
});
