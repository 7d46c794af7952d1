// `tracex --findings`: what went wrong without the narrative, in every output format.
import { describe, expect, it } from 'vitest';
import { runCli, sample } from './run-cli.js';

describe('tracex --findings', () => {
  it('prints the findings and the counts, no header and no narrative', async () => {
    const full = await runCli([sample('psql-unix-socket-enoent.strace.txt')]);
    const r = await runCli(['--findings', sample('psql-unix-socket-enoent.strace.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('Findings (')).toBe(true);
    expect(r.stdout).toMatch(/ERROR {3}connect to \/tmp\/\.s\.PGSQL\.5432 failed: ENOENT/);
    // Exactly the tail of the full output, from the findings on.
    expect(full.stdout.endsWith(r.stdout)).toBe(true);
    expect(r.stdout).not.toMatch(/→/);
  });

  it('leaves the events out of the JSON and Markdown reports, keeping findings, processes and stats', async () => {
    const json = await runCli(['--findings', '--format', 'json', sample('psql-unix-socket-enoent.strace.txt')]);
    const doc = JSON.parse(json.stdout) as { events: unknown[]; findings: { id: string }[]; processes: unknown[]; stats: { lines: number } };
    expect(doc.events).toEqual([]);
    expect(doc.findings.map((f) => f.id)).toContain('connect-failed');
    expect(doc.processes.length).toBeGreaterThan(0);
    expect(doc.stats.lines).toBeGreaterThan(900);
    const md = await runCli(['--findings', '--format', 'markdown', sample('psql-unix-socket-enoent.strace.txt')]);
    expect(md.stdout).toMatch(/connect to `?\/tmp\/\.s\.PGSQL\.5432`? failed/);
    const mdFull = await runCli(['--format', 'markdown', sample('psql-unix-socket-enoent.strace.txt')]);
    expect(md.stdout.length).toBeLessThan(mdFull.stdout.length);
  });
});
