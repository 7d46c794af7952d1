// Finding a program the way execvp(3) would, so "command not found" is reported by tracex
// before any tracer starts (strace's own message would be mixed into the program's stderr).

import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export type Lookup =
  | { found: true; path: string }
  | { found: false; reason: 'not-found' | 'not-executable' | 'directory'; path?: string };

function check(path: string): Lookup {
  try {
    if (statSync(path).isDirectory()) return { found: false, reason: 'directory', path };
    accessSync(path, constants.X_OK);
    return { found: true, path };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'EACCES' ? { found: false, reason: 'not-executable', path } : { found: false, reason: 'not-found' };
  }
}

/** A name with a `/` is used as given; otherwise each PATH entry is tried in order. */
export function findExecutable(name: string, pathEnv: string | undefined, cwd: string): Lookup {
  if (name.includes('/')) return check(join(name.startsWith('/') ? '' : cwd, name));
  let firstProblem: Lookup | undefined;
  for (const dir of (pathEnv ?? '/usr/local/bin:/usr/bin:/bin').split(delimiter)) {
    const r = check(join(dir || cwd, name));
    if (r.found) return r;
    if (r.reason !== 'not-found' && !firstProblem) firstProblem = r;
  }
  return firstProblem ?? { found: false, reason: 'not-found' };
}
