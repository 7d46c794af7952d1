// What numbers and structures mean, after the OS tables are applied. One shape for
// every format: a strace sockaddr, a dtruss pointer+length and a -yy decoration all
// end up as an Endpoint.

import type { OsName } from './record.js';

export type Endpoint =
  | { family: 'AF_INET' | 'AF_INET6'; address: string; port: number; scopeId?: number; inferred?: boolean; struct?: string; length?: number }
  | { family: 'AF_UNIX'; path: string; abstract: boolean; inferred?: boolean; struct?: string; length?: number }
  | { family: string; raw?: string; inferred?: boolean; [key: string]: unknown };

/**
 * `struct`/`length` are set on inferred endpoints (dtruss shows a pointer and a length only):
 * the struct the length points to (`sockaddr_un`) and that length in bytes. Their address
 * fields are then empty (`address: ''`, `path: ''`): the tracer never showed the address.
 */

/** A constant looked up in an OS table: name when known, the number always. */
export interface Named {
  value: number;
  /** `AF_UNIX`; `AF_??? (45)` style text is built by renderers from a missing name. */
  name?: string;
  /** errno messages and the like. */
  message?: string;
}

/** What one argument is, per the syscall signature table. */
export type ArgKind =
  | 'fd'
  | 'dirfd'
  | 'path'
  | 'sockaddr'
  | 'socklen'
  | 'family'
  | 'socktype'
  | 'protocol'
  | 'sockopt-level'
  | 'sockopt-name'
  | 'fcntl-cmd'
  | 'fcntl-arg'
  | 'open-flags'
  | 'mode'
  | 'signal'
  | 'how'
  | 'msg-flags'
  | 'poll-events'
  | 'size'
  | 'pointer'
  | 'buffer'
  | 'pid'
  | 'int'
  | 'flags'
  | 'unknown';

/** One argument with its role and meaning. */
export interface DecodedArg {
  /** Role in the call (`sockfd`, `addr`, `addrlen`) from the signature table. */
  role: string;
  kind: ArgKind;
  /** Argument text as printed. */
  text: string;
  /** Integer value when it has one (fds, sizes, raw dtruss hex). */
  int?: number;
  /** Constants and flags looked up for the trace's OS. */
  named?: Named[];
  /** Decoded endpoint for sockaddr arguments. */
  endpoint?: Endpoint;
  /** Path or string contents. */
  string?: string;
  /** fd decoration from -y/-yy (`/etc/passwd`, `TCP:[...]`). */
  fdInfo?: FdInfo;
}

/** A decoded -y/-yy decoration. */
export type FdInfo =
  | { type: 'path'; path: string; deleted?: boolean; device?: string }
  | { type: 'socket'; protocol: string; inode?: number; local?: Endpoint; peer?: Endpoint; peerInode?: number }
  | { type: 'pipe'; inode: number }
  | { type: 'anon'; name: string }
  | { type: 'pidfd'; pid: number }
  | { type: 'other'; text: string };

/** The decoded form of a call: arguments, result and the error, per OS. */
export interface DecodedCall {
  os: OsName;
  args: DecodedArg[];
  /** Errno looked up in the OS's table. */
  errno?: Named;
  /** The result decoded: fd info of a returned fd, flags of F_GETFL. */
  result?: DecodedArg;
}
