// Which inputs to read: files, `-`/stdin, `.gz`, and sets written by `strace -ff -o NAME`
// (`NAME.1234`, `NAME.1235`, ... given as files or as their directory: the pid comes from the suffix).

import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Source {
  /** Path, or `-` for standard input. */
  path: string;
  /** Display name used in output (`file` fields). */
  name: string;
  /** pid taken from a `-ff` file name suffix. */
  pid?: number;
}

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

const FF_SUFFIX = /^(.*)\.(\d+)$/;

/** The files `strace -ff -o NAME` writes for NAME (`NAME.1234`, …), in pid order. */
function ffSetOf(name: string): string[] {
  const dir = dirname(name);
  const base = basename(name);
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries
    .filter((n) => n.length > base.length + 1 && n.startsWith(base + '.') && /^\d+$/.test(n.slice(base.length + 1)))
    .sort((a, b) => Number(a.slice(base.length + 1)) - Number(b.slice(base.length + 1)))
    .map((n) => (dir === '.' && !name.startsWith('./') ? n : join(dir, n)));
}

/** Expands the command-line inputs into sources, in reading order. Throws InputError for missing paths. */
export function resolveSources(inputs: string[]): Source[] {
  if (inputs.length === 0) return [{ path: '-', name: '-' }];
  const files: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push('-');
      continue;
    }
    let st;
    try {
      st = statSync(input);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // `strace -ff -o NAME` wrote NAME.PID files, and NAME is what the user remembers.
      const set = code === 'ENOENT' ? ffSetOf(input) : [];
      if (set.length > 0) {
        files.push(...set);
        continue;
      }
      const why =
        code === 'ENOENT'
          ? 'no such file or directory (check the path; give - or no file to read standard input)'
          : code === 'EACCES'
            ? 'permission denied (make the file readable for this user, or run tracex as its owner)'
            : String((err as Error).message);
      throw new InputError(`${input}: ${why}`);
    }
    if (st.isDirectory()) {
      const names = readdirSync(input).filter((n) => statSync(join(input, n)).isFile()).sort();
      if (names.length === 0) throw new InputError(`${input}: directory has no files (give a trace file, or the directory strace -ff -o DIR/NAME wrote)`);
      files.push(...names.map((n) => join(input, n)));
    } else files.push(input);
  }
  // A -ff set: two or more files NAME.PID sharing NAME.
  const bases = new Map<string, number>();
  for (const f of files) {
    const m = FF_SUFFIX.exec(f);
    if (m) bases.set(m[1]!, (bases.get(m[1]!) ?? 0) + 1);
  }
  return files.map((f) => {
    const m = FF_SUFFIX.exec(f);
    const src: Source = { path: f, name: f === '-' ? '-' : f };
    if (m && (bases.get(m[1]!) ?? 0) >= 2) src.pid = +m[2]!;
    return src;
  });
}

/**
 * Sources grouped into runs, in the order given: the files of one `strace -ff` set (NAME.PID
 * siblings) are one run, merged by time; every other input is a run of its own. Two traces
 * given together are two runs (a good one and a bad one, two machines), not one story.
 */
export function groupRuns(sources: Source[]): Source[][] {
  const runs: Source[][] = [];
  const ffRun = new Map<string, Source[]>();
  for (const s of sources) {
    const base = s.pid !== undefined ? FF_SUFFIX.exec(s.path)?.[1] : undefined;
    if (base === undefined) {
      runs.push([s]);
      continue;
    }
    const run = ffRun.get(base);
    if (run) run.push(s);
    else {
      const fresh = [s];
      ffRun.set(base, fresh);
      runs.push(fresh);
    }
  }
  return runs;
}
