// The state a reader keeps in their head while reading a trace: which processes and
// threads exist, what each fd refers to, and what each socket is connected to.
// One pass, updated per event; memory follows the live state (open fds, live
// processes, sockets), never the number of lines.

import type {
  Endpoint,
  ExitEvent,
  FdEntry,
  FdInfo,
  FdKind,
  OsName,
  ProcessInfo,
  SignalEvent,
  SocketInfo,
  SyscallEvent,
  TraceFormat,
} from '../model/index.js';
import { CallView } from '../decode/call-view.js';
import { parseFdText, parseIntText, parseStrText, shownEndpoint } from '../decode/text.js';
import { errnoInfo } from '../decode/index.js';

/** Keep at most this many line numbers per socket (a long-lived socket is used millions of times). */
const MAX_SOCKET_LINES = 100;
const MAX_SOCKET_FDS = 50;
/**
 * Closed sockets and ended processes are kept for the report up to these counts; past
 * them, only live ones and ones worth reporting stay, so memory follows the live state.
 */
export const MAX_KEPT_SOCKETS = 2000;
export const MAX_KEPT_PROCS = 2000;

/** An asynchronous connect followed from EINPROGRESS to its outcome. */
export interface ConnectAttempt {
  pid?: number;
  fd: number;
  endpoint?: Endpoint;
  socketId: string;
  line: number;
  seq: number;
  state: 'in-progress' | 'connected' | 'failed' | 'timed-out';
  errno?: string;
  /** Lines of the calls that told the outcome (poll/select/getsockopt). */
  lines: number[];
  events: number[];
}

/** Per-process use of a socket, for sharing diagnoses. */
export interface SocketUse {
  reads: number;
  writes: number;
  /** Reads and writes made after the socket was first copied by a fork. */
  readsAfterFork: number;
  writesAfterFork: number;
  /** The first read after that fork: where a reply meant for another process can land. */
  firstReadAfterFork?: { line: number; seq: number };
  accepts: number;
  acceptEagain: number;
  first: { line: number; seq: number };
  lines: number[];
  seqs: number[];
  /** accept calls that found nothing (EAGAIN): first few; `result` is the line showing EAGAIN. */
  eagain: { line: number; seq: number; result: number }[];
}

export interface SockState {
  info: SocketInfo;
  /** fd entries pointing at it, across all tables. */
  refs: number;
  decoKeys: Set<string>;
  /** Thread-group id → what it did with the socket. */
  users: Map<number, SocketUse>;
  pending?: ConnectAttempt;
  /** The socket came to this process through a fork (fd table copy). */
  inheritedBy: Set<number>;
  /** The forks that copied it (first few). */
  forks: { child: number; line: number; seq: number }[];
}

export interface FdTable {
  map: Map<number, FdEntry>;
  /** Live processes/threads using this table. */
  users: number;
}

export interface Proc {
  info: ProcessInfo;
  key: number;
  /** Thread-group id: the pid of the leader. */
  tgid: number;
  fds: FdTable;
  alive: boolean;
  /** Created from its own events before its parent's fork returned. */
  unadopted?: { closed: Set<number> };
  /** Its last stderr message (pieces joined); `cut`: strace's string limit cut some of it. */
  lastStderr?: { text: string; line: number; seq: number; cut: boolean };
  lastSignal?: { signal: string; info?: string; line: number; seq: number };
  /** Its parent's wait4 told how it ended (the process itself was not traced: no -f). */
  reaped?: { line: number; seq: number; by: number };
  /** Called exit/exit_group; its exit line (if strace prints one) is still to come. */
  exitPending?: boolean;
  /** Its fds were released (it ended). */
  released?: boolean;
  /** Has forked: prefixes start in strace -f output to a terminal. */
  forked?: boolean;
  /** Where the process called exit/exit_group (dtruss and Nanos print no exit line). */
  exitCallAt?: { line: number; seq: number };
  /** This thread ran execve and became the process with this key. */
  supersededInto?: number;
  /** The call this process was in when it last did something (for "killed while ..."). */
  lastCall?: SyscallEvent;
}

/** What one event touched, as the tracker saw it. */
export interface Touch {
  proc?: Proc;
  fd?: FdEntry;
  socket?: SockState;
  fds?: FdEntry[];
  closed?: FdEntry[];
  child?: Proc;
  connect?: ConnectAttempt;
}

/** Calls whose first argument is an fd. Used when the decoder gives no argument kinds. */
const FD_FIRST = new Set(
  (
    'read write pread64 pwrite64 readv writev preadv pwritev preadv2 pwritev2 send recv sendto recvfrom sendmsg recvmsg ' +
    'sendmmsg recvmmsg connect bind listen accept accept4 getsockname getpeername setsockopt getsockopt shutdown fstat ' +
    'fstat64 fcntl fcntl64 ioctl lseek _llseek close fsync fdatasync ftruncate fchmod fchown fchdir getdents getdents64 ' +
    'epoll_ctl epoll_wait epoll_pwait epoll_pwait2 flock fstatfs fadvise64 fallocate inotify_add_watch inotify_rm_watch ' +
    'timerfd_settime timerfd_gettime sendfile splice tee sync_file_range syncfs fgetxattr fsetxattr flistxattr ' +
    'read_nocancel write_nocancel recvfrom_nocancel sendto_nocancel recvmsg_nocancel sendmsg_nocancel close_nocancel ' +
    'fcntl_nocancel pread_nocancel pwrite_nocancel readv_nocancel writev_nocancel connect_nocancel accept_nocancel ' +
    'fstat64_extended kevent kevent64 kevent_qos'
  ).split(' '),
);

export const READ_CALLS = new Set(
  'read readv pread64 preadv preadv2 recv recvfrom recvmsg recvmmsg read_nocancel recvfrom_nocancel recvmsg_nocancel readv_nocancel pread_nocancel'.split(' '),
);
export const WRITE_CALLS = new Set(
  'write writev pwrite64 pwritev pwritev2 send sendto sendmsg sendmmsg write_nocancel sendto_nocancel sendmsg_nocancel writev_nocancel pwrite_nocancel sendfile'.split(' '),
);
export const ACCEPT_CALLS = new Set(['accept', 'accept4', 'accept_nocancel', 'paccept']);
/** Calls that open a path: which argument holds the path (-1: none) and which the open flags. */
export const OPEN_CALLS: Readonly<Record<string, { path: number; flags: number }>> = {
  open: { path: 0, flags: 1 },
  open_nocancel: { path: 0, flags: 1 },
  openat: { path: 1, flags: 2 },
  openat_nocancel: { path: 1, flags: 2 },
  openat2: { path: 1, flags: 2 },
  creat: { path: 0, flags: 1 },
  open_by_handle_at: { path: -1, flags: 2 },
  open_extended: { path: 0, flags: 1 },
  guarded_open_np: { path: 0, flags: 3 },
};
/** A connect attempt's outcome, also on the socket: the peer of a failed one is where it tried to go. */
function settle(s: SockState, pend: ConnectAttempt, state: ConnectAttempt['state']): void {
  pend.state = state;
  if (state === 'connected') delete s.info.connectFailed;
  else if (state === 'failed' || state === 'timed-out') s.info.connectFailed = true;
}

/** fd-creating calls other than open/socket/pipe/dup: kind and the argument holding flags. */
const ANON_CREATORS: Record<string, { kind: FdKind; flags?: number; anon?: string }> = {
  eventfd: { kind: 'eventfd', anon: 'eventfd' },
  eventfd2: { kind: 'eventfd', flags: 1, anon: 'eventfd' },
  epoll_create: { kind: 'epoll', anon: 'eventpoll' },
  epoll_create1: { kind: 'epoll', flags: 0, anon: 'eventpoll' },
  timerfd_create: { kind: 'timerfd', flags: 1, anon: 'timerfd' },
  signalfd: { kind: 'signalfd', anon: 'signalfd' },
  signalfd4: { kind: 'signalfd', flags: 3, anon: 'signalfd' },
  inotify_init: { kind: 'inotify', anon: 'inotify' },
  inotify_init1: { kind: 'inotify', flags: 0, anon: 'inotify' },
  fanotify_init: { kind: 'fanotify', flags: 0, anon: '[fanotify]' },
  memfd_create: { kind: 'memfd', flags: 1 },
  memfd_secret: { kind: 'memfd', flags: 0 },
  pidfd_open: { kind: 'pidfd' },
  pidfd_getfd: { kind: 'unknown' },
  userfaultfd: { kind: 'anon', flags: 0, anon: '[userfaultfd]' },
  perf_event_open: { kind: 'anon', flags: 4, anon: '[perf_event]' },
  io_uring_setup: { kind: 'anon', anon: '[io_uring]' },
  bpf: { kind: 'anon', anon: 'bpf' },
  kqueue: { kind: 'kqueue' },
  guarded_kqueue_np: { kind: 'kqueue' },
};
const CLONE_CALLS = new Set(['clone', 'clone2', 'clone3', 'fork', 'vfork', 'rfork', '__clone2']);
const EXEC_CALLS = new Set(['execve', 'execveat', '__mac_execve']);

function hasCloexec(names: Set<string>): boolean {
  for (const n of names) if (n.endsWith('CLOEXEC')) return true;
  return false;
}

function hasNonblock(names: Set<string>): boolean {
  for (const n of names) if (n.endsWith('NONBLOCK')) return true;
  return false;
}

function kindOfInfo(info: FdInfo): FdKind {
  switch (info.type) {
    case 'socket':
      return 'socket';
    case 'pipe':
      return 'pipe';
    case 'pidfd':
      return 'pidfd';
    case 'anon': {
      const n = info.name.replace(/^\[|\]$/g, '');
      if (n === 'eventfd') return 'eventfd';
      if (n === 'eventpoll') return 'epoll';
      if (n === 'timerfd') return 'timerfd';
      if (n === 'signalfd') return 'signalfd';
      if (n === 'inotify') return 'inotify';
      if (n === 'fanotify') return 'fanotify';
      return 'anon';
    }
    case 'path':
      if (info.path.startsWith('/memfd:')) return 'memfd';
      if (info.device) return 'device';
      return 'file';
    default:
      return 'unknown';
  }
}

function familyOfProtocol(protocol: string): string | undefined {
  if (protocol.startsWith('UNIX')) return 'AF_UNIX';
  if (protocol === 'NETLINK') return 'AF_NETLINK';
  if (protocol === 'PACKET') return 'AF_PACKET';
  if (/v6$/.test(protocol)) return 'AF_INET6';
  if (/^(TCP|UDP|UDPLITE|RAW|SCTP|DCCP|PING|MPTCP)$/.test(protocol)) return 'AF_INET';
  return undefined;
}

function typeOfProtocol(protocol: string): string | undefined {
  if (/^(TCP|MPTCP|SCTP)/.test(protocol) || protocol === 'UNIX-STREAM') return 'SOCK_STREAM';
  if (/^UDP/.test(protocol) || protocol === 'UNIX-DGRAM' || protocol === 'UNIX') return 'SOCK_DGRAM';
  if (protocol === 'UNIX-SEQPACKET') return 'SOCK_SEQPACKET';
  if (/^RAW/.test(protocol)) return 'SOCK_RAW';
  return undefined;
}

export class Tracker {
  readonly procs = new Map<number, Proc>();
  /** Processes in order of appearance (ended ones stay for the report, up to MAX_KEPT_PROCS). */
  private kept = new Set<Proc>();
  private socketMap = new Map<string, SockState>();
  /** Called when a socket's last fd closes, before it may be forgotten. */
  readonly onSocketClosed: ((s: SockState) => void)[] = [];
  /** How many ended processes and closed sockets were forgotten to bound memory. */
  forgotten = { processes: 0, sockets: 0 };

  get order(): Proc[] {
    return [...this.kept];
  }

  /** Sockets still known: live ones, and closed ones up to MAX_KEPT_SOCKETS. */
  get sockets(): SockState[] {
    return [...this.socketMap.values()];
  }
  private byDeco = new Map<string, SockState>();
  private nextSocket = 1;

  constructor(
    readonly os: OsName,
    readonly format: TraceFormat,
  ) {}

  /** Process key of an event: strace labels threads by tid, Nanos has one process. */
  keyOf(ev: { pid?: number }): number {
    if (this.format === 'nanos') return 0;
    if (ev.pid !== undefined) return ev.pid;
    // strace drops the `[pid N]` prefix once one process is left: the unlabelled line is it.
    if (this.format === 'strace' && !this.procs.has(0) && this.procs.size > 0) {
      let only: number | undefined;
      let ending: number | undefined;
      let endings = 0;
      for (const p of this.procs.values()) {
        if (p.exitPending) {
          ending = p.key;
          endings++;
        }
        // A child whose fork has not returned yet is not who strace means.
        if (!p.alive || p.unadopted) continue;
        if (only !== undefined) return 0;
        only = p.key;
      }
      if (only !== undefined) return only;
      // Its exit line after its exit_group: the process that just called it.
      if (endings === 1) return ending!;
    }
    return 0;
  }

  private attaching = false;

  /**
   * strace -f writing to a terminal prints no pid prefix while one process runs, then
   * `[pid N]` once there are two: the first new pid that is not a known child is the
   * unlabelled process itself. Its key 0 becomes N everywhere.
   */
  private relabel(p: Proc, pid: number): void {
    const old = p.key;
    this.procs.delete(old);
    this.procs.set(pid, p);
    p.key = pid;
    if (p.tgid === old) p.tgid = pid;
    p.info.pid = pid;
    for (const q of this.procs.values()) {
      if (q.info.parent === old) q.info.parent = pid;
      if (q.info.leader === old) q.info.leader = pid;
      if (q.tgid === old) q.tgid = pid;
    }
    for (const sk of this.socketMap.values()) {
      sk.info.holders = sk.info.holders.map((h) => (h === old ? pid : h));
      sk.info.fds = sk.info.fds.map((f) => (f.startsWith(`${String(old)}:`) ? `${String(pid)}:${f.slice(String(old).length + 1)}` : f));
      const u = sk.users.get(old);
      if (u) {
        sk.users.delete(old);
        sk.users.set(pid, u);
      }
    }
  }

  /** `attached with N threads`: the next N-1 new pids are threads of the attached process. */
  private awaitedThreads: { leader: number; count: number } | undefined;

  attached(target: number, threads: number | undefined, line: number): Proc {
    this.attaching = true;
    const p = this.proc({ pid: target, line });
    this.attaching = false;
    if (threads !== undefined && threads > 1) this.awaitedThreads = { leader: target, count: threads - 1 };
    return p;
  }

  proc(ev: { pid?: number; tid?: number; line: number }, ending = false): Proc {
    const key = this.keyOf(ev);
    let p = this.procs.get(key);
    if (!p && key !== 0 && this.format === 'strace' && !this.attaching) {
      // Prefixes start when the unlabelled process forks: a new pid that is not its child is it.
      const unlabelled = this.procs.get(0);
      if (unlabelled?.alive && unlabelled.forked) {
        this.relabel(unlabelled, key);
        p = unlabelled;
      }
    }
    // A thread that ran execve became its leader: its late lines (the execve) belong there.
    if (p?.supersededInto !== undefined) return this.procs.get(p.supersededInto) ?? p;
    // Nothing follows a process's exit line: a pid seen again is a new process (pid reuse).
    // Its own exit line and the signals before it still belong to it.
    if (p && !p.alive && this.format === 'strace' && !(ending && p.exitPending)) p = undefined;
    if (!p) {
      const first = this.kept.size === 0;
      p = {
        key,
        tgid: key,
        info: { pid: key, isThread: false, execs: [], firstLine: ev.line, lastLine: ev.line },
        fds: { map: new Map(), users: 1 },
        alive: true,
      };
      if (!first && this.format === 'strace') p.unadopted = { closed: new Set() };
      const leader = this.awaitedThreads ? this.procs.get(this.awaitedThreads.leader) : undefined;
      if (leader && this.awaitedThreads!.count > 0) {
        this.awaitedThreads!.count--;
        delete p.unadopted;
        p.info.isThread = true;
        p.info.leader = leader.tgid;
        p.tgid = leader.tgid;
        p.fds = leader.fds;
        p.fds.users++;
      }
      this.procs.set(key, p);
      this.kept.add(p);
    }
    p.info.lastLine = ev.line;
    if (ev.tid !== undefined && this.format !== 'strace') {
      const tids = (p.info.tids ??= []);
      if (!tids.includes(ev.tid)) tids.push(ev.tid);
    }
    return p;
  }

  lookup(key: number, fd: number): FdEntry | undefined {
    return this.procs.get(key)?.fds.map.get(fd);
  }

  socketOf(entry: FdEntry | undefined): SockState | undefined {
    if (!entry?.socketId) return undefined;
    return this.socketMap.get(entry.socketId);
  }

  private newSocket(line: number | undefined): SockState {
    const id = `s${String(this.nextSocket++)}`;
    const info: SocketInfo = { id, holders: [], fds: [], lines: [] };
    if (line !== undefined) info.openedLine = line;
    const s: SockState = { info, refs: 0, decoKeys: new Set(), users: new Map(), inheritedBy: new Set(), forks: [] };
    this.socketMap.set(id, s);
    return s;
  }

  private decoKey(info: FdInfo): string | undefined {
    if (info.type !== 'socket') return undefined;
    if (info.inode !== undefined) return `${info.protocol}#${String(info.inode)}`;
    const l = info.local ? JSON.stringify(info.local) : '';
    const p = info.peer ? JSON.stringify(info.peer) : '';
    return l || p ? `${info.protocol}|${l}|${p}` : undefined;
  }

  /** Fill a socket from a -yy decoration: endpoints the trace did not otherwise show. */
  private learnSocket(s: SockState, info: FdInfo): void {
    if (info.type !== 'socket') return;
    const si = s.info;
    if (info.protocol !== 'socket') {
      si.protocol ??= info.protocol;
      si.family ??= familyOfProtocol(info.protocol);
      si.type ??= typeOfProtocol(info.protocol);
    }
    if (info.local && !si.local) si.local = info.local;
    if (info.peer && !si.peer) si.peer = info.peer;
    const key = this.decoKey(info);
    if (key && !s.decoKeys.has(key)) {
      s.decoKeys.add(key);
      this.byDeco.set(key, s);
    }
  }

  private learn(entry: FdEntry, info: FdInfo | undefined): void {
    if (!info) return;
    if (entry.kind === 'unknown') entry.kind = kindOfInfo(info);
    switch (info.type) {
      case 'path':
        entry.path = info.path;
        if (info.device) entry.device = info.device;
        if (info.deleted) entry.deleted = true;
        break;
      case 'pipe':
        entry.pipe = { ...entry.pipe, inode: info.inode };
        break;
      case 'anon':
        entry.anon = info.name.replace(/^\[|\]$/g, '');
        break;
      case 'pidfd':
        entry.targetPid = info.pid;
        break;
      case 'socket': {
        let s = this.socketOf(entry);
        if (!s) {
          s = this.newSocket(undefined);
          this.attachSocket(entry, s, undefined);
        }
        this.learnSocket(s, info);
        break;
      }
      default:
        break;
    }
  }

  private attachSocket(entry: FdEntry, s: SockState, p: Proc | undefined): void {
    entry.socketId = s.info.id;
    entry.kind = 'socket';
    s.refs++;
    if (p) this.noteHolder(s, p, entry.fd);
  }

  private noteHolder(s: SockState, p: Proc, fd: number): void {
    if (!s.info.holders.includes(p.tgid)) s.info.holders.push(p.tgid);
    const tag = `${String(p.tgid)}:${String(fd)}`;
    if (s.info.fds.length < MAX_SOCKET_FDS && !s.info.fds.includes(tag)) s.info.fds.push(tag);
  }

  private release(entry: FdEntry, line: number): void {
    const s = this.socketOf(entry);
    if (!s) return;
    s.refs--;
    if (s.refs <= 0) {
      s.info.closedLine ??= line;
      for (const k of s.decoKeys) if (this.byDeco.get(k) === s) this.byDeco.delete(k);
      for (const f of this.onSocketClosed) f(s);
      if (this.socketMap.size > MAX_KEPT_SOCKETS) {
        this.socketMap.delete(s.info.id);
        this.forgotten.sockets++;
      }
    }
  }

  /** Put a new entry at `fd`, dropping whatever was there (dup2 over an open fd). */
  install(p: Proc, entry: FdEntry, line: number, closed?: FdEntry[]): FdEntry {
    const old = p.fds.map.get(entry.fd);
    if (old) {
      this.release(old, line);
      closed?.push(old);
    }
    p.fds.map.set(entry.fd, entry);
    p.unadopted?.closed.delete(entry.fd);
    const s = this.socketOf(entry);
    if (s) this.noteHolder(s, p, entry.fd);
    return entry;
  }

  closeFd(p: Proc, fd: number, line: number): FdEntry | undefined {
    const old = p.fds.map.get(fd);
    p.unadopted?.closed.add(fd);
    if (!old) return undefined;
    p.fds.map.delete(fd);
    this.release(old, line);
    return old;
  }

  /**
   * The entry for an fd the process uses. Unknown fds get an inferred entry (opened
   * before the trace, or by a call the trace filter hid); a decoration fills it in.
   */
  use(p: Proc, fd: number, info: FdInfo | undefined, ev: SyscallEvent): FdEntry {
    let e = p.fds.map.get(fd);
    if (!e) {
      e = { fd, kind: 'unknown', origin: info ? 'decoration' : 'use', inferred: true };
      // A socket seen through its decoration may already be known in another process.
      const key = info ? this.decoKey(info) : undefined;
      const s = key ? this.byDeco.get(key) : undefined;
      if (s) {
        this.attachSocket(e, s, undefined);
      }
      this.install(p, e, ev.line);
    } else if (info && info.type === 'path' && e.path !== info.path && e.kind !== 'socket' && !e.inferred) {
      // The table was wrong (missed a dup2/close): believe the decoration.
      e.path = info.path;
    }
    this.learn(e, info);
    const s = this.socketOf(e);
    if (s) this.noteHolder(s, p, fd);
    return e;
  }

  private useSocket(s: SockState, p: Proc, ev: SyscallEvent, kind: 'read' | 'write' | 'accept' | 'other', failed: string | undefined): void {
    const si = s.info;
    if (si.lines.length < MAX_SOCKET_LINES && si.lines[si.lines.length - 1] !== ev.line) si.lines.push(ev.line);
    if (kind === 'other') return;
    let u = s.users.get(p.tgid);
    if (!u) {
      u = { reads: 0, writes: 0, readsAfterFork: 0, writesAfterFork: 0, accepts: 0, acceptEagain: 0, first: { line: ev.line, seq: ev.seq }, lines: [], seqs: [], eagain: [] };
      s.users.set(p.tgid, u);
    }
    const forked = s.forks.length > 0;
    // A read broken off by a signal (`= ? ERESTARTSYS`) was still reading this socket: a
    // process killed while it waited for a reply another process took.
    if (kind === 'read' && (!failed || /^(ERESTART|EINTR$)/.test(failed))) {
      u.reads++;
      if (forked) {
        u.readsAfterFork++;
        u.firstReadAfterFork ??= { line: ev.line, seq: ev.seq };
      }
    } else if (kind === 'write' && !failed) {
      u.writes++;
      if (forked) u.writesAfterFork++;
    }
    else if (kind === 'accept') {
      if (failed === 'EAGAIN' || failed === 'EWOULDBLOCK') {
        u.acceptEagain++;
        if (u.eagain.length < 10) u.eagain.push({ line: ev.line, seq: ev.seq, result: ev.lines[ev.lines.length - 1 - (ev.stack?.length ?? 0)] ?? ev.line });
      }
      else if (!failed) u.accepts++;
    }
    // The first uses, and the first use after each fork of the socket (for citing).
    const afterFork = s.forks.length > 0 && ev.line > s.forks[0]!.line && !u.lines.some((l) => l > s.forks[0]!.line);
    if (u.lines.length < 20 || afterFork) {
      u.lines.push(ev.line);
      u.seqs.push(ev.seq);
    }
  }

  // ---- events -------------------------------------------------------------

  onExit(ev: ExitEvent): Proc {
    const p = this.proc(ev, true);
    delete p.exitPending;
    if (ev.supersededBy !== undefined) {
      // A thread ran execve: it takes over this pid; the thread's own id is gone, the
      // process (and its fd table) lives on under the leader's pid.
      const t = this.procs.get(ev.supersededBy);
      if (t && t !== p && t.alive) {
        t.alive = false;
        t.released = true;
        t.fds.users--;
        t.supersededInto = p.key;
      }
      return p;
    }
    if (ev.code !== undefined) p.info.exitCode = ev.code;
    if (ev.signal !== undefined) p.info.signal = ev.signal;
    if (ev.core) p.info.core = true;
    this.finishProc(p, ev.line);
    this.maybeForget(p);
    return p;
  }

  onSignal(ev: SignalEvent): Proc {
    const p = this.proc(ev, true);
    if (!ev.stopped) {
      p.lastSignal = { signal: ev.signal, line: ev.line, seq: ev.seq };
      if (ev.info !== undefined) p.lastSignal.info = ev.info;
    }
    return p;
  }

  private finishProc(p: Proc, line: number): void {
    if (p.released) return;
    p.released = true;
    p.alive = false;
    p.fds.users--;
    if (p.fds.users <= 0) {
      for (const e of p.fds.map.values()) this.release(e, line);
      p.fds.map.clear();
    }
    this.maybeForget(p);
  }

  /** End of the trace: processes that called exit but printed no exit line end there. */
  end(): void {
    for (const p of this.procs.values()) {
      if (p.exitPending && !p.released) this.finishProc(p, p.exitCallAt?.line ?? p.info.lastLine);
    }
  }

  /** Past the cap, forget ended processes that exited cleanly: nothing to report on them. */
  private maybeForget(p: Proc): void {
    if (p.alive || p.exitPending || this.kept.size <= MAX_KEPT_PROCS) return;
    const clean = p.info.exitCode === 0 || (p.info.isThread && p.info.signal === undefined);
    if (!clean) return;
    this.kept.delete(p);
    if (this.procs.get(p.key) === p) this.procs.delete(p.key);
    this.forgotten.processes++;
  }

  onCall(call: CallView): Touch {
    const ev = call.ev;
    const p = this.proc(ev);
    const t: Touch = { proc: p };
    const name = ev.syscall;
    const ok = !call.failed && ev.status !== 'unfinished' && ev.status !== 'interrupted';

    // Decorated fds anywhere at top level: they tell what the fd is, whatever the call.
    const args = ev.args.includes('<') ? call.args : undefined;
    if (args) {
      for (let i = 0; i < args.length; i++) {
        const f = parseFdText(args[i]);
        if (f?.fd !== undefined && f.decoration !== undefined && f.fd >= 0) {
          const e = this.use(p, f.fd, call.fdInfo(i), ev);
          if (i === 0 || (!t.fd && i <= 1)) t.fd = e;
        }
      }
    }
    if (!t.fd && (FD_FIRST.has(name) || call.argKind(0) === 'fd')) {
      const fd = call.fd(0);
      // EBADF says the fd was not open: do not invent an entry for it.
      if (fd !== undefined && fd >= 0 && call.errno !== 'EBADF') t.fd = this.use(p, fd, call.fdInfo(0), ev);
    }
    if (t.fd) t.socket = this.socketOf(t.fd);

    if (name in OPEN_CALLS) this.onOpen(call, p, t, ok);
    else if (name === 'socket' && ok) this.onSocket(call, p, t);
    else if (name === 'socketpair' && ok) this.onSocketpair(call, p, t);
    else if (ACCEPT_CALLS.has(name)) this.onAccept(call, p, t, ok);
    else if ((name === 'pipe' || name === 'pipe2') && ok) this.onPipe(call, p, t);
    else if (name === 'dup' || name === 'dup2' || name === 'dup3') this.onDup(call, p, t, ok);
    else if (name === 'fcntl' || name === 'fcntl64' || name === 'fcntl_nocancel') this.onFcntl(call, p, t, ok);
    else if (name === 'close' || name === 'close_nocancel' || name === 'guarded_close_np') this.onClose(call, p, t);
    else if (name === 'close_range') this.onCloseRange(call, p, t, ok);
    else if (name in ANON_CREATORS && ok) this.onAnon(call, p, t);
    else if (CLONE_CALLS.has(name)) this.onClone(call, p, t);
    else if (EXEC_CALLS.has(name)) this.onExec(call, p, t, ok);
    else if (name === 'exit' || name === 'exit_group') {
      const code = call.int(0);
      if (code !== undefined) {
        p.info.exitCall = code;
        p.exitCallAt = { line: ev.line, seq: ev.seq };
      }
      // Nothing but its exit line follows (strace -qqq prints none): it is gone. Its fds
      // close with its exit line, or at the end of the trace when there is none.
      if (ev.status === 'complete' || ev.status === 'interrupted') {
        p.alive = false;
        p.exitPending = true;
      }
    } else if ((name === 'wait4' || name === 'waitpid') && ok && (call.ret ?? 0) > 0) {
      this.onReap(call, p);
    } else if (t.socket) this.onSocketCall(call, p, t, ok);

    if ((name === 'write' || name === 'write_nocancel') && call.fd(0) === 2 && ok) {
      const s = call.str(1);
      if (s) {
        // Programs often write one message in pieces ("psql:", " ", "error: ", ...): join them.
        const joined = p.lastStderr && !p.lastStderr.text.endsWith('\n') ? p.lastStderr : undefined;
        const text = ((joined?.text ?? '') + s.value + (s.truncated ? '…' : '')).slice(-300);
        p.lastStderr = { text, line: ev.line, seq: ev.seq, cut: s.truncated || (joined?.cut ?? false) };
      }
    }
    p.lastCall = ev;
    if (t.socket) t.connect = t.socket.pending ?? t.connect;
    return t;
  }

  private newEntry(fd: number, kind: FdKind, call: CallView, origin?: string): FdEntry {
    return { fd, kind, origin: origin ?? call.name, openedLine: call.ev.line, openedSeq: call.ev.seq };
  }

  private onOpen(call: CallView, p: Proc, t: Touch, ok: boolean): void {
    const spec = OPEN_CALLS[call.name]!;
    const fd = call.ret;
    if (!ok || fd === undefined || fd < 0) return;
    const flags = call.names(spec.flags, 'open-flags');
    const e = this.newEntry(fd, flags.has('O_DIRECTORY') ? 'directory' : 'file', call);
    const path = spec.path >= 0 ? call.absPath(spec.path, (dirfd) => p.fds.map.get(dirfd)?.path) : undefined;
    if (path !== undefined) e.path = path;
    if (path?.startsWith('/dev/')) e.kind = 'device';
    if (hasCloexec(flags)) e.cloexec = true;
    const closed: FdEntry[] = [];
    this.install(p, e, call.ev.line, closed);
    this.learn(e, call.resultFdInfo());
    t.fd = e;
    t.socket = undefined;
  }

  private onSocket(call: CallView, p: Proc, t: Touch): void {
    const fd = call.ret;
    if (fd === undefined || fd < 0) return;
    const s = this.newSocket(call.ev.line);
    const fam = [...call.names(0, 'family')].find((n) => n.startsWith('AF_') || n.startsWith('PF_'));
    const typeNames = call.names(1, 'socktype');
    const type = [...typeNames].find((n) => /^SOCK_(STREAM|DGRAM|RAW|SEQPACKET|RDM|PACKET)$/.test(n));
    if (fam) s.info.family = fam.replace(/^PF_/, 'AF_').replace('AF_LOCAL', 'AF_UNIX');
    if (type) s.info.type = type;
    const proto = call.arg(2);
    if (proto !== undefined && !/^(0|0x0|IPPROTO_IP)$/.test(proto.trim())) {
      // `IPPROTO_TCP` → `TCP`, the name -yy decorations use.
      const named = [...call.names(2, 'protocol')][0] ?? proto.trim();
      s.info.protocol = named.replace(/^IPPROTO_/, '');
    }
    if (hasNonblock(typeNames)) s.info.nonBlocking = true;
    const e = this.newEntry(fd, 'socket', call);
    if (hasCloexec(typeNames)) e.cloexec = true;
    this.attachSocket(e, s, p);
    this.install(p, e, call.ev.line);
    this.learn(e, call.resultFdInfo());
    t.fd = e;
    t.socket = s;
  }

  private onSocketpair(call: CallView, p: Proc, t: Touch): void {
    const items = call.array(3) ?? [];
    const typeNames = call.names(1, 'socktype');
    const fam = [...call.names(0, 'family')].find((n) => n.startsWith('AF_'));
    const type = [...typeNames].find((n) => /^SOCK_(STREAM|DGRAM|SEQPACKET)$/.test(n));
    t.fds = [];
    for (const it of items) {
      const f = parseFdText(it);
      if (f?.fd === undefined) continue;
      const s = this.newSocket(call.ev.line);
      if (fam) s.info.family = fam.replace('AF_LOCAL', 'AF_UNIX');
      if (type) s.info.type = type;
      if (hasNonblock(typeNames)) s.info.nonBlocking = true;
      const e = this.newEntry(f.fd, 'socket', call);
      if (hasCloexec(typeNames)) e.cloexec = true;
      this.attachSocket(e, s, p);
      this.install(p, e, call.ev.line);
      if (f.decoration) this.learn(e, call.fdInfo(3) ?? undefined);
      t.fds.push(e);
    }
    t.fd = t.fds[0];
    t.socket = this.socketOf(t.fd);
  }

  private onAccept(call: CallView, p: Proc, t: Touch, ok: boolean): void {
    const listener = t.socket;
    if (listener) this.useSocket(listener, p, call.ev, 'accept', call.errno);
    const fd = call.ret;
    if (!ok || fd === undefined || fd < 0) return;
    const s = this.newSocket(call.ev.line);
    if (listener) {
      const li = listener.info;
      // accept() succeeding proves it listens, also when the trace began after listen().
      li.listening = true;
      if (li.family) s.info.family = li.family;
      if (li.type) s.info.type = li.type;
      if (li.protocol) s.info.protocol = li.protocol;
      if (li.local) s.info.local = li.local;
    }
    const peer = shownEndpoint(call.endpoint(1));
    if (peer && peer.family !== 'AF_UNIX') s.info.peer = peer;
    const flags = call.names(3, 'socktype');
    if (hasNonblock(flags)) s.info.nonBlocking = true;
    const e = this.newEntry(fd, 'socket', call);
    if (hasCloexec(flags)) e.cloexec = true;
    this.attachSocket(e, s, p);
    this.install(p, e, call.ev.line);
    this.learn(e, call.resultFdInfo());
    t.fds = [e];
    t.socket = listener;
  }

  private onPipe(call: CallView, p: Proc, t: Touch): void {
    const items = call.array(0) ?? [];
    const flags = call.names(1, 'open-flags');
    t.fds = [];
    items.forEach((it, i) => {
      const f = parseFdText(it);
      if (f?.fd === undefined) return;
      const e = this.newEntry(f.fd, 'pipe', call);
      e.pipe = { end: i === 0 ? 'read' : 'write' };
      if (hasCloexec(flags)) e.cloexec = true;
      this.install(p, e, call.ev.line);
      const m = /^pipe:\[(\d+)\]$/.exec(f.decoration ?? '');
      if (m) e.pipe.inode = Number(m[1]);
      t.fds!.push(e);
    });
    t.fd = t.fds[0];
  }

  private copyEntry(src: FdEntry, fd: number, call: CallView): FdEntry {
    const e: FdEntry = { ...src, fd, origin: call.name, openedLine: call.ev.line, openedSeq: call.ev.seq };
    delete e.cloexec;
    delete e.inferred;
    if (src.pipe) e.pipe = { ...src.pipe };
    const s = this.socketOf(src);
    if (s) s.refs++;
    return e;
  }

  private onDup(call: CallView, p: Proc, t: Touch, ok: boolean): void {
    const newFd = call.ret;
    const oldFd = call.fd(0);
    if (!ok || newFd === undefined || newFd < 0 || oldFd === undefined) return;
    const src = p.fds.map.get(oldFd) ?? this.use(p, oldFd, call.fdInfo(0), call.ev);
    if (newFd === oldFd) return;
    const e = this.copyEntry(src, newFd, call);
    if (call.name === 'dup3' && hasCloexec(call.names(2, 'open-flags'))) e.cloexec = true;
    const closed: FdEntry[] = [];
    this.install(p, e, call.ev.line, closed);
    this.learn(e, call.resultFdInfo());
    t.fds = [e];
    if (closed.length) t.closed = closed;
    t.fd = src;
  }

  private onFcntl(call: CallView, p: Proc, t: Touch, ok: boolean): void {
    if (!ok || !t.fd) return;
    const cmd = call.names(1, 'fcntl-cmd');
    if (cmd.has('F_DUPFD') || cmd.has('F_DUPFD_CLOEXEC')) {
      const newFd = call.ret;
      if (newFd === undefined || newFd < 0) return;
      const e = this.copyEntry(t.fd, newFd, call);
      if (cmd.has('F_DUPFD_CLOEXEC')) e.cloexec = true;
      this.install(p, e, call.ev.line);
      t.fds = [e];
    } else if (cmd.has('F_SETFD')) {
      const v = call.names(2);
      t.fd.cloexec = v.has('FD_CLOEXEC') || (call.int(2) ?? 0) % 2 === 1;
    } else if (cmd.has('F_SETFL') && t.socket) {
      t.socket.info.nonBlocking = hasNonblock(call.names(2, 'open-flags'));
    }
  }

  private onClose(call: CallView, p: Proc, t: Touch): void {
    const fd = call.fd(0);
    if (fd === undefined) return;
    if (call.errno === 'EBADF') return;
    const old = this.closeFd(p, fd, call.ev.line);
    if (old) {
      t.closed = [old];
      t.fd = old;
    }
  }

  private onCloseRange(call: CallView, p: Proc, t: Touch, ok: boolean): void {
    if (!ok) return;
    const lo = call.int(0) ?? 0;
    const hi = call.int(1) ?? lo;
    const cloexecOnly = call.names(2).has('CLOSE_RANGE_CLOEXEC');
    t.closed = [];
    for (const fd of [...p.fds.map.keys()]) {
      if (fd < lo || fd > hi) continue;
      if (cloexecOnly) p.fds.map.get(fd)!.cloexec = true;
      else {
        const old = this.closeFd(p, fd, call.ev.line);
        if (old) t.closed.push(old);
      }
    }
  }

  private onAnon(call: CallView, p: Proc, t: Touch): void {
    const spec = ANON_CREATORS[call.name]!;
    const fd = call.ret;
    if (fd === undefined || fd < 0) return;
    // signalfd on an existing fd changes its mask; no new fd.
    if ((call.name === 'signalfd' || call.name === 'signalfd4') && (call.int(0) ?? -1) >= 0) return;
    const e = this.newEntry(fd, spec.kind, call);
    if (spec.anon) e.anon = spec.anon.replace(/^\[|\]$/g, '');
    if (spec.flags !== undefined && hasCloexec(call.names(spec.flags))) e.cloexec = true;
    if (call.name === 'pidfd_open' || call.name === 'pidfd_getfd') e.cloexec = true;
    if (call.name === 'pidfd_open') {
      const target = call.int(0);
      if (target !== undefined) e.targetPid = target;
    }
    if (call.name === 'memfd_create') {
      const n = call.str(0)?.value;
      if (n !== undefined) e.path = `/memfd:${n}`;
    }
    this.install(p, e, call.ev.line);
    this.learn(e, call.resultFdInfo());
    t.fd = e;
  }

  private onClone(call: CallView, p: Proc, t: Touch): void {
    const child = call.retPid;
    // The child's own return (0) or a failure: nothing to follow.
    if (child === undefined || child <= 0 || call.failed) return;
    // Nanos runs one process: every clone is a thread of it, known by its tid.
    if (this.format === 'nanos') {
      const tids = (p.info.tids ??= []);
      if (!tids.includes(child)) tids.push(child);
      return;
    }
    p.forked = true;
    const flags = call.allNames();
    const thread = flags.has('CLONE_THREAD');
    const shareFiles = thread || flags.has('CLONE_FILES');
    let c = this.procs.get(child);
    // Dead already: the pid was used before and that process ended, or it is this child, whose
    // lines came before the parent's return (vfork suspends the parent until the child execs or exits).
    if (c && !c.alive && !c.unadopted) c = undefined;
    if (!c) {
      c = {
        key: child,
        tgid: child,
        info: { pid: child, isThread: false, execs: [], firstLine: call.ev.line, lastLine: call.ev.line },
        fds: { map: new Map(), users: 1 },
        alive: true,
      };
      this.procs.set(child, c);
      this.kept.add(c);
      this.adopt(c, p, thread, shareFiles, call);
    } else if (c.unadopted) {
      this.adopt(c, p, thread, shareFiles, call);
    }
    t.child = c;
  }

  /** Give a child its parent, and its fd table: shared (threads, CLONE_FILES) or copied. */
  private adopt(c: Proc, parent: Proc, thread: boolean, share: boolean, call: CallView): void {
    const closedEarly = c.unadopted?.closed ?? new Set<number>();
    delete c.unadopted;
    c.info.parent = parent.info.pid;
    // Until it runs its own program, a child is a copy of its parent.
    if (!c.info.exe && parent.info.exe) c.info.exe = parent.info.exe;
    if (!c.info.argv && parent.info.argv) c.info.argv = [...parent.info.argv];
    if (thread) {
      c.info.isThread = true;
      c.tgid = parent.tgid;
      c.info.leader = parent.tgid;
    }
    const own = c.fds.map;
    if (share) {
      c.fds.users--;
      c.fds = parent.fds;
      c.fds.users++;
      for (const [fd, e] of own) {
        const theirs = c.fds.map.get(fd);
        if (!theirs || (theirs.inferred && theirs.kind === 'unknown')) c.fds.map.set(fd, e);
      }
      return;
    }
    for (const [fd, e] of parent.fds.map) {
      const mine = own.get(fd);
      // The child's own entry wins, unless it was only a guess from seeing the fd used.
      if ((mine && !(mine.inferred && mine.kind === 'unknown')) || closedEarly.has(fd)) continue;
      const copy: FdEntry = { ...e, origin: 'inherited' };
      if (e.pipe) copy.pipe = { ...e.pipe };
      own.set(fd, copy);
      const s = this.socketOf(e);
      if (s) {
        s.refs++;
        s.inheritedBy.add(c.tgid);
        if (s.forks.length < 20 && !s.forks.some((f) => f.child === c.tgid)) s.forks.push({ child: c.tgid, line: call.ev.line, seq: call.ev.seq });
        this.noteHolder(s, c, fd);
      }
    }
  }

  /**
   * wait4 returning a child's status: when the child's own exit line was never seen (strace
   * without -f), the status is all the trace says about how it ended.
   */
  private onReap(call: CallView, p: Proc): void {
    const c = this.procs.get(call.retPid!);
    if (!c || c === p || c.info.exitCode !== undefined || c.info.signal !== undefined) return;
    const status = call.arg(1) ?? '';
    const sig = /WTERMSIG\(s\) == (SIG[A-Z0-9_]+)/.exec(status)?.[1];
    const code = /WEXITSTATUS\(s\) == (\d+)/.exec(status)?.[1];
    if (sig) {
      c.info.signal = sig;
      if (/WCOREDUMP/.test(status)) c.info.core = true;
    } else if (code !== undefined) c.info.exitCode = Number(code);
    else return;
    // Not ended here: with -ff files read one after another, its own lines may come later.
    c.reaped = { line: call.ev.line, seq: call.ev.seq, by: p.key };
  }

  private onExec(call: CallView, caller: Proc, t: Touch, ok: boolean): void {
    // An execve from a non-leader thread replaces the whole process, under the leader's pid.
    const p = ok && caller.info.isThread ? (this.procs.get(caller.tgid) ?? caller) : caller;
    const path = call.str(call.name === 'execveat' ? 1 : 0)?.value ?? '';
    if (call.ev.status === 'unfinished' || call.ev.status === 'detached') {
      p.info.execs.push({ line: call.ev.line, path, ok: false });
      return;
    }
    p.info.execs.push({ line: call.ev.line, path, ok });
    if (!ok) return;
    const argv = call.array(call.name === 'execveat' ? 2 : 1);
    if (argv) p.info.argv = argv.map((a) => {
      const s = parseStrText(a);
      return s ? s.value + (s.truncated ? '...' : '') : a;
    });
    p.info.exe = path;
    // CLOEXEC fds are gone in the new program.
    t.closed = [];
    for (const [fd, e] of [...p.fds.map]) {
      if (e.cloexec) {
        const old = this.closeFd(p, fd, call.ev.line);
        if (old) t.closed.push(old);
      }
    }
  }

  private onSocketCall(call: CallView, p: Proc, t: Touch, ok: boolean): void {
    const s = t.socket!;
    const name = call.name;
    const si = s.info;
    const ev = call.ev;
    if (READ_CALLS.has(name)) this.useSocket(s, p, ev, 'read', call.errno);
    else if (WRITE_CALLS.has(name)) this.useSocket(s, p, ev, 'write', call.errno);
    else this.useSocket(s, p, ev, 'other', call.errno);

    if (name === 'connect' || name === 'connect_nocancel') {
      const ep = shownEndpoint(call.endpoint(1));
      const errno = call.errno;
      if (call.endpoint(1)?.family === 'AF_UNSPEC') return;
      const pend = s.pending;
      if (pend && (ok || (errno !== 'EINPROGRESS' && errno !== 'EALREADY' && errno !== 'EAGAIN' && !/^(EINTR|ERESTART)/.test(errno ?? '')))) {
        // connect() again on a socket whose connect is in progress returns its outcome
        // (hiredis: EINPROGRESS, poll, connect → 0 / EISCONN / ECONNREFUSED).
        pend.lines.push(ev.line);
        pend.events.push(ev.seq);
        if (ok || errno === 'EISCONN') settle(s, pend, 'connected');
        else {
          settle(s, pend, 'failed');
          if (errno) pend.errno = errno;
        }
        t.connect = pend;
        delete s.pending;
      }
      if (ok) {
        if (ep) si.peer = ep;
      } else if (errno === 'EINPROGRESS' || errno === 'EAGAIN' && si.family !== 'AF_UNIX') {
        if (ep) si.peer = ep;
        s.pending = {
          fd: t.fd!.fd,
          socketId: si.id,
          line: ev.line,
          seq: ev.seq,
          state: 'in-progress',
          lines: [],
          events: [],
          ...(ep ? { endpoint: ep } : {}),
          ...(p.key ? { pid: p.key } : {}),
        };
        t.connect = s.pending;
      }
    } else if (name === 'bind' && ok) {
      const ep = shownEndpoint(call.endpoint(1));
      if (ep) si.local = ep;
    } else if (name === 'listen' && ok) {
      si.listening = true;
    } else if (name === 'getsockname' && ok) {
      const ep = shownEndpoint(call.endpoint(1));
      if (ep && !(ep.family === 'AF_UNIX' && !ep.path)) si.local = ep;
    } else if (name === 'getpeername' && ok) {
      const ep = shownEndpoint(call.endpoint(1));
      if (ep) si.peer = ep;
    } else if (name === 'getsockopt' && ok && s.pending && call.names(2).has('SO_ERROR')) {
      const v = call.arg(3) ?? '';
      const pend = s.pending;
      pend.lines.push(ev.line);
      pend.events.push(ev.seq);
      const m = /^\[(.*)\]$/.exec(v.trim());
      if (m) {
        const inner = m[1]!.trim();
        if (inner === '0') settle(s, pend, 'connected');
        else {
          settle(s, pend, 'failed');
          // -X raw and older strace print the number: name it from the OS table.
          const n = parseIntText(inner);
          pend.errno = /^[A-Z]/.test(inner) ? inner : ((n !== undefined ? errnoInfo(this.os, n)?.name : undefined) ?? `errno ${inner}`);
        }
        t.connect = pend;
        delete s.pending;
      }
    } else if (name === 'ioctl' && ok && call.names(1).has('FIONBIO')) {
      si.nonBlocking = /\[\s*[1-9]/.test(call.arg(2) ?? '');
    }
    if (s.pending && s.pending.line !== ev.line && (READ_CALLS.has(name) || WRITE_CALLS.has(name))) {
      const pend = s.pending;
      pend.lines.push(ev.line);
      pend.events.push(ev.seq);
      if (ok) settle(s, pend, 'connected');
      else if (call.errno && call.errno !== 'EAGAIN') {
        settle(s, pend, 'failed');
        pend.errno = call.errno;
      }
      t.connect = pend;
      if (pend.state !== 'in-progress') delete s.pending;
    }
  }

  /**
   * poll/select results for sockets with a connect in progress: POLLERR/POLLHUP says it
   * failed, a timeout says nothing came back in time.
   */
  onWait(call: CallView, p: Proc): ConnectAttempt | undefined {
    const name = call.name;
    if (!/^(poll|ppoll|select|pselect6|_newselect|select_nocancel|poll_nocancel)$/.test(name)) return undefined;
    const ret = call.ev.ret;
    if (!ret) return undefined;
    const tail = `${ret.text} ${(ret.notes ?? []).join(' ')}`;
    let found: ConnectAttempt | undefined;
    const mark = (fd: number, outcome: 'error' | 'ready' | 'timeout') => {
      const s = this.socketOf(p.fds.map.get(fd));
      const pend = s?.pending;
      if (!s || !pend) return;
      pend.lines.push(call.ev.line);
      pend.events.push(call.ev.seq);
      if (outcome === 'error') settle(s, pend, 'failed');
      else if (outcome === 'timeout') settle(s, pend, 'timed-out');
      found = pend;
    };
    if (ret.value === 0) {
      // Timeout: every watched fd with a pending connect.
      for (const m of call.ev.args.matchAll(/fd=(\d+)/g)) mark(Number(m[1]), 'timeout');
      if (name.includes('select')) {
        for (const m of (call.arg(2) ?? '').matchAll(/(\d+)/g)) mark(Number(m[1]), 'timeout');
      }
      return found;
    }
    for (const m of tail.matchAll(/\{fd=(\d+)(?:<[^>]*>)?, revents=([A-Z|]+)\}/g)) {
      const err = /POLLERR|POLLHUP|POLLNVAL/.test(m[2]!);
      mark(Number(m[1]), err ? 'error' : 'ready');
    }
    return found;
  }
}
