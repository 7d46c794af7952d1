// The tracer as a child process: started with its trace going to a file that is followed as
// it grows, told of the user's signals, and the files it writes (private: a trace holds
// whatever the program read and wrote).

import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { constants as osConstants, tmpdir } from 'node:os';
import { basename, dirname, join, resolve as resolvePath } from 'node:path';
import { followFile, type Follower } from '../../ingest/follow.js';
import { UsageError } from '../options.js';
import type { RunMode } from '../tracer-flags.js';
import { findExecutable } from '../tracer/which.js';
import type { RunIO } from './options.js';
import { killTraced } from './kill-traced.js';

/** Exit status as a shell reports it: the code, or 128 + the signal number. */
export function exitStatus(code: number | null, signal: NodeJS.Signals | string | null | undefined): number {
  if (code !== null) return code;
  if (signal) return 128 + ((osConstants.signals as Record<string, number | undefined>)[signal] ?? 0);
  return 1;
}

export type Ended = { code: number | null; signal: NodeJS.Signals | null };

/** A running tracer whose raw trace file is being followed. */
export interface Session {
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
  /** Set when a second Ctrl-C made tracex kill the traced processes (command mode): their pids. */
  killedByUs?: number[];
}

export function startSession(
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
 * results; a second Ctrl-C kills the traced processes, then strace (kill-traced.ts); TERM/HUP
 * are passed on to the program.
 */
export function handleSignals(s: Session, io: RunIO, rootPid: () => number | undefined): () => void {
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
      if (count > 1 && !s.killedByUs && s.child.pid !== undefined) {
        // The program outlived the first Ctrl-C: end it and what it started, then the tracer.
        if (s.tracer === 'strace') s.killedByUs = killTraced(s.child.pid);
        else s.child.kill('SIGKILL');
      }
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

/** Creates the raw trace file (private: traces hold whatever the program read and wrote). */
export function prepareRawFile(output: string | undefined, cwd: string, tracer: string): string {
  const path = output ? resolvePath(cwd, output) : join(mkdtempSync(join(tmpdir(), 'tracex-')), `trace.${tracer}.txt`);
  writeFileSync(path, '', { mode: 0o600 });
  return path;
}

/** The program to run is there and executable: said before the tracer starts, not mixed into its output. */
export function requireProgram(name: string, io: RunIO): void {
  const prog = findExecutable(name, io.env.PATH, io.cwd);
  if (prog.found) return;
  if (prog.reason === 'not-executable') throw new UsageError(`${name}: permission denied (not executable)`);
  if (prog.reason === 'directory') throw new UsageError(`${name}: is a directory`);
  throw new UsageError(`command not found: ${name}`);
}

/** In --browse mode the UI owns the terminal: the program's output goes to a file beside the trace. */
export function programOutputPath(rawPath: string): string {
  return join(dirname(rawPath), `${basename(rawPath).replace(/\.txt$/, '')}.program-output.txt`);
}

/**
 * Where the program's stdout goes when tracex's stdout carries a JSON, NDJSON or Markdown
 * report to a pipe or file: never into that stream. The terminal when there is one (the
 * program still shows its output to the user), else a file beside the raw trace. Undefined:
 * the program keeps tracex's stdout (text output, or stdout is the terminal anyway).
 */
export function separateProgramOutput(format: string, rawPath: string, io: RunIO): number | undefined {
  if (format === 'text' || io.stdoutIsTTY) return undefined;
  let fd: number;
  let where = 'the terminal (/dev/tty)';
  try {
    fd = openSync('/dev/tty', 'w');
  } catch {
    // No controlling terminal (a service, CI, setsid): a private file.
    where = programOutputPath(rawPath);
    fd = openSync(where, 'w', 0o600);
  }
  io.err(`tracex: the program's output goes to ${where}, not into the ${format} on stdout\n`);
  return fd;
}
