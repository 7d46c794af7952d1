// `tracex run`'s options, normalised once from commander's, and what it needs of the world
// (streams, environment, platform), so the work is a plain function of the two.

import { Output } from '../output.js';
import { UsageError, type ColorChoice } from '../options.js';

export type RunFormat = 'text' | 'markdown' | 'json' | 'ndjson';
export type TracerName = 'strace' | 'dtruss' | 'nanos';

export interface RunOptions {
  /** Program and its arguments (empty with `pids`). */
  command: string[];
  /** `-p`: attach to these processes instead of starting one. */
  pids: number[];
  /** Where the raw trace goes; default a new temp file. */
  output?: string;
  /** text: the explained narrative as events complete; markdown/json: the report at the end; ndjson: events as `tracex parse` prints them, then findings. */
  format: RunFormat;
  /** Only the findings, at the end. */
  findings: boolean;
  /** Watch it live in the TUI. */
  browse: boolean;
  /** Text narrative: only failed calls (findings always shown). */
  failed: boolean;
  /** Text narrative: tell loader/locale probes and async connects as one line. */
  fold: boolean;
  /** `--color`; `false` for `--no-color`. */
  color: ColorChoice | boolean;
  /** `--width`: columns to fit the text into (0: no wrapping); default from the terminal. */
  width?: number;
  /** Default from the platform: strace on Linux, dtruss on macOS. */
  tracer?: TracerName;
  /** Print the tracer command line and why each flag is there; run nothing. */
  dryRun: boolean;
}

export interface RunIO {
  out: Output;
  /** Messages for the user (stderr). */
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  platform: NodeJS.Platform;
  /** Effective uid is 0 (dtruss needs it). */
  isRoot: boolean;
  /** stdout and stdin are terminals (colour, --browse). */
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  /** The terminal's width when stdout is one. */
  stdoutColumns?: number;
}

/** commander's raw options → RunOptions. */
export function runOptions(command: string[], raw: Record<string, unknown>): RunOptions {
  const opts: RunOptions = {
    command,
    pids: (raw.pid as number[] | undefined) ?? [],
    format: raw.format as RunFormat,
    findings: raw.findings === true,
    browse: raw.browse === true,
    failed: raw.failed === true,
    fold: raw.fold !== false,
    color: raw.color as ColorChoice | boolean,
    dryRun: raw.dryRun === true,
  };
  if (typeof raw.output === 'string') opts.output = raw.output;
  if (typeof raw.width === 'number') opts.width = raw.width;
  if (typeof raw.tracer === 'string') opts.tracer = raw.tracer as TracerName;
  return opts;
}

/** The real process's streams and environment. */
export function processIO(): RunIO {
  return {
    out: new Output(),
    err: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    platform: process.platform,
    isRoot: process.geteuid?.() === 0,
    stdoutIsTTY: process.stdout.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
    stdoutColumns: process.stdout.columns,
  };
}

export function pickTracer(opts: RunOptions, platform: NodeJS.Platform): TracerName {
  if (opts.tracer) return opts.tracer;
  if (platform === 'linux') return 'strace';
  if (platform === 'darwin') return 'dtruss';
  throw new UsageError(`tracex run supports Linux (strace) and macOS (dtruss), not ${platform}; capture a trace there and read it with tracex explain FILE`);
}

export function requireTerminal(io: RunIO): void {
  if (!io.stdoutIsTTY || !io.stdinIsTTY) throw new UsageError('--browse draws on a terminal and reads keys from it, but stdin or stdout is not one; use --format text|json instead');
}

/** A word as a shell would need it quoted. */
export function quoteArg(a: string): string {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`;
}
