// Error returns that are answers rather than failures: the program asked a question and
// the error is the answer it expected, or the kernel restarts the call by itself. They
// still count as failed calls (every count says so); `--failed` and the browser's failed
// view leave them out with the expected probes, and say how many.
// Sources: ioctl_tty(2)/isatty(3) (TCGETS on a non-terminal fails ENOTTY), readlink(2), signal(7)
// "Interruption of system calls" (ERESTARTSYS and kin are seen only by tracers: the call
// is restarted or fails EINTR), futex(2) (FUTEX_WAIT fails EAGAIN when the word changed before
// the thread slept, ETIMEDOUT when a timed wait ran out: how locks and condition variables
// work), unlink(2)/rmdir(2) (ENOENT: the name does not exist), wait(2) (ECHILD: no child left).

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
  // readlink(2): EINVAL when the path is not a symbolic link (realpath walks every component so).
  { syscall: 'readlink', errno: 'EINVAL', why: 'a symlink check answered "not a symbolic link"' },
  { syscall: 'futex', errno: 'EAGAIN', why: 'a lock or condition changed before the thread went to sleep on it' },
  { syscall: 'futex', errno: 'ETIMEDOUT', why: 'a timed wait on a lock or condition reached its timeout' },
  // wait(2): ECHILD when the caller has no child left to wait for: how a reaping loop (a shell's
  // SIGCHLD handler calling wait4(-1, …, WNOHANG) until it fails) knows it is done.
  { syscall: 'wait4', errno: 'ECHILD', why: 'a reaping loop asked for another finished child and none was left' },
  { syscall: 'waitid', errno: 'ECHILD', why: 'a reaping loop asked for another finished child and none was left' },
];

/**
 * Errors that say the call's goal was already met: removing a name that is not there
 * (`rm -f`, a server clearing stale files at start-up). Still failed calls, and still shown
 * by `--failed` (a plain `rm` of a missing file fails on it); a finding only when the
 * process then failed.
 */
export const ALREADY_DONE: readonly NormalAnswer[] = [
  { syscall: 'unlink', errno: 'ENOENT', why: 'the file to remove was not there' },
  { syscall: 'rmdir', errno: 'ENOENT', why: 'the directory to remove was not there' },
];

/** The normal answer a failed call gave, if it is one. */
export function normalAnswer(syscall: string, errno: string | undefined): NormalAnswer | undefined {
  return answerIn(NORMAL_ANSWERS, syscall, errno);
}

/** The row saying a failed removal found nothing to remove, if it is one. */
export function alreadyDone(syscall: string, errno: string | undefined): NormalAnswer | undefined {
  return answerIn(ALREADY_DONE, syscall, errno);
}

function answerIn(rows: readonly NormalAnswer[], syscall: string, errno: string | undefined): NormalAnswer | undefined {
  if (!errno) return undefined;
  return rows.find(
    (a) => (a.syscall === undefined || syscall.startsWith(a.syscall)) && (a.errno.endsWith('*') ? errno.startsWith(a.errno.slice(0, -1)) : errno === a.errno),
  );
}
