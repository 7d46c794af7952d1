import {
  explainTrace,
  renderJson,
  renderMarkdown
} from "./chunk-2QV3PA32.js";
import {
  renderFindingsText,
  renderHeaderText,
  renderOverviewText,
  renderStatsLine,
  renderStoryLine
} from "./chunk-6GLZII33.js";
import {
  Output,
  eventToJson,
  followFile,
  statsToJson
} from "./chunk-NJSNFNWR.js";
import {
  Analyzer,
  DTRUSS_ROOT_HINT,
  diagnoseDtrace,
  diagnoseStrace,
  isSipNotice
} from "./chunk-MJVH4NUW.js";
import "./chunk-ASAXTFM3.js";
import "./chunk-62PVAE5Q.js";
import "./chunk-MB4JWYU3.js";
import {
  loadTui
} from "./chunk-U2RAHJVT.js";
import {
  openTraceInputs
} from "./chunk-IMBRNHBK.js";
import {
  UsageError,
  resolveColor
} from "./chunk-5AZDCCI3.js";
import "./chunk-YCOLI2KN.js";

// dist/src/cli/run.js
import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, writeFileSync } from "node:fs";
import { constants as osConstants, tmpdir } from "node:os";
import { basename, dirname, join as join2, resolve as resolvePath } from "node:path";

// dist/src/cli/tracer/howto.js
var STRACE_INSTALL_HINT = [
  "strace is not installed (tracex run starts it to trace the program). Install it with your package manager:",
  "  Debian/Ubuntu: sudo apt-get install strace",
  "  Fedora/RHEL:   sudo dnf install strace",
  "  Alpine:        apk add strace",
  "  Arch:          sudo pacman -S strace"
].join("\n");
var NANOS_HOWTO = [
  "tracex run cannot start a Nanos unikernel itself; capture the trace with ops, then read it:",
  "  ops run ./program --trace > trace.txt 2>&1     (or: ops pkg load <pkg> --trace ...)",
  "  tracex explain trace.txt",
  "The console of the VM carries the trace, the program's own output and ops's messages together;",
  "tracex keeps the program output lines apart from the syscall lines."
].join("\n");

// dist/src/cli/tracer/which.js
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";
function check(path) {
  try {
    if (statSync(path).isDirectory())
      return { found: false, reason: "directory", path };
    accessSync(path, constants.X_OK);
    return { found: true, path };
  } catch (err) {
    const code = err.code;
    return code === "EACCES" ? { found: false, reason: "not-executable", path } : { found: false, reason: "not-found" };
  }
}
function findExecutable(name, pathEnv, cwd) {
  if (name.includes("/"))
    return check(join(name.startsWith("/") ? "" : cwd, name));
  let firstProblem;
  for (const dir of (pathEnv ?? "/usr/local/bin:/usr/bin:/bin").split(delimiter)) {
    const r = check(join(dir || cwd, name));
    if (r.found)
      return r;
    if (r.reason !== "not-found" && !firstProblem)
      firstProblem = r;
  }
  return firstProblem ?? { found: false, reason: "not-found" };
}

// dist/src/cli/tracer-flags.js
var STRACE_FLAGS = [
  {
    args: ["-f"],
    why: "follow forks, vforks and threads: servers, shells and language runtimes do their work in children; with -o it also puts the pid on every line, so calls of different processes are never confused"
  },
  {
    args: ["-ttt"],
    why: "absolute time as epoch seconds with microseconds: no midnight rollover to guess, gaps between calls show where the program waited, and the trace can be lined up with logs"
  },
  {
    args: ["-T"],
    why: "time spent inside each call (<0.000123>): shows which call blocked (a slow connect, a poll that timed out, a DNS query)"
  },
  {
    args: ["-yy"],
    why: 'decorate every fd with what it is: the path of a file, the endpoints of a socket (TCP:[127.0.0.1:5432->...], UNIX-STREAM:[...,"/run/x.sock"]), pipe and device ids; tracex uses them to name fds it did not see being opened (inherited or opened before -p attached)'
  },
  {
    args: ["-Y"],
    why: "print the command name beside each pid (1234<postgres>): names the processes of an attached program, which never call execve in the trace (not used when tracex starts the program: its first execve would be labelled <strace>)",
    since: [5, 15],
    modes: ["attach"]
  },
  {
    args: ["-s", "256"],
    why: "show the first 256 bytes of strings instead of 32: enough of protocol messages, error texts and requests to see what was said, while keeping lines and the file small"
  },
  {
    args: ["-q"],
    why: "no 'Process N attached' notices: in command mode strace shares the terminal's stderr with the program, and those notices would land in the middle of its output",
    modes: ["command"]
  }
  // Left out on purpose:
  // -X raw/verbose: the default (abbrev) prints constant names, which tracex decodes and explains.
  // -qq: would drop the `+++ exited with N +++` lines tracex needs for exit codes and process lifetimes.
  // -v: would print every environment variable of every execve (secrets, and very long lines).
  // -k: stack traces cost a lot per call; use strace -k yourself and read the file with tracex.
  // -ff: one file per process loses the interleaving that shows who waited for whom.
];
var DTRUSS_FLAGS = [
  {
    args: ["-f"],
    why: "follow children; also prints PID/THRD on every line so processes and threads are told apart"
  }
];
function parseStraceVersion(text) {
  const m = /version\s+(\d+)\.(\d+)/.exec(text);
  return m ? [Number(m[1]), Number(m[2])] : void 0;
}
function atLeast(version, since) {
  if (!since)
    return true;
  if (!version)
    return false;
  return version[0] > since[0] || version[0] === since[0] && version[1] >= since[1];
}
function tracerArgs(table, mode, version) {
  const out = [];
  for (const f of table) {
    if (f.modes && !f.modes.includes(mode))
      continue;
    if (!atLeast(version, f.since))
      continue;
    out.push(...f.args);
  }
  return out;
}

// dist/src/cli/run.js
function exitStatus(code, signal) {
  if (code !== null)
    return code;
  if (signal)
    return 128 + (osConstants.signals[signal] ?? 0);
  return 1;
}
function startSession(tracer, mode, rawPath, cmd, args, stdio, io, onStderrLine) {
  const follower = followFile(rawPath);
  const child = spawn(cmd, args, { stdio, detached: mode === "attach", env: io.env, cwd: io.cwd });
  let text = "";
  let carry = "";
  child.stderr?.setEncoding("utf8").on("data", (d) => {
    text = (text + d).slice(-(1 << 16));
    carry += d;
    const lines = carry.split("\n");
    carry = lines.pop() ?? "";
    for (const l of lines)
      onStderrLine?.(l);
  });
  const session = {
    tracer,
    mode,
    rawPath,
    child,
    follower,
    ended: Promise.resolve({ code: null, signal: null }),
    stderr: () => text,
    detachedByUs: false
  };
  session.ended = new Promise((resolve) => {
    child.on("error", (err) => {
      session.spawnError = err;
      follower.finish();
      resolve({ code: 127, signal: null });
    });
    child.on("close", (code, signal) => {
      if (carry)
        onStderrLine?.(carry);
      follower.finish();
      resolve({ code, signal });
    });
  });
  return session;
}
function handleSignals(s, io, rootPid) {
  let count = 0;
  const onSignal = (sig) => {
    count++;
    if (s.mode === "attach") {
      if (count === 1) {
        s.detachedByUs = true;
        io.err("tracex: detaching...\n");
        s.child.kill("SIGINT");
      } else
        s.child.kill("SIGKILL");
      return;
    }
    if (sig === "SIGINT") {
      if (count > 1)
        s.child.kill("SIGKILL");
      return;
    }
    const pid = rootPid();
    try {
      if (pid !== void 0)
        process.kill(pid, sig);
      else
        s.child.kill(sig);
    } catch {
    }
  };
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const sig of signals)
    process.on(sig, onSignal);
  return () => {
    for (const sig of signals)
      process.off(sig, onSignal);
  };
}
async function* watched(trace, w, pids, out, onEvent) {
  for await (const batch of trace.batches()) {
    for (const ev of batch) {
      w.rootPid ??= ev.pid;
      if (ev.type === "exit" && ev.pid !== void 0 && pids.includes(ev.pid) && (ev.code !== void 0 || ev.signal !== void 0)) {
        w.attachedExit = exitStatus(ev.code ?? null, ev.signal);
      }
      onEvent?.(ev);
    }
    yield batch;
    await out.flush();
  }
}
async function* flatten(batches) {
  for await (const b of batches)
    yield* b;
}
async function present(opts, io, trace, batches, rawPath, started) {
  const out = io.out;
  if (opts.format === "ndjson") {
    const analyzer = new Analyzer({ os: trace.os, format: trace.format });
    for await (const batch of batches) {
      let chunk = "";
      for (const ev of batch) {
        analyzer.push(ev);
        if (!opts.findings)
          chunk += JSON.stringify(eventToJson(ev)) + "\n";
      }
      await out.write(chunk);
      if (out.isClosed)
        break;
    }
    await started();
    let tail = "";
    for (const f of analyzer.finish(trace.stats).findings)
      tail += JSON.stringify({ type: "finding", ...f }) + "\n";
    out.write(tail + JSON.stringify(statsToJson(trace.stats)) + "\n");
    return trace.stats;
  }
  const opened = {
    format: trace.format,
    os: trace.os,
    files: [rawPath],
    batches,
    get events() {
      return flatten(batches);
    },
    stats: () => trace.stats,
    stream: trace
  };
  const filter = { failed: opts.failed, pids: [], syscalls: [], fds: [] };
  if (opts.format === "text") {
    const ropts = { color: resolveColor(opts.color, io.stdoutIsTTY, io.env), format: trace.format };
    let header = false;
    const writeHeader = () => {
      if (!header && !opts.findings)
        out.write(renderHeaderText(opened, ropts));
      header = true;
    };
    const rest2 = await explainTrace(opened, filter, opts.fold, async (s) => {
      if (opts.findings || out.isClosed)
        return;
      writeHeader();
      await out.write(renderStoryLine(s, ropts) + "\n");
    });
    await started();
    writeHeader();
    out.write((opts.findings ? "" : "\n" + renderOverviewText(rest2, ropts)) + renderFindingsText(rest2.findings, ropts) + renderStatsLine(rest2.stats, ropts));
    return rest2.stats;
  }
  const stories = [];
  const rest = await explainTrace(opened, filter, opts.fold, (s) => {
    if (!opts.findings)
      stories.push(s);
  });
  await started();
  const report = { ...rest, stories };
  out.write(opts.format === "json" ? renderJson(report) : renderMarkdown(report));
  return rest.stats;
}
function prepareRawFile(output, cwd, tracer) {
  const path = output ? resolvePath(cwd, output) : join2(mkdtempSync(join2(tmpdir(), "tracex-")), `trace.${tracer}.txt`);
  writeFileSync(path, "", { mode: 384 });
  return path;
}
function quoteArg(a) {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`;
}
function pickTracer(opts, platform) {
  if (opts.tracer)
    return opts.tracer;
  if (platform === "linux")
    return "strace";
  if (platform === "darwin")
    return "dtruss";
  throw new UsageError(`tracex run supports Linux (strace) and macOS (dtruss), not ${platform}; capture a trace there and read it with tracex explain FILE`);
}
function requireProgram(name, io) {
  const prog = findExecutable(name, io.env.PATH, io.cwd);
  if (prog.found)
    return;
  if (prog.reason === "not-executable")
    throw new UsageError(`${name}: permission denied (not executable)`);
  if (prog.reason === "directory")
    throw new UsageError(`${name}: is a directory`);
  throw new UsageError(`command not found: ${name}`);
}
function requireTerminal(io) {
  if (!io.stdoutIsTTY || !io.stdinIsTTY)
    throw new UsageError("--browse draws on a terminal and reads keys from it, but stdin or stdout is not one; use --format text|json instead");
}
function programOutputPath(rawPath) {
  return join2(dirname(rawPath), `${basename(rawPath).replace(/\.txt$/, "")}.program-output.txt`);
}
async function runTraced(opts, io) {
  const mode = opts.pids.length ? "attach" : "command";
  if (mode === "command" && opts.command.length === 0)
    throw new UsageError("nothing to run: give a command after `--` (tracex run -- cmd args...) or -p PID");
  if (mode === "attach" && opts.command.length)
    throw new UsageError("give either a command or -p PID, not both");
  const tracer = pickTracer(opts, io.platform);
  if (tracer === "nanos") {
    io.err(NANOS_HOWTO + "\n");
    return 2;
  }
  if (opts.browse && !opts.dryRun)
    requireTerminal(io);
  return tracer === "dtruss" ? runDtruss(opts, mode, io) : runStrace(opts, mode, io);
}
async function runStrace(opts, mode, io) {
  const strace = findExecutable("strace", io.env.PATH, io.cwd);
  if (!strace.found)
    throw new UsageError(STRACE_INSTALL_HINT);
  if (mode === "command")
    requireProgram(opts.command[0], io);
  else {
    for (const pid of opts.pids) {
      try {
        process.kill(pid, 0);
      } catch (err) {
        if (err.code === "ESRCH")
          throw new UsageError(`no process with pid ${pid}`);
      }
    }
  }
  const version = parseStraceVersion(spawnSync(strace.path, ["-V"], { encoding: "utf8" }).stdout ?? "");
  const flags = tracerArgs(STRACE_FLAGS, mode, version);
  const target = mode === "command" ? ["--", ...opts.command] : opts.pids.flatMap((p) => ["-p", String(p)]);
  if (opts.dryRun) {
    io.out.write(["strace", ...flags, "-o", opts.output ?? "TRACE_FILE", ...target].map(quoteArg).join(" ") + "\n\n");
    for (const f of STRACE_FLAGS) {
      if (f.modes && !f.modes.includes(mode))
        continue;
      const skipped = flags.includes(f.args[0]) ? "" : ` (skipped: needs strace ${f.since?.join(".") ?? "?"})`;
      io.out.write(`  ${f.args.join(" ").padEnd(8)} ${f.why}${skipped}
`);
    }
    await io.out.end();
    return 0;
  }
  const rawPath = prepareRawFile(opts.output, io.cwd, "strace");
  let outputFd;
  let stdio = mode === "command" ? "inherit" : ["ignore", "ignore", "pipe"];
  if (opts.browse && mode === "command") {
    outputFd = openSync(programOutputPath(rawPath), "w", 384);
    stdio = ["ignore", outputFd, outputFd];
  }
  const held = opts.browse ? [] : void 0;
  let uiClosed = false;
  const say = (text) => void (held && !uiClosed ? held.push(text) : io.err(text));
  const session = startSession("strace", mode, rawPath, strace.path, [...flags, "-o", rawPath, ...target], stdio, io, (line) => {
    const m = /Process (\d+) attached(.*)/.exec(line);
    if (m) {
      if (!opts.browse)
        say(`tracex: attached to process ${m[1]}${m[2]}; press Ctrl-C to detach and see the results
`);
    } else if (/Process \d+ detached/.test(line))
      say(`tracex: detached from process ${/Process (\d+)/.exec(line)[1]}
`);
    else if (line.trim())
      say(line + "\n");
  });
  if (outputFd !== void 0)
    closeSync(outputFd);
  const watch = {};
  const stopSignals = handleSignals(session, io, () => watch.rootPid);
  try {
    let storeLine;
    const onRecord = opts.browse ? (rec) => storeLine?.(rec) : void 0;
    const trace = await openTraceInputs([{ name: rawPath, stream: session.follower.stream }], { from: "strace", ...onRecord ? { onRecord } : {} });
    const batches = watched(trace, watch, opts.pids, io.out);
    let stats;
    if (opts.browse) {
      stats = await browse(session, trace, batches, opts, io, (f) => storeLine = f, () => {
        uiClosed = true;
        for (const t of held ?? [])
          io.err(t);
      });
    } else {
      stats = await present(opts, io, trace, batches, rawPath, () => straceStarted(session, strace.path, io, trace));
    }
    await io.out.end();
    const result = await session.ended;
    if (session.spawnError)
      throw new UsageError(`could not start strace: ${session.spawnError.message}`);
    const status = exitStatus(result.code, result.signal);
    const who = basename(opts.command[0] ?? "");
    const ended = mode === "attach" ? "" : result.signal ? `${who} was killed by ${result.signal} (status ${status}); ` : `${who} exited with status ${status}; `;
    const count = opts.browse ? "" : ` (${stats.lines} lines)`;
    io.err(`tracex: ${ended}raw trace saved to ${rawPath}${count}; reopen it with: tracex explain ${quoteArg(rawPath)}
`);
    if (opts.browse && mode === "command")
      io.err(`tracex: the program's output is in ${programOutputPath(rawPath)}
`);
    if (mode === "command")
      return status;
    if (session.detachedByUs)
      return 0;
    return watch.attachedExit ?? (status === 130 ? 0 : status);
  } finally {
    stopSignals();
  }
}
async function straceStarted(s, stracePath, io, trace) {
  const result = await s.ended;
  if (s.spawnError)
    throw new UsageError(`could not start strace: ${s.spawnError.message}`);
  const status = exitStatus(result.code, result.signal);
  if (status === 0 || s.detachedByUs || trace.stats.lines > 0)
    return;
  const why = s.mode === "attach" ? s.stderr() : diagnosisRun(stracePath, io);
  const problem = diagnoseStrace(why);
  throw new UsageError(problem?.message ?? `strace exited with status ${status} before tracing anything${s.mode === "command" ? " (its message is above)" : `: ${why.trim()}`}`);
}
function diagnosisRun(stracePath, io) {
  const t = findExecutable("true", io.env.PATH, io.cwd);
  const r = spawnSync(stracePath, ["-f", "-o", "/dev/null", "--", t.found ? t.path : "/bin/true"], { encoding: "utf8", env: io.env });
  return r.stderr ?? "";
}
async function browse(s, trace, batches, opts, io, setLineSink, onClosed) {
  const { TraceStore, runBrowser } = await loadTui();
  const name = s.mode === "command" ? opts.command.join(" ") : `pid ${opts.pids.join(",")}`;
  const store = new TraceStore({ name, files: [s.rawPath], format: trace.format, os: trace.os });
  setLineSink((rec) => store.addLine(rec.line, rec.text, rec.file));
  const loading = store.load(batches, () => trace.stats);
  process.stdout.write("\x1B[?1049h\x1B[H");
  try {
    await runBrowser(store, { stdin: process.stdin, stdout: process.stdout });
  } finally {
    process.stdout.write("\x1B[?1049l");
  }
  onClosed();
  if (s.mode === "attach" && s.child.exitCode === null) {
    s.detachedByUs = true;
    s.child.kill("SIGINT");
  } else if (s.child.exitCode === null) {
    io.err(`tracex: ${basename(opts.command[0])} is still running; waiting for it to end (Ctrl-C interrupts it)
`);
  }
  await s.ended;
  await loading.catch(() => void 0);
  return trace.stats;
}
async function runDtruss(opts, mode, io) {
  const dtruss = findExecutable("dtruss", io.env.PATH, io.cwd);
  if (!dtruss.found)
    throw new UsageError("dtruss was not found (it ships with macOS as /usr/bin/dtruss)");
  if (mode === "command")
    requireProgram(opts.command[0], io);
  if (mode === "attach" && opts.pids.length > 1)
    throw new UsageError("dtruss attaches to one process: give one -p PID");
  const flags = tracerArgs(DTRUSS_FLAGS, mode);
  const target = mode === "command" ? opts.command : ["-p", String(opts.pids[0])];
  if (opts.dryRun) {
    io.out.write(["dtruss", ...flags, ...target].map(quoteArg).join(" ") + " 2> TRACE_FILE\n");
    await io.out.end();
    return 0;
  }
  if (!io.isRoot)
    throw new UsageError(DTRUSS_ROOT_HINT);
  if (opts.browse)
    throw new UsageError("--browse is not available with dtruss yet: run without it, then tracex browse TRACE_FILE");
  const rawPath = prepareRawFile(opts.output, io.cwd, "dtruss");
  const script = `exec "$0" "$@" 2>${quoteArg(rawPath)}`;
  const stdio = mode === "command" ? "inherit" : ["ignore", "inherit", "inherit"];
  const session = startSession("dtruss", mode, rawPath, "/bin/sh", ["-c", script, dtruss.path, ...flags, ...target], stdio, io);
  const stopSignals = handleSignals(session, io, () => void 0);
  try {
    let problem;
    let sipNoticed = false;
    const trace = await openTraceInputs([{ name: rawPath, stream: session.follower.stream }], { from: "dtruss" });
    const onEvent = (ev) => {
      if (ev.type !== "tracer" && ev.type !== "unparsed" && ev.type !== "output")
        return;
      const text = "message" in ev ? ev.message : ev.text;
      if (!sipNoticed && isSipNotice(text)) {
        sipNoticed = true;
        io.err("tracex: System Integrity Protection is on: some calls will be missing from the trace\n");
      }
      problem ??= diagnoseDtrace(text);
    };
    const started = async () => {
      await session.ended;
      if (session.spawnError)
        throw new UsageError(`could not start dtruss: ${session.spawnError.message}`);
      if (problem && (problem.kind !== "sip" || (trace.stats.records.syscall ?? 0) === 0))
        throw new UsageError(problem.message);
    };
    const stats = await present(opts, io, trace, watched(trace, {}, opts.pids, io.out, onEvent), rawPath, started);
    await io.out.end();
    const result = await session.ended;
    io.err(`tracex: raw trace saved to ${rawPath} (${stats.lines} lines); reopen it with: tracex explain ${quoteArg(rawPath)}
`);
    return session.detachedByUs ? 0 : exitStatus(result.code, result.signal);
  } finally {
    stopSignals();
  }
}
async function runAction(command, raw) {
  const opts = {
    command,
    pids: raw.pid ?? [],
    format: raw.format,
    findings: raw.findings === true,
    browse: raw.browse === true,
    failed: raw.failed === true,
    fold: raw.fold !== false,
    color: raw.color,
    dryRun: raw.dryRun === true
  };
  if (typeof raw.output === "string")
    opts.output = raw.output;
  if (typeof raw.tracer === "string")
    opts.tracer = raw.tracer;
  const io = {
    out: new Output(),
    err: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    platform: process.platform,
    isRoot: process.geteuid?.() === 0,
    stdoutIsTTY: process.stdout.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true
  };
  process.exitCode = await runTraced(opts, io);
}
export {
  runAction,
  runTraced
};
