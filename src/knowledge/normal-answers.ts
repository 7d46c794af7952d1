// Error returns that are answers rather than failures: the program asked a question and
// the error is the answer it expected, or the kernel restarts the call by itself. They
// still count as failed calls (every count says so); `--failed` and the browser's failed
// view leave them out with the expected probes, and say how many.
// Sources: ioctl_tty(2)/isatty(3) (TCGETS on a non-terminal fails ENOTTY), signal(7)
// "Interruption of system calls" (ERESTARTSYS and kin are seen only by tracers: the call
// is restarted or fails EINTR).

export interface NormalAnswer {
  /** Syscalls it applies to (prefix match: `ioctl` covers the Nanos/dtruss spellings); any when absent. */
  syscall?: string;
  /** The errno name, or a prefix ending in `*`. */
  errno: string;
  /** Why it is expected, for the count's explanation. */
  why: string;
}

export const NORMAL_ANSWERS: readonly NormalAnswer[] = [
  { errno: 'ERESTART*', why: 'a signal interrupted the call and the kernel restarted it' },
  { syscall: 'ioctl', errno: 'ENOTTY', why: 'a terminal check answered "not a terminal"' },
];

/** The normal answer a failed call gave, if it is one. */
export function normalAnswer(syscall: string, errno: string | undefined): NormalAnswer | undefined {
  if (!errno) return undefined;
  return NORMAL_ANSWERS.find(
    (a) => (a.syscall === undefined || syscall.startsWith(a.syscall)) && (a.errno.endsWith('*') ? errno.startsWith(a.errno.slice(0, -1)) : errno === a.errno),
  );
}
