// What a crash looks like in the text around the calls, as data.
// - The Nanos kernel's own fatal lines: ../shared/formats/nanos-ops-trace.md §3.3 (faults and signals,
//   `page fault`, `no vmap found`, `delivering %s to thread %d; vaddr 0x%lx si_code %d`,
//   `signal %d received, errno %d, code %d`, `   fault address 0x%lx`, `   default action`, the fate
//   string), §5 "signals / crashes" (`*** signal %d received by tid %d`, `Process abort: Unhandled …`,
//   the kernel's register dump with `lastvector:` and `frame trace:`) and ops's `exit status N`.
//   Real samples: nanos#1533 (a user-mode SIGSEGV), nanos#2066 (the kernel itself faulting).
// - What a C/C++/Objective-C runtime writes to stderr just before it aborts (libc++abi, libstdc++'s
//   verbose terminate handler, NSException, assert(3) of glibc and of macOS libc).
// The text given to the look-ups is one line with the thread prefix and indentation removed.

import { trimTrailing } from '../text/trim.js';

export type NanosCrashFact =
  /** A user-mode fault the kernel could not resolve: the program touched memory it does not have. */
  | { kind: 'fault'; what: string; addr?: string; rip?: string }
  | { kind: 'deliver'; signal: string; thread: number; addr?: string }
  | { kind: 'received'; signo: number; thread?: number }
  | { kind: 'fault-address'; addr: string }
  /** What the kernel did with the signal: `default action`, `core dump (unimplemented)`, `terminate`. */
  | { kind: 'fate'; fate: string }
  /** The kernel's own crash dump: the exception vector it died on. */
  | { kind: 'kernel-crash'; vector: string }
  /** A kernel function in the dump (`rip:` first, then the `frame trace:` entries). */
  | { kind: 'kernel-frame'; func: string }
  /** ops's report of the VM's exit status (printed only when it is not 0). */
  | { kind: 'exit'; code: number };

interface Rule<T> {
  test: RegExp;
  /** What the match says; undefined: not this message after all. */
  fact: (m: RegExpExecArray) => T | undefined;
}

/**
 * The text after a match. A rule that matches a message's opening and takes the rest of the line
 * from here, instead of with `(.*)$`, cannot rescan the line from every place the opening occurs
 * (polynomial on a long crafted line).
 */
function after(m: RegExpExecArray): string {
  return m.input.slice(m.index + m[0].length);
}

/** The first rule whose test matches and whose fact holds. */
function firstFact<T>(rules: readonly Rule<T>[], text: string): T | undefined {
  for (const r of rules) {
    const m = r.test.exec(text);
    const f = m ? r.fact(m) : undefined;
    if (f) return f;
  }
  return undefined;
}

const HEX = '0x[0-9a-fA-F]+';

const NANOS_RULES: readonly Rule<NanosCrashFact>[] = [
  // `no vmap found for addr 0x401d00002464, rip 0x1023a0d77` (older: `no vmap found`)
  { test: new RegExp(`^no vmap found(?: for addr (${HEX}))?(?:, rip (${HEX}))?`), fact: (m) => ({ kind: 'fault', what: 'no memory mapped', ...opt('addr', m[1]), ...opt('rip', m[2]) }) },
  // `general protection fault in user mode, rip 0x…`, `invalid opcode fault in user mode, rip 0x…`, `trap in user mode, rip 0x…`
  { test: new RegExp(`^(general protection fault|invalid opcode fault|trap) in user mode, rip (${HEX})`), fact: (m) => ({ kind: 'fault', what: `a ${m[1]!}`, rip: m[2]! }) },
  // `demand page failed user mode, reason: …`
  { test: /^demand page failed user mode, reason: (.*)$/, fact: (m) => ({ kind: 'fault', what: `a page could not be brought in (${m[1]!.trim()})` }) },
  // `delivering SIGSEGV to thread 1; vaddr 0x401d00002464 si_code 1`
  { test: new RegExp(`^delivering (SIG[A-Z0-9]+) to thread (\\d+)(?:; vaddr (${HEX}))?`), fact: (m) => ({ kind: 'deliver', signal: m[1]!, thread: Number(m[2]), ...opt('addr', m[3]) }) },
  // `Process abort: Unhandled SIGSEGV received by thread 6`
  { test: /^Process abort: Unhandled (SIG[A-Z0-9]+) received by thread (\d+)/, fact: (m) => ({ kind: 'deliver', signal: m[1]!, thread: Number(m[2]) }) },
  // `*** signal 11 received by tid 2, errno 0, code 1`, `signal 11 received by tid 1, …`
  { test: /^(?:\*\*\* )?signal (\d+) received by tid (\d+)/, fact: (m) => ({ kind: 'received', signo: Number(m[1]), thread: Number(m[2]) }) },
  // `signal 11 received, errno 0, code 1` (thread_log: the tid is the line's prefix)
  { test: /^signal (\d+) received, errno/, fact: (m) => ({ kind: 'received', signo: Number(m[1]) }) },
  { test: new RegExp(`^fault address (${HEX})`), fact: (m) => ({ kind: 'fault-address', addr: m[1]! }) },
  { test: /^(default action|core dump(?: \(unimplemented\))?|terminate)\s*$/, fact: (m) => ({ kind: 'fate', fate: m[1]! }) },
  // `lastvector: 000000000000000e (Page fault)`
  { test: /^lastvector: [0-9a-fA-F]+ \((.+)\)/, fact: (m) => ({ kind: 'kernel-crash', vector: m[1]! }) },
  // `rip: ffffffff8bea5e44	(tcp_ref + 0000000000000004/000000000000000a)`
  { test: /^rip: [0-9a-fA-F]+\s+\((\w+) \+/, fact: (m) => ({ kind: 'kernel-frame', func: m[1]! }) },
  // `ffffc00002a27f50:   ffffffff8bde2698	(netsock_listen + 00000000000000a8/0000000000000107)`
  { test: /^[0-9a-fA-F]{16}:\s+[0-9a-fA-F]{16}\s+\((\w+) \+/, fact: (m) => ({ kind: 'kernel-frame', func: m[1]! }) },
  // ops: `exit status 255`
  { test: /^exit status (-?\d+)\s*$/, fact: (m) => ({ kind: 'exit', code: Number(m[1]) }) },
];

function opt<K extends string>(k: K, v: string | undefined): Partial<Record<K, string>> {
  return v === undefined ? {} : ({ [k]: v } as Record<K, string>);
}

/** What a Nanos kernel/ops line says about a crash, if anything. `text`: the line without its tid prefix. */
export function nanosCrashFact(text: string): NanosCrashFact | undefined {
  return firstFact(NANOS_RULES, text.trim());
}

/** A runtime's last words before it aborts the program. */
export interface AbortMessage {
  /** `an uncaught C++ exception`, `a failed assertion`. */
  what: string;
  /** The message itself: the exception's what(), the assertion's text. */
  detail: string;
  /** The exception's type, when printed. */
  type?: string;
}

const ABORT_RULES: readonly Rule<AbortMessage>[] = [
  // libc++abi: `terminating with uncaught exception of type std::runtime_error: bad version`
  {
    test: /terminating with uncaught exception of type (?=.)/,
    fact: (m) => {
      const rest = after(m);
      const colon = rest.indexOf(': ', 1);
      if (colon > 0 && colon + 2 < rest.length) return { what: 'an uncaught C++ exception', type: rest.slice(0, colon), detail: rest.slice(colon + 2) };
      return { what: 'an uncaught C++ exception', type: rest, detail: rest };
    },
  },
  // libstdc++: `terminate called after throwing an instance of 'std::runtime_error'` (what() on the next line)
  { test: /terminate called after throwing an instance of '(.+)'/, fact: (m) => ({ what: 'an uncaught C++ exception', type: m[1]!, detail: m[1]! }) },
  // Foundation: `*** Terminating app due to uncaught exception 'NSRangeException', reason: '…'`
  {
    test: /Terminating app due to uncaught exception '([^']{1,200})', reason: '/,
    fact: (m) => {
      const rest = after(m);
      return { what: 'an uncaught Objective-C exception', type: m[1]!, detail: rest.endsWith("'") ? rest.slice(0, -1) : rest };
    },
  },
  // glibc: `prog: file.c:12: main: Assertion `x > 0' failed.`
  {
    test: /: Assertion `(?=.)/,
    fact: (m) => {
      const rest = after(m);
      const end = rest.lastIndexOf("' failed");
      return end > 0 ? { what: 'a failed assertion', detail: rest.slice(0, end) } : undefined;
    },
  },
  // macOS libc: `Assertion failed: (x > 0), function main, file t.c, line 3.`
  { test: /Assertion failed: (?=.)/, fact: (m) => ({ what: 'a failed assertion', detail: after(m) }) },
];

/** The abort message in one piece of stderr text, if it holds one. */
export function abortMessage(text: string): AbortMessage | undefined {
  // The message ends at its line; dtruss shows the C string's NUL.
  for (const line of text.split('\n')) {
    const found = firstFact(ABORT_RULES, trimTrailing(line, '\0').trim());
    if (found) return found;
  }
  return undefined;
}

/** Calls a process uses to raise a signal on itself (abort() ends in one): the signal's argument. */
export const SELF_SIGNAL_CALLS: Readonly<Record<string, { sig: number; pid?: number }>> = {
  __pthread_kill: { sig: 1 },
  pthread_kill: { sig: 1 },
  tgkill: { sig: 2, pid: 0 },
  tkill: { sig: 1 },
  kill: { sig: 1, pid: 0 },
};

// A crash announced in the program's own output when the trace does not show it (dtruss prints no
// signal or exit line; a `-t` filter hides the calls). Each is the first words of a line.
// Examples: `*** Runtime Error 1: access violation` (Red, dtruss corpus 11), `Segmentation fault (core dumped)`
// and `Abort trap: 6` (shells reporting a child), `panic: runtime error: …` (Go).
const CRASH_OUTPUT: readonly Rule<AbortMessage>[] = [
  {
    test: /^(?:\*+ )?Runtime Error \d+: /,
    fact: (m) => {
      const rest = after(m);
      return /\baccess violation\b/.test(rest) ? { what: 'a crash (an invalid memory access)', detail: rest.trim() } : undefined;
    },
  },
  { test: /^(Segmentation fault|Bus error|Illegal instruction|Abort trap)(?:: \d+)?(?: \(core dumped\))?\s*$/, fact: (m) => ({ what: 'a crash', detail: m[0]!.trim() }) },
  { test: /^panic: (.+)$/, fact: (m) => ({ what: 'a Go panic', detail: m[1]!.trim() }) },
];

/** A crash the program's own output line announces (its runtime's last words, or a shell's report). */
export function crashInOutput(line: string): AbortMessage | undefined {
  const l = line.trim();
  return firstFact(CRASH_OUTPUT, l) ?? abortMessage(l);
}
