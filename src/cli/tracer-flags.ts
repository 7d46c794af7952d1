// The tracer command lines `tracex run` starts, as data: each flag with the reason it is there.
// Sources: strace(1) of strace 6.1 and its NEWS for the "since" versions; the line shapes each
// flag produces are in /work/shared/formats/strace.md §1, §3, §5. dtruss: DTTk/dtruss (dtrace-409),
// see formats/dtruss.md §1-2.

/** `command`: tracex starts the program under the tracer; `attach`: `-p PID`. */
export type RunMode = 'command' | 'attach';

export interface TracerFlag {
  /** Words added to the tracer's command line. */
  args: readonly string[];
  /** Why tracex asks for it (printed by `tracex run --dry-run`, and in the README). */
  why: string;
  /** First tracer version that knows the flag; older versions run without it. */
  since?: readonly [number, number];
  /** Only in these modes (default: both). */
  modes?: readonly RunMode[];
}

/** strace flags, in the order they are passed. `-o FILE` and the program / `-p` are added by run. */
export const STRACE_FLAGS: readonly TracerFlag[] = [
  {
    args: ['-f'],
    why: 'follow forks, vforks and threads: servers, shells and language runtimes do their work in children; with -o it also puts the pid on every line, so calls of different processes are never confused',
  },
  {
    args: ['-ttt'],
    why: 'absolute time as epoch seconds with microseconds: no midnight rollover to guess, gaps between calls show where the program waited, and the trace can be lined up with logs',
  },
  {
    args: ['-T'],
    why: 'time spent inside each call (<0.000123>): shows which call blocked (a slow connect, a poll that timed out, a DNS query)',
  },
  {
    args: ['-yy'],
    why: 'decorate every fd with what it is: the path of a file, the endpoints of a socket (TCP:[127.0.0.1:5432->...], UNIX-STREAM:[...,"/run/x.sock"]), pipe and device ids; tracex uses them to name fds it did not see being opened (inherited or opened before -p attached)',
  },
  {
    args: ['-Y'],
    why: 'print the command name beside each pid (1234<postgres>): names the processes of an attached program, which never call execve in the trace (not used when tracex starts the program: its first execve would be labelled <strace>)',
    since: [5, 15],
    modes: ['attach'],
  },
  {
    args: ['-s', '256'],
    why: 'show the first 256 bytes of strings instead of 32: enough of protocol messages, error texts and requests to see what was said, while keeping lines and the file small',
  },
  {
    args: ['-q'],
    why: "no 'Process N attached' notices: in command mode strace shares the terminal's stderr with the program, and those notices would land in the middle of its output",
    modes: ['command'],
  },
  // Left out on purpose:
  // -X raw/verbose: the default (abbrev) prints constant names, which tracex decodes and explains.
  // -qq: would drop the `+++ exited with N +++` lines tracex needs for exit codes and process lifetimes.
  // -v: would print every environment variable of every execve (secrets, and very long lines).
  // -k: stack traces cost a lot per call; use strace -k yourself and read the file with tracex.
  // -ff: one file per process loses the interleaving that shows who waited for whom.
];

/** dtruss (macOS): the script takes few options; output goes to stderr (formats/dtruss.md §1). */
export const DTRUSS_FLAGS: readonly TracerFlag[] = [
  {
    args: ['-f'],
    why: 'follow children; also prints PID/THRD on every line so processes and threads are told apart',
  },
];

/** Parses the first line of `strace -V` (`strace -- version 6.1`). */
export function parseStraceVersion(text: string): [number, number] | undefined {
  const m = /version\s+(\d+)\.(\d+)/.exec(text);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

function atLeast(version: readonly [number, number] | undefined, since: readonly [number, number] | undefined): boolean {
  if (!since) return true;
  if (!version) return false; // unknown version: only flags every strace has
  return version[0] > since[0] || (version[0] === since[0] && version[1] >= since[1]);
}

/** The table's flags for this mode and tracer version, flattened into argv words. */
export function tracerArgs(table: readonly TracerFlag[], mode: RunMode, version?: readonly [number, number]): string[] {
  const out: string[] = [];
  for (const f of table) {
    if (f.modes && !f.modes.includes(mode)) continue;
    if (!atLeast(version, f.since)) continue;
    out.push(...f.args);
  }
  return out;
}
