// Options shared by the commands that read a trace, normalised once at the boundary.

import { Option, type Command } from 'commander';
import type { OsName, TraceFormat } from '../model/index.js';

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
export { pidPasses } from '../pipeline/index.js';
