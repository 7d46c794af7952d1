// Whether a call failed: the one definition every command, view and count uses.
// A call failed when its return carries an error: a name (strace, Nanos) or a number
// (dtruss `Err#2`, strace -X raw). Whether that failure is expected (a probe, a normal
// answer) is a separate question, answered in analyze/ from knowledge/.

import type { SyscallEvent, TraceEvent } from '../model/index.js';

export function returnedError(ev: SyscallEvent): boolean {
  const r = ev.ret;
  return !!r && (!!r.errno || (r.errnoNumber !== undefined && r.errnoNumber !== 0));
}

/** A syscall event that returned an error. */
export function isFailedCall(ev: TraceEvent): ev is SyscallEvent {
  return ev.type === 'syscall' && returnedError(ev);
}
