// `tracex run [options] -- cmd args...` / `tracex run -p PID`: starts the tracer, follows the raw
// trace file it writes while the program runs, and streams the events into the read pipeline
// and the same explain/render stages as `tracex explain`.
//
// Design: strace writes its trace with `-o FILE` (flushed line by line) and tracex follows that
// file. So the program keeps the terminal for stdin/stdout/stderr, inherits no extra descriptor
// (a pipe on fd 3 would shift every fd number in the trace), and the raw trace is on disk to
// attach to a bug report or reopen. In command mode strace shares the terminal's stderr with the
// program, so tracex finds problems itself first (command not found, strace missing) and
// diagnoses a failed start afterwards by asking strace again with its stderr captured.
//
// The parts, in run/: options (normalised once), session (the tracer process and its signals),
// follow (the growing trace), present (live output), report (the end), browse (live UI), and
// one file per tracer (strace, dtruss).

import { NANOS_HOWTO } from './tracer/howto.js';
import { UsageError } from './options.js';
import type { RunMode } from './tracer-flags.js';
import { runDtruss } from './run/dtruss.js';
import { pickTracer, processIO, requireTerminal, runOptions, type RunIO, type RunOptions } from './run/options.js';
import { runStrace } from './run/strace.js';

export type { RunFormat, RunIO, RunOptions, TracerName } from './run/options.js';

/** Runs the program (or attaches) under the tracer, streams the events out, returns the exit code. */
export async function runTraced(opts: RunOptions, io: RunIO): Promise<number> {
  const mode: RunMode = opts.pids.length ? 'attach' : 'command';
  if (mode === 'command' && opts.command.length === 0) throw new UsageError('nothing to run: give a command after `--` (tracex run -- cmd args...) or -p PID');
  if (mode === 'attach' && opts.command.length) throw new UsageError('give either a command or -p PID, not both');
  const tracer = pickTracer(opts, io.platform);
  if (tracer === 'nanos') {
    io.err(NANOS_HOWTO + '\n');
    return 2;
  }
  if (opts.browse && !opts.dryRun) requireTerminal(io);
  return tracer === 'dtruss' ? runDtruss(opts, mode, io) : runStrace(opts, mode, io);
}

/** The command line's `tracex run`. */
export async function runAction(command: string[], raw: Record<string, unknown>): Promise<void> {
  process.exitCode = await runTraced(runOptions(command, raw), processIO());
}
