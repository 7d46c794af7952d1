// A call as strace would print it. strace events are shown as they were printed; dtruss
// and Nanos calls are rebuilt from the decoded arguments (names for numbers, decimal
// fds and sizes, the errno by name) so every format reads the same way.

import { exactHexText } from '../decode/index.js';
import type { DecodedArg, DecodedCall, Endpoint, SyscallEvent, TraceEvent } from '../model/index.js';

/** The event as one line of strace-like text (without pid and time). */
export function callText(ev: TraceEvent, decoded?: DecodedCall, format?: string): string {
  switch (ev.type) {
    case 'syscall':
      return syscallText(ev, decoded, format);
    case 'signal':
      return ev.stopped ? `--- stopped by ${ev.signal} ---` : `--- ${ev.signal}${ev.info !== undefined ? ` {${ev.info}}` : ''} ---`;
    case 'exit':
      if (ev.supersededBy !== undefined) return `+++ superseded by execve in pid ${String(ev.supersededBy)} +++`;
      if (ev.signal) return `+++ killed by ${ev.signal}${ev.core ? ' (core dumped)' : ''} +++`;
      return `+++ exited with ${String(ev.code ?? '?')} +++`;
    case 'attach':
    case 'detach':
    case 'tracer':
      return ev.message;
    case 'output':
      return ev.text;
    case 'summary':
      return ev.text;
    case 'unparsed':
      return ev.text;
  }
}

function syscallText(ev: SyscallEvent, d: DecodedCall | undefined, format: string | undefined): string {
  const rebuild = format !== undefined && format !== 'strace' && d !== undefined;
  const args = rebuild ? d.args.map(argText).join(', ') : ev.args;
  const head = `${ev.syscall}(${args}`;
  if (ev.status === 'unfinished') return `${head} <unfinished ...>`;
  if (ev.status === 'detached') return `${head} <detached ...>`;
  const r = ev.ret;
  if (!r) return `${head})`;
  return `${head}) = ${rebuild ? retText(ev, d) : r.text}`;
}

function retText(ev: SyscallEvent, d: DecodedCall): string {
  const r = ev.ret!;
  const name = d.errno?.name ?? r.errno;
  if (name || r.errnoNumber !== undefined) {
    const msg = d.errno?.message ?? r.message;
    return `-1 ${name ?? `errno ${String(r.errnoNumber)}`}${msg ? ` (${msg})` : ''}`;
  }
  if (r.value === null) return '?';
  if (r.hex) return exactHexText(r.text, r.value);
  return String(r.value);
}

// Kinds shown in decimal as strace does; others (requests, pointers, masks) keep their spelling.
const DECIMAL: ReadonlySet<string> = new Set(['fd', 'dirfd', 'size', 'socklen', 'pid', 'protocol']);

function argText(a: DecodedArg): string {
  if (a.endpoint) return sockaddrText(a.endpoint, a.text);
  if (a.string !== undefined && a.kind === 'path') return JSON.stringify(a.string);
  if (a.kind === 'dirfd' && a.int !== undefined && a.named?.[0]?.name === 'AT_FDCWD') return 'AT_FDCWD';
  if (a.named && a.named.length > 0 && a.named.every((n) => n.name)) return a.named.map((n) => n.name!).join('|');
  // A long hex number is a pointer even where a size was expected (accept's socklen_t *).
  if (a.int !== undefined && DECIMAL.has(a.kind) && !/^0x[0-9a-fA-F]{7,}$/.test(a.text)) return String(a.int);
  return a.text;
}

function sockaddrText(ep: Endpoint, raw: string): string {
  // dtruss shows a pointer and a length: the family is inferred, the address was never printed.
  if (ep.inferred && ep.family === 'AF_UNIX' && (typeof ep.path !== 'string' || ep.path === '')) return `${raw} /* sockaddr_un, path not shown */`;
  if (ep.inferred && (ep.family === 'AF_INET' || ep.family === 'AF_INET6') && ep.address === '') return `${raw} /* ${ep.family === 'AF_INET' ? 'sockaddr_in' : 'sockaddr_in6'}, address not shown */`;
  if (ep.family === 'AF_UNIX' && typeof ep.path === 'string') {
    return `{sa_family=AF_UNIX, sun_path=${ep.abstract ? '@' : ''}${JSON.stringify(ep.path)}}`;
  }
  if (ep.family === 'AF_INET' && typeof ep.address === 'string') {
    return `{sa_family=AF_INET, sin_port=htons(${String(ep.port)}), sin_addr=inet_addr("${ep.address}")}`;
  }
  if (ep.family === 'AF_INET6' && typeof ep.address === 'string') {
    return `{sa_family=AF_INET6, sin6_port=htons(${String(ep.port)}), sin6_addr=inet_pton(AF_INET6, "${ep.address}")}`;
  }
  if (ep.inferred) return `${raw} /* ${ep.family} sockaddr */`;
  return raw;
}
