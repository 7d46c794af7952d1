// What an exit status means for common programs, as data. Sources: the EXIT STATUS /
// EXIT CODES sections of each program's manual (coreutils timeout(1), curl(1), wget(1), grep(1),
// psql(1), ssh(1), git(1)) and POSIX Shell Command Language §2.8.2 (126, 127, 128+n).

import { lookupConstant } from '../decode/index.js';
import type { OsName } from '../model/index.js';

/** Program name (without directory) → status → meaning, phrased to follow "status N: ". */
const BY_PROGRAM: Record<string, Record<number, string>> = {
  timeout: {
    124: 'the command it ran did not finish within the time limit and was stopped',
    125: 'timeout itself failed',
    126: 'the command was found but could not be run',
    127: 'the command was not found',
    137: 'the command was killed with SIGKILL (timeout -s KILL or -k)',
  },
  curl: {
    3: 'the URL was malformed',
    6: 'the host name could not be resolved',
    7: 'it could not connect to the host (refused, unreachable or timed out)',
    22: 'the server answered with an HTTP error (--fail)',
    28: 'the operation timed out',
    35: 'the TLS handshake failed',
    52: 'the server closed the connection without replying',
    56: 'receiving data failed (connection reset)',
    60: 'the server certificate could not be verified',
  },
  wget: {
    1: 'a generic error',
    2: 'its options or configuration could not be parsed',
    3: 'a file could not be read or written',
    4: 'the network failed (refused, unreachable, timed out, or the name did not resolve)',
    5: 'the server certificate could not be verified',
    6: 'the user name or password was refused',
    7: 'a protocol error',
    8: 'the server answered with an error (an HTTP 4xx or 5xx)',
  },
  grep: { 1: 'no line matched (not an error)', 2: 'an error occurred (a file could not be read, or a bad pattern)' },
  psql: { 1: 'a fatal error of its own (out of memory, file not found)', 2: 'the connection to the server failed or went bad', 3: 'an error in a script run with ON_ERROR_STOP' },
  ssh: { 255: 'ssh itself failed (connection, authentication or configuration), not the remote command' },
  git: { 128: 'git stopped with a fatal error (see its stderr)', 129: 'git was called with bad options' },
  diff: { 1: 'the inputs differ (not an error)', 2: 'an error occurred' },
  cmp: { 1: 'the inputs differ (not an error)', 2: 'an error occurred' },
  test: { 1: 'the condition was false (not an error)' },
  '[': { 1: 'the condition was false (not an error)' },
};

const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'ash', 'busybox', 'fish']);

/** What status `code` of program `name` means, or undefined when nothing is known. */
export function exitMeaning(name: string | undefined, code: number, os: OsName): string | undefined {
  const own = name !== undefined ? BY_PROGRAM[name]?.[code] : undefined;
  if (own) return own;
  const shell = name !== undefined && SHELLS.has(name);
  if (shell && code === 127) return 'a command it ran was not found';
  if (shell && code === 126) return 'a command it ran was found but could not be run (not executable)';
  if (code > 128 && code < 128 + 65) {
    const sig = lookupConstant(os, 'signal', code - 128)?.name;
    // Shells report a command killed by a signal as 128 + its number; many programs copy that.
    if (sig) return `${shell ? 'a command it ran' : 'it, or a command it ran,'} was killed by ${sig} (128 + ${String(code - 128)})`;
  }
  return undefined;
}
