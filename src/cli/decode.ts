// `tracex decode`: look up what a number means (errno, address family, socket option,
// sockaddr bytes, signal, flags) on Linux and macOS. The work is `lookup()` in decode/lookup.ts;
// this file only maps options and prints.

import { formatLookup, lookup } from '../decode/lookup.js';
import type { OsName } from '../model/index.js';
import { SCHEMA_VERSION } from '../render/event-json.js';
import { UsageError } from './options.js';
import { jsonText, sanitizeLines } from '../render/sanitize.js';

export interface DecodeOptions {
  os?: OsName;
  json: boolean;
}

/** Runs one look-up and returns what to print; throws UsageError (exit 2) for unknown input. */
export function runDecode(what: string, values: string[], opts: DecodeOptions): string {
  const r = lookup(what, values, opts.os);
  if (!r.ok) throw new UsageError(r.error);
  // A decoded sockaddr path is text from the caller's bytes: escaped like trace text.
  return opts.json ? jsonText({ schema: SCHEMA_VERSION, ...r.result }, 2) + '\n' : sanitizeLines(formatLookup(r.result));
}

/** The command line's `tracex decode`. */
export function decodeAction(what: string, values: string[], raw: { os?: OsName; json?: boolean }): void {
  const opts: DecodeOptions = { json: raw.json === true };
  if (raw.os) opts.os = raw.os;
  process.stdout.write(runDecode(what, values, opts));
}
