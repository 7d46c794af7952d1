// `tracex … | head -c 100`: every command ends quietly with exit 0 when the reader goes away,
// also once its output passes the 64 KiB a pipe holds (before: Node's exit 13, "unsettled
// top-level await", from a write that waited for a drain that never comes).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI } from './run-cli.js';

let big = '';

beforeAll(() => {
  // Every real capture in test/fixtures/real one after another (37k lines): many findings, and
  // every output (the findings alone: 90 KB) far over 64 KiB.
  const dir = fileURLToPath(new URL('../fixtures/real/', import.meta.url));
  const parts = readdirSync(dir).filter((f) => f.endsWith('.strace.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
  big = join(mkdtempSync(join(tmpdir(), 'tracex-epipe-')), 'big.strace.txt');
  writeFileSync(big, parts.join(''));
});

/** Runs `tracex args | head -c 100` in bash; tracex's own exit status and stderr. */
function throughHead(args: string): { status: number; stderr: string; shown: number } {
  const r = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" ${args} 2>"$ERR" | head -c 100 | wc -c; echo "\${PIPESTATUS[0]}"`], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ERR: join(tmpdir(), `tracex-epipe-${String(process.pid)}.err`) },
  });
  const [shown, status] = r.stdout.trim().split('\n');
  return { status: Number(status), stderr: readFileSync(join(tmpdir(), `tracex-epipe-${String(process.pid)}.err`), 'utf8'), shown: Number(shown) };
}

describe('a closed pipe ends every command quietly with exit 0', () => {
  const commands = [
    'annotate BIG',
    'annotate --inline BIG',
    '--format markdown BIG',
    '--findings BIG',
    '--findings --format markdown BIG',
    'BIG',
    '--format json BIG',
    'parse BIG',
    'parse --format json BIG',
    'summary BIG',
    'summary --format json BIG',
  ];
  it.each(commands)('tracex %s | head -c 100', (args) => {
    const r = throughHead(args.replace('BIG', big));
    expect(r.shown).toBe(100);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);
});
