#!/usr/bin/env node
import {
  FormatError,
  InputError
} from "./chunk-IMBRNHBK.js";
import {
  UsageError,
  addInputOptions,
  collect,
  positiveInt
} from "./chunk-5AZDCCI3.js";
import "./chunk-YCOLI2KN.js";

// dist/src/cli/main.js
import { CommanderError } from "commander";

// dist/src/cli/program.js
import { Command as Command2 } from "commander";

// dist/src/cli/commands.js
import { Command, Option } from "commander";
var FILES = ["[files...]", "trace files, a directory of `strace -ff` files, or - for stdin (default)"];
function addExplainOptions(cmd) {
  addInputOptions(cmd);
  return cmd.option("--failed", "only failed calls (findings are always shown)").option("-p, --pid <pid>", "only these processes (repeat or comma-separate)", collect).option("-e, --syscall <names>", "only these calls: names and classes %net, %file, %process, %signal, %memory, %desc, %ipc, %poll", collect).option("--fd <fd>", "only calls on these fds (repeat or comma-separate)", collect).option("--no-fold", "one line per event: do not fold sequences (loader, locale and nscd probes, searches, file reads, signal-handler sweeps, async connects)").addOption(new Option("--color <when>", "colour the text output").choices(["auto", "always", "never"]).default("auto")).addOption(new Option("--fail-on <severity>", "exit 1 when a finding of this severity or worse is found (for CI)").choices(["error", "warning", "info"]));
}
function explainCommand() {
  const cmd = new Command("explain").description("explain a trace in plain language: one line per event or folded group, then the findings (the default command)").argument(...FILES).addOption(new Option("--format <format>", "text narrative, a Markdown report, or the JSON report").choices(["text", "markdown", "json"]).default("text")).option("--findings", "only the findings: no narrative (text), no events (JSON, Markdown)");
  addExplainOptions(cmd);
  return cmd.action(async (files, raw) => (await import("./explain-RZEGIZES.js")).explainAction(files, raw));
}
function annotateCommand() {
  const cmd = new Command("annotate").description("a Markdown report to paste into a GitHub issue; --inline: the original trace with a # explanation after each call").argument(...FILES).option("--inline", "print the original lines unchanged, each call followed by a # comment, findings at the end");
  addExplainOptions(cmd);
  return cmd.action(async (files, raw) => (await import("./annotate-ZAW4BR4F.js")).annotateAction(files, raw));
}
function summaryCommand() {
  const cmd = new Command("summary").description("strace -c style tables: per syscall calls/errors/time, per process, per errno, socket endpoints touched").argument(...FILES).addOption(new Option("--format <format>", "text tables or JSON").choices(["text", "json"]).default("text")).option("-p, --pid <pid>", "only these processes (repeat or comma-separate)", collect).addOption(new Option("--color <when>", "colour the text output").choices(["auto", "always", "never"]).default("auto"));
  addInputOptions(cmd);
  return cmd.action(async (files, raw) => (await import("./summary-4IT533F7.js")).summaryAction(files, raw));
}
function parseCommand() {
  const cmd = new Command("parse").description("read a trace and print every event as JSON (one object per line), then a stats object").argument(...FILES).addOption(new Option("--format <format>", "ndjson: one object per line; json: one document").choices(["ndjson", "json"]).default("ndjson")).option("--no-args", "skip argument trees and decoding (header fields and raw argument text only)").option("--no-decode", "skip the decoded form (argument roles, constants, endpoints, errno per OS)");
  addInputOptions(cmd);
  return cmd.action(async (files, raw) => (await import("./parse-BPY3ECEC.js")).parseAction(files, raw));
}
function decodeCommand() {
  return new Command("decode").description("look up what a number means on Linux and macOS: errno, af, sockopt, sockaddr, signal, socktype, ipproto, fcntl, open-flags, msg-flags, poll-events, syscall").argument("<what>", "errno | af | sockopt | sockaddr | signal | socktype | ipproto | fcntl | open-flags | msg-flags | poll-events | syscall | ...").argument("<values...>", "numbers (36, 0x1022, 0644) or names (ECONNREFUSED, SIGPIPE); sockopt takes LEVEL NAME; sockaddr takes hex bytes").addOption(new Option("--os <os>", "numbering to use (default: both; sockaddr: linux)").choices(["linux", "darwin"])).option("--json", "print the result as JSON").addHelpText("after", "\nExamples:\n  tracex decode errno 36 --os darwin\n  tracex decode errno ECONNREFUSED\n  tracex decode af 30 --os darwin\n  tracex decode sockopt 0xffff 0x1022 --os darwin\n  tracex decode sockaddr 02001538 7f000001\n  tracex decode signal 13\n  tracex decode open-flags 0x602 --os darwin").action(async (what, values, raw) => (await import("./decode-ZFPYTMLM.js")).decodeAction(what, values, raw));
}
var browseAction = async (files, raw) => (await import("./browse-YBSGFV3L.js")).browseAction(files, raw);
function browseCommand() {
  const cmd = new Command("browse").description("explore a trace in an interactive terminal UI (keys: ? for help, q to quit)").argument(...FILES);
  addInputOptions(cmd);
  return cmd.action(browseAction);
}
function addInteractiveOption(program) {
  program.option("-i, --interactive", "browse the trace in the terminal UI (same as `tracex browse`)");
  program.hook("preSubcommand", (root, sub) => {
    if (!root.opts().interactive || sub.name() === "browse")
      return;
    if (sub.name() !== "explain")
      throw new UsageError(`-i opens the terminal UI; it does not combine with "${sub.name()}" (try: tracex -i [files])`);
    sub.action(browseAction);
  });
  return program;
}
function pidList(value, previous = []) {
  return [...previous, ...value.split(",").map((v) => positiveInt(v.trim()))];
}
function runCommand() {
  return new Command("run").description("run a program under the tracer (strace on Linux, dtruss on macOS) and explain what it does as it runs").usage("[options] -- command [args...]").argument("[command...]", "the program to run and its arguments (after --)").option("-p, --pid <pid>", "attach to a running process instead (repeat or comma-separate); Ctrl-C detaches", pidList).option("-o, --output <file>", "write the raw trace here (default: a new temp file, printed at the end)").addOption(new Option("--format <format>", "text: explained as events complete; markdown/json: a report at the end; ndjson: events as `tracex parse` prints them, then findings").choices(["text", "markdown", "json", "ndjson"]).default("text")).option("--findings", "print only the findings, at the end").option("--browse", "watch it live in the terminal UI (the program's output goes to a file)").option("--failed", "text: only failed calls (findings are always shown)").option("--no-fold", "text: one line per event: do not fold loader/locale/nscd probes and async connects").addOption(new Option("--color <when>", "colour the text output").choices(["auto", "always", "never"]).default("auto")).addOption(new Option("--tracer <tracer>", "tracer to use (default: strace on Linux, dtruss on macOS); nanos prints how to capture with ops").choices(["strace", "dtruss", "nanos"])).option("--dry-run", "print the tracer command and why each flag is there; run nothing").passThroughOptions().addHelpText("after", "\nThe exit code is the program's. Options after the command are the command's.\nExample: tracex run -- curl -s localhost:9").action(async (command, raw) => (await import("./run-ARECP4HO.js")).runAction(command, raw));
}

// dist/src/cli/program.js
var VERSION = "0.1.0";
function buildProgram() {
  const program = new Command2("tracex").description("Make syscall traces readable: strace (Linux), dtruss (macOS) and Nanos traces decoded, followed and explained.").version(VERSION).showHelpAfterError().addHelpText("after", "\nExit codes: 0 success, 1 findings of severity error with --fail-on error, 2 usage or input error.");
  program.addCommand(explainCommand(), { isDefault: true });
  program.addCommand(annotateCommand());
  program.addCommand(summaryCommand());
  program.addCommand(parseCommand());
  program.addCommand(decodeCommand());
  program.addCommand(browseCommand());
  addInteractiveOption(program);
  program.enablePositionalOptions().addCommand(runCommand());
  return program;
}

// dist/src/cli/main.js
function fail(message) {
  process.stderr.write(`tracex: ${message}
`);
  process.exitCode = 2;
}
async function main(argv) {
  const program = buildProgram();
  const override = (c) => {
    c.exitOverride();
    c.commands.forEach(override);
  };
  override(program);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : 2;
    } else if (err instanceof FormatError) {
      fail(`${err.message}
(to read it anyway as one format, give --from strace, --from dtruss or --from nanos)`);
    } else if (err instanceof InputError || err instanceof UsageError) {
      fail(err.message);
    } else if (err.code === "EPIPE") {
      process.exitCode = 0;
    } else {
      const e = err;
      if (e.code === "ENOENT" || e.code === "EACCES" || e.code === "EISDIR")
        fail(`${e.path ?? ""}: ${e.message}`);
      else
        throw err;
    }
  }
}
process.stdout.on("error", (err) => {
  if (err.code !== "EPIPE")
    throw err;
});
await main(process.argv);
