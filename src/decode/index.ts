// decodeCall: one syscall event → its arguments with roles, kinds and meanings, its result
// and its errno, in the numbering of the OS that produced the trace (strace and Nanos →
// Linux, dtruss → Darwin). The argument text is parsed here (lazily, per event), the
// signature table says what each argument is, and the OS tables turn numbers into names.

import { parseArgs } from '../../grammars/args.js';
import { printArg } from '../../grammars/print-args.js';
import type {
  ArgKind,
  ArgList,
  ArgValue,
  DecodedArg,
  DecodedCall,
  Named,
  OsName,
  Return,
  SyscallEvent,
} from '../model/index.js';
import { decodeNumber, lookupConstant, sockoptTable } from './constants.js';
import type { TableName } from './constants.js';
import { parseFdInfo } from './fdinfo.js';
import { signatureFor } from '../knowledge/signatures.js';
import type { ArgSpec, Signature } from '../knowledge/signatures.js';
import { canonicalFamily, inferSockaddr, sockaddrFromTree } from './sockaddr.js';
import { cString, flagParts, intOf, stringText, unwrap } from './values.js';
import { argSpec, INT32_KINDS, KIND_TABLE } from './kinds.js';

export { argSpec, REVISED_KINDS, tableOfKind } from './kinds.js';

export {
  constantText,
  decodeFlags,
  decodeNumber,
  getTable,
  lookupConstant,
  namedListText,
  namesOf,
  parseNumber,
  sockoptTable,
  tablesFor,
  TABLE_NAMES,
} from './constants.js';
export type { ConstTable, Entry, OsTables, TableName } from './constants.js';
export { exactHexText, readBigInt, readInt } from '../../grammars/lexemes.js';
export { describeFdInfo, parseFdInfo, parseInetEndpoint } from './fdinfo.js';
export { signatureFor, signatureNames } from '../knowledge/signatures.js';
export type { ArgSpec, Signature } from '../knowledge/signatures.js';
export {
  describeEndpoint,
  inferSockaddr,
  ipv4Text,
  ipv6Text,
  parseHexBytes,
  sockaddrFromBytes,
  sockaddrFromHex,
  sockaddrFromTree,
} from './sockaddr.js';

/** What the caller knows beyond the event itself. */
export interface DecodeContext {
  /**
   * The address family of a socket fd (`'AF_UNIX'`, or the OS's number), as the caller's fd
   * table knows it from an earlier socket() call. Used to tell which sockaddr a dtruss
   * pointer points to; without it the sockaddr length alone is used.
   */
  socketFamily?: (fd: number, pid?: number) => string | number | undefined;
  /** The event's arguments already parsed (skips parsing `ev.args` again). */
  args?: ArgList;
}

/** Errno by name (`ECONNREFUSED`) or number (`61`, `"61"`) in an OS's table. Unknown numbers give `{ value }`. */
export function errnoInfo(os: OsName, nameOrNumber: string | number): Named | undefined {
  return lookupConstant(os, 'errno', nameOrNumber);
}

/** What the arguments decoded so far say about the ones after them. */
interface CallState {
  os: OsName;
  pid?: number;
  /** Family number (OS numbering) from socket()'s domain. */
  family?: number;
  level?: number;
  cmd?: string;
  /** The option level is SOL_LOCAL (Darwin AF_UNIX), whose options have no table here. */
  local?: boolean;
  /** open()/openat() flags, to tell whether the mode argument is read. */
  openFlags?: number;
  /** The call's socket fd, for sockaddr inference. */
  fd?: number;
  ctx: DecodeContext;
  syscall: string;
  items: ArgValue[];
  specs: readonly ArgSpec[];
}

export function decodeCall(ev: SyscallEvent, os: OsName, ctx: DecodeContext = {}): DecodedCall {
  const list = ctx.args ?? parseArgs(ev.args);
  const items = list.failed ? [] : withoutArgNames(list.items);
  const sig = signatureFor(os, ev.syscall);
  const specs = sig?.args ?? [];
  const st: CallState = { os, ctx, syscall: ev.syscall, items, specs };
  if (ev.pid !== undefined) st.pid = ev.pid;
  const args: DecodedArg[] = [];
  for (let i = 0; i < items.length; i++) {
    args.push(decodeArg(items[i]!, argSpec(sig, i), st, i));
  }
  const call: DecodedCall = { os, args };
  if (ev.ret) {
    const errno = decodeErrno(ev.ret, os);
    if (errno) call.errno = errno;
    const result = decodeResult(ev.ret, sig?.ret, st);
    if (result) call.result = result;
  }
  return call;
}

/**
 * decodeCall worked out on first use: a DecodedCall whose `args`, `errno` and `result` are
 * computed when read. The analyzer hands one to every strace call: the printed text
 * answers most of its questions (names, decimal fds, strings), so most calls are never
 * decoded. A call the decoder cannot read gives no arguments, as if it had none.
 */
export function decodeCallLater(ev: SyscallEvent, os: OsName, ctx: DecodeContext = {}): DecodedCall {
  return new LaterCall(ev, os, ctx);
}

class LaterCall implements DecodedCall {
  private done?: DecodedCall;

  constructor(
    private readonly ev: SyscallEvent,
    readonly os: OsName,
    private readonly ctx: DecodeContext,
  ) {}

  private get call(): DecodedCall {
    if (!this.done) {
      try {
        this.done = decodeCall(this.ev, this.os, this.ctx);
      } catch {
        this.done = { os: this.os, args: [] }; // unknown is never an error: the raw text is read instead
      }
    }
    return this.done;
  }

  get args(): DecodedArg[] {
    return this.call.args;
  }

  // The errno needs no argument: asked for every call (did it fail?), it is looked up alone.
  get errno(): Named | undefined {
    if (this.done) return this.done.errno;
    return this.ev.ret ? decodeErrno(this.ev.ret, this.os) : undefined;
  }

  get result(): DecodedArg | undefined {
    return this.call.result;
  }

  /** As JSON it is the plain DecodedCall decodeCall gives (not its fields). */
  toJSON(): DecodedCall {
    return this.call;
  }
}

/**
 * strace 6.16+ `-N` names every argument (`openat(dirfd=AT_FDCWD, pathname="/x", ...)`):
 * decode the values. clone, which strace always prints with names, reads the same way.
 */
function withoutArgNames(items: ArgValue[]): ArgValue[] {
  if (items.length === 0 || !items.every((a) => a.kind === 'assign')) return items;
  return items.map((a) => (a.kind === 'assign' ? a.value : a));
}

/** The errno of a return: names (strace, Nanos) looked up for their number, numbers (dtruss, Nanos) for their name. */
export function decodeErrno(ret: Return, os: OsName): Named | undefined {
  if (ret.errno) {
    const n = lookupConstant(os, 'errno', ret.errno);
    if (n && n.name) return n.message || !ret.message ? n : { ...n, message: ret.message };
    // A name the table does not know (a newer kernel's): keep what the tracer printed.
    const out: Named = { value: ret.errnoNumber ?? Number.NaN, name: ret.errno };
    if (ret.message) out.message = ret.message;
    return out;
  }
  if (ret.errnoNumber !== undefined && ret.errnoNumber !== 0) return lookupConstant(os, 'errno', ret.errnoNumber);
  return undefined;
}

function decodeResult(ret: Return, kind: ArgKind | undefined, st: CallState): DecodedArg | undefined {
  if (ret.value === null || ret.errno || (ret.errnoNumber !== undefined && ret.errnoNumber !== 0)) return undefined;
  const cmd = st.cmd;
  let k: ArgKind | undefined = kind;
  let table: TableName | undefined;
  if (cmd === 'F_GETFL') (k = 'open-flags'), (table = 'open-flags');
  else if (cmd === 'F_GETFD') (k = 'flags'), (table = 'fd-flags');
  else if (cmd === 'F_DUPFD' || cmd === 'F_DUPFD_CLOEXEC') k = 'fd';
  if (!k) return undefined;
  // Return.text can carry more than the number (dtruss `3 0`, strace `0x2 (flags O_RDWR)`).
  const text = ret.text.trim().split(/\s+/)[0] ?? ret.text;
  const r: DecodedArg = { role: 'result', kind: k, text, int: ret.value };
  if (table) r.named = decodeNumber(st.os, table, ret.value);
  if (k === 'fd' && ret.decoration !== undefined) r.fdInfo = parseFdInfo(ret.decoration);
  return r;
}

function decodeArg(v: ArgValue, spec: ArgSpec, st: CallState, index: number): DecodedArg {
  const [role, kind0, tableOverride] = spec;
  let kind = kind0;
  let table: TableName | undefined = tableOverride ?? KIND_TABLE.get(kind);
  const d: DecodedArg = { role, kind, text: printArg(v) };
  const int = intOf(v, INT32_KINDS.has(kind) ? 32 : 64);
  if (int !== undefined && Number.isSafeInteger(int)) d.int = int;

  // A decoration on a pid argument is its comm (-Y), not fd information.
  if (v.kind === 'fd' && kind !== 'pid') d.fdInfo = parseFdInfo(v.decoration, v.deleted);

  switch (kind) {
    case 'fd':
      if (st.fd === undefined && int !== undefined) st.fd = int;
      break;
    case 'dirfd': {
      const named = namedOf(v, st.os, 'dirfd', int, true);
      if (named.length) d.named = named;
      break;
    }
    case 'path':
    case 'buffer': {
      const u = unwrap(v);
      if (u.kind === 'str') d.string = kind === 'path' ? cString(u.text) : stringText(u.text);
      break;
    }
    case 'protocol': {
      // IPPROTO_* only means something for internet sockets; other families keep the number.
      const fam = st.family !== undefined ? lookupConstant(st.os, 'af', st.family)?.name : undefined;
      if (fam === 'AF_INET' || fam === 'AF_INET6' || fam === undefined) table = 'ipproto';
      else table = undefined;
      if (fam !== undefined && table === undefined && int !== undefined) d.named = [{ value: int }];
      break;
    }
    case 'sockopt-level':
      // Level 0 on a Darwin AF_UNIX socket is SOL_LOCAL (LOCAL_PEERCRED...), not IPPROTO_IP.
      if (int === 0 && st.os === 'darwin' && st.fd !== undefined && isUnix(st.os, st.ctx.socketFamily?.(st.fd, st.pid))) {
        d.named = [lookupConstant(st.os, 'sol', 'SOL_LOCAL')!];
        st.local = true;
      }
      break;
    case 'sockopt-name':
      table = st.level !== undefined && !st.local ? sockoptTable(st.os, st.level) : undefined;
      if (!table && int !== undefined) d.named = [{ value: int }];
      break;
    case 'fcntl-arg': {
      const a = fcntlArg(st.cmd);
      kind = a.kind;
      d.kind = kind;
      if (a.unused) d.role = 'unused';
      table = a.table;
      if (kind === 'fd' && int !== undefined) d.int = int;
      break;
    }
    case 'sockaddr': {
      const ep = sockaddrFromTree(v, st.os) ?? inferFor(v, st, index);
      if (ep) d.endpoint = ep;
      break;
    }
    case 'mode': {
      // open()'s mode is read only with O_CREAT (or O_TMPFILE); dtruss and Nanos print the
      // register anyway (`open("/dev/dtracehelper\0", 0x2, 0xFFFFFFFFBFFFF0C8)`).
      if (st.openFlags !== undefined && /^open/.test(st.syscall) && !createsFile(st.os, st.openFlags)) {
        d.role = 'unused';
        d.kind = kind = 'unknown';
      }
      break;
    }
  }
  if (table && !d.named) {
    const named = namedOf(v, st.os, table, int, false);
    if (named.length) d.named = named;
  }
  // Remember what later arguments depend on.
  if (kind === 'family') st.family = d.named?.[0]?.value ?? int;
  if (kind === 'sockopt-level') st.level = d.named?.[0]?.value ?? int;
  if (kind === 'open-flags' && st.openFlags === undefined) st.openFlags = d.named?.reduce((a, n) => a | n.value, 0) ?? int;
  if (kind === 'fcntl-cmd') {
    const n = d.named?.[0];
    if (n?.name) st.cmd = n.name;
  }
  return d;
}

/**
 * Names of an argument in a table: strace's names looked up for their numbers (`AF_INET`,
 * `SOCK_STREAM|SOCK_CLOEXEC`), raw numbers (-X raw, dtruss, Nanos) looked up for their names.
 * `onlyKnown`: give nothing for numbers the table lacks (a dirfd that is just an fd).
 */
function namedOf(v: ArgValue, os: OsName, table: TableName, int: number | undefined, onlyKnown: boolean): Named[] {
  const u = unwrap(v);
  if (u.kind === 'name' || u.kind === 'flags') {
    const out: Named[] = [];
    for (const p of flagParts(u)) {
      if (typeof p === 'number') out.push(...decodeNumber(os, table, p));
      else {
        // A family by its one name: `PF_FILE` is looked up as AF_UNIX.
        const n = lookupConstant(os, table, table === 'af' ? canonicalFamily(p) : p);
        if (n) out.push(n);
      }
    }
    return out;
  }
  if (int === undefined) return [];
  if (onlyKnown) {
    const n = lookupConstant(os, table, int);
    return n?.name ? [n] : [];
  }
  return decodeNumber(os, table, int);
}

function isUnix(os: OsName, family: string | number | undefined): boolean {
  if (family === undefined) return false;
  const n = typeof family === 'number' ? family : lookupConstant(os, 'af', family)?.value;
  return n === lookupConstant(os, 'af', 'AF_UNIX')?.value;
}

function createsFile(os: OsName, flags: number): boolean {
  const creat = lookupConstant(os, 'open-flags', 'O_CREAT')?.value ?? 0;
  const tmpfile = lookupConstant(os, 'open-flags', 'O_TMPFILE')?.value ?? 0;
  return (flags & creat) !== 0 || (tmpfile !== 0 && (flags & tmpfile) === tmpfile);
}

/** What fcntl's third argument is, per command. dtruss prints it even when unused (register junk). */
function fcntlArg(cmd: string | undefined): { kind: ArgKind; table?: TableName; unused?: boolean } {
  switch (cmd) {
    case 'F_SETFL':
      return { kind: 'open-flags', table: 'open-flags' };
    case 'F_SETFD':
      return { kind: 'flags', table: 'fd-flags' };
    case 'F_DUPFD':
    case 'F_DUPFD_CLOEXEC':
      return { kind: 'fd' };
    case 'F_SETOWN':
      return { kind: 'pid' };
    case 'F_GETFL':
    case 'F_GETFD':
    case 'F_GETOWN':
    case 'F_GETSIG':
    case 'F_GETLEASE':
    case 'F_GETPIPE_SZ':
    case 'F_GET_SEALS':
    case 'F_FULLFSYNC':
    case 'F_GETNOSIGPIPE':
      return { kind: 'unknown', unused: true };
    case undefined:
      return { kind: 'fcntl-arg' };
    default:
      return /LK|PATH|SIGS|LOG2PHYS|RDADVISE|PREALLOCATE/.test(cmd) ? { kind: 'pointer' } : { kind: 'int' };
  }
}

/** A sockaddr printed as a bare pointer (dtruss): infer its kind from the length argument and the socket's family. */
function inferFor(v: ArgValue, st: CallState, index: number): ReturnType<typeof inferSockaddr> {
  const u = unwrap(v);
  if (u.kind !== 'int') return undefined;
  // NULL addresses (sendto on a connected socket) point to nothing.
  if (intOf(u) === 0) return undefined;
  // Only calls that take the length by value say how long the sockaddr is; accept(),
  // getsockname() and recvfrom() pass a pointer to it (dtruss prints that pointer).
  const byValue = /^(connect|bind|sendto)(_nocancel)?$/.test(st.syscall);
  const lenAt = st.specs.findIndex((s, i) => i > index && s[1] === 'socklen');
  const lenArg = byValue && lenAt >= 0 ? st.items[lenAt] : undefined;
  const len = lenArg && unwrap(lenArg).kind === 'int' ? intOf(lenArg, 32) : undefined;
  let family: string | number | undefined;
  if (st.fd !== undefined && st.ctx.socketFamily) family = st.ctx.socketFamily(st.fd, st.pid);
  if (len === undefined && family === undefined) return undefined;
  return inferSockaddr(st.os, len, family);
}
