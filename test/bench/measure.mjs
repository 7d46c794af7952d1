// Timing whole processes (wall, CPU, peak RSS) and the tables of the results (used by run.mjs).

import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TRACES, countLines, note } from './workloads.mjs';

// ---------------------------------------------------------------- timing

let timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

export function ensureTime() {
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
export function runOnce(cmd, args, { stdinFile, onStdout } = {}) {
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

// ---------------------------------------------------------------- statistics and table

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const fmtInt = (n) => (n == null ? '–' : Math.round(n).toLocaleString('en-US'));
export const fmtK = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : `${Math.round(n / 1000)} k`);
export const fmtS = (s) => (s < 10 ? s.toFixed(2) : s.toFixed(1));

/** Times every tool on `file`, `runs` times, interleaved; returns one row per tool. */
export async function measure(file, toolList, runs, { count = true } = {}) {
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
  const scan = samples.get('scan');
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
    if (scan && t.name !== 'scan' && !scan.some((x) => x.failed)) {
      const ratios = s.map((x, i) => x.wall / scan[i].wall);
      row.scanRatio = { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
      row.scanCpuRatio = median(s.map((x, i) => x.cpu / scan[i].cpu));
    }
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

export function table(rows, runs) {
  const out = [];
  out.push(`| trace | tool | wall s (median, min–max of ${runs}) | CPU s | lines/s | MB/s | peak RSS MB | lines accepted | × bare scan wall (median, min–max) | × bare scan CPU | × b3 lines/s (median, min–max) | × b3 by CPU s |`);
  out.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    if (r.failed) {
      out.push(`| ${r.trace} (${fmtK(r.lines)} lines, ${(r.bytes / 1e6).toFixed(1)} MB) | ${r.tool} | failed | | | | | | | | | |`);
      continue;
    }
    const acc = r.accepted == null ? '–' : `${fmtInt(r.accepted)} (${((100 * r.accepted) / r.lines).toFixed(1)}%)`;
    const ratio = r.ratio ? `${r.ratio.median.toFixed(1)}× (${r.ratio.min.toFixed(1)}–${r.ratio.max.toFixed(1)})` : r.name === 'b3' ? '1×' : '';
    const scanRatio = r.scanRatio ? `${r.scanRatio.median.toFixed(2)}× (${r.scanRatio.min.toFixed(2)}–${r.scanRatio.max.toFixed(2)})` : r.name === 'scan' ? '1×' : '';
    const scanCpu = r.scanCpuRatio && Number.isFinite(r.scanCpuRatio) ? `${r.scanCpuRatio.toFixed(2)}×` : '';
    out.push(
      `| ${r.trace} (${fmtK(r.lines)} lines, ${(r.bytes / 1e6).toFixed(1)} MB) | ${r.tool} | ${fmtS(r.wall)} (${fmtS(r.min)}–${fmtS(r.max)}) | ${Number.isNaN(r.cpu) ? '–' : fmtS(r.cpu)} | ${fmtInt(r.linesPerSec)} | ${r.mbPerSec.toFixed(1)} | ${r.rssMiB.toFixed(0)} | ${acc} | ${scanRatio} | ${scanCpu} | ${ratio} | ${r.cpuRatio && Number.isFinite(r.cpuRatio) ? `${r.cpuRatio.toFixed(1)}×` : ''} |`,
    );
  }
  return out.join('\n');
}
