// The call view's core: one syscall event's arguments read as ints, fds, strings, endpoints
// and constant names. The decoder's result is used when it has the answer (dtruss and Nanos
// print numbers that only the OS tables turn into names); the raw strace text is read
// otherwise. Where the text is sure to give the decoder's own answer (plain decimals,
// constant names, fd decorations, kinds from the signature table) it is read first, so a
// strace call, decoded on demand (decodeCallLater), mostly never is. call-view.ts adds the
// questions the analyzer and explain ask on top of these readings.

import type { ArgKind, DecodedArg, DecodedCall, Endpoint, FdInfo, OsName, Return, SyscallEvent } from '../model/index.js';
import { readInt } from '../../grammars/lexemes.js';
import { parseFdInfo } from './fdinfo.js';
import { argSpec, decodeNumber, errnoInfo, REVISED_KINDS, tableOfKind } from './index.js';
import { signatureFor } from '../knowledge/signatures.js';
import {
  namesIn,
  parseArrayText,
  parseFdText,
  parseIntText,
  parseSockaddrText,
  parseStrText,
  quotedStrings,
  shownEndpoint,
  splitArgs,
  argEnd,
  argText,
  type FdText,
  type StrText,
} from './text.js';
import { trimTrailing } from '../text/trim.js';

/** A decimal integer of up to 15 digits (exact as a double), alone or before an fd decoration. */
const PLAIN_INT = /^(-?[1-9]\d{0,14}|0)(?:<|$)/;

/** A decimal or hex number, alone or before an fd decoration. */
const PRINTED_INT = /^(-?\d+|-?0[xX][0-9a-fA-F]+)(?:<|$)/;

/** Constant names joined by `|`, as namesIn reads them: nothing else to decode. */
const NAMES_ONLY = /^[A-Z][A-Z0-9_]{2,}(?:\|[A-Z][A-Z0-9_]{2,})*$/;

/** Calls whose data is in a msghdr or an iovec array. */
const VECTORED = /msg|v(_nocancel)?$|v2$/;
const IOV_BASE = 'iov_base=';

/** Calls whose path argument is relative to the dirfd argument before it. */
const AT_CALL = /at2?$|^statx$|^execveat$/;

// The analyzer and explain each build a view of the same event, one after the other:
// the last split is kept so the argument text is split once per event.
let lastText: string | undefined;
let lastSplit: readonly string[] = [];

function splitOnce(text: string): readonly string[] {
  if (text !== lastText) {
    lastSplit = withoutArgNames(splitArgs(text));
    lastText = text;
  }
  return lastSplit;
}

// strace 6.16+ -N / --arg-names: `openat(dirfd=AT_FDCWD, pathname="/etc/x", flags=O_RDONLY)`.
const ARG_NAME = /^[a-z_][a-z0-9_]*=(?!=)/;

/** Argument texts without -N names, when every argument has one (clone's own `flags=` style keeps working either way). */
function withoutArgNames(args: string[]): string[] {
  if (args.length === 0 || !args.every((a) => ARG_NAME.test(a))) return args;
  return args.map((a) => a.replace(ARG_NAME, ''));
}

/**
 * The pid in strace's own PID namespace that `--pidns-translation` adds after a returned pid
 * in a C comment (kept as the note `65 in strace's PID NS` after `= 7`), if any.
 */
export function stracePid(ret: Return): number | undefined {
  for (const n of ret.notes ?? []) {
    const m = /^(\d+) in strace's PID NS$/.exec(n);
    if (m) return Number(m[1]);
  }
  return undefined;
}

export class CallArgs {
  protected raw?: readonly string[];
  // The arguments split so far, and where the text still to split starts (-1: nowhere).
  private parts?: string[];
  private splitFrom = 0;
  // What the text readers gave per argument (null: nothing); several readers ask for the same.
  protected fdTexts?: (FdText | null | undefined)[];
  protected strTexts?: (StrText | null | undefined)[];
  protected bufs?: StrText[];
  private errnoOnce?: string | null;
  private failedOnce?: boolean;

  constructor(
    readonly ev: SyscallEvent,
    readonly os: OsName,
    readonly decoded?: DecodedCall,
  ) {}


  protected fdText(i: number): FdText | undefined {
    const known = (this.fdTexts ??= []);
    let f = known[i];
    if (f === undefined) known[i] = f = parseFdText(this.arg(i)) ?? null;
    return f ?? undefined;
  }

  protected strText(i: number): StrText | undefined {
    const known = (this.strTexts ??= []);
    let t = known[i];
    if (t === undefined) known[i] = t = parseStrText(this.arg(i)) ?? null;
    return t ?? undefined;
  }

  get name(): string {
    return this.ev.syscall;
  }

  /** Raw argument texts at top level. */
  get args(): readonly string[] {
    if (!this.raw) this.raw = splitOnce(this.ev.args);
    return this.raw;
  }

  arg(i: number): string | undefined {
    return this.raw ? this.raw[i] : this.splitTo(i);
  }

  /**
   * Argument i, the text split only as far as it: most questions are about the first
   * arguments, and the rest is often a long buffer (read, write).
   */
  private splitTo(i: number): string | undefined {
    const text = this.ev.args;
    if (text === lastText) return (this.raw = lastSplit)[i];
    const parts = (this.parts ??= []);
    while (parts.length <= i) {
      const start = this.splitFrom;
      const end = argEnd(text, start);
      if (end < text.length) {
        parts.push(argText(text, start, end));
        this.splitFrom = end + 1;
      } else {
        // The last one, kept as splitArgs keeps it (an empty text has no arguments).
        const last = text.slice(start).trim();
        if (last !== '' || parts.length > 0) parts.push(last);
        this.splitFrom = -1;
      }
      // -N names every argument: the first one tells whether to read them all (withoutArgNames).
      if (parts.length === 1 && ARG_NAME.test(parts[0]!)) return (this.raw = splitOnce(text))[i];
      if (this.splitFrom < 0) {
        this.raw = parts;
        lastText = text;
        lastSplit = parts;
        break;
      }
    }
    return parts[i];
  }

  /** Whether the text after the arguments split so far has `ch` in it (true when all are split: ask them). */
  protected restHas(ch: string): boolean {
    if (this.raw) return true;
    return this.splitFrom >= 0 && this.ev.args.indexOf(ch, this.splitFrom) >= 0;
  }

  protected dec(i: number): DecodedArg | undefined {
    return this.decoded?.args[i];
  }

  /**
   * Argument i's kind (fd, dirfd, path, ...) as decoding gives it. The signature table says
   * it without decoding, except for the two kinds decoding revises (fcntl's third argument
   * by its command, open's mode by its flags).
   */
  argKind(i: number): ArgKind | undefined {
    // An empty text is no argument (`read(0, <unfinished ...>` splits into `0` and ``).
    if (!this.decoded || !this.arg(i)) return this.dec(i)?.kind;
    const kind = argSpec(signatureFor(this.os, this.name), i)[1];
    return REVISED_KINDS.has(kind) ? this.dec(i)?.kind : kind;
  }

  /** The return value, when the call returned a number (not `?`). */
  get ret(): number | undefined {
    const v = this.ev.ret?.value;
    return v === null || v === undefined ? undefined : v;
  }

  /**
   * The return as a pid the trace's prefixes use: with --pidns-translation strace prints the
   * tracee's pid and, in a C comment after it, its own (`= 7`, then `65 in strace's PID NS`).
   */
  get retPid(): number | undefined {
    return (this.ev.ret && stracePid(this.ev.ret)) ?? this.ret;
  }

  get failed(): boolean {
    return (this.failedOnce ??= this.errno !== undefined || (this.ret !== undefined && this.ret < 0 && this.ev.ret?.errnoNumber !== undefined));
  }

  /** Errno name: the decoder's table, then what the line printed, then the OS table by number. */
  get errno(): string | undefined {
    // Asked of every call by the analyzer and most detectors: worked out once (null: none).
    if (this.errnoOnce === undefined) this.errnoOnce = this.errnoOf() ?? null;
    return this.errnoOnce ?? undefined;
  }

  private errnoOf(): string | undefined {
    const r = this.ev.ret;
    if (!r) return undefined;
    const name = this.decoded?.errno?.name ?? r.errno;
    if (name) return name;
    if (r.errnoNumber !== undefined) return errnoInfo(this.os, Math.abs(r.errnoNumber))?.name ?? `errno ${String(r.errnoNumber)}`;
    return undefined;
  }

  get errnoMessage(): string | undefined {
    return this.decoded?.errno?.message ?? this.ev.ret?.message;
  }

  /**
   * A plain decimal argument (`3`, `-1`, `3</etc/x>`) read from the text: the number the
   * decoder would give too, so the call need not be decoded for it; null: certainly no
   * number. Octal (`0644`) and hex spellings are left to the decoder.
   */
  protected plainInt(i: number): number | null | undefined {
    const t = this.arg(i);
    if (t === undefined) return undefined;
    const m = PLAIN_INT.exec(t);
    if (m) return Number(m[1]);
    // Constant names (`AT_FDCWD`, `O_RDONLY`, `AT_FDCWD</srv>`) are no number to the decoder
    // either; NULL is 0.
    return (t !== 'NULL' && NAMES_ONLY.test(t)) || t.startsWith('AT_FDCWD<') ? null : undefined;
  }

  int(i: number): number | undefined {
    const p = this.plainInt(i);
    if (p !== undefined) return p ?? undefined;
    const d = this.dec(i);
    if (d?.int !== undefined) return d.int;
    return parseIntText(this.arg(i)) ?? this.fdText(i)?.fd;
  }

  fd(i: number): number | undefined {
    const p = this.plainInt(i);
    if (p !== undefined) return p ?? undefined;
    const d = this.dec(i);
    if (d?.int !== undefined && (d.kind === 'fd' || d.kind === 'dirfd')) return d.int;
    return this.fdText(i)?.fd ?? d?.int;
  }

  /**
   * The integer printed first in argument i (decimal or hex, before any decoration), read from
   * the text alone: for questions asked of every call (the folder's "which fd is this?"), where
   * decoding the call for a pointer or a constant would cost more than the answer is worth.
   */
  printedInt(i: number): number | undefined {
    const m = PRINTED_INT.exec(this.arg(i)?.trim() ?? '');
    return m ? readInt(m[1]!) : undefined;
  }

  fdInfo(i: number): FdInfo | undefined {
    // Only a decorated fd (`3</etc/x>`) has any.
    const t = this.arg(i);
    if (!t?.includes('<')) return undefined;
    const f = this.fdText(i);
    if (this.decoded && f?.decoration !== undefined && !t.includes('/*') && this.argKind(i) !== 'pid') {
      // What the decoder makes of the decoration, read from the text without decoding.
      const inside = f.decoration.endsWith(' (deleted)');
      return parseFdInfo(inside ? f.decoration.slice(0, -10) : f.decoration, inside || f.deleted);
    }
    const d = this.dec(i);
    if (d?.fdInfo) return d.fdInfo;
    return f?.decoration !== undefined ? parseFdInfo(f.decoration, f.deleted) : undefined;
  }

  /** What the decoration of the result says (`= 3</etc/hosts>`): the decoder reads it the same way. */
  resultFdInfo(): FdInfo | undefined {
    const r = this.ev.ret;
    return r?.decoration === undefined ? undefined : parseFdInfo(r.decoration);
  }

  /**
   * The data a read or write moved, as printed: each iov_base of a msghdr or iovec array
   * (sendmsg, readv, ...), else the buffer argument. Several detectors read the same call's data.
   */
  buffers(): readonly StrText[] {
    if (!this.bufs) {
      const out: StrText[] = [];
      if (VECTORED.test(this.name)) {
        const args = this.ev.args;
        for (const q of quotedStrings(args)) {
          if (!args.startsWith(IOV_BASE, q.start - IOV_BASE.length)) continue;
          const s = parseStrText(args.slice(q.start, q.end));
          if (s) out.push(s);
        }
      } else {
        const s = this.str(1);
        if (s) out.push(s);
      }
      this.bufs = out;
    }
    return this.bufs;
  }

  str(i: number): StrText | undefined {
    const s = this.strText(i);
    if (s) return s;
    const d = this.dec(i);
    if (d?.string !== undefined) return { value: d.string, bytes: [...Buffer.from(d.string, 'latin1')], truncated: false, abstract: false };
    return undefined;
  }

  /**
   * Path argument i made absolute when the trace shows its directory: for an *at() call the
   * dirfd before it, known from its -y decoration or `dirPath` (the fd table), or
   * `AT_FDCWD</cwd>` under -y. Otherwise the path as printed.
   */
  absPath(i: number, dirPath: (fd: number) => string | undefined): string | undefined {
    const path = this.str(i)?.value;
    if (path === undefined || path.startsWith('/') || i === 0) return path;
    const dirText = this.arg(i - 1)?.trim() ?? '';
    let dir: string | undefined;
    if (dirText.startsWith('AT_FDCWD')) dir = /^AT_FDCWD<(.*)>$/.exec(dirText)?.[1];
    else if (this.argKind(i - 1) === 'dirfd' || AT_CALL.test(this.name)) {
      const info = this.fdInfo(i - 1);
      const fd = this.fd(i - 1);
      dir = info?.type === 'path' ? info.path : fd !== undefined ? dirPath(fd) : undefined;
    }
    if (!dir?.startsWith('/')) return path;
    if (path === '') return dir;
    return `${trimTrailing(dir, '/')}/${path.replace(/^(\.\/)+/, '')}`;
  }

  /** Constant and flag names of argument i (decoded names plus names printed in the text). */
  names(i: number, kind?: ArgKind): Set<string> {
    const out = namesIn(this.arg(i));
    // Names only (`O_RDONLY|O_CLOEXEC`): the decoder looks each up by name and finds no more.
    if (NAMES_ONLY.test(this.arg(i) ?? '')) return out;
    for (const n of this.dec(i)?.named ?? []) if (n.name) out.add(n.name);
    if (out.size === 0) {
      // Numbers only (dtruss, -X raw) and no decoder answer: the OS table of the kind names them.
      const v = this.int(i);
      const role = kind ?? this.dec(i)?.kind;
      const table = role && tableOfKind(role);
      if (v !== undefined && table) for (const n of decodeNumber(this.os, table, v)) if (n.name) out.add(n.name);
    }
    return out;
  }

  /** Names anywhere in the argument list (CLONE_THREAD inside a clone3 struct). */
  allNames(): Set<string> {
    const out = namesIn(this.ev.args);
    for (const d of this.decoded?.args ?? []) for (const n of d.named ?? []) if (n.name) out.add(n.name);
    return out;
  }

  /** The sockaddr of argument i. Inferred ones (dtruss) carry family, struct and length only. */
  endpoint(i: number): Endpoint | undefined {
    const d = this.dec(i)?.endpoint;
    if (d && shownEndpoint(d)) return d;
    return parseSockaddrText(this.arg(i), this.os) ?? d;
  }

  /** strace `-e inject` made this call fail or return what it did. */
  get injected(): boolean {
    return this.ev.ret?.notes?.includes('INJECTED') ?? false;
  }

  array(i: number): string[] | undefined {
    return parseArrayText(this.arg(i));
  }
}
