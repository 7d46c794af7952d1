// The root program: assembles one command per file. Register new commands here.

import { Command } from 'commander';
import { annotateCommand } from './annotate.js';
import { addInteractiveOption, browseCommand } from './browse.js';
import { decodeCommand } from './decode.js';
import { explainCommand } from './explain.js';
import { parseCommand } from './parse.js';
import { runCommand } from './run.js';
import { summaryCommand } from './summary.js';

export const VERSION = '0.1.0';

export function buildProgram(): Command {
  const program = new Command('tracex')
    .description('Make syscall traces readable: strace (Linux), dtruss (macOS) and Nanos traces decoded, followed and explained.')
    .version(VERSION)
    .showHelpAfterError()
    .addHelpText(
      'after',
      '\nExit codes: 0 success, 1 findings of severity error with --fail-on error, 2 usage or input error.',
    );
  program.addCommand(explainCommand(), { isDefault: true });
  program.addCommand(annotateCommand());
  program.addCommand(summaryCommand());
  program.addCommand(parseCommand());
  program.addCommand(decodeCommand());
  program.addCommand(browseCommand());
  addInteractiveOption(program);
  program.enablePositionalOptions().addCommand(runCommand()); // run passes options after the command through
  return program;
}
