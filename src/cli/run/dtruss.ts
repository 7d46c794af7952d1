// `tracex run` with dtruss (macOS): dtruss prints its trace on stderr, so a shell redirect
// files it, and tracex follows that file. dtrace's own messages arrive inside the trace;
// they are watched for the reasons a run fails (not root, System Integrity Protection).

import { closeSync } from 'node:fs';
import type { StdioOptions } from 'node:child_process';
import { diagnoseDtrace, DTRUSS_ROOT_HINT, isSipNotice } from '../../analyze/tracer-problems.js';
import type { TraceEvent } from '../../model/index.js';
import { openTraceInputs } from '../../parse/pipeline.js';
import { UsageError } from '../options.js';
import { findExecutable } from '../tracer/which.js';
import { DTRUSS_FLAGS, tracerArgs, type RunMode } from '../tracer-flags.js';
import { watched } from './follow.js';
import { quoteArg, type RunIO, type RunOptions } from './options.js';
import { present } from './present.js';
import { savedNote } from './report.js';
import { exitStatus, handleSignals, prepareRawFile, requireProgram, separateProgramOutput, startSession } from './session.js';

export async function runDtruss(opts: RunOptions, mode: RunMode, io: RunIO): Promise<number> {
  const dtruss = findExecutable('dtruss', io.env.PATH, io.cwd);
  if (!dtruss.found) throw new UsageError('dtruss was not found (it ships with macOS as /usr/bin/dtruss)');
  if (mode === 'command') requireProgram(opts.command[0]!, io);
  if (mode === 'attach' && opts.pids.length > 1) throw new UsageError('dtruss attaches to one process: give one -p PID');
  const flags = tracerArgs(DTRUSS_FLAGS, mode);
  // dtruss joins the command into one string for `dtrace -c`, which splits it on blanks again.
  const target = mode === 'command' ? opts.command : ['-p', String(opts.pids[0])];
  if (opts.dryRun) {
    io.out.write(['dtruss', ...flags, ...target].map(quoteArg).join(' ') + ' 2> TRACE_FILE\n');
    await io.out.end();
    return 0;
  }
  if (!io.isRoot) throw new UsageError(DTRUSS_ROOT_HINT);
  if (opts.browse) throw new UsageError('--browse is not available with dtruss yet: run without it, then tracex browse TRACE_FILE');
  const rawPath = prepareRawFile(opts.output, io.cwd, 'dtruss');
  // dtruss writes the trace and dtrace's messages to stderr (and, through dtrace's redirect,
  // the program's stdout lands there too: formats/dtruss.md §1). A shell redirect files them.
  const script = `exec "$0" "$@" 2>${quoteArg(rawPath)}`;
  let stdio: StdioOptions = mode === 'command' ? 'inherit' : ['ignore', 'inherit', 'inherit'];
  const outputFd = mode === 'command' ? separateProgramOutput(opts.format, rawPath, io) : undefined;
  if (outputFd !== undefined) stdio = ['inherit', outputFd, 'inherit'];
  const session = startSession('dtruss', mode, rawPath, '/bin/sh', ['-c', script, dtruss.path, ...flags, ...target], stdio, io);
  if (outputFd !== undefined) closeSync(outputFd);
  const stopSignals = handleSignals(session, io, () => undefined);
  try {
    let problem: ReturnType<typeof diagnoseDtrace>;
    let sipNoticed = false;
    const trace = await openTraceInputs([{ name: rawPath, stream: session.follower.stream }], { from: 'dtruss' });
    const onEvent = (ev: TraceEvent): void => {
      if (ev.type !== 'tracer' && ev.type !== 'unparsed' && ev.type !== 'output') return;
      const text = 'message' in ev ? ev.message : ev.text;
      if (!sipNoticed && isSipNotice(text)) {
        sipNoticed = true;
        io.err('tracex: System Integrity Protection is on: some calls will be missing from the trace\n');
      }
      problem ??= diagnoseDtrace(text);
    };
    const started = async (): Promise<void> => {
      await session.ended;
      if (session.spawnError) throw new UsageError(`could not start dtruss: ${session.spawnError.message}`);
      if (problem && (problem.kind !== 'sip' || (trace.stats.records.syscall ?? 0) === 0)) throw new UsageError(problem.message);
    };
    const stats = await present(opts, io, trace, watched(trace, {}, opts.pids, io.out, onEvent), rawPath, started);
    await io.out.end();
    const result = await session.ended;
    io.err(savedNote('', rawPath, stats.lines));
    // dtrace -c does not pass the program's exit status on; this is dtruss's own.
    return session.detachedByUs ? 0 : exitStatus(result.code, result.signal);
  } finally {
    stopSignals();
  }
}
