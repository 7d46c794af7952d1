// Sequences a person would tell as one story: the dynamic loader's library search, locale
// and nscd probes, a search along a path list (perl @INC, python sys.path), open → read →
// close of one file, a sweep over signal handlers, an asynchronous connect (EINPROGRESS →
// poll/select → SO_ERROR). Also names what a self-pipe and a prefork pool are when their
// calls go by.
//
// Streaming with bounded look-ahead: a story stays open while the next events of its
// process belong to it (other processes' events wait behind it briefly), and never holds
// more than MAX_HELD events; then it is emitted as it is.

import type { DecodedCall, SyscallEvent, TraceEvent } from '../model/index.js';
import { fdsIn } from './args.js';

/** One event with its sentence (what fold reads and renderers print). */
export interface ExplainedEvent {
  event: TraceEvent;
  explanation: string;
  decoded?: DecodedCall;
}

export type StoryKind = 'event' | 'loader' | 'locale' | 'nscd' | 'async-connect' | 'search' | 'signals' | 'file';

/** One line of the narrative: a single event, or several told as one. */
export interface Story {
  kind: StoryKind;
  /** The sentence for the whole group (the event's own for `event`). */
  sentence: string;
  items: ExplainedEvent[];
  /** Its failures are by design (loader/locale/nscd probes, a search that found its file). */
  expected?: boolean;
}

/** Most events a story may hold before it is emitted as it stands. */
export const MAX_HELD = 256;
/** Other-process events an async connect may wait through before giving up. */
const CONNECT_LOOKAHEAD = 24;
/** Other-process events a probe run may let pass before it is told as it stands. */
const OTHER_PIDS_LOOKAHEAD = 16;

// ------------------------------------------------------------------ path predicates

// Where ld.so and dyld look for libraries, and the files they read on the way.
const LOADER_PATH = /^\/etc\/ld\.so\.(preload|cache)$|\.so(\.[0-9.]+)?$|\/glibc-hwcaps\/|\.dylib$|\/dyld/;
// Locale data, gconv modules and message catalogues (glibc); all optional.
const LOCALE_PATH = /^\/usr\/(lib|share)\/locale\/|\/locale-archive$|\/gconv\/|\/LC_[A-Z]+$|\.mo$/;
const NSCD_PATH = /^\/(var\/)?run\/nscd\/socket$/;

const PROBE_CALLS = new Set([
  'open', 'openat', 'open_nocancel', 'access', 'faccessat', 'faccessat2', 'stat', 'stat64', 'lstat', 'lstat64',
  'newfstatat', 'fstatat64', 'statx', 'getattrlist', 'readlink',
]);
const FD_FOLLOW_CALLS = new Set(['read', 'pread64', 'pread', 'fstat', 'fstat64', 'newfstatat', 'statx', 'mmap', 'close', 'close_nocancel', 'fcntl', 'lseek', 'read_nocancel', 'fcntl_nocancel']);
const MEMORY_CALLS = new Set(['mmap', 'mprotect', 'munmap', 'madvise']);
const SIGACTION_CALLS = new Set(['rt_sigaction', 'sigaction']);
// What a program does with a file between opening and closing it.
const FILE_FOLLOW_CALLS = new Set([
  'read', 'pread64', 'readv', 'write', 'pwrite64', 'writev', 'fstat', 'fstat64', 'newfstatat', 'statx', 'lseek', 'ioctl',
  'fcntl', 'mmap', 'getdents64', 'getdents', 'fstatfs', 'fsync', 'fdatasync', 'ftruncate', 'close',
  'read_nocancel', 'write_nocancel', 'close_nocancel', 'fcntl_nocancel', 'pread', 'pwrite', 'getdirentries64',
]);
const WAIT_CALLS = new Set(['poll', 'ppoll', 'select', 'pselect6', 'epoll_wait', 'epoll_pwait', 'select_nocancel', 'poll_nocancel', 'kevent', 'kevent64', 'kevent_qos']);

/** Which process or thread an event belongs to (Nanos labels calls by thread only). */
function who(ev: TraceEvent): number | undefined {
  return ev.pid ?? ev.tid;
}

/** Calls, signals and exits come from a process (even an unlabelled one); tracer lines do not. */
function fromProcess(ev: TraceEvent): boolean {
  return ev.type === 'syscall' || ev.type === 'signal' || ev.type === 'exit';
}

function firstString(args: string): string | undefined {
  const m = /"((?:[^"\\]|\\.)*)"/.exec(args);
  // dtruss prints the C string with its terminating \0.
  return m ? m[1]!.replace(/\\0$/, '') : undefined;
}

/** Piece i of the text split at every comma (what `split(',')[i]` gives, without the array). */
function commaPart(text: string, i: number): string | undefined {
  let from = 0;
  for (let k = 0; k < i; k++) {
    const c = text.indexOf(',', from);
    if (c < 0) return undefined;
    from = c + 1;
  }
  const end = text.indexOf(',', from);
  return end < 0 ? text.slice(from) : text.slice(from, end);
}

function fdArg(ev: SyscallEvent, i = 0): number | undefined {
  const t = commaPart(ev.args, i)?.trim();
  if (!t) return undefined;
  const m = /^(-?\d+|0x[0-9a-fA-F]+)(?:<|$)/.exec(t);
  if (!m) return undefined;
  return m[1]!.startsWith('0x') ? parseInt(m[1]!, 16) : Number(m[1]);
}

function retValue(ev: SyscallEvent): number | undefined {
  const v = ev.ret?.value;
  return v === null || v === undefined ? undefined : v;
}

function failed(ev: SyscallEvent): boolean {
  return !!(ev.ret?.errno || ev.ret?.errnoNumber !== undefined);
}

function baseName(p: string): string {
  const i = p.lastIndexOf('/');
  return i >= 0 ? p.slice(i + 1) : p;
}

// ------------------------------------------------------------------ open stories

interface Open {
  kind: StoryKind;
  pid: number | undefined;
  items: ExplainedEvent[];
  /** fds a probe run opened and may still use. */
  fds: Set<number>;
  /** async connect: the fd and how many unrelated events passed. */
  fd?: number;
  passed: number;
  done: boolean;
  /** search: the name looked for (basename without extension) and where it was found. */
  stem?: string;
  /** Every name a search missed (a directory scan misses several). */
  stems: Set<string>;
  found?: string;
}

/** `warnings.pmc` and `warnings.pm` are one search; so are `foo.py` / `foo.pyc`. */
function stemOf(p: string): string {
  return baseName(p).replace(/\.(pmc|pm|pyc|py|so|rb|js|json|mjs|cjs|dylib)$/, '');
}

function missing(ev: SyscallEvent): boolean {
  const e = ev.ret?.errno;
  return e === 'ENOENT' || e === 'ENOTDIR' || ev.ret?.errnoNumber === 2 || ev.ret?.errnoNumber === -2;
}

type Slot = { open: Open } | { single: ExplainedEvent };

/** Folds explained events into stories. Feed with push(), finish with end(). */
export class Folder {
  private slots: Slot[] = [];
  private held = 0;
  /** Last signal each process received, until its next wait. */
  private lastSignal = new Map<number, string>();
  /** Pipe ends by `pid:fd`: which end, and the `pid:fd` of the other end. */
  private pipes = new Map<string, { end: 'read' | 'write'; other: string }>();
  /** Pipe read ends a process waits on in select/poll (`pid:fd`). */
  private watched = new Set<string>();
  private listenerPids = new Map<string, Set<number>>();
  /** Non-blocking connects whose result has not been read yet: `pid:fd` → target and line. */
  private pendingConnects = new Map<string, { target: string; line: number }>();
  /** Non-blocking connects whose outcome a second connect() already returned: `pid:fd` → what it said. */
  private settledConnects = new Map<string, { target: string; line: number; errno: string | undefined }>();

  /** `fold: false` keeps every event on its own line but still names self-pipes and prefork pools. */
  constructor(private fold = true) {}

  push(item: ExplainedEvent): Story[] {
    const ev = item.event;
    this.annotate(item);
    if (!this.fold) return [{ kind: 'event', sentence: item.explanation, items: [item] }];
    if (ev.type === 'syscall') {
      // Does an open story take it?
      for (let i = this.slots.length - 1; i >= 0; i--) {
        const s = this.slots[i]!;
        if ('open' in s && !s.open.done && this.accepts(s.open, ev)) {
          s.open.items.push(item);
          this.held++;
          return this.drain(false);
        }
      }
    }
    // Not taken: a story ends at its own process's next unrelated event. Other processes'
    // events (a -f trace interleaves them) wait behind it for a few events only, so the
    // narrative is reordered little.
    for (const s of this.slots) {
      if (!('open' in s) || s.open.done) continue;
      const o = s.open;
      // Tracer and kernel messages belong to no process and never end a story.
      if (fromProcess(ev) && who(ev) === o.pid) o.done = true;
      else if (++o.passed > (o.kind === 'async-connect' ? CONNECT_LOOKAHEAD : OTHER_PIDS_LOOKAHEAD)) o.done = true;
    }
    const started = ev.type === 'syscall' ? this.start(ev, item) : undefined;
    this.slots.push(started ? { open: started } : { single: item });
    this.held++;
    return this.drain(false);
  }

  /** Emits whatever is still held. */
  end(): Story[] {
    for (const s of this.slots) if ('open' in s) s.open.done = true;
    return this.drain(true);
  }

  private drain(force: boolean): Story[] {
    const out: Story[] = [];
    if (this.held > MAX_HELD) force = true;
    while (this.slots.length) {
      const s = this.slots[0]!;
      if ('open' in s && !s.open.done && !force) break;
      this.slots.shift();
      if ('single' in s) {
        this.held--;
        out.push({ kind: 'event', sentence: s.single.explanation, items: [s.single] });
      } else {
        this.held -= s.open.items.length;
        out.push(...this.close(s.open));
      }
    }
    return out;
  }

  // -------------------------------------------------------------- starting and joining

  private start(ev: SyscallEvent, item: ExplainedEvent): Open | undefined {
    const mk = (kind: StoryKind): Open => ({ kind, pid: who(ev), items: [item], fds: new Set(), stems: new Set(), passed: 0, done: false });
    const name = ev.syscall;
    if (PROBE_CALLS.has(name)) {
      const p = firstString(ev.args);
      if (p === undefined) return undefined;
      const r0 = retValue(ev);
      const opened = /^open/.test(name) && !failed(ev) && r0 !== undefined && r0 >= 0;
      const kind: StoryKind | undefined = LOCALE_PATH.test(p) ? 'locale' : LOADER_PATH.test(p) ? 'loader' : missing(ev) ? 'search' : opened ? 'file' : undefined;
      if (!kind) return undefined;
      if (kind === 'file') {
        const o = mk('file');
        o.fds.add(r0!);
        o.found = p;
        return o;
      }
      if (kind === 'search') {
        const o = mk('search');
        o.stem = stemOf(p);
        o.stems.add(o.stem);
        return o;
      }
      const o = mk(kind);
      const r = retValue(ev);
      if (/open/.test(name) && r !== undefined && r >= 0) o.fds.add(r);
      return o;
    }
    if (SIGACTION_CALLS.has(name) && !failed(ev)) return mk('signals');
    if (name === 'socket' && /AF_UNIX|AF_LOCAL|^0x1\b|^1\b/.test(ev.args) && !failed(ev)) {
      // Could be the start of an nscd probe: decided by the next call.
      const o = mk('nscd');
      const r = retValue(ev);
      if (r !== undefined) o.fds.add(r);
      return o;
    }
    if (/^connect/.test(name) && (ev.ret?.errno === 'EINPROGRESS' || item.decoded?.errno?.name === 'EINPROGRESS')) {
      const o = mk('async-connect');
      const fd = fdArg(ev);
      if (fd !== undefined) {
        o.fd = fd;
        if (this.pendingConnects.size > 1024) this.pendingConnects.clear();
        this.pendingConnects.set(`${String(who(ev) ?? -1)}:${String(fd)}`, { target: connectTarget(item), line: ev.line });
      }
      return o;
    }
    return undefined;
  }

  private accepts(o: Open, ev: SyscallEvent): boolean {
    if (who(ev) !== o.pid) return false;
    const name = ev.syscall;
    if (o.kind === 'loader' || o.kind === 'locale') {
      const re = o.kind === 'loader' ? LOADER_PATH : LOCALE_PATH;
      if (PROBE_CALLS.has(name)) {
        const p = firstString(ev.args);
        if (p === undefined || !re.test(p)) {
          // newfstatat(3, "", …) on a file the run opened.
          const fd = fdArg(ev);
          return p === '' && fd !== undefined && o.fds.has(fd);
        }
        const r = retValue(ev);
        if (/open/.test(name) && r !== undefined && r >= 0) o.fds.add(r);
        return true;
      }
      const fd = name.startsWith('mmap') ? mmapFd(ev) : fdArg(ev);
      if (FD_FOLLOW_CALLS.has(name) && fd !== undefined && o.fds.has(fd)) {
        if (name.startsWith('close')) o.fds.delete(fd);
        return true;
      }
      // The loader maps and protects segments between opens.
      return o.kind === 'loader' && MEMORY_CALLS.has(name) && (fd === undefined || fd === -1 || o.fds.has(fd));
    }
    if (o.kind === 'signals') return SIGACTION_CALLS.has(name) && !failed(ev);
    if (o.kind === 'file') {
      // Everything done with the one file it opened, up to its close.
      const fd = name.startsWith('mmap') ? mmapFd(ev) : fdArg(ev);
      // Growing the heap for the buffer is part of reading the file.
      if (name === 'brk' || (MEMORY_CALLS.has(name) && (fd === undefined || fd === -1) && name !== 'mmap') || (name === 'mmap' && fd === -1)) return true;
      if (fd === undefined || !o.fds.has(fd) || !FILE_FOLLOW_CALLS.has(name)) return false;
      if (name === 'newfstatat' && firstString(ev.args) !== '') return false;
      if (name.startsWith('close')) o.done = true;
      return true;
    }
    if (o.kind === 'search') {
      if (!PROBE_CALLS.has(name)) return false;
      const p = firstString(ev.args);
      // Locale and loader probes are routine and tell their own story; mixing them in would
      // hide the real miss among them.
      if (p === undefined || LOCALE_PATH.test(p) || LOADER_PATH.test(p)) return false;
      if (o.found !== undefined) {
        // The open (or second stat) of what was found ends the search.
        if (p !== o.found) return false;
        o.done = true;
        return true;
      }
      if (missing(ev)) {
        o.stem = stemOf(p);
        o.stems.add(o.stem);
        return true;
      }
      // Found: the thing the last misses were looking for.
      if (!failed(ev) && stemOf(p) === o.stem) {
        o.found = p;
        return true;
      }
      return false;
    }
    if (o.kind === 'nscd') {
      const fd = fdArg(ev);
      if (o.items.length === 1) {
        if (!/^connect/.test(name) || fd === undefined || !o.fds.has(fd)) return false;
        const p = firstString(ev.args);
        if (p === undefined || !NSCD_PATH.test(p)) return false;
        return true;
      }
      if (name.startsWith('close') && fd !== undefined && o.fds.has(fd)) {
        o.done = true;
        return true;
      }
      return false;
    }
    if (o.kind === 'async-connect') {
      if (WAIT_CALLS.has(name)) return true;
      // Signal-mask bookkeeping around the wait (curl guards SIGPIPE this way).
      if (name === 'rt_sigaction' || name === 'rt_sigprocmask' || name === 'sigaction' || name === 'sigprocmask') return true;
      const fd = fdArg(ev);
      if (name === 'epoll_ctl' && fdArg(ev, 2) === o.fd) return true;
      if (name === 'getsockopt' && fd === o.fd && /SO_ERROR|0x1007|\b4\b/.test(ev.args)) {
        this.pendingConnects.delete(`${String(who(ev) ?? -1)}:${String(fd)}`);
        o.done = true;
        return true;
      }
      return false;
    }
    return false;
  }

  // -------------------------------------------------------------- closing: the sentences

  private close(o: Open): Story[] {
    const singles = (): Story[] => o.items.map((i) => ({ kind: 'event' as const, sentence: i.explanation, items: [i] }));
    if (o.kind === 'async-connect') return [{ kind: 'async-connect', sentence: connectSentence(o), items: o.items }];
    // Two or three handler changes read fine one by one; a start-up sweep does not.
    if (o.kind === 'signals') return o.items.length < 4 ? singles() : [{ kind: 'signals', sentence: signalsSentence(o), items: o.items }];
    if (o.items.length < 2) return singles();
    if (o.kind === 'nscd') {
      if (o.items.length < 2) return singles();
      const connect = o.items[1]!.event as SyscallEvent;
      const ok = !failed(connect);
      const path = firstString(connect.args) ?? '/var/run/nscd/socket';
      const sentence = ok
        ? `Asked the name service cache daemon (nscd) at ${path}: it is running`
        : `Checked for the name service cache daemon (nscd) at ${path}: not running (${connect.ret?.errno ?? 'error'}), so lookups read /etc files directly — normal`;
      return [{ kind: 'nscd', sentence, items: o.items, expected: true }];
    }
    if (o.kind === 'loader' || o.kind === 'locale') return [{ kind: o.kind, sentence: probeSentence(o), items: o.items, expected: true }];
    if (o.kind === 'file') {
      // A failure while using the file is worth its own line: keep such sequences unfolded.
      const bad = o.items.some((i) => i.event.type === 'syscall' && failed(i.event) && !(i.event.ret?.errno === 'ENOTTY' && /^ioctl/.test(i.event.syscall)));
      return o.items.length < 3 || bad ? singles() : [{ kind: 'file', sentence: fileSentence(o), items: o.items }];
    }
    if (o.kind === 'search') {
      // One path looked up again (stat, then lstat) is no search: each call keeps its own line.
      const probed = new Set(o.items.map((i) => (i.event.type === 'syscall' ? firstString(i.event.args) : undefined)));
      if (o.found === undefined && probed.size < 2) return singles();
      const story: Story = { kind: 'search', sentence: searchSentence(o), items: o.items };
      if (o.found !== undefined) story.expected = true;
      return [story];
    }
    return singles();
  }

  // -------------------------------------------------------------- naming self-pipes and prefork pools

  /** Rewrites the sentence of calls that are part of a self-pipe or prefork pattern. */
  private annotate(item: ExplainedEvent): void {
    const ev = item.event;
    const pid = who(ev) ?? -1;
    const key = (fd: number | undefined): string => `${String(pid)}:${String(fd ?? -1)}`;
    if (ev.type === 'signal') {
      if (!ev.stopped) this.lastSignal.set(pid, ev.signal);
      return;
    }
    if (ev.type !== 'syscall') return;
    const name = ev.syscall;
    if ((name === 'pipe' || name === 'pipe2') && !failed(ev)) {
      const fds = fdsIn(ev.args.split(/\]\s*,/)[0] + ']');
      if (fds.length >= 2) {
        this.pipes.set(key(fds[0]), { end: 'read', other: key(fds[1]) });
        this.pipes.set(key(fds[1]), { end: 'write', other: key(fds[0]) });
      }
      return;
    }
    if (/^connect/.test(name)) {
      // connect() again on a connecting socket returns the outcome (hiredis: EINPROGRESS, poll,
      // connect → ECONNREFUSED); a later SO_ERROR read then finds the error already consumed.
      const k = key(fdArg(ev));
      const p = this.pendingConnects.get(k);
      const errno = ev.ret?.errno;
      if (p && ev.line !== p.line && errno !== 'EINPROGRESS' && errno !== 'EALREADY' && !/^(EINTR|ERESTART)/.test(errno ?? '')) {
        this.pendingConnects.delete(k);
        if (this.settledConnects.size > 1024) this.settledConnects.clear();
        this.settledConnects.set(k, { target: p.target, line: ev.line, errno: errno === 'EISCONN' ? undefined : errno });
      }
      return;
    }
    if (name === 'getsockopt' && /SO_ERROR/.test(ev.args)) {
      const k = key(fdArg(ev));
      const settled = this.settledConnects.get(k);
      if (settled?.errno && soError(ev) === '0') {
        item.explanation = `Read the pending error of ${settled.target}: none left (SO_ERROR 0) — the connect at line ${String(settled.line)} had already returned ${settled.errno}, so there is no connection`;
        return;
      }
      const p = this.pendingConnects.get(k);
      if (p) {
        this.pendingConnects.delete(k);
        const err = soError(ev);
        item.explanation =
          err === '0'
            ? `Read the result of the non-blocking connect of ${p.target} (started at line ${String(p.line)}): connected (SO_ERROR 0)`
            : `Read the result of the non-blocking connect of ${p.target} (started at line ${String(p.line)}): it failed with ${err ?? 'an error'}`;
      }
      return;
    }
    if (/^close/.test(name)) {
      this.pendingConnects.delete(key(fdArg(ev)));
      this.settledConnects.delete(key(fdArg(ev)));
      return;
    }
    if (name === 'write' || name === 'write_nocancel') {
      const fd = fdArg(ev);
      const p = this.pipes.get(key(fd));
      if (p?.end === 'write' && this.watched.has(p.other)) {
        const sig = this.lastSignal.get(pid);
        item.explanation = `${item.explanation} — a self-pipe: it wakes its own select/poll loop${sig ? ` after ${sig} arrived` : ''}`;
      }
      return;
    }
    if (WAIT_CALLS.has(name) || /^accept/.test(name)) {
      let selfPipe = false;
      if (WAIT_CALLS.has(name)) {
        this.lastSignal.delete(pid);
        for (const fd of fdsIn(ev.args)) {
          const p = this.pipes.get(key(fd));
          if (p?.end === 'read') {
            this.watched.add(key(fd));
            selfPipe = true;
          }
        }
      }
      const listeners = listenerKeys(ev, name);
      if (listeners.length === 0) return;
      for (const l of listeners) {
        let set = this.listenerPids.get(l);
        if (!set) this.listenerPids.set(l, (set = new Set()));
        set.add(pid);
      }
      const l = listeners[0]!;
      const n = this.listenerPids.get(l)!.size;
      const notes: string[] = [];
      if (n >= 2) notes.push(`prefork pool: ${String(n)} processes share the listener ${l}`);
      if (selfPipe) notes.push('the pipe beside it is its self-pipe, written to wake this wait');
      if (notes.length) item.explanation = `${item.explanation} (${notes.join('; ')})`;
    }
  }
}

function mmapFd(ev: SyscallEvent): number | undefined {
  const t = commaPart(ev.args, 4)?.trim();
  if (t === undefined) return undefined;
  const m = /^(-?\d+|0x[0-9a-fA-F]+)/.exec(t);
  if (!m) return undefined;
  const v = m[1]!.startsWith('0x') ? parseInt(m[1]!, 16) : Number(m[1]);
  return v === 0xffffffff || v === 0xffffffffffffffff ? -1 : v;
}

/** Listening sockets a wait or accept is about, from -yy decorations (TCP with a local address, no peer). */
function listenerKeys(ev: SyscallEvent, name: string): string[] {
  const out: string[] = [];
  const text = /^accept/.test(name) ? (ev.args.split(', ')[0] ?? '') : ev.args;
  for (const m of text.matchAll(/\d+<(TCP|TCPv6|UNIX-STREAM):\[([^\]]*)\]>/g)) {
    const body = m[2]!;
    if (body.includes('->') || /^\d+$/.test(body)) continue;
    out.push(body);
  }
  return [...new Set(out)];
}

function probeSentence(o: Open): string {
  const opened: string[] = [];
  let misses = 0;
  for (const it of o.items) {
    const ev = it.event as SyscallEvent;
    if (!PROBE_CALLS.has(ev.syscall)) continue;
    const p = firstString(ev.args);
    if (p === undefined || p === '') continue;
    if (failed(ev)) misses++;
    else if (/open/.test(ev.syscall) && !opened.includes(p)) opened.push(p);
  }
  const n = o.items.length;
  if (o.kind === 'loader') {
    const libs = opened.filter((p) => !/ld\.so\.cache$/.test(p)).map(baseName);
    const list = libs.slice(0, 6).join(', ') + (libs.length > 6 ? ` and ${String(libs.length - 6)} more` : '');
    const what = libs.length ? `loaded ${list}` : opened.length ? 'read its cache' : 'found nothing';
    const miss = misses ? `; ${String(misses)} expected miss${misses === 1 ? '' : 'es'} while searching` : '';
    return `Dynamic loader ${what}${miss} (${String(n)} calls)`;
  }
  const found = opened.map(baseName);
  const list = found.slice(0, 4).join(', ') + (found.length > 4 ? ` and ${String(found.length - 4)} more` : '');
  return `Looked for locale and translation files: ${found.length ? `found ${list}` : 'none found'}${misses ? `, ${String(misses)} not present (optional, normal)` : ''} (${String(n)} calls)`;
}

/** `fd 24 (TCP socket) to 127.0.0.1:33773` from the connect's own sentence. */
function connectTarget(item: ExplainedEvent): string {
  return item.explanation.replace(/^Tried to connect /, '').replace(/: in progress.*$/, '');
}

/** The SO_ERROR value a getsockopt read: `0`, `ECONNREFUSED`, `111`. */
function soError(ev: SyscallEvent): string | undefined {
  return /SO_ERROR,\s*\[([A-Z0-9]+|\d+)\]/.exec(ev.args)?.[1];
}

/** Open → read/stat/seek… → close of one file: what was done with it, in one sentence. */
function fileSentence(o: Open): string {
  let read = 0;
  let written = 0;
  let listed = false;
  let mapped = false;
  let closed = false;
  for (const it of o.items.slice(1)) {
    const ev = it.event as SyscallEvent;
    const n = ev.syscall.replace(/_nocancel$/, '');
    const r = retValue(ev) ?? 0;
    // Only "is it a terminal?" answered no can fail inside a folded file story.
    if (failed(ev)) continue;
    if (/^(read|readv|pread|pread64)$/.test(n)) read += Math.max(0, r);
    else if (/^(write|writev|pwrite|pwrite64)$/.test(n)) written += Math.max(0, r);
    else if (/^getd/.test(n)) listed = true;
    else if (n === 'mmap') mapped = true;
    else if (n === 'close') closed = true;
  }
  const fd = [...o.fds][0];
  const what: string[] = [];
  if (listed) what.push('listed its entries');
  if (read) what.push(`read ${String(read)} byte${read === 1 ? '' : 's'}`);
  if (written) what.push(`wrote ${String(written)} byte${written === 1 ? '' : 's'}`);
  if (mapped) what.push('mapped it into memory');
  if (!what.length) what.push('checked it');
  const tail = closed ? ' and closed it' : ` (fd ${String(fd)} not closed yet)`;
  return `Opened ${o.found!} as fd ${String(fd)}, ${what.join(', ')}${tail} (${String(o.items.length)} calls)`;
}

/** A sweep over signal handlers (interpreters do this at start-up). */
function signalsSentence(o: Open): string {
  const set: string[] = [];
  const read: string[] = [];
  for (const it of o.items) {
    const m = /^Set the handler of (.*)$/.exec(it.explanation);
    if (m) set.push(m[1]!);
    else read.push(/^Read the handler of (\S+?)(:|$)/.exec(it.explanation)?.[1] ?? '?');
  }
  const parts: string[] = [];
  if (set.length) parts.push(`set ${set.slice(0, 4).join(', ')}${set.length > 4 ? ` and ${String(set.length - 4)} more` : ''}`);
  if (read.length) parts.push(`read the current handlers of ${String(read.length)} signal${read.length === 1 ? '' : 's'} (${read.slice(0, 3).join(', ')}${read.length > 3 ? ', …' : ''})`);
  return `Went through its signal handlers: ${parts.join('; ')}`;
}

function searchSentence(o: Open): string {
  // A path checked twice (stat, then open) is one miss.
  const paths = [...new Set(o.items.flatMap((i) => (i.event.type === 'syscall' && failed(i.event) ? [firstString(i.event.args) ?? ''] : [])))];
  const misses = paths.length;
  if (o.stems.size === 1) {
    // The places include the one where it was found.
    const places = new Set([...paths, ...(o.found !== undefined ? [o.found] : [])].map((p) => p.replace(/\/[^/]*$/, ''))).size;
    const where = `in ${String(places)} place${places === 1 ? '' : 's'} (${String(misses)} missing)`;
    return o.found !== undefined ? `Searched for ${baseName(o.found)} ${where}: found ${o.found}` : `Searched for ${o.stem!} ${where}: not found`;
  }
  if (o.found !== undefined) return `Searched for ${baseName(o.found)}: found ${o.found} after ${String(misses)} paths that do not exist`;
  const shown = paths.slice(0, 2).join(', ');
  return `Checked ${String(misses)} paths, none exist: ${shown}${misses > 2 ? ` and ${String(misses - 2)} more` : ''}`;
}

function connectSentence(o: Open): string {
  const first = o.items[0]!;
  const target = connectTarget(first);
  const last = o.items[o.items.length - 1]!.event as SyscallEvent;
  const waits = o.items.filter((i) => i.event.type === 'syscall' && WAIT_CALLS.has(i.event.syscall)).length;
  const waited = waits ? `, waited ${waits === 1 ? 'once' : `${String(waits)} times`} for it` : '';
  if (last.syscall === 'getsockopt') {
    const err = soError(last);
    if (err === '0') return `Connected ${target} (non-blocking: started, waited${waits > 1 ? ` ${String(waits)} times` : ''}, then SO_ERROR said success)`;
    if (err) return `Failed to connect ${target}: non-blocking connect started${waited}, then SO_ERROR reported ${err} — the connection did not succeed`;
  }
  // A wait that woke with POLLERR/POLLHUP on the socket already says the connect failed.
  const lastWait = [...o.items].reverse().find((i) => i.event.type === 'syscall' && WAIT_CALLS.has(i.event.syscall))?.event as SyscallEvent | undefined;
  const bad = lastWait ? waitErrorFlags(lastWait, o.fd) : undefined;
  if (bad) return `Started a non-blocking connect of ${target}${waited}: the wait reported ${bad}, so the connect failed (the next connect or SO_ERROR read says why)`;
  return `Started a non-blocking connect of ${target}${waited}; the result is read later`;
}

/** `POLLERR|POLLHUP` when a poll woke with error flags on the fd, else undefined. */
function waitErrorFlags(ev: SyscallEvent, fd: number | undefined): string | undefined {
  if (!/poll/.test(ev.syscall) || ev.ret?.errno) return undefined;
  // The revents part: `= 1 ([{fd=3, revents=POLLOUT|POLLERR|POLLHUP}])`.
  for (const m of [ev.ret?.text ?? '', ...(ev.ret?.notes ?? [])].join(' ').matchAll(/fd=(\d+)[^}]*revents=([A-Z|]+)/g)) {
    if (fd !== undefined && Number(m[1]) !== fd) continue;
    const flags = m[2]!.split('|').filter((f) => f === 'POLLERR' || f === 'POLLHUP');
    if (flags.length) return flags.join('|');
  }
  return undefined;
}
