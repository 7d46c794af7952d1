// Two runs side by side: what the bad run did that the good one did not. Facts line up by
// program and by what a call was about (path or endpoint, errno), and each program's call
// sequence is walked to the first call where the two runs part.

import type { Finding } from '../model/index.js';
import type { CallSequence, ExitFact, FailureFact, RunProfile, Seen, TouchFact } from './profile.js';

/** Where a program's calls stop matching: its first `same` calls were the same in both runs. */
export interface Parting {
  program: string;
  instance: number;
  same: number;
  good?: Seen;
  bad?: Seen;
}

export interface ExitChange {
  program: string;
  good: ExitFact[];
  bad: ExitFact[];
}

export interface OnlyIn<T> {
  good: T[];
  bad: T[];
}

export interface RunDiff {
  good: RunProfile;
  bad: RunProfile;
  programs: OnlyIn<string>;
  partings: Parting[];
  exits: ExitChange[];
  /** Failed calls whose (program, call, target, errno) appears in one run only; expected ones apart. */
  failures: OnlyIn<FailureFact>;
  expectedFailures: OnlyIn<FailureFact>;
  findings: OnlyIn<Finding>;
  endpoints: OnlyIn<TouchFact>;
  paths: OnlyIn<TouchFact>;
}

function onlyIn<T>(good: Map<string, T>, bad: Map<string, T>): OnlyIn<T> {
  return { good: [...good].filter(([k]) => !bad.has(k)).map(([, v]) => v), bad: [...bad].filter(([k]) => !good.has(k)).map(([, v]) => v) };
}

/** A finding's identity across runs: its id and title without pids (`ls (pid 12664) exited …`). */
function findingKey(f: Finding): string {
  return `${f.id}\0${f.title.replace(/ ?\(pid \d+\)|\bpid \d+/g, '')}`;
}

function byKey<T>(items: readonly T[], key: (t: T) => string): Map<string, T> {
  const m = new Map<string, T>();
  for (const t of items) if (!m.has(key(t))) m.set(key(t), t);
  return m;
}

const exitText = (e: ExitFact): string => (e.signal ? `killed by ${e.signal}` : `status ${String(e.code ?? '?')}`);

/** Exits per program that differ: a multiset of statuses (two redis-cli runs exit twice). */
function exitChanges(good: readonly ExitFact[], bad: readonly ExitFact[]): ExitChange[] {
  const programs = [...new Set([...good, ...bad].map((e) => e.program))];
  const out: ExitChange[] = [];
  for (const program of programs) {
    const g = good.filter((e) => e.program === program);
    const b = bad.filter((e) => e.program === program);
    const text = (list: ExitFact[]): string => list.map(exitText).sort().join(',');
    if (text(g) !== text(b)) out.push({ program, good: g, bad: b });
  }
  return out;
}

/** The first call where each program present in both runs stops doing the same thing. */
function partings(good: readonly CallSequence[], bad: readonly CallSequence[]): Parting[] {
  const out: Parting[] = [];
  for (const g of good) {
    const b = bad.find((s) => s.program === g.program && s.instance === g.instance);
    if (!b) continue;
    let i = 0;
    while (i < g.tokens.length && i < b.tokens.length && g.tokens[i] === b.tokens[i]) i++;
    if (i === g.tokens.length && i === b.tokens.length) continue;
    const p: Parting = { program: g.program, instance: g.instance, same: i };
    if (g.seen[i]) p.good = g.seen[i];
    if (b.seen[i]) p.bad = b.seen[i];
    out.push(p);
  }
  return out;
}

export function compareRuns(good: RunProfile, bad: RunProfile): RunDiff {
  const failures = onlyIn(good.failures, bad.failures);
  const expected = (f: FailureFact): boolean => f.expected;
  return {
    good,
    bad,
    programs: { good: good.programs.filter((p) => !bad.programs.includes(p)), bad: bad.programs.filter((p) => !good.programs.includes(p)) },
    partings: partings(good.sequences, bad.sequences),
    exits: exitChanges(good.exits, bad.exits),
    failures: { good: failures.good.filter((f) => !expected(f)), bad: failures.bad.filter((f) => !expected(f)) },
    expectedFailures: { good: failures.good.filter(expected), bad: failures.bad.filter(expected) },
    findings: onlyIn(byKey(good.findings, findingKey), byKey(bad.findings, findingKey)),
    endpoints: onlyIn(good.endpoints, bad.endpoints),
    paths: onlyIn(good.paths, bad.paths),
  };
}
