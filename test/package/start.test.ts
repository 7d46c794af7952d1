// `npm start` is a first run: it must tell the Rails/Postgres UNIX-socket story (the README
// promises it) and fit on one screen.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { plainEnv } from '../cli/run-cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: { start: string } };

describe('npm start', () => {
  it('shows the Rails dtruss story on one screen (at most 40 lines)', () => {
    const [cmd, ...args] = pkg.scripts.start.split(' ');
    expect(cmd).toBe('node');
    const out = execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...plainEnv(), COLUMNS: '80' } });
    expect(args.at(-1)).toBe('samples/rails-db-setup-unix-socket-enoent.dtruss.txt');
    expect(out).toContain('connect on a UNIX stream socket failed: ENOENT');
    expect(out.trimEnd().split('\n').length).toBeLessThanOrEqual(40);
  });
});
