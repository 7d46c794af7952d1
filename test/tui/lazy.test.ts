// Text and JSON runs never load the UI: watched with strace, no file of ink or react is opened,
// nor the UI's one-file build (dist/src/tui/browser.bundle.js).
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, sample } from '../cli/run-cli.js';

// strace needs ptrace; some containers forbid it.
const probe = spawnSync('strace', ['-o', '/dev/null', 'true'], { encoding: 'utf8' });
const usable = !probe.error && probe.status === 0;

describe('the UI is loaded only when asked for', () => {
  it.skipIf(!usable)('explain and parse open no ink or react module (strace -e openat)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tracex-lazy-'));
    for (const args of [['parse'], ['explain'], []]) {
      const out = join(dir, `open-${args.join('') || 'default'}.txt`);
      const r = spawnSync('strace', ['-f', '-e', 'trace=openat', '-o', out, process.execPath, CLI, ...args, sample('psql-unix-socket-enoent.strace.txt')], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      const opened = readFileSync(out, 'utf8');
      expect(opened).toContain('psql-unix-socket-enoent.strace.txt');
      expect(opened).not.toMatch(/node_modules\/(ink|react)\//);
      expect(opened).not.toContain('browser.bundle.js');
    }
  });
});
