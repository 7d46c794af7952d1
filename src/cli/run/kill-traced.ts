// The second Ctrl-C of `tracex run`: the program did not end at the first one, so tracex ends
// it. The traced processes go first (their process groups, and each descendant of the tracer),
// then the tracer: killing strace alone detached its tracees and left the program running as an
// orphan. Linux only (strace): the process tree comes from /proc.

import { readdirSync, readFileSync } from 'node:fs';

/** `pid (comm) state ppid pgrp …` of /proc/PID/stat: comm may hold spaces and parentheses. */
function statOf(pid: number | 'self'): { ppid: number; pgrp: number } | undefined {
  try {
    const text = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), pgrp: Number(f[2]) };
  } catch {
    return undefined; // gone already
  }
}

/** Every live descendant of `root`, parents before children. */
export function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const st = statOf(Number(name));
    if (!st) continue;
    const list = children.get(st.ppid) ?? [];
    list.push(Number(name));
    children.set(st.ppid, list);
  }
  const out: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

function kill(target: number): boolean {
  try {
    process.kill(target, 'SIGKILL');
    return true;
  } catch {
    return false;
  }
}

/**
 * SIGKILLs what runs under the tracer, then the tracer. A process group other than tracex's
 * own (a program that made its own, like a shell with job control) is killed whole; the program
 * itself shares tracex's group (so Ctrl-C reaches it), so it and its descendants are killed one
 * by one. Returns the pids that were killed (the tracer's not included).
 */
export function killTraced(tracerPid: number): number[] {
  const own = statOf('self')?.pgrp;
  const pids = descendants(tracerPid);
  const groups = new Set(pids.map((p) => statOf(p)?.pgrp).filter((g): g is number => g !== undefined && g !== own && g > 1));
  for (const g of groups) kill(-g);
  const killed = pids.filter(kill);
  kill(tracerPid);
  return killed;
}
