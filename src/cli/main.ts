#!/usr/bin/env node
// Entry point: runs the program inside the one error boundary that maps known errors to
// a one-line message and exit code 2.

import { existsSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { closestNames } from '../text/closest.js';
import { InputError } from '../ingest/sources.js';
import { reportDamagedInputs } from './input.js';
import { FormatError } from '../parse/pipeline.js';
import { buildProgram } from './program.js';
import { clearProgress } from './progress.js';
import { UsageError } from './options.js';
import { sanitizeLines } from '../render/sanitize.js';

function fail(message: string): void {
  clearProgress();
  // Messages quote file names and unread trace lines: escaped like any trace text.
  process.stderr.write(`tracex: ${sanitizeLines(message)}\n`);
  process.exitCode = 2;
}

/**
 * `tracex sumary t.txt`: the first word is taken as a file by the default command. When it is not
 * a command, not a file and a typo away from a command, the user meant the command: say which.
 */
export function mistypedCommand(program: Command, word: string | undefined, exists: (p: string) => boolean = existsSync): string | undefined {
  if (word === undefined || word.startsWith('-') || exists(word)) return undefined;
  const names = program.commands.flatMap((c) => [c.name(), ...c.aliases()]);
  if (names.includes(word)) return undefined;
  const near = closestNames(word, names);
  if (!near.length) return undefined;
  return `"${word}" is not a command, and there is no file by that name; did you mean ${near.map((n) => `\`tracex ${n}\``).join(' or ')}? (\`tracex --help\` lists the commands)`;
}

async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  const typo = mistypedCommand(program, argv[2]);
  if (typo) return fail(typo);
  // Errors of every command come back here (not process.exit), so they get exit code 2.
  const override = (c: typeof program): void => {
    c.exitOverride();
    c.commands.forEach(override);
  };
  override(program);
  try {
    await program.parseAsync(argv);
    // After the output: an input cut short is said last; a corrupt one makes the run exit 2.
    const damaged = reportDamagedInputs();
    if (damaged !== undefined) process.exitCode = damaged;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; usage errors have already been printed by commander.
      process.exitCode = err.exitCode === 0 ? 0 : 2;
    } else if (err instanceof FormatError) {
      fail(`${err.message}\n(to read it anyway as one format, give --from strace, --from dtruss or --from nanos)`);
    } else if (err instanceof InputError || err instanceof UsageError) {
      fail(err.message);
    } else if ((err as NodeJS.ErrnoException).code === 'EPIPE') {
      process.exitCode = 0;
    } else {
      const e = err as NodeJS.ErrnoException;
      if (e.code === 'ENOENT' || e.code === 'EACCES' || e.code === 'EISDIR') fail(`${e.path ?? ''}: ${e.message}`);
      else throw err;
    }
  }
}

// `tracex ... --help | head`: text written outside the command's own output (help, usage)
// also meets a closed pipe; that ends quietly, as the command output does.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
});

await main(process.argv);
