// The Markdown report always fits a GitHub issue body (65,536 characters): every section has a
// budget and says what it left out. Before: 205,565 characters for the real captures of
// test/fixtures/real read as one trace, 192,915 for a 586k-line trace, and 11 MB for a trace
// of 250,000 processes (the processes table had no cap).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ProcessInfo, SocketInfo } from '../../src/model/index.js';
import { MARKDOWN_LIMIT, renderMarkdown } from '../../src/render/markdown.js';
import type { ExplainedReport } from '../../src/render/types.js';
import { CLI } from '../cli/run-cli.js';

function allRealCaptures(): string {
  const dir = fileURLToPath(new URL('../fixtures/real/', import.meta.url));
  const text = readdirSync(dir).filter((f) => f.endsWith('.strace.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('');
  const file = join(mkdtempSync(join(tmpdir(), 'tracex-md-')), 'all-real.strace.txt');
  writeFileSync(file, text);
  return file;
}

describe('the Markdown report fits a GitHub issue', () => {
  it('annotate and --format markdown of every real capture together: within 65,536 characters, saying what was left out', () => {
    const file = allRealCaptures();
    for (const args of [['annotate', file], ['--format', 'markdown', file]]) {
      const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(r.status).toBe(0);
      expect(r.stdout.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
      expect(r.stdout).toMatch(/^… \d+ more findings \(\d+ errors, \d+ warnings, \d+ info\) left out/m);
      expect(r.stdout).toMatch(/^\| … \d+ more processes \|/m);
      expect(r.stdout).toMatch(/^\| … \d+ more sockets \|/m);
      expect(r.stdout).toMatch(/^… \d+ steps left out/m);
      // Code fences and the <details> block are closed.
      expect(r.stdout.trimEnd().endsWith('</details>')).toBe(true);
      expect((r.stdout.match(/^```/gm) ?? []).length % 2).toBe(0);
    }
  }, 120_000);

  it('caps the processes and sockets tables (a constructed report of 250,000 processes and sockets)', () => {
    const processes: ProcessInfo[] = Array.from({ length: 250_000 }, (_, i) => ({
      pid: 1000 + i, parent: 999, isThread: false, argv: ['/usr/bin/worker', `--id=${String(i)}`], execs: [], exitCode: 0, firstLine: i + 1, lastLine: i + 1,
    }));
    const sockets: SocketInfo[] = Array.from({ length: 250_000 }, (_, i) => ({
      id: `s${String(i + 1)}`, family: 'AF_INET', type: 'SOCK_STREAM', local: { family: 'AF_INET', address: '127.0.0.1', port: 40000 + (i % 20000) }, holders: [1000 + i], fds: [`${String(1000 + i)}:3`], lines: [i + 1], listening: false,
    }));
    const report: ExplainedReport = {
      input: { files: ['x.strace'], format: 'strace', os: 'linux' },
      stats: { lines: 250_000, events: 250_000, unparsed: 0 } as ExplainedReport['stats'],
      processes, sockets, findings: [], stories: [], unparsed: [],
    };
    const md = renderMarkdown(report);
    expect(md.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    expect(md).toMatch(/^\| … 2499\d\d more processes \| \| \| \| \| \|$/m);
    expect(md).toMatch(/^\| … 2499\d\d more sockets \|/m);
    expect(md).toContain('| 1000 | 999 | process | /usr/bin/worker --id=0 | 0 | 1-1 |');
  });
});
