// Test helpers: turn one real trace line into the SyscallEvent decodeCall reads. The split is
// deliberately simple (the line grammars are tested elsewhere); lines are quoted from the corpus.

import type { Return, SyscallEvent } from '../../src/model/index.js';

const DTRUSS = /^(?:\s*(\d+)\/0x[0-9a-f]+:)?\s*(?:\d+\s+)*([A-Za-z_]\w*)\((.*)\)\s*=\s*(-?\w+)\s+(Err#)?(-?\d+)\s*$/;
const STRACE = /^(?:(\d+)\s+)?(?:[\d:.]+\s+)?([A-Za-z_]\w*)\((.*)\)\s+=\s+(0x[0-9a-f]+|-?\d+|\?)(?:<(.+?)>(?=\s|$))?(?: ([A-Z][A-Z0-9_]+) \(([^)]*)\))?/;
const NANOS = /^\[(\d+)\] ([A-Za-z_]\w*)\((.*)\) = (-E[A-Z0-9]+|-?\d+|0x[0-9a-f]+)$/;

function event(syscall: string, args: string, ret: Return, pid?: string): SyscallEvent {
  const ev: SyscallEvent = { type: 'syscall', line: 1, lines: [1], seq: 0, syscall, args, ret, status: 'complete' };
  if (pid) ev.pid = Number(pid);
  return ev;
}

/** `23078/0x3057d: connect(0xA, 0x7F9B69ACE950, 0x6A) = -1 Err#2` */
export function dtrussEvent(line: string): SyscallEvent {
  const m = DTRUSS.exec(line);
  if (!m) throw new Error(`not a dtruss call line: ${line}`);
  const ret: Return = { text: m[4]!, value: Number(m[4]) };
  const errno = Number(m[6]);
  if (errno !== 0) ret.errnoNumber = errno;
  return event(m[2]!, m[3]!, ret, m[1]);
}

/** `11214 connect(3, {...}, 110) = -1 ENOENT (No such file or directory)` */
export function straceEvent(line: string): SyscallEvent {
  const m = STRACE.exec(line);
  if (!m) throw new Error(`not a strace call line: ${line}`);
  const ret: Return = { text: m[4]!, value: m[4] === '?' ? null : Number(m[4]) };
  if (m[5] !== undefined) ret.decoration = m[5];
  if (m[6]) ret.errno = m[6];
  if (m[7]) ret.message = m[7];
  return event(m[2]!, m[3]!, ret, m[1]);
}

/** `[2] connect() = -EINPROGRESS`, `[2] connect() = -111` */
export function nanosEvent(line: string): SyscallEvent {
  const m = NANOS.exec(line);
  if (!m) throw new Error(`not a Nanos call line: ${line}`);
  const r = m[4]!;
  const ret: Return = r.startsWith('-E') ? { text: r, value: -1, errno: r.slice(1) } : { text: r, value: Number(r) };
  if (!r.startsWith('-E') && Number(r) < 0) ret.errnoNumber = -Number(r);
  return event(m[2]!, m[3]!, ret);
}
