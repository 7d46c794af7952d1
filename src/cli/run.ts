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

import { loadTui } from './browse.js';
import { spawn, spawnSync, type ChildProcess, type StdioOptions } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { constants as osConstants, tmpdir } from 'node:os';
import { basename, dirname, join, resolve as resolvePath } from 'node:path';
import { Analyzer } from '../analyze/index.js';
import type { Story } from '../explain/index.js';
import type { Stats, TraceEvent, TraceRecord } from '../model/index.js';
import { openTraceInputs, type TraceStream } from '../parse/pipeline.js';
import { eventToJson, statsToJson } from '../render/event-json.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderFindingsText, renderHeaderText, renderOverviewText, renderStatsLine, renderStoryLine } from '../render/text.js';
import type { ExplainedReport } from '../render/types.js';
import { diagnoseDtrace, diagnoseStrace, isSipNotice, DTRUSS_ROOT_HINT } from '../analyze/tracer-problems.js';
import { NANOS_HOWTO, STRACE_INSTALL_HINT } from './tracer/howto.js';
import { followFile, type Follower } from '../ingest/follow.js';
import { findExecutable } from './tracer/which.js';
import { explainTrace } from './explain.js';
import type { OpenedTrace } from './input.js';
import { resolveColor, UsageError, type ColorChoice } from './options.js';
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
  color: ColorChoice;
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
}

/** Exit status as a shell reports it: the code, or 128 + the signal number. */
function exitStatus(code: number | null, signal: NodeJS.Signals | string | null | undefined): number {
  if (code !== null) return code;
  if (signal) return 128 + ((osConstants.signals as Record<string, number | undefined>)[signal] ?? 0);
  return 1;
}

// ------------------------------------------------------------------ the tracer process

type Ended = { code: number | null; signal: NodeJS.Signals | null };

/** A running tracer whose raw trace file is being followed. */
interface Session {
  tracer: 'strace' | 'dtruss';
  mode: RunMode;
  rawPath: string;
  child: ChildProcess;
  follower: Follower;
  /** Resolves once the tracer has exited (and the follower has been told). */
  ended: Promise<Ended>;
  /** The tracer could not be started at all. */
  spawnError?: Error;
  /** The tracer's stderr text, when it is not the terminal's. */
  stderr(): string;
  /** Set when tracex asked the tracer to detach (attach mode). */
  detachedByUs: boolean;
}

function startSession(
  tracer: 'strace' | 'dtruss',
  mode: RunMode,
  rawPath: string,
  cmd: string,
  args: string[],
  stdio: StdioOptions,
  io: RunIO,
  onStderrLine?: (line: string) => void,
): Session {
  const follower = followFile(rawPath);
  // Command mode: the program (the tracer's child) stays in the terminal's foreground process
  // group, so Ctrl-C and terminal input reach it. Attach mode: the tracer gets its own process
  // group, so only tracex decides when it detaches.
  const child = spawn(cmd, args, { stdio, detached: mode === 'attach', env: io.env, cwd: io.cwd });
  let text = '';
  let carry = '';
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    text = (text + d).slice(-(1 << 16));
    carry += d;
    const lines = carry.split('\n');
    carry = lines.pop() ?? '';
    for (const l of lines) onStderrLine?.(l);
  });
  const session: Session = {
    tracer,
    mode,
    rawPath,
    child,
    follower,
    ended: Promise.resolve({ code: null, signal: null }),
    stderr: () => text,
    detachedByUs: false,
  };
  session.ended = new Promise<Ended>((resolve) => {
    child.on('error', (err) => {
      session.spawnError = err;
      follower.finish();
      resolve({ code: 127, signal: null });
    });
    child.on('close', (code, signal) => {
      if (carry) onStderrLine?.(carry);
      follower.finish();
      resolve({ code, signal });
    });
  });
  return session;
}

/**
 * Signals while tracing. Attach mode: the first detaches (strace leaves the processes running),
 * a second kills the tracer. Command mode: the terminal already delivered Ctrl-C to the program
 * (strace blocks it while it has a child to wait for), so tracex only stays alive to print the
 * results; TERM/HUP are passed on to the program.
 */
function handleSignals(s: Session, io: RunIO, rootPid: () => number | undefined): () => void {
  let count = 0;
  const onSignal = (sig: NodeJS.Signals): void => {
    count++;
    if (s.mode === 'attach') {
      if (count === 1) {
        s.detachedByUs = true;
        io.err('tracex: detaching...\n');
        s.child.kill('SIGINT');
      } else s.child.kill('SIGKILL');
      return;
    }
    if (sig === 'SIGINT') {
      if (count > 1) s.child.kill('SIGKILL');
      return;
    }
    const pid = rootPid();
    try {
      if (pid !== undefined) process.kill(pid, sig);
      else s.child.kill(sig);
    } catch {
      /* already gone */
    }
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const sig of signals) process.on(sig, onSignal);
  return () => {
    for (const sig of signals) process.off(sig, onSignal);
  };
}

/** What run learns from the events while they pass. */
interface Watch {
  /** The first pid in the trace: the program tracex started. */
  rootPid?: number;
  /** Exit status of an attached process that ended while traced. */
  attachedExit?: number;
}

/** The live trace as batches, noting pids and exits, and flushing output whenever tracex waits for input. */
async function* watched(trace: TraceStream, w: Watch, pids: readonly number[], out: Output, onEvent?: (ev: TraceEvent) => void): AsyncGenerator<TraceEvent[]> {
  for await (const batch of trace.batches()) {
    for (const ev of batch) {
      w.rootPid ??= ev.pid;
      if (ev.type === 'exit' && ev.pid !== undefined && pids.includes(ev.pid) && (ev.code !== undefined || ev.signal !== undefined)) {
        w.attachedExit = exitStatus(ev.code ?? null, ev.signal);
      }
      onEvent?.(ev);
    }
    yield batch;
    // The consumer has handled the batch: show it now, the next one may be a while.
    await out.flush();
  }
}

async function* flatten(batches: AsyncIterable<TraceEvent[]>): AsyncGenerator<TraceEvent> {
  for await (const b of batches) yield* b;
}

// ------------------------------------------------------------------ output modes

/**
 * Prints the trace in the chosen format. `started` resolves once the tracer has ended and
 * throws when it failed before tracing anything; it is awaited before the closing output.
 */
async function present(opts: RunOptions, io: RunIO, trace: TraceStream, batches: AsyncIterable<TraceEvent[]>, rawPath: string, started: () => Promise<void>): Promise<Stats> {
  const out = io.out;
  if (opts.format === 'ndjson') {
    // Events as `tracex parse` prints them, then the findings, then the stats object.
    const analyzer = new Analyzer({ os: trace.os, format: trace.format });
    for await (const batch of batches) {
      let chunk = '';
      for (const ev of batch) {
        analyzer.push(ev);
        if (!opts.findings) chunk += JSON.stringify(eventToJson(ev)) + '\n';
      }
      await out.write(chunk);
      if (out.isClosed) break;
    }
    await started();
    let tail = '';
    for (const f of analyzer.finish(trace.stats).findings) tail += JSON.stringify({ type: 'finding', ...f }) + '\n';
    out.write(tail + JSON.stringify(statsToJson(trace.stats)) + '\n');
    return trace.stats;
  }

  const opened: OpenedTrace = {
    format: trace.format,
    os: trace.os,
    files: [rawPath],
    batches,
    get events() {
      return flatten(batches);
    },
    stats: () => trace.stats,
    stream: trace,
  };
  const filter = { failed: opts.failed, pids: [], syscalls: [], fds: [] };
  if (opts.format === 'text') {
    const ropts = { color: resolveColor(opts.color, io.stdoutIsTTY, io.env), format: trace.format };
    let header = false;
    const writeHeader = (): void => {
      if (!header && !opts.findings) out.write(renderHeaderText(opened, ropts));
      header = true;
    };
    const rest = await explainTrace(opened, filter, opts.fold, async (s) => {
      if (opts.findings || out.isClosed) return;
      writeHeader();
      await out.write(renderStoryLine(s, ropts) + '\n');
    });
    await started();
    writeHeader();
    out.write((opts.findings ? '' : '\n' + renderOverviewText(rest, ropts)) + renderFindingsText(rest.findings, ropts) + renderStatsLine(rest.stats, ropts));
    return rest.stats;
  }
  const stories: Story[] = [];
  const rest = await explainTrace(opened, filter, opts.fold, (s) => {
    if (!opts.findings) stories.push(s);
  });
  await started();
  const report: ExplainedReport = { ...rest, stories };
  out.write(opts.format === 'json' ? renderJson(report) : renderMarkdown(report));
  return rest.stats;
}

// ------------------------------------------------------------------ helpers

/** Creates the raw trace file (private: traces hold whatever the program read and wrote). */
function prepareRawFile(output: string | undefined, cwd: string, tracer: string): string {
  const path = output ? resolvePath(cwd, output) : join(mkdtempSync(join(tmpdir(), 'tracex-')), `trace.${tracer}.txt`);
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

function requireProgram(name: string, io: RunIO): void {
  const prog = findExecutable(name, io.env.PATH, io.cwd);
  if (prog.found) return;
  if (prog.reason === 'not-executable') throw new UsageError(`${name}: permission denied (not executable)`);
  if (prog.reason === 'directory') throw new UsageError(`${name}: is a directory`);
  throw new UsageError(`command not found: ${name}`);
}

function requireTerminal(io: RunIO): void {
  if (!io.stdoutIsTTY || !io.stdinIsTTY) throw new UsageError('--browse draws on a terminal and reads keys from it, but stdin or stdout is not one; use --format text|json instead');
}

/** In --browse mode the UI owns the terminal: the program's output goes to a file beside the trace. */
function programOutputPath(rawPath: string): string {
  return join(dirname(rawPath), `${basename(rawPath).replace(/\.txt$/, '')}.program-output.txt`);
}

// ------------------------------------------------------------------ entry point

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

async function runStrace(opts: RunOptions, mode: RunMode, io: RunIO): Promise<number> {
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
    const status = exitStatus(result.code, result.signal);
    const who = basename(opts.command[0] ?? '');
    const ended = mode === 'attach' ? '' : result.signal ? `${who} was killed by ${result.signal} (status ${status}); ` : `${who} exited with status ${status}; `;
    // After --browse the UI may have stopped reading early, so the line count would be short.
    const count = opts.browse ? '' : ` (${stats.lines} lines)`;
    io.err(`tracex: ${ended}raw trace saved to ${rawPath}${count}; reopen it with: tracex explain ${quoteArg(rawPath)}\n`);
    if (opts.browse && mode === 'command') io.err(`tracex: the program's output is in ${programOutputPath(rawPath)}\n`);
    if (mode === 'command') return status;
    if (session.detachedByUs) return 0;
    return watch.attachedExit ?? (status === 130 ? 0 : status);
  } finally {
    stopSignals();
  }
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

/** --browse: the live trace in the terminal UI; when the UI closes, detach (attach mode) or wait for the program. */
async function browse(
  s: Session,
  trace: TraceStream,
  batches: AsyncIterable<TraceEvent[]>,
  opts: RunOptions,
  io: RunIO,
  setLineSink: (f: (rec: TraceRecord) => void) => void,
  onClosed: () => void,
): Promise<Stats> {
  // Through loadTui: React's production build, as `tracex browse` uses.
  const { TraceStore, runBrowser } = await loadTui();
  const name = s.mode === 'command' ? opts.command.join(' ') : `pid ${opts.pids.join(',')}`;
  const store = new TraceStore({ name, files: [s.rawPath], format: trace.format, os: trace.os });
  setLineSink((rec) => store.addLine(rec.line, rec.text, rec.file));
  const loading = store.load(batches, () => trace.stats);
  // The alternate screen, as `tracex browse` uses: quitting restores the terminal as it was.
  process.stdout.write('\x1b[?1049h\x1b[H');
  try {
    await runBrowser(store, { stdin: process.stdin, stdout: process.stdout });
  } finally {
    process.stdout.write('\x1b[?1049l');
  }
  onClosed();
  if (s.mode === 'attach' && s.child.exitCode === null) {
    s.detachedByUs = true;
    s.child.kill('SIGINT');
  } else if (s.child.exitCode === null) {
    io.err(`tracex: ${basename(opts.command[0]!)} is still running; waiting for it to end (Ctrl-C interrupts it)\n`);
  }
  await s.ended;
  await loading.catch(() => undefined);
  return trace.stats;
}

async function runDtruss(opts: RunOptions, mode: RunMode, io: RunIO): Promise<number> {
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
  const stdio: StdioOptions = mode === 'command' ? 'inherit' : ['ignore', 'inherit', 'inherit'];
  const session = startSession('dtruss', mode, rawPath, '/bin/sh', ['-c', script, dtruss.path, ...flags, ...target], stdio, io);
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
    io.err(`tracex: raw trace saved to ${rawPath} (${stats.lines} lines); reopen it with: tracex explain ${quoteArg(rawPath)}\n`);
    // dtrace -c does not pass the program's exit status on; this is dtruss's own.
    return session.detachedByUs ? 0 : exitStatus(result.code, result.signal);
  } finally {
    stopSignals();
  }
}

// ------------------------------------------------------------------ the command

/** The command line's `tracex run`. */
export async function runAction(command: string[], raw: Record<string, unknown>): Promise<void> {
  const opts: RunOptions = {
    command,
    pids: (raw.pid as number[] | undefined) ?? [],
    format: raw.format as RunFormat,
    findings: raw.findings === true,
    browse: raw.browse === true,
    failed: raw.failed === true,
    fold: raw.fold !== false,
    color: raw.color as ColorChoice,
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
    stdoutIsTTY: process.stdout.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
  };
  process.exitCode = await runTraced(opts, io);
}
