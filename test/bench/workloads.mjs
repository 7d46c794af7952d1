// The bench's traces: real workloads captured here with the installed strace, and longer
// traces built by repeating them end to end (used by run.mjs).

import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the traces are kept (git-ignored). */
export const TRACES = join(ROOT, 'test/bench/traces');

export const note = (msg) => process.stderr.write(`bench: ${msg}\n`);


/** Runs a command for setup; throws with its stderr when it fails. */
export function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr || r.error}`);
  return r.stdout;
}

/** The real python binary (pyenv and similar install shell-script shims in front of it). */
function realPython() {
  return sh('python3', ['-c', 'import sys; print(sys.executable)']).trim();
}

/** A deterministic byte string of `n` bytes for file `k` (no randomness: traces repeat). */
function fileBody(k, n) {
  const line = `file ${k} of the tracex benchmark, line `;
  let s = '';
  for (let i = 0; s.length < n; i++) s += line + i + '\n';
  return s.slice(0, n);
}

/**
 * Each workload prepares a fresh directory and returns the command strace runs in it.
 * They are sized for about 100,000-130,000 lines of `strace -f` output.
 */
export const WORKLOADS = {
  // python3 -m compileall -f over copies of part of the standard library.
  pycompile(dir) {
    const py = realPython();
    const stdlib = sh(py, ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])']).trim();
    const pkgs = ['email', 'json', 'http', 'xml', 'asyncio', 'concurrent', 'importlib', 'logging', 'unittest', 'urllib', 'collections', 'html', 'wsgiref', 'xmlrpc'];
    const src = join(dir, 'src');
    mkdirSync(src);
    for (let copy = 0; copy < 14; copy++) {
      const dest = join(src, `copy${copy}`);
      mkdirSync(dest);
      for (const p of pkgs) if (existsSync(join(stdlib, p))) sh('cp', ['-r', join(stdlib, p), dest]);
      const top = readdirSync(stdlib).filter((f) => f.endsWith('.py')).map((f) => join(stdlib, f));
      sh('cp', [...top, dest]);
    }
    sh('find', [src, '-name', '__pycache__', '-prune', '-exec', 'rm', '-rf', '{}', '+']);
    return { cmd: py, args: ['-m', 'compileall', '-f', '-q', 'src'], cwd: dir };
  },
  // md5sum over 14,000 small files, 200 per md5sum process (xargs forks: -f matters).
  md5sum(dir) {
    const files = join(dir, 'files');
    for (let d = 0; d < 70; d++) {
      mkdirSync(join(files, `d${d}`), { recursive: true });
      for (let f = 0; f < 200; f++) {
        const k = d * 200 + f;
        writeFileSync(join(files, `d${d}`, `f${f}.txt`), fileBody(k, (k * 7919) % 12000));
      }
    }
    return { cmd: 'sh', args: ['-c', 'find files -type f | sort | xargs -n 200 md5sum > /dev/null'], cwd: dir };
  },
  // `git add` + `git commit` of 7,000 new files in a fresh repository.
  git(dir) {
    const env = gitEnv(dir);
    sh('git', ['init', '-q', 'repo'], { cwd: dir, env });
    const repo = join(dir, 'repo');
    for (let d = 0; d < 70; d++) {
      mkdirSync(join(repo, `dir${d}`));
      for (let f = 0; f < 100; f++) {
        const k = d * 100 + f;
        writeFileSync(join(repo, `dir${d}`, `file${f}.txt`), fileBody(k, 200 + ((k * 104729) % 4000)));
      }
    }
    return { cmd: 'sh', args: ['-c', 'git add -A && git commit -q -m "tracex bench"'], cwd: repo, env };
  },
};

function gitEnv(home) {
  return {
    ...process.env,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'bench',
    GIT_AUTHOR_EMAIL: 'bench@example.invalid',
    GIT_COMMITTER_NAME: 'bench',
    GIT_COMMITTER_EMAIL: 'bench@example.invalid',
    GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
    GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
  };
}

/** strace flag sets: the plain one b3 can read, and a richer one with times and fd paths. */
export const VARIANTS = {
  fT: ['-f', '-T'],
  fttTyy: ['-f', '-tt', '-T', '-yy'],
};

export function countLines(file) {
  return +sh('wc', ['-l', file]).trim().split(/\s+/)[0];
}

/** Captures `workload` under strace with `flags` into `out` unless it already exists. */
export function capture(name, variant, out) {
  if (existsSync(out) && statSync(out).size > 0) return;
  const dir = mkdtempSync(join(tmpdir(), `tracex-bench-${name}-`));
  try {
    const w = WORKLOADS[name](dir);
    note(`capturing ${name} with strace ${VARIANTS[variant].join(' ')} ...`);
    const r = spawnSync('strace', [...VARIANTS[variant], '-o', out + '.part', w.cmd, ...w.args], {
      cwd: w.cwd,
      env: w.env ?? process.env,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`strace ${name} failed (${r.status}): ${r.stderr}`);
    sh('mv', [out + '.part', out]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Concatenates `parts` (repeating them in turn) into `out` until it has exactly `lines` lines. */
export async function concatenate(parts, lines, out) {
  if (existsSync(out) && statSync(out).size > 0) return;
  note(`building ${out.slice(ROOT.length + 1)} (${lines} lines)`);
  const w = createWriteStream(out + '.part');
  let left = lines;
  for (let k = 0; left > 0; k++) {
    const text = readFileSync(parts[k % parts.length], 'utf8');
    let end = 0;
    for (; left > 0; left--) {
      const nl = text.indexOf('\n', end);
      if (nl < 0) break;
      end = nl + 1;
    }
    if (!w.write(text.slice(0, end))) await new Promise((r) => w.once('drain', r));
  }
  await new Promise((r) => w.end(r));
  sh('mv', [out + '.part', out]);
}
