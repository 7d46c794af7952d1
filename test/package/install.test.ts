// The package as users get it: `npm pack`, then `npm install -g` of the tarball from another
// directory, then the installed `tracex` run from there. Needs dist/ (built by `npm test`) and
// the dependencies in the npm cache or the registry; skipped only when there is no npm.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { plainEnv } from '../cli/run-cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const hasNpm = spawnSync('npm', ['--version'], { encoding: 'utf8' }).status === 0;
const work = mkdtempSync(join(tmpdir(), 'tracex-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const npm = (args: string[], cwd: string): string =>
  // --ignore-scripts: dist/ is already built; `prepare` would rebuild it under the other tests' feet.
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe.skipIf(!hasNpm)('npm pack, then npm install -g of the tarball', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  let files: string[] = [];
  let tarball = '';

  it('packs dist, samples, README and LICENSE, and no source map naming a src/ that is not shipped', () => {
    const out = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT)) as { filename: string; files: { path: string }[] }[];
    tarball = join(work, out[0]!.filename);
    files = out[0]!.files.map((f) => f.path);
    expect(files).toContain('LICENSE');
    expect(files).toContain('dist/src/cli/main.js');
    // The terminal UI's one-file build (npm run build), which `tracex browse` loads.
    expect(files).toContain('dist/src/tui/browser.bundle.js');
    expect(files).toContain('samples/rails-db-setup-unix-socket-enoent.dtruss.txt');
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);
  }, 60_000);

  it('installs from another directory and runs --version and a sample from there', () => {
    expect(tarball).not.toBe('');
    const prefix = join(work, 'prefix');
    const elsewhere = mkdtempSync(join(work, 'elsewhere-'));
    // From the cache when it has the dependencies (offline), else from the registry.
    npm(['install', '-g', '--prefix', prefix, '--prefer-offline', tarball], elsewhere);
    const bin = join(prefix, 'bin', 'tracex');
    const env = plainEnv();
    expect(execFileSync(bin, ['--version'], { cwd: elsewhere, encoding: 'utf8', env }).trim()).toBe(pkg.version);
    const sample = join(prefix, 'lib', 'node_modules', 'tracex', 'samples', 'rails-db-setup-unix-socket-enoent.dtruss.txt');
    const story = execFileSync(bin, [sample], { cwd: elsewhere, encoding: 'utf8', env });
    expect(story).toContain('ERROR   connect on a UNIX stream socket failed: ENOENT');
  }, 180_000);
});
