// Options shared by the commands that read a trace, normalised once at the boundary.

import { Option, type Command } from 'commander';
import type { OsName, TraceFormat } from '../model/index.js';
import { FilterError, parseFilterExpressions } from '../pipeline/call-filter.js';
import type { EventFilter } from '../pipeline/filter.js';
import { PathWatch } from '../pipeline/path-filter.js';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const FORMATS: TraceFormat[] = ['strace', 'dtruss', 'nanos'];
const OSES: OsName[] = ['linux', 'darwin'];

/** Adds --from, --os and --max-line-bytes to a command. */
export function addInputOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--from <format>', 'input format instead of detecting it').choices(FORMATS))
    .addOption(new Option('--os <os>', 'OS numbering to decode with (default: the format\'s own)').choices(OSES))
    .addOption(new Option('--max-line-bytes <n>', 'longest line kept whole (default 1048576); longer lines are cut and reported').argParser(positiveInt))
    .option('--follow', 'keep reading a file as it grows (like tail -f) until Ctrl-C');
}

export interface InputFlags {
  from?: TraceFormat;
  os?: OsName;
  maxLineBytes?: number;
  follow?: boolean;
}

export function inputFlags(raw: Record<string, unknown>): InputFlags {
  const out: InputFlags = {};
  if (raw.from !== undefined) out.from = raw.from as TraceFormat;
  if (raw.os !== undefined) out.os = raw.os as OsName;
  if (raw.maxLineBytes !== undefined) out.maxLineBytes = raw.maxLineBytes as number;
  if (raw.follow === true) out.follow = true;
  return out;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`expected a positive integer, got "${value}"`);
  return n;
}

// The colour decision is the text renderer's (one rule for every command and the browser).
export { resolveColor, type ColorChoice } from '../render/color.js';

/** With no file and a terminal on stdin there is nothing to read: say how to give a trace instead of waiting. */
export function requireInput(files: string[], stdinIsTTY = process.stdin.isTTY === true): void {
  if (files.length === 0 && stdinIsTTY) {
    throw new UsageError('no trace to read: name a trace file (or a directory of strace -ff files), or pipe one in (`strace -f CMD 2>&1 | tracex`); `tracex --help` lists the commands');
  }
}

/** commander option parser for repeatable options. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

// The --pid filter is the pipeline's (one definition for every command).
export { pidPasses } from '../pipeline/filter.js';

/**
 * strace's filters on a saved trace (strace(1), "Filtering"), for every command that reads one:
 * `-e trace=…`, `-e status=…`, `-e fd=…` (a bare set is trace=), their long forms, `-P`, `--fd`.
 */
export function addCallFilterOptions(cmd: Command): Command {
  return cmd
    .option(
      '-e, --syscall <expr>',
      "strace's filters: [trace=][!]SET of names, %classes (%file %net %process %signal %ipc %desc %memory %creds %clock %stat %lstat %fstat %%stat %statfs %fstatfs %%statfs %pure) and /regex; status=failed|successful|unfinished|unavailable|detached; fd=N (repeatable: every -e must pass)",
      collect,
    )
    .option('--trace <set>', 'same as -e trace=SET', collect)
    .option('--status <set>', 'same as -e status=SET', collect)
    .option('-P, --trace-path <path>', 'only calls that access this path, by name or through an fd opened on it (repeatable)', collect)
    .option('--fd <fd>', 'only calls on these fds (repeat or comma-separate); with -P, calls matching either', collect);
}

/** The call filters of EventFilter, normalised once from commander's raw options. */
export type CallFilterFlags = Pick<EventFilter, 'trace' | 'status' | 'fds' | 'paths'>;

export function callFilterFlags(raw: Record<string, unknown>): CallFilterFlags {
  const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : v === undefined ? [] : [String(v)]);
  const exprs = [...list(raw.syscall), ...list(raw.trace).map((s) => `trace=${s}`), ...list(raw.status).map((s) => `status=${s}`)];
  let parsed;
  try {
    parsed = parseFilterExpressions(exprs);
  } catch (err) {
    if (err instanceof FilterError) throw new UsageError(err.message);
    throw err;
  }
  const fds = [...parsed.fds, ...intList(raw.fd, '--fd')];
  const out: CallFilterFlags = { fds };
  if (parsed.trace.length) out.trace = parsed.trace;
  if (parsed.status) out.status = parsed.status;
  const paths = list(raw.tracePath);
  if (paths.some((p) => p === '')) throw new UsageError('-P: expected a path, got an empty one');
  if (paths.length) out.paths = new PathWatch(paths);
  return out;
}

/** Repeatable, comma-separated non-negative integers (`--pid`, `--fd`). */
export function intList(values: unknown, what: string): number[] {
  const list = (Array.isArray(values) ? values : values === undefined ? [] : [values]) as string[];
  return list
    .flatMap((v) => String(v).split(','))
    .filter((v) => v.trim() !== '')
    .map((v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) throw new UsageError(`${what}: expected a non-negative integer, got "${v}"`);
      return n;
    });
}
