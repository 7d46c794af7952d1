// dist/src/cli/options.js
import { Option } from "commander";
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
var FORMATS = ["strace", "dtruss", "nanos"];
var OSES = ["linux", "darwin"];
function addInputOptions(cmd) {
  return cmd.addOption(new Option("--from <format>", "input format instead of detecting it").choices(FORMATS)).addOption(new Option("--os <os>", "OS numbering to decode with (default: the format's own)").choices(OSES)).addOption(new Option("--max-line-bytes <n>", "longest line kept whole (default 1048576); longer lines are cut and reported").argParser(positiveInt)).option("--follow", "keep reading a file as it grows (like tail -f) until Ctrl-C");
}
function inputFlags(raw) {
  const out = {};
  if (raw.from !== void 0)
    out.from = raw.from;
  if (raw.os !== void 0)
    out.os = raw.os;
  if (raw.maxLineBytes !== void 0)
    out.maxLineBytes = raw.maxLineBytes;
  if (raw.follow === true)
    out.follow = true;
  return out;
}
function positiveInt(value) {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`expected a positive integer, got "${value}"`);
  return n;
}
function resolveColor(choice, isTTY, env) {
  if (choice === "always")
    return true;
  if (choice === "never")
    return false;
  return isTTY && !(env.NO_COLOR !== void 0 && env.NO_COLOR !== "");
}
function requireInput(files, stdinIsTTY = process.stdin.isTTY === true) {
  if (files.length === 0 && stdinIsTTY) {
    throw new UsageError("no trace to read: name a trace file (or a directory of strace -ff files), or pipe one in (`strace -f CMD 2>&1 | tracex`); `tracex --help` lists the commands");
  }
}
function collect(value, previous = []) {
  return [...previous, value];
}
function pidPasses(ev, pids) {
  return pids.length === 0 || pids.includes(ev.pid ?? ev.tid ?? -1);
}

export {
  UsageError,
  addInputOptions,
  inputFlags,
  positiveInt,
  resolveColor,
  requireInput,
  collect,
  pidPasses
};
