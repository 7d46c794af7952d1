// `tracex run` with strace: check the tracer and the target, start strace writing its trace
// to a file, follow that file into the live output (or the UI), then say how it ended. When
// strace fails before tracing anything, ask it again with its stderr captured to say why.

import { closeSync, openSync } from 'node:fs';
import { spawnSync, type StdioOptions } from 'node:child_process';
import { basename } from 'node:path';
import { diagnoseStrace } from '../../analyze/tracer-problems.js';
import type { Stats, TraceRecord } from '../../model/index.js';
import { openTraceInputs, type TraceStream } from '../../parse/pipeline.js';
import { UsageError } from '../options.js';
import { STRACE_INSTALL_HINT } from '../tracer/howto.js';
import { findExecutable } from '../tracer/which.js';
import { parseStraceVersion, STRACE_FLAGS, tracerArgs, type RunMode } from '../tracer-flags.js';
import { browse } from './browse.js';
import { watched, type Watch } from './follow.js';
import { quoteArg, type RunIO, type RunOptions } from './options.js';
import { present } from './present.js';
import { savedNote } from './report.js';
import { exitStatus, handleSignals, prepareRawFile, programOutputPath, requireProgram, separateProgramOutput, startSession, type Session } from './session.js';

export async function runStrace(opts: RunOptions, mode: RunMode, io: RunIO): Promise<number> {
  const strace = findExecutable('strace', io.env.PATH, io.cwd);
  if (!strace.found) throw new UsageError(STRACE_INSTALL_HINT);
  if (mode === 'command') requireProgram(opts.command[0]!, io);
  else {
    for (const pid of opts.pids) {
      try {
        process.kill(pid, 0);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ESRCH') throw new UsageError(`no process with pid ${pid}`);
        // EPERM: it exists but belongs to someone else; strace will say whether it may attach.
      }
    }
  }
  const version = parseStraceVersion(spawnSync(strace.path, ['-V'], { encoding: 'utf8' }).stdout ?? '');
  const flags = tracerArgs(STRACE_FLAGS, mode, version);
  const target = mode === 'command' ? ['--', ...opts.command] : opts.pids.flatMap((p) => ['-p', String(p)]);

  if (opts.dryRun) {
    io.out.write(['strace', ...flags, '-o', opts.output ?? 'TRACE_FILE', ...target].map(quoteArg).join(' ') + '\n\n');
    for (const f of STRACE_FLAGS) {
      if (f.modes && !f.modes.includes(mode)) continue;
      const skipped = flags.includes(f.args[0]!) ? '' : ` (skipped: needs strace ${f.since?.join('.') ?? '?'})`;
      io.out.write(`  ${f.args.join(' ').padEnd(8)} ${f.why}${skipped}\n`);
    }
    await io.out.end();
    return 0;
  }

  const rawPath = prepareRawFile(opts.output, io.cwd, 'strace');
  let outputFd: number | undefined;
  let stdio: StdioOptions = mode === 'command' ? 'inherit' : ['ignore', 'ignore', 'pipe'];
  if (opts.browse && mode === 'command') {
    outputFd = openSync(programOutputPath(rawPath), 'w', 0o600);
    stdio = ['ignore', outputFd, outputFd];
  } else if (mode === 'command') {
    outputFd = separateProgramOutput(opts.format, rawPath, io);
    if (outputFd !== undefined) stdio = ['inherit', outputFd, 'inherit'];
  }
  // While the UI owns the terminal, strace's messages wait until it closes.
  const held: string[] | undefined = opts.browse ? [] : undefined;
  let uiClosed = false;
  const say = (text: string): void => void (held && !uiClosed ? held.push(text) : io.err(text));
  const session = startSession('strace', mode, rawPath, strace.path, [...flags, '-o', rawPath, ...target], stdio, io, (line) => {
    // Attach mode only (in command mode strace's stderr is the terminal's).
    const m = /Process (\d+) attached(.*)/.exec(line);
    if (m) {
      if (!opts.browse) say(`tracex: attached to process ${m[1]}${m[2]}; press Ctrl-C to detach and see the results\n`);
    } else if (/Process \d+ detached/.test(line)) say(`tracex: detached from process ${/Process (\d+)/.exec(line)![1]}\n`);
    else if (line.trim()) say(line + '\n');
  });
  if (outputFd !== undefined) closeSync(outputFd);
  const watch: Watch = {};
  const stopSignals = handleSignals(session, io, () => watch.rootPid);
  try {
    // --browse keeps each line's text for the detail pane; the store exists once the UI is loaded.
    let storeLine: ((rec: TraceRecord) => void) | undefined;
    const onRecord = opts.browse ? (rec: TraceRecord) => storeLine?.(rec) : undefined;
    const trace = await openTraceInputs([{ name: rawPath, stream: session.follower.stream }], { from: 'strace', ...(onRecord ? { onRecord } : {}) });
    const batches = watched(trace, watch, opts.pids, io.out);
    let stats: Stats | undefined;
    if (opts.browse) {
      stats = await browse(session, trace, batches, opts, io, (f) => (storeLine = f), () => {
        uiClosed = true;
        for (const t of held ?? []) io.err(t);
      });
    } else {
      stats = await present(opts, io, trace, batches, rawPath, () => straceStarted(session, strace.path, io, trace));
    }
    await io.out.end();
    const result = await session.ended;
    if (session.spawnError) throw new UsageError(`could not start strace: ${session.spawnError.message}`);
    const who = basename(opts.command[0] ?? '');
    // After a second Ctrl-C strace's own status (killed) says nothing about the program: say what tracex did.
    const killed = session.killedByUs;
    const status = killed ? 130 : exitStatus(result.code, result.signal);
    const ended =
      mode === 'attach'
        ? ''
        : killed
          ? `${killedText(who, killed)}, then strace (status ${status}); `
          : result.signal
            ? `${who} was killed by ${result.signal} (status ${status}); `
            : `${who} exited with status ${status}; `;
    // After --browse the UI may have stopped reading early, so the line count would be short.
    io.err(savedNote(ended, rawPath, opts.browse ? undefined : stats.lines));
    if (opts.browse && mode === 'command') io.err(`tracex: the program's output is in ${programOutputPath(rawPath)}\n`);
    if (mode === 'command') return status;
    if (session.detachedByUs) return 0;
    return watch.attachedExit ?? (status === 130 ? 0 : status);
  } finally {
    stopSignals();
  }
}

function killedText(who: string, pids: readonly number[]): string {
  if (pids.length === 0) return `${who} had already ended at the second Ctrl-C; tracex killed only strace`;
  const what = pids.length === 1 ? `it (pid ${String(pids[0])})` : `it and what it started (pids ${pids.join(', ')})`;
  return `${who} was still running at the second Ctrl-C: tracex killed ${what} with SIGKILL`;
}

/** Waits for strace to end; throws the reason when it failed before tracing anything. */
async function straceStarted(s: Session, stracePath: string, io: RunIO, trace: TraceStream): Promise<void> {
  const result = await s.ended;
  if (s.spawnError) throw new UsageError(`could not start strace: ${s.spawnError.message}`);
  const status = exitStatus(result.code, result.signal);
  if (status === 0 || s.detachedByUs || trace.stats.lines > 0) return;
  // The program never ran (or strace could not attach): say why.
  const why = s.mode === 'attach' ? s.stderr() : diagnosisRun(stracePath, io);
  const problem = diagnoseStrace(why);
  throw new UsageError(problem?.message ?? `strace exited with status ${status} before tracing anything${s.mode === 'command' ? ' (its message is above)' : `: ${why.trim()}`}`);
}

/** strace failed before the program ran: try again on `true` with stderr captured, to see why. */
function diagnosisRun(stracePath: string, io: RunIO): string {
  const t = findExecutable('true', io.env.PATH, io.cwd);
  const r = spawnSync(stracePath, ['-f', '-o', '/dev/null', '--', t.found ? t.path : '/bin/true'], { encoding: 'utf8', env: io.env });
  return r.stderr ?? '';
}
