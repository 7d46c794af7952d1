// `tracex decode`: look up what a number means (errno, address family, socket option,
// sockaddr bytes, signal, flags) on Linux and macOS. The work is `lookup()` in decode/lookup.ts;
// this file only maps options and prints.

import { Command, Option } from 'commander';
import { formatLookup, lookup } from '../decode/lookup.js';
import type { OsName } from '../model/index.js';
import { UsageError } from './options.js';

export interface DecodeOptions {
  os?: OsName;
  json: boolean;
}

/** Runs one look-up and returns what to print; throws UsageError (exit 2) for unknown input. */
export function runDecode(what: string, values: string[], opts: DecodeOptions): string {
  const r = lookup(what, values, opts.os);
  if (!r.ok) throw new UsageError(r.error);
  return opts.json ? JSON.stringify(r.result, null, 2) + '\n' : formatLookup(r.result);
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
    .action((what: string, values: string[], raw: { os?: OsName; json?: boolean }) => {
      const opts: DecodeOptions = { json: raw.json === true };
      if (raw.os) opts.os = raw.os;
      process.stdout.write(runDecode(what, values, opts));
    });
}
