// A read-only view of one syscall event for analysis and explanation: the only door to an
// argument's meaning above decode/. The readings of single arguments are in call-args.ts;
// here are the questions the analyzer, its detectors and the folder ask of a whole call.

import type { DecodedArg, DecodedCall, FdInfo, OsName, SyscallEvent } from '../model/index.js';
import { CallArgs } from './call-args.js';
import { fdsIn, listenersIn, reventsIn } from './fd-sets.js';
import { parseFdInfo } from './fdinfo.js';
import { errnoInfo } from './index.js';
import { canonicalFamily } from './sockaddr.js';
import { parseFdText, parseIntText, parseStrText } from './text.js';

export { stracePid } from './call-args.js';

export class CallView extends CallArgs {
  private static last?: CallView;

  /**
   * The view of an event, shared: the analyzer and explain read the same event one after
   * the other, and the view keeps what it has read.
   */
  static of(ev: SyscallEvent, os: OsName, decoded?: DecodedCall): CallView {
    const l = CallView.last;
    if (l && l.ev === ev && l.os === os && l.decoded === decoded) return l;
    return (CallView.last = new CallView(ev, os, decoded));
  }

  // --- added for analyze: readings the analyzer and its detectors used to take from the text themselves

  /** Top-level fd arguments that carry a -y decoration (`3</etc/hosts>`): where, and which fd. */
  decoratedFds(): { index: number; fd: number }[] {
    const out: { index: number; fd: number }[] = [];
    if (!this.ev.args.includes('<')) return out;
    // Split as far as a `<` is left: a read's buffer after its fd is seldom split for this.
    for (let i = 0; ; i++) {
      const a = this.arg(i);
      if (a === undefined) break;
      if (a.includes('<')) {
        const f = this.fdText(i);
        if (f?.fd !== undefined && f.decoration !== undefined && f.fd >= 0) out.push({ index: i, fd: f.fd });
      }
      if (!this.restHas('<')) break;
    }
    return out;
  }

  /**
   * The fds of an fd-array argument (pipe's `[3, 4]`, socketpair's), each with its place in
   * the array and what a decoration says of it.
   */
  fdItems(i: number): { fd: number; index: number; decorated: boolean; info?: FdInfo }[] {
    const out: { fd: number; index: number; decorated: boolean; info?: FdInfo }[] = [];
    for (const [index, it] of (this.array(i) ?? []).entries()) {
      const f = parseFdText(it);
      if (f?.fd === undefined) continue;
      const item: { fd: number; index: number; decorated: boolean; info?: FdInfo } = { fd: f.fd, index, decorated: !!f.decoration };
      if (f.decoration !== undefined) item.info = parseFdInfo(f.decoration, f.deleted);
      out.push(item);
    }
    return out;
  }

  /** Argument i's strings as shown (an argv), a truncated one ending in `...`. */
  strArray(i: number): string[] | undefined {
    return this.array(i)?.map((a) => {
      const s = parseStrText(a);
      return s ? s.value + (s.truncated ? '...' : '') : a;
    });
  }

  /** The int an out-pointer argument points to (`[1]`), as printed after the call. */
  boxedInt(i: number): number | undefined {
    const m = /^\[\s*([^\]\s]+)\s*\]$/.exec(this.arg(i)?.trim() ?? '');
    return m ? parseIntText(m[1]) : undefined;
  }

  /**
   * socket()'s protocol argument by the name -yy decorations use (`IPPROTO_TCP` → `TCP`);
   * undefined for the default protocol (0).
   */
  socketProtocol(): string | undefined {
    const proto = this.arg(2);
    if (proto === undefined || /^(0|0x0|IPPROTO_IP)$/.test(proto.trim())) return undefined;
    const named = [...this.names(2, 'protocol')][0] ?? proto.trim();
    return named.replace(/^IPPROTO_/, '');
  }

  /** How a child ended, from a wait status argument (`[{WIFEXITED(s) && WEXITSTATUS(s) == 1}]`). */
  waitStatus(i: number): { signal?: string; core?: boolean; code?: number } | undefined {
    const status = this.arg(i) ?? '';
    const sig = /WTERMSIG\(s\) == (SIG[A-Z0-9_]+)/.exec(status)?.[1];
    if (sig) return /WCOREDUMP/.test(status) ? { signal: sig, core: true } : { signal: sig };
    const code = /WEXITSTATUS\(s\) == (\d+)/.exec(status)?.[1];
    return code === undefined ? undefined : { code: Number(code) };
  }

  /**
   * What getsockopt(…, SO_ERROR, [v]) read: undefined for any other call; `shown: false` when
   * the value is not printed; `errno` undefined for 0 (no error). -X raw and older strace
   * print the number: it is named from the OS table.
   */
  soError(): { shown: false } | { shown: true; errno?: string } | undefined {
    if (!this.readsSoError()) return undefined;
    const m = /^\[(.*)\]$/.exec((this.arg(3) ?? '').trim());
    if (!m) return { shown: false };
    const inner = m[1]!.trim();
    if (inner === '0') return { shown: true };
    if (/^[A-Z]/.test(inner)) return { shown: true, errno: inner };
    const n = parseIntText(inner);
    return { shown: true, errno: (n !== undefined ? errnoInfo(this.os, n)?.name : undefined) ?? `errno ${inner}` };
  }

  /** Every fd a poll call watches (`{fd=3, events=POLLIN}`), in order. */
  pollFds(): number[] {
    // The poll array is the first argument: the one reader of fd sets reads it.
    return this.fdSet(0);
  }

  /** The rlim_cur a setrlimit/getrlimit/prlimit64 call sets or reads for `resource` (`RLIMIT_NOFILE`), as printed. */
  rlimit(resource: string): string | undefined {
    if (!/^RLIMIT_[A-Z]+$/.test(resource)) return undefined;
    return new RegExp(`${resource}, (?:NULL, )?\\{rlim_cur=(\\d+|RLIM64_INFINITY|RLIM_INFINITY)`).exec(this.ev.args)?.[1];
  }

  /** The start of the argument text, for showing (not reading). */
  argsPreview(max: number): string {
    return this.ev.args.slice(0, max);
  }

  // --- added for explain
  // Questions explain asks of a call, answered from the decoded call or the printed text.

  /** How many arguments the call printed (or the decoder found, when the text was not split). */
  get argCount(): number {
    return this.args.length || (this.decoded?.args.length ?? 0);
  }

  /** The decoder's reading of argument i, when the call was decoded. */
  decodedArg(i: number): DecodedArg | undefined {
    return this.dec(i);
  }

  /** The tracer printed no arguments at all (old Nanos traces). */
  get printedNoArgs(): boolean {
    return this.ev.args.trim() === '';
  }

  /** The call restart_syscall resumed (`<... resuming interrupted read ...>`). */
  resumedCall(): string | undefined {
    return /resuming interrupted (\w+)/.exec(this.ev.args)?.[1];
  }

  /** The first string argument (the path of open, stat, access, ...), without dtruss's terminating NUL. */
  firstString(): string | undefined {
    // The printed strings only: asking str(i) of every argument would decode the whole call
    // for each one that is not a string (most calls' first argument is an fd).
    for (let i = 0; i < this.args.length; i++) {
      const s = this.strText(i);
      if (s) return s.value.replace(/\0$/, '');
    }
    return undefined;
  }

  /** fd numbers in the set or array argument i (`[3 4]`, `[{fd=3, events=POLLIN}]`, `[3, 4]`). */
  fdSet(i: number): number[] {
    const t = this.arg(i) ?? this.dec(i)?.text;
    return t === undefined ? [] : fdsIn(t);
  }

  /** fd numbers in every set or array argument (what a select or poll waits on). */
  fdSets(): number[] {
    return this.args.flatMap((_, i) => this.fdSet(i));
  }

  /** Listening sockets named by -yy decorations in argument i, or in every argument. */
  listeners(i?: number): string[] {
    return listenersIn(i === undefined ? this.ev.args : (this.arg(i) ?? ''));
  }

  /** What a poll returned per fd (its revents), from the result text. */
  revents(): { fd: number; flags: string[] }[] {
    const r = this.ev.ret;
    return r ? reventsIn([r.text, ...(r.notes ?? [])].join(' ')) : [];
  }

  /** A getsockopt reading SO_ERROR (Linux 4, Darwin 0x1007 when printed as numbers). */
  readsSoError(): boolean {
    return this.name === 'getsockopt' && (this.names(2).has('SO_ERROR') || this.int(2) === (this.os === 'darwin' ? 0x1007 : 4));
  }

  /** The error SO_ERROR returned as printed: `0`, or its errno name; undefined when not shown. */
  soErrorText(): string | undefined {
    const e = this.soError();
    return e?.shown ? (e.errno ?? '0') : undefined;
  }

  // --- added for quiet on normal behaviour
  /** The address family of argument i (socket, socketpair), by its one name: `PF_FILE` → `AF_UNIX`. */
  family(i: number): string | undefined {
    const fam = [...this.names(i, 'family')].find((n) => n.startsWith('AF_') || n.startsWith('PF_'));
    return fam === undefined ? undefined : canonicalFamily(fam);
  }
}
