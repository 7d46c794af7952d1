// The root program: assembles the commands of commands.ts. Register new commands here.

import { Command } from 'commander';
import { addInteractiveOption, annotateCommand, browseCommand, decodeCommand, diffCommand, explainCommand, exportCommand, parseCommand, runCommand, summaryCommand } from './commands.js';
import { completionCommand } from './completion.js';
import { packageVersion } from './version.js';

export const VERSION = packageVersion();

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
  program.addCommand(exportCommand());
  program.addCommand(diffCommand());
  program.addCommand(completionCommand(program));
  addInteractiveOption(program);
  program.enablePositionalOptions().addCommand(runCommand()); // run passes options after the command through
  return program;
}
