import {
  maybeGunzip,
  openTraceInputs,
  resolveSources
} from "./chunk-IMBRNHBK.js";
import {
  UsageError,
  inputFlags
} from "./chunk-5AZDCCI3.js";

// dist/src/cli/browse.js
import { createReadStream, openSync } from "node:fs";
import { ReadStream } from "node:tty";
var READ_BYTES = 64 * 1024;
function keyStream(traceFromStdin) {
  if (!traceFromStdin && process.stdin.isTTY)
    return process.stdin;
  let fd;
  try {
    fd = openSync("/dev/tty", "r");
  } catch {
    throw new UsageError("browse needs a terminal for its keys, and there is none (no /dev/tty); use `tracex parse` or another text command instead");
  }
  const tty = new ReadStream(fd);
  if (!tty.isTTY)
    throw new UsageError("browse needs a terminal for its keys: /dev/tty is not a terminal");
  return tty;
}
async function loadTui() {
  const saved = { NODE_ENV: process.env.NODE_ENV, CI: process.env.CI, CONTINUOUS_INTEGRATION: process.env.CONTINUOUS_INTEGRATION };
  process.env.NODE_ENV ??= "production";
  process.env.CI = "0";
  process.env.CONTINUOUS_INTEGRATION = "0";
  try {
    return await import("./tui-K7RM65DL.js");
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === void 0)
        delete process.env[k];
      else
        process.env[k] = v;
    }
  }
}
async function runBrowse(paths, opts) {
  if (!process.stdout.isTTY)
    throw new UsageError("browse draws on a terminal, but the output is not one; use `tracex parse` (JSON) or another text command instead");
  const fromStdin = paths.length === 0 || paths.includes("-");
  if (fromStdin && process.stdin.isTTY)
    throw new UsageError("browse needs a trace: name a file, or pipe one in (strace -f -o /dev/stdout cmd | tracex browse)");
  const keys = keyStream(fromStdin);
  keys.setRawMode(true);
  let screen = false;
  let stop;
  let failure;
  try {
    const { TraceStore, runBrowser } = await loadTui();
    let store;
    const readOpts = {
      ...opts,
      // Keep each line's text for the detail pane.
      onRecord: (rec) => store?.addLine(rec.line, rec.text, rec.file)
    };
    const sources = resolveSources(paths);
    const inputs = sources.map((s) => {
      const stream = s.path === "-" ? process.stdin : maybeGunzip(createReadStream(s.path, { highWaterMark: READ_BYTES }), s.path);
      return s.pid === void 0 ? { name: s.name, stream } : { name: s.name, stream, pid: s.pid };
    });
    const name = paths.length === 0 ? "(stdin)" : paths.length === 1 ? paths[0] : `${paths[0]} +${paths.length - 1}`;
    const placeholder = { format: opts.from ?? "strace", os: opts.os ?? "linux" };
    const theStore = new TraceStore({ name, files: sources.map((s) => s.name), ...placeholder }, { detecting: true });
    store = theStore;
    stop = () => theStore.stop();
    let uiClosed = false;
    const feed = (async () => {
      try {
        const trace = await openTraceInputs(inputs, readOpts);
        theStore.begin(trace.format, trace.os);
        await theStore.load(trace.batches(), () => trace.stats);
      } catch (err) {
        if (!uiClosed) {
          failure = err;
          theStore.requestClose();
        }
      }
    })();
    process.stdout.write("\x1B[?1049h\x1B[H");
    screen = true;
    await runBrowser(theStore, { stdin: keys, stdout: process.stdout });
    uiClosed = true;
    void feed;
  } finally {
    if (screen)
      process.stdout.write("\x1B[?1049l");
    keys.setRawMode(false);
    stop?.();
    if (keys !== process.stdin)
      keys.destroy();
    if (fromStdin)
      process.stdin.destroy();
  }
  if (failure)
    throw failure;
  return 0;
}
async function browseAction(files, raw) {
  process.exitCode = await runBrowse(files, inputFlags(raw));
}

export {
  loadTui,
  runBrowse,
  browseAction
};
