import {
  callText,
  findingFiles,
  linesText,
  renderFindingsText,
  renderHeaderText,
  renderOverviewText,
  renderStatsLine,
  renderStoryLine,
  storyCall,
  timeText,
  whoText
} from "./chunk-6GLZII33.js";
import {
  Output,
  openTrace,
  reportEventJsonText,
  statsToJson
} from "./chunk-NJSNFNWR.js";
import {
  Analyzer,
  callFailed,
  explainEvent,
  stateFromAnalyzer
} from "./chunk-MJVH4NUW.js";
import {
  FD_ROLES,
  SYSCALLS,
  argViews,
  canonicalName,
  codeBlock,
  escapeMarkdown,
  fdsIn,
  inlineCode,
  lookupSyscall,
  overview
} from "./chunk-ASAXTFM3.js";
import {
  decodeCall,
  parseArgs
} from "./chunk-62PVAE5Q.js";
import {
  UsageError,
  inputFlags,
  pidPasses,
  requireInput,
  resolveColor
} from "./chunk-5AZDCCI3.js";

// dist/src/explain/fold.js
var MAX_HELD = 256;
var CONNECT_LOOKAHEAD = 24;
var OTHER_PIDS_LOOKAHEAD = 16;
var LOADER_PATH = /^\/etc\/ld\.so\.(preload|cache)$|\.so(\.[0-9.]+)?$|\/glibc-hwcaps\/|\.dylib$|\/dyld/;
var LOCALE_PATH = /^\/usr\/(lib|share)\/locale\/|\/locale-archive$|\/gconv\/|\/LC_[A-Z]+$|\.mo$/;
var NSCD_PATH = /^\/(var\/)?run\/nscd\/socket$/;
var PROBE_CALLS = /* @__PURE__ */ new Set([
  "open",
  "openat",
  "open_nocancel",
  "access",
  "faccessat",
  "faccessat2",
  "stat",
  "stat64",
  "lstat",
  "lstat64",
  "newfstatat",
  "fstatat64",
  "statx",
  "getattrlist",
  "readlink"
]);
var FD_FOLLOW_CALLS = /* @__PURE__ */ new Set(["read", "pread64", "pread", "fstat", "fstat64", "newfstatat", "statx", "mmap", "close", "close_nocancel", "fcntl", "lseek", "read_nocancel", "fcntl_nocancel"]);
var MEMORY_CALLS = /* @__PURE__ */ new Set(["mmap", "mprotect", "munmap", "madvise"]);
var SIGACTION_CALLS = /* @__PURE__ */ new Set(["rt_sigaction", "sigaction"]);
var FILE_FOLLOW_CALLS = /* @__PURE__ */ new Set([
  "read",
  "pread64",
  "readv",
  "write",
  "pwrite64",
  "writev",
  "fstat",
  "fstat64",
  "newfstatat",
  "statx",
  "lseek",
  "ioctl",
  "fcntl",
  "mmap",
  "getdents64",
  "getdents",
  "fstatfs",
  "fsync",
  "fdatasync",
  "ftruncate",
  "close",
  "read_nocancel",
  "write_nocancel",
  "close_nocancel",
  "fcntl_nocancel",
  "pread",
  "pwrite",
  "getdirentries64"
]);
var WAIT_CALLS = /* @__PURE__ */ new Set(["poll", "ppoll", "select", "pselect6", "epoll_wait", "epoll_pwait", "select_nocancel", "poll_nocancel", "kevent", "kevent64", "kevent_qos"]);
function who(ev) {
  return ev.pid ?? ev.tid;
}
function fromProcess(ev) {
  return ev.type === "syscall" || ev.type === "signal" || ev.type === "exit";
}
function firstString(args) {
  const m = /"((?:[^"\\]|\\.)*)"/.exec(args);
  return m ? m[1].replace(/\\0$/, "") : void 0;
}
function commaPart(text, i) {
  let from = 0;
  for (let k = 0; k < i; k++) {
    const c = text.indexOf(",", from);
    if (c < 0)
      return void 0;
    from = c + 1;
  }
  const end = text.indexOf(",", from);
  return end < 0 ? text.slice(from) : text.slice(from, end);
}
function fdArg(ev, i = 0) {
  const t = commaPart(ev.args, i)?.trim();
  if (!t)
    return void 0;
  const m = /^(-?\d+|0x[0-9a-fA-F]+)(?:<|$)/.exec(t);
  if (!m)
    return void 0;
  return m[1].startsWith("0x") ? parseInt(m[1], 16) : Number(m[1]);
}
function retValue(ev) {
  const v = ev.ret?.value;
  return v === null || v === void 0 ? void 0 : v;
}
function failed(ev) {
  return !!(ev.ret?.errno || ev.ret?.errnoNumber !== void 0);
}
function baseName(p) {
  const i = p.lastIndexOf("/");
  return i >= 0 ? p.slice(i + 1) : p;
}
function stemOf(p) {
  return baseName(p).replace(/\.(pmc|pm|pyc|py|so|rb|js|json|mjs|cjs|dylib)$/, "");
}
function missing(ev) {
  const e = ev.ret?.errno;
  return e === "ENOENT" || e === "ENOTDIR" || ev.ret?.errnoNumber === 2 || ev.ret?.errnoNumber === -2;
}
var Folder = class {
  fold;
  slots = [];
  held = 0;
  /** Last signal each process received, until its next wait. */
  lastSignal = /* @__PURE__ */ new Map();
  /** Pipe ends by `pid:fd`: which end, and the `pid:fd` of the other end. */
  pipes = /* @__PURE__ */ new Map();
  /** Pipe read ends a process waits on in select/poll (`pid:fd`). */
  watched = /* @__PURE__ */ new Set();
  listenerPids = /* @__PURE__ */ new Map();
  /** Non-blocking connects whose result has not been read yet: `pid:fd` → target and line. */
  pendingConnects = /* @__PURE__ */ new Map();
  /** Non-blocking connects whose outcome a second connect() already returned: `pid:fd` → what it said. */
  settledConnects = /* @__PURE__ */ new Map();
  /** `fold: false` keeps every event on its own line but still names self-pipes and prefork pools. */
  constructor(fold = true) {
    this.fold = fold;
  }
  push(item) {
    const ev = item.event;
    this.annotate(item);
    if (!this.fold)
      return [{ kind: "event", sentence: item.explanation, items: [item] }];
    if (ev.type === "syscall") {
      for (let i = this.slots.length - 1; i >= 0; i--) {
        const s = this.slots[i];
        if ("open" in s && !s.open.done && this.accepts(s.open, ev)) {
          s.open.items.push(item);
          this.held++;
          return this.drain(false);
        }
      }
    }
    for (const s of this.slots) {
      if (!("open" in s) || s.open.done)
        continue;
      const o = s.open;
      if (fromProcess(ev) && who(ev) === o.pid)
        o.done = true;
      else if (++o.passed > (o.kind === "async-connect" ? CONNECT_LOOKAHEAD : OTHER_PIDS_LOOKAHEAD))
        o.done = true;
    }
    const started = ev.type === "syscall" ? this.start(ev, item) : void 0;
    this.slots.push(started ? { open: started } : { single: item });
    this.held++;
    return this.drain(false);
  }
  /** Emits whatever is still held. */
  end() {
    for (const s of this.slots)
      if ("open" in s)
        s.open.done = true;
    return this.drain(true);
  }
  drain(force) {
    const out = [];
    if (this.held > MAX_HELD)
      force = true;
    while (this.slots.length) {
      const s = this.slots[0];
      if ("open" in s && !s.open.done && !force)
        break;
      this.slots.shift();
      if ("single" in s) {
        this.held--;
        out.push({ kind: "event", sentence: s.single.explanation, items: [s.single] });
      } else {
        this.held -= s.open.items.length;
        out.push(...this.close(s.open));
      }
    }
    return out;
  }
  // -------------------------------------------------------------- starting and joining
  start(ev, item) {
    const mk = (kind) => ({ kind, pid: who(ev), items: [item], fds: /* @__PURE__ */ new Set(), stems: /* @__PURE__ */ new Set(), passed: 0, done: false });
    const name = ev.syscall;
    if (PROBE_CALLS.has(name)) {
      const p = firstString(ev.args);
      if (p === void 0)
        return void 0;
      const r0 = retValue(ev);
      const opened = /^open/.test(name) && !failed(ev) && r0 !== void 0 && r0 >= 0;
      const kind = LOCALE_PATH.test(p) ? "locale" : LOADER_PATH.test(p) ? "loader" : missing(ev) ? "search" : opened ? "file" : void 0;
      if (!kind)
        return void 0;
      if (kind === "file") {
        const o2 = mk("file");
        o2.fds.add(r0);
        o2.found = p;
        return o2;
      }
      if (kind === "search") {
        const o2 = mk("search");
        o2.stem = stemOf(p);
        o2.stems.add(o2.stem);
        return o2;
      }
      const o = mk(kind);
      const r = retValue(ev);
      if (/open/.test(name) && r !== void 0 && r >= 0)
        o.fds.add(r);
      return o;
    }
    if (SIGACTION_CALLS.has(name) && !failed(ev))
      return mk("signals");
    if (name === "socket" && /AF_UNIX|AF_LOCAL|^0x1\b|^1\b/.test(ev.args) && !failed(ev)) {
      const o = mk("nscd");
      const r = retValue(ev);
      if (r !== void 0)
        o.fds.add(r);
      return o;
    }
    if (/^connect/.test(name) && (ev.ret?.errno === "EINPROGRESS" || item.decoded?.errno?.name === "EINPROGRESS")) {
      const o = mk("async-connect");
      const fd = fdArg(ev);
      if (fd !== void 0) {
        o.fd = fd;
        if (this.pendingConnects.size > 1024)
          this.pendingConnects.clear();
        this.pendingConnects.set(`${String(who(ev) ?? -1)}:${String(fd)}`, { target: connectTarget(item), line: ev.line });
      }
      return o;
    }
    return void 0;
  }
  accepts(o, ev) {
    if (who(ev) !== o.pid)
      return false;
    const name = ev.syscall;
    if (o.kind === "loader" || o.kind === "locale") {
      const re = o.kind === "loader" ? LOADER_PATH : LOCALE_PATH;
      if (PROBE_CALLS.has(name)) {
        const p = firstString(ev.args);
        if (p === void 0 || !re.test(p)) {
          const fd2 = fdArg(ev);
          return p === "" && fd2 !== void 0 && o.fds.has(fd2);
        }
        const r = retValue(ev);
        if (/open/.test(name) && r !== void 0 && r >= 0)
          o.fds.add(r);
        return true;
      }
      const fd = name.startsWith("mmap") ? mmapFd(ev) : fdArg(ev);
      if (FD_FOLLOW_CALLS.has(name) && fd !== void 0 && o.fds.has(fd)) {
        if (name.startsWith("close"))
          o.fds.delete(fd);
        return true;
      }
      return o.kind === "loader" && MEMORY_CALLS.has(name) && (fd === void 0 || fd === -1 || o.fds.has(fd));
    }
    if (o.kind === "signals")
      return SIGACTION_CALLS.has(name) && !failed(ev);
    if (o.kind === "file") {
      const fd = name.startsWith("mmap") ? mmapFd(ev) : fdArg(ev);
      if (name === "brk" || MEMORY_CALLS.has(name) && (fd === void 0 || fd === -1) && name !== "mmap" || name === "mmap" && fd === -1)
        return true;
      if (fd === void 0 || !o.fds.has(fd) || !FILE_FOLLOW_CALLS.has(name))
        return false;
      if (name === "newfstatat" && firstString(ev.args) !== "")
        return false;
      if (name.startsWith("close"))
        o.done = true;
      return true;
    }
    if (o.kind === "search") {
      if (!PROBE_CALLS.has(name))
        return false;
      const p = firstString(ev.args);
      if (p === void 0 || LOCALE_PATH.test(p) || LOADER_PATH.test(p))
        return false;
      if (o.found !== void 0) {
        if (p !== o.found)
          return false;
        o.done = true;
        return true;
      }
      if (missing(ev)) {
        o.stem = stemOf(p);
        o.stems.add(o.stem);
        return true;
      }
      if (!failed(ev) && stemOf(p) === o.stem) {
        o.found = p;
        return true;
      }
      return false;
    }
    if (o.kind === "nscd") {
      const fd = fdArg(ev);
      if (o.items.length === 1) {
        if (!/^connect/.test(name) || fd === void 0 || !o.fds.has(fd))
          return false;
        const p = firstString(ev.args);
        if (p === void 0 || !NSCD_PATH.test(p))
          return false;
        return true;
      }
      if (name.startsWith("close") && fd !== void 0 && o.fds.has(fd)) {
        o.done = true;
        return true;
      }
      return false;
    }
    if (o.kind === "async-connect") {
      if (WAIT_CALLS.has(name))
        return true;
      if (name === "rt_sigaction" || name === "rt_sigprocmask" || name === "sigaction" || name === "sigprocmask")
        return true;
      const fd = fdArg(ev);
      if (name === "epoll_ctl" && fdArg(ev, 2) === o.fd)
        return true;
      if (name === "getsockopt" && fd === o.fd && /SO_ERROR|0x1007|\b4\b/.test(ev.args)) {
        this.pendingConnects.delete(`${String(who(ev) ?? -1)}:${String(fd)}`);
        o.done = true;
        return true;
      }
      return false;
    }
    return false;
  }
  // -------------------------------------------------------------- closing: the sentences
  close(o) {
    const singles = () => o.items.map((i) => ({ kind: "event", sentence: i.explanation, items: [i] }));
    if (o.kind === "async-connect")
      return [{ kind: "async-connect", sentence: connectSentence(o), items: o.items }];
    if (o.kind === "signals")
      return o.items.length < 4 ? singles() : [{ kind: "signals", sentence: signalsSentence(o), items: o.items }];
    if (o.items.length < 2)
      return singles();
    if (o.kind === "nscd") {
      if (o.items.length < 2)
        return singles();
      const connect = o.items[1].event;
      const ok = !failed(connect);
      const path = firstString(connect.args) ?? "/var/run/nscd/socket";
      const sentence = ok ? `Asked the name service cache daemon (nscd) at ${path}: it is running` : `Checked for the name service cache daemon (nscd) at ${path}: not running (${connect.ret?.errno ?? "error"}), so lookups read /etc files directly \u2014 normal`;
      return [{ kind: "nscd", sentence, items: o.items, expected: true }];
    }
    if (o.kind === "loader" || o.kind === "locale")
      return [{ kind: o.kind, sentence: probeSentence(o), items: o.items, expected: true }];
    if (o.kind === "file") {
      const bad = o.items.some((i) => i.event.type === "syscall" && failed(i.event) && !(i.event.ret?.errno === "ENOTTY" && /^ioctl/.test(i.event.syscall)));
      return o.items.length < 3 || bad ? singles() : [{ kind: "file", sentence: fileSentence(o), items: o.items }];
    }
    if (o.kind === "search") {
      const probed = new Set(o.items.map((i) => i.event.type === "syscall" ? firstString(i.event.args) : void 0));
      if (o.found === void 0 && probed.size < 2)
        return singles();
      const story = { kind: "search", sentence: searchSentence(o), items: o.items };
      if (o.found !== void 0)
        story.expected = true;
      return [story];
    }
    return singles();
  }
  // -------------------------------------------------------------- naming self-pipes and prefork pools
  /** Rewrites the sentence of calls that are part of a self-pipe or prefork pattern. */
  annotate(item) {
    const ev = item.event;
    const pid = who(ev) ?? -1;
    const key = (fd) => `${String(pid)}:${String(fd ?? -1)}`;
    if (ev.type === "signal") {
      if (!ev.stopped)
        this.lastSignal.set(pid, ev.signal);
      return;
    }
    if (ev.type !== "syscall")
      return;
    const name = ev.syscall;
    if ((name === "pipe" || name === "pipe2") && !failed(ev)) {
      const fds = fdsIn(ev.args.split(/\]\s*,/)[0] + "]");
      if (fds.length >= 2) {
        this.pipes.set(key(fds[0]), { end: "read", other: key(fds[1]) });
        this.pipes.set(key(fds[1]), { end: "write", other: key(fds[0]) });
      }
      return;
    }
    if (/^connect/.test(name)) {
      const k = key(fdArg(ev));
      const p = this.pendingConnects.get(k);
      const errno = ev.ret?.errno;
      if (p && ev.line !== p.line && errno !== "EINPROGRESS" && errno !== "EALREADY" && !/^(EINTR|ERESTART)/.test(errno ?? "")) {
        this.pendingConnects.delete(k);
        if (this.settledConnects.size > 1024)
          this.settledConnects.clear();
        this.settledConnects.set(k, { target: p.target, line: ev.line, errno: errno === "EISCONN" ? void 0 : errno });
      }
      return;
    }
    if (name === "getsockopt" && /SO_ERROR/.test(ev.args)) {
      const k = key(fdArg(ev));
      const settled = this.settledConnects.get(k);
      if (settled?.errno && soError(ev) === "0") {
        item.explanation = `Read the pending error of ${settled.target}: none left (SO_ERROR 0) \u2014 the connect at line ${String(settled.line)} had already returned ${settled.errno}, so there is no connection`;
        return;
      }
      const p = this.pendingConnects.get(k);
      if (p) {
        this.pendingConnects.delete(k);
        const err = soError(ev);
        item.explanation = err === "0" ? `Read the result of the non-blocking connect of ${p.target} (started at line ${String(p.line)}): connected (SO_ERROR 0)` : `Read the result of the non-blocking connect of ${p.target} (started at line ${String(p.line)}): it failed with ${err ?? "an error"}`;
      }
      return;
    }
    if (/^close/.test(name)) {
      this.pendingConnects.delete(key(fdArg(ev)));
      this.settledConnects.delete(key(fdArg(ev)));
      return;
    }
    if (name === "write" || name === "write_nocancel") {
      const fd = fdArg(ev);
      const p = this.pipes.get(key(fd));
      if (p?.end === "write" && this.watched.has(p.other)) {
        const sig = this.lastSignal.get(pid);
        item.explanation = `${item.explanation} \u2014 a self-pipe: it wakes its own select/poll loop${sig ? ` after ${sig} arrived` : ""}`;
      }
      return;
    }
    if (WAIT_CALLS.has(name) || /^accept/.test(name)) {
      let selfPipe = false;
      if (WAIT_CALLS.has(name)) {
        this.lastSignal.delete(pid);
        for (const fd of fdsIn(ev.args)) {
          const p = this.pipes.get(key(fd));
          if (p?.end === "read") {
            this.watched.add(key(fd));
            selfPipe = true;
          }
        }
      }
      const listeners = listenerKeys(ev, name);
      if (listeners.length === 0)
        return;
      for (const l2 of listeners) {
        let set = this.listenerPids.get(l2);
        if (!set)
          this.listenerPids.set(l2, set = /* @__PURE__ */ new Set());
        set.add(pid);
      }
      const l = listeners[0];
      const n = this.listenerPids.get(l).size;
      const notes = [];
      if (n >= 2)
        notes.push(`prefork pool: ${String(n)} processes share the listener ${l}`);
      if (selfPipe)
        notes.push("the pipe beside it is its self-pipe, written to wake this wait");
      if (notes.length)
        item.explanation = `${item.explanation} (${notes.join("; ")})`;
    }
  }
};
function mmapFd(ev) {
  const t = commaPart(ev.args, 4)?.trim();
  if (t === void 0)
    return void 0;
  const m = /^(-?\d+|0x[0-9a-fA-F]+)/.exec(t);
  if (!m)
    return void 0;
  const v = m[1].startsWith("0x") ? parseInt(m[1], 16) : Number(m[1]);
  return v === 4294967295 || v === 18446744073709552e3 ? -1 : v;
}
function listenerKeys(ev, name) {
  const out = [];
  const text = /^accept/.test(name) ? ev.args.split(", ")[0] ?? "" : ev.args;
  for (const m of text.matchAll(/\d+<(TCP|TCPv6|UNIX-STREAM):\[([^\]]*)\]>/g)) {
    const body = m[2];
    if (body.includes("->") || /^\d+$/.test(body))
      continue;
    out.push(body);
  }
  return [...new Set(out)];
}
function probeSentence(o) {
  const opened = [];
  let misses = 0;
  for (const it of o.items) {
    const ev = it.event;
    if (!PROBE_CALLS.has(ev.syscall))
      continue;
    const p = firstString(ev.args);
    if (p === void 0 || p === "")
      continue;
    if (failed(ev))
      misses++;
    else if (/open/.test(ev.syscall) && !opened.includes(p))
      opened.push(p);
  }
  const n = o.items.length;
  if (o.kind === "loader") {
    const libs = opened.filter((p) => !/ld\.so\.cache$/.test(p)).map(baseName);
    const list2 = libs.slice(0, 6).join(", ") + (libs.length > 6 ? ` and ${String(libs.length - 6)} more` : "");
    const what = libs.length ? `loaded ${list2}` : opened.length ? "read its cache" : "found nothing";
    const miss = misses ? `; ${String(misses)} expected miss${misses === 1 ? "" : "es"} while searching` : "";
    return `Dynamic loader ${what}${miss} (${String(n)} calls)`;
  }
  const found = opened.map(baseName);
  const list = found.slice(0, 4).join(", ") + (found.length > 4 ? ` and ${String(found.length - 4)} more` : "");
  return `Looked for locale and translation files: ${found.length ? `found ${list}` : "none found"}${misses ? `, ${String(misses)} not present (optional, normal)` : ""} (${String(n)} calls)`;
}
function connectTarget(item) {
  return item.explanation.replace(/^Tried to connect /, "").replace(/: in progress.*$/, "");
}
function soError(ev) {
  return /SO_ERROR,\s*\[([A-Z0-9]+|\d+)\]/.exec(ev.args)?.[1];
}
function fileSentence(o) {
  let read = 0;
  let written = 0;
  let listed = false;
  let mapped = false;
  let closed = false;
  for (const it of o.items.slice(1)) {
    const ev = it.event;
    const n = ev.syscall.replace(/_nocancel$/, "");
    const r = retValue(ev) ?? 0;
    if (failed(ev))
      continue;
    if (/^(read|readv|pread|pread64)$/.test(n))
      read += Math.max(0, r);
    else if (/^(write|writev|pwrite|pwrite64)$/.test(n))
      written += Math.max(0, r);
    else if (/^getd/.test(n))
      listed = true;
    else if (n === "mmap")
      mapped = true;
    else if (n === "close")
      closed = true;
  }
  const fd = [...o.fds][0];
  const what = [];
  if (listed)
    what.push("listed its entries");
  if (read)
    what.push(`read ${String(read)} byte${read === 1 ? "" : "s"}`);
  if (written)
    what.push(`wrote ${String(written)} byte${written === 1 ? "" : "s"}`);
  if (mapped)
    what.push("mapped it into memory");
  if (!what.length)
    what.push("checked it");
  const tail = closed ? " and closed it" : ` (fd ${String(fd)} not closed yet)`;
  return `Opened ${o.found} as fd ${String(fd)}, ${what.join(", ")}${tail} (${String(o.items.length)} calls)`;
}
function signalsSentence(o) {
  const set = [];
  const read = [];
  for (const it of o.items) {
    const m = /^Set the handler of (.*)$/.exec(it.explanation);
    if (m)
      set.push(m[1]);
    else
      read.push(/^Read the handler of (\S+?)(:|$)/.exec(it.explanation)?.[1] ?? "?");
  }
  const parts = [];
  if (set.length)
    parts.push(`set ${set.slice(0, 4).join(", ")}${set.length > 4 ? ` and ${String(set.length - 4)} more` : ""}`);
  if (read.length)
    parts.push(`read the current handlers of ${String(read.length)} signal${read.length === 1 ? "" : "s"} (${read.slice(0, 3).join(", ")}${read.length > 3 ? ", \u2026" : ""})`);
  return `Went through its signal handlers: ${parts.join("; ")}`;
}
function searchSentence(o) {
  const paths = [...new Set(o.items.flatMap((i) => i.event.type === "syscall" && failed(i.event) ? [firstString(i.event.args) ?? ""] : []))];
  const misses = paths.length;
  if (o.stems.size === 1) {
    const places = new Set([...paths, ...o.found !== void 0 ? [o.found] : []].map((p) => p.replace(/\/[^/]*$/, ""))).size;
    const where = `in ${String(places)} place${places === 1 ? "" : "s"} (${String(misses)} missing)`;
    return o.found !== void 0 ? `Searched for ${baseName(o.found)} ${where}: found ${o.found}` : `Searched for ${o.stem} ${where}: not found`;
  }
  if (o.found !== void 0)
    return `Searched for ${baseName(o.found)}: found ${o.found} after ${String(misses)} paths that do not exist`;
  const shown = paths.slice(0, 2).join(", ");
  return `Checked ${String(misses)} paths, none exist: ${shown}${misses > 2 ? ` and ${String(misses - 2)} more` : ""}`;
}
function connectSentence(o) {
  const first = o.items[0];
  const target = connectTarget(first);
  const last = o.items[o.items.length - 1].event;
  const waits = o.items.filter((i) => i.event.type === "syscall" && WAIT_CALLS.has(i.event.syscall)).length;
  const waited = waits ? `, waited ${waits === 1 ? "once" : `${String(waits)} times`} for it` : "";
  if (last.syscall === "getsockopt") {
    const err = soError(last);
    if (err === "0")
      return `Connected ${target} (non-blocking: started, waited${waits > 1 ? ` ${String(waits)} times` : ""}, then SO_ERROR said success)`;
    if (err)
      return `Failed to connect ${target}: non-blocking connect started${waited}, then SO_ERROR reported ${err} \u2014 the connection did not succeed`;
  }
  const lastWait = [...o.items].reverse().find((i) => i.event.type === "syscall" && WAIT_CALLS.has(i.event.syscall))?.event;
  const bad = lastWait ? waitErrorFlags(lastWait, o.fd) : void 0;
  if (bad)
    return `Started a non-blocking connect of ${target}${waited}: the wait reported ${bad}, so the connect failed (the next connect or SO_ERROR read says why)`;
  return `Started a non-blocking connect of ${target}${waited}; the result is read later`;
}
function waitErrorFlags(ev, fd) {
  if (!/poll/.test(ev.syscall) || ev.ret?.errno)
    return void 0;
  for (const m of [ev.ret?.text ?? "", ...ev.ret?.notes ?? []].join(" ").matchAll(/fd=(\d+)[^}]*revents=([A-Z|]+)/g)) {
    if (fd !== void 0 && Number(m[1]) !== fd)
      continue;
    const flags = m[2].split("|").filter((f) => f === "POLLERR" || f === "POLLHUP");
    if (flags.length)
      return flags.join("|");
  }
  return void 0;
}

// dist/src/explain/index.js
var BARE = { analyze: (event) => ({ event }), state: {} };
function explainOne(ev, ex = BARE) {
  const a = ex.analyze(ev);
  const out = { event: ev, explanation: explainEvent(a, ex.state) };
  if (a.decoded)
    out.decoded = a.decoded;
  return out;
}
function analyzerExplainer(a) {
  return { analyze: (ev) => a.push(ev), state: stateFromAnalyzer(a) };
}

// dist/src/render/json.js
function reportJsonHead(input) {
  const text = JSON.stringify({ input, events: [] }, null, 2);
  return text.slice(0, -"[]\n}".length);
}
function reportJsonTail(report) {
  const text = JSON.stringify({ stats: statsToJson(report.stats), processes: report.processes, sockets: report.sockets, findings: report.findings, unparsed: report.unparsed }, null, 2);
  return ",\n" + text.slice(2) + "\n";
}
var EVENTS_OPEN = "[";
var EVENTS_CLOSE = { empty: "]", full: "\n  ]" };
var eventLead = (first) => first ? "\n" : ",\n";
function renderJson(report) {
  const parts = [reportJsonHead(report.input), EVENTS_OPEN];
  let first = true;
  report.stories.forEach((s, i) => {
    for (const it of s.items) {
      parts.push(eventLead(first), reportEventJsonText(s, i, it));
      first = false;
    }
  });
  parts.push(first ? EVENTS_CLOSE.empty : EVENTS_CLOSE.full, reportJsonTail(report));
  return parts.join("");
}

// dist/src/render/markdown.js
var SEVERITY = { error: "Error", warning: "Warning", info: "Info" };
var DEFAULT_SEQUENCE_CHARS = 4e4;
function renderMarkdown(report, opts = {}) {
  const fmt = report.input.format;
  const byLine = /* @__PURE__ */ new Map();
  const callByLine = /* @__PURE__ */ new Map();
  for (const s of report.stories)
    for (const it of s.items) {
      const text = callText(it.event, it.decoded, fmt);
      for (const l of it.event.lines) {
        const k = lineKey(it.event.file, l);
        byLine.set(k, it.event);
        if (!callByLine.has(k))
          callByLine.set(k, text);
      }
    }
  const out = [];
  const files = report.input.files.length ? report.input.files.map(inlineCode).join(", ") : "stdin";
  const st = report.stats;
  out.push(`## tracex report`);
  out.push("");
  out.push(`**Traced:** ${files} \xB7 ${escapeMarkdown(report.input.format)} (${escapeMarkdown(report.input.os)} numbering) \xB7 ${String(st.lines)} lines \xB7 ${String(st.events)} events \xB7 ${String(st.unparsed)} unparsed \xB7 ${String(report.processes.length)} process${report.processes.length === 1 ? "" : "es"} \xB7 ${String(report.sockets.length)} socket${report.sockets.length === 1 ? "" : "s"}`);
  out.push("");
  const cmd = report.processes.find((p) => p.argv?.length)?.argv;
  if (cmd)
    out.push(`**Command:** ${inlineCode(cut(cmd.join(" "), 200))}`, "");
  const brief = overview(report);
  if (brief)
    out.push(`**In short:** ${escapeMarkdown(brief)}`, "");
  out.push(`### Findings`);
  out.push("");
  if (report.findings.length === 0)
    out.push("No problems found.", "");
  for (const f of report.findings) {
    out.push(`#### ${SEVERITY[f.severity]}: ${escapeMarkdown(f.title)} (\`${f.id.replace(/`/g, "")}\`)`);
    out.push("");
    out.push(escapeMarkdown(f.explanation));
    out.push("");
    if (f.hint)
      out.push(`**Hint:** ${escapeMarkdown(f.hint)}`, "");
    const cited = [...new Set(f.lines)].sort((a, b) => a - b);
    if (cited.length) {
      const max = opts.maxCited ?? 12;
      const files2 = f.files ?? [f.file];
      const rows = cited.slice(0, max).map((l) => {
        const k = files2.map((file) => lineKey(file, l)).find((x) => byLine.has(x)) ?? lineKey(f.file, l);
        const ev = byLine.get(k);
        const who2 = ev ? whoText(ev, fmt) : "";
        return `${String(l).padStart(6)}  ${who2 ? `${who2} ` : ""}${callByLine.get(k) ?? "(line not in the narrative)"}`;
      });
      if (cited.length > max)
        rows.push(`\u2026 and ${String(cited.length - max)} more line(s): ${linesText(cited.slice(max))}`);
      const inFiles = findingFiles(f);
      const about = [f.pid !== void 0 ? `pid ${String(f.pid)}` : "", inFiles ? `in ${inlineCode(inFiles)}` : ""].filter(Boolean).join(", ");
      out.push(`Cited line${cited.length > 1 ? "s" : ""}${about ? ` (${about})` : ""}:`);
      out.push("");
      out.push(codeBlock(rows, "text"));
      out.push("");
    }
  }
  out.push(`### Processes`);
  out.push("");
  out.push(processTable(report.processes));
  out.push("");
  out.push(`### Sockets`);
  out.push("");
  out.push(socketTable(report.sockets));
  out.push("");
  if (report.unparsed.length) {
    out.push(`### Unparsed lines (${String(report.unparsed.length)})`);
    out.push("");
    out.push(codeBlock(report.unparsed.slice(0, 20).map((u) => `${String(u.line).padStart(6)}  ${u.text}    # ${u.reason}`), "text"));
    out.push("");
  }
  const { lines: seq, shown } = sequence(report.stories, fmt, opts.maxSequenceChars ?? DEFAULT_SEQUENCE_CHARS);
  const left = report.stories.length - shown;
  out.push("<details>");
  out.push(`<summary>Explained sequence (${String(report.stories.length)} steps from ${String(st.events)} events${left > 0 ? `, ${String(shown)} shown` : ""})</summary>`);
  out.push("");
  out.push(codeBlock(seq, "text"));
  out.push("");
  out.push("</details>");
  out.push("");
  return out.join("\n");
}
function lineKey(file, line) {
  return `${file ?? ""}\0${String(line)}`;
}
function sequence(stories, fmt, budget) {
  const blocks = stories.map((s) => sequenceLines(s, fmt));
  const size = (b) => b.reduce((n, l) => n + l.length + 1, 0);
  const total = blocks.reduce((n, b) => n + size(b), 0);
  if (total <= budget)
    return { lines: blocks.flat(), shown: blocks.length };
  const head = [];
  let used = 0;
  for (const b of blocks) {
    if (used + size(b) > budget * 0.3)
      break;
    head.push(b);
    used += size(b);
  }
  const tail = [];
  for (let i = blocks.length - 1; i >= head.length; i--) {
    const b = blocks[i];
    if (used + size(b) > budget)
      break;
    tail.unshift(b);
    used += size(b);
  }
  const left = blocks.length - head.length - tail.length;
  const marker = `\u2026 ${String(left)} step${left === 1 ? "" : "s"} left out to keep the report small enough for a GitHub issue (run tracex on the trace for all of it) \u2026`;
  return { lines: [...head.flat(), marker, ...tail.flat()], shown: head.length + tail.length };
}
function sequenceLines(s, fmt) {
  const ev = s.items[0].event;
  const lines = s.items.length > 1 ? `${String(ev.line)}-${String(s.items[s.items.length - 1].event.line)}` : String(ev.line);
  const who2 = whoText(ev, fmt);
  const time = timeText(ev);
  const head = [lines.padStart(6), who2, time].filter(Boolean).join("  ");
  return [`${head}  ${storyCall(s, fmt)}`, `        \u2192 ${s.sentence}`];
}
function cell(s) {
  if (s === void 0 || s === "")
    return "";
  return escapeMarkdown(s).replace(/\n/g, " ");
}
function processTable(ps) {
  if (ps.length === 0)
    return "No processes seen.";
  const rows = ["| pid | parent | kind | program | exit | lines |", "|---:|---:|---|---|---|---|"];
  for (const p of ps) {
    const prog = p.argv?.length ? p.argv.join(" ") : p.exe ?? p.execs.find((e) => e.ok)?.path ?? "";
    const failedExecs = p.execs.filter((e) => !e.ok).length;
    const exit = p.signal ? `killed by ${p.signal}${p.core ? " (core dumped)" : ""}` : p.exitCode !== void 0 ? String(p.exitCode) : p.exitCall !== void 0 ? String(p.exitCall) : "";
    rows.push(`| ${String(p.pid)} | ${p.parent !== void 0 ? String(p.parent) : ""} | ${p.isThread ? "thread" : "process"} | ${cell(cut(prog, 80))}${failedExecs ? ` (${String(failedExecs)} failed exec${failedExecs > 1 ? "s" : ""})` : ""} | ${cell(exit)} | ${String(p.firstLine)}-${String(p.lastLine)} |`);
  }
  return rows.join("\n");
}
function endpointCell(ep) {
  if (!ep)
    return "";
  if ((ep.family === "AF_INET" || ep.family === "AF_INET6") && typeof ep.address === "string") {
    return ep.family === "AF_INET6" ? `[${ep.address}]:${String(ep.port)}` : `${ep.address}:${String(ep.port)}`;
  }
  if (ep.family === "AF_UNIX" && typeof ep.path === "string")
    return ep.abstract ? `@${ep.path}` : ep.path;
  return ep.family;
}
function socketTable(ss) {
  if (ss.length === 0)
    return "No sockets seen.";
  const rows = ["| id | family | type | local | peer | listening | held by | fds | lines |", "|---|---|---|---|---|---|---|---|---|"];
  for (const s of ss) {
    rows.push(`| ${cell(s.id)} | ${cell(s.family)} | ${cell(s.type)}${s.nonBlocking ? " (non-blocking)" : ""} | ${cell(endpointCell(s.local))} | ${cell(endpointCell(s.peer))} | ${s.listening ? "yes" : ""} | ${s.holders.join(", ")} | ${cell(s.fds.join(", "))} | ${cell(linesText(s.lines, 4))} |`);
  }
  return rows.join("\n");
}
function cut(s, n) {
  return s.length > n ? `${s.slice(0, n - 1)}\u2026` : s;
}

// dist/src/cli/explain.js
var SEVERITY_RANK = { error: 3, warning: 2, info: 1 };
function failOnCode(findings, failOn) {
  if (!failOn)
    return 0;
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]) ? 1 : 0;
}
var CLASSES = {
  net: (_n, e) => e.family === "net",
  network: (_n, e) => e.family === "net",
  file: (_n, e) => e.args.includes("path") || e.args.includes("path2"),
  process: (_n, e) => e.family === "process",
  signal: (_n, e) => e.family === "signal",
  memory: (_n, e) => e.family === "memory",
  ipc: (_n, e) => e.family === "ipc",
  desc: (_n, e) => e.args.some((r) => r === "fd" || r === "dirfd" || r === "epfd" || r === "kq"),
  poll: (_n, e) => e.family === "poll"
};
function expandSyscalls(spec, catalogue = SYSCALLS) {
  const out = /* @__PURE__ */ new Set();
  for (const part of spec.flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean)) {
    if (part.startsWith("%")) {
      const cls = CLASSES[part.slice(1)];
      if (!cls)
        throw new UsageError(`unknown syscall class "${part}" (known: ${Object.keys(CLASSES).map((k) => `%${k}`).join(", ")})`);
      for (const [name, e] of Object.entries(catalogue))
        if (cls(name, e))
          out.add(name);
    } else
      out.add(canonicalName(part));
  }
  return [...out];
}
function intList(values, what) {
  const list = Array.isArray(values) ? values : values === void 0 ? [] : [values];
  return list.flatMap((v) => String(v).split(",")).filter((v) => v.trim() !== "").map((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0)
      throw new UsageError(`${what}: expected a non-negative integer, got "${v}"`);
    return n;
  });
}
function explainOptions(raw, term, catalogue = SYSCALLS) {
  return {
    ...inputFlags(raw),
    format: raw.format ?? "text",
    color: resolveColor(raw.color ?? "auto", term.isTTY, term.env),
    failed: raw.failed === true,
    pids: intList(raw.pid, "--pid"),
    syscalls: expandSyscalls(raw.syscall ?? [], catalogue),
    fds: intList(raw.fd, "--fd"),
    fold: raw.fold !== false,
    ...raw.findings === true ? { findings: true } : {},
    ...raw.failOn !== void 0 ? { failOn: raw.failOn } : {}
  };
}
function isFailed(ev) {
  return ev.type === "syscall" && callFailed(ev);
}
function touchesFd(ev, fds) {
  if (ev.type !== "syscall")
    return false;
  const entry = lookupSyscall(ev.syscall);
  for (const a of argViews(ev, void 0, entry))
    if (FD_ROLES.has(a.role) && a.int !== void 0 && fds.includes(a.int))
      return true;
  const v = ev.ret?.value;
  return !!entry?.result?.includes("{retfd}") && v !== null && v !== void 0 && fds.includes(v);
}
function eventPasses(ev, f) {
  if (!pidPasses(ev, f.pids))
    return false;
  if (ev.type !== "syscall")
    return !f.failed && f.syscalls.length === 0 && f.fds.length === 0;
  if (f.failed && !isFailed(ev))
    return false;
  if (f.syscalls.length && !f.syscalls.includes(canonicalName(ev.syscall)))
    return false;
  if (f.fds.length && !touchesFd(ev, f.fds))
    return false;
  return true;
}
function storyPasses(s, f) {
  if (f.failed && s.expected)
    return false;
  return s.items.some((i) => eventPasses(i.event, f));
}
function hiddenProbeFailures(s, f) {
  if (!f.failed || !s.expected)
    return 0;
  return s.items.filter((i) => eventPasses(i.event, f)).length;
}
var MAX_UNPARSED_KEPT = 1e3;
async function explainTrace(trace, filter, fold, onStory, decode) {
  const analyzer = new Analyzer(decode ? { os: trace.os, format: trace.format, decode } : { os: trace.os, format: trace.format });
  const explainer = analyzerExplainer(analyzer);
  const folder = new Folder(fold);
  const unparsed = [];
  let hiddenProbes = 0;
  let stopped = false;
  const emit = async (stories) => {
    for (const s of stories) {
      if (storyPasses(s, filter)) {
        let r = onStory(s);
        if (r instanceof Promise)
          r = await r;
        if (r === false) {
          stopped = true;
          return;
        }
      } else
        hiddenProbes += hiddenProbeFailures(s, filter);
    }
  };
  reading: for await (const batch of trace.batches) {
    for (const ev of batch) {
      if (ev.type === "unparsed" && unparsed.length < MAX_UNPARSED_KEPT) {
        const u = { line: ev.line, text: ev.text, reason: ev.reason };
        if (ev.file !== void 0)
          u.file = ev.file;
        unparsed.push(u);
      }
      const stories = folder.push(explainOne(ev, explainer));
      if (stories.length === 0)
        continue;
      if (stories.length === 1 && !storyPasses(stories[0], filter)) {
        hiddenProbes += hiddenProbeFailures(stories[0], filter);
        continue;
      }
      await emit(stories);
      if (stopped)
        break reading;
    }
  }
  if (!stopped)
    await emit(folder.end());
  const stats = trace.stats();
  const result = analyzer.finish(stats);
  return {
    input: { files: trace.files, format: trace.format, os: trace.os },
    stats,
    processes: result.processes,
    sockets: result.sockets,
    findings: result.findings,
    unparsed,
    hiddenProbes
  };
}
async function runExplain(paths, opts, out, stdin) {
  const trace = await openTrace(paths, opts, stdin);
  if (opts.format === "text") {
    const ropts = { color: opts.color, format: trace.format };
    const narrative = !opts.findings;
    if (narrative)
      out.write(renderHeaderText({ files: trace.files, format: trace.format, os: trace.os }, ropts));
    const rest2 = await explainTrace(trace, opts, opts.fold, (s) => {
      if (out.isClosed)
        return false;
      if (!narrative)
        return true;
      const w = out.write(renderStoryLine(s, ropts) + "\n");
      return w ? w.then(() => true) : true;
    });
    const hidden = rest2.hiddenProbes && narrative ? `(${String(rest2.hiddenProbes)} expected failures not shown: loader, locale and nscd probes, and searches that found their file)
` : "";
    out.write(hidden + (narrative ? "\n" + renderOverviewText(rest2, ropts) : "") + renderFindingsText(rest2.findings, ropts) + renderStatsLine(rest2.stats, ropts));
    await out.end();
    return failOnCode(rest2.findings, opts.failOn);
  }
  if (opts.format === "json") {
    const decode = (ev, os, family) => {
      const args = parseArgs(ev.args);
      return withTree(decodeCall(ev, os, { socketFamily: family, args }), args);
    };
    out.write(reportJsonHead({ files: trace.files, format: trace.format, os: trace.os }) + EVENTS_OPEN);
    let index = 0;
    let first = true;
    const rest2 = await explainTrace(trace, opts, opts.fold, (s) => {
      if (out.isClosed)
        return false;
      if (opts.findings)
        return true;
      const i = index++;
      let text = "";
      for (const it of s.items) {
        text += eventLead(first) + reportEventJsonText(s, i, it, treeOf(it.decoded));
        first = false;
      }
      const w = out.write(text);
      return w ? w.then(() => true) : true;
    }, decode);
    const { hiddenProbes: _hidden2, input: _input, ...fields2 } = rest2;
    out.write((first ? EVENTS_CLOSE.empty : EVENTS_CLOSE.full) + reportJsonTail(fields2));
    await out.end();
    return failOnCode(rest2.findings, opts.failOn);
  }
  const stories = [];
  const rest = await explainTrace(trace, opts, opts.fold, (s) => {
    if (!opts.findings)
      stories.push(s);
  });
  const { hiddenProbes: _hidden, ...fields } = rest;
  const report = { ...fields, stories };
  out.write(renderMarkdown(report));
  await out.end();
  return failOnCode(rest.findings, opts.failOn);
}
var ARG_TREE = Symbol("argument tree");
function withTree(d, tree) {
  d[ARG_TREE] = tree;
  return d;
}
function treeOf(d) {
  return d?.[ARG_TREE];
}
async function explainAction(files, raw) {
  requireInput(files);
  const opts = explainOptions(raw, { isTTY: process.stdout.isTTY === true, env: process.env });
  process.exitCode = await runExplain(files, opts, new Output());
}

export {
  renderJson,
  renderMarkdown,
  failOnCode,
  expandSyscalls,
  explainOptions,
  eventPasses,
  storyPasses,
  hiddenProbeFailures,
  explainTrace,
  runExplain,
  explainAction
};
