// The options about the terminal the text goes to, shared by every command that prints text:
// colour (`--color auto|always|never`, `--no-color`) and width (`--width N`).

import { Option, type Command } from 'commander';
import { positiveInt } from './options.js';

/** `--color <when>` and its short form `--no-color` (commander gives `color: false` for it). */
export function addColorOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--color <when>', 'colour the text output: auto (a terminal, unless NO_COLOR, FORCE_COLOR or TERM=dumb say otherwise), always, never').choices(['auto', 'always', 'never']).default('auto'))
    .option('--no-color', 'same as --color never');
}
