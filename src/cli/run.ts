// `tracex run [options] -- cmd args...` / `tracex run -p PID`: starts the tracer, follows the raw
// trace file it writes while the program runs, and streams the events into the read pipeline.
//
// Design: strace writes its trace with `-o FILE` (flushed line by line) and tracex follows that
// file. So the program keeps the terminal for stdin/stdout/stderr, inherits no extra descriptor
// (a pipe on fd 3 would shift every fd number in the trace), and the raw trace is on disk to
// attach to a bug report or reopen. In command mode strace shares the terminal's stderr with the
// program, so tracex finds problems itself first (command not found, strace missing) and
// diagnoses a failed start afterwards by asking strace again with its stderr captured.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { constants as osConstants, tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import { Command, Option } from 'commander';
import type { Stats, TraceEvent } from '../model/index.js';
import { openTraceInputs } from '../parse/pipeline.js';
import { eventToJson, statsToJson } from '../render/event-json.js';
import { diagnoseDtrace, diagnoseStrace, isSipNotice, NANOS_HOWTO, STRACE_INSTALL_HINT, DTRUSS_ROOT_HINT } from '../tracer/diagnose.js';
import { followFile } from '../tracer/follow.js';
import { findExecutable } from '../tracer/which.js';
import { UsageError, positiveInt } from './options.js';
import { Output } from './output.js';
import { DTRUSS_FLAGS, parseStraceVersion, STRACE_FLAGS, tracerArgs, type RunMode } from './tracer-flags.js';

export type RunFormat = 'text' | 'markdown' | 'json' | 'ndjson';
export type TracerName = 'strace' | 'dtruss' | 'nanos';

export interface RunOptions {
  /** Program and its arguments (empty with `pids`). */
  command: string[];
  /** `-p`: attach to these processes instead of starting one. */
  pids: number[];
  /** Where the raw trace goes; default a new temp file. */
  output?: string;
  format: RunFormat;
  /** Only the findings, at the end. */
  findings: boolean;
  /** Watch it live in the TUI. */
  browse: boolean;
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
}

/** Where the events go as they complete, and what is printed at the end. */
interface Sink {
  batch(events: TraceEvent[]): Promise<void> | void;
  end(stats: Stats): Promise<void> | void;
}

function ndjsonSink(out: Output): Sink {
  return {
    async batch(events) {
      let chunk = '';
      for (const ev of events) chunk += JSON.stringify(eventToJson(ev)) + '\n';
      await out.write(chunk);
      await out.flush(); // live: the user is watching
    },
    end(stats) {
      out.write(JSON.stringify(statsToJson(stats)) + '\n');
    },
  };
}

function jsonSink(out: Output): Sink {
  let first = true;
  out.write('{"events":[');
  return {
    async batch(events) {
      let chunk = '';
      for (const ev of events) {
        chunk += (first ? '\n' : ',\n') + JSON.stringify(eventToJson(ev));
        first = false;
      }
      await out.write(chunk);
    },
    end(stats) {
      out.write(`\n],\n"stats":${JSON.stringify(statsToJson(stats))}}\n`);
    },
  };
}

function makeSink(opts: RunOptions, out: Output): Sink {
  if (opts.format === 'json') return jsonSink(out);
  return ndjsonSink(out);
}

/** Exit status as a shell reports it: the code, or 128 + the signal number. */
function exitStatus(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  if (signal) return 128 + (osConstants.signals[signal] ?? 0);
  return 1;
}

const SIGNAL_NUMBERS = osConstants.signals as Record<string, number | undefined>;

interface Started {
  child: ChildProcess;
  /** The tracer's stderr text (attach mode and dtruss only; command-mode strace keeps the terminal). */
  stderr(): string;
  /** How the tracer ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startChild(cmd: string, args: string[], mode: RunMode, io: RunIO, onStderrLine?: (line: string) => void): Started {
  // Command mode: the program (strace's child) keeps the terminal and the foreground process
  // group, so Ctrl-C and terminal input reach it. Attach mode: strace gets its own process group
  // so only tracex decides when it detaches.
  const child = spawn(cmd, args, {
    stdio: mode === 'command' ? 'inherit' : ['ignore', 'ignore', 'pipe'],
    detached: mode === 'attach',
    env: io.env,
    cwd: io.cwd,
  });
  let text = '';
  let carry = '';
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    text += d;
    if (text.length > 1 << 16) text = text.slice(-(1 << 15));
    carry += d;
    const lines = carry.split('\n');
    carry = lines.pop() ?? '';
    for (const l of lines) onStderrLine?.(l);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (carry) onStderrLine?.(carry);
      resolve({ code, signal });
    });
  });
  return { child, stderr: () => text, exited };
}

/** Creates the raw trace file (private: traces hold whatever the program read and wrote). */
function prepareRawFile(output: string | undefined, cwd: string, suffix: string): string {
  const path = output ? resolvePath(cwd, output) : join(mkdtempSync(join(tmpdir(), 'tracex-')), `trace.${suffix}.txt`);
  writeFileSync(path, '', { mode: 0o600 });
  return path;
}

function quoteArg(a: string): string {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`;
}

function pickTracer(opts: RunOptions, platform: NodeJS.Platform): TracerName {
  if (opts.tracer) return opts.tracer;
  if (platform === 'linux') return 'strace';
  if (platform === 'darwin') return 'dtruss';
  throw new UsageError(`tracex run supports Linux (strace) and macOS (dtruss), not ${platform}; capture a trace there and read it with tracex explain FILE`);
}

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
  if (tracer === 'dtruss') return runDtruss(opts, mode, io);
  return runStrace(opts, mode, io);
}

async function runStrace(opts: RunOptions, mode: RunMode, io: RunIO): Promise<number> {
  const strace = findExecutable('strace', io.env.PATH, io.cwd);
  if (!strace.found) throw new UsageError(STRACE_INSTALL_HINT);
  if (mode === 'command') {
    const prog = findExecutable(opts.command[0]!, io.env.PATH, io.cwd);
    if (!prog.found) {
      const name = opts.command[0]!;
      if (prog.reason === 'not-executable') throw new UsageError(`${name}: permission denied (not executable)`);
      if (prog.reason === 'directory') throw new UsageError(`${name}: is a directory`);
      throw new UsageError(`command not found: ${name}`);
    }
  } else {
    for (const pid of opts.pids) {
      try {
        process.kill(pid, 0);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ESRCH') throw new UsageError(`no process with pid ${pid}`);
        // EPERM: it exists but belongs to someone else; strace will say whether it may attach.
      }
    }
  }
  const versionRun = spawnSync(strace.path, ['-V'], { encoding: 'utf8' });
  const version = parseStraceVersion(versionRun.stdout ?? '');
  const flags = tracerArgs(STRACE_FLAGS, mode, version);
  const target = mode === 'command' ? ['--', ...opts.command] : opts.pids.flatMap((p) => ['-p', String(p)]);

  if (opts.dryRun) {
    const shown = ['strace', ...flags, '-o', opts.output ?? 'TRACE_FILE', ...target].map(quoteArg).join(' ');
    io.out.write(shown + '\n\n');
    for (const f of STRACE_FLAGS) {
      if (f.modes && !f.modes.includes(mode)) continue;
      const skipped = !flags.includes(f.args[0]!) ? ` (skipped: needs strace ${f.since?.join('.')})` : '';
      io.out.write(`  ${f.args.join(' ').padEnd(8)} ${f.why}${skipped}\n`);
    }
    await io.out.end();
    return 0;
  }

  const rawPath = prepareRawFile(opts.output, io.cwd, 'strace');
  const args = [...flags, '-o', rawPath, ...target];
  const follower = followFile(rawPath);
  const started = startChild(strace.path, args, mode, io, (line) => {
    // Attach mode only (command mode leaves strace's stderr on the terminal).
    const m = /Process (\d+) attached/.exec(line);
    if (m) io.err(`tracex: attached to process ${m[1]}${line.includes('with') ? line.slice(line.indexOf(' with')) : ''}; press Ctrl-C to detach and see the results\n`);
    else if (/Process \d+ detached/.test(line)) io.err(`tracex: detached from process ${/Process (\d+)/.exec(line)![1]}\n`);
    else if (line.trim()) io.err(line + '\n');
  });
  let spawnError: Error | undefined;
  const ended = started.exited.then(
    (r) => {
      follower.finish();
      return r;
    },
    (err: Error) => {
      spawnError = err;
      follower.finish();
      return { code: 127, signal: null };
    },
  );

  // Signals: attach mode detaches on the first, stops waiting on the second. Command mode: the
  // terminal already delivered Ctrl-C to the program (strace blocks it while it has a child to
  // wait for), so tracex only stays alive to print the results; TERM/HUP are passed on.
  let rootPid: number | undefined;
  let interrupts = 0;
  let detachedByUs = false;
  const onSignal = (sig: NodeJS.Signals): void => {
    interrupts++;
    if (mode === 'attach') {
      if (interrupts === 1) {
        detachedByUs = true;
        io.err('tracex: detaching...\n');
        started.child.kill('SIGINT');
      } else started.child.kill('SIGKILL');
    } else if (sig !== 'SIGINT') {
      if (rootPid !== undefined) {
        try {
          process.kill(rootPid, sig);
        } catch {
          /* already gone */
        }
      } else started.child.kill(sig);
    } else if (interrupts > 1) {
      started.child.kill('SIGKILL');
    }
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, onSignal);

  let attachedExit: number | undefined;
  let stats: Stats | undefined;
  let readError: unknown;
  try {
    const trace = await openTraceInputs([{ name: rawPath, stream: follower.stream }], { from: 'strace' });
    const sink = makeSink(opts, io.out);
    for await (const batch of trace.batches()) {
      for (const ev of batch) {
        rootPid ??= ev.pid;
        if (mode === 'attach' && ev.type === 'exit' && ev.pid !== undefined && opts.pids.includes(ev.pid)) {
          attachedExit = ev.code ?? (ev.signal ? 128 + (SIGNAL_NUMBERS[ev.signal] ?? 0) : undefined);
        }
      }
      await sink.batch(batch);
      if (io.out.isClosed) break; // reader went away (`| head`): the program still runs to its end
    }
    stats = trace.stats;
    const result = await ended;
    const status = exitStatus(result.code, result.signal);
    if (status !== 0 && !detachedByUs && stats.lines === 0) {
      // The program never ran (or strace could not attach): say why.
      const why = mode === 'attach' ? started.stderr() : diagnosisRun(strace.path, io);
      const problem = diagnoseStrace(why);
      const fallback = `strace exited with status ${status} before tracing anything${mode === 'command' ? ' (its message is above)' : `: ${why.trim()}`}`;
      throw new UsageError(problem?.message ?? fallback);
    }
    await sink.end(stats);
    await io.out.end();
  } catch (err) {
    readError = err;
  }
  const result = await ended;
  for (const s of signals) process.off(s, onSignal);
  if (spawnError) throw new UsageError(`could not start strace: ${spawnError.message}`);
  if (readError) throw readError;
  const status = exitStatus(result.code, result.signal);
  io.err(`tracex: raw trace saved to ${rawPath}${stats ? ` (${stats.lines} lines)` : ''}; reopen it with: tracex explain ${quoteArg(rawPath)}\n`);
  if (mode === 'command') return status;
  if (detachedByUs) return 0;
  return attachedExit ?? (status === 130 ? 0 : status);
}

/** strace failed before the program ran: try again on `true` with stderr captured, to see why. */
function diagnosisRun(stracePath: string, io: RunIO): string {
  const t = findExecutable('true', io.env.PATH, io.cwd);
  const r = spawnSync(stracePath, ['-f', '-o', '/dev/null', '--', t.found ? t.path : '/bin/true'], { encoding: 'utf8', env: io.env });
  return r.stderr ?? '';
}

async function runDtruss(opts: RunOptions, mode: RunMode, io: RunIO): Promise<number> {
  const dtruss = findExecutable('dtruss', io.env.PATH, io.cwd);
  if (!dtruss.found) throw new UsageError('dtruss was not found (it ships with macOS in /usr/bin/dtruss)');
  if (mode === 'command' && !findExecutable(opts.command[0]!, io.env.PATH, io.cwd).found) throw new UsageError(`command not found: ${opts.command[0]}`);
  if (!io.isRoot && !opts.dryRun) throw new UsageError(DTRUSS_ROOT_HINT);
  if (mode === 'attach' && opts.pids.length > 1) throw new UsageError('dtruss attaches to one process: give one -p PID');
  const flags = tracerArgs(DTRUSS_FLAGS, mode);
  // dtruss joins the command into one string for `dtrace -c`, which splits it on blanks again.
  const target = mode === 'command' ? opts.command : ['-p', String(opts.pids[0])];
  if (opts.dryRun) {
    io.out.write(['dtruss', ...flags, ...target].map(quoteArg).join(' ') + ' 2> TRACE_FILE\n');
    await io.out.end();
    return 0;
  }
  const rawPath = prepareRawFile(opts.output, io.cwd, 'dtruss');
  // dtruss writes the trace (and dtrace's messages) to stderr; a shell redirect puts it in the raw file.
  const script = `exec "$0" "$@" 2>${quoteArg(rawPath)}`;
  const follower = followFile(rawPath);
  const started = startChild('/bin/sh', ['-c', script, dtruss.path, ...flags, ...target], mode, io);
  const ended = started.exited.finally(() => follower.finish());
  let sipNoticed = false;
  const onSignal = (): void => {
    started.child.kill('SIGINT');
  };
  if (mode === 'attach') process.on('SIGINT', onSignal);
  let stats: Stats | undefined;
  let problem: ReturnType<typeof diagnoseDtrace>;
  let readError: unknown;
  try {
    const trace = await openTraceInputs([{ name: rawPath, stream: follower.stream }], { from: 'dtruss' });
    const sink = makeSink(opts, io.out);
    for await (const batch of trace.batches()) {
      for (const ev of batch) {
        if (ev.type === 'tracer' || ev.type === 'unparsed' || ev.type === 'output') {
          const text = 'message' in ev ? ev.message : ev.text;
          if (!sipNoticed && isSipNotice(text)) {
            sipNoticed = true;
            io.err('tracex: System Integrity Protection is on: some calls will be missing from the trace\n');
          }
          problem ??= diagnoseDtrace(text);
        }
      }
      await sink.batch(batch);
      if (io.out.isClosed) break;
    }
    stats = trace.stats;
    await sink.end(stats);
    await io.out.end();
  } catch (err) {
    readError = err;
  }
  const result = await ended;
  process.off('SIGINT', onSignal);
  if (readError) throw readError;
  if (problem && (problem.kind !== 'sip' || (stats?.records.syscall ?? 0) === 0)) throw new UsageError(problem.message);
  io.err(`tracex: raw trace saved to ${rawPath}; reopen it with: tracex explain ${quoteArg(rawPath)}\n`);
  // dtrace -c does not pass the program's exit status on; report dtruss's own.
  return exitStatus(result.code, result.signal);
}

function pidList(value: string, previous: number[] = []): number[] {
  return [...previous, ...value.split(',').map((v) => positiveInt(v.trim()))];
}

export function runCommand(): Command {
  const cmd = new Command('run')
    .description('run a program under the tracer (strace on Linux, dtruss on macOS) and explain what it does as it runs')
    .usage('[options] -- command [args...]')
    .argument('[command...]', 'the program to run and its arguments (after --)')
    .option('-p, --pid <pid>', 'attach to a running process instead (repeat or comma-separate); Ctrl-C detaches', pidList)
    .option('-o, --output <file>', 'write the raw trace here (default: a new temp file, printed at the end)')
    .addOption(new Option('--format <format>', 'how to print the events').choices(['text', 'markdown', 'json', 'ndjson']).default('text'))
    .option('--findings', 'print only the findings, at the end')
    .option('--browse', 'watch it live in the terminal UI')
    .addOption(new Option('--tracer <tracer>', 'tracer to use (default: strace on Linux, dtruss on macOS); nanos prints how to capture with ops').choices(['strace', 'dtruss', 'nanos']))
    .option('--dry-run', 'print the tracer command and why each flag is there; run nothing')
    .passThroughOptions()
    .addHelpText('after', '\nThe exit code is the program\'s. Example: tracex run -- curl -s localhost:9');
  cmd.action(async (command: string[], raw: Record<string, unknown>) => {
    const opts: RunOptions = {
      command,
      pids: (raw.pid as number[] | undefined) ?? [],
      format: raw.format as RunFormat,
      findings: raw.findings === true,
      browse: raw.browse === true,
      dryRun: raw.dryRun === true,
    };
    if (typeof raw.output === 'string') opts.output = raw.output;
    if (typeof raw.tracer === 'string') opts.tracer = raw.tracer as TracerName;
    const io: RunIO = {
      out: new Output(),
      err: (t) => process.stderr.write(t),
      env: process.env,
      cwd: process.cwd(),
      platform: process.platform,
      isRoot: process.geteuid?.() === 0,
    };
    process.exitCode = await runTraced(opts, io);
  });
  return cmd;
}
