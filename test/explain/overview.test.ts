// "In short:" — the overview paragraph, on real traces captured here (test/fixtures/real/).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/analyze/index.js';
import { overview } from '../../src/explain/overview.js';
import { readTraceFile } from '../../src/index.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/real/${name}.strace.txt`, import.meta.url));

async function inShort(name: string): Promise<string> {
  const { events, stats } = await readTraceFile(fixture(name));
  const a = new Analyzer({ os: stats.os, format: stats.format });
  for (const ev of events) a.push(ev);
  return overview(a.finish(stats));
}

describe('overview', () => {
  it('a client that failed: how it ended and the error, no "connected to" for the refused attempt', async () => {
    const s = await inShort('curl-refused-yy');
    expect(s).toMatch(/^curl \(pid \d+\), run as "curl [^"]+", exited with status 7\. What went wrong: connect to 127\.0\.0\.1:8766 failed: ECONNREFUSED\.$/);
    expect(s).not.toContain('connected to');
  });

  it('a server: its workers, what it listened on, the connections it accepted, and the note below', async () => {
    expect(await inShort('nginx-two-workers')).toBe(
      'nginx (pid 433), run as "nginx -p /tmp/rp/nginx -c /tmp/rp/nginx/nginx.conf -g daemon off;", exited normally. ' +
        'It started 2 other processes (nginx ×2). It listened on 127.0.0.1:8089. It accepted 5 connections. ' +
        'Nothing went wrong that the trace shows (1 note below).',
    );
  });

  it('threads are counted, and the DNS server it talked to is named', async () => {
    const s = await inShort('curl-nxdomain-resolver-thread');
    expect(s).toContain('exited with status 6. 1 thread ran beside it. It was connected to 10.255.255.53:53 (DNS).');
    expect(s).toContain('What went wrong: DNS lookup of nonexistent.invalid failed: NXDOMAIN.');
  });

  it('a crash: killed by the signal', async () => {
    expect(await inShort('segv-core-dumped')).toMatch(/^segv \(pid \d+\), run as "[^"]+", was killed by SIGSEGV \(core dumped\)\. What went wrong: /);
  });
});

describe('an empty trace', () => {
  it('says no call was traced (and why strace leaves -o empty) instead of nothing', () => {
    expect(overview({ processes: [], sockets: [], findings: [] })).toMatch(/^No system call was traced: .*could not start the program/);
  });
});
