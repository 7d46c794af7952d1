// Arguments of one call as explain reads them: by the catalogue's role, with whatever the
// decoder (or, failing that, the raw text) tells about each one. Built on analysis's
// CallView so decoded values win and raw strace text is the fallback.

import { CallView } from '../decode/call-view.js';
import type { DecodedCall, Endpoint, FdInfo, OsName, SyscallEvent } from '../model/index.js';
import type { SyscallEntry } from '../knowledge/syscalls.js';
import { trimTrailing } from '../text/trim.js';

export interface ArgView {
  role: string;
  /** Argument text as printed. */
  text: string;
  int?: number;
  /** String contents of a quoted argument. */
  str?: string;
  /** Constant names of the argument (`O_RDONLY`, `AF_UNIX`), decoded or printed. */
  names: string[];
  endpoint?: Endpoint;
  fdInfo?: FdInfo;
  /** The dirfd is AT_FDCWD. */
  atCwd?: boolean;
  /** fd numbers of a set or array argument (select's sets, poll's array, pipe's pair). */
  fds?: number[];
}

/** Argument roles that hold an fd (what `--fd N` matches, and what gets an fd's description). */
export const FD_ROLES: ReadonlySet<string> = new Set(['fd', 'fd2', 'dirfd', 'dirfd2', 'epfd', 'kq', 'newfd']);

/**
 * One argument, read lazily: most sentences need one or two fields of one or two arguments.
 * Each reading is kept in its own field (undefined: not read yet; null: read, nothing there),
 * not in a cache object: an argument is made for every argument of every call.
 */
class LazyArg implements ArgView {
  readonly role: string;
  readonly text: string;
  private strRead: string | null | undefined = undefined;
  private namesRead: string[] | undefined = undefined;
  private endpointRead: Endpoint | null | undefined = undefined;
  private fdInfoRead: FdInfo | null | undefined = undefined;
  private intRead: number | null | undefined = undefined;
  private atCwdRead: boolean | undefined = undefined;

  constructor(
    private view: CallView,
    private i: number,
    role: string,
    text: string,
  ) {
    this.role = role;
    this.text = text;
  }

  /** The number (an fd for fd roles), read on first use. */
  get int(): number | undefined {
    if (this.intRead === undefined) this.readInt();
    return this.intRead ?? undefined;
  }

  /** The dirfd is AT_FDCWD. */
  get atCwd(): boolean | undefined {
    if (this.intRead === undefined) this.readInt();
    return this.atCwdRead;
  }

  private readInt(): void {
    const role = this.role;
    const isFd = FD_ROLES.has(role);
    let iv = isFd ? this.view.fd(this.i) : this.view.int(this.i);
    // fds printed raw as 32-bit unsigned (`0xffffff9c` is AT_FDCWD, -100).
    if (isFd && iv !== undefined && iv >= 0x80000000 && iv <= 0xffffffff) iv -= 0x100000000;
    if (/^AT_FDCWD\b/.test(this.text) || (isFd && role.startsWith('dirfd') && (iv === -100 || iv === -2))) {
      this.atCwdRead = true;
      this.intRead = null;
    } else this.intRead = iv ?? null;
  }

  get str(): string | undefined {
    if (this.strRead === undefined) {
      // dtruss prints C strings with their terminating NUL.
      const s = this.view.str(this.i);
      this.strRead = s === undefined ? null : trimTrailing(s.value, '\0');
    }
    return this.strRead ?? undefined;
  }

  get names(): string[] {
    return (this.namesRead ??= [...this.view.names(this.i)]);
  }

  get endpoint(): Endpoint | undefined {
    if (this.endpointRead === undefined) this.endpointRead = this.view.endpoint(this.i) ?? null;
    return this.endpointRead ?? undefined;
  }

  get fds(): number[] {
    return this.view.fdSet(this.i);
  }

  get fdInfo(): FdInfo | undefined {
    if (this.fdInfoRead === undefined) this.fdInfoRead = this.view.fdInfo(this.i) ?? null;
    return this.fdInfoRead ?? undefined;
  }
}

/** One ArgView per argument, named by the catalogue's roles (or `argN` for extra ones). */
export function argViews(ev: SyscallEvent, decoded: DecodedCall | undefined, entry: SyscallEntry | undefined, os?: OsName): ArgView[] {
  const view = CallView.of(ev, os ?? decoded?.os ?? 'linux', decoded);
  // The printed arguments; a decoded call has as many (asking it would decode a strace call for nothing).
  const n = view.argCount;
  const roles = rolesOf(entry);
  const out: ArgView[] = [];
  for (let i = 0; i < n; i++) {
    const role = roles[i] ?? view.decodedArg(i)?.role ?? `arg${String(i)}`;
    out.push(new LazyArg(view, i, role, view.arg(i) ?? view.decodedArg(i)?.text ?? ''));
  }
  return out;
}

/** The catalogue's argument roles of a syscall, in order (none for an unknown one). */
export function rolesOf(entry: SyscallEntry | undefined): readonly string[] {
  if (!entry) return [];
  const { args: roles } = entry;
  return roles;
}
