#!/usr/bin/env node
// `npm run bench`: tracex against b3-strace-parser (the other JavaScript strace parser) and
// against `cat`/`wc -l` (the floor), on real traces captured here with the installed strace.
//
// Whole processes are timed (start-up included), several runs each, interleaved so that a
// burst of load from other users of the machine hits every tool alike; ratios against b3 are
// taken per run pair (tool run i against b3 run i) and summarised as median and range.
// Traces live in test/bench/traces/ (git-ignored) and are reused when present; delete the
// folder to capture them again.
//
// Options:
//   --runs N         timed runs per tool and trace (default 5)
//   --big-runs N     runs on the 600,000-line trace and the 4× growth trace (default 2)
//   --only a,b       workloads to use (pycompile, md5sum, git)
//   --tools a,b      tools to time (cat, wc, parse, parse-noargs, parse-nodecode, summary, explain, b3)
//   --no-variants    only the `-f -T` traces (skip `-f -ttt -T -yy`)
//   --no-big         skip the 600,000-line, growth and browse measurements
//   --capture-only   capture the traces and stop
// Environment: TRACEX_BIN=path/to/main.js runs another build of tracex (default dist/src/cli/main.js).

import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TRACES = join(ROOT, 'test/bench/traces');
const CLI = process.env.TRACEX_BIN ? resolve(process.env.TRACEX_BIN) : join(ROOT, 'dist/src/cli/main.js');
const B3 = join(ROOT, 'node_modules/b3-strace-parser/cli.js');
const NODE = process.execPath;
/** Lines in the trace used for the RSS and browse targets. */
const BIG_LINES = 600_000;

// ---------------------------------------------------------------- options

function parseArgv(argv) {
  const o = { runs: 5, bigRuns: 2, only: null, tools: null, variants: true, big: true, captureOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--runs') o.runs = Math.max(1, +next());
    else if (a === '--big-runs') o.bigRuns = Math.max(1, +next());
    else if (a === '--only') o.only = next().split(',');
    else if (a === '--tools') o.tools = next().split(',');
    else if (a === '--no-variants') o.variants = false;
    else if (a === '--no-big') o.big = false;
    else if (a === '--capture-only') o.captureOnly = true;
    else if (a === '--help' || a === '-h') {
      const text = readFileSync(fileURLToPath(import.meta.url), 'utf8');
      console.log(text.slice(text.indexOf('\n') + 1, text.indexOf('\nimport ')).replace(/^\/\/ ?/gm, ''));
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return o;
}

const note = (msg) => process.stderr.write(`bench: ${msg}\n`);

// ---------------------------------------------------------------- workloads

/** Runs a command for setup; throws with its stderr when it fails. */
function sh(cmd, args, opts = {}) {
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
const WORKLOADS = {
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
const VARIANTS = {
  fT: ['-f', '-T'],
  fttTyy: ['-f', '-ttt', '-T', '-yy'],
};

function countLines(file) {
  return +sh('wc', ['-l', file]).trim().split(/\s+/)[0];
}

/** Captures `workload` under strace with `flags` into `out` unless it already exists. */
function capture(name, variant, out) {
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
async function concatenate(parts, lines, out) {
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

// ---------------------------------------------------------------- timing

let timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function ensureTime() {
  if (timeBin) return;
  note('/usr/bin/time is missing; trying apt-get install -y time');
  const r = spawnSync('sh', ['-c', 'apt-get install -y time >/dev/null 2>&1 || (apt-get update >/dev/null 2>&1 && apt-get install -y time >/dev/null 2>&1)'], { stdio: 'ignore' });
  if (r.status === 0 && existsSync('/usr/bin/time')) timeBin = '/usr/bin/time';
  else note('could not install time; peak RSS comes from polling /proc/PID/status VmHWM (may miss the last moments)');
}

/**
 * Runs one command to completion: stdin from `stdinFile` (or nothing), stdout to /dev/null
 * unless `onStdout` wants it. Returns wall seconds and peak RSS in KiB.
 */
function runOnce(cmd, args, { stdinFile, onStdout } = {}) {
  return new Promise((resolvePromise, reject) => {
    const stdin = stdinFile ? openSync(stdinFile, 'r') : 'ignore';
    const stdout = onStdout ? 'pipe' : openSync('/dev/null', 'w');
    const timeOut = join(TRACES, `.time-${process.pid}`);
    const argv = timeBin ? ['-f', '%M %U %S', '-o', timeOut, cmd, ...args] : args;
    const t0 = process.hrtime.bigint();
    const child = spawn(timeBin ?? cmd, argv, { stdio: [stdin, stdout, 'pipe'] });
    let stderr = '';
    let hwm = 0;
    let poll;
    if (!timeBin) {
      poll = setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) hwm = Math.max(hwm, +m[1]);
        } catch {
          /* exited */
        }
      }, 10);
    }
    child.stderr.on('data', (d) => (stderr += d));
    if (onStdout) child.stdout.on('data', onStdout);
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      if (poll) clearInterval(poll);
      if (typeof stdin === 'number') closeSync(stdin);
      if (typeof stdout === 'number') closeSync(stdout);
      let rss = hwm;
      let cpu = NaN;
      if (timeBin) {
        const lines = readFileSync(timeOut, 'utf8').trim().split('\n');
        const [m, u, sys] = lines[lines.length - 1].split(' ').map(Number);
        rss = m;
        cpu = u + sys;
        rmSync(timeOut, { force: true });
      }
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${stderr.slice(0, 2000)}`));
      else resolvePromise({ wall, cpu, rssKiB: rss });
    });
  });
}

// ---------------------------------------------------------------- tools

/**
 * What is timed. `accepted` runs the tool once more (untimed) reading its output, and says
 * how many input lines the tool read into something (rather than dropping or failing them).
 */
function tools(available) {
  const tx = (...a) => ({ cmd: NODE, args: [CLI, ...a] });
  const list = [
    { name: 'cat', label: '`cat` (floor)', run: (f) => ({ cmd: 'cat', args: [f] }), accepted: (f, lines) => lines },
    { name: 'wc', label: '`wc -l` (floor)', run: (f) => ({ cmd: 'wc', args: ['-l', f] }), accepted: (f, lines) => lines },
    {
      name: 'parse',
      label: 'tracex parse',
      run: (f) => tx('parse', f),
      accepted: (f) => acceptedFromParse(tx('parse', f)),
    },
    {
      name: 'parse-noargs',
      label: 'tracex parse --no-args',
      run: (f) => tx('parse', '--no-args', f),
      accepted: (f) => acceptedFromParse(tx('parse', '--no-args', f)),
    },
    {
      name: 'parse-nodecode',
      label: 'tracex parse --no-decode',
      run: (f) => tx('parse', '--no-decode', f),
      accepted: (f) => acceptedFromParse(tx('parse', '--no-decode', f)),
    },
    { name: 'summary', label: 'tracex summary', run: (f) => tx('summary', f), accepted: (f) => acceptedFromJsonStats(tx('summary', '--format', 'json', f)), needs: 'summary' },
    { name: 'explain', label: 'tracex --format json', run: (f) => tx('--format', 'json', f), accepted: (f) => acceptedFromJsonStats(tx('--format', 'json', f)), needs: 'explain' },
    { name: 'b3', label: 'b3-strace-parser', run: () => ({ cmd: NODE, args: [B3] }), stdin: true, accepted: (f) => acceptedFromB3(f), b3: true },
  ];
  return list.filter((t) => {
    if (t.needs && !available.has(t.needs)) {
      note(`skipping ${t.label}: this build of tracex has no \`${t.needs}\` yet`);
      return false;
    }
    if (t.b3 && !existsSync(B3)) {
      note('skipping b3-strace-parser: not installed (npm install)');
      return false;
    }
    return true;
  });
}

/** Which optional commands this build of tracex has. */
function availableCommands() {
  const r = spawnSync(NODE, [CLI, '--help'], { encoding: 'utf8' });
  const have = new Set();
  if (/^\s+summary\b/m.test(r.stdout)) have.add('summary');
  if (/^\s+browse\b/m.test(r.stdout)) have.add('browse');
  // The explain view is the default command; `--format json` must be a known option.
  const e = spawnSync(NODE, [CLI, '--format', 'json', '/dev/null'], { encoding: 'utf8' });
  if (!/unknown option|unknown command|too many arguments/i.test(e.stderr)) have.add('explain');
  return have;
}

/** tracex parse: lines read into an event, i.e. all but `unparsed` and stray `output`, minus calls whose arguments did not read. */
async function acceptedFromParse({ cmd, args }) {
  const mark = '"argsUnreadable":true';
  let rest = '';
  let last = '';
  let unreadable = 0;
  const take = (complete) => {
    for (let k = complete.indexOf(mark); k >= 0; k = complete.indexOf(mark, k + 1)) unreadable++;
    const t = complete.trimEnd();
    if (t) last = t.slice(t.lastIndexOf('\n') + 1);
  };
  await runOnce(cmd, args, {
    onStdout: (d) => {
      const s = rest + d.toString('utf8');
      const cut = s.lastIndexOf('\n');
      if (cut < 0) {
        rest = s;
        return;
      }
      take(s.slice(0, cut + 1));
      rest = s.slice(cut + 1);
    },
  });
  if (rest) take(rest);
  const stats = JSON.parse(last);
  return stats.lines - (stats.records.unparsed ?? 0) - (stats.records.output ?? 0) - unreadable;
}

/**
 * summary / explain JSON: the `stats` object near the top of the document. Only the head of
 * the output is kept (the explained report of a big trace is hundreds of MB).
 */
async function acceptedFromJsonStats({ cmd, args }) {
  let head = '';
  await runOnce(cmd, args, {
    onStdout: (d) => {
      if (head.length < 1 << 18) head += d.toString('utf8');
    },
  });
  const at = head.indexOf('"stats"');
  if (at < 0) return null;
  const open = head.indexOf('{', at);
  let depth = 0;
  for (let k = open; k < head.length; k++) {
    const c = head[k];
    if (c === '"') {
      for (k++; k < head.length && head[k] !== '"'; k++) if (head[k] === '\\') k++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      const stats = JSON.parse(head.slice(open, k + 1));
      return stats.lines - (stats.records?.unparsed ?? stats.unparsed ?? 0) - (stats.records?.output ?? 0);
    }
  }
  return null;
}

/** b3 prints one JSON value per line it parsed (and `null` for blank ones); the rest are dropped. */
async function acceptedFromB3(file) {
  let n = 0;
  let tail = '';
  await runOnce(NODE, [B3], {
    stdinFile: file,
    onStdout: (d) => {
      const parts = (tail + d.toString('utf8')).split('\n');
      tail = parts.pop();
      for (const p of parts) if (p && p !== 'null') n++;
    },
  });
  if (tail && tail !== 'null') n++;
  return n;
}

// ---------------------------------------------------------------- statistics and table

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmtInt = (n) => (n == null ? '–' : Math.round(n).toLocaleString('en-US'));
const fmtK = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : `${Math.round(n / 1000)} k`);
const fmtS = (s) => (s < 10 ? s.toFixed(2) : s.toFixed(1));

/** Times every tool on `file`, `runs` times, interleaved; returns one row per tool. */
async function measure(file, toolList, runs, { count = true } = {}) {
  const lines = countLines(file);
  const bytes = statSync(file).size;
  const samples = new Map(toolList.map((t) => [t.name, []]));
  for (let i = 0; i < runs; i++) {
    for (const t of toolList) {
      const { cmd, args } = t.run(file);
      try {
        samples.get(t.name).push(await runOnce(cmd, args, t.stdin ? { stdinFile: file } : {}));
      } catch (err) {
        // A tool that fails (or runs out of memory) is reported as such, not dropped.
        note(`${t.label} failed on ${file.slice(TRACES.length + 1)}: ${String(err.message).split('\n')[0].slice(0, 300)}`);
        samples.get(t.name).push({ wall: NaN, rssKiB: NaN, failed: true });
      }
    }
  }
  const b3 = samples.get('b3');
  const rows = [];
  for (const t of toolList) {
    const s = samples.get(t.name);
    if (s.some((x) => x.failed)) {
      rows.push({ trace: file.slice(TRACES.length + 1), tool: t.label, name: t.name, lines, bytes, failed: true });
      continue;
    }
    const walls = s.map((x) => x.wall);
    const wall = median(walls);
    const row = {
      trace: file.slice(TRACES.length + 1),
      tool: t.label,
      name: t.name,
      lines,
      bytes,
      wall,
      min: Math.min(...walls),
      max: Math.max(...walls),
      linesPerSec: lines / wall,
      mbPerSec: bytes / 1e6 / wall,
      rssMiB: median(s.map((x) => x.rssKiB)) / 1024,
      cpu: median(s.map((x) => x.cpu)),
      accepted: count ? await Promise.resolve().then(() => t.accepted(file, lines)).catch(() => null) : null,
    };
    if (b3 && t.name !== 'b3' && !b3.some((x) => x.failed)) {
      const ratios = s.map((x, i) => b3[i].wall / x.wall);
      row.ratio = { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
      row.cpuRatio = median(s.map((x, i) => b3[i].cpu / x.cpu));
    }
    rows.push(row);
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  return rows;
}

function table(rows, runs) {
  const out = [];
  out.push(`| trace | tool | wall s (median, min–max of ${runs}) | CPU s | lines/s | MB/s | peak RSS MB | lines accepted | × b3 lines/s (median, min–max) | × b3 by CPU s |`);
  out.push('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    if (r.failed) {
      out.push(`| ${r.trace} (${fmtK(r.lines)} lines, ${(r.bytes / 1e6).toFixed(1)} MB) | ${r.tool} | failed | | | | | | | |`);
      continue;
    }
    const acc = r.accepted == null ? '–' : `${fmtInt(r.accepted)} (${((100 * r.accepted) / r.lines).toFixed(1)}%)`;
    const ratio = r.ratio ? `${r.ratio.median.toFixed(1)}× (${r.ratio.min.toFixed(1)}–${r.ratio.max.toFixed(1)})` : r.name === 'b3' ? '1×' : '';
    out.push(
      `| ${r.trace} (${fmtK(r.lines)} lines, ${(r.bytes / 1e6).toFixed(1)} MB) | ${r.tool} | ${fmtS(r.wall)} (${fmtS(r.min)}–${fmtS(r.max)}) | ${Number.isNaN(r.cpu) ? '–' : fmtS(r.cpu)} | ${fmtInt(r.linesPerSec)} | ${r.mbPerSec.toFixed(1)} | ${r.rssMiB.toFixed(0)} | ${acc} | ${ratio} | ${r.cpuRatio && Number.isFinite(r.cpuRatio) ? `${r.cpuRatio.toFixed(1)}×` : ''} |`,
    );
  }
  return out.join('\n');
}

// ---------------------------------------------------------------- browse

/** Seconds until `tracex browse` has drawn its first screen in a detached tmux pane. */
async function browseFirstScreen(file) {
  const sock = `tracex-bench-${process.pid}`;
  const tmux = (...a) => spawnSync('tmux', ['-L', sock, ...a], { encoding: 'utf8' });
  const t0 = process.hrtime.bigint();
  const started = tmux('new-session', '-d', '-s', 'b', '-x', '120', '-y', '40', `${NODE} ${CLI} browse ${file}`);
  if (started.status !== 0) throw new Error(`tmux: ${started.stderr}`);
  try {
    for (;;) {
      const pane = tmux('capture-pane', '-p', '-t', 'b').stdout ?? '';
      // First screen: several rows drawn and a syscall name from the trace on them.
      const drawn = pane.split('\n').filter((l) => l.trim()).length;
      if (drawn >= 5 && /\b(execve|openat|read|close|newfstatat|mmap)\b/.test(pane)) return Number(process.hrtime.bigint() - t0) / 1e9;
      if (Number(process.hrtime.bigint() - t0) / 1e9 > 60) return null;
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    tmux('kill-session', '-t', 'b');
  }
}

// ---------------------------------------------------------------- main

async function main() {
  const o = parseArgv(process.argv.slice(2));
  if (!existsSync(CLI)) {
    note(`${CLI} is missing: building (npm run build)`);
    sh('npm', ['run', 'build'], { cwd: ROOT });
  }
  mkdirSync(TRACES, { recursive: true });
  const names = o.only ?? Object.keys(WORKLOADS);
  const variants = o.variants ? Object.keys(VARIANTS) : ['fT'];
  const traces = [];
  for (const v of variants) {
    for (const n of names) {
      const f = join(TRACES, `${n}.${v}.strace`);
      capture(n, v, f);
      traces.push(f);
    }
  }
  const plain = names.map((n) => join(TRACES, `${n}.fT.strace`));
  const big = join(TRACES, `big600k.fT.strace`);
  const growthBase = plain.reduce((a, b) => (statSync(a).size >= statSync(b).size ? a : b));
  const growth4 = join(TRACES, `x4-${growthBase.slice(TRACES.length + 1)}`);
  if (o.big) {
    await concatenate(plain, BIG_LINES, big);
    await concatenate([growthBase], countLines(growthBase) * 4, growth4);
  }
  for (const f of traces) note(`${f.slice(ROOT.length + 1)}: ${countLines(f)} lines, ${(statSync(f).size / 1e6).toFixed(1)} MB`);
  if (o.captureOnly) return;

  ensureTime();
  const have = availableCommands();
  let toolList = tools(have);
  if (o.tools) toolList = toolList.filter((t) => o.tools.includes(t.name));
  const head = [
    `tracex bench — ${new Date().toISOString()}`,
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, node ${process.version}, ${sh('strace', ['-V']).split('\n')[0]}`,
    `tracex: ${CLI.startsWith(ROOT) ? CLI.slice(ROOT.length + 1) : CLI}; b3-strace-parser ${existsSync(B3) ? JSON.parse(readFileSync(join(dirname(B3), 'package.json'), 'utf8')).version : 'missing'}`,
    `b3 reads the -f -T traces only (it has no grammar for -ttt/-yy decorations); tracex reads files by path, b3 reads stdin.`,
    `load average at start: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (wall times include start-up and any wait for a CPU; CPU s is user+sys)`,
  ];
  console.log(head.join('\n') + '\n');

  const rows = [];
  for (const f of traces) {
    const isPlain = f.includes('.fT.');
    const list = isPlain ? toolList : toolList.filter((t) => !t.b3);
    note(`timing ${f.slice(TRACES.length + 1)} (${o.runs} runs × ${list.length} tools)`);
    rows.push(...(await measure(f, list, o.runs)));
  }
  const mainTable = table(rows, o.runs);
  console.log(mainTable + '\n');

  let bigTable = '';
  let growthText = '';
  let browseText = '';
  if (o.big) {
    note(`timing ${big.slice(TRACES.length + 1)} (${o.bigRuns} runs)`);
    const bigRows = await measure(big, toolList.filter((t) => t.name !== 'wc'), o.bigRuns, { count: false });
    bigTable = table(bigRows, o.bigRuns);
    console.log(`600,000 lines (RSS target: under 200 MB):\n\n${bigTable}\n`);

    note(`memory growth: ${growthBase.slice(TRACES.length + 1)} ×1 and ×4`);
    const gTools = toolList.filter((t) => !['wc', 'cat', 'b3'].includes(t.name));
    const g1 = await measure(growthBase, gTools, o.bigRuns, { count: false });
    const g4 = await measure(growth4, gTools, o.bigRuns, { count: false });
    const gl = ['| tool | peak RSS ×1 MB | peak RSS ×4 MB | growth | wall ×1 s | wall ×4 s |', '|---|---|---|---|---|---|'];
    for (let k = 0; k < g1.length; k++) {
      const a = g1[k];
      const b = g4[k];
      if (a.failed || b.failed) {
        gl.push(`| ${a.tool} | ${a.failed ? 'failed' : a.rssMiB.toFixed(0)} | ${b.failed ? 'failed' : b.rssMiB.toFixed(0)} | | | |`);
        continue;
      }
      const growth = (b.rssMiB / a.rssMiB - 1) * 100;
      gl.push(`| ${a.tool} | ${a.rssMiB.toFixed(0)} | ${b.rssMiB.toFixed(0)} | ${growth >= 0 ? '+' : ''}${growth.toFixed(0)}%${growth > 20 ? ' (over 20%)' : ''} | ${fmtS(a.wall)} | ${fmtS(b.wall)} |`);
    }
    growthText = `Memory growth, ${fmtK(countLines(growthBase))} lines against 4 copies (${fmtK(countLines(growth4))} lines):\n\n${gl.join('\n')}`;
    console.log(growthText + '\n');

    if (have.has('browse')) {
      const times = [];
      for (let i = 0; i < o.bigRuns; i++) times.push(await browseFirstScreen(big));
      const ok = times.filter((t) => t != null);
      browseText = ok.length
        ? `tracex browse on ${fmtK(BIG_LINES)} lines: first screen after ${fmtS(median(ok))} s (median of ${ok.length}; ${times.map((t) => (t == null ? 'none in 60 s' : fmtS(t))).join(', ')})`
        : 'tracex browse: no first screen seen within 60 s';
    } else {
      browseText = 'tracex browse: not in this build yet (skipped)';
      note('skipping browse: this build of tracex has no `browse` yet');
    }
    console.log(browseText + '\n');
  }
  const endLoad = `load average at end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`;
  console.log(endLoad);
  const report = [head.join('\n'), endLoad, mainTable, bigTable && `600,000 lines:\n\n${bigTable}`, growthText, browseText].filter(Boolean).join('\n\n');
  writeFileSync(join(TRACES, 'last-results.md'), report + '\n');
  writeFileSync(join(TRACES, 'last-results.json'), JSON.stringify({ date: new Date().toISOString(), rows }, null, 1));
  note(`results also in ${join(TRACES, 'last-results.md').slice(ROOT.length + 1)}`);
}

main().catch((err) => {
  note(err.stack ?? String(err));
  process.exit(1);
});
