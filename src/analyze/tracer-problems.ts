// What a tracer's own error messages mean, and what to tell the user. Pure: the messages are
// matched as text, by `tracex run` on the tracer's stderr and by the tracer-failed finding on
// a saved trace. Real messages (strace 6.1, Debian 12), captured here:
//   ptrace blocked by seccomp: `strace: test_ptrace_get_syscall_info: PTRACE_TRACEME: Operation not permitted`
//                              `strace: ptrace(PTRACE_TRACEME, ...): Operation not permitted`
//   -p as another user:        `strace: attach: ptrace(PTRACE_SEIZE, 6262): Operation not permitted`
//   -p of a missing pid:       `strace: attach: ptrace(PTRACE_SEIZE, 999999): No such process`
//   missing program:           `strace: Can't stat '/nonexistent/binary': No such file or directory`
// dtrace/dtruss messages: /work/shared/formats/dtruss.md §7.

export type ProblemKind =
  | 'tracer-missing'
  | 'ptrace-denied'
  | 'no-such-process'
  | 'command-not-found'
  | 'dtrace-privileges'
  | 'sip'
  | 'tracer-failed';

export interface TracerProblem {
  kind: ProblemKind;
  /** Multi-line text for the user (no `tracex:` prefix). */
  message: string;
}

export const PTRACE_HINT = [
  'tracing is not permitted here: the kernel refused ptrace(2), which strace needs.',
  '  On a host: `sysctl kernel.yama.ptrace_scope` — 1 allows tracing only your own children (so -p needs',
  '  root, or `sudo sysctl kernel.yama.ptrace_scope=0`); 2 needs root; 3 disables ptrace until reboot.',
  '  In a container: start it with `--cap-add SYS_PTRACE` (docker/podman run); older Docker versions',
  '  also need `--security-opt seccomp=unconfined`. In Kubernetes: securityContext.capabilities.add: [SYS_PTRACE].',
].join('\n');

export const DTRUSS_ROOT_HINT = 'dtruss needs root: run `sudo tracex run -- ...`.';

export const SIP_HINT = [
  'System Integrity Protection stops DTrace from tracing this program.',
  '  Apple-signed programs in /bin, /usr/bin and /System cannot be traced: copy the binary elsewhere',
  '  (e.g. `cp /bin/ls /tmp/ls`) or trace your own build. To trace anything, DTrace must be allowed in',
  '  SIP from Recovery mode: `csrutil enable --without dtrace` (a security trade-off; undo with `csrutil enable`).',
].join('\n');

interface Rule {
  kind: ProblemKind;
  /**
   * Matched against one line of the tracer's stderr. A line may be long and crafted: each rule is
   * anchored at the line's start (after the tracer's own `strace: `/`dtrace: ` prefix) or has no
   * unbounded repeat, so it cannot backtrack over the line for every place it might start.
   */
  test: RegExp;
  message: (m: RegExpExecArray) => string;
}

const STRACE_RULES: readonly Rule[] = [
  { kind: 'ptrace-denied', test: /ptrace\(PTRACE_(?:TRACEME|SEIZE|ATTACH)[^)]{0,200}\): Operation not permitted/, message: () => PTRACE_HINT },
  { kind: 'ptrace-denied', test: /PTRACE_TRACEME: Operation not permitted/, message: () => PTRACE_HINT },
  {
    kind: 'no-such-process',
    test: /attach: ptrace\(PTRACE_(?:SEIZE|ATTACH), (\d+)\): No such process/,
    message: (m) => `no process with pid ${m[1]} (it may have exited already).`,
  },
  { kind: 'command-not-found', test: /^(?:[^\s:']+: )?Can't stat '(.*)': No such file or directory\s*$/, message: (m) => `command not found: ${m[1]}` },
];

const DTRACE_RULES: readonly Rule[] = [
  { kind: 'dtrace-privileges', test: /DTrace requires additional privileges/, message: () => DTRUSS_ROOT_HINT },
  { kind: 'sip', test: /dtrace cannot control executables signed with restricted entitlements/i, message: () => SIP_HINT },
  { kind: 'sip', test: /prevents dtrace from attaching to an executable not signed with/, message: () => SIP_HINT },
  { kind: 'sip', test: /^(?:[^\s:]+: )?failed to execute .*: Operation not permitted\s*$/, message: () => SIP_HINT },
  { kind: 'sip', test: /does not match any probes\. System Integrity Protection is on/, message: () => SIP_HINT },
];

function firstMatch(format: 'strace' | 'dtruss', text: string): TracerProblem | undefined {
  for (const line of text.split('\n')) {
    const p = diagnoseTracerLine(line, format);
    if (p) return { kind: p.kind, message: p.message };
  }
  return undefined;
}

/** A problem with its message and the line of text it was found in. */
export interface FoundProblem extends TracerProblem {
  line: string;
}

/** The known problem one tracer message states, by strace's or dtrace's rules (by format). */
export function diagnoseTracerLine(line: string, format: 'strace' | 'dtruss'): FoundProblem | undefined {
  for (const r of format === 'strace' ? STRACE_RULES : DTRACE_RULES) {
    const m = r.test.exec(line);
    if (m) return { kind: r.kind, message: r.message(m), line };
  }
  return undefined;
}

/** The first known problem in strace's stderr text, if any. */
export function diagnoseStrace(stderr: string): TracerProblem | undefined {
  return firstMatch('strace', stderr);
}

/** The first known problem in dtrace/dtruss output (its messages share stderr with the trace). */
export function diagnoseDtrace(text: string): TracerProblem | undefined {
  return firstMatch('dtruss', text);
}

/** The dtrace notice that SIP limits what is traced (the run goes on, with gaps). */
export function isSipNotice(line: string): boolean {
  return line.includes('system integrity protection is on');
}
