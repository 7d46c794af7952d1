// The options about the terminal the text goes to, shared by every command that prints text:
// colour (`--color auto|always|never`, `--no-color`) and width (`--width N`).

import { Option, type Command } from 'commander';
import { UsageError } from './options.js';

/** `--color <when>` and its short form `--no-color` (commander gives `color: false` for it). */
export function addColorOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--color <when>', 'colour the text output: auto (a terminal, unless NO_COLOR, FORCE_COLOR or TERM=dumb say otherwise), always, never').choices(['auto', 'always', 'never']).default('auto'))
    .option('--no-color', 'same as --color never');
}

/** `--width N`: columns to fit the text into; 0 turns wrapping off. */
export function addWidthOption(cmd: Command): Command {
  return cmd.addOption(
    new Option('--width <n>', 'fit the text to N columns (default: the terminal\'s width, or COLUMNS; no wrapping in a pipe); 0: no wrapping').argParser(columnsArg),
  );
}

function columnsArg(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--width: expected a number of columns (0 for no wrapping), got "${value}"`);
  return n;
}

/**
 * The width text is fitted to, first that applies: `--width` (0: none), COLUMNS when it is a
 * positive integer (POSIX: it overrides the system-selected width), the terminal's columns when
 * stdout is one. Else undefined: in a pipe, like strace and ripgrep, one line per event and one
 * line per paragraph, whatever the terminal the command was typed in.
 */
export function resolveWidth(flag: number | undefined, isTTY: boolean, columns: number | undefined, env: Readonly<Record<string, string | undefined>>): number | undefined {
  if (flag !== undefined) return flag === 0 ? undefined : flag;
  const fromEnv = Number(env.COLUMNS);
  if (env.COLUMNS && Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return isTTY && columns ? columns : undefined;
}
