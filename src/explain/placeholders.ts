// Filling a template's placeholders (`{fd}`, `{path}`, `{addr}`, `{ret}`, ...): one resolver
// per placeholder; any other name is the argument of that role, as printed.

import { ERRNO_SHORT } from '../knowledge/errno-meanings.js';
import { FCNTL_WORDS, IOCTL_WORDS } from '../knowledge/syscalls.js';
import { stracePid } from '../decode/call-view.js';
import { exactHexText } from '../decode/index.js';
import { quotedParts } from '../decode/text.js';
import type { ArgView } from './args.js';
import { argByRole, names, numText, strOf, type Ctx } from './context.js';
import { addrPhrase, argvPhrase, endpointBare, fdEntry, fdPhrase, pathPhrase, sockKind } from './phrases.js';
import { epollOp, handlerWords, openMode, readyFds, reventWords, shutdownHow, waitSet, waitStatus } from './words.js';
import { cutText } from '../text/width.js';

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/** Templates split once at their placeholders: literal, name, literal, … (catalogue text, so few). */
const TEMPLATE_PARTS = new Map<string, string[]>();

export function fillTemplate(t: string, ctx: Ctx): string {
  let parts = TEMPLATE_PARTS.get(t);
  if (!parts) {
    parts = t.split(PLACEHOLDER);
    if (TEMPLATE_PARTS.size >= 4096) TEMPLATE_PARTS.clear();
    TEMPLATE_PARTS.set(t, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) out += resolve(parts[i]!, ctx, t) + parts[i + 1]!;
  return out;
}

function resolve(name: string, ctx: Ctx, template: string): string {
  const r = RESOLVERS[name];
  if (r) return r(ctx, template);
  const arg = argByRole(ctx, name);
  return arg ? arg.text : name;
}

type Resolver = (ctx: Ctx, template: string) => string;

/** The return value as a number (dtruss's text also carries the errno column: `16 0`). */
const RET = (ctx: Ctx): string => {
  const r = ctx.ev.ret;
  if (!r) return '?';
  if (r.value === null) return '?';
  // Addresses stay hex; counts and ids read better in decimal even when printed raw (-X raw).
  const address = ctx.entry?.family === 'memory' || r.value > 0xffffffff;
  const text = r.hex && address ? exactHexText(r.text, r.value) : String(r.value);
  // --pidns-translation: the pid the tracee sees, then the one the trace's prefixes use.
  const ns = stracePid(r);
  return ns !== undefined ? `${text} (${String(ns)} in strace's PID namespace)` : text;
};

const RESOLVERS: Record<string, Resolver> = {
  fd: (ctx, t) => fdPhrase(ctx, argByRole(ctx, 'fd'), t.includes('{addr}')),
  epfd: (ctx) => fdPhrase(ctx, argByRole(ctx, 'epfd'), false),
  kq: (ctx) => fdPhrase(ctx, argByRole(ctx, 'kq'), false),
  newfd: (ctx) => String(argByRole(ctx, 'newfd')?.int ?? argByRole(ctx, 'newfd')?.text ?? '?'),
  // The second fd of a two-fd call (sendfile, splice, copy_file_range), described like the first.
  fd2: (ctx) => fdPhrase(ctx, argByRole(ctx, 'fd2'), false),
  path: (ctx) => pathPhrase(ctx, 'path', 'dirfd'),
  path2: (ctx) => pathPhrase(ctx, 'path2', 'dirfd2'),
  target: (ctx) => strOf(argByRole(ctx, 'target')),
  name: (ctx) => strOf(argByRole(ctx, 'name')),
  prog: (ctx) => {
    const p = argByRole(ctx, 'path');
    return p?.str !== undefined ? strOf(p) : 'a program (its path was not printed)';
  },
  argv: (ctx) => argvPhrase(argByRole(ctx, 'argv')),
  addr: (ctx) => addrPhrase(ctx, argByRole(ctx, 'addr')?.endpoint, argByRole(ctx, 'addr')),
  to: (ctx) => {
    const a = argByRole(ctx, 'addr');
    return a?.endpoint ? ` to ${addrPhrase(ctx, a.endpoint, a)}` : '';
  },
  from: (ctx) => {
    const a = argByRole(ctx, 'addr');
    if (!a?.endpoint) return '';
    // A connected socket's sender is its peer, already named with the fd.
    const bare = endpointBare(a.endpoint);
    if (bare !== a.endpoint.family && fdPhrase(ctx, argByRole(ctx, 'fd'), false).includes(bare)) return '';
    return ` from ${addrPhrase(ctx, a.endpoint, a)}`;
  },
  peer: (ctx) => {
    const a = argByRole(ctx, 'addr');
    return a?.endpoint ? ` from ${addrPhrase(ctx, a.endpoint, a)}` : '';
  },
  ret: RET,
  retfd: (ctx) => {
    const v = ctx.ev.ret?.value;
    return v === null || v === undefined ? 'a new fd' : `fd ${String(v)}`;
  },
  count: (ctx) => numText(argByRole(ctx, 'count')),
  offset: (ctx) => numText(argByRole(ctx, 'offset')),
  length: (ctx) => numText(argByRole(ctx, 'length')),
  backlog: (ctx) => numText(argByRole(ctx, 'backlog')),
  oflags: (ctx) => openMode(argByRole(ctx, 'oflags')),
  mode: (ctx) => argByRole(ctx, 'mode')?.text ?? '?',
  sockkind: (ctx) => {
    const type = names(argByRole(ctx, 'socktype'));
    const kind = sockKind(names(argByRole(ctx, 'family')), type, argByRole(ctx, 'family')?.text);
    return type.includes('SOCK_NONBLOCK') ? `non-blocking ${kind}` : kind;
  },
  how: (ctx) => shutdownHow(argByRole(ctx, 'how')),
  opt: (ctx) => {
    const o = argByRole(ctx, 'opt');
    return names(o)[0] ?? o?.text ?? '?';
  },
  optval: (ctx) => {
    const o = names(argByRole(ctx, 'opt'))[0];
    const v = argByRole(ctx, 'optval');
    if (o === 'SO_ERROR' && v) {
      const n = /\[?(\d+|[A-Z]+)\]?/.exec(v.text)?.[1];
      if (n === '0') return ': no error (the connection succeeded)';
      if (n) return `: ${n}${ERRNO_SHORT[n] ? ` (${ERRNO_SHORT[n]})` : ''}`;
    }
    return v && v.text !== '' && !/^0x[0-9a-f]+$/i.test(v.text) ? `: ${v.text}` : '';
  },
  cmd: (ctx) => names(argByRole(ctx, 'cmd'))[0] ?? argByRole(ctx, 'cmd')?.text ?? '?',
  fcntlact: (ctx) => fcntlWords(ctx, 0),
  ioctlact: (ctx) => ioctlWords(ctx, 0),
  Ioctlact: (ctx) => ioctlWords(ctx, 1),
  nbio: (ctx) => (/\[?0\]?$/.test(argByRole(ctx, 'arg')?.text ?? '') ? 'blocking' : 'non-blocking'),
  Fcntlact: (ctx) => fcntlWords(ctx, 1),
  arg: (ctx) => {
    const a = argByRole(ctx, 'arg');
    return a?.names.length ? a.names.join('|') : (a?.text ?? '?');
  },
  data: (ctx) => dataQuote(argByRole(ctx, 'buf'), ctx),
  eof: (ctx) => {
    const a = argByRole(ctx, 'fd');
    const { entry, sock } = a?.int !== undefined ? fdEntry(ctx, a.int) : {};
    const info = a?.fdInfo;
    if (info?.type === 'socket' || sock || entry?.kind === 'socket') return 'the peer closed the connection (end of stream)';
    if (info?.type === 'pipe' || entry?.kind === 'pipe') return 'every writer closed the pipe (end of stream)';
    return 'end of file (0 bytes)';
  },
  fcntlret: (ctx) => {
    const cmd = names(argByRole(ctx, 'cmd'))[0] ?? '';
    if (/^F_DUPFD/.test(cmd)) return `, giving fd ${RET(ctx)}`;
    if (cmd === 'F_GETFL' || cmd === 'F_GETFD') {
      const r = ctx.ev.ret;
      const notes = r?.notes?.length ? ` (${r.notes.join(', ')})` : '';
      return r?.value !== null && r?.value !== undefined ? ` → ${String(r.value)}${notes}` : '';
    }
    return '';
  },
  req: (ctx) => names(argByRole(ctx, 'req'))[0] ?? argByRole(ctx, 'req')?.text ?? '?',
  pipefds: (ctx) => {
    const fds = argByRole(ctx, 'fds');
    const m = fds?.fds ?? [];
    return m.length >= 2 ? `: fds ${String(m[0])} and ${String(m[1])}` : '';
  },
  fds: (ctx) => waitSet(ctx),
  ready: (ctx) => {
    const text = ctx.ev.ret?.text ?? '';
    // poll: `1 ([{fd=5, revents=POLLOUT|POLLERR|POLLHUP}])`
    const revents = [...text.matchAll(/\{fd=(\d+),[^{}]*?revents=([A-Z0-9_|]+)\}/g)];
    if (revents.length) return `: ${revents.map((m) => `fd ${m[1]!} ${reventWords(m[2]!)}`).join(', ')}`;
    const notes = ctx.ev.ret?.notes?.join(' ') ?? text;
    const m = /\b(in|out|left)\s*\[([^\][]*)\]/.exec(notes);
    return m ? `: ${readyFds(m[2]!, ctx)} ready` : `: ${RET(ctx)} ready`;
  },
  epop: (ctx) => epollOp(argByRole(ctx, 'op'), false),
  Epop: (ctx) => epollOp(argByRole(ctx, 'op'), true),
  clonekind: (ctx) => {
    const flags = argByRole(ctx, 'flags')?.text ?? argByRole(ctx, 'args')?.text ?? '';
    if (/CLONE_THREAD/.test(flags)) return 'thread';
    if (/CLONE_VFORK/.test(flags)) return 'child process (vfork-style: the parent waits until it execs or exits)';
    return 'child process';
  },
  waitwho: (ctx) => {
    const p = argByRole(ctx, 'pid')?.int;
    return p === undefined || p === -1 ? 'any child' : p > 0 ? `child ${String(p)}` : 'a child in its process group';
  },
  status: (ctx) => waitStatus(argByRole(ctx, 'status')?.text ?? ''),
  status0: (ctx) => String(argByRole(ctx, 'status')?.int ?? argByRole(ctx, 'status')?.text ?? '?'),
  signal: (ctx) => {
    const s = argByRole(ctx, 'signal');
    return names(s)[0] ?? s?.text ?? '?';
  },
  // Signal 0 sends nothing: it only checks that the process exists and may be signalled.
  killact: (ctx) => (isSignalZero(ctx) ? fillTemplate('check that {killwho} exists (signal 0)', ctx) : fillTemplate('send {signal} to {killwho}', ctx)),
  Killact: (ctx) => (isSignalZero(ctx) ? fillTemplate('Checked that {killwho} exists (signal 0)', ctx) : fillTemplate('Sent {signal} to {killwho}', ctx)),
  threadwho: (ctx) => {
    const t = argByRole(ctx, 'pid')?.int;
    if (t === undefined) return 'a thread';
    return t === (ctx.ev.tid ?? ctx.ev.pid) ? 'itself (its own thread)' : `thread ${String(t)}`;
  },
  // The scheduler and process-query calls take 0 for "the caller".
  procwho: (ctx) => {
    const p = argByRole(ctx, 'pid')?.int;
    if (p === undefined) return 'a process';
    return p === 0 || p === ctx.pid ? 'itself' : `process ${String(p)}`;
  },
  killwho: (ctx) => {
    const p = argByRole(ctx, 'pid')?.int;
    if (p === undefined) return 'a process';
    if (p === 0) return 'its own process group';
    if (p === -1) return 'every process it may signal';
    if (p < -1) return `process group ${String(-p)}`;
    return p === ctx.pid ? 'itself' : `process ${String(p)}`;
  },
  // A NULL new action only reads the current one.
  sigaction: (ctx) => {
    const act = argByRole(ctx, 'act')?.text ?? '';
    const sig = fillTemplate('{signal}', ctx);
    if (act === 'NULL') {
      const old = handlerWords(argByRole(ctx, 'oldact')?.text ?? '', 'read');
      return `Read the handler of ${sig}${old ? `: ${old}` : ''}`;
    }
    const now = handlerWords(act, 'set');
    return `Set the handler of ${sig}${now ? ` to ${now}` : ''}`;
  },
  pid: (ctx) => String(argByRole(ctx, 'pid')?.int ?? argByRole(ctx, 'pid')?.text ?? '?'),
  mapwhat: (ctx) => {
    const fd = argByRole(ctx, 'fd');
    const len = numText(argByRole(ctx, 'length'));
    const flagArg = argByRole(ctx, 'flags');
    const flags = `${flagArg?.text ?? ''} ${flagArg?.names.join('|') ?? ''}`;
    // -1 may be printed as 0xffffffff (strace -X raw).
    const anon = fd?.int === -1 || fd?.int === 0xffffffff;
    if (/MAP_ANON/.test(flags) || anon) return `${len} bytes of anonymous memory`;
    if (fd && fd.int !== undefined) return `${len} bytes of ${fdPhrase(ctx, fd, false)}`;
    return `${len} bytes`;
  },
  addrp: (ctx) => argByRole(ctx, 'addr')?.text ?? argByRole(ctx, 'addrp')?.text ?? '?',
  prot: (ctx) => argByRole(ctx, 'prot')?.text ?? '?',
  advice: (ctx) => names(argByRole(ctx, 'advice'))[0] ?? argByRole(ctx, 'advice')?.text ?? '?',
  sleepfor: (ctx) => {
    if (/TIMER_ABSTIME/.test(argByRole(ctx, 'flags')?.text ?? '')) return 'until a set time';
    const t = argByRole(ctx, 'req')?.text ?? '';
    const s = /tv_sec=(\d+)/.exec(t)?.[1];
    const ns = /tv_nsec=(\d+)/.exec(t)?.[1];
    if (s === undefined) return 'for a while';
    const secs = Number(s) + Number(ns ?? 0) / 1e9;
    return `for ${secs >= 1 ? `${String(secs)} s` : `${String(Math.round(secs * 1e6) / 1e3)} ms`}`;
  },
  futexop: (ctx) => (/WAKE/.test(argByRole(ctx, 'op')?.text ?? '') ? 'wake threads waiting on a lock' : 'wait on a lock (futex)'),
  Futexop: (ctx) => {
    const op = argByRole(ctx, 'op')?.text ?? '';
    if (/WAKE/.test(op)) return `Woke ${RET(ctx)} thread(s) waiting on a lock`;
    return 'Waited on a lock (futex) until woken';
  },
  yesno: (ctx) => (ctx.ev.ret?.value ? 'yes' : 'no'),
  // `restart_syscall(<... resuming interrupted read ...>)`
  resumed: (ctx) => {
    const name = ctx.call.resumedCall();
    return name && name !== 'restart_syscall' ? `${name} call` : 'call';
  },
  policy: (ctx) => strOf(argByRole(ctx, 'policy')),
  option: (ctx) => names(argByRole(ctx, 'option'))[0] ?? argByRole(ctx, 'option')?.text ?? '?',
  resource: (ctx) => names(argByRole(ctx, 'resource'))[0] ?? argByRole(ctx, 'resource')?.text ?? '?',
  uid: (ctx) => argByRole(ctx, 'uid')?.text ?? '?',
  gid: (ctx) => argByRole(ctx, 'gid')?.text ?? '?',
};


function isSignalZero(ctx: Ctx): boolean {
  const a = argByRole(ctx, 'signal');
  return a !== undefined && (a.text === '0' || a.int === 0);
}

function fcntlWords(ctx: Ctx, form: 0 | 1): string {
  const cmd = names(argByRole(ctx, 'cmd'))[0] ?? argByRole(ctx, 'cmd')?.text ?? '?';
  const w = FCNTL_WORDS[cmd];
  if (w) return fillTemplate(w[form], ctx);
  return form === 0 ? `do ${cmd} on ${fillTemplate('{fd}', ctx)}` : `Did ${cmd} on ${fillTemplate('{fd}', ctx)}`;
}

function ioctlWords(ctx: Ctx, form: 0 | 1): string {
  const req = names(argByRole(ctx, 'req'))[0] ?? argByRole(ctx, 'req')?.text ?? '?';
  const w = IOCTL_WORDS[req];
  if (w) return fillTemplate(w[form], ctx);
  return form === 0 ? `send the device request ${req} to ${fillTemplate('{fd}', ctx)}` : `Sent the device request ${req} to ${fillTemplate('{fd}', ctx)}`;
}

/** `: "GET /x"…` — the first bytes moved, as the tracer printed them (escapes kept). */
function dataQuote(a: ArgView | undefined, ctx: Ctx): string {
  if (!a || !a.text.startsWith('"')) return '';
  if ((ctx.ev.ret?.value ?? 0) <= 0) return '';
  const q = quotedParts(a.text);
  if (!q) return '';
  const limit = 40;
  const inner = q.body;
  const cut = inner.length > limit ? cutText(inner, limit, '').replace(/\\[0-7x]?[0-9a-fA-F]{0,2}$/, '') : inner;
  return `: "${cut}"${cut.length < inner.length || q.truncated ? '…' : ''}`;
}

/** Placeholders the templates may use besides argument roles (for the catalogue's own test). */
export function resolverNames(): string[] {
  return Object.keys(RESOLVERS);
}
