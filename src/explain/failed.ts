// Which calls count as failed for `--failed` and the UI's failed-only view: an error return
// (a name from strace/Nanos, a number from dtruss), except a signal interrupting a wait
// (ERESTART*) and a terminal check answered "not a terminal" (ENOTTY from ioctl).

import type { SyscallEvent } from '../model/index.js';

export function callFailed(ev: SyscallEvent): boolean {
  const errno = ev.ret?.errno;
  if (!errno && ev.ret?.errnoNumber === undefined) return false;
  if (errno && /^ERESTART/.test(errno)) return false;
  if (errno === 'ENOTTY' && /^ioctl/.test(ev.syscall)) return false;
  return true;
}
