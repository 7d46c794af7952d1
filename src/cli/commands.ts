// Every command's arguments, options and help. The work is imported when a command runs:
// `tracex summary` and `tracex parse` then load neither the analyzer nor the explainer, and
// start-up (a third of a small summary) is the module loading of what the command uses.

import { Command, Option } from 'commander';
import { addCallFilterOptions, addInputOptions, collect, positiveInt, UsageError } from './options.js';
import { addColorOptions, addWidthOption } from './terminal-options.js';

type Raw = Record<string, unknown>;

const FILES: [string, string] = ['[files...]', 'trace files, a directory of `strace -ff` files, or - for stdin (default)'];

/** Adds the options explain and annotate share (filters, colour, folding). */
export function addExplainOptions(cmd: Command): Command {
  addInputOptions(cmd);
  addColorOptions(cmd);
  addCallFilterOptions(cmd);
  return cmd
    .option('--failed', 'only failed calls (findings are always shown)')
    // Repeatable and comma-separated, not variadic: a variadic option would swallow the file names after it.
    .option('-p, --pid <pid>', 'only these processes (repeat or comma-separate)', collect)
    .option('--no-fold', 'one line per event: do not fold sequences (loader, locale and nscd probes, searches, file reads, signal-handler sweeps, async connects)')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding of this severity or worse is found (for CI)').choices(['error', 'warning', 'info']));
}

export function explainCommand(): Command {
  const cmd = new Command('explain')
    .description('explain a trace in plain language: one line per event or folded group, then the findings (the default command)')
    .argument(...FILES)
    .addOption(new Option('--format <format>', 'text narrative, a Markdown report, the JSON report, or the report as NDJSON (one object per line)').choices(['text', 'markdown', 'json', 'ndjson']).default('text'))
    .option('--findings', 'only the findings: no narrative (text), no events (JSON, Markdown)');
  addExplainOptions(cmd);
  addWidthOption(cmd);
  return cmd.action(async (files: string[], raw: Raw) => (await import('./explain.js')).explainAction(files, raw));
}

export function annotateCommand(): Command {
  const cmd = new Command('annotate')
    .description('a Markdown report to paste into a GitHub issue; --inline: the original trace with a # explanation after each call')
    .argument(...FILES)
    .option('--inline', 'print the original lines unchanged, each call followed by a # comment, findings at the end');
  addExplainOptions(cmd);
  return cmd.action(async (files: string[], raw: Raw) => (await import('./annotate.js')).annotateAction(files, raw));
}

export function summaryCommand(): Command {
  const cmd = new Command('summary')
    .description('strace -c style tables: per syscall calls/errors/time, per process, per errno, socket endpoints touched')
    .argument(...FILES)
    .addOption(new Option('--format <format>', 'text tables or JSON').choices(['text', 'json']).default('text'))
    .option('-p, --pid <pid>', 'only these processes (repeat or comma-separate)', collect);
  addColorOptions(cmd);
  addInputOptions(cmd);
  addCallFilterOptions(cmd);
  return cmd.action(async (files: string[], raw: Raw) => (await import('./summary.js')).summaryAction(files, raw));
}

export function parseCommand(): Command {
  const cmd = new Command('parse')
    .description('read a trace and print every event as JSON (one object per line), then a stats object')
    .argument(...FILES)
    .addOption(new Option('--format <format>', 'ndjson: one object per line; json: one document').choices(['ndjson', 'json']).default('ndjson'))
    .option('--no-args', 'skip argument trees and decoding (header fields and raw argument text only)')
    .option('--no-decode', 'skip the decoded form (argument roles, constants, endpoints, errno per OS)');
  addInputOptions(cmd);
  addCallFilterOptions(cmd);
  return cmd.action(async (files: string[], raw: Raw) => (await import('./parse.js')).parseAction(files, raw));
}

export function decodeCommand(): Command {
  return new Command('decode')
    .description('look up what a number means on Linux and macOS: errno, af, sockopt, sockaddr, signal, socktype, ipproto, fcntl, open-flags, msg-flags, poll-events, syscall')
    .argument('<what>', 'errno | af | sockopt | sockaddr | signal | socktype | ipproto | fcntl | open-flags | msg-flags | poll-events | syscall | ...')
    .argument('<values...>', 'numbers (36, 0x1022, 0644) or names (ECONNREFUSED, SIGPIPE); sockopt takes LEVEL NAME; sockaddr takes hex bytes')
    .addOption(new Option('--os <os>', 'numbering to use (default: both; sockaddr: linux)').choices(['linux', 'darwin']))
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  tracex decode errno 36 --os darwin\n  tracex decode errno ECONNREFUSED\n  tracex decode af 30 --os darwin\n  tracex decode sockopt 0xffff 0x1022 --os darwin\n  tracex decode sockaddr 02001538 7f000001\n  tracex decode signal 13\n  tracex decode open-flags 0x602 --os darwin',
    )
    .action(async (what: string, values: string[], raw: Raw) => (await import('./decode.js')).decodeAction(what, values, raw));
}

export function exportCommand(): Command {
  const cmd = new Command('export')
    .description('write the trace as a timeline: Chrome trace-event JSON for Perfetto UI (ui.perfetto.dev) and chrome://tracing')
    .argument(...FILES)
    .addOption(new Option('--format <format>', 'chrome: the Trace Event Format (JSON Object Format with traceEvents)').choices(['chrome']).default('chrome'))
    .option('-o, --output <file>', 'write the JSON here instead of standard output');
  addInputOptions(cmd);
  return cmd.action(async (files: string[], raw: Raw) => (await import('./export.js')).exportAction(files, raw));
}

export function diffCommand(): Command {
  const cmd = new Command('diff')
    .description('compare a good run with a bad one: failures, findings, exits, endpoints and files only in one, and where the calls part')
    .argument('<good>', 'the trace of a run that worked (a file, or a directory of strace -ff files)')
    .argument('<bad>', 'the trace of a run that failed')
    .addOption(new Option('--format <format>', 'text, a Markdown section, or JSON').choices(['text', 'markdown', 'json']).default('text'));
  addColorOptions(cmd);
  addInputOptions(cmd);
  return cmd.action(async (good: string, bad: string, raw: Raw) => (await import('./diff.js')).diffAction(good, bad, raw));
}

const browseAction = async (files: string[], raw: Raw): Promise<void> => (await import('./browse.js')).browseAction(files, raw);

export function browseCommand(): Command {
  const cmd = new Command('browse')
    .description('explore a trace in an interactive terminal UI (keys: ? for help, q to quit)')
    .argument(...FILES)
    .option('-p, --pid <pid>', 'start with only these processes (repeat or comma-separate)', collect);
  addInputOptions(cmd);
  addColorOptions(cmd);
  addCallFilterOptions(cmd);
  return cmd.action(browseAction);
}

/**
 * `tracex -i [files...]`: a root flag. The root's default command (explain) owns the
 * operands and input options; with -i its action is swapped for the browser's.
 */
export function addInteractiveOption(program: Command): Command {
  program.option('-i, --interactive', 'browse the trace in the terminal UI (same as `tracex browse`)');
  program.hook('preSubcommand', (root, sub) => {
    if (!root.opts().interactive || sub.name() === 'browse') return;
    if (sub.name() !== 'explain') throw new UsageError(`-i opens the terminal UI; it does not combine with "${sub.name()}" (try: tracex -i [files])`);
    sub.action(browseAction);
  });
  return program;
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
    .addOption(new Option('--format <format>', 'text: explained as events complete; markdown/json: a report at the end; ndjson: events as `tracex parse` prints them, then findings').choices(['text', 'markdown', 'json', 'ndjson']).default('text'))
    .option('--findings', 'print only the findings, at the end')
    .option('--browse', 'watch it live in the terminal UI (the program\'s output goes to a file)')
    .option('--failed', 'text: only failed calls (findings are always shown)')
    .option('--no-fold', 'text: one line per event: do not fold loader/locale/nscd probes and async connects');
  addColorOptions(cmd);
  return addWidthOption(cmd)
    .addOption(new Option('--tracer <tracer>', 'tracer to use (default: strace on Linux, dtruss on macOS); nanos prints how to capture with ops').choices(['strace', 'dtruss', 'nanos']))
    .option('--dry-run', 'print the tracer command and why each flag is there; run nothing')
    .passThroughOptions()
    .addHelpText('after', "\nThe exit code is the program's. Options after the command are the command's.\nExample: tracex run -- curl -s localhost:9")
    .action(async (command: string[], raw: Raw) => (await import('./run.js')).runAction(command, raw));
}
