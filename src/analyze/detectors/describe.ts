// Shared wording for findings: how to name a process, a socket, an endpoint, an errno.

import type { Endpoint, FdEntry, ProcessInfo, SocketInfo } from '../../model/index.js';
import type { CallView } from '../../decode/call-view.js';
import type { Tracker } from '../state/index.js';
import { endpointText, epPort } from '../../decode/text.js';
import { wellKnown, wellKnownAddress, wellKnownPort } from '../../knowledge/endpoints.js';

/** The program a process ran, without its directory (`psql`), when the trace shows it. */
export function programName(p: ProcessInfo): string | undefined {
  const exe = p.exe ?? p.argv?.[0];
  return exe ? exe.split('/').pop() : undefined;
}

/** `psql (pid 11214)`, `pid 11214`, `the traced process`. */
export function procName(p: ProcessInfo | undefined): string {
  if (!p) return 'the traced process';
  const base = programName(p);
  const pid = p.pid ? `pid ${String(p.pid)}` : '';
  if (base && pid) return `${base} (${pid})`;
  if (base) return base;
  return pid || 'the traced process';
}

/**
 * The process (not the thread) ended with status 0: a failure it met did not stop it. A
 * thread's own `exited with 0` says nothing; its thread group's leader decides.
 */
export function endedWell(p: ProcessInfo, tracker: Tracker): boolean {
  const proc = p.isThread && p.leader !== undefined ? (tracker.procs.get(p.leader)?.info ?? p) : p;
  return endStatus(proc) === 0 && proc.signal === undefined;
}

/** Finding pid: undefined for the unlabelled single process (key 0). */
export function pidOf(p: ProcessInfo | undefined): number | undefined {
  return p && p.pid !== 0 ? p.pid : undefined;
}

/** Gives a finding (or what becomes one) the pid of the process it is about (none for the unlabelled single process). */
export function setPid(f: { pid?: number }, p: ProcessInfo | undefined): void {
  const pid = pidOf(p);
  if (pid !== undefined) f.pid = pid;
}

/** `127.0.0.1:6379 (Redis)`, `/tmp/.s.PGSQL.5432 (PostgreSQL)`. */
export function epLabel(ep: Endpoint | undefined): string {
  if (!ep) return 'an unknown address';
  const base = endpointText(ep);
  const port = epPort(ep);
  const addr = (ep as { address?: unknown }).address;
  if (port !== undefined) {
    // Both can speak: 127.0.0.53:53 is DNS, served by systemd-resolved.
    const names = [wellKnownPort(port)?.service, typeof addr === 'string' ? wellKnownAddress(addr)?.service : undefined].filter(Boolean);
    return names.length ? `${base} (${names.join(', ')})` : base;
  }
  const wk = wellKnown(ep);
  return wk ? `${base} (${wk.service})` : base;
}

const FAMILY_WORD: Record<string, string> = {
  AF_UNIX: 'UNIX',
  AF_INET: 'IPv4',
  AF_INET6: 'IPv6',
  AF_NETLINK: 'netlink',
  AF_PACKET: 'packet',
};

const TYPE_WORD: Record<string, string> = {
  SOCK_STREAM: 'stream',
  SOCK_DGRAM: 'datagram',
  SOCK_SEQPACKET: 'seqpacket',
  SOCK_RAW: 'raw',
};

/** `a UNIX stream socket`, `a TCP socket`, `a socket`. */
export function socketWords(s: SocketInfo | undefined): string {
  if (!s) return 'a socket';
  if ((s.family === 'AF_INET' || s.family === 'AF_INET6') && s.type === 'SOCK_STREAM') return `a TCP socket${s.family === 'AF_INET6' ? ' (IPv6)' : ''}`;
  if ((s.family === 'AF_INET' || s.family === 'AF_INET6') && s.type === 'SOCK_DGRAM') return `a UDP socket${s.family === 'AF_INET6' ? ' (IPv6)' : ''}`;
  const fam = s.family ? (FAMILY_WORD[s.family] ?? s.family) : '';
  const type = s.type ? (TYPE_WORD[s.type] ?? s.type) : '';
  const words = [fam, type, 'socket'].filter(Boolean).join(' ');
  // "an IPv4", "an anonymous", but "a UNIX", "a UDP": the article follows the sound.
  return /^(IPv|[AEIO])/.test(words) ? `an ${words}` : `a ${words}`;
}

/** `fd 3 (a TCP socket connected to 127.0.0.1:6379 (Redis))`. */
export function fdWords(e: FdEntry | undefined, s: SocketInfo | undefined): string {
  if (!e) return 'an fd';
  if (s) {
    const where = s.peer ? ` connected to ${epLabel(s.peer)}` : s.local ? ` ${s.listening ? 'listening ' : ''}on ${epLabel(s.local)}` : '';
    return `fd ${String(e.fd)} (${socketWords(s)}${where})`;
  }
  if (e.kind === 'pipe') return `fd ${String(e.fd)} (a pipe)`;
  if (e.path) return `fd ${String(e.fd)} (${e.path})`;
  return `fd ${String(e.fd)}`;
}

/** `ENOENT (No such file or directory)`. */
export function errnoText(call: CallView, errno?: string): string {
  const name = errno ?? call.errno ?? 'an error';
  const msg = errno === undefined || errno === call.errno ? call.errnoMessage : undefined;
  return msg ? `${name} (${msg})` : name;
}

/**
 * Lines to cite for a call: where it started and, for a call split by other lines, the
 * line that shows its result (the `<... resumed>` half; -k stack lines come after it).
 */
export function callLines(ev: { line: number; lines: number[]; stack?: string[]; dump?: string[] }): number[] {
  const n = ev.lines.length - (ev.stack?.length ?? 0) - (ev.dump?.length ?? 0);
  const result = n > 1 ? ev.lines[n - 1] : undefined;
  return result !== undefined && result !== ev.line ? [ev.line, result] : [ev.line];
}

/** Unique, sorted line numbers. */
export function lineList(...lines: (number | undefined)[]): number[] {
  return [...new Set(lines.filter((l): l is number => l !== undefined))].sort((a, b) => a - b);
}

/** Said of an error strace injected (`-e inject=...`), which findings report as info. */
export const INJECTED_NOTE = 'strace injected this error (-e inject=...): it is a test, not a real failure.';

// --- added for quiet on normal behaviour
/**
 * The process (its thread group, when the tracker is at hand) exited non-zero or was killed:
 * a failure it met may be why. Still running, or unknown, is not "badly".
 */
export function endedBadly(p: ProcessInfo, tracker?: Tracker): boolean {
  const proc = tracker && p.isThread && p.leader !== undefined ? (tracker.procs.get(p.leader)?.info ?? p) : p;
  const code = endStatus(proc);
  return (code !== undefined && code !== 0) || proc.signal !== undefined;
}

/** The status a process ended with: its exit line's, else its exit call's (dtruss, Nanos and strace -qq print no exit lines). */
export function endStatus(p: ProcessInfo): number | undefined {
  return p.exitCode ?? p.exitCall;
}
