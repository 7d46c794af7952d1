// The browser's memory per event stays bounded: a child loads 60,000 synthetic events (built
// from the documented strace line format: opens of distinct paths, reads, closes, failed probes)
// into a store with a 40 MB old space. The store as it was before it kept events as columns
// (whole events, every line's text) ran out of that heap on the same trace.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Synthetic strace -f -tt -T lines (not a real capture): 15,000 files opened, read, closed, and as many failed probes. */
function syntheticTrace(files: number): string {
  const out: string[] = [];
  let t = 36000;
  const ts = (): string => {
    t += 0.000037;
    const h = Math.floor(t / 3600);
    const m = Math.floor((t % 3600) / 60);
    return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${(t % 60).toFixed(6).padStart(9, '0')}`;
  };
  for (let k = 0; k < files; k++) {
    const path = `/srv/data/set${k % 97}/file-${k}.dat`;
    out.push(`4242  ${ts()} newfstatat(AT_FDCWD, "/srv/cache/${k}.pyc", 0x7ffc5e1f0a00, 0) = -1 ENOENT (No such file or directory) <0.000011>`);
    out.push(`4242  ${ts()} openat(AT_FDCWD, "${path}", O_RDONLY|O_CLOEXEC) = 3 <0.000021>`);
    out.push(`4242  ${ts()} read(3, "some bytes of ${k}"..., 4096) = 4096 <0.000009>`);
    out.push(`4242  ${ts()} close(3) = 0 <0.000004>`);
  }
  return out.join('\n') + '\n';
}

const CHILD = `
import { createReadStream } from 'node:fs';
const { TraceStore } = await import(process.argv[1] + 'dist/src/tui/store.js');
const { FileLines } = await import(process.argv[1] + 'dist/src/tui/line-store.js');
const { openTraceInputs } = await import(process.argv[1] + 'dist/src/parse/pipeline.js');
const file = process.argv[2];
const trace = await openTraceInputs([{ name: file, stream: createReadStream(file) }], {});
const store = new TraceStore({ name: file, files: [file], format: trace.format, os: trace.os });
store.readLinesFrom(FileLines.open(file));
await store.load(trace.batches(), () => trace.stats);
console.log(JSON.stringify({ events: store.events.length, findings: store.result.findings.length, last: store.eventAt(store.events.length - 1).syscall }));
`;

describe('the store keeps a big trace compact', () => {
  it('loads 60,000 events with a 40 MB old space', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tracex-mem-'));
    try {
      const file = join(dir, 'synthetic.strace');
      writeFileSync(file, syntheticTrace(15_000));
      const r = spawnSync(process.execPath, ['--max-old-space-size=40', '--input-type=module', '-e', CHILD, ROOT, file], { encoding: 'utf8', timeout: 120_000 });
      expect(r.stderr).not.toMatch(/heap out of memory/);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ events: 60_000, last: 'close' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
