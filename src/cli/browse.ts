// `tracex browse [files...]` and `tracex -i`: the interactive terminal UI. The UI module
// (Ink + React) is imported only here, only when asked for. When the trace comes from a
// pipe, keys are read from the terminal itself (/dev/tty) and the list grows as lines arrive.

import { createReadStream, existsSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { ReadStream } from 'node:tty';
import { resolveSources } from '../ingest/sources.js';
import { traceRuns } from './input.js';
import { separateRunsNote } from '../render/runs.js';
import { colorLevel, type ColorChoice } from '../render/color.js';
import { eventPasses, filtersCalls, observe, type EventFilter } from '../pipeline/filter.js';
import type { TraceEvent } from '../model/index.js';
import { callFilterFlags, inputFlags, intList, UsageError, type InputFlags } from './options.js';
import { openTraceInputs, type ReadOptions, type TraceInput } from '../parse/pipeline.js';

/**
 * Bytes per read. Each read becomes one batch of lines parsed in one go, so small reads keep
 * key presses answered while a big file is indexed (1 MB reads hold the loop ~150 ms).
 */
const READ_BYTES = 64 * 1024;

/** How far V8's old space may grow past what survived the last collection, in percent (see runBrowse). */
const HEAP_GROWING_PERCENT = 25;

export interface BrowseOptions extends InputFlags {
  /** `--color`; `false` for `--no-color`. */
  color?: ColorChoice | boolean;
  /** The command line's filters (-e, -P, --fd, -p): the event list starts with them (c clears them). */
  filter?: EventFilter;
  /** How the status bar names them: the options as typed. */
  filterLabel?: string;
}

/** Where keys come from: stdin when it is a terminal and not the trace, else /dev/tty. */
function keyStream(traceFromStdin: boolean): NodeJS.ReadStream {
  if (!traceFromStdin && process.stdin.isTTY) return process.stdin;
  let fd: number;
  try {
    fd = openSync('/dev/tty', 'r');
  } catch {
    throw new UsageError('browse needs a terminal for its keys, and there is none (no /dev/tty); use `tracex parse` or another text command instead');
  }
  const tty = new ReadStream(fd);
  if (!tty.isTTY) throw new UsageError('browse needs a terminal for its keys: /dev/tty is not a terminal');
  return tty as NodeJS.ReadStream;
}

/**
 * The UI built into one file by `npm run build` (scripts/bundle-tui.mjs): Node loads it in a
 * fraction of the time it takes to find, read and link Ink's, React's and our ~700 modules
 * one by one. Run from the sources (no build), the modules themselves are loaded.
 */
const BUNDLE = new URL('../tui/browser.bundle.js', import.meta.url);

type TuiModule = typeof import('../tui/index.js');

/**
 * Loads the terminal UI module (Ink, React) on demand, with React's production build:
 * the development build is several times slower. Other commands (run --browse) use this too.
 */
export async function loadTui(color?: ColorChoice | boolean): Promise<TuiModule> {
  // React picks its build from NODE_ENV, and Ink draws only a final frame when it thinks it
  // runs in CI (CI, CONTINUOUS_INTEGRATION); all are read once, when first loaded. The UI only
  // ever runs on a real terminal: set them while it loads, then put them back, so programs
  // that `tracex run` starts get the user's environment unchanged. Chalk (under Ink) turns
  // colour off whenever a CI variable exists, so the colour level is decided here and handed
  // to it as FORCE_COLOR.
  const saved = {
    NODE_ENV: process.env.NODE_ENV,
    CI: process.env.CI,
    CONTINUOUS_INTEGRATION: process.env.CONTINUOUS_INTEGRATION,
    FORCE_COLOR: process.env.FORCE_COLOR,
  };
  process.env.FORCE_COLOR = tuiColorLevel(process.env, color);
  process.env.NODE_ENV ??= 'production';
  process.env.CI = '0';
  process.env.CONTINUOUS_INTEGRATION = '0';
  // Yoga (Ink's layout engine) asks whether `fetch` exists to read its WebAssembly, which it
  // carries as base64: touching Node's lazy `fetch` loads undici (~0.1 s) to decode it. Hidden
  // while the UI loads, yoga decodes the base64 itself. Nothing in tracex uses fetch.
  const fetchProp = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (fetchProp?.configurable) Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  try {
    return existsSync(fileURLToPath(BUNDLE)) ? ((await import(BUNDLE.href)) as TuiModule) : await import('../tui/index.js');
  } finally {
    if (fetchProp?.configurable) Object.defineProperty(globalThis, 'fetch', fetchProp);
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/**
 * The colour level the UI draws with (chalk's FORCE_COLOR scale), by the one colour decision of
 * every command (src/render/color.ts); the UI only ever runs on a terminal.
 */
export function tuiColorLevel(env: NodeJS.ProcessEnv, choice?: ColorChoice | boolean): string {
  return String(colorLevel(choice, true, env));
}

/** Runs the browser on the given paths (stdin when none or `-`). Returns the exit code. */
export async function runBrowse(paths: string[], opts: BrowseOptions): Promise<number> {
  if (!process.stdout.isTTY) throw new UsageError('browse draws on a terminal, but the output is not one; use `tracex parse` (JSON) or another text command instead');
  const fromStdin = paths.length === 0 || paths.includes('-');
  if (fromStdin && process.stdin.isTTY) throw new UsageError('browse needs a trace: name a file, or pipe one in (strace -f -o /dev/stdout cmd | tracex browse)');
  const keys = keyStream(fromStdin);
  // Raw mode now, before the trace is opened: keys pressed while the UI starts are then
  // kept for it instead of being echoed and lost in the terminal's line buffer.
  keys.setRawMode(true);
  let screen = false;
  let stop: (() => void) | undefined;
  let failure: unknown;
  // V8 lets its heap grow to several times what is alive before it collects, by default; the
  // browser holds a whole trace for as long as it runs, and is told to collect sooner (old
  // space grows by a quarter): a 586,000-line trace then peaks near 250 MB instead of 400.
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  // And its young generation stays at its first size (1 MB halves) instead of growing to 16 MB
  // ones under the reading's allocation rate: 30 MB less at the peak, for more (cheap) scavenges.
  setFlagsFromString('--semi-space-growth-factor=1');
  try {
    // The UI's one file first (see loadTui), then the trace is opened: the first frame draws
    // as soon as the format is known, and rows follow as lines are read.
    const { TraceStore, FileLines, runBrowser } = await loadTui(opts.color);
    let store: InstanceType<typeof TraceStore> | undefined;
    const readOpts: ReadOptions = {
      ...opts,
      // Each line's text, for the detail pane (kept only for inputs not read back from their file).
      onRecord: (rec) => store?.addLine(rec.line, rec.text, rec.file),
    };
    const sources = resolveSources(paths);
    const inputs: TraceInput[] = sources.map((s) => {
      const stream = s.path === '-' ? process.stdin : createReadStream(s.path, { highWaterMark: READ_BYTES });
      return s.pid === undefined ? { name: s.name, stream } : { name: s.name, stream, pid: s.pid };
    });
    const name = paths.length === 0 ? '(stdin)' : paths.length === 1 ? paths[0]! : `${paths[0]} +${paths.length - 1}`;
    // The UI starts before the format is known: a pipe is detected from its first 64 lines,
    // which a slow program may take a while to print.
    const placeholder = { format: opts.from ?? ('strace' as const), os: opts.os ?? ('linux' as const) };
    const filter = opts.filter;
    const filters = filter && (filtersCalls(filter) || filter.pids.length) ? { calls: { label: opts.filterLabel ?? 'command line', test: (ev: TraceEvent) => eventPasses(ev, filter) } } : undefined;
    const theStore = new TraceStore({ name, files: sources.map((s) => s.name), ...placeholder }, filters ? { detecting: true, filters } : { detecting: true });
    store = theStore;
    // A file's lines are read back from it when shown, not kept (a pipe's are kept as bytes).
    const files: { close(): void }[] = [];
    for (const s of sources) {
      const lines = s.path === '-' ? undefined : FileLines.open(s.path);
      if (!lines) continue;
      files.push(lines);
      theStore.readLinesFrom(lines, sources.length > 1 ? s.name : undefined);
    }
    stop = () => {
      theStore.stop();
      for (const f of files) f.close();
    };
    let uiClosed = false;
    const feed = (async () => {
      try {
        const trace = await openTraceInputs(inputs, readOpts);
        theStore.begin(trace.format, trace.os);
        const batches = filter?.paths ? watched(trace.batches(), filter, trace.os) : trace.batches();
        await theStore.load(batches, () => trace.stats);
      } catch (err) {
        // After the user quit, a read cut short is no error.
        if (!uiClosed) {
          failure = err;
          theStore.requestClose();
        }
      }
    })();
    // A file tells its format and gives its first rows at once: the first frame waits for them
    // (drawing a "waiting" screen first would only delay it); a pipe may take long to, so the
    // UI starts without them.
    if (!fromStdin) await firstRows(theStore);
    // The alternate screen, as less and htop use: quitting gives the terminal back as it was.
    process.stdout.write('\x1b[?1049h\x1b[H');
    screen = true;
    await runBrowser(theStore, { stdin: keys, stdout: process.stdout });
    uiClosed = true;
    void feed;
  } finally {
    if (screen) process.stdout.write('\x1b[?1049l');
    keys.setRawMode(false);
    stop?.();
    if (keys !== process.stdin) keys.destroy();
    // A producer may still be writing into the pipe: stop reading it so the process can end.
    if (fromStdin) process.stdin.destroy();
  }
  if (failure) throw failure;
  return 0;
}

/** Resolves once the store has its first events, the whole (empty) input, or has asked to close. */
function firstRows(store: { events: { length: number }; loaded: boolean; closeRequested: boolean; subscribe(fn: () => void): () => void }): Promise<void> {
  return new Promise((resolve) => {
    const off = store.subscribe(() => {
      if (!store.events.length && !store.loaded && !store.closeRequested) return;
      off();
      resolve();
    });
  });
}

/** -P follows the trace: it sees each event, in order, before the list asks about it. */
async function* watched(batches: AsyncIterable<TraceEvent[]>, filter: EventFilter, os: Parameters<typeof observe>[2]): AsyncIterable<TraceEvent[]> {
  for await (const batch of batches) {
    for (const ev of batch) observe(ev, filter, os);
    yield batch;
  }
}

/** The options as typed, for the status bar (`-e trace=%net -P /etc/hosts`). */
function typedFilters(raw: Record<string, unknown>): string {
  const parts: string[] = [];
  const each = (key: string, flag: string): void => {
    for (const v of (raw[key] as string[] | undefined) ?? []) parts.push(`${flag} ${v}`);
  };
  each('syscall', '-e');
  each('trace', '--trace');
  each('status', '--status');
  each('tracePath', '-P');
  each('fd', '--fd');
  each('pid', '-p');
  return parts.join(' ');
}

/** The command line's `tracex browse` and `tracex -i`. */
export async function browseAction(files: string[], raw: Record<string, unknown>): Promise<void> {
  const runs = traceRuns(files).length;
  if (runs > 1) throw new UsageError(`${separateRunsNote(runs)} The browser shows one run: give one trace (or one -ff set), e.g. tracex browse ${files[0] ?? 'FILE'}.`);
  const filter: EventFilter = { failed: false, pids: intList(raw.pid, '--pid'), ...callFilterFlags(raw) };
  process.exitCode = await runBrowse(files, { ...inputFlags(raw), color: raw.color as ColorChoice | boolean, filter, filterLabel: typedFilters(raw) });
}
