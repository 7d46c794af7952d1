// One plain-language sentence per event. The words come from the catalogue (data); this
// module only picks the template (done / zero / tried / unfinished) and fills its
// placeholders from the decoded arguments and the analyzer's state.

import type {
  DecodedCall,
  Endpoint,
  FdEntry,
  FdInfo,
  SocketInfo,
  SyscallEvent,
  TraceEvent,
} from '../model/index.js';
import { errnoMeaning, ERRNO_SHORT } from '../knowledge/errno-meanings.js';
import { SIGNALS, SI_CODES } from '../knowledge/signals.js';
import { FCNTL_WORDS, IOCTL_WORDS, lookupSyscall, type SyscallEntry } from '../knowledge/syscalls.js';
import { stracePid } from '../decode/call-view.js';
import { exactHexText } from '../decode/index.js';
import { parseFdInfo } from '../decode/fdinfo.js';
import { wellKnown } from '../knowledge/endpoints.js';
import { argViews, fdsIn, type ArgView } from './args.js';

/** What explain reads of an analysed event (the analyzer's AnalyzedEvent has at least this). */
export interface ExplainInput {
  event: TraceEvent;
  decoded?: DecodedCall;
  fd?: FdEntry;
  socket?: SocketInfo;
}

/** What explain asks the analyzer about the state at this point of the trace. */
export interface ExplainState {
  fd?(pid: number | undefined, fd: number): FdEntry | undefined;
  /** The socket an fd refers to right now. */
  socketOf?(pid: number | undefined, fd: number): SocketInfo | undefined;
  /** Name of a well-known service for an endpoint ("PostgreSQL", "Redis", "systemd-resolved"). */
  wellKnown?(ep: Endpoint): unknown;
}

/** The parts of analysis's Analyzer that explain reads (so an Analyzer can be passed as is). */
export interface AnalyzerLike {
  fd(pid: number | undefined, fd: number): FdEntry | undefined;
  socket(pid: number | undefined, fd: number): SocketInfo | undefined;
}

function isAnalyzer(x: ExplainState | AnalyzerLike): x is AnalyzerLike {
  return typeof (x as AnalyzerLike).socket === 'function' && typeof (x as AnalyzerLike).fd === 'function';
}

/** State for explain from an Analyzer: its fd tables and sockets, and the well-known endpoint names. */
export function stateFromAnalyzer(a: AnalyzerLike): ExplainState {
  return { fd: (pid, fd) => a.fd(pid, fd), socketOf: (pid, fd) => a.socket(pid, fd), wellKnown };
}

/**
 * The sentence for one event, with the state right after it (an Analyzer, or any
 * ExplainState). Never throws; unknown calls get a generic sentence.
 */
export function explainEvent(a: ExplainInput, analyzer: ExplainState | AnalyzerLike = {}): string {
  const state = isAnalyzer(analyzer) ? stateFromAnalyzer(analyzer) : analyzer;
  const ev = a.event;
  switch (ev.type) {
    case 'syscall':
      return explainCall(ev, a, state);
    case 'signal':
      return explainSignal(ev.signal, ev.info, ev.stopped);
    case 'exit':
      if (ev.supersededBy !== undefined) return `Replaced by the execve of thread ${String(ev.supersededBy)} (a thread ran execve)`;
      if (ev.signal) {
        const why = SIGNALS[ev.signal];
        return `Was killed by ${ev.signal}${why ? ` (${why})` : ''}${ev.core ? '; it dumped core' : ''}`;
      }
      return ev.code === 0 ? 'Exited successfully (status 0)' : `Exited with status ${String(ev.code ?? '?')}`;
    case 'attach':
      return `The tracer attached to process ${String(ev.target ?? ev.pid ?? '?')}${ev.threads ? ` with ${String(ev.threads)} threads` : ''}`;
    case 'detach':
      return `The tracer detached from process ${String(ev.target ?? ev.pid ?? '?')}`;
    case 'tracer':
      return `Tracer message: ${ev.message}`;
    case 'output':
      return 'Output of the traced program (not a system call)';
    case 'summary':
      return ev.syscall ? `Summary table row for ${ev.syscall}` : 'Part of a summary table';
    case 'unparsed':
      return `This line could not be read (${ev.reason})`;
  }
}

// ---------------------------------------------------------------- signals

function explainSignal(signal: string, info: string | undefined, stopped: boolean | undefined): string {
  const why = SIGNALS[signal];
  if (stopped) return `Was stopped by ${signal}${why ? ` (${why})` : ''}`;
  let detail = '';
  if (info) {
    const code = /si_code=([A-Z_]+)/.exec(info)?.[1];
    const pid = /si_pid=(\d+)/.exec(info)?.[1];
    const status = /si_status=([A-Za-z0-9_]+)/.exec(info)?.[1];
    const addr = /si_addr=(0x[0-9a-f]+|NULL)/.exec(info)?.[1];
    if (signal === 'SIGCHLD' && pid && code && SI_CODES[code]) {
      detail = `: child ${pid} ${SI_CODES[code]}${status !== undefined ? (code === 'CLD_EXITED' ? ` with status ${status}` : ` (${status})`) : ''}`;
    } else if (code === 'SI_USER' && pid) {
      detail = `, sent by process ${pid}`;
    } else if (addr && (signal === 'SIGSEGV' || signal === 'SIGBUS')) {
      detail = ` at address ${addr}${code && SI_CODES[code] ? ` (${SI_CODES[code]})` : ''}`;
    }
  }
  return `Received ${signal}${why && !detail.startsWith(':') ? ` (${why})` : ''}${detail}`;
}

// ---------------------------------------------------------------- calls

interface Ctx {
  ev: SyscallEvent;
  entry: SyscallEntry | undefined;
  args: ArgView[];
  a: ExplainInput;
  state: ExplainState;
  pid: number | undefined;
}

function explainCall(ev: SyscallEvent, a: ExplainInput, state: ExplainState): string {
  const entry = lookupSyscall(ev.syscall);
  const ctx: Ctx = { ev, entry, args: argViews(ev, a.decoded, entry), a, state, pid: ev.pid ?? ev.tid };
  if (!entry) return genericCall(ctx);

  const ret = ev.ret;
  const errno = errnoName(ev, a.decoded);
  const fill = (t: string): string => fillTemplate(t, ctx);

  if (ev.syscall === 'exit' || ev.syscall === 'exit_group') {
    return argByRole(ctx, 'status') ? fill(entry.done) : `${ev.syscall === 'exit' ? 'Exited the thread' : 'Exited'} (status not shown)`;
  }
  // Old Nanos traces print calls without arguments: say so rather than fill in blanks.
  if (ev.args.trim() === '' && entry.args.length > 0 && ctx.args.length === 0) {
    // A new fd is worth naming even without arguments: "Created a socket as fd 3".
    const needsArgs = /\{(?!sockkind\})[A-Za-z0-9_]+\}/.test(entry.done);
    if (!errno && !needsArgs && entry.result?.includes('{retfd}') && (ret?.value ?? -1) >= 0) return fill(entry.done) + fill(entry.result);
    return argless(ctx, errno);
  }
  if (ev.status === 'unfinished' || ev.status === 'detached') {
    const why = ev.status === 'detached' ? 'the tracer detached before it returned' : 'it had not returned when the trace ended';
    return `Started to ${fill(entry.act)}; ${why}`;
  }
  if (ev.status === 'interrupted' || (ret && ret.value === null && !errno)) {
    return `Was waiting to ${fill(entry.act)} when the process ended; the call never returned`;
  }
  if (errno) {
    if (ev.syscall === 'rt_sigreturn' || ev.syscall === 'sigreturn') {
      return `Returned from a signal handler; the call it interrupted now ${errno === 'EINTR' ? 'fails with EINTR' : `ends with ${errno}`}`;
    }
    if (errno.startsWith('ERESTART') || errno === 'EINTR') {
      return `Was interrupted by a signal while trying to ${fill(entry.act)} — ${errnoMeaning(errno, []) ?? 'a signal arrived'}`;
    }
    if (errno === 'ENOTTY' && (ev.syscall === 'ioctl' || ev.syscall === 'ioctl_nocancel')) {
      const req = names(argByRole(ctx, 'req'))[0] ?? argByRole(ctx, 'req')?.text ?? '';
      const notty = IOCTL_WORDS[req]?.[2];
      if (notty) return fill(notty);
    }
    return `Tried to ${fill(entry.act)}: ${errnoPhrase(errno, ctx)}`;
  }
  if (ret && ret.value === 0 && entry.zero) return fill(entry.zero);
  return plural(fill(entry.done) + (entry.result ? fill(entry.result) : ''));
}

function argless(ctx: Ctx, errno: string | undefined): string {
  const { ev } = ctx;
  const head = `Called ${ev.syscall} (the tracer did not print its arguments)`;
  if (ev.status === 'unfinished') return `${head}; it had not returned when the trace ended`;
  if (errno) return `${head}: ${errnoPhrase(errno, ctx)}`;
  const r = ev.ret?.value;
  if (r === null || r === undefined) return head;
  if (ctx.entry?.result?.includes('{retfd}')) return `${head}, which returned fd ${String(r)}`;
  return r === 0 ? head : `${head}, which returned ${String(r)}`;
}

/** "1 bytes" → "1 byte". */
function plural(s: string): string {
  if (!s.includes('1 ')) return s; // most sentences: no regexp pass
  return s.replace(/\b1 (byte|message|event|entrie)s\b/g, (_m, w: string) => `1 ${w === 'entrie' ? 'entry' : w}`);
}

function genericCall(ctx: Ctx): string {
  const { ev } = ctx;
  const m = /^syscall_(0x[0-9a-f]+|\d+)$/.exec(ev.syscall);
  const what = m ? `an unknown system call (number ${String(Number(m[1]))})` : `${ev.syscall}`;
  const errno = errnoName(ev, ctx.a.decoded);
  if (ev.status === 'unfinished') return `Started to call ${what}; it had not returned when the trace ended`;
  if (errno) return `Called ${what}: it failed with ${errno} (${errnoPhrase(errno, ctx)})`;
  const r = ev.ret?.text;
  return `Called ${what}${r !== undefined && r !== '0' && r !== '?' ? `, which returned ${r}` : ''}`;
}

/** The errno name of a failed call: as printed, or looked up from its number by decode. */
function errnoName(ev: SyscallEvent, d: DecodedCall | undefined): string | undefined {
  const r = ev.ret;
  if (!r) return undefined;
  if (d?.errno?.name) return d.errno.name;
  if (r.errno && /^[A-Z_]+$/.test(r.errno)) return r.errno;
  if (r.errno !== undefined || r.errnoNumber !== undefined) return r.errno ?? `error ${String(r.errnoNumber)}`;
  return undefined;
}

/** "no such file — nothing is listening at that path". */
function errnoPhrase(errno: string, ctx: Ctx): string {
  const short = ERRNO_SHORT[errno] ?? ctx.ev.ret?.message?.toLowerCase() ?? ctx.a.decoded?.errno?.message?.toLowerCase() ?? errno;
  const meaning = errnoMeaning(errno, errnoContexts(ctx));
  return meaning && meaning !== short ? `${short} — ${meaning}` : short;
}

function errnoContexts(ctx: Ctx): string[] {
  const base = ctx.entry?.errctx ?? ctx.entry?.family;
  if (!base) return [];
  const fam = socketFamilyOf(ctx);
  if (!fam) return [base];
  // Ports below 1024 are privileged: EACCES from bind means something else above them.
  const ep = argByRole(ctx, 'addr')?.endpoint;
  const port = ep && (ep.family === 'AF_INET' || ep.family === 'AF_INET6') && typeof ep.port === 'number' ? ep.port : undefined;
  const low = fam === 'inet' && port !== undefined && port > 0 && port < 1024 ? [`${base}:inet-low`] : [];
  return [...low, `${base}:${fam}`, base];
}

/** `unix` / `inet` for the socket a net call is on (from its address argument or the fd's state). */
function socketFamilyOf(ctx: Ctx): 'unix' | 'inet' | undefined {
  const ep = argByRole(ctx, 'addr')?.endpoint;
  const fam = ep?.family ?? socketOfArg(ctx, argByRole(ctx, 'fd'))?.family;
  const info = argByRole(ctx, 'fd')?.fdInfo;
  const text = fam ?? (info?.type === 'socket' ? info.protocol : undefined);
  if (!text) return undefined;
  if (/UNIX|LOCAL/i.test(text)) return 'unix';
  if (/INET|TCP|UDP/i.test(text)) return 'inet';
  return undefined;
}

// ---------------------------------------------------------------- placeholders

function argByRole(ctx: Ctx, role: string): ArgView | undefined {
  return ctx.args.find((x) => x.role === role);
}

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/** Templates split once at their placeholders: literal, name, literal, … (catalogue text, so few). */
const TEMPLATE_PARTS = new Map<string, string[]>();

function fillTemplate(t: string, ctx: Ctx): string {
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
    const m = fds ? fdsIn(fds.text) : [];
    return m.length >= 2 ? `: fds ${String(m[0])} and ${String(m[1])}` : '';
  },
  fds: (ctx) => waitSet(ctx),
  ready: (ctx) => {
    const text = ctx.ev.ret?.text ?? '';
    // poll: `1 ([{fd=5, revents=POLLOUT|POLLERR|POLLHUP}])`
    const revents = [...text.matchAll(/\{fd=(\d+)[^}]*?revents=([A-Z0-9_|]+)\}/g)];
    if (revents.length) return `: ${revents.map((m) => `fd ${m[1]!} ${reventWords(m[2]!)}`).join(', ')}`;
    const notes = ctx.ev.ret?.notes?.join(' ') ?? text;
    const m = /\b(in|out|left)\s*\[([^\]]*)\]/.exec(notes);
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
    const name = /resuming interrupted (\w+)/.exec(ctx.ev.args)?.[1];
    return name && name !== 'restart_syscall' ? `${name} call` : 'call';
  },
  policy: (ctx) => strOf(argByRole(ctx, 'policy')),
  option: (ctx) => names(argByRole(ctx, 'option'))[0] ?? argByRole(ctx, 'option')?.text ?? '?',
  resource: (ctx) => names(argByRole(ctx, 'resource'))[0] ?? argByRole(ctx, 'resource')?.text ?? '?',
  uid: (ctx) => argByRole(ctx, 'uid')?.text ?? '?',
  gid: (ctx) => argByRole(ctx, 'gid')?.text ?? '?',
};

/** `{sa_handler=SIG_IGN, ...}` → "ignore it"; a function address → "a handler function". */
function handlerWords(act: string, form: 'set' | 'read'): string {
  if (/SIG_IGN/.test(act)) return form === 'set' ? 'ignore it' : 'ignored';
  if (/SIG_DFL/.test(act)) return 'the default action';
  if (/sa_handler=0x|^0x/.test(act)) return 'a handler function';
  return '';
}

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
  const body = /^"((?:[^"\\]|\\[\s\S])*)"(\.\.\.)?/.exec(a.text);
  if (!body) return '';
  const limit = 40;
  const inner = body[1]!;
  const cut = inner.length > limit ? inner.slice(0, limit).replace(/\\[0-7x]?[0-9a-fA-F]{0,2}$/, '') : inner;
  return `: "${cut}"${cut.length < inner.length || body[2] ? '…' : ''}`;
}

/** Placeholders the templates may use besides argument roles (for the catalogue's own test). */
export function resolverNames(): string[] {
  return Object.keys(RESOLVERS);
}

function names(a: ArgView | undefined): string[] {
  if (!a) return [];
  if (a.names.length) return a.names;
  return [];
}

function numText(a: ArgView | undefined): string {
  if (!a) return '?';
  return a.int !== undefined ? String(a.int) : a.text;
}

function strOf(a: ArgView | undefined): string {
  if (!a) return '?';
  if (a.str !== undefined) return a.str === '' ? '""' : a.str;
  return a.text;
}

// -- fds

const STD_NAMES = ['stdin', 'stdout', 'stderr'];

/** "fd 5 (TCP socket)", "fd 3 (/etc/passwd)", "fd 1 (stdout)". */
export function fdPhrase(ctx: Ctx, a: ArgView | undefined, short: boolean): string {
  if (!a) return 'an fd';
  if (a.atCwd) return 'the current directory';
  const n = a.int;
  if (n === undefined) return a.text;
  const what = fdWhat(ctx, n, a.fdInfo, short);
  return what ? `fd ${String(n)} (${what})` : `fd ${String(n)}`;
}

function socketOfArg(ctx: Ctx, a: ArgView | undefined): SocketInfo | undefined {
  if (!a || a.int === undefined) return undefined;
  if (ctx.a.socket && ctx.a.fd?.fd === a.int) return ctx.a.socket;
  return ctx.state.socketOf?.(ctx.pid, a.int);
}

/** What analysis knows of fd n: the event's own entry first (a closed fd is gone from the table). */
function fdEntry(ctx: Ctx, n: number): { entry?: FdEntry; sock?: SocketInfo } {
  if (ctx.a.fd && ctx.a.fd.fd === n) {
    const out: { entry?: FdEntry; sock?: SocketInfo } = { entry: ctx.a.fd };
    if (ctx.a.socket) out.sock = ctx.a.socket;
    return out;
  }
  const out: { entry?: FdEntry; sock?: SocketInfo } = {};
  const entry = ctx.state.fd?.(ctx.pid, n);
  if (entry) out.entry = entry;
  const sock = entry?.socketId ? ctx.state.socketOf?.(ctx.pid, n) : undefined;
  if (sock) out.sock = sock;
  return out;
}

function fdWhat(ctx: Ctx, n: number, info: FdInfo | undefined, short: boolean): string | undefined {
  const { entry, sock } = fdEntry(ctx, n);
  if (info?.type === 'socket' || sock || entry?.kind === 'socket') {
    const kind = info?.type === 'socket' ? protoWord(info.protocol) : sockKind(sock?.family ? [sock.family] : [], sock?.type ? [sock.type] : [], undefined);
    if (short) return kind === 'UNIX socket' ? undefined : kind;
    const peer = (info?.type === 'socket' ? info.peer : undefined) ?? sock?.peer;
    const local = (info?.type === 'socket' ? info.local : undefined) ?? sock?.local;
    // A -yy decoration shows a peer only once connected; analysis records it at connect, even in progress.
    if (peer) return `${kind} ${info?.type === 'socket' && info.peer ? 'connected ' : ''}to ${endpointPlain(ctx, peer)}`;
    if (sock?.listening && local) return `${kind} listening on ${endpointPlain(ctx, local)}`;
    if (local && info?.type === 'socket' && kind !== 'UNIX socket') return `${kind} on ${endpointPlain(ctx, local)}`;
    return kind;
  }
  if (info?.type === 'path') return info.path + (info.deleted ? ', deleted' : '');
  if (info?.type === 'pipe') return 'pipe';
  if (info?.type === 'anon') return anonWord(info.name);
  if (info?.type === 'pidfd') return `pidfd of process ${String(info.pid)}`;
  if (entry) {
    // dtruss paths carry the C string's NUL.
    if (entry.path) return entry.path.replace(/\0+$/, '');
    if (entry.kind === 'pipe') return entry.pipe?.end ? `${entry.pipe.end} end of a pipe` : 'pipe';
    if (entry.kind !== 'unknown' && entry.kind !== 'file') return entry.anon ? anonWord(entry.anon) : entry.kind;
  }
  // 0-2 are the standard streams unless the trace showed them being replaced.
  if (n >= 0 && n <= 2 && (!entry || entry.origin === 'use' || entry.origin === 'inherited' || entry.origin === 'decoration')) return STD_NAMES[n];
  return undefined;
}

function anonWord(name: string): string {
  const n = name.replace(/^\[|\]$/g, '');
  if (n === 'eventpoll') return 'epoll instance';
  return n;
}

function protoWord(p: string): string {
  if (p.startsWith('UNIX')) return 'UNIX socket';
  if (p === 'TCPv6') return 'TCP/IPv6 socket';
  if (p === 'UDPv6') return 'UDP/IPv6 socket';
  if (p === 'socket') return 'socket';
  return `${p} socket`;
}

/** "TCP socket", "UDP/IPv6 socket", "UNIX stream socket" from family and type names. */
function sockKind(fam: string[], type: string[], rawFamily: string | undefined): string {
  const f = fam[0];
  const t = type.find((x) => x.startsWith('SOCK_') && !/NONBLOCK|CLOEXEC/.test(x));
  const v6 = f === 'AF_INET6' ? '/IPv6' : '';
  if (f === 'AF_INET' || f === 'AF_INET6') {
    if (t === 'SOCK_STREAM') return `TCP${v6} socket`;
    if (t === 'SOCK_DGRAM') return `UDP${v6} socket`;
    if (t === 'SOCK_RAW') return `raw IP${v6} socket`;
    return `IP${v6} socket`;
  }
  if (f === 'AF_UNIX' || f === 'AF_LOCAL') {
    if (t === 'SOCK_STREAM') return 'UNIX stream socket';
    if (t === 'SOCK_DGRAM') return 'UNIX datagram socket';
    return 'UNIX socket';
  }
  if (f === 'AF_NETLINK') return 'netlink socket';
  if (f === 'AF_PACKET') return 'packet socket';
  if (f === 'AF_SYSTEM') return 'macOS kernel-control (AF_SYSTEM) socket';
  if (f) return `${f} socket`;
  return rawFamily ? `socket (family ${rawFamily})` : 'socket';
}

// -- paths and addresses

function pathPhrase(ctx: Ctx, role: string, dirRole: string): string {
  const p = argByRole(ctx, role);
  const dir = argByRole(ctx, dirRole);
  if (!p) return dir ? fdPhrase(ctx, dir, false) : '?';
  // A bare pointer: the tracer printed the address of the string, not the string (-X raw, dtruss).
  if (p.str === undefined && /^(0x[0-9a-fA-F]+|NULL)$/.test(p.text)) return `a path at ${p.text} (not printed)`;
  const s = p.str ?? p.text;
  if (s === '' && dir && !dir.atCwd) return fdPhrase(ctx, dir, false);
  if (s.startsWith('/') || !dir || dir.atCwd || dir.int === undefined) return s;
  return `${s} (relative to ${fdPhrase(ctx, dir, false)})`;
}

function argvPhrase(a: ArgView | undefined): string {
  if (!a) return '';
  const items = [...a.text.matchAll(/"((?:[^"\\]|\\.)*)"(\.\.\.)?/g)].map((m) => m[1]! + (m[2] ?? ''));
  if (items.length <= 1) return '';
  const shown = items.slice(0, 6).join(' ');
  // `, ...]` is strace eliding further items; `"abc"...` is a cut string, already marked.
  return ` as: ${shown}${items.length > 6 || /,\s*\.\.\.\]$/.test(a.text) ? ' …' : ''}`;
}

function wellKnownName(ctx: Ctx, ep: Endpoint): string | undefined {
  const w = ctx.state.wellKnown?.(ep);
  if (typeof w === 'string') return w;
  if (w && typeof w === 'object') {
    const o = w as { name?: unknown; service?: unknown; note?: unknown };
    if (typeof o.name === 'string') return o.name;
    if (typeof o.service === 'string') {
      // A short "127.0.0.53 is systemd-resolved" note says who answers; longer notes are for findings.
      const note = typeof o.note === 'string' && /^\S+ is /.test(o.note) && o.note.length < 60 ? `; ${o.note}` : '';
      return o.service + note;
    }
  }
  return undefined;
}

/** "127.0.0.1:6379 (Redis)" without an article; used inside fd descriptions. */
function endpointPlain(ctx: Ctx, ep: Endpoint): string {
  const base = endpointBare(ep);
  const w = wellKnownName(ctx, ep);
  return w ? `${base} (${w})` : base;
}

export function endpointBare(ep: Endpoint): string {
  if ((ep.family === 'AF_INET' || ep.family === 'AF_INET6') && typeof ep.address === 'string') {
    const host = ep.family === 'AF_INET6' ? `[${ep.address}]` : ep.address;
    return `${host}:${String(ep.port)}`;
  }
  if (ep.family === 'AF_UNIX' && typeof ep.path === 'string') return ep.abstract ? `@${ep.path}` : ep.path || '(unnamed)';
  return ep.family;
}

/** "the UNIX socket /tmp/.s.PGSQL.5432 (PostgreSQL)", "127.0.0.1:6379 (Redis)". */
function addrPhrase(ctx: Ctx, ep: Endpoint | undefined, a: ArgView | undefined): string {
  if (!ep) {
    if (!a) return 'an address';
    if (a.text === 'NULL') return 'no address';
    return /^0x[0-9a-f]+$/i.test(a.text) ? 'an address (not shown by the tracer)' : a.text;
  }
  const w = wellKnownName(ctx, ep);
  const suffix = w ? ` (${w})` : '';
  if (ep.family === 'AF_UNIX') {
    if (typeof ep.path !== 'string' || (ep.path === '' && ep.inferred)) return `a UNIX socket path (not shown by the tracer)${suffix}`;
    if (ep.path === '') return 'an unnamed UNIX socket';
    return `the ${ep.abstract ? 'abstract ' : ''}UNIX socket ${ep.abstract ? '@' : ''}${ep.path}${suffix}`;
  }
  if (ep.family === 'AF_INET' || ep.family === 'AF_INET6') {
    if (typeof ep.address !== 'string' || ep.address === '') return `an ${ep.family === 'AF_INET6' ? 'IPv6' : 'IPv4'} address (not shown by the tracer)${suffix}`;
    return `${endpointBare(ep)}${suffix}`;
  }
  if (ep.family === 'AF_UNSPEC') return 'AF_UNSPEC (dissolving the association)';
  if (ep.family.includes('???')) return `an address of an unknown family${/\((\d+)\)/.test(ep.family) ? ` (${/\((\d+)\)/.exec(ep.family)![1]!})` : ''}`;
  // "AF_…" is read letter by letter: "an AF_SYSTEM address".
  return `${/^AF_/.test(ep.family) ? 'an' : 'a'} ${ep.family} address${suffix}`;
}

// -- small decoders of flags for words

function openMode(a: ArgView | undefined): string {
  if (!a) return '';
  const n = a.names.length ? a.names : a.text.split('|');
  const parts: string[] = [];
  if (n.includes('O_WRONLY')) parts.push('for writing');
  else if (n.includes('O_RDWR')) parts.push('for reading and writing');
  else if (n.includes('O_RDONLY')) parts.push('for reading');
  // "Opened /usr/lib (a directory) as fd 3" reads better than "as a directory as fd 3".
  if (n.includes('O_DIRECTORY')) return ' (a directory)';
  if (n.includes('O_CREAT')) parts.push(n.includes('O_EXCL') ? 'creating it (must not exist)' : 'creating it if missing');
  if (n.includes('O_TRUNC')) parts.push('emptying it');
  if (n.includes('O_APPEND')) parts.push('appending');
  return parts.length ? ` ${parts.join(', ')}` : '';
}

function shutdownHow(a: ArgView | undefined): string {
  const n = a?.names[0] ?? a?.text ?? '';
  if (n === 'SHUT_WR' || n === '1') return 'sending';
  if (n === 'SHUT_RD' || n === '0') return 'receiving';
  if (n === 'SHUT_RDWR' || n === '2') return 'both directions';
  return n || 'the connection';
}

function epollOp(a: ArgView | undefined, cap: boolean): string {
  const n = a?.names[0] ?? a?.text ?? '';
  const w = n === 'EPOLL_CTL_ADD' ? 'add' : n === 'EPOLL_CTL_DEL' ? 'remove' : n === 'EPOLL_CTL_MOD' ? 'change' : 'update';
  const past = { add: 'Added', remove: 'Removed', change: 'Changed', update: 'Updated' }[w]!;
  return cap ? past : w;
}

function waitStatus(text: string): string {
  const code = /WEXITSTATUS\(s\) == (\d+)/.exec(text)?.[1];
  if (code !== undefined) return `exited with status ${code}`;
  const sig = /WTERMSIG\(s\) == (SIG[A-Z0-9]+)/.exec(text)?.[1];
  if (sig) return `was killed by ${sig}${/WCOREDUMP/.test(text) ? ' (core dumped)' : ''}`;
  const stop = /WSTOPSIG\(s\) == (SIG[A-Z0-9]+)/.exec(text)?.[1];
  if (stop) return `stopped (${stop})`;
  return 'changed state';
}

/** The fds a select/poll waits for: "a connection on fd 3 (…) or data on fd 4 (pipe)". */
function waitSet(ctx: Ctx): string {
  const fds: number[] = [];
  for (const a of ctx.args) {
    if (a.role === 'readfds' || a.role === 'fds' || a.role === 'writefds') fds.push(...fdsIn(a.text));
  }
  const timeoutArg = ctx.args.find((a) => a.role === 'timeout');
  const timeout = timeoutArg?.text;
  // -1 (poll) or no timeval (select) is "no timeout"; dtruss prints -1 as 0xFFFFFFFFFFFFFFFF.
  const forever = timeout === undefined || timeout === 'NULL' || timeout === '-1' || /^0x[fF]{8,16}$/.test(timeout);
  const uniq = [...new Set(fds)];
  if (uniq.length === 0) {
    const n = ctx.args.find((a) => a.role === 'nfds')?.int;
    const what = n !== undefined && n >= 0 && !ctx.ev.syscall.includes('select') ? `${String(n)} fd${n === 1 ? '' : 's'}` : 'its fds';
    return `${what} to become ready${forever ? '' : ` (timeout ${timeout})`}`;
  }
  const list = uniq.slice(0, 4).map((n) => fdPhrase(ctx, ctx.args.find((a) => a.int === n && a.fdInfo) ?? decoratedFd(ctx, n), false));
  const more = uniq.length > 4 ? ` and ${String(uniq.length - 4)} more` : '';
  const what = list.length ? `${list.join(', ')}${more}` : 'fds';
  return `${what} to become ready${forever ? '' : ` (timeout ${timeout})`}`;
}

/** An ArgView for an fd number found inside a set, with the decoration printed next to it. */
function decoratedFd(ctx: Ctx, n: number): ArgView {
  for (const a of ctx.args) {
    const m = new RegExp(`(?:^|[[\\s{=])${String(n)}<([^>]*(?:>[^,\\] ]*)?)>`).exec(a.text);
    if (m) {
      const info = parseFdInfo(m[1]!);
      const v: ArgView = { role: 'fd', text: String(n), int: n, names: [] };
      if (info) v.fdInfo = info;
      return v;
    }
  }
  return { role: 'fd', text: String(n), int: n, names: [] };
}

/** What poll's revents say: an error or hang-up matters more than readiness. */
function reventWords(flags: string): string {
  if (/POLLERR|POLLHUP|POLLNVAL/.test(flags)) return `reported an error or hang-up (${flags})`;
  if (/POLLIN|POLLPRI|POLLRDNORM/.test(flags)) return 'has data to read';
  if (/POLLOUT|POLLWRNORM/.test(flags)) return 'can be written';
  return `is ready (${flags})`;
}

function readyFds(list: string, ctx: Ctx): string {
  const ns = [...list.matchAll(/\d+/g)].map((m) => Number(m[0]));
  return ns.map((n) => fdPhrase(ctx, decoratedFd(ctx, n), false)).join(', ');
}

