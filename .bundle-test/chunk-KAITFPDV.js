// dist/src/analyze/text.js
function splitArgs(text) {
  const out = [];
  const stack = [];
  let start = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 34)
          break;
        i += d === 92 ? 2 : 1;
      }
      i++;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    const top = stack.length ? stack[stack.length - 1] : -1;
    if (c === 40 || c === 91 || c === 123)
      stack.push(c);
    else if (c === 41 || c === 93 || c === 125) {
      const want = c === 41 ? 40 : c === 93 ? 91 : 123;
      if (top === want)
        stack.pop();
    } else if (c === 60) {
      const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
      if (top === 60 || (prev >= 48 && prev <= 57 || prev === 68) && text.charCodeAt(i + 1) !== 60)
        stack.push(60);
    } else if (c === 62) {
      if (top === 60)
        stack.pop();
    } else if (c === 44 && stack.length === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
    i++;
  }
  const last = text.slice(start).trim();
  if (last !== "" || out.length > 0)
    out.push(last);
  return out;
}
var INT_RE = /^-?\d+$/;
function parseIntText(text) {
  if (text === void 0)
    return void 0;
  const t = stripComment(text).trim();
  const c0 = t.charCodeAt(0);
  if (c0 > 57 || c0 < 48 && c0 !== 45)
    return void 0;
  if (c0 >= 49 && INT_RE.test(t))
    return Number(t);
  let m = /^(-?)0x([0-9a-fA-F]+)$/.exec(t);
  if (m)
    return (m[1] ? -1 : 1) * parseInt(m[2], 16);
  m = /^(-?)0([0-7]+)$/.exec(t);
  if (m)
    return (m[1] ? -1 : 1) * parseInt(m[2], 8);
  m = /^-?\d+$/.exec(t);
  if (m)
    return Number(t);
  return void 0;
}
function stripComment(text) {
  if (!text.includes("/*"))
    return text;
  return text.replace(/\s*\/\*.*?\*\//g, "");
}
function parseFdText(text) {
  if (text === void 0)
    return void 0;
  const t = stripComment(text).trim();
  const c0 = t.charCodeAt(0);
  if (!(c0 >= 48 && c0 <= 57 || c0 === 45 || c0 === 65))
    return void 0;
  const m = /^(-?\d+|0x[0-9a-fA-F]+|AT_FDCWD)(?:<([\s\S]*)>)?(\(deleted\))?$/.exec(t);
  if (!m)
    return void 0;
  const out = {};
  if (m[1] === "AT_FDCWD")
    out.atCwd = true;
  else
    out.fd = parseIntText(m[1]);
  if (m[2] !== void 0)
    out.decoration = m[2];
  if (m[3])
    out.deleted = true;
  return out;
}
var C_ESCAPES = { n: 10, t: 9, r: 13, v: 11, f: 12, a: 7, b: 8, e: 27, '"': 34, "\\": 92, "'": 39 };
function unescapeBytes(body) {
  const out = [];
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c !== 92) {
      if (c < 128)
        out.push(c);
      else
        for (const b of Buffer.from(body[i], "utf8"))
          out.push(b);
      continue;
    }
    const e = body[++i];
    if (e === void 0)
      break;
    const simple = C_ESCAPES[e];
    if (simple !== void 0)
      out.push(simple);
    else if (e === "x") {
      const h = /^[0-9a-fA-F]{1,2}/.exec(body.slice(i + 1))?.[0] ?? "";
      out.push(parseInt(h || "0", 16));
      i += h.length;
    } else if (/[0-7]/.test(e)) {
      const o = /^[0-7]{1,3}/.exec(body.slice(i))[0];
      out.push(parseInt(o, 8) & 255);
      i += o.length - 1;
    } else
      out.push(e.charCodeAt(0));
  }
  return out;
}
function isPlainAscii(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 || c >= 128)
      return false;
  }
  return true;
}
function parseStrText(text) {
  if (text === void 0)
    return void 0;
  const m = /^(@?)"((?:[^"\\]|\\[\s\S])*)"(\.\.\.)?$/.exec(text.trim());
  if (!m)
    return void 0;
  const body = m[2];
  if (isPlainAscii(body)) {
    const bytes2 = new Array(body.length);
    for (let i = 0; i < body.length; i++)
      bytes2[i] = body.charCodeAt(i);
    return { value: body, bytes: bytes2, truncated: !!m[3], abstract: !!m[1] };
  }
  const bytes = unescapeBytes(body);
  return { value: Buffer.from(bytes).toString("utf8"), bytes, truncated: !!m[3], abstract: !!m[1] };
}
function parseArrayText(text) {
  if (text === void 0)
    return void 0;
  const t = text.trim();
  if (!t.startsWith("[") || !t.endsWith("]"))
    return void 0;
  return splitArgs(t.slice(1, -1)).filter((s) => s !== "");
}
function parseSockaddrText(text, os = "linux") {
  if (text === void 0)
    return void 0;
  let fam = /sa_family=([A-Za-z0-9_]+)/.exec(text)?.[1];
  if (!fam)
    return void 0;
  if (/^(0x[0-9a-fA-F]+|\d+)$/.test(fam)) {
    const raw = parseRawSockaddr(text, parseIntText(fam), os);
    if (raw)
      return raw;
  }
  if (fam === "AF_INET") {
    const port = /sin_port=htons\((\d+)\)/.exec(text)?.[1];
    const addr = /inet_addr\("((?:[^"\\]|\\[\s\S])*)"\)/.exec(text)?.[1];
    if (port !== void 0 && addr !== void 0)
      return { family: "AF_INET", address: unescapeText(addr), port: Number(port) };
  } else if (fam === "AF_INET6") {
    const port = /sin6_port=htons\((\d+)\)/.exec(text)?.[1];
    const addr6 = /inet_pton\(AF_INET6,\s*"((?:[^"\\]|\\[\s\S])*)"/.exec(text)?.[1];
    const addr = addr6 === void 0 ? void 0 : unescapeText(addr6);
    const scope = /sin6_scope_id=(\d+)/.exec(text)?.[1];
    if (port !== void 0 && addr !== void 0) {
      const ep = { family: "AF_INET6", address: addr, port: Number(port) };
      if (scope !== void 0 && scope !== "0")
        ep.scopeId = Number(scope);
      return ep;
    }
  } else if (fam === "AF_UNIX" || fam === "AF_LOCAL") {
    const m = /sun_path=(@?)"((?:[^"\\]|\\[\s\S])*)"/.exec(text);
    if (!m)
      return { family: "AF_UNIX", path: "", abstract: false };
    return { family: "AF_UNIX", path: Buffer.from(unescapeBytes(m[2])).toString("utf8"), abstract: !!m[1] };
  }
  return { family: fam, raw: text };
}
function unescapeText(body) {
  return Buffer.from(unescapeBytes(body)).toString("utf8");
}
var RAW_FAMILIES = {
  linux: { 1: "AF_UNIX", 2: "AF_INET", 10: "AF_INET6" },
  darwin: { 1: "AF_UNIX", 2: "AF_INET", 30: "AF_INET6" }
};
function parseRawSockaddr(text, family, os) {
  const fam = RAW_FAMILIES[os][family];
  const bytesOf = (field) => {
    const m = new RegExp(`${field}="((?:[^"\\\\]|\\\\[\\s\\S])*)"`).exec(text);
    return m ? unescapeBytes(m[1]) : void 0;
  };
  if (fam === "AF_INET") {
    const port = bytesOf("sin_port");
    const addr = bytesOf("sin_addr");
    if (port?.length === 2 && addr?.length === 4)
      return { family: fam, address: addr.join("."), port: port[0] << 8 | port[1] };
  } else if (fam === "AF_INET6") {
    const port = bytesOf("sin6_port");
    const addr = bytesOf("sin6_addr");
    if (port?.length === 2 && addr?.length === 16) {
      const groups = [];
      for (let i = 0; i < 16; i += 2)
        groups.push((addr[i] << 8 | addr[i + 1]).toString(16));
      const full = groups.join(":");
      const best = /(?:^|:)0(?::0)+(?::|$)/g;
      let longest = "";
      for (const m of full.matchAll(best))
        if (m[0].length > longest.length)
          longest = m[0];
      const address = longest ? full.replace(longest, "::") : full;
      return { family: fam, address, port: port[0] << 8 | port[1] };
    }
  } else if (fam === "AF_UNIX") {
    const m = /sun_path=(@?)"((?:[^"\\]|\\[\s\S])*)"/.exec(text);
    return { family: "AF_UNIX", path: m ? unescapeText(m[2]) : "", abstract: !!m?.[1] };
  }
  return void 0;
}
function parseInetPart(text, v6) {
  const m = /^\[?(.*?)\]?:(\d+)$/.exec(text.trim());
  if (!m)
    return void 0;
  return { family: v6 ? "AF_INET6" : "AF_INET", address: m[1], port: Number(m[2]), inferred: true };
}
function parseUnixName(text) {
  if (!text)
    return void 0;
  const s = parseStrText(text);
  if (!s)
    return void 0;
  return { family: "AF_UNIX", path: s.value, abstract: s.abstract, inferred: true };
}
var SOCKET_PROTOCOLS = /^(TCP|TCPv6|UDP|UDPv6|UDPLITE|UDPLITEv6|RAW|RAWv6|UNIX|UNIX-STREAM|UNIX-DGRAM|UNIX-SEQPACKET|NETLINK|PACKET|SCTP|SCTPv6|DCCP|DCCPv6|L2TP\/IP|PING|PINGv6|MPTCP|MPTCPv6|XDP|VSOCK|socket)$/;
function parseDecoration(deco, deleted) {
  if (deco === void 0)
    return void 0;
  let m = /^([A-Za-z][A-Za-z0-9/-]*):\[([\s\S]*)\]$/.exec(deco);
  if (m && SOCKET_PROTOCOLS.test(m[1]))
    return parseSocketDeco(m[1], m[2]);
  if (m && m[1] === "pipe")
    return { type: "pipe", inode: Number(m[2]) };
  m = /^anon_inode:\[?([^\]]*)\]?$/.exec(deco);
  if (m)
    return { type: "anon", name: m[1] };
  m = /^pid:(\d+)$/.exec(deco);
  if (m)
    return { type: "pidfd", pid: Number(m[1]) };
  if (deco.startsWith("/")) {
    let path = deco;
    let dev;
    let del = deleted;
    const d = /^([\s\S]*)<((?:char|block) \d+:\d+)>$/.exec(path);
    if (d) {
      path = d[1];
      dev = d[2];
    }
    if (path.endsWith(" (deleted)")) {
      path = path.slice(0, -" (deleted)".length);
      del = true;
    }
    const info = { type: "path", path };
    if (del)
      info.deleted = true;
    if (dev)
      info.device = dev;
    return info;
  }
  return { type: "other", text: deco };
}
function parseSocketDeco(protocol, body) {
  const info = { type: "socket", protocol };
  if (/^\d+$/.test(body)) {
    info.inode = Number(body);
    return info;
  }
  if (protocol.startsWith("UNIX")) {
    const m = /^(\d+)(?:->(\d+))?(?:,([\s\S]*))?$/.exec(body);
    if (m) {
      info.inode = Number(m[1]);
      if (m[2])
        info.peerInode = Number(m[2]);
      const name2 = parseUnixName(m[3]);
      if (name2)
        info.local = name2;
    }
    return info;
  }
  if (protocol === "NETLINK")
    return info;
  const v6 = protocol.endsWith("v6");
  const arrow = body.indexOf("->");
  const local = parseInetPart(arrow < 0 ? body : body.slice(0, arrow), v6);
  if (local)
    info.local = local;
  if (arrow >= 0) {
    const peer = parseInetPart(body.slice(arrow + 2), v6);
    if (peer)
      info.peer = peer;
  }
  return info;
}
function endpointText(ep) {
  if (!ep)
    return "?";
  if (ep.family === "AF_INET" && typeof ep.address === "string")
    return `${ep.address}:${String(ep.port)}`;
  if (ep.family === "AF_INET6" && typeof ep.address === "string")
    return `[${ep.address}]:${String(ep.port)}`;
  if (ep.family === "AF_UNIX" && typeof ep.path === "string")
    return ep.abstract ? `@${ep.path}` : ep.path || "(unnamed)";
  return ep.family;
}
function namesIn(text) {
  const out = /* @__PURE__ */ new Set();
  if (!text)
    return out;
  for (const m of text.matchAll(/\b[A-Z][A-Z0-9_]{2,}\b/g))
    out.add(m[0]);
  return out;
}
function epPort(ep) {
  const p = ep?.port;
  return typeof p === "number" ? p : void 0;
}
function epPath(ep) {
  if (ep?.family !== "AF_UNIX")
    return void 0;
  const p = ep.path;
  return typeof p === "string" ? p : void 0;
}
function shownEndpoint(ep) {
  if (!ep)
    return void 0;
  if (ep.family === "AF_UNIX")
    return epPath(ep) === "" && ep.inferred ? void 0 : ep;
  if (ep.family === "AF_INET" || ep.family === "AF_INET6") {
    const a = ep.address;
    return typeof a === "string" && a !== "" ? ep : void 0;
  }
  return ep.inferred ? void 0 : ep;
}

// dist/src/analyze/fallback.js
var ERRNO_COMMON = [
  [1, "EPERM"],
  [2, "ENOENT"],
  [3, "ESRCH"],
  [4, "EINTR"],
  [5, "EIO"],
  [9, "EBADF"],
  [12, "ENOMEM"],
  [13, "EACCES"],
  [14, "EFAULT"],
  [17, "EEXIST"],
  [20, "ENOTDIR"],
  [21, "EISDIR"],
  [22, "EINVAL"],
  [24, "EMFILE"],
  [25, "ENOTTY"],
  [28, "ENOSPC"],
  [30, "EROFS"],
  [32, "EPIPE"]
];
var ERRNO_LINUX = [
  ...ERRNO_COMMON,
  [11, "EAGAIN"],
  [38, "ENOSYS"],
  [97, "EAFNOSUPPORT"],
  [98, "EADDRINUSE"],
  [99, "EADDRNOTAVAIL"],
  [101, "ENETUNREACH"],
  [104, "ECONNRESET"],
  [110, "ETIMEDOUT"],
  [111, "ECONNREFUSED"],
  [113, "EHOSTUNREACH"],
  [114, "EALREADY"],
  [115, "EINPROGRESS"]
];
var ERRNO_DARWIN = [
  ...ERRNO_COMMON,
  [35, "EAGAIN"],
  [36, "EINPROGRESS"],
  [37, "EALREADY"],
  [47, "EAFNOSUPPORT"],
  [48, "EADDRINUSE"],
  [49, "EADDRNOTAVAIL"],
  [51, "ENETUNREACH"],
  [54, "ECONNRESET"],
  [60, "ETIMEDOUT"],
  [61, "ECONNREFUSED"],
  [65, "EHOSTUNREACH"],
  [78, "ENOSYS"]
];
var FALLBACK_ERRNO = {
  linux: new Map(ERRNO_LINUX),
  darwin: new Map(ERRNO_DARWIN)
};
var AF = {
  linux: /* @__PURE__ */ new Map([[1, "AF_UNIX"], [2, "AF_INET"], [10, "AF_INET6"], [16, "AF_NETLINK"], [17, "AF_PACKET"]]),
  darwin: /* @__PURE__ */ new Map([[1, "AF_UNIX"], [2, "AF_INET"], [30, "AF_INET6"], [32, "AF_SYSTEM"]])
};
var SOCKTYPE = /* @__PURE__ */ new Map([[1, "SOCK_STREAM"], [2, "SOCK_DGRAM"], [3, "SOCK_RAW"], [5, "SOCK_SEQPACKET"]]);
var FCNTL = {
  linux: /* @__PURE__ */ new Map([[0, "F_DUPFD"], [1, "F_GETFD"], [2, "F_SETFD"], [3, "F_GETFL"], [4, "F_SETFL"], [1030, "F_DUPFD_CLOEXEC"]]),
  darwin: /* @__PURE__ */ new Map([[0, "F_DUPFD"], [1, "F_GETFD"], [2, "F_SETFD"], [3, "F_GETFL"], [4, "F_SETFL"], [67, "F_DUPFD_CLOEXEC"]])
};
var O_NONBLOCK = { linux: 2048, darwin: 4 };
var O_CLOEXEC = { linux: 524288, darwin: 16777216 };
var SOCK_NONBLOCK_LINUX = 2048;
var SOCK_CLOEXEC_LINUX = 524288;
function names(os) {
  return (kind, v) => {
    switch (kind) {
      case "family": {
        const n = AF[os].get(v);
        return n ? [n] : [];
      }
      case "socktype": {
        const out = [];
        const t = SOCKTYPE.get(v & 15);
        if (t)
          out.push(t);
        if (os === "linux" && v & SOCK_NONBLOCK_LINUX)
          out.push("SOCK_NONBLOCK");
        if (os === "linux" && v & SOCK_CLOEXEC_LINUX)
          out.push("SOCK_CLOEXEC");
        return out;
      }
      case "fcntl-cmd": {
        const n = FCNTL[os].get(v);
        return n ? [n] : [];
      }
      case "open-flags": {
        const out = [];
        if (v & O_NONBLOCK[os])
          out.push("O_NONBLOCK");
        if (v & O_CLOEXEC[os])
          out.push("O_CLOEXEC");
        return out;
      }
      default:
        return [];
    }
  };
}
var FALLBACK_NAMES = {
  linux: names("linux"),
  darwin: names("darwin")
};

// dist/src/analyze/call.js
var AT_CALL = /at2?$|^statx$|^execveat$/;
var lastText;
var lastSplit = [];
function splitOnce(text) {
  if (text !== lastText) {
    lastSplit = withoutArgNames(splitArgs(text));
    lastText = text;
  }
  return lastSplit;
}
var ARG_NAME = /^[a-z_][a-z0-9_]*=(?!=)/;
function withoutArgNames(args) {
  if (args.length === 0 || !args.every((a) => ARG_NAME.test(a)))
    return args;
  return args.map((a) => a.replace(ARG_NAME, ""));
}
function stracePid(ret) {
  for (const n of ret.notes ?? []) {
    const m = /^(\d+) in strace's PID NS$/.exec(n);
    if (m)
      return Number(m[1]);
  }
  return void 0;
}
var CallView = class _CallView {
  ev;
  os;
  decoded;
  raw;
  // What the text readers gave per argument (null: nothing); several readers ask for the same.
  fdTexts = [];
  strTexts = [];
  constructor(ev, os, decoded) {
    this.ev = ev;
    this.os = os;
    this.decoded = decoded;
  }
  static last;
  /**
   * The view of an event, shared: the analyzer and explain read the same event one after
   * the other, and the view keeps what it has read.
   */
  static of(ev, os, decoded) {
    const l = _CallView.last;
    if (l && l.ev === ev && l.os === os && l.decoded === decoded)
      return l;
    return _CallView.last = new _CallView(ev, os, decoded);
  }
  fdText(i) {
    let f = this.fdTexts[i];
    if (f === void 0)
      this.fdTexts[i] = f = parseFdText(this.arg(i)) ?? null;
    return f ?? void 0;
  }
  strText(i) {
    let t = this.strTexts[i];
    if (t === void 0)
      this.strTexts[i] = t = parseStrText(this.arg(i)) ?? null;
    return t ?? void 0;
  }
  get name() {
    return this.ev.syscall;
  }
  /** Raw argument texts at top level. */
  get args() {
    if (!this.raw)
      this.raw = splitOnce(this.ev.args);
    return this.raw;
  }
  arg(i) {
    return this.args[i];
  }
  dec(i) {
    return this.decoded?.args[i];
  }
  /** The return value, when the call returned a number (not `?`). */
  get ret() {
    const v = this.ev.ret?.value;
    return v === null || v === void 0 ? void 0 : v;
  }
  /**
   * The return as a pid the trace's prefixes use: with --pidns-translation strace prints the
   * tracee's pid and, in a C comment after it, its own (`= 7`, then `65 in strace's PID NS`).
   */
  get retPid() {
    return (this.ev.ret && stracePid(this.ev.ret)) ?? this.ret;
  }
  get failed() {
    return this.errno !== void 0 || this.ret !== void 0 && this.ret < 0 && this.ev.ret?.errnoNumber !== void 0;
  }
  /** Errno name: the decoder's table, then what the line printed, then a small fallback. */
  get errno() {
    const r = this.ev.ret;
    if (!r)
      return void 0;
    const name2 = this.decoded?.errno?.name ?? r.errno;
    if (name2)
      return name2;
    if (r.errnoNumber !== void 0)
      return FALLBACK_ERRNO[this.os].get(Math.abs(r.errnoNumber)) ?? `errno ${String(r.errnoNumber)}`;
    return void 0;
  }
  get errnoMessage() {
    return this.decoded?.errno?.message ?? this.ev.ret?.message;
  }
  int(i) {
    const d = this.dec(i);
    if (d?.int !== void 0)
      return d.int;
    return parseIntText(this.arg(i)) ?? this.fdText(i)?.fd;
  }
  fd(i) {
    const d = this.dec(i);
    if (d?.int !== void 0 && (d.kind === "fd" || d.kind === "dirfd"))
      return d.int;
    return this.fdText(i)?.fd ?? d?.int;
  }
  fdInfo(i) {
    const d = this.dec(i);
    if (d?.fdInfo)
      return d.fdInfo;
    const f = this.fdText(i);
    return f?.decoration !== void 0 ? parseDecoration(f.decoration, f.deleted) : void 0;
  }
  resultFdInfo() {
    if (this.decoded?.result?.fdInfo)
      return this.decoded.result.fdInfo;
    return parseDecoration(this.ev.ret?.decoration);
  }
  str(i) {
    const s = this.strText(i);
    if (s)
      return s;
    const d = this.dec(i);
    if (d?.string !== void 0)
      return { value: d.string, bytes: [...Buffer.from(d.string, "latin1")], truncated: false, abstract: false };
    return void 0;
  }
  /**
   * Path argument i made absolute when the trace shows its directory: for an *at() call the
   * dirfd before it, known from its -y decoration or `dirPath` (the fd table), or
   * `AT_FDCWD</cwd>` under -y. Otherwise the path as printed.
   */
  absPath(i, dirPath) {
    const path = this.str(i)?.value;
    if (path === void 0 || path.startsWith("/") || i === 0)
      return path;
    const dirText = this.arg(i - 1)?.trim() ?? "";
    let dir;
    if (dirText.startsWith("AT_FDCWD"))
      dir = /^AT_FDCWD<(.*)>$/.exec(dirText)?.[1];
    else if (this.dec(i - 1)?.kind === "dirfd" || AT_CALL.test(this.name)) {
      const info = this.fdInfo(i - 1);
      const fd = this.fd(i - 1);
      dir = info?.type === "path" ? info.path : fd !== void 0 ? dirPath(fd) : void 0;
    }
    if (!dir?.startsWith("/"))
      return path;
    if (path === "")
      return dir;
    return `${dir.replace(/\/+$/, "")}/${path.replace(/^(\.\/)+/, "")}`;
  }
  /** Constant and flag names of argument i (decoded names plus names printed in the text). */
  names(i, kind) {
    const out = namesIn(this.arg(i));
    for (const n of this.dec(i)?.named ?? [])
      if (n.name)
        out.add(n.name);
    if (out.size === 0) {
      const v = this.int(i);
      const role = kind ?? this.dec(i)?.kind;
      if (v !== void 0 && role)
        for (const n of FALLBACK_NAMES[this.os](role, v))
          out.add(n);
    }
    return out;
  }
  /** Names anywhere in the argument list (CLONE_THREAD inside a clone3 struct). */
  allNames() {
    const out = namesIn(this.ev.args);
    for (const d of this.decoded?.args ?? [])
      for (const n of d.named ?? [])
        if (n.name)
          out.add(n.name);
    return out;
  }
  /** The sockaddr of argument i. Inferred ones (dtruss) carry family, struct and length only. */
  endpoint(i) {
    const d = this.dec(i)?.endpoint;
    if (d && shownEndpoint(d))
      return d;
    return parseSockaddrText(this.arg(i), this.os) ?? d;
  }
  /** strace `-e inject` made this call fail or return what it did. */
  get injected() {
    return this.ev.ret?.notes?.includes("INJECTED") ?? false;
  }
  array(i) {
    return parseArrayText(this.arg(i));
  }
};

// dist/src/analyze/wellknown.js
var WELL_KNOWN_PORTS = [
  [20, "FTP data"],
  [21, "FTP"],
  [22, "SSH"],
  [23, "Telnet"],
  [25, "SMTP"],
  [53, "DNS"],
  [67, "DHCP server"],
  [68, "DHCP client"],
  [69, "TFTP"],
  [80, "HTTP"],
  [88, "Kerberos"],
  [110, "POP3"],
  [111, "rpcbind (Sun RPC portmapper)"],
  [123, "NTP"],
  [143, "IMAP"],
  [161, "SNMP"],
  [389, "LDAP"],
  [443, "HTTPS"],
  [465, "SMTP over TLS"],
  [514, "syslog"],
  [587, "SMTP submission"],
  [631, "IPP (CUPS printing)"],
  [636, "LDAP over TLS"],
  [853, "DNS over TLS"],
  [873, "rsync"],
  [993, "IMAP over TLS"],
  [995, "POP3 over TLS"],
  [1080, "SOCKS proxy"],
  [1433, "Microsoft SQL Server"],
  [1521, "Oracle database"],
  [1883, "MQTT"],
  [2049, "NFS"],
  [2181, "ZooKeeper"],
  [2375, "Docker API (plain HTTP)", "unencrypted Docker daemon API"],
  [2376, "Docker API (TLS)"],
  [2379, "etcd client"],
  [2380, "etcd peer"],
  [3e3, "development web server (Rails, Node, Grafana)"],
  [3128, "HTTP proxy (Squid)"],
  [3306, "MySQL"],
  [3389, "RDP"],
  [4222, "NATS"],
  [4317, "OpenTelemetry (OTLP gRPC)"],
  [5e3, "development web server / Docker registry"],
  [5353, "mDNS"],
  [5432, "PostgreSQL"],
  [5601, "Kibana"],
  [5672, "AMQP (RabbitMQ)"],
  [5900, "VNC"],
  [6379, "Redis"],
  [6443, "Kubernetes API server"],
  [8e3, "HTTP (alternate)"],
  [8080, "HTTP (alternate / proxy)"],
  [8443, "HTTPS (alternate)"],
  [8500, "Consul"],
  [9e3, "PHP-FPM / MinIO"],
  [9042, "Cassandra"],
  [9090, "Prometheus"],
  [9092, "Kafka"],
  [9200, "Elasticsearch"],
  [9300, "Elasticsearch transport"],
  [11211, "memcached"],
  [15672, "RabbitMQ management"],
  [26379, "Redis Sentinel"],
  [27017, "MongoDB"]
];
var WELL_KNOWN_ADDRESSES = [
  ["127.0.0.53", "systemd-resolved", "the local DNS stub resolver of systemd-resolved"],
  ["127.0.0.54", "systemd-resolved", "systemd-resolved proxy stub (no DNSSEC/LLMNR)"],
  ["127.0.0.11", "Docker's embedded DNS", "the DNS server Docker provides inside user-defined networks"],
  ["10.0.2.2", "QEMU user networking host", "the host, as seen from a QEMU guest with user-mode (slirp) networking"],
  ["10.0.2.3", "QEMU user networking DNS", "the DNS forwarder of QEMU user-mode networking"],
  ["10.0.2.15", "QEMU user networking guest", "the guest's own address under QEMU user-mode networking"],
  ["169.254.169.254", "cloud instance metadata service", "AWS/GCP/Azure/OpenStack metadata endpoint (link-local)"],
  ["fd00:ec2::254", "cloud instance metadata service", "the AWS metadata endpoint over IPv6"],
  ["8.8.8.8", "Google Public DNS"],
  ["8.8.4.4", "Google Public DNS"],
  ["1.1.1.1", "Cloudflare DNS"],
  ["1.0.0.1", "Cloudflare DNS"],
  ["9.9.9.9", "Quad9 DNS"],
  ["224.0.0.251", "mDNS multicast group"],
  ["ff02::fb", "mDNS multicast group"]
];
var WELL_KNOWN_UNIX = [
  {
    match: /(^|\/)\.s\.PGSQL\.\d+$/,
    service: "PostgreSQL",
    usual: "/var/run/postgresql/.s.PGSQL.5432 on Debian/Ubuntu packages; /tmp/.s.PGSQL.5432 for upstream builds and Homebrew on macOS (the server setting is unix_socket_directories)"
  },
  {
    match: /(^|\/)(mysqld?|mariadb)\.sock$/,
    service: "MySQL/MariaDB",
    usual: "/var/run/mysqld/mysqld.sock on Debian/Ubuntu, /var/lib/mysql/mysql.sock on RHEL/Fedora, /tmp/mysql.sock on macOS/Homebrew (the server setting is socket=)"
  },
  { match: /(^|\/)docker\.sock$/, service: "Docker daemon", usual: "/var/run/docker.sock (rootless: $XDG_RUNTIME_DIR/docker.sock)" },
  { match: /(^|\/)containerd\.sock$/, service: "containerd", usual: "/run/containerd/containerd.sock" },
  { match: /(^|\/)podman\.sock$/, service: "Podman API", usual: "/run/podman/podman.sock (rootless: $XDG_RUNTIME_DIR/podman/podman.sock)" },
  { match: /(^|\/)redis(-server)?\.sock$/, service: "Redis", usual: "/var/run/redis/redis-server.sock when unixsocket is enabled" },
  { match: /(^|\/)memcached\.sock$/, service: "memcached" },
  { match: /(^|\/)php[\d.]*-fpm\.sock$/, service: "PHP-FPM", usual: "/run/php/phpX.Y-fpm.sock on Debian/Ubuntu" },
  { match: /^\/(var\/)?run\/nscd\/socket$/, service: "nscd (name service cache daemon)", optional: true, note: "glibc asks nscd first and falls back to reading files when it is not running" },
  { match: /^\/(var\/)?run\/systemd\/notify$/, service: "systemd notification socket (sd_notify)", optional: true },
  { match: /^\/(var\/)?run\/systemd\/journal\/(socket|stdout|dev-log)$/, service: "systemd-journald", optional: true },
  { match: /^\/dev\/log$/, service: "syslog", optional: true },
  { match: /^\/(var\/)?run\/systemd\/private$/, service: "systemd manager (private bus)" },
  { match: /^\/(var\/)?run\/systemd\/userdb\/.*$/, service: "systemd userdb (varlink)", optional: true },
  { match: /^\/(var\/)?run\/systemd\/resolve\/io\.systemd\.Resolve$/, service: "systemd-resolved (varlink)", optional: true },
  { match: /^\/(var\/)?run\/dbus\/system_bus_socket$/, service: "D-Bus system bus", oftenAbsent: true },
  { match: /^\/run\/user\/\d+\/bus$/, service: "D-Bus session bus" },
  { match: /(^|\/)\.X11-unix\/X\d+$/, service: "X11 display server" },
  { match: /^\/run\/user\/\d+\/wayland-\d+$/, service: "Wayland compositor" },
  { match: /^\/run\/user\/\d+\/pulse\/native$/, service: "PulseAudio / PipeWire-Pulse" },
  { match: /(^|\/)ssh-[^/]+\/agent\.\d+$/, service: "ssh-agent" },
  { match: /(^|\/)S\.gpg-agent(\.\w+)?$/, service: "gpg-agent" },
  { match: /^\/(var\/)?run\/avahi-daemon\/socket$/, service: "Avahi mDNS daemon", optional: true },
  { match: /^\/(var\/)?run\/cups\/cups\.sock$/, service: "CUPS printing" },
  { match: /^\/var\/run\/mDNSResponder$/, service: "mDNSResponder (macOS DNS)" }
];
var portIndex = new Map(WELL_KNOWN_PORTS.map(([p, s, n]) => [p, { service: s, ...n ? { note: n } : {} }]));
var addrIndex = new Map(WELL_KNOWN_ADDRESSES.map(([a, s, n]) => [a, { service: s, ...n ? { note: n } : {} }]));
function unixEntry(path) {
  for (const e of WELL_KNOWN_UNIX) {
    if (typeof e.match === "string" ? e.match === path : e.match.test(path))
      return e;
  }
  return void 0;
}
function wellKnownPort(port) {
  return portIndex.get(port);
}
function wellKnownAddress(address) {
  return addrIndex.get(address.toLowerCase());
}
function wellKnown(ep) {
  if (!ep)
    return void 0;
  if (ep.family === "AF_UNIX" && typeof ep.path === "string") {
    const e = unixEntry(ep.path);
    if (!e)
      return void 0;
    const out = { service: e.service };
    if (e.note)
      out.note = e.note;
    return out;
  }
  if ((ep.family === "AF_INET" || ep.family === "AF_INET6") && typeof ep.address === "string") {
    const byAddr = wellKnownAddress(ep.address);
    const byPort = typeof ep.port === "number" ? wellKnownPort(ep.port) : void 0;
    if (byPort && byAddr)
      return { service: byPort.service, note: `${ep.address} is ${byAddr.service}` };
    return byPort ?? byAddr;
  }
  return void 0;
}
var EXPECTED_PROBES = [
  [/^\/etc\/ld\.so\.preload$/, "dynamic loader preload file"],
  [/\/(glibc-hwcaps|tls|haswell|x86_64|avx512_1|i686|sse2)\//, "dynamic loader library search"],
  [/\.so(\.[0-9]+)*$/, "dynamic loader library search"],
  [/\.dylib$|\.framework\//, "dynamic loader library search"],
  [/^\/(usr\/)?lib(32|64|x32)?\/[^/]*$/, "dynamic loader library search"],
  [/\/locale\/|\/locale-archive$|\/gconv\/|\/LC_[A-Z]+|\.mo$/, "locale and message catalogue lookup"],
  [/^\/(var\/)?run\/nscd\//, "nscd probe"],
  [/\/(site|dist)-packages\/|\/__pycache__\/|\/lib\/python[0-9.]+\/|\/pyvenv\.cfg$|\/pybuilddir\.txt$|\._pth$|\/python[0-9.]*\.zip$|\/lib-dynload\//, "Python module search"],
  [/\/node_modules\/|\/package\.json$|\.node$/, "Node.js module search"],
  [/\/(gems|rubygems)\/|\.rb$|\.bundle$/, "Ruby library search"],
  [/\/terminfo\//, "terminfo lookup"],
  [/^\/etc\/(localtime|timezone)$|\/zoneinfo\//, "time zone lookup"],
  [/\/\.[^/]*rc$|\/\.pgpass$|\/\.netrc$|\/\.config\/|\/\.local\/|\/\.cache\/|\/\.inputrc$|\/\.terminfo$/, "optional user configuration"],
  [/^\/etc\/(gai\.conf|host\.conf|ld\.so\.conf\.d\/.*|suid-debug|nsswitch\.conf|svc\.conf|netsvc\.conf)$|^\/etc\/default\/[^/]+$|^\/var\/ld\/ld\.config$/, "optional system configuration"],
  [/\/\.\.namedfork\/|\/Info\.plist$|\.lproj\//, "macOS bundle and resource lookup"],
  // nss-systemd and PAM look for JSON user records in these directories (systemd.io/USER_RECORD),
  // /run/host/ being where a container manager exposes the host's.
  [/^\/(etc|run|run\/host|usr\/local\/lib|usr\/lib|lib)\/userdb(\/|$)|^\/run\/systemd\/userdb(\/|$)|^\/run\/host$/, "systemd user database lookup"],
  // Redis loads its snapshot / append-only file at start-up; the first start of a server has none
  // and begins with an empty dataset (redis.io persistence docs).
  [/\/dump\.rdb$|\/appendonly\.aof$|\/appendonlydir(\/|$)/, "Redis data file (absent on a first start)"],
  [/^\/(sys|proc)\//, "kernel interface probe"],
  [/^\/(usr\/)?(local\/)?s?bin\/[^/]+$/, "executable search in PATH"]
];
function probeKind(path) {
  for (const [re, label] of EXPECTED_PROBES)
    if (re.test(path))
      return label;
  return void 0;
}

// dist/src/analyze/detectors/describe.js
function programName(p) {
  const exe = p.exe ?? p.argv?.[0];
  return exe ? exe.split("/").pop() : void 0;
}
function procName(p) {
  if (!p)
    return "the traced process";
  const base = programName(p);
  const pid = p.pid ? `pid ${String(p.pid)}` : "";
  if (base && pid)
    return `${base} (${pid})`;
  if (base)
    return base;
  return pid || "the traced process";
}
function endedWell(p, tracker) {
  const proc = p.isThread && p.leader !== void 0 ? tracker.procs.get(p.leader)?.info ?? p : p;
  return proc.exitCode === 0 && proc.signal === void 0;
}
function pidOf(p) {
  return p && p.pid !== 0 ? p.pid : void 0;
}
function epLabel(ep) {
  if (!ep)
    return "an unknown address";
  const base = endpointText(ep);
  const port = epPort(ep);
  const addr = ep.address;
  if (port !== void 0) {
    const names3 = [wellKnownPort(port)?.service, typeof addr === "string" ? wellKnownAddress(addr)?.service : void 0].filter(Boolean);
    return names3.length ? `${base} (${names3.join(", ")})` : base;
  }
  const wk = wellKnown(ep);
  return wk ? `${base} (${wk.service})` : base;
}
var FAMILY_WORD = {
  AF_UNIX: "UNIX",
  AF_INET: "IPv4",
  AF_INET6: "IPv6",
  AF_NETLINK: "netlink",
  AF_PACKET: "packet"
};
var TYPE_WORD = {
  SOCK_STREAM: "stream",
  SOCK_DGRAM: "datagram",
  SOCK_SEQPACKET: "seqpacket",
  SOCK_RAW: "raw"
};
function socketWords(s) {
  if (!s)
    return "a socket";
  if ((s.family === "AF_INET" || s.family === "AF_INET6") && s.type === "SOCK_STREAM")
    return `a TCP socket${s.family === "AF_INET6" ? " (IPv6)" : ""}`;
  if ((s.family === "AF_INET" || s.family === "AF_INET6") && s.type === "SOCK_DGRAM")
    return `a UDP socket${s.family === "AF_INET6" ? " (IPv6)" : ""}`;
  const fam = s.family ? FAMILY_WORD[s.family] ?? s.family : "";
  const type = s.type ? TYPE_WORD[s.type] ?? s.type : "";
  const words = [fam, type, "socket"].filter(Boolean).join(" ");
  return /^(IPv|[AEIO])/.test(words) ? `an ${words}` : `a ${words}`;
}
function fdWords(e, s) {
  if (!e)
    return "an fd";
  if (s) {
    const where = s.peer ? ` connected to ${epLabel(s.peer)}` : s.local ? ` ${s.listening ? "listening " : ""}on ${epLabel(s.local)}` : "";
    return `fd ${String(e.fd)} (${socketWords(s)}${where})`;
  }
  if (e.kind === "pipe")
    return `fd ${String(e.fd)} (a pipe)`;
  if (e.path)
    return `fd ${String(e.fd)} (${e.path})`;
  return `fd ${String(e.fd)}`;
}
function errnoText(call, errno3) {
  const name2 = errno3 ?? call.errno ?? "an error";
  const msg3 = errno3 === void 0 || errno3 === call.errno ? call.errnoMessage : void 0;
  return msg3 ? `${name2} (${msg3})` : name2;
}
function callLines(ev) {
  const n = ev.lines.length - (ev.stack?.length ?? 0) - (ev.dump?.length ?? 0);
  const result = n > 1 ? ev.lines[n - 1] : void 0;
  return result !== void 0 && result !== ev.line ? [ev.line, result] : [ev.line];
}
function lineList(...lines) {
  return [...new Set(lines.filter((l) => l !== void 0))].sort((a, b) => a - b);
}

// dist/src/analyze/detectors/meanings.js
var CONNECT_MEANINGS = {
  ENOENT: {
    unix: {
      meaning: "there is no socket file at that path, so no server is listening there",
      hint: "Start the server, or point the client at the path where the server actually creates its socket."
    }
  },
  ECONNREFUSED: {
    unix: {
      meaning: "the socket file exists but no process is accepting connections on it (a stale socket left by a server that stopped)",
      hint: "Restart the server; if it is not meant to run, remove the stale socket file."
    },
    inet: {
      meaning: "nothing is listening on that address and port (or a firewall actively rejected the connection)",
      hint: "Check that the server is running and listening on this exact address and port (`ss -ltnp`), and that the client uses the right host and port."
    }
  },
  EACCES: {
    unix: {
      meaning: "permission denied on the socket file or on a directory along its path",
      hint: "Check the permissions and group of the socket file and its directories, or run the client as a user allowed to use it."
    },
    inet: {
      meaning: "the connection was refused by a local policy (firewall rule, SELinux/AppArmor, or a broadcast address without SO_BROADCAST)",
      hint: "Check local firewall and security policy rules for this destination."
    }
  },
  EPERM: {
    any: {
      meaning: "a local firewall or security policy blocked the connection",
      hint: "Check firewall (iptables/nftables), seccomp or sandbox rules for this destination."
    }
  },
  ETIMEDOUT: {
    any: {
      meaning: "no answer came back: the host is down or unreachable, or a firewall silently drops the packets",
      hint: "Check that the host is up and reachable on that port from this machine (routing, security groups, firewalls)."
    }
  },
  ENETUNREACH: {
    any: {
      meaning: "there is no route to that network from this machine (offline, no default route, or no IPv6 connectivity)",
      hint: "Check the network configuration and routes (`ip route`); for IPv6 addresses, check IPv6 connectivity or prefer IPv4."
    }
  },
  EHOSTUNREACH: {
    any: {
      meaning: "the host is unreachable (no reply on the local network or an ICMP host-unreachable)",
      hint: "Check that the host is up and that the address is right."
    }
  },
  EADDRNOTAVAIL: {
    any: {
      meaning: "no local address or port could be used for the connection (ephemeral ports exhausted, or an address that is not usable here)",
      hint: "Check the destination address; if many connections are opened quickly, look for sockets left in TIME_WAIT."
    }
  },
  ECONNRESET: {
    any: {
      meaning: "the other side reset the connection while it was being set up",
      hint: "Check the server logs: it accepted and immediately dropped the connection."
    }
  },
  EAGAIN: {
    unix: {
      meaning: "the server's listen backlog is full: it is not accepting connections fast enough",
      hint: "The server is overloaded or stuck; check what it is doing."
    }
  },
  ENOTDIR: {
    unix: {
      meaning: "a component of the socket path is not a directory",
      hint: "Check the configured socket path."
    }
  },
  EBADF: {
    any: {
      meaning: "the fd passed was not open: usually an earlier socket() failed and the program did not check the error",
      hint: "Look just above for the socket() call that failed and fix that first."
    }
  },
  ENOTSOCK: {
    any: {
      meaning: "the fd passed is not a socket (a mix-up of fds in the program)",
      hint: "This is a bug in the program: it connects an fd that refers to a file or pipe."
    }
  },
  EAFNOSUPPORT: {
    any: {
      meaning: "the address family does not match the socket",
      hint: "The program passed an address of the wrong family for this socket; this is a bug in the program or its configuration."
    }
  }
};
var BIND_MEANINGS = {
  EADDRINUSE: {
    unix: {
      meaning: "a file already exists at that socket path (often left behind by a previous run)",
      hint: "Stop the other instance, or remove the stale socket file before starting (servers usually unlink it first)."
    },
    inet: {
      meaning: "another socket is already bound to that address and port (another instance or another service is running, or SO_REUSEADDR is missing after a restart)",
      hint: "Find the process using the port (`ss -ltnp`, `lsof -i :PORT`), stop it or pick another port."
    }
  },
  EACCES: {
    unix: {
      meaning: "no permission to create the socket file in that directory",
      hint: "Use a directory the process can write to, or fix the directory permissions."
    },
    inet: {
      meaning: "ports below 1024 need root or the CAP_NET_BIND_SERVICE capability",
      hint: "Run with CAP_NET_BIND_SERVICE, use a port above 1023 behind a proxy, or lower net.ipv4.ip_unprivileged_port_start."
    }
  },
  EADDRNOTAVAIL: {
    any: {
      meaning: "the address is not one of this machine's addresses",
      hint: "Bind to an address the machine has (or 0.0.0.0 / ::), or wait until the interface is up."
    }
  },
  EINVAL: {
    any: {
      meaning: "the socket is already bound, or the address is invalid for it",
      hint: "Check the program does not bind the same socket twice."
    }
  },
  ENOENT: {
    unix: {
      meaning: "the directory for the socket file does not exist",
      hint: "Create the directory (e.g. /run/<service>) before starting."
    }
  }
};
function meaningFor(table, errno3, family) {
  if (!errno3)
    return void 0;
  const row = table[errno3];
  if (!row)
    return void 0;
  const fam = family === "AF_UNIX" ? "unix" : family === "AF_INET" || family === "AF_INET6" ? "inet" : "any";
  return row[fam] ?? row.any;
}

// dist/src/analyze/detectors/bind.js
var BindRun = class {
  found = [];
  seen = /* @__PURE__ */ new Set();
  observe(o) {
    const call = o.call;
    if (!call || call.name !== "bind" || !call.failed || !o.proc)
      return;
    const ep = call.endpoint(1);
    const family = ep?.family ?? o.sock?.info.family;
    const errno3 = call.errno;
    const key = `${String(o.proc.tgid)}|${ep ? endpointText(ep) : "?"}|${String(errno3)}`;
    if (this.seen.has(key))
      return;
    this.seen.add(key);
    let m = meaningFor(BIND_MEANINGS, errno3, family);
    if (errno3 === "EACCES" && (epPort(ep) ?? 0) >= 1024 && family !== "AF_UNIX") {
      m = { meaning: "a security policy (SELinux, AppArmor, a sandbox) refused the address", hint: "Check security policy denials for this port." };
    }
    const where = ep ? epLabel(ep) : "its address";
    const f = {
      id: "bind-failed",
      severity: call.injected ? "info" : "error",
      title: `bind to ${ep ? endpointText(ep) : "an address"} failed: ${String(errno3)}`,
      explanation: `${procName(o.proc.info)} could not bind fd ${String(call.fd(0) ?? "?")} to ${where}: ${errnoText(call)}.${call.injected ? " strace injected this error (-e inject=...): it is a test, not a real failure." : m ? ` That means ${m.meaning}.` : ""}`,
      hint: m?.hint ?? "Check the address and that nothing else holds it.",
      lines: callLines(call.ev),
      events: [call.ev.seq]
    };
    const pid = pidOf(o.proc.info);
    if (pid !== void 0)
      f.pid = pid;
    if (this.found.length < 50)
      this.found.push(f);
  }
  finish() {
    return this.found;
  }
};
var bindFailed = {
  ids: ["bind-failed"],
  create: () => new BindRun()
};

// dist/src/analyze/detectors/connect.js
var NOT_FAILURES = /* @__PURE__ */ new Set(["EINPROGRESS", "EALREADY", "EISCONN", "EINTR", "ERESTARTSYS", "ERESTARTNOHAND", "ERESTARTNOINTR"]);
function destKey(ep, _s) {
  if (epPath(ep) !== void 0)
    return `unix:${String(epPath(ep))}`;
  if (epPort(ep) !== void 0)
    return `port:${String(epPort(ep))}`;
  return void 0;
}
var MAX_FAILURES = 200;
var ConnectRun = class {
  failures = /* @__PURE__ */ new Map();
  succeeded = /* @__PURE__ */ new Set();
  /**
   * Sockets whose non-blocking attempt ended in a second connect() that failed (hiredis:
   * EINPROGRESS, poll, connect again → ECONNREFUSED). A later SO_ERROR of 0 there only means
   * the error was already taken, not that it connected.
   */
  endedByConnect = /* @__PURE__ */ new Set();
  observe(o) {
    const { call, proc } = o;
    if (!call || !proc)
      return;
    const a = o.analyzed;
    const sock = o.sock?.info;
    const isConnect = call.name === "connect" || call.name === "connect_nocancel";
    if (isConnect) {
      const given = call.endpoint(1);
      const ep = shownEndpoint(given);
      if (given?.family === "AF_UNSPEC")
        return;
      const errno3 = call.errno;
      if (!call.failed || errno3 === void 0) {
        const k = destKey(ep ?? sock?.peer, sock);
        if (k && call.ev.status === "complete")
          this.succeeded.add(k);
        return;
      }
      if (NOT_FAILURES.has(errno3))
        return;
      if (errno3 === "EAGAIN" && sock?.family !== "AF_UNIX")
        return;
      const f2 = {
        tgid: proc.tgid,
        proc: proc.info,
        errno: errno3,
        lines: callLines(call.ev),
        events: [call.ev.seq],
        count: 1
      };
      const pid2 = pidOf(proc.info);
      if (pid2 !== void 0)
        f2.pid = pid2;
      const fd = call.fd(0);
      if (fd !== void 0)
        f2.fd = fd;
      if (ep)
        f2.endpoint = ep;
      if (sock)
        f2.socket = { ...sock };
      const family = given?.family ?? sock?.family;
      if (family && !f2.socket?.family)
        f2.socket = { id: "", holders: [], fds: [], lines: [], ...f2.socket, family };
      if (!family && errno3 === "ENOENT")
        f2.socket = { id: "", holders: [], fds: [], lines: [], ...f2.socket, family: "AF_UNIX" };
      if (call.errnoMessage)
        f2.message = call.errnoMessage;
      if (call.injected)
        f2.injected = true;
      if (sock) {
        this.endedByConnect.add(sock.id);
        for (const [k, prev] of this.failures) {
          if (!k.startsWith(`async:${sock.id}:`))
            continue;
          this.failures.delete(k);
          f2.lines = [...prev.lines, ...f2.lines];
          f2.events = [...prev.events, ...f2.events];
        }
      }
      if (!ep) {
        const len = typeof given?.length === "number" ? given.length : call.int(2);
        if (len !== void 0)
          f2.addrlen = len;
      }
      this.add(f2);
      return;
    }
    const c = a.connect;
    if (!c)
      return;
    if (c.state === "connected") {
      if (this.endedByConnect.has(c.socketId))
        return;
      const k = destKey(c.endpoint, sock);
      if (k)
        this.succeeded.add(k);
      this.failures.delete(`async:${c.socketId}:${String(c.seq)}`);
      return;
    }
    if (c.state !== "failed" && c.state !== "timed-out")
      return;
    const f = {
      tgid: proc.tgid,
      proc: proc.info,
      fd: c.fd,
      async: { ...c },
      lines: [c.line, ...c.lines],
      events: [c.seq, ...c.events],
      count: 1
    };
    const pid = pidOf(proc.info);
    if (pid !== void 0)
      f.pid = pid;
    const shown = shownEndpoint(c.endpoint);
    if (shown)
      f.endpoint = shown;
    if (c.errno)
      f.errno = c.errno;
    else if (c.state === "timed-out")
      f.errno = "ETIMEDOUT";
    if (sock)
      f.socket = { ...sock };
    this.failures.set(`async:${c.socketId}:${String(c.seq)}`, f);
  }
  add(f) {
    const key = `${String(f.tgid)}|${f.endpoint ? endpointText(f.endpoint) : `fd${String(f.fd)}/${String(f.socket?.family)}`}|${String(f.errno)}`;
    const prev = this.failures.get(key);
    if (prev) {
      prev.count++;
      if (prev.lines.length < 10) {
        prev.lines.push(...f.lines);
        prev.events.push(...f.events);
      }
      return;
    }
    if (this.failures.size < MAX_FAILURES)
      this.failures.set(key, f);
  }
  finish() {
    const out = [];
    for (const f of this.failures.values()) {
      const path = epPath(f.endpoint);
      const unix = path !== void 0 ? unixEntry(path) : void 0;
      if (unix?.optional && (f.errno === "ENOENT" || f.errno === "ECONNREFUSED"))
        continue;
      out.push(this.describe(f, unix?.usual, unix?.oftenAbsent && f.errno === "ENOENT"));
    }
    return out;
  }
  describe(f, usual, oftenAbsent = false) {
    const family = f.endpoint?.family ?? f.socket?.family;
    const where = f.endpoint ? epLabel(f.endpoint) : "an address the trace does not show";
    const m = meaningFor(CONNECT_MEANINGS, f.errno, family);
    const errText = f.message ? `${String(f.errno)} (${f.message})` : String(f.errno);
    const sockWords = socketWords(f.socket ?? (family ? { id: "", family, holders: [], fds: [], lines: [] } : void 0));
    const fdText = f.fd !== void 0 ? `fd ${String(f.fd)} (${sockWords})` : sockWords;
    const parts = [];
    if (f.async) {
      const how = f.async.errno ? `getsockopt(SO_ERROR) reported ${f.async.errno}` : f.async.state === "timed-out" ? "the wait for it timed out" : "poll reported an error (POLLERR/POLLHUP) on the socket";
      parts.push(`${procName(f.proc)} started a non-blocking connect of ${fdText} to ${where}; it returned EINPROGRESS and ${how}.`);
    } else {
      parts.push(`${procName(f.proc)} tried to connect ${fdText} to ${where} and got ${errText}.`);
    }
    if (f.injected)
      parts.push("strace injected this error (-e inject=...): it is a test, not a real failure.");
    else if (m)
      parts.push(`Here that means ${m.meaning}.`);
    if (!f.endpoint && f.addrlen !== void 0) {
      const len = f.addrlen;
      const sun = family === "AF_UNIX" ? ", the size of a sockaddr_un: a UNIX socket path" : "";
      parts.push(`The tracer printed only a pointer for the address; its length was ${String(len)} bytes${sun}.`);
    }
    if (f.count > 1)
      parts.push(`It failed the same way ${String(f.count)} times.`);
    let hint = m?.hint ?? "Check that the destination is right and the server is up.";
    if (usual && (f.errno === "ENOENT" || f.errno === "ECONNREFUSED")) {
      const svc = f.endpoint ? unixEntry(epPath(f.endpoint) ?? "")?.service : void 0;
      hint += ` ${svc ?? "This service"} usually puts its socket at ${usual}.`;
    }
    const key = destKey(f.endpoint, f.socket);
    const recovered = key !== void 0 && this.succeeded.has(key);
    if (recovered)
      parts.push("A later connection to the same destination succeeded, so the program recovered from this.");
    else if (oftenAbsent)
      parts.push("This service is often not running (containers, minimal systems) and many programs carry on without it, so this may not be why anything failed.");
    const title = f.endpoint ? `connect to ${endpointText(f.endpoint)} failed: ${String(f.errno)}` : `connect on ${sockWords} failed: ${String(f.errno)}`;
    const finding = {
      id: "connect-failed",
      severity: recovered || f.injected ? "info" : oftenAbsent ? "warning" : "error",
      title,
      explanation: parts.join(" "),
      hint,
      lines: lineList(...f.lines),
      events: [...new Set(f.events)].sort((a, b) => a - b)
    };
    if (f.pid !== void 0)
      finding.pid = f.pid;
    return finding;
  }
};
var connectFailed = {
  ids: ["connect-failed"],
  create: () => new ConnectRun()
};

// dist/grammars/args.js
import P2 from "parsimmon";

// dist/grammars/lexemes.js
import P from "parsimmon";
function token(re, map, desc) {
  const sticky = new RegExp(re.source, re.flags.includes("y") ? re.flags : re.flags + "y");
  return P((input, i) => {
    sticky.lastIndex = i;
    const m = sticky.exec(input);
    return m ? P.makeSuccess(i + m[0].length, map(m)) : P.makeFailure(i, desc);
  });
}
var INT_SOURCE = "-?(?:0[xX][0-9a-fA-F]+|[0-9][0-9a-fA-F]*)";
var QUOTED_SOURCE = '"[^"\\\\]*(?:\\\\[\\s\\S][^"\\\\]*)*"';
function parseIntText2(text) {
  const c0 = text.charCodeAt(0);
  if (c0 === 45)
    return -parseIntText2(text.slice(1));
  if (c0 !== 48 || text.length === 1) {
    const v = Number(text);
    return v === v ? v : parseInt(text, 16);
  }
  const c1 = text.charCodeAt(1);
  if (c1 === 120 || c1 === 88)
    return parseInt(text.slice(2), 16);
  return /[89a-fA-F]/.test(text) ? parseInt(text, 16) : parseInt(text, 8);
}
var SIMPLE_ESCAPES = {
  n: 10,
  t: 9,
  r: 13,
  f: 12,
  v: 11,
  a: 7,
  b: 8,
  e: 27,
  '"': 34,
  "\\": 92,
  "'": 39,
  "?": 63
};
var encoder = new TextEncoder();
function utf8(b) {
  const codes = [];
  const n = b.length;
  for (let i = 0; i < n; ) {
    const c = b[i];
    let cp;
    let len;
    if (c < 128) {
      codes.push(c);
      i++;
      continue;
    } else if (c >= 194 && c <= 223) {
      cp = c & 31;
      len = 2;
    } else if (c >= 224 && c <= 239) {
      cp = c & 15;
      len = 3;
    } else if (c >= 240 && c <= 244) {
      cp = c & 7;
      len = 4;
    } else
      return null;
    if (i + len > n)
      return null;
    for (let k = 1; k < len; k++) {
      const d = b[i + k];
      if ((d & 192) !== 128)
        return null;
      cp = cp << 6 | d & 63;
    }
    if (len === 3 && (cp < 2048 || cp >= 55296 && cp <= 57343) || len === 4 && (cp < 65536 || cp > 1114111))
      return null;
    if (cp > 65535) {
      cp -= 65536;
      codes.push(55296 + (cp >> 10), 56320 + (cp & 1023));
    } else
      codes.push(cp);
    i += len;
  }
  return latin1(codes);
}
function latin1(bytes) {
  let s = "";
  for (let k = 0; k < bytes.length; k += 4096) {
    s += String.fromCharCode(...bytes.slice(k, k + 4096));
  }
  return s;
}
function hexVal(c) {
  if (c >= 48 && c <= 57)
    return c - 48;
  if (c >= 97 && c <= 102)
    return c - 87;
  if (c >= 65 && c <= 70)
    return c - 55;
  return -1;
}
function cStringBytes(inner) {
  const bytes = [];
  const n = inner.length;
  for (let i = 0; i < n; i++) {
    const c = inner.charCodeAt(i);
    if (c !== 92 || i + 1 >= n) {
      if (c < 128)
        bytes.push(c);
      else {
        for (const b of encoder.encode(String.fromCodePoint(inner.codePointAt(i))))
          bytes.push(b);
        if (c >= 55296 && c <= 56319)
          i++;
      }
      continue;
    }
    const e = inner[++i];
    const o = e.charCodeAt(0);
    if (o >= 48 && o <= 55) {
      let v = o - 48;
      let k = 1;
      while (k < 3 && i + 1 < n) {
        const d = inner.charCodeAt(i + 1);
        if (d < 48 || d > 55)
          break;
        v = v * 8 + (d - 48);
        i++;
        k++;
      }
      bytes.push(v & 255);
    } else if (o === 120 && i + 1 < n && hexVal(inner.charCodeAt(i + 1)) >= 0) {
      let v = hexVal(inner.charCodeAt(++i));
      const d = i + 1 < n ? hexVal(inner.charCodeAt(i + 1)) : -1;
      if (d >= 0) {
        v = v * 16 + d;
        i++;
      }
      bytes.push(v);
    } else {
      const s = SIMPLE_ESCAPES[e];
      if (s !== void 0)
        bytes.push(s);
      else {
        bytes.push(92);
        if (o < 128)
          bytes.push(o);
        else {
          for (const b of encoder.encode(String.fromCodePoint(inner.codePointAt(i))))
            bytes.push(b);
          if (o >= 55296 && o <= 56319)
            i++;
        }
      }
    }
  }
  return bytes;
}
function decodeCString(inner) {
  if (inner.indexOf("\\") < 0)
    return inner;
  const bytes = cStringBytes(inner);
  for (const b of bytes)
    if (b >= 128)
      return utf8(bytes) ?? latin1(bytes);
  return latin1(bytes);
}

// dist/grammars/args.js
function run(p, input, i) {
  return p._(input, i);
}
var ok = P2.makeSuccess;
var fail = P2.makeFailure;
var LEAD = /(?: => |,? +|,)/y;
var TRAIL = /,? *$/y;
var ASSIGN = /([A-Za-z_][\w.]*(?:\(\d+\))?)=(?![=>])/y;
var BARE_COMMENT = /\/\* [\s\S]*? \*\//y;
var NAME = /(?:[A-Za-z_&?][\w?&.]*|-[A-Za-z_][\w]*)/y;
var COMMENT = / \/\* ([\s\S]*?) \*\//y;
var COUNT = / \(([0-9]+)\)/y;
var HWADDR = /[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2})+(?![\w:])/y;
var RESUMING = /<\.\.\. [^<>]* \.\.\.>/y;
var SPACED_OPS = [" or ", " || ", " && ", " == ", " != "];
var TIGHT_OP = /(?:\*|<<|>>|\+|->)/y;
function build(values, ops, lo, hi) {
  if (lo === hi)
    return values[lo];
  let at = -1;
  let rank = SPACED_OPS.length;
  for (let k = lo; k < hi; k++) {
    const p = SPACED_OPS.indexOf(ops[k]);
    if (p <= rank) {
      rank = p;
      at = k;
    }
  }
  return { kind: "op", op: ops[at], left: build(values, ops, lo, at), right: build(values, ops, at + 1, hi) };
}
function execAt(re, input, i) {
  re.lastIndex = i;
  return re.exec(input);
}
function decorationEnd(input, i) {
  const isPath = input.charCodeAt(i + 1) === 47;
  let depth = 0;
  let square = 0;
  const n = input.length;
  for (let j = i; j < n; j++) {
    const c = input.charCodeAt(j);
    if (c === 62) {
      if (square > 0 && input.charCodeAt(j - 1) === 45)
        continue;
      if (--depth === 0)
        return j + 1;
    } else if (c === 60)
      depth++;
    else if (c === 92)
      j++;
    else if (!isPath) {
      if (c === 91)
        square++;
      else if (c === 93)
        square--;
      else if (c === 34) {
        const q = closingQuote(input, j);
        if (q > 0)
          j = q;
      }
    }
  }
  return -1;
}
function closingQuote(input, i) {
  const n = input.length;
  for (let j = i + 1; j < n; j++) {
    const c = input.charCodeAt(j);
    if (c === 92)
      j++;
    else if (c === 34)
      return j;
  }
  return -1;
}
function commaItems(item, input, i, close) {
  const items = [];
  if (input.charCodeAt(i) === close)
    return ok(i + 1, items);
  for (; ; ) {
    const r = run(item, input, i);
    if (!r.status)
      return r;
    items.push(r.value);
    i = r.index;
    const c = input.charCodeAt(i);
    if (c === close)
      return ok(i + 1, items);
    if (c === 44 && input.charCodeAt(i + 1) === 32)
      i += 2;
    else
      return fail(i, `", " or closing bracket`);
  }
}
var language = P2.createLanguage({
  list: (r) => P2((input, i) => {
    const n = input.length;
    let lead;
    const lm = execAt(LEAD, input, i);
    if (lm) {
      lead = lm[0];
      i += lead.length;
    }
    const items = [];
    let trail;
    while (i < n) {
      const v = run(r.item, input, i);
      if (!v.status)
        return v;
      items.push(v.value);
      i = v.index;
      if (i >= n)
        break;
      if (input.charCodeAt(i) === 44 && input.charCodeAt(i + 1) === 32 && i + 2 < n && input.charCodeAt(i + 2) !== 32) {
        i += 2;
        continue;
      }
      const tm = execAt(TRAIL, input, i);
      if (tm) {
        trail = tm[0];
        i = n;
        break;
      }
      return fail(i, '", " between arguments');
    }
    const list2 = { items };
    if (lead !== void 0)
      list2.lead = lead;
    if (trail !== void 0)
      list2.trail = trail;
    return ok(i, list2);
  }),
  item: (r) => P2((input, i) => {
    const c = input.charCodeAt(i);
    if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95) {
      const m = execAt(ASSIGN, input, i);
      if (m) {
        const v = run(r.expr, input, i + m[0].length);
        if (!v.status)
          return v;
        return ok(v.index, { kind: "assign", name: m[1], value: v.value });
      }
    }
    return run(r.expr, input, i);
  }),
  expr: (r) => {
    const chain = (input, i) => {
      const first = run(r.flags, input, i);
      if (!first.status || input.charCodeAt(first.index) !== 32)
        return first;
      const values = [first.value];
      const ops = [];
      let j = first.index;
      for (; ; ) {
        const op = input.charCodeAt(j) === 32 ? SPACED_OPS.find((o) => input.startsWith(o, j)) : void 0;
        if (op === void 0)
          break;
        const next = run(r.flags, input, j + op.length);
        if (!next.status)
          return next;
        ops.push(op);
        values.push(next.value);
        j = next.index;
      }
      return ok(j, ops.length ? build(values, ops, 0, values.length - 1) : first.value);
    };
    return P2((input, i) => {
      const before = chain(input, i);
      if (!before.status || !input.startsWith(" => ", before.index))
        return before;
      const after = chain(input, before.index + 4);
      if (!after.status)
        return after;
      return ok(after.index, { kind: "inout", before: before.value, after: after.value });
    });
  },
  flags: (r) => P2((input, i) => {
    const first = run(r.arith, input, i);
    if (!first.status || input.charCodeAt(first.index) !== 124)
      return first;
    if (input.charCodeAt(first.index + 1) === 124)
      return first;
    const items = [first.value];
    let j = first.index;
    while (input.charCodeAt(j) === 124 && input.charCodeAt(j + 1) !== 124) {
      const next = run(r.arith, input, j + 1);
      if (!next.status)
        return next;
      items.push(next.value);
      j = next.index;
    }
    return ok(j, { kind: "flags", items });
  }),
  arith: (r) => P2((input, i) => {
    let left = run(r.term, input, i);
    if (!left.status)
      return left;
    for (; ; ) {
      const c = input.charCodeAt(left.index);
      if (c !== 42 && c !== 60 && c !== 62 && c !== 43 && c !== 45)
        return left;
      const m = execAt(TIGHT_OP, input, left.index);
      if (!m)
        return left;
      const right = run(r.term, input, left.index + m[0].length);
      if (!right.status)
        return right;
      left = ok(right.index, { kind: "op", op: m[0], left: left.value, right: right.value });
    }
  }),
  term: (r) => P2((input, i) => {
    const a = run(r.atom, input, i);
    if (!a.status)
      return a;
    let v = a.value;
    let j = a.index;
    for (; ; ) {
      const c = input.charCodeAt(j);
      if (c === 60 && input.charCodeAt(j + 1) !== 60 && (v.kind === "int" || v.kind === "name" || v.kind === "commented")) {
        const end = decorationEnd(input, j);
        if (end < 0)
          return fail(j, "closing > of a decoration");
        let decoration = input.slice(j + 1, end - 1);
        const fd = { kind: "fd", value: v, decoration };
        if (decoration.endsWith(" (deleted)")) {
          decoration = decoration.slice(0, -10);
          fd.decoration = decoration;
          fd.deleted = true;
          fd.deletedInside = true;
        }
        j = end;
        if (input.startsWith("(deleted)", j)) {
          fd.deleted = true;
          j += 9;
        }
        v = fd;
      } else if (c === 32 && input.charCodeAt(j + 1) === 47) {
        const m = execAt(COMMENT, input, j);
        if (!m)
          return ok(j, v);
        v = { kind: "commented", value: v, comment: m[1] };
        j += m[0].length;
      } else if (c === 32 && v.kind === "array" && input.charCodeAt(j + 1) === 40) {
        const m = execAt(COUNT, input, j);
        if (!m)
          return ok(j, v);
        v.count = { kind: "int", text: m[1], value: Number(m[1]) };
        j += m[0].length;
      } else
        return ok(j, v);
    }
  }),
  atom: (r) => P2((input, i) => {
    const c = input.charCodeAt(i);
    if (c === 34 || c === 64)
      return run(r.str, input, i);
    if (input.charCodeAt(i + 2) === 58) {
      const m = execAt(HWADDR, input, i);
      if (m)
        return ok(i + m[0].length, { kind: "name", text: m[0] });
    }
    if (c >= 48 && c <= 57 || c === 45) {
      const n = run(r.int, input, i);
      return n.status || c !== 45 ? n : run(r.name, input, i);
    }
    if (c === 123)
      return run(r.struct, input, i);
    if (c === 91 || c === 126)
      return run(r.array, input, i);
    if (c === 46)
      return run(r.ellipsis, input, i);
    if (c === 60)
      return run(r.resuming, input, i);
    if (c === 47) {
      const m = execAt(BARE_COMMENT, input, i);
      return m ? ok(i + m[0].length, { kind: "name", text: m[0] }) : fail(i, "comment");
    }
    return run(r.name, input, i);
  }),
  int: () => token(new RegExp(INT_SOURCE + "(?![\\w])"), (m) => ({ kind: "int", text: m[0], value: parseIntText2(m[0]) }), "integer"),
  str: () => token(new RegExp("(@?)(" + QUOTED_SOURCE + ")(\\.\\.\\.)?"), (m) => {
    const text = m[2];
    const s = { kind: "str", text, value: decodeCString(text.slice(1, -1)), truncated: m[3] !== void 0 };
    if (m[1])
      s.abstract = true;
    return s;
  }, "string"),
  name: (r) => P2((input, i) => {
    const m = execAt(NAME, input, i);
    if (!m)
      return fail(i, "value");
    const text = m[0];
    const j = i + text.length;
    if (input.charCodeAt(j) !== 40)
      return ok(j, { kind: "name", text });
    const args = commaItems(r.item, input, j + 1, 41);
    if (!args.status)
      return args;
    return ok(args.index, { kind: "call", name: text, args: args.value });
  }),
  struct: (r) => P2((input, i) => {
    const st = { kind: "struct", items: [] };
    let j = i + 1;
    if (input.charCodeAt(j) === 125)
      return ok(j + 1, st);
    for (; ; ) {
      const v = run(r.item, input, j);
      if (!v.status)
        return v;
      st.items.push(v.value);
      j = v.index;
      const c = input.charCodeAt(j);
      if (c === 125)
        return ok(j + 1, st);
      if (c === 44 && input.charCodeAt(j + 1) === 32 && st.sep === void 0)
        j += 2;
      else if (c === 32 && (st.sep === " " || st.items.length === 1)) {
        st.sep = " ";
        j++;
      } else
        return fail(j, '", " or }');
    }
  }),
  array: (r) => P2((input, i) => {
    let complement = false;
    if (input.charCodeAt(i) === 126) {
      complement = true;
      i++;
      if (input.charCodeAt(i) !== 91)
        return fail(i, "[ after ~");
    }
    const arr = { kind: "array", items: [], sep: ", " };
    if (complement)
      arr.complement = true;
    let j = i + 1;
    if (input.charCodeAt(j) === 93)
      return ok(j + 1, arr);
    const first = run(r.item, input, j);
    if (!first.status)
      return first;
    arr.items.push(first.value);
    j = first.index;
    if (input.charCodeAt(j) === 93)
      return ok(j + 1, arr);
    if (input.charCodeAt(j) === 32)
      arr.sep = " ";
    else if (input.charCodeAt(j) !== 44 || input.charCodeAt(j + 1) !== 32)
      return fail(j, '", ", " " or ]');
    const sepLen = arr.sep.length;
    const sepCode = input.charCodeAt(j);
    for (; ; ) {
      const next = run(r.item, input, j + sepLen);
      if (!next.status)
        return next;
      arr.items.push(next.value);
      j = next.index;
      const c = input.charCodeAt(j);
      if (c === 93)
        return ok(j + 1, arr);
      if (c !== sepCode || sepLen === 2 && input.charCodeAt(j + 1) !== 32)
        return fail(j, "array separator or ]");
    }
  }),
  resuming: () => token(RESUMING, (m) => ({ kind: "name", text: m[0] }), "<... resuming ...>"),
  ellipsis: () => P2((input, i) => input.startsWith("...", i) ? ok(i + 3, { kind: "ellipsis" }) : fail(i, "..."))
});
function parseArgs(text) {
  try {
    const r = run(language.list, text, 0);
    if (r.status && r.index === text.length)
      return r.value;
  } catch {
  }
  return { items: [{ kind: "raw", text }], failed: true };
}

// dist/grammars/print-args.js
function printArg(v) {
  switch (v.kind) {
    case "int":
    case "name":
    case "raw":
      return v.text;
    case "str":
      return (v.abstract ? "@" : "") + v.text + (v.truncated ? "..." : "");
    case "flags":
      return v.items.map(printArg).join("|");
    case "struct":
      return "{" + v.items.map(printArg).join(v.sep ?? ", ") + "}";
    case "array":
      return (v.complement ? "~[" : "[") + v.items.map(printArg).join(v.sep) + "]" + (v.count ? " (" + v.count.text + ")" : "");
    case "call":
      return v.name + "(" + v.args.map(printArg).join(", ") + ")";
    case "op":
      return printArg(v.left) + v.op + printArg(v.right);
    case "commented":
      return printArg(v.value) + " /* " + v.comment + " */";
    case "inout":
      return printArg(v.before) + " => " + printArg(v.after);
    case "assign":
      return v.name + "=" + printArg(v.value);
    case "fd":
      return printArg(v.value) + "<" + v.decoration + (v.deletedInside ? " (deleted)>" : ">") + (v.deleted && !v.deletedInside ? "(deleted)" : "");
    case "ellipsis":
      return "...";
  }
}

// dist/src/decode/tables/darwin/errno.js
var errno = {
  source: "XNU xnu-11417.101.15 bsd/sys/errno.h; messages: Libc-1725.0.11 gen/errlst.c",
  kind: "enum",
  entries: [
    [-106, "EQSUSPENDED", "Output queue suspended (kernel-internal)"],
    [-8, "EDATALESS", "Dataless file (kernel-internal)"],
    [-7, "EKEEPLOOKING", "Keep looking (kernel-internal)"],
    [-6, "EREDRIVEOPEN", "Redrive open (kernel-internal)"],
    [-5, "ERECYCLE", "Restart lookup under heavy vnode pressure (kernel-internal)"],
    [-2, "EJUSTRETURN", "Return without changing registers (kernel-internal)"],
    [-1, "ERESTART", "Restart the system call (kernel-internal)"],
    [1, "EPERM", "Operation not permitted"],
    [2, "ENOENT", "No such file or directory"],
    [3, "ESRCH", "No such process"],
    [4, "EINTR", "Interrupted system call"],
    [5, "EIO", "Input/output error"],
    [6, "ENXIO", "Device not configured"],
    [7, "E2BIG", "Argument list too long"],
    [8, "ENOEXEC", "Exec format error"],
    [9, "EBADF", "Bad file descriptor"],
    [10, "ECHILD", "No child processes"],
    [11, "EDEADLK", "Resource deadlock avoided"],
    [12, "ENOMEM", "Cannot allocate memory"],
    [13, "EACCES", "Permission denied"],
    [14, "EFAULT", "Bad address"],
    [15, "ENOTBLK", "Block device required"],
    [16, "EBUSY", "Resource busy"],
    [17, "EEXIST", "File exists"],
    [18, "EXDEV", "Cross-device link"],
    [19, "ENODEV", "Operation not supported by device"],
    [20, "ENOTDIR", "Not a directory"],
    [21, "EISDIR", "Is a directory"],
    [22, "EINVAL", "Invalid argument"],
    [23, "ENFILE", "Too many open files in system"],
    [24, "EMFILE", "Too many open files"],
    [25, "ENOTTY", "Inappropriate ioctl for device"],
    [26, "ETXTBSY", "Text file busy"],
    [27, "EFBIG", "File too large"],
    [28, "ENOSPC", "No space left on device"],
    [29, "ESPIPE", "Illegal seek"],
    [30, "EROFS", "Read-only file system"],
    [31, "EMLINK", "Too many links"],
    [32, "EPIPE", "Broken pipe"],
    [33, "EDOM", "Numerical argument out of domain"],
    [34, "ERANGE", "Result too large"],
    [35, "EAGAIN", "Resource temporarily unavailable"],
    [35, "EWOULDBLOCK", "Resource temporarily unavailable"],
    [36, "EINPROGRESS", "Operation now in progress"],
    [37, "EALREADY", "Operation already in progress"],
    [38, "ENOTSOCK", "Socket operation on non-socket"],
    [39, "EDESTADDRREQ", "Destination address required"],
    [40, "EMSGSIZE", "Message too long"],
    [41, "EPROTOTYPE", "Protocol wrong type for socket"],
    [42, "ENOPROTOOPT", "Protocol not available"],
    [43, "EPROTONOSUPPORT", "Protocol not supported"],
    [44, "ESOCKTNOSUPPORT", "Socket type not supported"],
    [45, "ENOTSUP", "Operation not supported"],
    [46, "EPFNOSUPPORT", "Protocol family not supported"],
    [47, "EAFNOSUPPORT", "Address family not supported by protocol family"],
    [48, "EADDRINUSE", "Address already in use"],
    [49, "EADDRNOTAVAIL", "Can't assign requested address"],
    [50, "ENETDOWN", "Network is down"],
    [51, "ENETUNREACH", "Network is unreachable"],
    [52, "ENETRESET", "Network dropped connection on reset"],
    [53, "ECONNABORTED", "Software caused connection abort"],
    [54, "ECONNRESET", "Connection reset by peer"],
    [55, "ENOBUFS", "No buffer space available"],
    [56, "EISCONN", "Socket is already connected"],
    [57, "ENOTCONN", "Socket is not connected"],
    [58, "ESHUTDOWN", "Can't send after socket shutdown"],
    [59, "ETOOMANYREFS", "Too many references: can't splice"],
    [60, "ETIMEDOUT", "Operation timed out"],
    [61, "ECONNREFUSED", "Connection refused"],
    [62, "ELOOP", "Too many levels of symbolic links"],
    [63, "ENAMETOOLONG", "File name too long"],
    [64, "EHOSTDOWN", "Host is down"],
    [65, "EHOSTUNREACH", "No route to host"],
    [66, "ENOTEMPTY", "Directory not empty"],
    [67, "EPROCLIM", "Too many processes"],
    [68, "EUSERS", "Too many users"],
    [69, "EDQUOT", "Disc quota exceeded"],
    [70, "ESTALE", "Stale NFS file handle"],
    [71, "EREMOTE", "Too many levels of remote in path"],
    [72, "EBADRPC", "RPC struct is bad"],
    [73, "ERPCMISMATCH", "RPC version wrong"],
    [74, "EPROGUNAVAIL", "RPC prog. not avail"],
    [75, "EPROGMISMATCH", "Program version wrong"],
    [76, "EPROCUNAVAIL", "Bad procedure for program"],
    [77, "ENOLCK", "No locks available"],
    [78, "ENOSYS", "Function not implemented"],
    [79, "EFTYPE", "Inappropriate file type or format"],
    [80, "EAUTH", "Authentication error"],
    [81, "ENEEDAUTH", "Need authenticator"],
    [82, "EPWROFF", "Device power is off"],
    [83, "EDEVERR", "Device error"],
    [84, "EOVERFLOW", "Value too large to be stored in data type"],
    [85, "EBADEXEC", "Bad executable (or shared library)"],
    [86, "EBADARCH", "Bad CPU type in executable"],
    [87, "ESHLIBVERS", "Shared library version mismatch"],
    [88, "EBADMACHO", "Malformed Mach-o file"],
    [89, "ECANCELED", "Operation canceled"],
    [90, "EIDRM", "Identifier removed"],
    [91, "ENOMSG", "No message of desired type"],
    [92, "EILSEQ", "Illegal byte sequence"],
    [93, "ENOATTR", "Attribute not found"],
    [94, "EBADMSG", "Bad message"],
    [95, "EMULTIHOP", "EMULTIHOP (Reserved)"],
    [96, "ENODATA", "No message available on STREAM"],
    [97, "ENOLINK", "ENOLINK (Reserved)"],
    [98, "ENOSR", "No STREAM resources"],
    [99, "ENOSTR", "Not a STREAM"],
    [100, "EPROTO", "Protocol error"],
    [101, "ETIME", "STREAM ioctl timeout"],
    [102, "EOPNOTSUPP", "Operation not supported on socket"],
    [103, "ENOPOLICY", "Policy not found"],
    [104, "ENOTRECOVERABLE", "State not recoverable"],
    [105, "EOWNERDEAD", "Previous owner died"],
    [106, "EQFULL", "Interface output queue is full"],
    [106, "ELAST", "Interface output queue is full"]
  ]
};

// dist/src/decode/tables/darwin/fcntl.js
var fcntl = {
  source: "fcntl() commands: XNU xnu-11417.101.15 bsd/sys/fcntl.h (F_*).",
  kind: "enum",
  entries: [
    [0, "F_DUPFD"],
    [1, "F_GETFD"],
    [2, "F_SETFD"],
    [3, "F_GETFL"],
    [4, "F_SETFL"],
    [5, "F_GETOWN"],
    [6, "F_SETOWN"],
    [7, "F_GETLK"],
    [8, "F_SETLK"],
    [9, "F_SETLKW"],
    [10, "F_SETLKWTIMEOUT"],
    [40, "F_FLUSH_DATA"],
    [41, "F_CHKCLEAN"],
    [42, "F_PREALLOCATE"],
    [43, "F_SETSIZE"],
    [44, "F_RDADVISE"],
    [45, "F_RDAHEAD"],
    [48, "F_NOCACHE"],
    [49, "F_LOG2PHYS"],
    [50, "F_GETPATH"],
    [51, "F_FULLFSYNC"],
    [52, "F_PATHPKG_CHECK"],
    [53, "F_FREEZE_FS"],
    [54, "F_THAW_FS"],
    [55, "F_GLOBAL_NOCACHE"],
    [56, "F_OPENFROM"],
    [57, "F_UNLINKFROM"],
    [58, "F_CHECK_OPENEVT"],
    [59, "F_ADDSIGS"],
    [60, "F_MARKDEPENDENCY"],
    [61, "F_ADDFILESIGS"],
    [62, "F_NODIRECT"],
    [63, "F_GETPROTECTIONCLASS"],
    [64, "F_SETPROTECTIONCLASS"],
    [65, "F_LOG2PHYS_EXT"],
    [66, "F_GETLKPID"],
    [67, "F_DUPFD_CLOEXEC"],
    [68, "F_SETSTATICCONTENT"],
    [69, "F_MOVEDATAEXTENTS"],
    [70, "F_SETBACKINGSTORE"],
    [71, "F_GETPATH_MTMINFO"],
    [72, "F_GETCODEDIR"],
    [73, "F_SETNOSIGPIPE"],
    [74, "F_GETNOSIGPIPE"],
    [75, "F_TRANSCODEKEY"],
    [76, "F_SINGLE_WRITER"],
    [77, "F_GETPROTECTIONLEVEL"],
    [78, "F_FINDSIGS"],
    [79, "F_GETDEFAULTPROTLEVEL"],
    [80, "F_MAKECOMPRESSED"],
    [81, "F_SET_GREEDY_MODE"],
    [82, "F_SETIOTYPE"],
    [83, "F_ADDFILESIGS_FOR_DYLD_SIM"],
    [84, "F_RECYCLE"],
    [85, "F_BARRIERFSYNC"],
    [90, "F_OFD_SETLK"],
    [91, "F_OFD_SETLKW"],
    [92, "F_OFD_GETLK"],
    [93, "F_OFD_SETLKWTIMEOUT"],
    [94, "F_OFD_GETLKPID"],
    [95, "F_SETCONFINED"],
    [96, "F_GETCONFINED"],
    [97, "F_ADDFILESIGS_RETURN"],
    [98, "F_CHECK_LV"],
    [99, "F_PUNCHHOLE"],
    [100, "F_TRIM_ACTIVE_FILE"],
    [101, "F_SPECULATIVE_READ"],
    [102, "F_GETPATH_NOFIRMLINK"],
    [103, "F_ADDFILESIGS_INFO"],
    [104, "F_ADDFILESUPPL"],
    [105, "F_GETSIGSINFO"],
    [106, "F_SETLEASE"],
    [107, "F_GETLEASE"],
    [108, "F_ASSERT_BG_ACCESS"],
    [109, "F_RELEASE_BG_ACCESS"],
    [110, "F_TRANSFEREXTENTS"],
    [111, "F_ATTRIBUTION_TAG"],
    [112, "F_NOCACHE_EXT"],
    [113, "F_ADDSIGS_MAIN_BINARY"]
  ]
};
var openFlags = {
  source: "open() flags: XNU xnu-11417.101.15 bsd/sys/fcntl.h, bsd/sys/_types/_o_sync.h, _o_dsync.h. O_SEARCH (O_EXEC|O_DIRECTORY) comes first so that it wins.",
  kind: "flags",
  fieldMask: 3,
  entries: [
    [0, "O_RDONLY"],
    [1, "O_WRONLY"],
    [2, "O_RDWR"],
    [1074790400, "O_SEARCH"],
    [4, "O_NONBLOCK"],
    [4, "O_NDELAY"],
    [8, "O_APPEND"],
    [16, "O_SHLOCK"],
    [32, "O_EXLOCK"],
    [64, "O_ASYNC"],
    [128, "O_SYNC"],
    [128, "O_FSYNC"],
    [256, "O_NOFOLLOW"],
    [512, "O_CREAT"],
    [1024, "O_TRUNC"],
    [2048, "O_EXCL"],
    [4096, "O_RESOLVE_BENEATH"],
    [32768, "O_EVTONLY"],
    [131072, "O_NOCTTY"],
    [1048576, "O_DIRECTORY"],
    [2097152, "O_SYMLINK"],
    [4194304, "O_DSYNC"],
    [16777216, "O_CLOEXEC"],
    [134217728, "O_CLOFORK"],
    [536870912, "O_NOFOLLOW_ANY"],
    [1073741824, "O_EXEC"]
  ]
};
var fdFlags = {
  source: "F_GETFD/F_SETFD flags: XNU xnu-11417.101.15 bsd/sys/fcntl.h.",
  kind: "flags",
  entries: [
    [1, "FD_CLOEXEC"]
  ]
};
var atFlags = {
  source: "*at() flags: XNU xnu-11417.101.15 bsd/sys/fcntl.h (AT_*).",
  kind: "flags",
  entries: [
    [16, "AT_EACCESS"],
    [32, "AT_SYMLINK_NOFOLLOW"],
    [64, "AT_SYMLINK_FOLLOW"],
    [128, "AT_REMOVEDIR"],
    [512, "AT_REALDEV"],
    [1024, "AT_FDONLY"],
    [2048, "AT_SYMLINK_NOFOLLOW_ANY"]
  ]
};
var dirfd = {
  source: "Special directory fds: XNU xnu-11417.101.15 bsd/sys/fcntl.h (AT_FDCWD, printed by dtruss as 0xFFFFFFFFFFFFFFFE).",
  kind: "enum",
  entries: [
    [-2, "AT_FDCWD"]
  ]
};

// dist/src/decode/tables/darwin/in.js
var ipproto = {
  source: "IP protocols: XNU xnu-11417.101.15 bsd/netinet/in.h (IPPROTO_*; the common ones).",
  kind: "enum",
  entries: [
    [0, "IPPROTO_IP"],
    [0, "IPPROTO_HOPOPTS"],
    [1, "IPPROTO_ICMP"],
    [2, "IPPROTO_IGMP"],
    [4, "IPPROTO_IPV4"],
    [4, "IPPROTO_IPIP"],
    [6, "IPPROTO_TCP"],
    [17, "IPPROTO_UDP"],
    [41, "IPPROTO_IPV6"],
    [43, "IPPROTO_ROUTING"],
    [44, "IPPROTO_FRAGMENT"],
    [47, "IPPROTO_GRE"],
    [50, "IPPROTO_ESP"],
    [51, "IPPROTO_AH"],
    [58, "IPPROTO_ICMPV6"],
    [59, "IPPROTO_NONE"],
    [60, "IPPROTO_DSTOPTS"],
    [103, "IPPROTO_PIM"],
    [108, "IPPROTO_IPCOMP"],
    [113, "IPPROTO_PGM"],
    [132, "IPPROTO_SCTP"],
    [254, "IPPROTO_DIVERT"],
    [255, "IPPROTO_RAW"]
  ]
};
var ip = {
  source: "IPPROTO_IP options: XNU xnu-11417.101.15 bsd/netinet/in.h (IP_*).",
  kind: "enum",
  entries: [
    [1, "IP_OPTIONS"],
    [2, "IP_HDRINCL"],
    [3, "IP_TOS"],
    [4, "IP_TTL"],
    [5, "IP_RECVOPTS"],
    [6, "IP_RECVRETOPTS"],
    [7, "IP_RECVDSTADDR"],
    [8, "IP_RETOPTS"],
    [9, "IP_MULTICAST_IF"],
    [10, "IP_MULTICAST_TTL"],
    [11, "IP_MULTICAST_LOOP"],
    [12, "IP_ADD_MEMBERSHIP"],
    [13, "IP_DROP_MEMBERSHIP"],
    [14, "IP_MULTICAST_VIF"],
    [19, "IP_PORTRANGE"],
    [20, "IP_RECVIF"],
    [21, "IP_IPSEC_POLICY"],
    [23, "IP_STRIPHDR"],
    [24, "IP_RECVTTL"],
    [25, "IP_BOUND_IF"],
    [26, "IP_PKTINFO"],
    [26, "IP_RECVPKTINFO"],
    [27, "IP_RECVTOS"],
    [28, "IP_DONTFRAG"],
    [65, "IP_TRAFFIC_MGT_BACKGROUND"],
    [66, "IP_MULTICAST_IFINDEX"],
    [70, "IP_ADD_SOURCE_MEMBERSHIP"],
    [71, "IP_DROP_SOURCE_MEMBERSHIP"],
    [72, "IP_BLOCK_SOURCE"],
    [73, "IP_UNBLOCK_SOURCE"],
    [74, "IP_MSFILTER"]
  ]
};
var ipv6 = {
  source: "IPPROTO_IPV6 options: XNU xnu-11417.101.15 bsd/netinet6/in6.h (IPV6_*).",
  kind: "enum",
  entries: [
    [4, "IPV6_UNICAST_HOPS"],
    [9, "IPV6_MULTICAST_IF"],
    [10, "IPV6_MULTICAST_HOPS"],
    [11, "IPV6_MULTICAST_LOOP"],
    [12, "IPV6_JOIN_GROUP"],
    [13, "IPV6_LEAVE_GROUP"],
    [14, "IPV6_PORTRANGE"],
    [19, "IPV6_2292PKTINFO"],
    [27, "IPV6_V6ONLY"],
    [35, "IPV6_RECVTCLASS"],
    [36, "IPV6_TCLASS"],
    [37, "IPV6_RECVHOPLIMIT"],
    [46, "IPV6_3542PKTINFO"],
    [47, "IPV6_3542HOPLIMIT"],
    [61, "IPV6_RECVPKTINFO"],
    [62, "IPV6_DONTFRAG"],
    [125, "IPV6_BOUND_IF"]
  ]
};
var tcp = {
  source: "IPPROTO_TCP options: XNU xnu-11417.101.15 bsd/netinet/tcp.h (TCP_*).",
  kind: "enum",
  entries: [
    [1, "TCP_NODELAY"],
    [2, "TCP_MAXSEG"],
    [4, "TCP_NOPUSH"],
    [8, "TCP_NOOPT"],
    [16, "TCP_KEEPALIVE"],
    [32, "TCP_CONNECTIONTIMEOUT"],
    [128, "TCP_RXT_CONNDROPTIME"],
    [256, "TCP_RXT_FINDROP"],
    [257, "TCP_KEEPINTVL"],
    [258, "TCP_KEEPCNT"],
    [259, "TCP_SENDMOREACKS"],
    [260, "TCP_ENABLE_ECN"],
    [261, "TCP_FASTOPEN"],
    [262, "TCP_CONNECTION_INFO"],
    [513, "TCP_NOTSENT_LOWAT"]
  ]
};

// dist/src/decode/tables/darwin/poll.js
var pollEvents = {
  source: "poll() events: XNU xnu-11417.101.15 bsd/sys/poll.h.",
  kind: "flags",
  entries: [
    [1, "POLLIN"],
    [2, "POLLPRI"],
    [4, "POLLOUT"],
    [4, "POLLWRNORM"],
    [8, "POLLERR"],
    [16, "POLLHUP"],
    [32, "POLLNVAL"],
    [64, "POLLRDNORM"],
    [128, "POLLRDBAND"],
    [256, "POLLWRBAND"],
    [512, "POLLEXTEND"],
    [1024, "POLLATTRIB"],
    [2048, "POLLNLINK"],
    [4096, "POLLWRITE"]
  ]
};

// dist/src/decode/tables/darwin/signal.js
var signal = {
  source: "Signals: XNU xnu-11417.101.15 bsd/sys/signal.h.",
  kind: "enum",
  entries: [
    [1, "SIGHUP"],
    [2, "SIGINT"],
    [3, "SIGQUIT"],
    [4, "SIGILL"],
    [5, "SIGTRAP"],
    [6, "SIGABRT"],
    [7, "SIGEMT"],
    [8, "SIGFPE"],
    [9, "SIGKILL"],
    [10, "SIGBUS"],
    [11, "SIGSEGV"],
    [12, "SIGSYS"],
    [13, "SIGPIPE"],
    [14, "SIGALRM"],
    [15, "SIGTERM"],
    [16, "SIGURG"],
    [17, "SIGSTOP"],
    [18, "SIGTSTP"],
    [19, "SIGCONT"],
    [20, "SIGCHLD"],
    [21, "SIGTTIN"],
    [22, "SIGTTOU"],
    [23, "SIGIO"],
    [24, "SIGXCPU"],
    [25, "SIGXFSZ"],
    [26, "SIGVTALRM"],
    [27, "SIGPROF"],
    [28, "SIGWINCH"],
    [29, "SIGINFO"],
    [30, "SIGUSR1"],
    [31, "SIGUSR2"]
  ]
};
var sigmaskHow = {
  source: "sigprocmask() how: XNU xnu-11417.101.15 bsd/sys/signal.h.",
  kind: "enum",
  entries: [
    [1, "SIG_BLOCK"],
    [2, "SIG_UNBLOCK"],
    [3, "SIG_SETMASK"]
  ]
};

// dist/src/decode/tables/darwin/socket.js
var af = {
  source: "Address families: XNU xnu-11417.101.15 bsd/sys/socket.h (AF_*).",
  kind: "enum",
  entries: [
    [0, "AF_UNSPEC"],
    [1, "AF_UNIX"],
    [1, "AF_LOCAL"],
    [2, "AF_INET"],
    [3, "AF_IMPLINK"],
    [4, "AF_PUP"],
    [5, "AF_CHAOS"],
    [6, "AF_NS"],
    [7, "AF_ISO"],
    [7, "AF_OSI"],
    [8, "AF_ECMA"],
    [9, "AF_DATAKIT"],
    [10, "AF_CCITT"],
    [11, "AF_SNA"],
    [12, "AF_DECnet"],
    [13, "AF_DLI"],
    [14, "AF_LAT"],
    [15, "AF_HYLINK"],
    [16, "AF_APPLETALK"],
    [17, "AF_ROUTE"],
    [18, "AF_LINK"],
    [19, "pseudo_AF_XTP"],
    [20, "AF_COIP"],
    [21, "AF_CNT"],
    [22, "pseudo_AF_RTIP"],
    [23, "AF_IPX"],
    [24, "AF_SIP"],
    [25, "pseudo_AF_PIP"],
    [27, "AF_NDRV"],
    [28, "AF_ISDN"],
    [28, "AF_E164"],
    [29, "pseudo_AF_KEY"],
    [30, "AF_INET6"],
    [31, "AF_NATM"],
    [32, "AF_SYSTEM"],
    [33, "AF_NETBIOS"],
    [34, "AF_PPP"],
    [35, "pseudo_AF_HDRCMPLT"],
    [36, "AF_RESERVED_36"],
    [37, "AF_IEEE80211"],
    [38, "AF_UTUN"],
    [40, "AF_VSOCK"]
  ]
};
var socktype = {
  source: "Socket types: XNU xnu-11417.101.15 bsd/sys/socket.h (SOCK_*; read like Linux, low 4 bits the type; Darwin has no flag bits here).",
  kind: "flags",
  fieldMask: 15,
  entries: [
    [1, "SOCK_STREAM"],
    [2, "SOCK_DGRAM"],
    [3, "SOCK_RAW"],
    [4, "SOCK_RDM"],
    [5, "SOCK_SEQPACKET"]
  ]
};
var sol = {
  source: "Socket option levels: XNU xnu-11417.101.15 bsd/sys/socket.h (SOL_SOCKET), bsd/netinet/in.h (IPPROTO_*), bsd/sys/un.h (SOL_LOCAL, level 0 on AF_UNIX sockets).",
  kind: "enum",
  entries: [
    [65535, "SOL_SOCKET"],
    [0, "IPPROTO_IP"],
    [6, "IPPROTO_TCP"],
    [17, "IPPROTO_UDP"],
    [41, "IPPROTO_IPV6"],
    [0, "SOL_LOCAL"]
  ]
};
var so = {
  source: "SOL_SOCKET options: XNU xnu-11417.101.15 bsd/sys/socket.h and bsd/sys/socket_private.h (SO_*).",
  kind: "enum",
  entries: [
    [1, "SO_DEBUG"],
    [2, "SO_ACCEPTCONN"],
    [4, "SO_REUSEADDR"],
    [8, "SO_KEEPALIVE"],
    [16, "SO_DONTROUTE"],
    [32, "SO_BROADCAST"],
    [64, "SO_USELOOPBACK"],
    [128, "SO_LINGER"],
    [4224, "SO_LINGER_SEC"],
    [256, "SO_OOBINLINE"],
    [512, "SO_REUSEPORT"],
    [1024, "SO_TIMESTAMP"],
    [2048, "SO_TIMESTAMP_MONOTONIC"],
    [8192, "SO_DONTTRUNC"],
    [16384, "SO_WANTMORE"],
    [32768, "SO_WANTOOBFLAG"],
    [4097, "SO_SNDBUF"],
    [4098, "SO_RCVBUF"],
    [4099, "SO_SNDLOWAT"],
    [4100, "SO_RCVLOWAT"],
    [4101, "SO_SNDTIMEO"],
    [4102, "SO_RCVTIMEO"],
    [4103, "SO_ERROR"],
    [4104, "SO_TYPE"],
    [4112, "SO_LABEL"],
    [4113, "SO_PEERLABEL"],
    [4128, "SO_NREAD"],
    [4129, "SO_NKE"],
    [4130, "SO_NOSIGPIPE"],
    [4131, "SO_NOADDRERR"],
    [4132, "SO_NWRITE"],
    [4133, "SO_REUSESHAREUID"],
    [4134, "SO_NOTIFYCONFLICT"],
    [4135, "SO_UPCALLCLOSEWAIT"],
    [4226, "SO_RANDOMPORT"],
    [4227, "SO_NP_EXTENSIONS"],
    [4370, "SO_NUMRCVPKT"],
    [4374, "SO_NET_SERVICE_TYPE"],
    [4377, "SO_NETSVC_MARKING_LEVEL"],
    [4401, "SO_RESOLVER_SIGNATURE"],
    [4404, "SO_BINDTODEVICE"],
    [4225, "SO_RESTRICTIONS"],
    [4229, "SO_EXECPATH"],
    [4230, "SO_TRAFFIC_CLASS"],
    [4231, "SO_RECV_TRAFFIC_CLASS"],
    [4232, "SO_TRAFFIC_CLASS_DBG"],
    [4240, "SO_PRIVILEGED_TRAFFIC_CLASS"],
    [4241, "SO_DEFUNCTIT"],
    [4352, "SO_DEFUNCTOK"],
    [4353, "SO_ISDEFUNCT"],
    [4354, "SO_OPPORTUNISTIC"],
    [4355, "SO_FLUSH"],
    [4356, "SO_RECV_ANYIF"],
    [4357, "SO_TRAFFIC_MGT_BACKGROUND"],
    [4358, "SO_FLOW_DIVERT_TOKEN"],
    [4359, "SO_DELEGATED"],
    [4360, "SO_DELEGATED_UUID"],
    [4361, "SO_NECP_ATTRIBUTES"],
    [4368, "SO_CFIL_SOCK_ID"],
    [4369, "SO_NECP_CLIENTUUID"],
    [4371, "SO_AWDL_UNRESTRICTED"],
    [4372, "SO_EXTENDED_BK_IDLE"],
    [4373, "SO_MARK_CELLFALLBACK"],
    [4375, "SO_QOSMARKING_POLICY_OVERRIDE"],
    [4376, "SO_INTCOPROC_ALLOW"],
    [4384, "SO_NECP_LISTENUUID"],
    [4386, "SO_MPKL_SEND_INFO"],
    [4387, "SO_STATISTICS_EVENT"],
    [4388, "SO_WANT_KEV_SOCKET_CLOSED"],
    [4389, "SO_MARK_KNOWN_TRACKER"],
    [4390, "SO_MARK_KNOWN_TRACKER_NON_APP_INITIATED"],
    [4391, "SO_MARK_WAKE_PKT"],
    [4392, "SO_RECV_WAKE_PKT"],
    [4393, "SO_MARK_APPROVED_APP_DOMAIN"],
    [4400, "SO_FALLBACK_MODE"],
    [4402, "SO_MARK_CELLFALLBACK_UUID"],
    [4403, "SO_APPLICATION_ID"],
    [4405, "SO_MARK_DOMAIN_INFO_SILENT"]
  ]
};
var msg = {
  source: "send/recv flags: XNU xnu-11417.101.15 bsd/sys/socket.h (MSG_*).",
  kind: "flags",
  entries: [
    [1, "MSG_OOB"],
    [2, "MSG_PEEK"],
    [4, "MSG_DONTROUTE"],
    [8, "MSG_EOR"],
    [16, "MSG_TRUNC"],
    [32, "MSG_CTRUNC"],
    [64, "MSG_WAITALL"],
    [128, "MSG_DONTWAIT"],
    [256, "MSG_EOF"],
    [512, "MSG_WAITSTREAM"],
    [1024, "MSG_FLUSH"],
    [2048, "MSG_HOLD"],
    [4096, "MSG_SEND"],
    [8192, "MSG_HAVEMORE"],
    [16384, "MSG_RCVMORE"],
    [65536, "MSG_NEEDSA"],
    [524288, "MSG_NOSIGNAL"],
    [2147483648, "MSG_USEUPCALL"]
  ]
};
var shutdown = {
  source: "shutdown() how: XNU xnu-11417.101.15 bsd/sys/socket.h (SHUT_*).",
  kind: "enum",
  entries: [
    [0, "SHUT_RD"],
    [1, "SHUT_WR"],
    [2, "SHUT_RDWR"]
  ]
};

// dist/src/decode/tables/darwin/syscalls.js
var syscalls = {
  source: "XNU xnu-11417.101.15 bsd/kern/syscalls.master",
  kind: "enum",
  entries: [
    [0, "syscall"],
    [1, "exit"],
    [2, "fork"],
    [3, "read"],
    [4, "write"],
    [5, "open"],
    [6, "close"],
    [7, "wait4"],
    [9, "link"],
    [10, "unlink"],
    [12, "chdir"],
    [13, "fchdir"],
    [14, "mknod"],
    [15, "chmod"],
    [16, "chown"],
    [18, "getfsstat"],
    [20, "getpid"],
    [23, "setuid"],
    [24, "getuid"],
    [25, "geteuid"],
    [26, "ptrace"],
    [27, "recvmsg"],
    [28, "sendmsg"],
    [29, "recvfrom"],
    [30, "accept"],
    [31, "getpeername"],
    [32, "getsockname"],
    [33, "access"],
    [34, "chflags"],
    [35, "fchflags"],
    [36, "sync"],
    [37, "kill"],
    [38, "crossarch_trap"],
    [39, "getppid"],
    [41, "dup"],
    [42, "pipe"],
    [43, "getegid"],
    [46, "sigaction"],
    [47, "getgid"],
    [48, "sigprocmask"],
    [49, "getlogin"],
    [50, "setlogin"],
    [51, "acct"],
    [52, "sigpending"],
    [53, "sigaltstack"],
    [54, "ioctl"],
    [55, "reboot"],
    [56, "revoke"],
    [57, "symlink"],
    [58, "readlink"],
    [59, "execve"],
    [60, "umask"],
    [61, "chroot"],
    [65, "msync"],
    [66, "vfork"],
    [67, "oslog_coproc_reg"],
    [68, "oslog_coproc"],
    [73, "munmap"],
    [74, "mprotect"],
    [75, "madvise"],
    [78, "mincore"],
    [79, "getgroups"],
    [80, "setgroups"],
    [81, "getpgrp"],
    [82, "setpgid"],
    [83, "setitimer"],
    [85, "swapon"],
    [86, "getitimer"],
    [89, "getdtablesize"],
    [90, "dup2"],
    [92, "fcntl"],
    [93, "select"],
    [95, "fsync"],
    [96, "setpriority"],
    [97, "socket"],
    [98, "connect"],
    [100, "getpriority"],
    [104, "bind"],
    [105, "setsockopt"],
    [106, "listen"],
    [111, "sigsuspend"],
    [116, "gettimeofday"],
    [117, "getrusage"],
    [118, "getsockopt"],
    [120, "readv"],
    [121, "writev"],
    [122, "settimeofday"],
    [123, "fchown"],
    [124, "fchmod"],
    [126, "setreuid"],
    [127, "setregid"],
    [128, "rename"],
    [131, "flock"],
    [132, "mkfifo"],
    [133, "sendto"],
    [134, "shutdown"],
    [135, "socketpair"],
    [136, "mkdir"],
    [137, "rmdir"],
    [138, "utimes"],
    [139, "futimes"],
    [140, "adjtime"],
    [142, "gethostuuid"],
    [147, "setsid"],
    [151, "getpgid"],
    [152, "setprivexec"],
    [153, "pread"],
    [154, "pwrite"],
    [155, "nfssvc"],
    [157, "statfs"],
    [158, "fstatfs"],
    [159, "unmount"],
    [161, "getfh"],
    [165, "quotactl"],
    [167, "mount"],
    [169, "csops"],
    [170, "csops_audittoken"],
    [173, "waitid"],
    [177, "kdebug_typefilter"],
    [178, "kdebug_trace_string"],
    [179, "kdebug_trace64"],
    [180, "kdebug_trace"],
    [181, "setgid"],
    [182, "setegid"],
    [183, "seteuid"],
    [184, "sigreturn"],
    [185, "panic_with_data"],
    [186, "thread_selfcounts"],
    [187, "fdatasync"],
    [188, "stat"],
    [189, "fstat"],
    [190, "lstat"],
    [191, "pathconf"],
    [192, "fpathconf"],
    [194, "getrlimit"],
    [195, "setrlimit"],
    [196, "getdirentries"],
    [197, "mmap"],
    [199, "lseek"],
    [200, "truncate"],
    [201, "ftruncate"],
    [202, "sysctl"],
    [202, "__sysctl"],
    [203, "mlock"],
    [204, "munlock"],
    [205, "undelete"],
    [216, "open_dprotected_np"],
    [217, "fsgetpath_ext"],
    [218, "openat_dprotected_np"],
    [220, "getattrlist"],
    [221, "setattrlist"],
    [222, "getdirentriesattr"],
    [223, "exchangedata"],
    [225, "searchfs"],
    [226, "delete"],
    [227, "copyfile"],
    [228, "fgetattrlist"],
    [229, "fsetattrlist"],
    [230, "poll"],
    [234, "getxattr"],
    [235, "fgetxattr"],
    [236, "setxattr"],
    [237, "fsetxattr"],
    [238, "removexattr"],
    [239, "fremovexattr"],
    [240, "listxattr"],
    [241, "flistxattr"],
    [242, "fsctl"],
    [243, "initgroups"],
    [244, "posix_spawn"],
    [245, "ffsctl"],
    [248, "fhopen"],
    [250, "minherit"],
    [251, "semsys"],
    [252, "msgsys"],
    [253, "shmsys"],
    [254, "semctl"],
    [255, "semget"],
    [256, "semop"],
    [258, "msgctl"],
    [259, "msgget"],
    [260, "msgsnd"],
    [261, "msgrcv"],
    [262, "shmat"],
    [263, "shmctl"],
    [264, "shmdt"],
    [265, "shmget"],
    [266, "shm_open"],
    [267, "shm_unlink"],
    [268, "sem_open"],
    [269, "sem_close"],
    [270, "sem_unlink"],
    [271, "sem_wait"],
    [272, "sem_trywait"],
    [273, "sem_post"],
    [274, "sysctlbyname"],
    [277, "open_extended"],
    [278, "umask_extended"],
    [279, "stat_extended"],
    [280, "lstat_extended"],
    [281, "fstat_extended"],
    [282, "chmod_extended"],
    [283, "fchmod_extended"],
    [284, "access_extended"],
    [285, "settid"],
    [286, "gettid"],
    [287, "setsgroups"],
    [288, "getsgroups"],
    [289, "setwgroups"],
    [290, "getwgroups"],
    [291, "mkfifo_extended"],
    [292, "mkdir_extended"],
    [293, "identitysvc"],
    [294, "shared_region_check_np"],
    [296, "vm_pressure_monitor"],
    [297, "psynch_rw_longrdlock"],
    [298, "psynch_rw_yieldwrlock"],
    [299, "psynch_rw_downgrade"],
    [300, "psynch_rw_upgrade"],
    [301, "psynch_mutexwait"],
    [302, "psynch_mutexdrop"],
    [303, "psynch_cvbroad"],
    [304, "psynch_cvsignal"],
    [305, "psynch_cvwait"],
    [306, "psynch_rw_rdlock"],
    [307, "psynch_rw_wrlock"],
    [308, "psynch_rw_unlock"],
    [309, "psynch_rw_unlock2"],
    [310, "getsid"],
    [311, "settid_with_pid"],
    [312, "psynch_cvclrprepost"],
    [313, "aio_fsync"],
    [314, "aio_return"],
    [315, "aio_suspend"],
    [316, "aio_cancel"],
    [317, "aio_error"],
    [318, "aio_read"],
    [319, "aio_write"],
    [320, "lio_listio"],
    [322, "iopolicysys"],
    [323, "process_policy"],
    [324, "mlockall"],
    [325, "munlockall"],
    [327, "issetugid"],
    [328, "__pthread_kill"],
    [329, "__pthread_sigmask"],
    [330, "__sigwait"],
    [331, "__disable_threadsignal"],
    [332, "__pthread_markcancel"],
    [333, "__pthread_canceled"],
    [334, "__semwait_signal"],
    [336, "proc_info"],
    [337, "sendfile"],
    [338, "stat64"],
    [339, "fstat64"],
    [340, "lstat64"],
    [341, "stat64_extended"],
    [342, "lstat64_extended"],
    [343, "fstat64_extended"],
    [344, "getdirentries64"],
    [345, "statfs64"],
    [346, "fstatfs64"],
    [347, "getfsstat64"],
    [348, "__pthread_chdir"],
    [349, "__pthread_fchdir"],
    [350, "audit"],
    [351, "auditon"],
    [353, "getauid"],
    [354, "setauid"],
    [357, "getaudit_addr"],
    [358, "setaudit_addr"],
    [359, "auditctl"],
    [360, "bsdthread_create"],
    [361, "bsdthread_terminate"],
    [362, "kqueue"],
    [363, "kevent"],
    [364, "lchown"],
    [366, "bsdthread_register"],
    [367, "workq_open"],
    [368, "workq_kernreturn"],
    [369, "kevent64"],
    [372, "thread_selfid"],
    [373, "ledger"],
    [374, "kevent_qos"],
    [375, "kevent_id"],
    [380, "__mac_execve"],
    [381, "__mac_syscall"],
    [382, "__mac_get_file"],
    [383, "__mac_set_file"],
    [384, "__mac_get_link"],
    [385, "__mac_set_link"],
    [386, "__mac_get_proc"],
    [387, "__mac_set_proc"],
    [388, "__mac_get_fd"],
    [389, "__mac_set_fd"],
    [390, "__mac_get_pid"],
    [394, "pselect"],
    [395, "pselect_nocancel"],
    [396, "read_nocancel"],
    [397, "write_nocancel"],
    [398, "open_nocancel"],
    [399, "close_nocancel"],
    [400, "wait4_nocancel"],
    [401, "recvmsg_nocancel"],
    [402, "sendmsg_nocancel"],
    [403, "recvfrom_nocancel"],
    [404, "accept_nocancel"],
    [405, "msync_nocancel"],
    [406, "fcntl_nocancel"],
    [407, "select_nocancel"],
    [408, "fsync_nocancel"],
    [409, "connect_nocancel"],
    [410, "sigsuspend_nocancel"],
    [411, "readv_nocancel"],
    [412, "writev_nocancel"],
    [413, "sendto_nocancel"],
    [414, "pread_nocancel"],
    [415, "pwrite_nocancel"],
    [416, "waitid_nocancel"],
    [417, "poll_nocancel"],
    [418, "msgsnd_nocancel"],
    [419, "msgrcv_nocancel"],
    [420, "sem_wait_nocancel"],
    [421, "aio_suspend_nocancel"],
    [422, "__sigwait_nocancel"],
    [423, "__semwait_signal_nocancel"],
    [424, "__mac_mount"],
    [425, "__mac_get_mount"],
    [426, "__mac_getfsstat"],
    [427, "fsgetpath"],
    [428, "audit_session_self"],
    [429, "audit_session_join"],
    [430, "fileport_makeport"],
    [431, "fileport_makefd"],
    [432, "audit_session_port"],
    [433, "pid_suspend"],
    [434, "pid_resume"],
    [435, "pid_hibernate"],
    [436, "pid_shutdown_sockets"],
    [439, "kas_info"],
    [440, "memorystatus_control"],
    [441, "guarded_open_np"],
    [442, "guarded_close_np"],
    [443, "guarded_kqueue_np"],
    [444, "change_fdguard_np"],
    [445, "usrctl"],
    [446, "proc_rlimit_control"],
    [447, "connectx"],
    [448, "disconnectx"],
    [449, "peeloff"],
    [450, "socket_delegate"],
    [451, "telemetry"],
    [452, "proc_uuid_policy"],
    [453, "memorystatus_get_level"],
    [454, "system_override"],
    [455, "vfs_purge"],
    [456, "sfi_ctl"],
    [457, "sfi_pidctl"],
    [458, "coalition"],
    [459, "coalition_info"],
    [460, "necp_match_policy"],
    [461, "getattrlistbulk"],
    [462, "clonefileat"],
    [463, "openat"],
    [464, "openat_nocancel"],
    [465, "renameat"],
    [466, "faccessat"],
    [467, "fchmodat"],
    [468, "fchownat"],
    [469, "fstatat"],
    [470, "fstatat64"],
    [471, "linkat"],
    [472, "unlinkat"],
    [473, "readlinkat"],
    [474, "symlinkat"],
    [475, "mkdirat"],
    [476, "getattrlistat"],
    [477, "proc_trace_log"],
    [478, "bsdthread_ctl"],
    [479, "openbyid_np"],
    [480, "recvmsg_x"],
    [481, "sendmsg_x"],
    [482, "thread_selfusage"],
    [483, "csrctl"],
    [484, "guarded_open_dprotected_np"],
    [485, "guarded_write_np"],
    [486, "guarded_pwrite_np"],
    [487, "guarded_writev_np"],
    [488, "renameatx_np"],
    [489, "mremap_encrypted"],
    [490, "netagent_trigger"],
    [491, "stack_snapshot_with_config"],
    [492, "microstackshot"],
    [493, "grab_pgo_data"],
    [494, "persona"],
    [496, "mach_eventlink_signal"],
    [497, "mach_eventlink_wait_until"],
    [498, "mach_eventlink_signal_wait_until"],
    [499, "work_interval_ctl"],
    [500, "getentropy"],
    [501, "necp_open"],
    [502, "necp_client_action"],
    [503, "__nexus_open"],
    [504, "__nexus_register"],
    [505, "__nexus_deregister"],
    [506, "__nexus_create"],
    [507, "__nexus_destroy"],
    [508, "__nexus_get_opt"],
    [509, "__nexus_set_opt"],
    [510, "__channel_open"],
    [511, "__channel_get_info"],
    [512, "__channel_sync"],
    [513, "__channel_get_opt"],
    [514, "__channel_set_opt"],
    [515, "ulock_wait"],
    [516, "ulock_wake"],
    [517, "fclonefileat"],
    [518, "fs_snapshot"],
    [520, "terminate_with_payload"],
    [521, "abort_with_payload"],
    [522, "necp_session_open"],
    [523, "necp_session_action"],
    [524, "setattrlistat"],
    [525, "net_qos_guideline"],
    [526, "fmount"],
    [527, "ntp_adjtime"],
    [528, "ntp_gettime"],
    [529, "os_fault_with_payload"],
    [530, "kqueue_workloop_ctl"],
    [531, "__mach_bridge_remote_time"],
    [532, "coalition_ledger"],
    [533, "log_data"],
    [534, "memorystatus_available_memory"],
    [535, "objc_bp_assist_cfg_np"],
    [536, "shared_region_map_and_slide_2_np"],
    [537, "pivot_root"],
    [538, "task_inspect_for_pid"],
    [539, "task_read_for_pid"],
    [540, "preadv"],
    [541, "pwritev"],
    [542, "preadv_nocancel"],
    [543, "pwritev_nocancel"],
    [544, "ulock_wait2"],
    [545, "proc_info_extended_id"],
    [546, "tracker_action"],
    [547, "debug_syscall_reject"],
    [548, "debug_syscall_reject_config"],
    [549, "graftdmg"],
    [550, "map_with_linking_np"],
    [551, "freadlink"],
    [552, "record_system_event"],
    [553, "mkfifoat"],
    [554, "mknodat"],
    [555, "ungraftdmg"],
    [556, "coalition_policy_set"],
    [557, "coalition_policy_get"]
  ]
};

// dist/src/decode/tables/darwin/index.js
var darwinTables = {
  tables: {
    errno,
    af,
    socktype,
    ipproto,
    sol,
    so,
    ip,
    ipv6,
    tcp,
    fcntl,
    "open-flags": openFlags,
    "fd-flags": fdFlags,
    "at-flags": atFlags,
    dirfd,
    signal,
    "sigmask-how": sigmaskHow,
    shutdown,
    "msg-flags": msg,
    "poll-events": pollEvents,
    syscall: syscalls
  },
  sockoptLevels: [
    [65535, "so"],
    [0, "ip"],
    [6, "tcp"],
    [41, "ipv6"]
  ]
};

// dist/src/decode/tables/linux/errno.js
var errno2 = {
  source: "include/uapi/asm-generic/errno-base.h + errno.h (1-133; ENOTSUP from glibc bits/errno.h; messages: glibc strerror); include/linux/errno.h (512-530, kernel-internal; messages as strace prints them or the header comment)",
  kind: "enum",
  entries: [
    [1, "EPERM", "Operation not permitted"],
    [2, "ENOENT", "No such file or directory"],
    [3, "ESRCH", "No such process"],
    [4, "EINTR", "Interrupted system call"],
    [5, "EIO", "Input/output error"],
    [6, "ENXIO", "No such device or address"],
    [7, "E2BIG", "Argument list too long"],
    [8, "ENOEXEC", "Exec format error"],
    [9, "EBADF", "Bad file descriptor"],
    [10, "ECHILD", "No child processes"],
    [11, "EAGAIN", "Resource temporarily unavailable"],
    [11, "EWOULDBLOCK", "Resource temporarily unavailable"],
    [12, "ENOMEM", "Cannot allocate memory"],
    [13, "EACCES", "Permission denied"],
    [14, "EFAULT", "Bad address"],
    [15, "ENOTBLK", "Block device required"],
    [16, "EBUSY", "Device or resource busy"],
    [17, "EEXIST", "File exists"],
    [18, "EXDEV", "Invalid cross-device link"],
    [19, "ENODEV", "No such device"],
    [20, "ENOTDIR", "Not a directory"],
    [21, "EISDIR", "Is a directory"],
    [22, "EINVAL", "Invalid argument"],
    [23, "ENFILE", "Too many open files in system"],
    [24, "EMFILE", "Too many open files"],
    [25, "ENOTTY", "Inappropriate ioctl for device"],
    [26, "ETXTBSY", "Text file busy"],
    [27, "EFBIG", "File too large"],
    [28, "ENOSPC", "No space left on device"],
    [29, "ESPIPE", "Illegal seek"],
    [30, "EROFS", "Read-only file system"],
    [31, "EMLINK", "Too many links"],
    [32, "EPIPE", "Broken pipe"],
    [33, "EDOM", "Numerical argument out of domain"],
    [34, "ERANGE", "Numerical result out of range"],
    [35, "EDEADLK", "Resource deadlock avoided"],
    [35, "EDEADLOCK", "Resource deadlock avoided"],
    [36, "ENAMETOOLONG", "File name too long"],
    [37, "ENOLCK", "No locks available"],
    [38, "ENOSYS", "Function not implemented"],
    [39, "ENOTEMPTY", "Directory not empty"],
    [40, "ELOOP", "Too many levels of symbolic links"],
    [42, "ENOMSG", "No message of desired type"],
    [43, "EIDRM", "Identifier removed"],
    [44, "ECHRNG", "Channel number out of range"],
    [45, "EL2NSYNC", "Level 2 not synchronized"],
    [46, "EL3HLT", "Level 3 halted"],
    [47, "EL3RST", "Level 3 reset"],
    [48, "ELNRNG", "Link number out of range"],
    [49, "EUNATCH", "Protocol driver not attached"],
    [50, "ENOCSI", "No CSI structure available"],
    [51, "EL2HLT", "Level 2 halted"],
    [52, "EBADE", "Invalid exchange"],
    [53, "EBADR", "Invalid request descriptor"],
    [54, "EXFULL", "Exchange full"],
    [55, "ENOANO", "No anode"],
    [56, "EBADRQC", "Invalid request code"],
    [57, "EBADSLT", "Invalid slot"],
    [59, "EBFONT", "Bad font file format"],
    [60, "ENOSTR", "Device not a stream"],
    [61, "ENODATA", "No data available"],
    [62, "ETIME", "Timer expired"],
    [63, "ENOSR", "Out of streams resources"],
    [64, "ENONET", "Machine is not on the network"],
    [65, "ENOPKG", "Package not installed"],
    [66, "EREMOTE", "Object is remote"],
    [67, "ENOLINK", "Link has been severed"],
    [68, "EADV", "Advertise error"],
    [69, "ESRMNT", "Srmount error"],
    [70, "ECOMM", "Communication error on send"],
    [71, "EPROTO", "Protocol error"],
    [72, "EMULTIHOP", "Multihop attempted"],
    [73, "EDOTDOT", "RFS specific error"],
    [74, "EBADMSG", "Bad message"],
    [75, "EOVERFLOW", "Value too large for defined data type"],
    [76, "ENOTUNIQ", "Name not unique on network"],
    [77, "EBADFD", "File descriptor in bad state"],
    [78, "EREMCHG", "Remote address changed"],
    [79, "ELIBACC", "Can not access a needed shared library"],
    [80, "ELIBBAD", "Accessing a corrupted shared library"],
    [81, "ELIBSCN", ".lib section in a.out corrupted"],
    [82, "ELIBMAX", "Attempting to link in too many shared libraries"],
    [83, "ELIBEXEC", "Cannot exec a shared library directly"],
    [84, "EILSEQ", "Invalid or incomplete multibyte or wide character"],
    [85, "ERESTART", "Interrupted system call should be restarted"],
    [86, "ESTRPIPE", "Streams pipe error"],
    [87, "EUSERS", "Too many users"],
    [88, "ENOTSOCK", "Socket operation on non-socket"],
    [89, "EDESTADDRREQ", "Destination address required"],
    [90, "EMSGSIZE", "Message too long"],
    [91, "EPROTOTYPE", "Protocol wrong type for socket"],
    [92, "ENOPROTOOPT", "Protocol not available"],
    [93, "EPROTONOSUPPORT", "Protocol not supported"],
    [94, "ESOCKTNOSUPPORT", "Socket type not supported"],
    [95, "EOPNOTSUPP", "Operation not supported"],
    [95, "ENOTSUP", "Operation not supported"],
    [96, "EPFNOSUPPORT", "Protocol family not supported"],
    [97, "EAFNOSUPPORT", "Address family not supported by protocol"],
    [98, "EADDRINUSE", "Address already in use"],
    [99, "EADDRNOTAVAIL", "Cannot assign requested address"],
    [100, "ENETDOWN", "Network is down"],
    [101, "ENETUNREACH", "Network is unreachable"],
    [102, "ENETRESET", "Network dropped connection on reset"],
    [103, "ECONNABORTED", "Software caused connection abort"],
    [104, "ECONNRESET", "Connection reset by peer"],
    [105, "ENOBUFS", "No buffer space available"],
    [106, "EISCONN", "Transport endpoint is already connected"],
    [107, "ENOTCONN", "Transport endpoint is not connected"],
    [108, "ESHUTDOWN", "Cannot send after transport endpoint shutdown"],
    [109, "ETOOMANYREFS", "Too many references: cannot splice"],
    [110, "ETIMEDOUT", "Connection timed out"],
    [111, "ECONNREFUSED", "Connection refused"],
    [112, "EHOSTDOWN", "Host is down"],
    [113, "EHOSTUNREACH", "No route to host"],
    [114, "EALREADY", "Operation already in progress"],
    [115, "EINPROGRESS", "Operation now in progress"],
    [116, "ESTALE", "Stale file handle"],
    [117, "EUCLEAN", "Structure needs cleaning"],
    [118, "ENOTNAM", "Not a XENIX named type file"],
    [119, "ENAVAIL", "No XENIX semaphores available"],
    [120, "EISNAM", "Is a named type file"],
    [121, "EREMOTEIO", "Remote I/O error"],
    [122, "EDQUOT", "Disk quota exceeded"],
    [123, "ENOMEDIUM", "No medium found"],
    [124, "EMEDIUMTYPE", "Wrong medium type"],
    [125, "ECANCELED", "Operation canceled"],
    [126, "ENOKEY", "Required key not available"],
    [127, "EKEYEXPIRED", "Key has expired"],
    [128, "EKEYREVOKED", "Key has been revoked"],
    [129, "EKEYREJECTED", "Key was rejected by service"],
    [130, "EOWNERDEAD", "Owner died"],
    [131, "ENOTRECOVERABLE", "State not recoverable"],
    [132, "ERFKILL", "Operation not possible due to RF-kill"],
    [133, "EHWPOISON", "Memory page has hardware error"],
    [512, "ERESTARTSYS", "To be restarted if SA_RESTART is set"],
    [513, "ERESTARTNOINTR", "To be restarted"],
    [514, "ERESTARTNOHAND", "To be restarted if no handler"],
    [515, "ENOIOCTLCMD", "No ioctl command"],
    [516, "ERESTART_RESTARTBLOCK", "Interrupted by signal"],
    [517, "EPROBE_DEFER", "Driver requests probe retry"],
    [518, "EOPENSTALE", "Open found a stale dentry"],
    [519, "ENOPARAM", "Parameter not supported"],
    [521, "EBADHANDLE", "Illegal NFS file handle"],
    [522, "ENOTSYNC", "Update synchronization mismatch"],
    [523, "EBADCOOKIE", "Cookie is stale"],
    [524, "ENOTSUPP", "Operation is not supported"],
    [525, "ETOOSMALL", "Buffer or request is too small"],
    [526, "ESERVERFAULT", "An untranslatable error occurred"],
    [527, "EBADTYPE", "Type not supported by server"],
    [528, "EJUKEBOX", "Request initiated, but will not complete before timeout"],
    [529, "EIOCBQUEUED", "iocb queued, will get completion event"],
    [530, "ERECALLCONFLICT", "Conflict with recalled state"]
  ]
};

// dist/src/decode/tables/linux/fcntl.js
var fcntl2 = {
  source: "fcntl() commands: uapi asm-generic/fcntl.h (F_DUPFD..F_OFD_SETLKW) and linux/fcntl.h (F_LINUX_SPECIFIC_BASE 1024 + n).",
  kind: "enum",
  entries: [
    [0, "F_DUPFD"],
    [1, "F_GETFD"],
    [2, "F_SETFD"],
    [3, "F_GETFL"],
    [4, "F_SETFL"],
    [5, "F_GETLK"],
    [6, "F_SETLK"],
    [7, "F_SETLKW"],
    [8, "F_SETOWN"],
    [9, "F_GETOWN"],
    [10, "F_SETSIG"],
    [11, "F_GETSIG"],
    [12, "F_GETLK64"],
    [13, "F_SETLK64"],
    [14, "F_SETLKW64"],
    [15, "F_SETOWN_EX"],
    [16, "F_GETOWN_EX"],
    [17, "F_GETOWNER_UIDS"],
    [36, "F_OFD_GETLK"],
    [37, "F_OFD_SETLK"],
    [38, "F_OFD_SETLKW"],
    [1024, "F_SETLEASE"],
    [1025, "F_GETLEASE"],
    [1026, "F_NOTIFY"],
    [1029, "F_CANCELLK"],
    [1030, "F_DUPFD_CLOEXEC"],
    [1031, "F_SETPIPE_SZ"],
    [1032, "F_GETPIPE_SZ"],
    [1033, "F_ADD_SEALS"],
    [1034, "F_GET_SEALS"],
    [1035, "F_GET_RW_HINT"],
    [1036, "F_SET_RW_HINT"],
    [1037, "F_GET_FILE_RW_HINT"],
    [1038, "F_SET_FILE_RW_HINT"]
  ]
};
var openFlags2 = {
  source: "open() flags: uapi asm-generic/fcntl.h (octal, as in the header). O_TMPFILE and O_SYNC cover several bits and come first so that they win.",
  kind: "flags",
  fieldMask: 3,
  entries: [
    [0, "O_RDONLY"],
    [1, "O_WRONLY"],
    [2, "O_RDWR"],
    [4259840, "O_TMPFILE"],
    [1052672, "O_SYNC"],
    [64, "O_CREAT"],
    [128, "O_EXCL"],
    [256, "O_NOCTTY"],
    [512, "O_TRUNC"],
    [1024, "O_APPEND"],
    [2048, "O_NONBLOCK"],
    [4096, "O_DSYNC"],
    [8192, "O_ASYNC"],
    [16384, "O_DIRECT"],
    [32768, "O_LARGEFILE"],
    [65536, "O_DIRECTORY"],
    [131072, "O_NOFOLLOW"],
    [262144, "O_NOATIME"],
    [524288, "O_CLOEXEC"],
    [2097152, "O_PATH"]
  ]
};
var fdFlags2 = {
  source: "F_GETFD/F_SETFD flags: uapi asm-generic/fcntl.h.",
  kind: "flags",
  entries: [
    [1, "FD_CLOEXEC"]
  ]
};
var atFlags2 = {
  source: "*at() flags: uapi linux/fcntl.h (AT_*).",
  kind: "flags",
  entries: [
    [256, "AT_SYMLINK_NOFOLLOW"],
    [512, "AT_REMOVEDIR"],
    [1024, "AT_SYMLINK_FOLLOW"],
    [2048, "AT_NO_AUTOMOUNT"],
    [4096, "AT_EMPTY_PATH"],
    [8192, "AT_STATX_FORCE_SYNC"],
    [16384, "AT_STATX_DONT_SYNC"],
    [32768, "AT_RECURSIVE"]
  ]
};
var dirfd2 = {
  source: "Special directory fds: uapi linux/fcntl.h (AT_FDCWD).",
  kind: "enum",
  entries: [
    [-100, "AT_FDCWD"]
  ]
};

// dist/src/decode/tables/linux/in.js
var ipproto2 = {
  source: "IP protocols: uapi linux/in.h (enum IPPROTO_*) and linux/in6.h (IPv6 extension headers; IPPROTO_IP printed for 0).",
  kind: "enum",
  entries: [
    [0, "IPPROTO_IP"],
    [0, "IPPROTO_HOPOPTS"],
    [1, "IPPROTO_ICMP"],
    [2, "IPPROTO_IGMP"],
    [4, "IPPROTO_IPIP"],
    [6, "IPPROTO_TCP"],
    [8, "IPPROTO_EGP"],
    [12, "IPPROTO_PUP"],
    [17, "IPPROTO_UDP"],
    [22, "IPPROTO_IDP"],
    [29, "IPPROTO_TP"],
    [33, "IPPROTO_DCCP"],
    [41, "IPPROTO_IPV6"],
    [43, "IPPROTO_ROUTING"],
    [44, "IPPROTO_FRAGMENT"],
    [46, "IPPROTO_RSVP"],
    [47, "IPPROTO_GRE"],
    [50, "IPPROTO_ESP"],
    [51, "IPPROTO_AH"],
    [58, "IPPROTO_ICMPV6"],
    [59, "IPPROTO_NONE"],
    [60, "IPPROTO_DSTOPTS"],
    [92, "IPPROTO_MTP"],
    [94, "IPPROTO_BEETPH"],
    [98, "IPPROTO_ENCAP"],
    [103, "IPPROTO_PIM"],
    [108, "IPPROTO_COMP"],
    [115, "IPPROTO_L2TP"],
    [132, "IPPROTO_SCTP"],
    [135, "IPPROTO_MH"],
    [136, "IPPROTO_UDPLITE"],
    [137, "IPPROTO_MPLS"],
    [143, "IPPROTO_ETHERNET"],
    [255, "IPPROTO_RAW"],
    [262, "IPPROTO_MPTCP"]
  ]
};
var ip2 = {
  source: "IPPROTO_IP (SOL_IP) options: uapi linux/in.h (IP_*).",
  kind: "enum",
  entries: [
    [1, "IP_TOS"],
    [2, "IP_TTL"],
    [3, "IP_HDRINCL"],
    [4, "IP_OPTIONS"],
    [5, "IP_ROUTER_ALERT"],
    [6, "IP_RECVOPTS"],
    [7, "IP_RETOPTS"],
    [8, "IP_PKTINFO"],
    [9, "IP_PKTOPTIONS"],
    [10, "IP_MTU_DISCOVER"],
    [11, "IP_RECVERR"],
    [12, "IP_RECVTTL"],
    [13, "IP_RECVTOS"],
    [14, "IP_MTU"],
    [15, "IP_FREEBIND"],
    [16, "IP_IPSEC_POLICY"],
    [17, "IP_XFRM_POLICY"],
    [18, "IP_PASSSEC"],
    [19, "IP_TRANSPARENT"],
    [20, "IP_ORIGDSTADDR"],
    [20, "IP_RECVORIGDSTADDR"],
    [21, "IP_MINTTL"],
    [22, "IP_NODEFRAG"],
    [23, "IP_CHECKSUM"],
    [24, "IP_BIND_ADDRESS_NO_PORT"],
    [25, "IP_RECVFRAGSIZE"],
    [26, "IP_RECVERR_RFC4884"],
    [32, "IP_MULTICAST_IF"],
    [33, "IP_MULTICAST_TTL"],
    [34, "IP_MULTICAST_LOOP"],
    [35, "IP_ADD_MEMBERSHIP"],
    [36, "IP_DROP_MEMBERSHIP"],
    [37, "IP_UNBLOCK_SOURCE"],
    [38, "IP_BLOCK_SOURCE"],
    [39, "IP_ADD_SOURCE_MEMBERSHIP"],
    [40, "IP_DROP_SOURCE_MEMBERSHIP"],
    [41, "IP_MSFILTER"],
    [49, "IP_MULTICAST_ALL"],
    [50, "IP_UNICAST_IF"],
    [51, "IP_LOCAL_PORT_RANGE"],
    [52, "IP_PROTOCOL"]
  ]
};
var ipv62 = {
  source: "IPPROTO_IPV6 (SOL_IPV6) options: uapi linux/in6.h (IPV6_*).",
  kind: "enum",
  entries: [
    [1, "IPV6_ADDRFORM"],
    [2, "IPV6_2292PKTINFO"],
    [3, "IPV6_2292HOPOPTS"],
    [4, "IPV6_2292DSTOPTS"],
    [5, "IPV6_2292RTHDR"],
    [6, "IPV6_2292PKTOPTIONS"],
    [7, "IPV6_CHECKSUM"],
    [8, "IPV6_2292HOPLIMIT"],
    [9, "IPV6_NEXTHOP"],
    [10, "IPV6_AUTHHDR"],
    [11, "IPV6_FLOWINFO"],
    [16, "IPV6_UNICAST_HOPS"],
    [17, "IPV6_MULTICAST_IF"],
    [18, "IPV6_MULTICAST_HOPS"],
    [19, "IPV6_MULTICAST_LOOP"],
    [20, "IPV6_ADD_MEMBERSHIP"],
    [21, "IPV6_DROP_MEMBERSHIP"],
    [22, "IPV6_ROUTER_ALERT"],
    [23, "IPV6_MTU_DISCOVER"],
    [24, "IPV6_MTU"],
    [25, "IPV6_RECVERR"],
    [26, "IPV6_V6ONLY"],
    [27, "IPV6_JOIN_ANYCAST"],
    [28, "IPV6_LEAVE_ANYCAST"],
    [29, "IPV6_MULTICAST_ALL"],
    [30, "IPV6_ROUTER_ALERT_ISOLATE"],
    [31, "IPV6_RECVERR_RFC4884"],
    [32, "IPV6_FLOWLABEL_MGR"],
    [34, "IPV6_IPSEC_POLICY"],
    [35, "IPV6_XFRM_POLICY"],
    [36, "IPV6_HDRINCL"],
    [49, "IPV6_RECVPKTINFO"],
    [50, "IPV6_PKTINFO"],
    [51, "IPV6_RECVHOPLIMIT"],
    [52, "IPV6_HOPLIMIT"],
    [53, "IPV6_RECVHOPOPTS"],
    [54, "IPV6_HOPOPTS"],
    [55, "IPV6_RTHDRDSTOPTS"],
    [56, "IPV6_RECVRTHDR"],
    [57, "IPV6_RTHDR"],
    [58, "IPV6_RECVDSTOPTS"],
    [59, "IPV6_DSTOPTS"],
    [60, "IPV6_RECVPATHMTU"],
    [61, "IPV6_PATHMTU"],
    [62, "IPV6_DONTFRAG"],
    [63, "IPV6_USE_MIN_MTU"],
    [66, "IPV6_RECVTCLASS"],
    [67, "IPV6_TCLASS"],
    [70, "IPV6_AUTOFLOWLABEL"],
    [73, "IPV6_MINHOPCOUNT"],
    [74, "IPV6_ORIGDSTADDR"],
    [74, "IPV6_RECVORIGDSTADDR"],
    [75, "IPV6_TRANSPARENT"],
    [76, "IPV6_UNICAST_IF"],
    [77, "IPV6_RECVFRAGSIZE"],
    [78, "IPV6_FREEBIND"]
  ]
};
var tcp2 = {
  source: "IPPROTO_TCP (SOL_TCP) options: uapi linux/tcp.h (TCP_*).",
  kind: "enum",
  entries: [
    [1, "TCP_NODELAY"],
    [2, "TCP_MAXSEG"],
    [3, "TCP_CORK"],
    [4, "TCP_KEEPIDLE"],
    [5, "TCP_KEEPINTVL"],
    [6, "TCP_KEEPCNT"],
    [7, "TCP_SYNCNT"],
    [8, "TCP_LINGER2"],
    [9, "TCP_DEFER_ACCEPT"],
    [10, "TCP_WINDOW_CLAMP"],
    [11, "TCP_INFO"],
    [12, "TCP_QUICKACK"],
    [13, "TCP_CONGESTION"],
    [14, "TCP_MD5SIG"],
    [16, "TCP_THIN_LINEAR_TIMEOUTS"],
    [17, "TCP_THIN_DUPACK"],
    [18, "TCP_USER_TIMEOUT"],
    [19, "TCP_REPAIR"],
    [20, "TCP_REPAIR_QUEUE"],
    [21, "TCP_QUEUE_SEQ"],
    [22, "TCP_REPAIR_OPTIONS"],
    [23, "TCP_FASTOPEN"],
    [24, "TCP_TIMESTAMP"],
    [25, "TCP_NOTSENT_LOWAT"],
    [26, "TCP_CC_INFO"],
    [27, "TCP_SAVE_SYN"],
    [29, "TCP_REPAIR_WINDOW"],
    [30, "TCP_FASTOPEN_CONNECT"],
    [31, "TCP_ULP"],
    [32, "TCP_MD5SIG_EXT"],
    [33, "TCP_FASTOPEN_KEY"],
    [34, "TCP_FASTOPEN_NO_COOKIE"],
    [35, "TCP_ZEROCOPY_RECEIVE"],
    [36, "TCP_INQ"],
    [37, "TCP_TX_DELAY"]
  ]
};

// dist/src/decode/tables/linux/poll.js
var pollEvents2 = {
  source: "poll() events: uapi asm-generic/poll.h (x86 uses the generic values).",
  kind: "flags",
  entries: [
    [1, "POLLIN"],
    [2, "POLLPRI"],
    [4, "POLLOUT"],
    [8, "POLLERR"],
    [16, "POLLHUP"],
    [32, "POLLNVAL"],
    [64, "POLLRDNORM"],
    [128, "POLLRDBAND"],
    [256, "POLLWRNORM"],
    [512, "POLLWRBAND"],
    [1024, "POLLMSG"],
    [4096, "POLLREMOVE"],
    [8192, "POLLRDHUP"]
  ]
};

// dist/src/decode/tables/linux/signal.js
var signal2 = {
  source: "Signals: uapi asm/signal.h (x86_64); 33-64 follow strace naming (SIGRT_1..SIGRT_32).",
  kind: "enum",
  entries: [
    [1, "SIGHUP"],
    [2, "SIGINT"],
    [3, "SIGQUIT"],
    [4, "SIGILL"],
    [5, "SIGTRAP"],
    [6, "SIGABRT"],
    [6, "SIGIOT"],
    [7, "SIGBUS"],
    [8, "SIGFPE"],
    [9, "SIGKILL"],
    [10, "SIGUSR1"],
    [11, "SIGSEGV"],
    [12, "SIGUSR2"],
    [13, "SIGPIPE"],
    [14, "SIGALRM"],
    [15, "SIGTERM"],
    [16, "SIGSTKFLT"],
    [17, "SIGCHLD"],
    [18, "SIGCONT"],
    [19, "SIGSTOP"],
    [20, "SIGTSTP"],
    [21, "SIGTTIN"],
    [22, "SIGTTOU"],
    [23, "SIGURG"],
    [24, "SIGXCPU"],
    [25, "SIGXFSZ"],
    [26, "SIGVTALRM"],
    [27, "SIGPROF"],
    [28, "SIGWINCH"],
    [29, "SIGIO"],
    [29, "SIGPOLL"],
    [30, "SIGPWR"],
    [31, "SIGSYS"],
    [32, "SIGRTMIN"],
    [33, "SIGRT_1"],
    [34, "SIGRT_2"],
    [35, "SIGRT_3"],
    [36, "SIGRT_4"],
    [37, "SIGRT_5"],
    [38, "SIGRT_6"],
    [39, "SIGRT_7"],
    [40, "SIGRT_8"],
    [41, "SIGRT_9"],
    [42, "SIGRT_10"],
    [43, "SIGRT_11"],
    [44, "SIGRT_12"],
    [45, "SIGRT_13"],
    [46, "SIGRT_14"],
    [47, "SIGRT_15"],
    [48, "SIGRT_16"],
    [49, "SIGRT_17"],
    [50, "SIGRT_18"],
    [51, "SIGRT_19"],
    [52, "SIGRT_20"],
    [53, "SIGRT_21"],
    [54, "SIGRT_22"],
    [55, "SIGRT_23"],
    [56, "SIGRT_24"],
    [57, "SIGRT_25"],
    [58, "SIGRT_26"],
    [59, "SIGRT_27"],
    [60, "SIGRT_28"],
    [61, "SIGRT_29"],
    [62, "SIGRT_30"],
    [63, "SIGRT_31"],
    [64, "SIGRT_32"]
  ]
};
var sigmaskHow2 = {
  source: "sigprocmask() how: uapi asm-generic/signal-defs.h.",
  kind: "enum",
  entries: [
    [0, "SIG_BLOCK"],
    [1, "SIG_UNBLOCK"],
    [2, "SIG_SETMASK"]
  ]
};

// dist/src/decode/tables/linux/socket.js
var af2 = {
  source: "Address families: glibc bits/socket.h (PF_* and AF_*; AF_UNIX printed for 1, AF_NETLINK for 16).",
  kind: "enum",
  entries: [
    [0, "AF_UNSPEC"],
    [1, "AF_UNIX"],
    [1, "AF_LOCAL"],
    [1, "AF_FILE"],
    [2, "AF_INET"],
    [3, "AF_AX25"],
    [4, "AF_IPX"],
    [5, "AF_APPLETALK"],
    [6, "AF_NETROM"],
    [7, "AF_BRIDGE"],
    [8, "AF_ATMPVC"],
    [9, "AF_X25"],
    [10, "AF_INET6"],
    [11, "AF_ROSE"],
    [12, "AF_DECnet"],
    [13, "AF_NETBEUI"],
    [14, "AF_SECURITY"],
    [15, "AF_KEY"],
    [16, "AF_NETLINK"],
    [16, "AF_ROUTE"],
    [17, "AF_PACKET"],
    [18, "AF_ASH"],
    [19, "AF_ECONET"],
    [20, "AF_ATMSVC"],
    [21, "AF_RDS"],
    [22, "AF_SNA"],
    [23, "AF_IRDA"],
    [24, "AF_PPPOX"],
    [25, "AF_WANPIPE"],
    [26, "AF_LLC"],
    [27, "AF_IB"],
    [28, "AF_MPLS"],
    [29, "AF_CAN"],
    [30, "AF_TIPC"],
    [31, "AF_BLUETOOTH"],
    [32, "AF_IUCV"],
    [33, "AF_RXRPC"],
    [34, "AF_ISDN"],
    [35, "AF_PHONET"],
    [36, "AF_IEEE802154"],
    [37, "AF_CAIF"],
    [38, "AF_ALG"],
    [39, "AF_NFC"],
    [40, "AF_VSOCK"],
    [41, "AF_KCM"],
    [42, "AF_QIPCRTR"],
    [43, "AF_SMC"],
    [44, "AF_XDP"],
    [45, "AF_MCTP"]
  ]
};
var socktype2 = {
  source: "Socket types: glibc bits/socket_type.h (SOCK_*; the low 4 bits are the type, SOCK_NONBLOCK/SOCK_CLOEXEC are flags above them).",
  kind: "flags",
  fieldMask: 15,
  entries: [
    [1, "SOCK_STREAM"],
    [2, "SOCK_DGRAM"],
    [3, "SOCK_RAW"],
    [4, "SOCK_RDM"],
    [5, "SOCK_SEQPACKET"],
    [6, "SOCK_DCCP"],
    [10, "SOCK_PACKET"],
    [524288, "SOCK_CLOEXEC"],
    [2048, "SOCK_NONBLOCK"]
  ]
};
var sol2 = {
  source: "Socket option levels: uapi asm-generic/socket.h (SOL_SOCKET), glibc bits/socket.h (SOL_RAW and up), bits/in.h, netinet/tcp.h, netinet/udp.h (SOL_IP, SOL_TCP, SOL_UDP, SOL_IPV6, SOL_ICMPV6).",
  kind: "enum",
  entries: [
    [0, "SOL_IP"],
    [1, "SOL_SOCKET"],
    [6, "SOL_TCP"],
    [17, "SOL_UDP"],
    [41, "SOL_IPV6"],
    [58, "SOL_ICMPV6"],
    [255, "SOL_RAW"],
    [261, "SOL_DECNET"],
    [262, "SOL_X25"],
    [263, "SOL_PACKET"],
    [264, "SOL_ATM"],
    [265, "SOL_AAL"],
    [266, "SOL_IRDA"],
    [267, "SOL_NETBEUI"],
    [268, "SOL_LLC"],
    [269, "SOL_DCCP"],
    [270, "SOL_NETLINK"],
    [271, "SOL_TIPC"],
    [272, "SOL_RXRPC"],
    [273, "SOL_PPPOL2TP"],
    [274, "SOL_BLUETOOTH"],
    [275, "SOL_PNPIPE"],
    [276, "SOL_RDS"],
    [277, "SOL_IUCV"],
    [278, "SOL_CAIF"],
    [279, "SOL_ALG"],
    [280, "SOL_NFC"],
    [281, "SOL_KCM"],
    [282, "SOL_TLS"],
    [283, "SOL_XDP"],
    [284, "SOL_MPTCP"],
    [285, "SOL_MCTP"],
    [286, "SOL_SMC"]
  ]
};
var so2 = {
  source: "SOL_SOCKET options: uapi asm-generic/socket.h (x86_64 is 64-bit, so SO_RCVTIMEO is SO_RCVTIMEO_OLD and so on).",
  kind: "enum",
  entries: [
    [1, "SO_DEBUG"],
    [2, "SO_REUSEADDR"],
    [3, "SO_TYPE"],
    [4, "SO_ERROR"],
    [5, "SO_DONTROUTE"],
    [6, "SO_BROADCAST"],
    [7, "SO_SNDBUF"],
    [8, "SO_RCVBUF"],
    [9, "SO_KEEPALIVE"],
    [10, "SO_OOBINLINE"],
    [11, "SO_NO_CHECK"],
    [12, "SO_PRIORITY"],
    [13, "SO_LINGER"],
    [14, "SO_BSDCOMPAT"],
    [15, "SO_REUSEPORT"],
    [16, "SO_PASSCRED"],
    [17, "SO_PEERCRED"],
    [18, "SO_RCVLOWAT"],
    [19, "SO_SNDLOWAT"],
    [20, "SO_RCVTIMEO_OLD"],
    [21, "SO_SNDTIMEO_OLD"],
    [22, "SO_SECURITY_AUTHENTICATION"],
    [23, "SO_SECURITY_ENCRYPTION_TRANSPORT"],
    [24, "SO_SECURITY_ENCRYPTION_NETWORK"],
    [25, "SO_BINDTODEVICE"],
    [26, "SO_ATTACH_FILTER"],
    [27, "SO_DETACH_FILTER"],
    [28, "SO_PEERNAME"],
    [29, "SO_TIMESTAMP_OLD"],
    [30, "SO_ACCEPTCONN"],
    [31, "SO_PEERSEC"],
    [32, "SO_SNDBUFFORCE"],
    [33, "SO_RCVBUFFORCE"],
    [34, "SO_PASSSEC"],
    [35, "SO_TIMESTAMPNS_OLD"],
    [36, "SO_MARK"],
    [37, "SO_TIMESTAMPING_OLD"],
    [38, "SO_PROTOCOL"],
    [39, "SO_DOMAIN"],
    [40, "SO_RXQ_OVFL"],
    [41, "SO_WIFI_STATUS"],
    [42, "SO_PEEK_OFF"],
    [43, "SO_NOFCS"],
    [44, "SO_LOCK_FILTER"],
    [45, "SO_SELECT_ERR_QUEUE"],
    [46, "SO_BUSY_POLL"],
    [47, "SO_MAX_PACING_RATE"],
    [48, "SO_BPF_EXTENSIONS"],
    [49, "SO_INCOMING_CPU"],
    [50, "SO_ATTACH_BPF"],
    [51, "SO_ATTACH_REUSEPORT_CBPF"],
    [52, "SO_ATTACH_REUSEPORT_EBPF"],
    [53, "SO_CNX_ADVICE"],
    [55, "SO_MEMINFO"],
    [56, "SO_INCOMING_NAPI_ID"],
    [57, "SO_COOKIE"],
    [59, "SO_PEERGROUPS"],
    [60, "SO_ZEROCOPY"],
    [61, "SO_TXTIME"],
    [62, "SO_BINDTOIFINDEX"],
    [63, "SO_TIMESTAMP_NEW"],
    [64, "SO_TIMESTAMPNS_NEW"],
    [65, "SO_TIMESTAMPING_NEW"],
    [66, "SO_RCVTIMEO_NEW"],
    [67, "SO_SNDTIMEO_NEW"],
    [68, "SO_DETACH_REUSEPORT_BPF"],
    [69, "SO_PREFER_BUSY_POLL"],
    [70, "SO_BUSY_POLL_BUDGET"],
    [71, "SO_NETNS_COOKIE"],
    [72, "SO_BUF_LOCK"],
    [73, "SO_RESERVE_MEM"],
    [74, "SO_TXREHASH"],
    [75, "SO_RCVMARK"]
  ]
};
var msg2 = {
  source: "send/recv flags: glibc bits/socket.h (MSG_*).",
  kind: "flags",
  entries: [
    [1, "MSG_OOB"],
    [2, "MSG_PEEK"],
    [4, "MSG_DONTROUTE"],
    [8, "MSG_CTRUNC"],
    [16, "MSG_PROXY"],
    [32, "MSG_TRUNC"],
    [64, "MSG_DONTWAIT"],
    [128, "MSG_EOR"],
    [256, "MSG_WAITALL"],
    [512, "MSG_FIN"],
    [1024, "MSG_SYN"],
    [2048, "MSG_CONFIRM"],
    [4096, "MSG_RST"],
    [8192, "MSG_ERRQUEUE"],
    [16384, "MSG_NOSIGNAL"],
    [32768, "MSG_MORE"],
    [65536, "MSG_WAITFORONE"],
    [262144, "MSG_BATCH"],
    [67108864, "MSG_ZEROCOPY"],
    [536870912, "MSG_FASTOPEN"],
    [1073741824, "MSG_CMSG_CLOEXEC"]
  ]
};
var shutdown2 = {
  source: "shutdown() how: glibc sys/socket.h (SHUT_*).",
  kind: "enum",
  entries: [
    [0, "SHUT_RD"],
    [1, "SHUT_WR"],
    [2, "SHUT_RDWR"]
  ]
};

// dist/src/decode/tables/linux/syscalls.js
var syscalls2 = {
  source: "uapi asm/unistd_64.h (__NR_*, x86_64)",
  kind: "enum",
  entries: [
    [0, "read"],
    [1, "write"],
    [2, "open"],
    [3, "close"],
    [4, "stat"],
    [5, "fstat"],
    [6, "lstat"],
    [7, "poll"],
    [8, "lseek"],
    [9, "mmap"],
    [10, "mprotect"],
    [11, "munmap"],
    [12, "brk"],
    [13, "rt_sigaction"],
    [14, "rt_sigprocmask"],
    [15, "rt_sigreturn"],
    [16, "ioctl"],
    [17, "pread64"],
    [18, "pwrite64"],
    [19, "readv"],
    [20, "writev"],
    [21, "access"],
    [22, "pipe"],
    [23, "select"],
    [24, "sched_yield"],
    [25, "mremap"],
    [26, "msync"],
    [27, "mincore"],
    [28, "madvise"],
    [29, "shmget"],
    [30, "shmat"],
    [31, "shmctl"],
    [32, "dup"],
    [33, "dup2"],
    [34, "pause"],
    [35, "nanosleep"],
    [36, "getitimer"],
    [37, "alarm"],
    [38, "setitimer"],
    [39, "getpid"],
    [40, "sendfile"],
    [41, "socket"],
    [42, "connect"],
    [43, "accept"],
    [44, "sendto"],
    [45, "recvfrom"],
    [46, "sendmsg"],
    [47, "recvmsg"],
    [48, "shutdown"],
    [49, "bind"],
    [50, "listen"],
    [51, "getsockname"],
    [52, "getpeername"],
    [53, "socketpair"],
    [54, "setsockopt"],
    [55, "getsockopt"],
    [56, "clone"],
    [57, "fork"],
    [58, "vfork"],
    [59, "execve"],
    [60, "exit"],
    [61, "wait4"],
    [62, "kill"],
    [63, "uname"],
    [64, "semget"],
    [65, "semop"],
    [66, "semctl"],
    [67, "shmdt"],
    [68, "msgget"],
    [69, "msgsnd"],
    [70, "msgrcv"],
    [71, "msgctl"],
    [72, "fcntl"],
    [73, "flock"],
    [74, "fsync"],
    [75, "fdatasync"],
    [76, "truncate"],
    [77, "ftruncate"],
    [78, "getdents"],
    [79, "getcwd"],
    [80, "chdir"],
    [81, "fchdir"],
    [82, "rename"],
    [83, "mkdir"],
    [84, "rmdir"],
    [85, "creat"],
    [86, "link"],
    [87, "unlink"],
    [88, "symlink"],
    [89, "readlink"],
    [90, "chmod"],
    [91, "fchmod"],
    [92, "chown"],
    [93, "fchown"],
    [94, "lchown"],
    [95, "umask"],
    [96, "gettimeofday"],
    [97, "getrlimit"],
    [98, "getrusage"],
    [99, "sysinfo"],
    [100, "times"],
    [101, "ptrace"],
    [102, "getuid"],
    [103, "syslog"],
    [104, "getgid"],
    [105, "setuid"],
    [106, "setgid"],
    [107, "geteuid"],
    [108, "getegid"],
    [109, "setpgid"],
    [110, "getppid"],
    [111, "getpgrp"],
    [112, "setsid"],
    [113, "setreuid"],
    [114, "setregid"],
    [115, "getgroups"],
    [116, "setgroups"],
    [117, "setresuid"],
    [118, "getresuid"],
    [119, "setresgid"],
    [120, "getresgid"],
    [121, "getpgid"],
    [122, "setfsuid"],
    [123, "setfsgid"],
    [124, "getsid"],
    [125, "capget"],
    [126, "capset"],
    [127, "rt_sigpending"],
    [128, "rt_sigtimedwait"],
    [129, "rt_sigqueueinfo"],
    [130, "rt_sigsuspend"],
    [131, "sigaltstack"],
    [132, "utime"],
    [133, "mknod"],
    [134, "uselib"],
    [135, "personality"],
    [136, "ustat"],
    [137, "statfs"],
    [138, "fstatfs"],
    [139, "sysfs"],
    [140, "getpriority"],
    [141, "setpriority"],
    [142, "sched_setparam"],
    [143, "sched_getparam"],
    [144, "sched_setscheduler"],
    [145, "sched_getscheduler"],
    [146, "sched_get_priority_max"],
    [147, "sched_get_priority_min"],
    [148, "sched_rr_get_interval"],
    [149, "mlock"],
    [150, "munlock"],
    [151, "mlockall"],
    [152, "munlockall"],
    [153, "vhangup"],
    [154, "modify_ldt"],
    [155, "pivot_root"],
    [156, "_sysctl"],
    [157, "prctl"],
    [158, "arch_prctl"],
    [159, "adjtimex"],
    [160, "setrlimit"],
    [161, "chroot"],
    [162, "sync"],
    [163, "acct"],
    [164, "settimeofday"],
    [165, "mount"],
    [166, "umount2"],
    [167, "swapon"],
    [168, "swapoff"],
    [169, "reboot"],
    [170, "sethostname"],
    [171, "setdomainname"],
    [172, "iopl"],
    [173, "ioperm"],
    [174, "create_module"],
    [175, "init_module"],
    [176, "delete_module"],
    [177, "get_kernel_syms"],
    [178, "query_module"],
    [179, "quotactl"],
    [180, "nfsservctl"],
    [181, "getpmsg"],
    [182, "putpmsg"],
    [183, "afs_syscall"],
    [184, "tuxcall"],
    [185, "security"],
    [186, "gettid"],
    [187, "readahead"],
    [188, "setxattr"],
    [189, "lsetxattr"],
    [190, "fsetxattr"],
    [191, "getxattr"],
    [192, "lgetxattr"],
    [193, "fgetxattr"],
    [194, "listxattr"],
    [195, "llistxattr"],
    [196, "flistxattr"],
    [197, "removexattr"],
    [198, "lremovexattr"],
    [199, "fremovexattr"],
    [200, "tkill"],
    [201, "time"],
    [202, "futex"],
    [203, "sched_setaffinity"],
    [204, "sched_getaffinity"],
    [205, "set_thread_area"],
    [206, "io_setup"],
    [207, "io_destroy"],
    [208, "io_getevents"],
    [209, "io_submit"],
    [210, "io_cancel"],
    [211, "get_thread_area"],
    [212, "lookup_dcookie"],
    [213, "epoll_create"],
    [214, "epoll_ctl_old"],
    [215, "epoll_wait_old"],
    [216, "remap_file_pages"],
    [217, "getdents64"],
    [218, "set_tid_address"],
    [219, "restart_syscall"],
    [220, "semtimedop"],
    [221, "fadvise64"],
    [222, "timer_create"],
    [223, "timer_settime"],
    [224, "timer_gettime"],
    [225, "timer_getoverrun"],
    [226, "timer_delete"],
    [227, "clock_settime"],
    [228, "clock_gettime"],
    [229, "clock_getres"],
    [230, "clock_nanosleep"],
    [231, "exit_group"],
    [232, "epoll_wait"],
    [233, "epoll_ctl"],
    [234, "tgkill"],
    [235, "utimes"],
    [236, "vserver"],
    [237, "mbind"],
    [238, "set_mempolicy"],
    [239, "get_mempolicy"],
    [240, "mq_open"],
    [241, "mq_unlink"],
    [242, "mq_timedsend"],
    [243, "mq_timedreceive"],
    [244, "mq_notify"],
    [245, "mq_getsetattr"],
    [246, "kexec_load"],
    [247, "waitid"],
    [248, "add_key"],
    [249, "request_key"],
    [250, "keyctl"],
    [251, "ioprio_set"],
    [252, "ioprio_get"],
    [253, "inotify_init"],
    [254, "inotify_add_watch"],
    [255, "inotify_rm_watch"],
    [256, "migrate_pages"],
    [257, "openat"],
    [258, "mkdirat"],
    [259, "mknodat"],
    [260, "fchownat"],
    [261, "futimesat"],
    [262, "newfstatat"],
    [263, "unlinkat"],
    [264, "renameat"],
    [265, "linkat"],
    [266, "symlinkat"],
    [267, "readlinkat"],
    [268, "fchmodat"],
    [269, "faccessat"],
    [270, "pselect6"],
    [271, "ppoll"],
    [272, "unshare"],
    [273, "set_robust_list"],
    [274, "get_robust_list"],
    [275, "splice"],
    [276, "tee"],
    [277, "sync_file_range"],
    [278, "vmsplice"],
    [279, "move_pages"],
    [280, "utimensat"],
    [281, "epoll_pwait"],
    [282, "signalfd"],
    [283, "timerfd_create"],
    [284, "eventfd"],
    [285, "fallocate"],
    [286, "timerfd_settime"],
    [287, "timerfd_gettime"],
    [288, "accept4"],
    [289, "signalfd4"],
    [290, "eventfd2"],
    [291, "epoll_create1"],
    [292, "dup3"],
    [293, "pipe2"],
    [294, "inotify_init1"],
    [295, "preadv"],
    [296, "pwritev"],
    [297, "rt_tgsigqueueinfo"],
    [298, "perf_event_open"],
    [299, "recvmmsg"],
    [300, "fanotify_init"],
    [301, "fanotify_mark"],
    [302, "prlimit64"],
    [303, "name_to_handle_at"],
    [304, "open_by_handle_at"],
    [305, "clock_adjtime"],
    [306, "syncfs"],
    [307, "sendmmsg"],
    [308, "setns"],
    [309, "getcpu"],
    [310, "process_vm_readv"],
    [311, "process_vm_writev"],
    [312, "kcmp"],
    [313, "finit_module"],
    [314, "sched_setattr"],
    [315, "sched_getattr"],
    [316, "renameat2"],
    [317, "seccomp"],
    [318, "getrandom"],
    [319, "memfd_create"],
    [320, "kexec_file_load"],
    [321, "bpf"],
    [322, "execveat"],
    [323, "userfaultfd"],
    [324, "membarrier"],
    [325, "mlock2"],
    [326, "copy_file_range"],
    [327, "preadv2"],
    [328, "pwritev2"],
    [329, "pkey_mprotect"],
    [330, "pkey_alloc"],
    [331, "pkey_free"],
    [332, "statx"],
    [333, "io_pgetevents"],
    [334, "rseq"],
    [424, "pidfd_send_signal"],
    [425, "io_uring_setup"],
    [426, "io_uring_enter"],
    [427, "io_uring_register"],
    [428, "open_tree"],
    [429, "move_mount"],
    [430, "fsopen"],
    [431, "fsconfig"],
    [432, "fsmount"],
    [433, "fspick"],
    [434, "pidfd_open"],
    [435, "clone3"],
    [436, "close_range"],
    [437, "openat2"],
    [438, "pidfd_getfd"],
    [439, "faccessat2"],
    [440, "process_madvise"],
    [441, "epoll_pwait2"],
    [442, "mount_setattr"],
    [443, "quotactl_fd"],
    [444, "landlock_create_ruleset"],
    [445, "landlock_add_rule"],
    [446, "landlock_restrict_self"],
    [447, "memfd_secret"],
    [448, "process_mrelease"],
    [449, "futex_waitv"],
    [450, "set_mempolicy_home_node"]
  ]
};

// dist/src/decode/tables/linux/index.js
var linuxTables = {
  tables: {
    errno: errno2,
    af: af2,
    socktype: socktype2,
    ipproto: ipproto2,
    sol: sol2,
    so: so2,
    ip: ip2,
    ipv6: ipv62,
    tcp: tcp2,
    fcntl: fcntl2,
    "open-flags": openFlags2,
    "fd-flags": fdFlags2,
    "at-flags": atFlags2,
    dirfd: dirfd2,
    signal: signal2,
    "sigmask-how": sigmaskHow2,
    shutdown: shutdown2,
    "msg-flags": msg2,
    "poll-events": pollEvents2,
    syscall: syscalls2
  },
  sockoptLevels: [
    [1, "so"],
    [0, "ip"],
    [6, "tcp"],
    [41, "ipv6"]
  ]
};

// dist/src/decode/tables/types.js
var TABLE_NAMES = [
  "errno",
  "af",
  "socktype",
  "ipproto",
  "sol",
  "so",
  "ip",
  "ipv6",
  "tcp",
  "fcntl",
  "open-flags",
  "fd-flags",
  "at-flags",
  "dirfd",
  "signal",
  "sigmask-how",
  "shutdown",
  "msg-flags",
  "poll-events",
  "syscall"
];

// dist/src/decode/constants.js
var OS_TABLES = { linux: linuxTables, darwin: darwinTables };
function getTable(os, table) {
  return OS_TABLES[os].tables[table];
}
var indexes = /* @__PURE__ */ new WeakMap();
function indexOf(table) {
  let ix = indexes.get(table);
  if (ix)
    return ix;
  const byValue = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  const field = [];
  const bits = [];
  const mask = table.fieldMask ?? 0;
  for (const e of table.entries) {
    if (!byValue.has(e[0]))
      byValue.set(e[0], e);
    if (!byName.has(e[1]))
      byName.set(e[1], e);
    if (table.kind === "flags") {
      if (byValue.get(e[0]) !== e)
        continue;
      if (mask && (e[0] & ~mask) === 0)
        field.push(e);
      else if (e[0] !== 0)
        bits.push(e);
    }
  }
  ix = { byValue, byName, field, bits };
  indexes.set(table, ix);
  return ix;
}
function named(e) {
  return e[2] === void 0 ? { value: e[0], name: e[1] } : { value: e[0], name: e[1], message: e[2] };
}
function lookupConstant(os, table, value) {
  const ix = indexOf(getTable(os, table));
  if (typeof value === "string") {
    const n = parseNumber(value);
    if (n === void 0) {
      const e2 = ix.byName.get(value) ?? ix.byName.get(value.toUpperCase());
      return e2 ? named(e2) : void 0;
    }
    value = n;
  }
  const e = ix.byValue.get(value);
  return e ? named(e) : { value };
}
function namesOf(os, table, value) {
  return getTable(os, table).entries.filter((e) => e[0] === value).map((e) => e[1]);
}
function decodeFlags(os, table, value) {
  const t = getTable(os, table);
  const ix = indexOf(t);
  const out = [];
  let rest = value >>> 0;
  if (t.fieldMask) {
    const f = rest & t.fieldMask;
    const e = ix.field.find((x) => x[0] === f);
    if (e) {
      out.push(named(e));
      rest = (rest & ~t.fieldMask) >>> 0;
    }
  }
  for (const e of ix.bits) {
    const bits = e[0] >>> 0;
    if (bits !== 0 && (rest & bits) >>> 0 === bits) {
      out.push(named(e));
      rest = (rest & ~bits) >>> 0;
    }
  }
  if (rest !== 0)
    out.push({ value: rest });
  if (out.length === 0) {
    const zero = ix.byValue.get(0);
    out.push(zero ? named(zero) : { value: 0 });
  }
  return out;
}
function decodeNumber(os, table, value) {
  const t = getTable(os, table);
  if (t.kind === "flags")
    return decodeFlags(os, table, value);
  return [lookupConstant(os, table, value) ?? { value }];
}
function sockoptTable(os, level) {
  for (const [l, t] of OS_TABLES[os].sockoptLevels)
    if (l === level)
      return t;
  return void 0;
}
var NAME_PREFIX = {
  errno: "E",
  af: "AF_",
  socktype: "SOCK_",
  ipproto: "IPPROTO_",
  sol: "SOL_",
  so: "SO_",
  ip: "IP_",
  ipv6: "IPV6_",
  tcp: "TCP_",
  fcntl: "F_",
  "open-flags": "O_",
  "fd-flags": "FD_",
  "at-flags": "AT_",
  signal: "SIG",
  "sigmask-how": "SIG_",
  shutdown: "SHUT_",
  "msg-flags": "MSG_",
  "poll-events": "POLL",
  syscall: "syscall_"
};
function constantText(n, table) {
  if (n.name)
    return n.name;
  if (table === "syscall")
    return `syscall_0x${n.value.toString(16)}`;
  if (table && getTableKind(table) === "flags")
    return n.value === 0 ? "0" : `0x${(n.value >>> 0).toString(16)}`;
  const prefix = table ? NAME_PREFIX[table] : void 0;
  return prefix ? `${prefix}??? (${n.value})` : String(n.value);
}
function getTableKind(table) {
  return linuxTables.tables[table].kind;
}
function parseNumber(text) {
  const s = text.trim();
  if (/^-?0[xX][0-9a-fA-F]+$/.test(s)) {
    const neg = s.startsWith("-");
    const hex = neg ? s.slice(3) : s.slice(2);
    let v;
    if (hex.length === 16 && /^[89a-fA-F]/.test(hex))
      v = Number(BigInt.asIntN(64, BigInt("0x" + hex)));
    else
      v = parseInt(hex, 16);
    return neg ? -v : v;
  }
  if (/^-?0[0-7]+$/.test(s)) {
    const neg = s.startsWith("-");
    const v = parseInt(neg ? s.slice(1) : s, 8);
    return neg ? -v : v;
  }
  if (/^-?\d+$/.test(s))
    return Number(s);
  return void 0;
}

// dist/src/decode/values.js
import { Buffer as Buffer2, isUtf8 } from "node:buffer";
function unwrap(v) {
  for (; ; ) {
    if (v.kind === "commented")
      v = v.value;
    else if (v.kind === "inout")
      v = v.after;
    else if (v.kind === "fd")
      v = v.value;
    else
      return v;
  }
}
function intOf(v, width = 64) {
  if (!v)
    return void 0;
  const u = unwrap(v);
  if (u.kind === "int")
    return intFromText(u, width);
  if (u.kind === "call" && /^(htons|htonl|ntohs|ntohl)$/.test(u.name) && u.args.length === 1)
    return intOf(u.args[0], width);
  if (u.kind === "array" && u.items.length === 1 && u.items[0])
    return intOf(u.items[0], width);
  if (u.kind === "name" && u.text === "NULL")
    return 0;
  return void 0;
}
function intFromText(a, width) {
  const t = a.text;
  if (width === 32 && /^0[xX][0-9a-fA-F]{9,}$/.test(t)) {
    return Number(BigInt.asIntN(32, BigInt(t)));
  }
  const n = parseNumber(t);
  if (n !== void 0)
    return n;
  return Number.isFinite(a.value) ? a.value : void 0;
}
function flagParts(v) {
  const u = unwrap(v);
  if (u.kind === "flags")
    return u.items.flatMap((i) => flagParts(i));
  if (u.kind === "name")
    return [u.text];
  const n = intOf(u);
  return n === void 0 ? [] : [n];
}
function stringBytes(text) {
  let s = text;
  if (s.endsWith("..."))
    s = s.slice(0, -3);
  if (s.startsWith("@"))
    s = s.slice(1);
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"'))
    s = s.slice(1, -1);
  const n = s.length;
  let plain = true;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 92 || c >= 128) {
      plain = false;
      break;
    }
  }
  if (plain) {
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i++)
      bytes[i] = s.charCodeAt(i);
    return bytes;
  }
  return Uint8Array.from(cStringBytes(s));
}
var UTF8 = new TextDecoder("utf-8", { fatal: true });
function bytesToText(bytes) {
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii)
    return latin12(bytes);
  if (isUtf8(bytes))
    return UTF8.decode(bytes);
  return latin12(bytes);
}
function latin12(bytes) {
  return Buffer2.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}
function plainBody(text) {
  let s = text;
  if (s.endsWith("..."))
    s = s.slice(0, -3);
  if (s.startsWith("@"))
    s = s.slice(1);
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"'))
    s = s.slice(1, -1);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92 || c >= 128 || c === 0)
      return void 0;
  }
  return s;
}
function stringText(text) {
  return plainBody(text) ?? bytesToText(stringBytes(text));
}
function cString(text) {
  const plain = plainBody(text);
  if (plain !== void 0)
    return plain;
  const b = stringBytes(text);
  const nul = b.indexOf(0);
  return bytesToText(nul >= 0 ? b.subarray(0, nul) : b);
}
function hexOf(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

// dist/src/decode/sockaddr.js
function ipv4Text(b, at = 0) {
  return `${b[at] ?? 0}.${b[at + 1] ?? 0}.${b[at + 2] ?? 0}.${b[at + 3] ?? 0}`;
}
function ipv6Text(b, at = 0) {
  const g = [];
  for (let i = 0; i < 8; i++)
    g.push((b[at + 2 * i] ?? 0) << 8 | (b[at + 2 * i + 1] ?? 0));
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 65535)
    return `::ffff:${ipv4Text(b, at + 12)}`;
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0)
      j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = g.map((x) => x.toString(16));
  if (best < 0)
    return hex.join(":");
  return `${hex.slice(0, best).join(":")}::${hex.slice(best + bestLen).join(":")}`;
}
function describeEndpoint(ep) {
  if (ep.family === "AF_INET" || ep.family === "AF_INET6") {
    const e = ep;
    if (e.inferred && e.address === "")
      return `${e.family} address (${structNote(e)})`;
    if (e.family === "AF_INET6")
      return `[${e.address}${e.scopeId ? `%${e.scopeId}` : ""}]:${e.port}`;
    return `${e.address}:${e.port}`;
  }
  if (ep.family === "AF_UNIX") {
    const e = ep;
    if (e.inferred && e.path === "")
      return `UNIX socket path (${structNote(e)})`;
    if (e.abstract)
      return `@${e.path}`;
    return e.path === "" ? "(unnamed)" : e.path;
  }
  if (ep.family === "AF_NETLINK") {
    const proto = typeof ep["protocol"] === "string" ? `${ep["protocol"]} ` : "";
    return `netlink ${proto}pid ${String(ep["pid"] ?? "?")}`;
  }
  if (ep.family === "AF_PACKET") {
    const parts = [ep["protocol"], ep["ifname"] ?? ep["ifindex"]].filter((x) => x !== void 0).map(String);
    return `packet ${parts.join(" on ")}`.trim();
  }
  const o = ep;
  if (o.inferred)
    return `${o.family} address (${structNote(o)})`;
  return o.raw ? `${o.family} ${o.raw}` : o.family;
}
function structNote(e) {
  const r = e;
  const what = typeof r.struct === "string" ? r.struct : "sockaddr";
  const len = typeof r.length === "number" ? `, ${r.length} bytes` : "";
  return `${what}${len}; the tracer did not show it`;
}
function familyName(os, value) {
  const n = lookupConstant(os, "af", value) ?? { value };
  return constantText(n, "af");
}
function familyNumber(os, family) {
  if (typeof family === "number")
    return family;
  return lookupConstant(os, "af", family)?.value;
}
function sockaddrFromBytes(bytes, os) {
  if (bytes.length < 2)
    return void 0;
  const fam = os === "darwin" ? bytes[1] : bytes[0] | bytes[1] << 8;
  const family = familyName(os, fam);
  const be16 = (i) => (bytes[i] ?? 0) << 8 | (bytes[i + 1] ?? 0);
  const le32 = (i) => ((bytes[i] ?? 0) | (bytes[i + 1] ?? 0) << 8 | (bytes[i + 2] ?? 0) << 16 | (bytes[i + 3] ?? 0) << 24) >>> 0;
  if (family === "AF_INET" && bytes.length >= 8) {
    return { family: "AF_INET", address: ipv4Text(bytes, 4), port: be16(2) };
  }
  if (family === "AF_INET6" && bytes.length >= 24) {
    const ep = { family: "AF_INET6", address: ipv6Text(bytes, 8), port: be16(2) };
    if (bytes.length >= 28)
      ep.scopeId = le32(24);
    return ep;
  }
  if (family === "AF_UNIX") {
    const path = bytes.subarray(2);
    if (path.length === 0)
      return { family: "AF_UNIX", path: "", abstract: false };
    if (os === "linux" && path[0] === 0 && path.length > 1)
      return { family: "AF_UNIX", path: bytesToText(path.subarray(1)), abstract: true };
    const nul = path.indexOf(0);
    return { family: "AF_UNIX", path: bytesToText(nul >= 0 ? path.subarray(0, nul) : path), abstract: false };
  }
  return { family, raw: hexOf(bytes.subarray(2)) };
}
function parseHexBytes(text) {
  const s = text.replace(/0x/gi, "").replace(/\\x/gi, "").replace(/[\s:,.-]/g, "");
  if (s.length === 0 || s.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(s))
    return void 0;
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++)
    out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
}
function fieldsOf(s) {
  const named2 = /* @__PURE__ */ new Map();
  const loose = [];
  for (const it of s.items) {
    if (it.kind === "assign")
      named2.set(it.name, it.value);
    else
      loose.push(it);
  }
  return { named: named2, loose };
}
function rawBytes(v) {
  if (!v)
    return void 0;
  const u = unwrap(v);
  return u.kind === "str" ? stringBytes(u.text) : void 0;
}
function portOf(v) {
  const b = rawBytes(v);
  if (b && b.length === 2)
    return b[0] << 8 | b[1];
  return intOf(v);
}
function ipv4Of(v) {
  if (!v)
    return void 0;
  const u = unwrap(v);
  if (u.kind === "call" && u.name === "inet_addr" && u.args[0]?.kind === "str")
    return u.args[0].value;
  if (u.kind === "call" && u.name === "htonl") {
    const a = u.args[0];
    if (a?.kind === "name" && a.text === "INADDR_ANY")
      return "0.0.0.0";
    const n = intOf(a);
    if (n !== void 0)
      return ipv4Text(Uint8Array.of(n >>> 24 & 255, n >>> 16 & 255, n >>> 8 & 255, n & 255));
  }
  const b = rawBytes(u);
  if (b && b.length === 4)
    return ipv4Text(b);
  return void 0;
}
function ipv6Of(named2, loose) {
  for (const it of loose) {
    const u = unwrap(it);
    if (u.kind === "call" && u.name === "inet_pton") {
      const s = u.args[1];
      if (s?.kind === "str")
        return bytesToText(stringBytes(s.text));
    }
  }
  const b = rawBytes(named2.get("sin6_addr"));
  if (b && b.length === 16)
    return ipv6Text(b);
  return void 0;
}
function familyOf(v, os) {
  if (!v)
    return void 0;
  const u = unwrap(v);
  if (u.kind === "name") {
    const n = lookupConstant(os, "af", u.text);
    return n ? { name: u.text, value: n.value } : { name: u.text };
  }
  const value = intOf(u);
  if (value === void 0)
    return void 0;
  return { name: familyName(os, value), value };
}
function nameText(v) {
  if (!v)
    return void 0;
  const u = unwrap(v);
  if (u.kind === "name")
    return u.text;
  if (u.kind === "call" && u.args.length === 1) {
    const a = unwrap(u.args[0]);
    if (a.kind === "str")
      return a.value;
    if (a.kind === "name")
      return a.text;
    return intOf(a);
  }
  return intOf(u);
}
function sockaddrFromTree(v, os) {
  const u = unwrap(v);
  if (u.kind !== "struct")
    return void 0;
  const { named: named2, loose } = fieldsOf(u);
  const fam = familyOf(named2.get("sa_family"), os);
  if (!fam)
    return void 0;
  switch (fam.name) {
    case "AF_INET": {
      const address = ipv4Of(named2.get("sin_addr"));
      const port = portOf(named2.get("sin_port"));
      if (address !== void 0 && port !== void 0)
        return { family: "AF_INET", address, port };
      break;
    }
    case "AF_INET6": {
      const address = ipv6Of(named2, loose);
      const port = portOf(named2.get("sin6_port"));
      if (address !== void 0 && port !== void 0) {
        const ep2 = { family: "AF_INET6", address, port };
        const scope = named2.get("sin6_scope_id");
        const sid = scope ? intOf(scope) : void 0;
        if (sid !== void 0)
          ep2.scopeId = sid;
        return ep2;
      }
      break;
    }
    case "AF_UNIX":
    case "AF_LOCAL": {
      const p = named2.get("sun_path");
      if (!p)
        return { family: "AF_UNIX", path: "", abstract: false };
      const s = unwrap(p);
      if (s.kind === "str") {
        const abstract = s.abstract === true || s.text.startsWith("@");
        const bytes = stringBytes(s.text);
        const nul = abstract ? -1 : bytes.indexOf(0);
        return { family: "AF_UNIX", path: bytesToText(nul >= 0 ? bytes.subarray(0, nul) : bytes), abstract };
      }
      break;
    }
    case "AF_NETLINK": {
      const pid = intOf(named2.get("nl_pid"));
      const g = named2.get("nl_groups");
      const gu = g ? unwrap(g) : void 0;
      const groups = gu?.kind === "int" ? parseInt(gu.text.replace(/^0x/i, ""), 16) : void 0;
      return { family: "AF_NETLINK", pid, groups };
    }
    case "AF_PACKET": {
      if (named2.has("sa_data"))
        break;
      const ep2 = { family: "AF_PACKET" };
      const proto = nameText(named2.get("sll_protocol"));
      if (proto !== void 0)
        ep2["protocol"] = proto;
      const ifx = named2.get("sll_ifindex");
      const ifu = ifx ? unwrap(ifx) : void 0;
      if (ifu?.kind === "call" && ifu.name === "if_nametoindex")
        ep2["ifname"] = nameText(ifu);
      else if (ifu)
        ep2["ifindex"] = intOf(ifu);
      const hatype = nameText(named2.get("sll_hatype"));
      if (hatype !== void 0)
        ep2["hatype"] = hatype;
      const pkttype = nameText(named2.get("sll_pkttype"));
      if (pkttype !== void 0)
        ep2["pkttype"] = pkttype;
      const addr = named2.get("sll_addr");
      const au = addr ? unwrap(addr) : void 0;
      if (au?.kind === "array")
        ep2["addr"] = au.items.map((i) => i.kind === "int" ? i.text.padStart(2, "0") : "??").join(":");
      return ep2;
    }
  }
  const data = rawBytes(named2.get("sa_data"));
  const ep = { family: fam.name };
  if (fam.value !== void 0)
    ep["familyValue"] = fam.value;
  if (data)
    ep.raw = hexOf(data);
  return ep;
}
var LENGTHS = {
  darwin: { 16: ["AF_INET", "sockaddr_in"], 28: ["AF_INET6", "sockaddr_in6"], 106: ["AF_UNIX", "sockaddr_un"], 32: ["AF_SYSTEM", "sockaddr_ctl"] },
  linux: { 16: ["AF_INET", "sockaddr_in"], 28: ["AF_INET6", "sockaddr_in6"], 110: ["AF_UNIX", "sockaddr_un"], 12: ["AF_NETLINK", "sockaddr_nl"] }
};
var STRUCTS = {
  AF_INET: "sockaddr_in",
  AF_INET6: "sockaddr_in6",
  AF_UNIX: "sockaddr_un",
  AF_SYSTEM: "sockaddr_ctl",
  AF_NETLINK: "sockaddr_nl",
  AF_PACKET: "sockaddr_ll"
};
function inferSockaddr(os, length, family) {
  let fam;
  if (family !== void 0) {
    const n = familyNumber(os, family);
    fam = n === void 0 ? String(family) : familyName(os, n);
    if (fam === "AF_LOCAL")
      fam = "AF_UNIX";
  } else if (length !== void 0) {
    fam = LENGTHS[os][length]?.[0];
  }
  if (!fam)
    return void 0;
  const struct = STRUCTS[fam] ?? "sockaddr";
  const extra = { inferred: true, struct };
  if (length !== void 0)
    extra.length = length;
  if (fam === "AF_UNIX")
    return { family: "AF_UNIX", path: "", abstract: false, ...extra };
  if (fam === "AF_INET" || fam === "AF_INET6")
    return { family: fam, address: "", port: 0, ...extra };
  return { family: fam, ...extra };
}

// dist/src/decode/fdinfo.js
var INET_SOCKET = /^(TCP|UDP|UDPLITE|DCCP|SCTP|RAW|PING|MPTCP)(v6)?:\[(.*)\]$/;
var UNIX_SOCKET = /^(UNIX(?:-STREAM|-DGRAM|-SEQPACKET)?):\[(\d+)(?:->(\d+))?(?:,(@?)("(?:[^"\\]|\\.)*"))?\]$/;
var NETLINK = /^NETLINK:\[(?:([A-Z0-9_]+):)?(\d+)\]$/;
var DEVICE = /^(.*)<((?:char|block) \d+:\d+)>$/;
function unescape(text) {
  return text.includes("\\") ? bytesToText(stringBytes(`"${text}"`)) : text;
}
function parseInetEndpoint(text, v6) {
  const m = v6 ? /^\[([0-9a-fA-F:.%]*)\]:(\d+)$/.exec(text) : /^(\d{1,3}(?:\.\d{1,3}){3}):(\d+)$/.exec(text);
  if (!m)
    return void 0;
  return { family: v6 ? "AF_INET6" : "AF_INET", address: m[1], port: Number(m[2]) };
}
function parseFdInfo(decoration, deleted) {
  const d = decoration;
  let m = INET_SOCKET.exec(d);
  if (m) {
    const protocol = m[1] + (m[2] ?? "");
    const body = m[3];
    const info = { type: "socket", protocol };
    if (/^\d+$/.test(body)) {
      info.inode = Number(body);
      return info;
    }
    const [local, peer] = body.split("->");
    const l = local ? parseInetEndpoint(local, !!m[2]) : void 0;
    const p = peer ? parseInetEndpoint(peer, !!m[2]) : void 0;
    if (!l || peer !== void 0 && !p)
      return { type: "other", text: d };
    info.local = l;
    if (p)
      info.peer = p;
    return info;
  }
  m = UNIX_SOCKET.exec(d);
  if (m) {
    const info = { type: "socket", protocol: m[1], inode: Number(m[2]) };
    if (m[3])
      info.peerInode = Number(m[3]);
    if (m[5]) {
      const bytes = stringBytes(m[5]);
      info.local = { family: "AF_UNIX", path: bytesToText(bytes), abstract: m[4] === "@" };
    }
    return info;
  }
  m = NETLINK.exec(d);
  if (m) {
    if (m[1])
      return { type: "socket", protocol: "NETLINK", local: { family: "AF_NETLINK", protocol: m[1], pid: Number(m[2]) } };
    return { type: "socket", protocol: "NETLINK", inode: Number(m[2]) };
  }
  m = /^socket:\[(\d+)\]$/.exec(d);
  if (m)
    return { type: "socket", protocol: "socket", inode: Number(m[1]) };
  m = /^pipe:\[(\d+)\]$/.exec(d);
  if (m)
    return { type: "pipe", inode: Number(m[1]) };
  m = /^anon_inode:(?:\[([^\]]*)\]|(.+))$/.exec(d);
  if (m)
    return { type: "anon", name: m[1] ?? m[2] };
  m = /^(signalfd|eventfd|timerfd|eventpoll|inotify):/.exec(d);
  if (m)
    return { type: "anon", name: m[1] };
  m = /^pid:(\d+)(?:<[^<>]*>)?$/.exec(d);
  if (m)
    return { type: "pidfd", pid: Number(m[1]) };
  if (d.startsWith("/")) {
    let path = d;
    let device;
    const dm = DEVICE.exec(path);
    if (dm) {
      path = dm[1];
      device = dm[2];
    }
    let gone = deleted === true;
    if (path.endsWith(" (deleted)")) {
      path = path.slice(0, -" (deleted)".length);
      gone = true;
    }
    const info = { type: "path", path: unescape(path) };
    if (gone)
      info.deleted = true;
    if (device)
      info.device = device;
    return info;
  }
  return { type: "other", text: d };
}

// dist/src/decode/signatures.js
var FD = ["fd", "fd"];
var SOCKFD = ["sockfd", "fd"];
var PATH = ["pathname", "path"];
var BUF = ["buf", "buffer"];
var COUNT2 = ["count", "size"];
var DIRFD = ["dirfd", "dirfd"];
var MODE = ["mode", "mode"];
function sig(args, ret) {
  return ret ? { args, ret } : { args };
}
var COMMON = {
  // sockets
  socket: sig([["domain", "family"], ["type", "socktype"], ["protocol", "protocol"]], "fd"),
  socketpair: sig([["domain", "family"], ["type", "socktype"], ["protocol", "protocol"], ["sv", "pointer"]]),
  connect: sig([SOCKFD, ["addr", "sockaddr"], ["addrlen", "socklen"]]),
  bind: sig([SOCKFD, ["addr", "sockaddr"], ["addrlen", "socklen"]]),
  listen: sig([SOCKFD, ["backlog", "int"]]),
  accept: sig([SOCKFD, ["addr", "sockaddr"], ["addrlen", "socklen"]], "fd"),
  getsockname: sig([SOCKFD, ["addr", "sockaddr"], ["addrlen", "socklen"]]),
  getpeername: sig([SOCKFD, ["addr", "sockaddr"], ["addrlen", "socklen"]]),
  setsockopt: sig([SOCKFD, ["level", "sockopt-level"], ["optname", "sockopt-name"], ["optval", "pointer"], ["optlen", "size"]]),
  getsockopt: sig([SOCKFD, ["level", "sockopt-level"], ["optname", "sockopt-name"], ["optval", "pointer"], ["optlen", "pointer"]]),
  sendto: sig([SOCKFD, BUF, ["len", "size"], ["flags", "msg-flags"], ["dest_addr", "sockaddr"], ["addrlen", "socklen"]]),
  recvfrom: sig([SOCKFD, BUF, ["len", "size"], ["flags", "msg-flags"], ["src_addr", "sockaddr"], ["addrlen", "socklen"]]),
  sendmsg: sig([SOCKFD, ["msg", "pointer"], ["flags", "msg-flags"]]),
  recvmsg: sig([SOCKFD, ["msg", "pointer"], ["flags", "msg-flags"]]),
  shutdown: sig([SOCKFD, ["how", "how", "shutdown"]]),
  // files
  open: sig([PATH, ["flags", "open-flags"], MODE], "fd"),
  openat: sig([DIRFD, PATH, ["flags", "open-flags"], MODE], "fd"),
  creat: sig([PATH, MODE], "fd"),
  close: sig([FD]),
  read: sig([FD, BUF, COUNT2]),
  write: sig([FD, BUF, COUNT2]),
  pread: sig([FD, BUF, COUNT2, ["offset", "int"]]),
  pwrite: sig([FD, BUF, COUNT2, ["offset", "int"]]),
  readv: sig([FD, ["iov", "pointer"], ["iovcnt", "int"]]),
  writev: sig([FD, ["iov", "pointer"], ["iovcnt", "int"]]),
  lseek: sig([FD, ["offset", "int"], ["whence", "int"]]),
  dup: sig([["oldfd", "fd"]], "fd"),
  dup2: sig([["oldfd", "fd"], ["newfd", "fd"]], "fd"),
  fcntl: sig([FD, ["cmd", "fcntl-cmd"], ["arg", "fcntl-arg"]]),
  ioctl: sig([FD, ["request", "int"], ["argp", "pointer"]]),
  fsync: sig([FD]),
  ftruncate: sig([FD, ["length", "size"]]),
  truncate: sig([PATH, ["length", "size"]]),
  stat: sig([PATH, ["statbuf", "pointer"]]),
  lstat: sig([PATH, ["statbuf", "pointer"]]),
  fstat: sig([FD, ["statbuf", "pointer"]]),
  access: sig([PATH, ["mode", "int"]]),
  faccessat: sig([DIRFD, PATH, ["mode", "int"], ["flags", "flags", "at-flags"]]),
  unlink: sig([PATH]),
  unlinkat: sig([DIRFD, PATH, ["flags", "flags", "at-flags"]]),
  mkdir: sig([PATH, MODE]),
  mkdirat: sig([DIRFD, PATH, MODE]),
  rmdir: sig([PATH]),
  chdir: sig([PATH]),
  fchdir: sig([FD]),
  chroot: sig([PATH]),
  chmod: sig([PATH, MODE]),
  fchmod: sig([FD, MODE]),
  fchmodat: sig([DIRFD, PATH, MODE, ["flags", "flags", "at-flags"]]),
  chown: sig([PATH, ["owner", "int"], ["group", "int"]]),
  fchown: sig([FD, ["owner", "int"], ["group", "int"]]),
  lchown: sig([PATH, ["owner", "int"], ["group", "int"]]),
  fchownat: sig([DIRFD, PATH, ["owner", "int"], ["group", "int"], ["flags", "flags", "at-flags"]]),
  readlink: sig([PATH, BUF, ["bufsiz", "size"]]),
  readlinkat: sig([DIRFD, PATH, BUF, ["bufsiz", "size"]]),
  rename: sig([["oldpath", "path"], ["newpath", "path"]]),
  renameat: sig([["olddirfd", "dirfd"], ["oldpath", "path"], ["newdirfd", "dirfd"], ["newpath", "path"]]),
  link: sig([["oldpath", "path"], ["newpath", "path"]]),
  linkat: sig([["olddirfd", "dirfd"], ["oldpath", "path"], ["newdirfd", "dirfd"], ["newpath", "path"], ["flags", "flags", "at-flags"]]),
  symlink: sig([["target", "path"], ["linkpath", "path"]]),
  symlinkat: sig([["target", "path"], ["newdirfd", "dirfd"], ["linkpath", "path"]]),
  mkfifo: sig([PATH, MODE]),
  mknod: sig([PATH, MODE, ["dev", "int"]]),
  flock: sig([FD, ["operation", "int"]]),
  mmap: sig([["addr", "pointer"], ["length", "size"], ["prot", "flags"], ["flags", "flags"], FD, ["offset", "int"]]),
  munmap: sig([["addr", "pointer"], ["length", "size"]]),
  mprotect: sig([["addr", "pointer"], ["len", "size"], ["prot", "flags"]]),
  poll: sig([["fds", "pointer"], ["nfds", "int"], ["timeout", "int"]]),
  select: sig([["nfds", "int"], ["readfds", "pointer"], ["writefds", "pointer"], ["exceptfds", "pointer"], ["timeout", "pointer"]]),
  pipe: sig([["pipefd", "pointer"]]),
  // processes
  execve: sig([PATH, ["argv", "pointer"], ["envp", "pointer"]]),
  fork: sig([], "pid"),
  vfork: sig([], "pid"),
  wait4: sig([["pid", "pid"], ["wstatus", "pointer"], ["options", "int"], ["rusage", "pointer"]], "pid"),
  waitid: sig([["idtype", "int"], ["id", "pid"], ["infop", "pointer"], ["options", "int"]]),
  exit: sig([["status", "int"]]),
  getpid: sig([], "pid"),
  getppid: sig([], "pid"),
  setsid: sig([], "pid"),
  getpgid: sig([["pid", "pid"]], "pid"),
  setpgid: sig([["pid", "pid"], ["pgid", "pid"]]),
  getuid: sig([]),
  geteuid: sig([]),
  getgid: sig([]),
  getegid: sig([]),
  // signals
  kill: sig([["pid", "pid"], ["sig", "signal"]]),
  sigaction: sig([["signum", "signal"], ["act", "pointer"], ["oldact", "pointer"]]),
  sigprocmask: sig([["how", "how", "sigmask-how"], ["set", "pointer"], ["oldset", "pointer"]]),
  sigaltstack: sig([["ss", "pointer"], ["old_ss", "pointer"]]),
  sigsuspend: sig([["mask", "pointer"]])
};
var LINUX = {
  accept4: sig([SOCKFD, ["addr", "sockaddr"], ["addrlen", "socklen"], ["flags", "socktype"]], "fd"),
  sendmmsg: sig([SOCKFD, ["msgvec", "pointer"], ["vlen", "int"], ["flags", "msg-flags"]]),
  recvmmsg: sig([SOCKFD, ["msgvec", "pointer"], ["vlen", "int"], ["flags", "msg-flags"], ["timeout", "pointer"]]),
  pread64: sig([FD, BUF, COUNT2, ["offset", "int"]]),
  pwrite64: sig([FD, BUF, COUNT2, ["offset", "int"]]),
  preadv: sig([FD, ["iov", "pointer"], ["iovcnt", "int"], ["offset", "int"]]),
  pwritev: sig([FD, ["iov", "pointer"], ["iovcnt", "int"], ["offset", "int"]]),
  dup3: sig([["oldfd", "fd"], ["newfd", "fd"], ["flags", "open-flags"]], "fd"),
  pipe2: sig([["pipefd", "pointer"], ["flags", "open-flags"]]),
  openat2: sig([DIRFD, PATH, ["how", "pointer"], ["size", "size"]], "fd"),
  newfstatat: sig([DIRFD, PATH, ["statbuf", "pointer"], ["flags", "flags", "at-flags"]]),
  statx: sig([DIRFD, PATH, ["flags", "flags", "at-flags"], ["mask", "flags"], ["statxbuf", "pointer"]]),
  faccessat2: sig([DIRFD, PATH, ["mode", "int"], ["flags", "flags", "at-flags"]]),
  renameat2: sig([["olddirfd", "dirfd"], ["oldpath", "path"], ["newdirfd", "dirfd"], ["newpath", "path"], ["flags", "flags"]]),
  getdents64: sig([FD, ["dirp", "pointer"], COUNT2]),
  getdents: sig([FD, ["dirp", "pointer"], COUNT2]),
  fdatasync: sig([FD]),
  sendfile: sig([["out_fd", "fd"], ["in_fd", "fd"], ["offset", "pointer"], COUNT2]),
  splice: sig([["fd_in", "fd"], ["off_in", "pointer"], ["fd_out", "fd"], ["off_out", "pointer"], ["len", "size"], ["flags", "flags"]]),
  close_range: sig([["first", "fd"], ["last", "fd"], ["flags", "flags"]]),
  ppoll: sig([["fds", "pointer"], ["nfds", "int"], ["tmo_p", "pointer"], ["sigmask", "pointer"], ["sigsetsize", "size"]]),
  pselect6: sig([["nfds", "int"], ["readfds", "pointer"], ["writefds", "pointer"], ["exceptfds", "pointer"], ["timeout", "pointer"], ["sigmask", "pointer"]]),
  epoll_create: sig([["size", "int"]], "fd"),
  epoll_create1: sig([["flags", "open-flags"]], "fd"),
  epoll_ctl: sig([["epfd", "fd"], ["op", "int"], FD, ["event", "pointer"]]),
  epoll_wait: sig([["epfd", "fd"], ["events", "pointer"], ["maxevents", "int"], ["timeout", "int"]]),
  epoll_pwait: sig([["epfd", "fd"], ["events", "pointer"], ["maxevents", "int"], ["timeout", "int"], ["sigmask", "pointer"], ["sigsetsize", "size"]]),
  eventfd: sig([["initval", "int"]], "fd"),
  eventfd2: sig([["initval", "int"], ["flags", "open-flags"]], "fd"),
  timerfd_create: sig([["clockid", "int"], ["flags", "open-flags"]], "fd"),
  signalfd4: sig([FD, ["mask", "pointer"], ["sizemask", "size"], ["flags", "open-flags"]], "fd"),
  inotify_init1: sig([["flags", "open-flags"]], "fd"),
  memfd_create: sig([["name", "path"], ["flags", "flags"]], "fd"),
  pidfd_open: sig([["pid", "pid"], ["flags", "flags"]], "fd"),
  pidfd_send_signal: sig([["pidfd", "fd"], ["sig", "signal"], ["info", "pointer"], ["flags", "flags"]]),
  execveat: sig([DIRFD, PATH, ["argv", "pointer"], ["envp", "pointer"], ["flags", "flags", "at-flags"]]),
  clone: sig([["flags", "flags"], ["stack", "pointer"], ["parent_tid", "pointer"], ["child_tid", "pointer"], ["tls", "pointer"]], "pid"),
  clone3: sig([["cl_args", "pointer"], ["size", "size"]], "pid"),
  exit_group: sig([["status", "int"]]),
  gettid: sig([], "pid"),
  tkill: sig([["tid", "pid"], ["sig", "signal"]]),
  tgkill: sig([["tgid", "pid"], ["tid", "pid"], ["sig", "signal"]]),
  rt_sigaction: sig([["signum", "signal"], ["act", "pointer"], ["oldact", "pointer"], ["sigsetsize", "size"]]),
  rt_sigprocmask: sig([["how", "how", "sigmask-how"], ["set", "pointer"], ["oldset", "pointer"], ["sigsetsize", "size"]]),
  rt_sigreturn: sig([["mask", "pointer"]]),
  rt_sigsuspend: sig([["mask", "pointer"], ["sigsetsize", "size"]]),
  rt_sigtimedwait: sig([["set", "pointer"], ["info", "pointer"], ["timeout", "pointer"], ["sigsetsize", "size"]]),
  rt_sigqueueinfo: sig([["tgid", "pid"], ["sig", "signal"], ["info", "pointer"]]),
  rt_tgsigqueueinfo: sig([["tgid", "pid"], ["tid", "pid"], ["sig", "signal"], ["info", "pointer"]]),
  pause: sig([])
};
var DARWIN = {
  // kill(int pid, int signum, int posix): dtruss prints pid and signal in decimal.
  kill: sig([["pid", "pid"], ["sig", "signal"], ["posix", "int"]]),
  __pthread_sigmask: sig([["how", "how", "sigmask-how"], ["set", "pointer"], ["oldset", "pointer"]]),
  __pthread_kill: sig([["thread_port", "int"], ["sig", "signal"]]),
  stat64: sig([PATH, ["statbuf", "pointer"]]),
  lstat64: sig([PATH, ["statbuf", "pointer"]]),
  fstat64: sig([FD, ["statbuf", "pointer"]]),
  fstatat: sig([DIRFD, PATH, ["statbuf", "pointer"], ["flags", "flags", "at-flags"]]),
  fstatat64: sig([DIRFD, PATH, ["statbuf", "pointer"], ["flags", "flags", "at-flags"]]),
  statfs64: sig([PATH, ["buf", "pointer"]]),
  fstatfs64: sig([FD, ["buf", "pointer"]]),
  getdirentries64: sig([FD, BUF, ["bufsize", "size"], ["position", "pointer"]]),
  getattrlist: sig([PATH, ["alist", "pointer"], ["attributeBuffer", "pointer"], ["bufferSize", "size"], ["options", "flags"]]),
  getattrlistbulk: sig([DIRFD, ["alist", "pointer"], ["attributeBuffer", "pointer"], ["bufferSize", "size"], ["options", "flags"]]),
  getattrlistat: sig([DIRFD, PATH, ["alist", "pointer"], ["attributeBuffer", "pointer"], ["bufferSize", "size"], ["options", "flags"]]),
  getxattr: sig([PATH, ["name", "pointer"], ["value", "pointer"], ["size", "size"], ["position", "int"], ["options", "flags"]]),
  open_dprotected_np: sig([PATH, ["flags", "open-flags"], ["class", "int"], ["dpflags", "flags"], MODE], "fd"),
  guarded_open_np: sig([PATH, ["guard", "pointer"], ["guardflags", "flags"], ["flags", "open-flags"], MODE], "fd"),
  guarded_close_np: sig([FD, ["guard", "pointer"]]),
  fsgetpath: sig([BUF, ["bufsize", "size"], ["fsid", "pointer"], ["objid", "int"]]),
  fdatasync: sig([FD]),
  renameatx_np: sig([["fromfd", "dirfd"], ["from", "path"], ["tofd", "dirfd"], ["to", "path"], ["flags", "flags"]]),
  // connectx(int socket, const sa_endpoints_t *endpoints, sae_associd_t associd, ...)
  connectx: sig([SOCKFD, ["endpoints", "pointer"], ["associd", "int"], ["flags", "flags"], ["iov", "pointer"], ["iovcnt", "int"], ["len", "pointer"], ["connid", "pointer"]]),
  disconnectx: sig([SOCKFD, ["associd", "int"], ["connid", "int"]]),
  sendmsg_x: sig([SOCKFD, ["msgp", "pointer"], ["cnt", "int"], ["flags", "msg-flags"]]),
  recvmsg_x: sig([SOCKFD, ["msgp", "pointer"], ["cnt", "int"], ["flags", "msg-flags"]]),
  socket_delegate: sig([["domain", "family"], ["type", "socktype"], ["protocol", "protocol"], ["epid", "pid"]], "fd"),
  pselect: sig([["nfds", "int"], ["readfds", "pointer"], ["writefds", "pointer"], ["exceptfds", "pointer"], ["timeout", "pointer"], ["sigmask", "pointer"]]),
  posix_spawn: sig([["pid", "pointer"], PATH, ["adesc", "pointer"], ["argv", "pointer"], ["envp", "pointer"]]),
  __mac_execve: sig([PATH, ["argv", "pointer"], ["envp", "pointer"], ["mac_p", "pointer"]]),
  kqueue: sig([], "fd"),
  kevent: sig([["kq", "fd"], ["changelist", "pointer"], ["nchanges", "int"], ["eventlist", "pointer"], ["nevents", "int"], ["timeout", "pointer"]]),
  kevent64: sig([["kq", "fd"], ["changelist", "pointer"], ["nchanges", "int"], ["eventlist", "pointer"], ["nevents", "int"], ["flags", "flags"], ["timeout", "pointer"]]),
  kevent_qos: sig([["kq", "fd"], ["changelist", "pointer"], ["nchanges", "int"], ["eventlist", "pointer"], ["nevents", "int"], ["data_out", "pointer"], ["data_available", "pointer"], ["flags", "flags"]]),
  sendfile: sig([FD, ["s", "fd"], ["offset", "int"], ["nbytes", "pointer"], ["hdtr", "pointer"], ["flags", "flags"]]),
  shm_open: sig([["name", "path"], ["oflag", "open-flags"], MODE], "fd"),
  getrlimit: sig([["resource", "int"], ["rlp", "pointer"]]),
  setrlimit: sig([["resource", "int"], ["rlp", "pointer"]])
};
var BY_OS = {
  linux: new Map(Object.entries({ ...COMMON, ...LINUX })),
  darwin: new Map(Object.entries({ ...COMMON, ...DARWIN }))
};
function signatureFor(os, name2) {
  const table = BY_OS[os];
  const s = table.get(name2);
  if (s)
    return s;
  if (name2.endsWith("_nocancel"))
    return table.get(name2.slice(0, -"_nocancel".length));
  return void 0;
}

// dist/src/decode/index.js
function errnoInfo(os, nameOrNumber) {
  return lookupConstant(os, "errno", nameOrNumber);
}
var KIND_TABLE = {
  family: "af",
  socktype: "socktype",
  "sockopt-level": "sol",
  "fcntl-cmd": "fcntl",
  "open-flags": "open-flags",
  signal: "signal",
  "msg-flags": "msg-flags",
  "poll-events": "poll-events"
};
var INT32_KINDS = /* @__PURE__ */ new Set([
  "fd",
  "dirfd",
  "family",
  "socktype",
  "protocol",
  "sockopt-level",
  "sockopt-name",
  "fcntl-cmd",
  "open-flags",
  "mode",
  "signal",
  "how",
  "msg-flags",
  "poll-events",
  "pid",
  "int",
  "socklen",
  "flags"
]);
function decodeCall(ev, os, ctx = {}) {
  const list2 = ctx.args ?? parseArgs(ev.args);
  const items = list2.failed ? [] : withoutArgNames2(list2.items);
  const sig2 = signatureFor(os, ev.syscall);
  const specs = sig2?.args ?? [];
  const st = { os, ctx, syscall: ev.syscall, items, specs };
  if (ev.pid !== void 0)
    st.pid = ev.pid;
  const args = [];
  items.forEach((v, i) => {
    const spec = specs[i] ?? (sig2 ? ["unused", "unknown"] : [`arg${i}`, "unknown"]);
    args.push(decodeArg(v, spec, st, i));
  });
  const call = { os, args };
  if (ev.ret) {
    const errno3 = decodeErrno(ev.ret, os);
    if (errno3)
      call.errno = errno3;
    const result = decodeResult(ev.ret, sig2?.ret, st);
    if (result)
      call.result = result;
  }
  return call;
}
function withoutArgNames2(items) {
  if (items.length === 0 || !items.every((a) => a.kind === "assign"))
    return items;
  return items.map((a) => a.kind === "assign" ? a.value : a);
}
function decodeErrno(ret, os) {
  if (ret.errno) {
    const n = lookupConstant(os, "errno", ret.errno);
    if (n && n.name)
      return n.message || !ret.message ? n : { ...n, message: ret.message };
    const out = { value: ret.errnoNumber ?? Number.NaN, name: ret.errno };
    if (ret.message)
      out.message = ret.message;
    return out;
  }
  if (ret.errnoNumber !== void 0 && ret.errnoNumber !== 0)
    return lookupConstant(os, "errno", ret.errnoNumber);
  return void 0;
}
function decodeResult(ret, kind, st) {
  if (ret.value === null || ret.errno || ret.errnoNumber !== void 0 && ret.errnoNumber !== 0)
    return void 0;
  const cmd = st.cmd;
  let k = kind;
  let table;
  if (cmd === "F_GETFL")
    k = "open-flags", table = "open-flags";
  else if (cmd === "F_GETFD")
    k = "flags", table = "fd-flags";
  else if (cmd === "F_DUPFD" || cmd === "F_DUPFD_CLOEXEC")
    k = "fd";
  if (!k)
    return void 0;
  const text = ret.text.trim().split(/\s+/)[0] ?? ret.text;
  const r = { role: "result", kind: k, text, int: ret.value };
  if (table)
    r.named = decodeNumber(st.os, table, ret.value);
  if (k === "fd" && ret.decoration !== void 0)
    r.fdInfo = parseFdInfo(ret.decoration);
  return r;
}
function decodeArg(v, spec, st, index) {
  const [role, kind0, tableOverride] = spec;
  let kind = kind0;
  let table = tableOverride ?? KIND_TABLE[kind];
  const d = { role, kind, text: printArg(v) };
  const int = intOf(v, INT32_KINDS.has(kind) ? 32 : 64);
  if (int !== void 0 && Number.isSafeInteger(int))
    d.int = int;
  if (v.kind === "fd" && kind !== "pid")
    d.fdInfo = parseFdInfo(v.decoration, v.deleted);
  switch (kind) {
    case "fd":
      if (st.fd === void 0 && int !== void 0)
        st.fd = int;
      break;
    case "dirfd": {
      const named2 = namedOf(v, st.os, "dirfd", int, true);
      if (named2.length)
        d.named = named2;
      break;
    }
    case "path":
    case "buffer": {
      const u = unwrap(v);
      if (u.kind === "str")
        d.string = kind === "path" ? cString(u.text) : stringText(u.text);
      break;
    }
    case "protocol": {
      const fam = st.family !== void 0 ? lookupConstant(st.os, "af", st.family)?.name : void 0;
      if (fam === "AF_INET" || fam === "AF_INET6" || fam === void 0)
        table = "ipproto";
      else
        table = void 0;
      if (fam !== void 0 && table === void 0 && int !== void 0)
        d.named = [{ value: int }];
      break;
    }
    case "sockopt-level":
      if (int === 0 && st.os === "darwin" && st.fd !== void 0 && isUnix(st.os, st.ctx.socketFamily?.(st.fd, st.pid))) {
        d.named = [lookupConstant(st.os, "sol", "SOL_LOCAL")];
        st.local = true;
      }
      break;
    case "sockopt-name":
      table = st.level !== void 0 && !st.local ? sockoptTable(st.os, st.level) : void 0;
      if (!table && int !== void 0)
        d.named = [{ value: int }];
      break;
    case "fcntl-arg": {
      const a = fcntlArg(st.cmd);
      kind = a.kind;
      d.kind = kind;
      if (a.unused)
        d.role = "unused";
      table = a.table;
      if (kind === "fd" && int !== void 0)
        d.int = int;
      break;
    }
    case "sockaddr": {
      const ep = sockaddrFromTree(v, st.os) ?? inferFor(v, st, index);
      if (ep)
        d.endpoint = ep;
      break;
    }
    case "mode": {
      if (st.openFlags !== void 0 && /^open/.test(st.syscall) && !createsFile(st.os, st.openFlags)) {
        d.role = "unused";
        d.kind = kind = "unknown";
      }
      break;
    }
  }
  if (table && !d.named) {
    const named2 = namedOf(v, st.os, table, int, false);
    if (named2.length)
      d.named = named2;
  }
  if (kind === "family")
    st.family = d.named?.[0]?.value ?? int;
  if (kind === "sockopt-level")
    st.level = d.named?.[0]?.value ?? int;
  if (kind === "open-flags" && st.openFlags === void 0)
    st.openFlags = d.named?.reduce((a, n) => a | n.value, 0) ?? int;
  if (kind === "fcntl-cmd") {
    const n = d.named?.[0];
    if (n?.name)
      st.cmd = n.name;
  }
  return d;
}
function namedOf(v, os, table, int, onlyKnown) {
  const u = unwrap(v);
  if (u.kind === "name" || u.kind === "flags") {
    const out = [];
    for (const p of flagParts(u)) {
      if (typeof p === "number")
        out.push(...decodeNumber(os, table, p));
      else {
        const n = lookupConstant(os, table, p);
        if (n)
          out.push(n);
      }
    }
    return out;
  }
  if (int === void 0)
    return [];
  if (onlyKnown) {
    const n = lookupConstant(os, table, int);
    return n?.name ? [n] : [];
  }
  return decodeNumber(os, table, int);
}
function isUnix(os, family) {
  if (family === void 0)
    return false;
  const n = typeof family === "number" ? family : lookupConstant(os, "af", family)?.value;
  return n === lookupConstant(os, "af", "AF_UNIX")?.value;
}
function createsFile(os, flags) {
  const creat = lookupConstant(os, "open-flags", "O_CREAT")?.value ?? 0;
  const tmpfile = lookupConstant(os, "open-flags", "O_TMPFILE")?.value ?? 0;
  return (flags & creat) !== 0 || tmpfile !== 0 && (flags & tmpfile) === tmpfile;
}
function fcntlArg(cmd) {
  switch (cmd) {
    case "F_SETFL":
      return { kind: "open-flags", table: "open-flags" };
    case "F_SETFD":
      return { kind: "flags", table: "fd-flags" };
    case "F_DUPFD":
    case "F_DUPFD_CLOEXEC":
      return { kind: "fd" };
    case "F_SETOWN":
      return { kind: "pid" };
    case "F_GETFL":
    case "F_GETFD":
    case "F_GETOWN":
    case "F_GETSIG":
    case "F_GETLEASE":
    case "F_GETPIPE_SZ":
    case "F_GET_SEALS":
    case "F_FULLFSYNC":
    case "F_GETNOSIGPIPE":
      return { kind: "unknown", unused: true };
    case void 0:
      return { kind: "fcntl-arg" };
    default:
      return /LK|PATH|SIGS|LOG2PHYS|RDADVISE|PREALLOCATE/.test(cmd) ? { kind: "pointer" } : { kind: "int" };
  }
}
function inferFor(v, st, index) {
  const u = unwrap(v);
  if (u.kind !== "int")
    return void 0;
  if (intOf(u) === 0)
    return void 0;
  const byValue = /^(connect|bind|sendto)(_nocancel)?$/.test(st.syscall);
  const lenAt = st.specs.findIndex((s, i) => i > index && s[1] === "socklen");
  const lenArg = byValue && lenAt >= 0 ? st.items[lenAt] : void 0;
  const len = lenArg && unwrap(lenArg).kind === "int" ? intOf(lenArg, 32) : void 0;
  let family;
  if (st.fd !== void 0 && st.ctx.socketFamily)
    family = st.ctx.socketFamily(st.fd, st.pid);
  if (len === void 0 && family === void 0)
    return void 0;
  return inferSockaddr(st.os, len, family);
}

// dist/src/analyze/state.js
var MAX_SOCKET_LINES = 100;
var MAX_SOCKET_FDS = 50;
var MAX_KEPT_SOCKETS = 2e3;
var MAX_KEPT_PROCS = 2e3;
var FD_FIRST = new Set("read write pread64 pwrite64 readv writev preadv pwritev preadv2 pwritev2 send recv sendto recvfrom sendmsg recvmsg sendmmsg recvmmsg connect bind listen accept accept4 getsockname getpeername setsockopt getsockopt shutdown fstat fstat64 fcntl fcntl64 ioctl lseek _llseek close fsync fdatasync ftruncate fchmod fchown fchdir getdents getdents64 epoll_ctl epoll_wait epoll_pwait epoll_pwait2 flock fstatfs fadvise64 fallocate inotify_add_watch inotify_rm_watch timerfd_settime timerfd_gettime sendfile splice tee sync_file_range syncfs fgetxattr fsetxattr flistxattr read_nocancel write_nocancel recvfrom_nocancel sendto_nocancel recvmsg_nocancel sendmsg_nocancel close_nocancel fcntl_nocancel pread_nocancel pwrite_nocancel readv_nocancel writev_nocancel connect_nocancel accept_nocancel fstat64_extended kevent kevent64 kevent_qos".split(" "));
var READ_CALLS = new Set("read readv pread64 preadv preadv2 recv recvfrom recvmsg recvmmsg read_nocancel recvfrom_nocancel recvmsg_nocancel readv_nocancel pread_nocancel".split(" "));
var WRITE_CALLS = new Set("write writev pwrite64 pwritev pwritev2 send sendto sendmsg sendmmsg write_nocancel sendto_nocancel sendmsg_nocancel writev_nocancel pwrite_nocancel sendfile".split(" "));
var ACCEPT_CALLS = /* @__PURE__ */ new Set(["accept", "accept4", "accept_nocancel", "paccept"]);
var OPEN_CALLS = {
  open: { path: 0, flags: 1 },
  open_nocancel: { path: 0, flags: 1 },
  openat: { path: 1, flags: 2 },
  openat_nocancel: { path: 1, flags: 2 },
  openat2: { path: 1, flags: 2 },
  creat: { path: 0, flags: 1 },
  open_by_handle_at: { path: -1, flags: 2 },
  open_extended: { path: 0, flags: 1 },
  guarded_open_np: { path: 0, flags: 3 }
};
function settle(s, pend, state) {
  pend.state = state;
  if (state === "connected")
    delete s.info.connectFailed;
  else if (state === "failed" || state === "timed-out")
    s.info.connectFailed = true;
}
var ANON_CREATORS = {
  eventfd: { kind: "eventfd", anon: "eventfd" },
  eventfd2: { kind: "eventfd", flags: 1, anon: "eventfd" },
  epoll_create: { kind: "epoll", anon: "eventpoll" },
  epoll_create1: { kind: "epoll", flags: 0, anon: "eventpoll" },
  timerfd_create: { kind: "timerfd", flags: 1, anon: "timerfd" },
  signalfd: { kind: "signalfd", anon: "signalfd" },
  signalfd4: { kind: "signalfd", flags: 3, anon: "signalfd" },
  inotify_init: { kind: "inotify", anon: "inotify" },
  inotify_init1: { kind: "inotify", flags: 0, anon: "inotify" },
  fanotify_init: { kind: "fanotify", flags: 0, anon: "[fanotify]" },
  memfd_create: { kind: "memfd", flags: 1 },
  memfd_secret: { kind: "memfd", flags: 0 },
  pidfd_open: { kind: "pidfd" },
  pidfd_getfd: { kind: "unknown" },
  userfaultfd: { kind: "anon", flags: 0, anon: "[userfaultfd]" },
  perf_event_open: { kind: "anon", flags: 4, anon: "[perf_event]" },
  io_uring_setup: { kind: "anon", anon: "[io_uring]" },
  bpf: { kind: "anon", anon: "bpf" },
  kqueue: { kind: "kqueue" },
  guarded_kqueue_np: { kind: "kqueue" }
};
var CLONE_CALLS = /* @__PURE__ */ new Set(["clone", "clone2", "clone3", "fork", "vfork", "rfork", "__clone2"]);
var EXEC_CALLS = /* @__PURE__ */ new Set(["execve", "execveat", "__mac_execve"]);
function hasCloexec(names3) {
  for (const n of names3)
    if (n.endsWith("CLOEXEC"))
      return true;
  return false;
}
function hasNonblock(names3) {
  for (const n of names3)
    if (n.endsWith("NONBLOCK"))
      return true;
  return false;
}
function kindOfInfo(info) {
  switch (info.type) {
    case "socket":
      return "socket";
    case "pipe":
      return "pipe";
    case "pidfd":
      return "pidfd";
    case "anon": {
      const n = info.name.replace(/^\[|\]$/g, "");
      if (n === "eventfd")
        return "eventfd";
      if (n === "eventpoll")
        return "epoll";
      if (n === "timerfd")
        return "timerfd";
      if (n === "signalfd")
        return "signalfd";
      if (n === "inotify")
        return "inotify";
      if (n === "fanotify")
        return "fanotify";
      return "anon";
    }
    case "path":
      if (info.path.startsWith("/memfd:"))
        return "memfd";
      if (info.device)
        return "device";
      return "file";
    default:
      return "unknown";
  }
}
function familyOfProtocol(protocol) {
  if (protocol.startsWith("UNIX"))
    return "AF_UNIX";
  if (protocol === "NETLINK")
    return "AF_NETLINK";
  if (protocol === "PACKET")
    return "AF_PACKET";
  if (/v6$/.test(protocol))
    return "AF_INET6";
  if (/^(TCP|UDP|UDPLITE|RAW|SCTP|DCCP|PING|MPTCP)$/.test(protocol))
    return "AF_INET";
  return void 0;
}
function typeOfProtocol(protocol) {
  if (/^(TCP|MPTCP|SCTP)/.test(protocol) || protocol === "UNIX-STREAM")
    return "SOCK_STREAM";
  if (/^UDP/.test(protocol) || protocol === "UNIX-DGRAM" || protocol === "UNIX")
    return "SOCK_DGRAM";
  if (protocol === "UNIX-SEQPACKET")
    return "SOCK_SEQPACKET";
  if (/^RAW/.test(protocol))
    return "SOCK_RAW";
  return void 0;
}
var Tracker = class {
  os;
  format;
  procs = /* @__PURE__ */ new Map();
  /** Processes in order of appearance (ended ones stay for the report, up to MAX_KEPT_PROCS). */
  kept = /* @__PURE__ */ new Set();
  socketMap = /* @__PURE__ */ new Map();
  /** Called when a socket's last fd closes, before it may be forgotten. */
  onSocketClosed = [];
  /** How many ended processes and closed sockets were forgotten to bound memory. */
  forgotten = { processes: 0, sockets: 0 };
  get order() {
    return [...this.kept];
  }
  /** Sockets still known: live ones, and closed ones up to MAX_KEPT_SOCKETS. */
  get sockets() {
    return [...this.socketMap.values()];
  }
  byDeco = /* @__PURE__ */ new Map();
  nextSocket = 1;
  constructor(os, format) {
    this.os = os;
    this.format = format;
  }
  /** Process key of an event: strace labels threads by tid, Nanos has one process. */
  keyOf(ev) {
    if (this.format === "nanos")
      return 0;
    if (ev.pid !== void 0)
      return ev.pid;
    if (this.format === "strace" && !this.procs.has(0) && this.procs.size > 0) {
      let only;
      let ending2;
      let endings = 0;
      for (const p of this.procs.values()) {
        if (p.exitPending) {
          ending2 = p.key;
          endings++;
        }
        if (!p.alive || p.unadopted)
          continue;
        if (only !== void 0)
          return 0;
        only = p.key;
      }
      if (only !== void 0)
        return only;
      if (endings === 1)
        return ending2;
    }
    return 0;
  }
  attaching = false;
  /**
   * strace -f writing to a terminal prints no pid prefix while one process runs, then
   * `[pid N]` once there are two: the first new pid that is not a known child is the
   * unlabelled process itself. Its key 0 becomes N everywhere.
   */
  relabel(p, pid) {
    const old = p.key;
    this.procs.delete(old);
    this.procs.set(pid, p);
    p.key = pid;
    if (p.tgid === old)
      p.tgid = pid;
    p.info.pid = pid;
    for (const q of this.procs.values()) {
      if (q.info.parent === old)
        q.info.parent = pid;
      if (q.info.leader === old)
        q.info.leader = pid;
      if (q.tgid === old)
        q.tgid = pid;
    }
    for (const sk of this.socketMap.values()) {
      sk.info.holders = sk.info.holders.map((h) => h === old ? pid : h);
      sk.info.fds = sk.info.fds.map((f) => f.startsWith(`${String(old)}:`) ? `${String(pid)}:${f.slice(String(old).length + 1)}` : f);
      const u = sk.users.get(old);
      if (u) {
        sk.users.delete(old);
        sk.users.set(pid, u);
      }
    }
  }
  /** `attached with N threads`: the next N-1 new pids are threads of the attached process. */
  awaitedThreads;
  attached(target, threads, line) {
    this.attaching = true;
    const p = this.proc({ pid: target, line });
    this.attaching = false;
    if (threads !== void 0 && threads > 1)
      this.awaitedThreads = { leader: target, count: threads - 1 };
    return p;
  }
  proc(ev, ending2 = false) {
    const key = this.keyOf(ev);
    let p = this.procs.get(key);
    if (!p && key !== 0 && this.format === "strace" && !this.attaching) {
      const unlabelled = this.procs.get(0);
      if (unlabelled?.alive && unlabelled.forked) {
        this.relabel(unlabelled, key);
        p = unlabelled;
      }
    }
    if (p?.supersededInto !== void 0)
      return this.procs.get(p.supersededInto) ?? p;
    if (p && !p.alive && this.format === "strace" && !(ending2 && p.exitPending))
      p = void 0;
    if (!p) {
      const first = this.kept.size === 0;
      p = {
        key,
        tgid: key,
        info: { pid: key, isThread: false, execs: [], firstLine: ev.line, lastLine: ev.line },
        fds: { map: /* @__PURE__ */ new Map(), users: 1 },
        alive: true
      };
      if (!first && this.format === "strace")
        p.unadopted = { closed: /* @__PURE__ */ new Set() };
      const leader = this.awaitedThreads ? this.procs.get(this.awaitedThreads.leader) : void 0;
      if (leader && this.awaitedThreads.count > 0) {
        this.awaitedThreads.count--;
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
    if (ev.tid !== void 0 && this.format !== "strace") {
      const tids = p.info.tids ??= [];
      if (!tids.includes(ev.tid))
        tids.push(ev.tid);
    }
    return p;
  }
  lookup(key, fd) {
    return this.procs.get(key)?.fds.map.get(fd);
  }
  socketOf(entry) {
    if (!entry?.socketId)
      return void 0;
    return this.socketMap.get(entry.socketId);
  }
  newSocket(line) {
    const id = `s${String(this.nextSocket++)}`;
    const info = { id, holders: [], fds: [], lines: [] };
    if (line !== void 0)
      info.openedLine = line;
    const s = { info, refs: 0, decoKeys: /* @__PURE__ */ new Set(), users: /* @__PURE__ */ new Map(), inheritedBy: /* @__PURE__ */ new Set(), forks: [] };
    this.socketMap.set(id, s);
    return s;
  }
  decoKey(info) {
    if (info.type !== "socket")
      return void 0;
    if (info.inode !== void 0)
      return `${info.protocol}#${String(info.inode)}`;
    const l = info.local ? JSON.stringify(info.local) : "";
    const p = info.peer ? JSON.stringify(info.peer) : "";
    return l || p ? `${info.protocol}|${l}|${p}` : void 0;
  }
  /** Fill a socket from a -yy decoration: endpoints the trace did not otherwise show. */
  learnSocket(s, info) {
    if (info.type !== "socket")
      return;
    const si = s.info;
    if (info.protocol !== "socket") {
      si.protocol ??= info.protocol;
      si.family ??= familyOfProtocol(info.protocol);
      si.type ??= typeOfProtocol(info.protocol);
    }
    if (info.local && !si.local)
      si.local = info.local;
    if (info.peer && !si.peer)
      si.peer = info.peer;
    const key = this.decoKey(info);
    if (key && !s.decoKeys.has(key)) {
      s.decoKeys.add(key);
      this.byDeco.set(key, s);
    }
  }
  learn(entry, info) {
    if (!info)
      return;
    if (entry.kind === "unknown")
      entry.kind = kindOfInfo(info);
    switch (info.type) {
      case "path":
        entry.path = info.path;
        if (info.device)
          entry.device = info.device;
        if (info.deleted)
          entry.deleted = true;
        break;
      case "pipe":
        entry.pipe = { ...entry.pipe, inode: info.inode };
        break;
      case "anon":
        entry.anon = info.name.replace(/^\[|\]$/g, "");
        break;
      case "pidfd":
        entry.targetPid = info.pid;
        break;
      case "socket": {
        let s = this.socketOf(entry);
        if (!s) {
          s = this.newSocket(void 0);
          this.attachSocket(entry, s, void 0);
        }
        this.learnSocket(s, info);
        break;
      }
      default:
        break;
    }
  }
  attachSocket(entry, s, p) {
    entry.socketId = s.info.id;
    entry.kind = "socket";
    s.refs++;
    if (p)
      this.noteHolder(s, p, entry.fd);
  }
  noteHolder(s, p, fd) {
    if (!s.info.holders.includes(p.tgid))
      s.info.holders.push(p.tgid);
    const tag = `${String(p.tgid)}:${String(fd)}`;
    if (s.info.fds.length < MAX_SOCKET_FDS && !s.info.fds.includes(tag))
      s.info.fds.push(tag);
  }
  release(entry, line) {
    const s = this.socketOf(entry);
    if (!s)
      return;
    s.refs--;
    if (s.refs <= 0) {
      s.info.closedLine ??= line;
      for (const k of s.decoKeys)
        if (this.byDeco.get(k) === s)
          this.byDeco.delete(k);
      for (const f of this.onSocketClosed)
        f(s);
      if (this.socketMap.size > MAX_KEPT_SOCKETS) {
        this.socketMap.delete(s.info.id);
        this.forgotten.sockets++;
      }
    }
  }
  /** Put a new entry at `fd`, dropping whatever was there (dup2 over an open fd). */
  install(p, entry, line, closed) {
    const old = p.fds.map.get(entry.fd);
    if (old) {
      this.release(old, line);
      closed?.push(old);
    }
    p.fds.map.set(entry.fd, entry);
    p.unadopted?.closed.delete(entry.fd);
    const s = this.socketOf(entry);
    if (s)
      this.noteHolder(s, p, entry.fd);
    return entry;
  }
  closeFd(p, fd, line) {
    const old = p.fds.map.get(fd);
    p.unadopted?.closed.add(fd);
    if (!old)
      return void 0;
    p.fds.map.delete(fd);
    this.release(old, line);
    return old;
  }
  /**
   * The entry for an fd the process uses. Unknown fds get an inferred entry (opened
   * before the trace, or by a call the trace filter hid); a decoration fills it in.
   */
  use(p, fd, info, ev) {
    let e = p.fds.map.get(fd);
    if (!e) {
      e = { fd, kind: "unknown", origin: info ? "decoration" : "use", inferred: true };
      const key = info ? this.decoKey(info) : void 0;
      const s2 = key ? this.byDeco.get(key) : void 0;
      if (s2) {
        this.attachSocket(e, s2, void 0);
      }
      this.install(p, e, ev.line);
    } else if (info && info.type === "path" && e.path !== info.path && e.kind !== "socket" && !e.inferred) {
      e.path = info.path;
    }
    this.learn(e, info);
    const s = this.socketOf(e);
    if (s)
      this.noteHolder(s, p, fd);
    return e;
  }
  useSocket(s, p, ev, kind, failed) {
    const si = s.info;
    if (si.lines.length < MAX_SOCKET_LINES && si.lines[si.lines.length - 1] !== ev.line)
      si.lines.push(ev.line);
    if (kind === "other")
      return;
    let u = s.users.get(p.tgid);
    if (!u) {
      u = { reads: 0, writes: 0, readsAfterFork: 0, writesAfterFork: 0, accepts: 0, acceptEagain: 0, first: { line: ev.line, seq: ev.seq }, lines: [], seqs: [], eagain: [] };
      s.users.set(p.tgid, u);
    }
    const forked = s.forks.length > 0;
    if (kind === "read" && (!failed || /^(ERESTART|EINTR$)/.test(failed))) {
      u.reads++;
      if (forked) {
        u.readsAfterFork++;
        u.firstReadAfterFork ??= { line: ev.line, seq: ev.seq };
      }
    } else if (kind === "write" && !failed) {
      u.writes++;
      if (forked)
        u.writesAfterFork++;
    } else if (kind === "accept") {
      if (failed === "EAGAIN" || failed === "EWOULDBLOCK") {
        u.acceptEagain++;
        if (u.eagain.length < 10)
          u.eagain.push({ line: ev.line, seq: ev.seq, result: ev.lines[ev.lines.length - 1 - (ev.stack?.length ?? 0)] ?? ev.line });
      } else if (!failed)
        u.accepts++;
    }
    const afterFork = s.forks.length > 0 && ev.line > s.forks[0].line && !u.lines.some((l) => l > s.forks[0].line);
    if (u.lines.length < 20 || afterFork) {
      u.lines.push(ev.line);
      u.seqs.push(ev.seq);
    }
  }
  // ---- events -------------------------------------------------------------
  onExit(ev) {
    const p = this.proc(ev, true);
    delete p.exitPending;
    if (ev.supersededBy !== void 0) {
      const t = this.procs.get(ev.supersededBy);
      if (t && t !== p && t.alive) {
        t.alive = false;
        t.released = true;
        t.fds.users--;
        t.supersededInto = p.key;
      }
      return p;
    }
    if (ev.code !== void 0)
      p.info.exitCode = ev.code;
    if (ev.signal !== void 0)
      p.info.signal = ev.signal;
    if (ev.core)
      p.info.core = true;
    this.finishProc(p, ev.line);
    this.maybeForget(p);
    return p;
  }
  onSignal(ev) {
    const p = this.proc(ev, true);
    if (!ev.stopped) {
      p.lastSignal = { signal: ev.signal, line: ev.line, seq: ev.seq };
      if (ev.info !== void 0)
        p.lastSignal.info = ev.info;
    }
    return p;
  }
  finishProc(p, line) {
    if (p.released)
      return;
    p.released = true;
    p.alive = false;
    p.fds.users--;
    if (p.fds.users <= 0) {
      for (const e of p.fds.map.values())
        this.release(e, line);
      p.fds.map.clear();
    }
    this.maybeForget(p);
  }
  /** End of the trace: processes that called exit but printed no exit line end there. */
  end() {
    for (const p of this.procs.values()) {
      if (p.exitPending && !p.released)
        this.finishProc(p, p.exitCallAt?.line ?? p.info.lastLine);
    }
  }
  /** Past the cap, forget ended processes that exited cleanly: nothing to report on them. */
  maybeForget(p) {
    if (p.alive || p.exitPending || this.kept.size <= MAX_KEPT_PROCS)
      return;
    const clean = p.info.exitCode === 0 || p.info.isThread && p.info.signal === void 0;
    if (!clean)
      return;
    this.kept.delete(p);
    if (this.procs.get(p.key) === p)
      this.procs.delete(p.key);
    this.forgotten.processes++;
  }
  onCall(call) {
    const ev = call.ev;
    const p = this.proc(ev);
    const t = { proc: p };
    const name2 = ev.syscall;
    const ok2 = !call.failed && ev.status !== "unfinished" && ev.status !== "interrupted";
    const args = ev.args.includes("<") ? call.args : void 0;
    if (args) {
      for (let i = 0; i < args.length; i++) {
        const f = parseFdText(args[i]);
        if (f?.fd !== void 0 && f.decoration !== void 0 && f.fd >= 0) {
          const e = this.use(p, f.fd, call.fdInfo(i), ev);
          if (i === 0 || !t.fd && i <= 1)
            t.fd = e;
        }
      }
    }
    if (!t.fd && (FD_FIRST.has(name2) || call.decoded?.args[0]?.kind === "fd")) {
      const fd = call.fd(0);
      if (fd !== void 0 && fd >= 0 && call.errno !== "EBADF")
        t.fd = this.use(p, fd, call.fdInfo(0), ev);
    }
    if (t.fd)
      t.socket = this.socketOf(t.fd);
    if (name2 in OPEN_CALLS)
      this.onOpen(call, p, t, ok2);
    else if (name2 === "socket" && ok2)
      this.onSocket(call, p, t);
    else if (name2 === "socketpair" && ok2)
      this.onSocketpair(call, p, t);
    else if (ACCEPT_CALLS.has(name2))
      this.onAccept(call, p, t, ok2);
    else if ((name2 === "pipe" || name2 === "pipe2") && ok2)
      this.onPipe(call, p, t);
    else if (name2 === "dup" || name2 === "dup2" || name2 === "dup3")
      this.onDup(call, p, t, ok2);
    else if (name2 === "fcntl" || name2 === "fcntl64" || name2 === "fcntl_nocancel")
      this.onFcntl(call, p, t, ok2);
    else if (name2 === "close" || name2 === "close_nocancel" || name2 === "guarded_close_np")
      this.onClose(call, p, t);
    else if (name2 === "close_range")
      this.onCloseRange(call, p, t, ok2);
    else if (name2 in ANON_CREATORS && ok2)
      this.onAnon(call, p, t);
    else if (CLONE_CALLS.has(name2))
      this.onClone(call, p, t);
    else if (EXEC_CALLS.has(name2))
      this.onExec(call, p, t, ok2);
    else if (name2 === "exit" || name2 === "exit_group") {
      const code = call.int(0);
      if (code !== void 0) {
        p.info.exitCall = code;
        p.exitCallAt = { line: ev.line, seq: ev.seq };
      }
      if (ev.status === "complete" || ev.status === "interrupted") {
        p.alive = false;
        p.exitPending = true;
      }
    } else if ((name2 === "wait4" || name2 === "waitpid") && ok2 && (call.ret ?? 0) > 0) {
      this.onReap(call, p);
    } else if (t.socket)
      this.onSocketCall(call, p, t, ok2);
    if ((name2 === "write" || name2 === "write_nocancel") && call.fd(0) === 2 && ok2) {
      const s = call.str(1);
      if (s) {
        const prev = p.lastStderr && !p.lastStderr.text.endsWith("\n") ? p.lastStderr.text : "";
        const text = (prev + s.value + (s.truncated ? "\u2026" : "")).slice(-300);
        p.lastStderr = { text, line: ev.line, seq: ev.seq };
      }
    }
    p.lastCall = ev;
    if (t.socket)
      t.connect = t.socket.pending ?? t.connect;
    return t;
  }
  newEntry(fd, kind, call, origin) {
    return { fd, kind, origin: origin ?? call.name, openedLine: call.ev.line, openedSeq: call.ev.seq };
  }
  onOpen(call, p, t, ok2) {
    const spec = OPEN_CALLS[call.name];
    const fd = call.ret;
    if (!ok2 || fd === void 0 || fd < 0)
      return;
    const flags = call.names(spec.flags, "open-flags");
    const e = this.newEntry(fd, flags.has("O_DIRECTORY") ? "directory" : "file", call);
    const path = spec.path >= 0 ? call.absPath(spec.path, (dirfd3) => p.fds.map.get(dirfd3)?.path) : void 0;
    if (path !== void 0)
      e.path = path;
    if (path?.startsWith("/dev/"))
      e.kind = "device";
    if (hasCloexec(flags))
      e.cloexec = true;
    const closed = [];
    this.install(p, e, call.ev.line, closed);
    this.learn(e, call.resultFdInfo());
    t.fd = e;
    t.socket = void 0;
  }
  onSocket(call, p, t) {
    const fd = call.ret;
    if (fd === void 0 || fd < 0)
      return;
    const s = this.newSocket(call.ev.line);
    const fam = [...call.names(0, "family")].find((n) => n.startsWith("AF_") || n.startsWith("PF_"));
    const typeNames = call.names(1, "socktype");
    const type = [...typeNames].find((n) => /^SOCK_(STREAM|DGRAM|RAW|SEQPACKET|RDM|PACKET)$/.test(n));
    if (fam)
      s.info.family = fam.replace(/^PF_/, "AF_").replace("AF_LOCAL", "AF_UNIX");
    if (type)
      s.info.type = type;
    const proto = call.arg(2);
    if (proto !== void 0 && !/^(0|0x0|IPPROTO_IP)$/.test(proto.trim())) {
      const named2 = [...call.names(2, "protocol")][0] ?? proto.trim();
      s.info.protocol = named2.replace(/^IPPROTO_/, "");
    }
    if (hasNonblock(typeNames))
      s.info.nonBlocking = true;
    const e = this.newEntry(fd, "socket", call);
    if (hasCloexec(typeNames))
      e.cloexec = true;
    this.attachSocket(e, s, p);
    this.install(p, e, call.ev.line);
    this.learn(e, call.resultFdInfo());
    t.fd = e;
    t.socket = s;
  }
  onSocketpair(call, p, t) {
    const items = call.array(3) ?? [];
    const typeNames = call.names(1, "socktype");
    const fam = [...call.names(0, "family")].find((n) => n.startsWith("AF_"));
    const type = [...typeNames].find((n) => /^SOCK_(STREAM|DGRAM|SEQPACKET)$/.test(n));
    t.fds = [];
    for (const it of items) {
      const f = parseFdText(it);
      if (f?.fd === void 0)
        continue;
      const s = this.newSocket(call.ev.line);
      if (fam)
        s.info.family = fam.replace("AF_LOCAL", "AF_UNIX");
      if (type)
        s.info.type = type;
      if (hasNonblock(typeNames))
        s.info.nonBlocking = true;
      const e = this.newEntry(f.fd, "socket", call);
      if (hasCloexec(typeNames))
        e.cloexec = true;
      this.attachSocket(e, s, p);
      this.install(p, e, call.ev.line);
      if (f.decoration)
        this.learn(e, call.fdInfo(3) ?? void 0);
      t.fds.push(e);
    }
    t.fd = t.fds[0];
    t.socket = this.socketOf(t.fd);
  }
  onAccept(call, p, t, ok2) {
    const listener = t.socket;
    if (listener)
      this.useSocket(listener, p, call.ev, "accept", call.errno);
    const fd = call.ret;
    if (!ok2 || fd === void 0 || fd < 0)
      return;
    const s = this.newSocket(call.ev.line);
    if (listener) {
      const li = listener.info;
      li.listening = true;
      if (li.family)
        s.info.family = li.family;
      if (li.type)
        s.info.type = li.type;
      if (li.protocol)
        s.info.protocol = li.protocol;
      if (li.local)
        s.info.local = li.local;
    }
    const peer = shownEndpoint(call.endpoint(1));
    if (peer && peer.family !== "AF_UNIX")
      s.info.peer = peer;
    const flags = call.names(3, "socktype");
    if (hasNonblock(flags))
      s.info.nonBlocking = true;
    const e = this.newEntry(fd, "socket", call);
    if (hasCloexec(flags))
      e.cloexec = true;
    this.attachSocket(e, s, p);
    this.install(p, e, call.ev.line);
    this.learn(e, call.resultFdInfo());
    t.fds = [e];
    t.socket = listener;
  }
  onPipe(call, p, t) {
    const items = call.array(0) ?? [];
    const flags = call.names(1, "open-flags");
    t.fds = [];
    items.forEach((it, i) => {
      const f = parseFdText(it);
      if (f?.fd === void 0)
        return;
      const e = this.newEntry(f.fd, "pipe", call);
      e.pipe = { end: i === 0 ? "read" : "write" };
      if (hasCloexec(flags))
        e.cloexec = true;
      this.install(p, e, call.ev.line);
      const m = /^pipe:\[(\d+)\]$/.exec(f.decoration ?? "");
      if (m)
        e.pipe.inode = Number(m[1]);
      t.fds.push(e);
    });
    t.fd = t.fds[0];
  }
  copyEntry(src, fd, call) {
    const e = { ...src, fd, origin: call.name, openedLine: call.ev.line, openedSeq: call.ev.seq };
    delete e.cloexec;
    delete e.inferred;
    if (src.pipe)
      e.pipe = { ...src.pipe };
    const s = this.socketOf(src);
    if (s)
      s.refs++;
    return e;
  }
  onDup(call, p, t, ok2) {
    const newFd = call.ret;
    const oldFd = call.fd(0);
    if (!ok2 || newFd === void 0 || newFd < 0 || oldFd === void 0)
      return;
    const src = p.fds.map.get(oldFd) ?? this.use(p, oldFd, call.fdInfo(0), call.ev);
    if (newFd === oldFd)
      return;
    const e = this.copyEntry(src, newFd, call);
    if (call.name === "dup3" && hasCloexec(call.names(2, "open-flags")))
      e.cloexec = true;
    const closed = [];
    this.install(p, e, call.ev.line, closed);
    this.learn(e, call.resultFdInfo());
    t.fds = [e];
    if (closed.length)
      t.closed = closed;
    t.fd = src;
  }
  onFcntl(call, p, t, ok2) {
    if (!ok2 || !t.fd)
      return;
    const cmd = call.names(1, "fcntl-cmd");
    if (cmd.has("F_DUPFD") || cmd.has("F_DUPFD_CLOEXEC")) {
      const newFd = call.ret;
      if (newFd === void 0 || newFd < 0)
        return;
      const e = this.copyEntry(t.fd, newFd, call);
      if (cmd.has("F_DUPFD_CLOEXEC"))
        e.cloexec = true;
      this.install(p, e, call.ev.line);
      t.fds = [e];
    } else if (cmd.has("F_SETFD")) {
      const v = call.names(2);
      t.fd.cloexec = v.has("FD_CLOEXEC") || (call.int(2) ?? 0) % 2 === 1;
    } else if (cmd.has("F_SETFL") && t.socket) {
      t.socket.info.nonBlocking = hasNonblock(call.names(2, "open-flags"));
    }
  }
  onClose(call, p, t) {
    const fd = call.fd(0);
    if (fd === void 0)
      return;
    if (call.errno === "EBADF")
      return;
    const old = this.closeFd(p, fd, call.ev.line);
    if (old) {
      t.closed = [old];
      t.fd = old;
    }
  }
  onCloseRange(call, p, t, ok2) {
    if (!ok2)
      return;
    const lo = call.int(0) ?? 0;
    const hi = call.int(1) ?? lo;
    const cloexecOnly = call.names(2).has("CLOSE_RANGE_CLOEXEC");
    t.closed = [];
    for (const fd of [...p.fds.map.keys()]) {
      if (fd < lo || fd > hi)
        continue;
      if (cloexecOnly)
        p.fds.map.get(fd).cloexec = true;
      else {
        const old = this.closeFd(p, fd, call.ev.line);
        if (old)
          t.closed.push(old);
      }
    }
  }
  onAnon(call, p, t) {
    const spec = ANON_CREATORS[call.name];
    const fd = call.ret;
    if (fd === void 0 || fd < 0)
      return;
    if ((call.name === "signalfd" || call.name === "signalfd4") && (call.int(0) ?? -1) >= 0)
      return;
    const e = this.newEntry(fd, spec.kind, call);
    if (spec.anon)
      e.anon = spec.anon.replace(/^\[|\]$/g, "");
    if (spec.flags !== void 0 && hasCloexec(call.names(spec.flags)))
      e.cloexec = true;
    if (call.name === "pidfd_open" || call.name === "pidfd_getfd")
      e.cloexec = true;
    if (call.name === "pidfd_open") {
      const target = call.int(0);
      if (target !== void 0)
        e.targetPid = target;
    }
    if (call.name === "memfd_create") {
      const n = call.str(0)?.value;
      if (n !== void 0)
        e.path = `/memfd:${n}`;
    }
    this.install(p, e, call.ev.line);
    this.learn(e, call.resultFdInfo());
    t.fd = e;
  }
  onClone(call, p, t) {
    const child = call.retPid;
    if (child === void 0 || child <= 0 || call.failed)
      return;
    if (this.format === "nanos") {
      const tids = p.info.tids ??= [];
      if (!tids.includes(child))
        tids.push(child);
      return;
    }
    p.forked = true;
    const flags = call.allNames();
    const thread = flags.has("CLONE_THREAD");
    const shareFiles = thread || flags.has("CLONE_FILES");
    let c = this.procs.get(child);
    if (c && !c.alive)
      c = void 0;
    if (!c) {
      c = {
        key: child,
        tgid: child,
        info: { pid: child, isThread: false, execs: [], firstLine: call.ev.line, lastLine: call.ev.line },
        fds: { map: /* @__PURE__ */ new Map(), users: 1 },
        alive: true
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
  adopt(c, parent, thread, share, call) {
    const closedEarly = c.unadopted?.closed ?? /* @__PURE__ */ new Set();
    delete c.unadopted;
    c.info.parent = parent.info.pid;
    if (!c.info.exe && parent.info.exe)
      c.info.exe = parent.info.exe;
    if (!c.info.argv && parent.info.argv)
      c.info.argv = [...parent.info.argv];
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
        if (!theirs || theirs.inferred && theirs.kind === "unknown")
          c.fds.map.set(fd, e);
      }
      return;
    }
    for (const [fd, e] of parent.fds.map) {
      const mine = own.get(fd);
      if (mine && !(mine.inferred && mine.kind === "unknown") || closedEarly.has(fd))
        continue;
      const copy = { ...e, origin: "inherited" };
      if (e.pipe)
        copy.pipe = { ...e.pipe };
      own.set(fd, copy);
      const s = this.socketOf(e);
      if (s) {
        s.refs++;
        s.inheritedBy.add(c.tgid);
        if (s.forks.length < 20 && !s.forks.some((f) => f.child === c.tgid))
          s.forks.push({ child: c.tgid, line: call.ev.line, seq: call.ev.seq });
        this.noteHolder(s, c, fd);
      }
    }
  }
  /**
   * wait4 returning a child's status: when the child's own exit line was never seen (strace
   * without -f), the status is all the trace says about how it ended.
   */
  onReap(call, p) {
    const c = this.procs.get(call.retPid);
    if (!c || c === p || c.info.exitCode !== void 0 || c.info.signal !== void 0)
      return;
    const status = call.arg(1) ?? "";
    const sig2 = /WTERMSIG\(s\) == (SIG[A-Z0-9_]+)/.exec(status)?.[1];
    const code = /WEXITSTATUS\(s\) == (\d+)/.exec(status)?.[1];
    if (sig2) {
      c.info.signal = sig2;
      if (/WCOREDUMP/.test(status))
        c.info.core = true;
    } else if (code !== void 0)
      c.info.exitCode = Number(code);
    else
      return;
    c.reaped = { line: call.ev.line, seq: call.ev.seq, by: p.key };
  }
  onExec(call, caller, t, ok2) {
    const p = ok2 && caller.info.isThread ? this.procs.get(caller.tgid) ?? caller : caller;
    const path = call.str(call.name === "execveat" ? 1 : 0)?.value ?? "";
    if (call.ev.status === "unfinished" || call.ev.status === "detached") {
      p.info.execs.push({ line: call.ev.line, path, ok: false });
      return;
    }
    p.info.execs.push({ line: call.ev.line, path, ok: ok2 });
    if (!ok2)
      return;
    const argv = call.array(call.name === "execveat" ? 2 : 1);
    if (argv)
      p.info.argv = argv.map((a) => {
        const s = parseStrText(a);
        return s ? s.value + (s.truncated ? "..." : "") : a;
      });
    p.info.exe = path;
    t.closed = [];
    for (const [fd, e] of [...p.fds.map]) {
      if (e.cloexec) {
        const old = this.closeFd(p, fd, call.ev.line);
        if (old)
          t.closed.push(old);
      }
    }
  }
  onSocketCall(call, p, t, ok2) {
    const s = t.socket;
    const name2 = call.name;
    const si = s.info;
    const ev = call.ev;
    if (READ_CALLS.has(name2))
      this.useSocket(s, p, ev, "read", call.errno);
    else if (WRITE_CALLS.has(name2))
      this.useSocket(s, p, ev, "write", call.errno);
    else
      this.useSocket(s, p, ev, "other", call.errno);
    if (name2 === "connect" || name2 === "connect_nocancel") {
      const ep = shownEndpoint(call.endpoint(1));
      const errno3 = call.errno;
      if (call.endpoint(1)?.family === "AF_UNSPEC")
        return;
      const pend = s.pending;
      if (pend && (ok2 || errno3 !== "EINPROGRESS" && errno3 !== "EALREADY" && errno3 !== "EAGAIN" && !/^(EINTR|ERESTART)/.test(errno3 ?? ""))) {
        pend.lines.push(ev.line);
        pend.events.push(ev.seq);
        if (ok2 || errno3 === "EISCONN")
          settle(s, pend, "connected");
        else {
          settle(s, pend, "failed");
          if (errno3)
            pend.errno = errno3;
        }
        t.connect = pend;
        delete s.pending;
      }
      if (ok2) {
        if (ep)
          si.peer = ep;
      } else if (errno3 === "EINPROGRESS" || errno3 === "EAGAIN" && si.family !== "AF_UNIX") {
        if (ep)
          si.peer = ep;
        s.pending = {
          fd: t.fd.fd,
          socketId: si.id,
          line: ev.line,
          seq: ev.seq,
          state: "in-progress",
          lines: [],
          events: [],
          ...ep ? { endpoint: ep } : {},
          ...p.key ? { pid: p.key } : {}
        };
        t.connect = s.pending;
      }
    } else if (name2 === "bind" && ok2) {
      const ep = shownEndpoint(call.endpoint(1));
      if (ep)
        si.local = ep;
    } else if (name2 === "listen" && ok2) {
      si.listening = true;
    } else if (name2 === "getsockname" && ok2) {
      const ep = shownEndpoint(call.endpoint(1));
      if (ep && !(ep.family === "AF_UNIX" && !ep.path))
        si.local = ep;
    } else if (name2 === "getpeername" && ok2) {
      const ep = shownEndpoint(call.endpoint(1));
      if (ep)
        si.peer = ep;
    } else if (name2 === "getsockopt" && ok2 && s.pending && call.names(2).has("SO_ERROR")) {
      const v = call.arg(3) ?? "";
      const pend = s.pending;
      pend.lines.push(ev.line);
      pend.events.push(ev.seq);
      const m = /^\[(.*)\]$/.exec(v.trim());
      if (m) {
        const inner = m[1].trim();
        if (inner === "0")
          settle(s, pend, "connected");
        else {
          settle(s, pend, "failed");
          const n = parseIntText(inner);
          pend.errno = /^[A-Z]/.test(inner) ? inner : (n !== void 0 ? errnoInfo(this.os, n)?.name : void 0) ?? `errno ${inner}`;
        }
        t.connect = pend;
        delete s.pending;
      }
    } else if (name2 === "ioctl" && ok2 && call.names(1).has("FIONBIO")) {
      si.nonBlocking = /\[\s*[1-9]/.test(call.arg(2) ?? "");
    }
    if (s.pending && s.pending.line !== ev.line && (READ_CALLS.has(name2) || WRITE_CALLS.has(name2))) {
      const pend = s.pending;
      pend.lines.push(ev.line);
      pend.events.push(ev.seq);
      if (ok2)
        settle(s, pend, "connected");
      else if (call.errno && call.errno !== "EAGAIN") {
        settle(s, pend, "failed");
        pend.errno = call.errno;
      }
      t.connect = pend;
      if (pend.state !== "in-progress")
        delete s.pending;
    }
  }
  /**
   * poll/select results for sockets with a connect in progress: POLLERR/POLLHUP says it
   * failed, a timeout says nothing came back in time.
   */
  onWait(call, p) {
    const name2 = call.name;
    if (!/^(poll|ppoll|select|pselect6|_newselect|select_nocancel|poll_nocancel)$/.test(name2))
      return void 0;
    const ret = call.ev.ret;
    if (!ret)
      return void 0;
    const tail = `${ret.text} ${(ret.notes ?? []).join(" ")}`;
    let found;
    const mark = (fd, outcome) => {
      const s = this.socketOf(p.fds.map.get(fd));
      const pend = s?.pending;
      if (!s || !pend)
        return;
      pend.lines.push(call.ev.line);
      pend.events.push(call.ev.seq);
      if (outcome === "error")
        settle(s, pend, "failed");
      else if (outcome === "timeout")
        settle(s, pend, "timed-out");
      found = pend;
    };
    if (ret.value === 0) {
      for (const m of call.ev.args.matchAll(/fd=(\d+)/g))
        mark(Number(m[1]), "timeout");
      if (name2.includes("select")) {
        for (const m of (call.arg(2) ?? "").matchAll(/(\d+)/g))
          mark(Number(m[1]), "timeout");
      }
      return found;
    }
    for (const m of tail.matchAll(/\{fd=(\d+)(?:<[^>]*>)?, revents=([A-Z|]+)\}/g)) {
      const err = /POLLERR|POLLHUP|POLLNVAL/.test(m[2]);
      mark(Number(m[1]), err ? "error" : "ready");
    }
    return found;
  }
};

// dist/src/analyze/detectors/dns.js
var RCODES = {
  1: ["FORMERR", "the server could not understand the query"],
  2: ["SERVFAIL", "the server failed to get an answer (its upstream resolvers failed or DNSSEC validation failed)"],
  3: ["NXDOMAIN", "the name does not exist"],
  4: ["NOTIMP", "the server does not support this kind of query"],
  5: ["REFUSED", "the server refused to answer (policy: not a resolver for this client)"]
};
var QTYPES = { 1: "A", 28: "AAAA", 5: "CNAME", 15: "MX", 16: "TXT", 33: "SRV", 12: "PTR", 2: "NS", 6: "SOA", 65: "HTTPS" };
function parseDns(bytes, truncated) {
  if (bytes.length < 12)
    return void 0;
  const b = (i2) => bytes[i2] ?? 0;
  const msg3 = {
    id: b(0) << 8 | b(1),
    response: (b(2) & 128) !== 0,
    rcode: b(3) & 15,
    answers: b(6) << 8 | b(7)
  };
  const qd = b(4) << 8 | b(5);
  if (qd < 1)
    return msg3;
  const labels = [];
  let i = 12;
  let complete = false;
  let cut = false;
  while (i < bytes.length) {
    const len = b(i);
    if (len === 0) {
      complete = true;
      i++;
      break;
    }
    if (len > 63)
      break;
    const label = bytes.slice(i + 1, i + 1 + len);
    labels.push(String.fromCharCode(...label));
    if (i + 1 + len > bytes.length) {
      cut = true;
      break;
    }
    i += 1 + len;
  }
  if (labels.length)
    msg3.name = labels.join(".") + (!complete && cut && truncated ? "\u2026" : "");
  if (complete && i + 2 <= bytes.length)
    msg3.qtype = b(i) << 8 | b(i + 1);
  return msg3;
}
function payloads(call, sock) {
  const out = [];
  const text = call.ev.args;
  if (/msg/.test(call.name)) {
    for (const m of text.matchAll(/iov_base=("(?:[^"\\]|\\[\s\S])*"(?:\.\.\.)?)/g)) {
      const s = parseStrText(m[1]);
      if (s)
        out.push({ bytes: s.bytes, truncated: s.truncated });
    }
  } else {
    const s = call.str(1);
    if (s)
      out.push({ bytes: s.bytes, truncated: s.truncated });
  }
  if (sock?.info.type === "SOCK_STREAM")
    for (const p of out)
      p.bytes = p.bytes.slice(2);
  return out;
}
var isDns = (ep) => epPort(ep) === 53;
var MAX_LOOKUPS = 100;
var DnsRun = class {
  ctx;
  socks = /* @__PURE__ */ new Map();
  lookups = /* @__PURE__ */ new Map();
  constructor(ctx) {
    this.ctx = ctx;
  }
  lookup(name2, o, server) {
    let l = this.lookups.get(name2);
    if (!l) {
      if (this.lookups.size >= MAX_LOOKUPS)
        return void 0;
      l = { name: name2, proc: o.proc.info, queries: [], outcomes: [], answered: false, types: /* @__PURE__ */ new Set() };
      if (server)
        l.server = server;
      this.lookups.set(name2, l);
    }
    return l;
  }
  failPending(ds, o, out) {
    for (const n of ds.pending)
      this.lookups.get(n)?.outcomes.push(out);
    if (out.kind === "poll-error")
      ds.erred = new Set(ds.pending);
    if (out.kind !== "timeout")
      ds.pending.clear();
  }
  observe(o) {
    const call = o.call;
    if (!call || !o.proc)
      return;
    const ev = call.ev;
    const sock = o.sock;
    const id = sock?.info.id;
    for (const c of o.analyzed.closed ?? []) {
      const ds2 = c.socketId ? this.socks.get(c.socketId) : void 0;
      if (!ds2)
        continue;
      const s = this.ctx.tracker.socketOf(c);
      if (!s || s.refs <= 0) {
        this.failPending(ds2, o, { kind: "no-reply", line: ev.line, seq: ev.seq });
        this.socks.delete(c.socketId);
      }
    }
    if (/^(poll|ppoll|select|pselect6|epoll_wait|epoll_pwait)$/.test(call.name) && ev.ret?.value === 0) {
      for (const m of ev.args.matchAll(/fd=(\d+)/g)) {
        const s = this.ctx.tracker.socketOf(this.ctx.tracker.lookup(o.proc.key, Number(m[1])));
        const ds2 = s ? this.socks.get(s.info.id) : void 0;
        if (ds2?.pending.size)
          this.failPending(ds2, o, { kind: "timeout", line: ev.line, seq: ev.seq });
      }
      return;
    }
    if (/^(poll|ppoll)$/.test(call.name) && (ev.ret?.value ?? 0) > 0) {
      const tail = `${ev.ret.text} ${(ev.ret.notes ?? []).join(" ")}`;
      for (const m of tail.matchAll(/\{fd=(\d+)(?:<[^>]*>)?, revents=([A-Z|]+)\}/g)) {
        if (!/POLLERR/.test(m[2]))
          continue;
        const s = this.ctx.tracker.socketOf(this.ctx.tracker.lookup(o.proc.key, Number(m[1])));
        const ds2 = s ? this.socks.get(s.info.id) : void 0;
        if (ds2?.pending.size)
          this.failPending(ds2, o, { kind: "poll-error", line: ev.line, seq: ev.seq });
      }
      return;
    }
    if (!sock || !id)
      return;
    if (call.name === "connect") {
      const ep = call.endpoint(1);
      if (!isDns(ep))
        return;
      const ds2 = { server: ep, pending: /* @__PURE__ */ new Set() };
      this.socks.set(id, ds2);
      if (call.failed && call.errno !== "EINPROGRESS") {
        const l = this.lookup(`(lookup via ${endpointText(ep)})`, o, ep);
        l?.outcomes.push({ kind: "error", errno: call.errno, line: ev.line, seq: ev.seq, where: "connect" });
      }
      return;
    }
    const dest = call.name === "sendto" ? call.endpoint(4) : void 0;
    let ds = this.socks.get(id);
    if (!ds && (isDns(dest) || isDns(sock.info.peer))) {
      ds = { pending: /* @__PURE__ */ new Set() };
      const server = dest ?? sock.info.peer;
      if (server)
        ds.server = server;
      this.socks.set(id, ds);
    }
    if (!ds)
      return;
    if (WRITE_CALLS.has(call.name)) {
      const msgs = payloads(call, sock).map((p) => parseDns(p.bytes, p.truncated)).filter((m) => !!m && !m.response);
      const names3 = msgs.map((m) => m.name ?? `(query ${String(m.id)})`);
      if (names3.length === 0)
        names3.push(`(lookup via ${endpointText(ds.server)})`);
      for (const [i, n] of names3.entries()) {
        const l = this.lookup(n, o, ds.server);
        if (!l)
          continue;
        const qtype = msgs[i]?.qtype;
        if (qtype !== void 0)
          l.types.add(QTYPES[qtype] ?? `type ${String(qtype)}`);
        l.queries.push({ line: ev.line, seq: ev.seq });
        if (call.failed)
          l.outcomes.push({ kind: "error", errno: call.errno, line: ev.line, seq: ev.seq, where: "send" });
        else
          ds.pending.add(n);
      }
      return;
    }
    if (READ_CALLS.has(call.name)) {
      if (call.failed) {
        const errno3 = call.errno;
        if (errno3 === "EAGAIN" || errno3 === "EWOULDBLOCK" || errno3 === "EINTR")
          return;
        const out = { kind: "error", errno: errno3, line: ev.line, seq: ev.seq, where: "receive" };
        if (ds.pending.size === 0 && ds.erred)
          for (const n of ds.erred)
            this.lookups.get(n)?.outcomes.push(out);
        delete ds.erred;
        this.failPending(ds, o, out);
        return;
      }
      for (const p of payloads(call, sock)) {
        const m = parseDns(p.bytes, p.truncated);
        if (!m?.response)
          continue;
        const name2 = m.name ?? [...ds.pending][0];
        if (!name2)
          continue;
        const l = this.lookups.get(name2) ?? this.lookup(name2, o, ds.server);
        if (!l)
          continue;
        ds.pending.delete(name2);
        if (m.rcode === 0 && m.answers > 0)
          l.answered = true;
        else if (m.rcode === 0)
          l.outcomes.push({ kind: "nodata", line: ev.line, seq: ev.seq });
        else
          l.outcomes.push({ kind: "rcode", rcode: m.rcode, line: ev.line, seq: ev.seq });
      }
    }
  }
  finish() {
    const out = [];
    for (const l of this.lookups.values()) {
      if (l.answered || l.outcomes.length === 0)
        continue;
      const worst = l.outcomes.find((x) => x.kind === "rcode") ?? l.outcomes.find((x) => x.kind === "error") ?? l.outcomes.find((x) => x.kind === "poll-error") ?? l.outcomes.find((x) => x.kind === "timeout") ?? l.outcomes.find((x) => x.kind === "no-reply") ?? l.outcomes[0];
      const via = l.server ? ` via ${epLabel(l.server)}` : "";
      const server = l.server ? endpointText(l.server) : "the DNS server";
      let what;
      let hint;
      switch (worst.kind) {
        case "rcode": {
          const [nm, meaning] = RCODES[worst.rcode] ?? [`RCODE ${String(worst.rcode)}`, "the server reported an error"];
          what = `the server answered ${nm}: ${meaning}`;
          hint = worst.rcode === 3 ? "Check the spelling of the host name and the search domains in /etc/resolv.conf; the name may only exist in another network or in /etc/hosts elsewhere." : `Check the DNS server at ${server} and the resolvers it forwards to.`;
          break;
        }
        case "nodata":
          what = "the server answered, but with no address records for the name";
          hint = "The name exists without A/AAAA records: check the DNS zone, or whether the program asks for the right record type.";
          break;
        case "error":
          what = `${worst.where === "connect" ? "connecting to" : worst.where === "send" ? "sending the query to" : "waiting for the reply from"} ${server} failed with ${worst.errno}` + (worst.errno === "ECONNREFUSED" ? ": no DNS server is listening at that address" : worst.errno === "ENETUNREACH" ? ": the network is unreachable" : "");
          hint = `Check the nameserver lines in /etc/resolv.conf and that a DNS server really listens on ${server} (systemd-resolved, Docker's DNS, the network's resolver).`;
          break;
        case "poll-error":
          what = `waiting for the reply, poll reported an error on the socket (POLLERR): ${server} sent back an ICMP error, usually "port unreachable" \u2014 no DNS server is listening there`;
          hint = `Check the nameserver lines in /etc/resolv.conf and that a DNS server really listens on ${server} (systemd-resolved, Docker's DNS, the network's resolver).`;
          break;
        case "timeout":
          what = `no reply came back from ${server} before the resolver's timeout`;
          hint = `Check that ${server} is reachable from here (network, firewall, VPN) and that it answers; see /etc/resolv.conf.`;
          break;
        default:
          what = `the socket was closed without any reply from ${server}`;
          hint = `Check that ${server} is reachable and answers; see /etc/resolv.conf.`;
      }
      const types = l.types.size ? ` (${[...l.types].join(" and ")} record${l.types.size > 1 ? "s" : ""})` : "";
      const named2 = l.name.startsWith("(") ? "A DNS lookup" : `Looking up ${l.name}${types}`;
      const didWithout = endedWell(l.proc, this.ctx.tracker);
      if (didWithout) {
        what += `; ${procName(l.proc)} still exited with status 0, so it did without this answer (from /etc/hosts, another record type or another server)`;
      }
      const f = {
        id: "dns-lookup-failed",
        severity: didWithout ? "info" : "error",
        title: l.name.startsWith("(") ? `DNS lookup via ${server} failed` : `DNS lookup of ${l.name} failed`,
        explanation: `${named2}${via} by ${procName(l.proc)} failed: ${what}.${l.queries.length > 1 ? ` It was asked ${String(l.queries.length)} times.` : ""}`,
        hint,
        lines: lineList(...l.queries.slice(0, 4).map((q) => q.line), ...l.outcomes.slice(0, 4).map((x) => x.line)),
        events: [.../* @__PURE__ */ new Set([...l.queries.slice(0, 4).map((q) => q.seq), ...l.outcomes.slice(0, 4).map((x) => x.seq)])].sort((a, b) => a - b)
      };
      const pid = pidOf(l.proc);
      if (pid !== void 0)
        f.pid = pid;
      out.push(f);
    }
    return out;
  }
};
var dnsLookupFailed = {
  ids: ["dns-lookup-failed"],
  create: (ctx) => new DnsRun(ctx)
};

// dist/src/analyze/detectors/paths.js
var PATH_ARG = {
  open: 0,
  open_nocancel: 0,
  creat: 0,
  openat: 1,
  openat_nocancel: 1,
  openat2: 1,
  stat: 0,
  lstat: 0,
  stat64: 0,
  lstat64: 0,
  newfstatat: 1,
  fstatat: 1,
  fstatat64: 1,
  statx: 1,
  access: 0,
  faccessat: 1,
  faccessat2: 1,
  readlink: 0,
  readlinkat: 1,
  execve: 0,
  execveat: 1,
  chdir: 0,
  chroot: 0,
  mkdir: 0,
  mkdirat: 1,
  rmdir: 0,
  unlink: 0,
  unlinkat: 1,
  rename: 0,
  renameat: 1,
  renameat2: 1,
  link: 0,
  linkat: 1,
  symlink: 1,
  symlinkat: 2,
  chmod: 0,
  fchmodat: 1,
  chown: 0,
  lchown: 0,
  fchownat: 1,
  truncate: 0,
  utimensat: 1,
  utimes: 0,
  mknod: 0,
  mknodat: 1,
  statfs: 0,
  statfs64: 0,
  getxattr: 0,
  lgetxattr: 0,
  listxattr: 0,
  llistxattr: 0,
  inotify_add_watch: 1,
  getattrlist: 0,
  stat64_extended: 0,
  lstat64_extended: 0,
  open_extended: 0,
  posix_spawn: 1,
  uselib: 0,
  swapon: 0,
  mount: 1,
  umount2: 0,
  pivot_root: 0
};
var LOOK_ONLY = /* @__PURE__ */ new Set([
  "stat",
  "lstat",
  "stat64",
  "lstat64",
  "newfstatat",
  "fstatat",
  "fstatat64",
  "statx",
  "access",
  "faccessat",
  "faccessat2",
  "readlink",
  "readlinkat",
  "getxattr",
  "lgetxattr",
  "listxattr",
  "llistxattr",
  "getattrlist",
  "stat64_extended",
  "lstat64_extended",
  "statfs",
  "statfs64"
]);
function looksOnly(call) {
  if (LOOK_ONLY.has(call.name))
    return true;
  const open = OPEN_CALLS[call.name];
  return open !== void 0 && call.names(open.flags, "open-flags").has("O_DIRECTORY");
}
function baseName(path) {
  const p = path.replace(/\/+$/, "");
  return p.slice(p.lastIndexOf("/") + 1);
}
function cleanPath(p) {
  return p.replace(/\0+$/, "");
}
function callPath(call, dirPath = () => void 0) {
  const i = PATH_ARG[call.name];
  if (i === void 0)
    return void 0;
  if (call.str(i)?.value === "")
    return void 0;
  const s = call.absPath(i, dirPath);
  if (s === void 0)
    return void 0;
  const p = cleanPath(s);
  return p === "" ? void 0 : p;
}
function pathFailure(call, dirPath) {
  const errno3 = call.errno;
  if (errno3 !== "ENOENT" && errno3 !== "ENOTDIR")
    return void 0;
  const path = callPath(call, dirPath);
  if (path === void 0)
    return void 0;
  const out = { path, errno: errno3 };
  const probe = call.name === "execve" || call.name === "execveat" ? void 0 : probeKind(path);
  if (probe)
    out.probe = probe;
  return out;
}
function searchKey(proc, path) {
  return `${String(pidOf(proc) ?? "")}\0${baseName(path)}`;
}
function namedOnCommandLine(m) {
  return m.proc.argv?.slice(1).includes(m.path) ?? false;
}
var MAX_PATHS = 500;
var FAILED_ONLY = " The trace holds failed calls only (strace -Z or -e status=failed), so a later attempt that found it would not show: this may be one step of a search that succeeded.";
var INJECTED = " strace injected this error (-e inject=...): it is a test, not a real failure.";
function toleratedFinding(groups) {
  const proc = groups[0][0].proc;
  const names3 = groups.map((g) => g.length > 1 ? `${baseName(g[0].path)} (looked in ${String(g.length)} places)` : g[0].path);
  const n = names3.length;
  const shown = n <= 3 ? names3.join(", ") : `${names3.slice(0, 2).join(", ")} and ${String(n - 2)} more`;
  const all = groups.flat();
  const f = {
    id: "missing-file",
    severity: "info",
    title: n === 1 ? `file not found: ${shown}` : `files not found: ${shown}`,
    explanation: `${procName(proc)} looked for ${n === 1 ? "a file" : `${String(n)} files`} that ${n === 1 ? "does" : "do"} not exist (${names3.slice(0, 12).join(", ")}${n > 12 ? ", \u2026" : ""}) and still exited with status 0: it treats ${n === 1 ? "it" : "them"} as optional.`,
    hint: "Only a concern if the program behaved differently than expected: these paths are where it looked for optional files.",
    lines: lineList(...all.flatMap((g) => g.lines).slice(0, 10)),
    events: all.flatMap((g) => g.events).slice(0, 10)
  };
  const pid = pidOf(proc);
  if (pid !== void 0)
    f.pid = pid;
  return f;
}
function missingFinding(group, failedOnly) {
  const m = group[0];
  const isExec = m.syscall === "execve" || m.syscall === "execveat";
  const asked = namedOnCommandLine(m);
  const what = isExec ? "run" : m.lookOnly ? "look up" : "open";
  const count = group.reduce((n, g) => n + g.count, 0);
  const injected = group.some((g) => g.injected);
  const searched = group.length > 1;
  const name2 = baseName(m.path);
  const lines = group.flatMap((g) => g.lines).slice(0, 10);
  const f = {
    id: "missing-file",
    severity: injected || failedOnly ? "info" : isExec ? "error" : "warning",
    title: searched ? `${isExec ? "program" : "file"} not found: ${name2} (looked in ${String(group.length)} places)` : `${isExec ? "program" : "file"} not found: ${m.path}`,
    explanation: (searched ? `${procName(m.proc)} looked for ${name2} in ${String(group.length)} places (${m.syscall}) and found it in none: ${group.map((g) => g.path).join(", ")} (${m.errno}).` : `${procName(m.proc)} tried to ${what} ${m.path} (${m.syscall}) and got ${m.errno}: ` + (m.errno === "ENOTDIR" ? "a component of the path is not a directory." : "it does not exist.")) + (count > group.length ? ` It tried ${String(count)} times.` : "") + (asked ? " The path was given on its command line." : "") + (injected ? INJECTED : "") + (failedOnly ? FAILED_ONLY : ""),
    hint: isExec ? "Install the program or fix the path / PATH the caller uses." : "Check that the path is right (working directory, configuration) and that the file was created before this point.",
    lines: lineList(...lines),
    events: group.flatMap((g) => g.events).slice(0, 10)
  };
  const pid = pidOf(m.proc);
  if (pid !== void 0)
    f.pid = pid;
  return f;
}
var MissingFileRun = class {
  ctx;
  constructor(ctx) {
    this.ctx = ctx;
  }
  misses = /* @__PURE__ */ new Map();
  denied = /* @__PURE__ */ new Map();
  execOk = /* @__PURE__ */ new Set();
  /** pid + name of each pending miss, and those the same process then found in another directory. */
  wanted = /* @__PURE__ */ new Set();
  foundElsewhere = /* @__PURE__ */ new Set();
  /** A trace of failed calls only (strace -Z) cannot show that a search found its file later. */
  sawSuccess = false;
  observe(o) {
    const call = o.call;
    const proc = o.proc;
    if (!call || !proc)
      return;
    if (!this.sawSuccess && !call.failed && call.ev.status === "complete")
      this.sawSuccess = true;
    if (PATH_ARG[call.name] === void 0)
      return;
    const dirPath = (fd) => proc.fds.map.get(fd)?.path;
    if (!call.failed && call.ev.status === "complete") {
      const isExec = call.name === "execve" || call.name === "execveat";
      if (!isExec && this.misses.size === 0 && this.denied.size === 0)
        return;
      const path = callPath(call, dirPath);
      if (path === void 0)
        return;
      this.misses.delete(path);
      if (this.wanted.size > 0) {
        const key = searchKey(proc.info, path);
        if (this.wanted.has(key))
          this.foundElsewhere.add(key);
      }
      if (this.denied.get(path)?.lookOnly)
        this.denied.delete(path);
      if (isExec)
        this.execOk.add(baseName(path));
      return;
    }
    const errno3 = call.errno;
    if (errno3 === "EACCES" || errno3 === "EPERM") {
      const path = callPath(call, dirPath);
      if (path !== void 0)
        this.note(this.denied, path, errno3, call, proc.info);
      return;
    }
    const pf = o.pathFailure;
    if (!pf || pf.probe)
      return;
    this.note(this.misses, pf.path, pf.errno, call, proc.info);
  }
  note(map, path, errno3, call, proc) {
    const m = map.get(path);
    if (m) {
      m.count++;
      if (!looksOnly(call)) {
        m.lookOnly = false;
        m.syscall = call.name;
      }
      if (m.lines.length < 5) {
        m.lines.push(...callLines(call.ev));
        m.events.push(call.ev.seq);
      }
      return;
    }
    if (map.size >= MAX_PATHS)
      return;
    map.set(path, {
      path,
      errno: errno3,
      syscall: call.name,
      proc,
      lines: callLines(call.ev),
      events: [call.ev.seq],
      count: 1,
      lookOnly: looksOnly(call),
      injected: call.injected
    });
    if (map === this.misses)
      this.wanted.add(searchKey(proc, path));
  }
  finish() {
    const out = [];
    const searches = /* @__PURE__ */ new Map();
    for (const m of this.misses.values()) {
      const isExec = m.syscall === "execve" || m.syscall === "execveat";
      if (isExec && this.execOk.has(baseName(m.path)))
        continue;
      if (m.lookOnly && !namedOnCommandLine(m))
        continue;
      const key = searchKey(m.proc, m.path);
      if (this.foundElsewhere.has(key))
        continue;
      const group = searches.get(`${key}\0${String(isExec)}`);
      if (group)
        group.push(m);
      else
        searches.set(`${key}\0${String(isExec)}`, [m]);
    }
    const tolerated = /* @__PURE__ */ new Map();
    for (const group of searches.values()) {
      const m = group[0];
      const isExec = m.syscall === "execve" || m.syscall === "execveat";
      if (!isExec && endedWell(m.proc, this.ctx.tracker) && !namedOnCommandLine(m) && !group.some((g) => g.injected)) {
        const list2 = tolerated.get(m.proc);
        if (list2)
          list2.push(group);
        else
          tolerated.set(m.proc, [group]);
      } else
        out.push(missingFinding(group, !this.sawSuccess));
    }
    for (const groups of tolerated.values())
      out.push(toleratedFinding(groups));
    for (const m of this.denied.values()) {
      if (m.lookOnly && !namedOnCommandLine(m) && this.execOk.has(baseName(m.path)))
        continue;
      const f = {
        id: "permission-denied",
        severity: m.injected ? "info" : m.lookOnly ? "warning" : "error",
        title: `permission denied: ${m.path}`,
        explanation: `${procName(m.proc)} was refused access to ${m.path} (${m.syscall} \u2192 ${m.errno}): ` + (m.errno === "EACCES" ? "the file or a directory on its path does not grant this user the needed permission." : "the operation is not permitted for this process (ownership, capabilities, or a security policy).") + (m.count > 1 ? ` It happened ${String(m.count)} times.` : "") + (m.injected ? INJECTED : ""),
        hint: "Check ownership and mode of the file and each directory above it (`namei -l PATH`), the user the program runs as, and SELinux/AppArmor denials.",
        lines: lineList(...m.lines),
        events: m.events
      };
      const pid = pidOf(m.proc);
      if (pid !== void 0)
        f.pid = pid;
      out.push(f);
    }
    return out;
  }
};
var missingFile = {
  ids: ["missing-file", "permission-denied"],
  create: (ctx) => new MissingFileRun(ctx)
};

// dist/src/analyze/detectors/privileged.js
var NEEDS = {
  kill: "to signal a process of another user it needs the same user id or CAP_KILL",
  tkill: "to signal a thread of another user it needs the same user id or CAP_KILL",
  tgkill: "to signal a thread of another user it needs the same user id or CAP_KILL",
  ptrace: "tracing another process needs the same user id and a permissive kernel.yama.ptrace_scope, or CAP_SYS_PTRACE",
  socket: "raw and packet sockets need CAP_NET_RAW",
  setuid: "changing user ids needs CAP_SETUID",
  setgid: "changing group ids needs CAP_SETGID",
  setresuid: "changing user ids needs CAP_SETUID",
  setresgid: "changing group ids needs CAP_SETGID",
  setgroups: "changing supplementary groups needs CAP_SETGID",
  chroot: "chroot needs CAP_SYS_CHROOT",
  mount: "mounting needs CAP_SYS_ADMIN (or a user namespace that allows it)",
  umount2: "unmounting needs CAP_SYS_ADMIN",
  unshare: "new namespaces need CAP_SYS_ADMIN, or unprivileged user namespaces enabled",
  setns: "joining namespaces needs CAP_SYS_ADMIN",
  prlimit64: "raising a hard resource limit needs CAP_SYS_RESOURCE",
  setrlimit: "raising a hard resource limit needs CAP_SYS_RESOURCE",
  sethostname: "changing the host name needs CAP_SYS_ADMIN",
  capset: "gaining capabilities needs them in the permitted set",
  bpf: "loading BPF programs needs CAP_BPF/CAP_SYS_ADMIN",
  perf_event_open: "perf events are limited by kernel.perf_event_paranoid or need CAP_PERFMON",
  init_module: "loading kernel modules needs CAP_SYS_MODULE",
  finit_module: "loading kernel modules needs CAP_SYS_MODULE",
  reboot: "rebooting needs CAP_SYS_BOOT",
  iopl: "I/O port access needs CAP_SYS_RAWIO",
  ioperm: "I/O port access needs CAP_SYS_RAWIO",
  sched_setscheduler: "real-time scheduling needs CAP_SYS_NICE or an RLIMIT_RTPRIO",
  setpriority: "raising priority needs CAP_SYS_NICE",
  mlock: "locking memory beyond RLIMIT_MEMLOCK needs CAP_IPC_LOCK",
  mlockall: "locking memory beyond RLIMIT_MEMLOCK needs CAP_IPC_LOCK"
};
var OPTIONAL = /* @__PURE__ */ new Set(["setpriority", "sched_setscheduler", "prlimit64", "setrlimit", "mlock", "mlockall", "perf_event_open", "capset"]);
var PrivilegedRun = class {
  denied = /* @__PURE__ */ new Map();
  observe(o) {
    const call = o.call;
    if (!call || !o.proc || !(call.name in NEEDS))
      return;
    const errno3 = call.errno;
    if (errno3 !== "EPERM" && errno3 !== "EACCES")
      return;
    const key = `${String(o.proc.tgid)}|${call.name}|${errno3}`;
    const d = this.denied.get(key);
    if (d) {
      d.count++;
      if (d.events.length < 5) {
        d.lines.push(...callLines(call.ev));
        d.events.push(call.ev.seq);
      }
      return;
    }
    if (this.denied.size >= 100)
      return;
    let need = NEEDS[call.name];
    if (call.name === "socket" && !/SOCK_RAW|SOCK_PACKET|AF_PACKET/.test(call.ev.args) && !call.names(1, "socktype").has("SOCK_RAW")) {
      need = "a security policy (SELinux, AppArmor, seccomp, a container profile) refused to create this kind of socket";
    }
    this.denied.set(key, {
      syscall: call.name,
      need,
      errno: errno3,
      proc: o.proc.info,
      args: call.ev.args.slice(0, 60),
      lines: callLines(call.ev),
      events: [call.ev.seq],
      count: 1,
      injected: call.injected
    });
  }
  finish() {
    return [...this.denied.values()].map((d) => {
      const f = {
        id: "permission-denied",
        severity: d.injected || OPTIONAL.has(d.syscall) ? "info" : "warning",
        title: `${d.syscall}() not permitted: ${d.errno}`,
        explanation: `${procName(d.proc)} was not allowed to ${d.syscall}(${d.args}${d.args.length >= 60 ? "\u2026" : ""}): ${d.errno}. ${d.need.replace(/^./, (c) => c.toUpperCase())}.` + (d.count > 1 ? ` It happened ${String(d.count)} times.` : "") + (d.injected ? " strace injected this error (-e inject=...): it is a test, not a real failure." : ""),
        hint: "Run it with the needed privilege (the user, a capability via setcap or the container/service settings), or check the security policy that refuses it.",
        lines: lineList(...d.lines),
        events: d.events
      };
      const pid = pidOf(d.proc);
      if (pid !== void 0)
        f.pid = pid;
      return f;
    });
  }
};
var privilegeDenied = {
  ids: ["permission-denied"],
  create: () => new PrivilegedRun()
};

// dist/src/analyze/detectors/pipe.js
var BrokenPipeRun = class {
  byKey = /* @__PURE__ */ new Map();
  /** Last EPIPE per process, to attach the SIGPIPE that follows it. */
  last = /* @__PURE__ */ new Map();
  observe(o) {
    const ev = o.analyzed.event;
    const p = o.proc;
    if (!p)
      return;
    if (ev.type === "signal" && ev.signal === "SIGPIPE") {
      const b2 = this.last.get(p.key);
      if (b2 && !b2.sigpipe) {
        b2.sigpipe = { line: ev.line, seq: ev.seq };
        b2.ignored = false;
      }
      return;
    }
    const call = o.call;
    if (!call || call.errno !== "EPIPE" || !WRITE_CALLS.has(call.name))
      return;
    const fd = o.analyzed.fd;
    const key = `${String(p.tgid)}:${String(fd?.fd ?? "?")}`;
    let b = this.byKey.get(key);
    if (!b) {
      if (this.byKey.size >= 100)
        return;
      b = { proc: p.info, what: fdWords(fd, o.analyzed.socket), count: 0, lines: [], events: [], ignored: true };
      this.byKey.set(key, b);
    }
    b.count++;
    if (b.lines.length < 3) {
      b.lines.push(...callLines(call.ev));
      b.events.push(ev.seq);
    }
    this.last.set(p.key, b);
  }
  finish() {
    const out = [];
    for (const b of this.byKey.values()) {
      const killed = b.proc.signal === "SIGPIPE";
      const parts = [
        `${procName(b.proc)} wrote to ${b.what} after the other end was closed, and the write failed with EPIPE${b.count > 1 ? ` (${String(b.count)} times)` : ""}.`
      ];
      if (killed)
        parts.push("SIGPIPE then killed the process.");
      else if (b.sigpipe)
        parts.push("SIGPIPE was delivered and handled.");
      else
        parts.push("No SIGPIPE was delivered (it is ignored, or the write used MSG_NOSIGNAL), so the program saw the error itself.");
      const f = {
        id: "broken-pipe",
        severity: "warning",
        title: `broken pipe writing ${b.what}`,
        explanation: parts.join(" "),
        hint: "The reader went away first: check why it exited or closed the connection. With a reader like `head` this is normal.",
        lines: lineList(...b.lines, b.sigpipe?.line),
        events: [...b.events, ...b.sigpipe ? [b.sigpipe.seq] : []].sort((x, y) => x - y)
      };
      const pid = pidOf(b.proc);
      if (pid !== void 0)
        f.pid = pid;
      out.push(f);
    }
    return out;
  }
};
var brokenPipe = {
  ids: ["broken-pipe"],
  create: () => new BrokenPipeRun()
};

// dist/src/analyze/exit-status.js
var BY_PROGRAM = {
  timeout: {
    124: "the command it ran did not finish within the time limit and was stopped",
    125: "timeout itself failed",
    126: "the command was found but could not be run",
    127: "the command was not found",
    137: "the command was killed with SIGKILL (timeout -s KILL or -k)"
  },
  curl: {
    3: "the URL was malformed",
    6: "the host name could not be resolved",
    7: "it could not connect to the host (refused, unreachable or timed out)",
    22: "the server answered with an HTTP error (--fail)",
    28: "the operation timed out",
    35: "the TLS handshake failed",
    52: "the server closed the connection without replying",
    56: "receiving data failed (connection reset)",
    60: "the server certificate could not be verified"
  },
  grep: { 1: "no line matched (not an error)", 2: "an error occurred (a file could not be read, or a bad pattern)" },
  psql: { 1: "a fatal error of its own (out of memory, file not found)", 2: "the connection to the server failed or went bad", 3: "an error in a script run with ON_ERROR_STOP" },
  ssh: { 255: "ssh itself failed (connection, authentication or configuration), not the remote command" },
  git: { 128: "git stopped with a fatal error (see its stderr)", 129: "git was called with bad options" },
  diff: { 1: "the inputs differ (not an error)", 2: "an error occurred" },
  cmp: { 1: "the inputs differ (not an error)", 2: "an error occurred" },
  test: { 1: "the condition was false (not an error)" },
  "[": { 1: "the condition was false (not an error)" }
};
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "zsh", "ksh", "ash", "busybox", "fish"]);
function exitMeaning(name2, code, os) {
  const own = name2 !== void 0 ? BY_PROGRAM[name2]?.[code] : void 0;
  if (own)
    return own;
  const shell = name2 !== void 0 && SHELLS.has(name2);
  if (shell && code === 127)
    return "a command it ran was not found";
  if (shell && code === 126)
    return "a command it ran was found but could not be run (not executable)";
  if (code > 128 && code < 128 + 65) {
    const sig2 = lookupConstant(os, "signal", code - 128)?.name;
    if (sig2)
      return `${shell ? "a command it ran" : "it, or a command it ran,"} was killed by ${sig2} (128 + ${String(code - 128)})`;
  }
  return void 0;
}

// dist/src/analyze/detectors/process.js
var SIGNAL_MEANINGS = {
  SIGSEGV: {
    meaning: "it crashed: it accessed memory it may not touch (a bad pointer, e.g. a NULL dereference, or a stack overflow)",
    hint: "Run it under a debugger or look at the core dump (`coredumpctl gdb`, `gdb PROGRAM core`) for the faulting line.",
    severity: "error"
  },
  SIGBUS: {
    meaning: "it crashed on a bad memory access (misaligned access, or a mapped file that shrank)",
    hint: "Look at the core dump for the faulting access; check files it maps.",
    severity: "error"
  },
  SIGABRT: {
    meaning: "it aborted itself (abort(): a failed assertion, a fatal error detected by the program or its C library such as heap corruption)",
    hint: "Read the program's last output on stderr; it usually says what failed.",
    severity: "error"
  },
  SIGFPE: { meaning: "it crashed on an arithmetic error (integer division by zero)", hint: "Look at the core dump for the faulting line.", severity: "error" },
  SIGILL: { meaning: "it crashed on an illegal instruction (a corrupt binary, a CPU without a required instruction set, or a deliberate trap)", hint: "Check the binary matches this CPU; look at the core dump.", severity: "error" },
  SIGTRAP: { meaning: "it hit a trap (a breakpoint or a compiler-inserted trap for undefined behaviour)", hint: "Look at the core dump for the trapping line.", severity: "error" },
  SIGSYS: { meaning: "it made a system call a seccomp filter forbids", hint: "Check the sandbox/seccomp profile it runs under.", severity: "error" },
  SIGKILL: {
    meaning: "it was killed outright by SIGKILL, which cannot be caught: sent by another process (kill -9, a supervisor or timeout) or by the kernel OOM killer",
    hint: "Check who sent it: `dmesg` for the OOM killer, the supervisor/timeout configuration, or the parent process.",
    severity: "error"
  },
  SIGTERM: { meaning: "it was asked to terminate (SIGTERM) and had no handler for it", hint: "Check what sent the signal (a supervisor stopping it, a timeout).", severity: "warning" },
  SIGINT: { meaning: "it was interrupted (SIGINT, Ctrl-C)", hint: "Expected if someone pressed Ctrl-C.", severity: "warning" },
  SIGHUP: { meaning: "its terminal or controlling session went away (SIGHUP)", hint: "Run it detached from the terminal (nohup, a service manager) if it must survive.", severity: "warning" },
  SIGPIPE: {
    meaning: "it wrote to a pipe or socket whose reading end was closed, and SIGPIPE killed it",
    hint: "Often harmless (a reader like `head` stopped early); otherwise check why the reader went away.",
    severity: "warning"
  },
  SIGALRM: { meaning: "a timer (alarm/setitimer) fired and nothing handled it", hint: "Check timeouts set with alarm() or `timeout`.", severity: "warning" },
  SIGXCPU: { meaning: "it ran past its CPU time limit (RLIMIT_CPU)", hint: "Check `ulimit -t`.", severity: "error" },
  SIGXFSZ: { meaning: "it tried to write a file past its size limit (RLIMIT_FSIZE)", hint: "Check `ulimit -f`.", severity: "error" }
};
function diedInCall(call) {
  if (!call)
    return void 0;
  if (call.status === "interrupted" || call.status === "unfinished")
    return call;
  const errno3 = call.ret?.errno;
  if (call.status === "complete" && call.ret?.value === null && errno3 && /^(ERESTART|EINTR$)/.test(errno3))
    return call;
  return void 0;
}
function killedWhile(call, on) {
  if (!call)
    return "";
  const waited = call.duration !== void 0 && call.duration >= 0.1 ? `, after waiting ${call.duration.toFixed(2)} s` : "";
  return ` It was in ${call.syscall}()${on ? ` on ${on}` : ""} when it died (line ${String(call.line)}${waited}).`;
}
var KILL_CALLS = {
  kill: { pid: 0, sig: 1 },
  tkill: { pid: 0, sig: 1 },
  tgkill: { pid: 1, sig: 2 },
  rt_sigqueueinfo: { pid: 0, sig: 1 },
  rt_tgsigqueueinfo: { pid: 1, sig: 2 }
};
var DELIBERATE = /* @__PURE__ */ new Set(["SIGKILL", "SIGTERM", "SIGINT", "SIGHUP", "SIGQUIT"]);
var EXIT_HINT = "A non-zero status means the program reported a failure; the findings above and its stderr usually say which.";
var ProcessEndRun = class {
  ctx;
  /** One finding per thread group: threads die with their leader. */
  killed = /* @__PURE__ */ new Map();
  exits = [];
  rootKey;
  /** Signals sent by traced processes (kill/tkill/tgkill), by target pid: the latest one. */
  sent = /* @__PURE__ */ new Map();
  /** Per live process, the fd its latest call used: what it was waiting on if a signal kills it. */
  lastUse = /* @__PURE__ */ new Map();
  constructor(ctx) {
    this.ctx = ctx;
  }
  observe(o) {
    const ev = o.analyzed.event;
    const p = o.proc;
    if (!p)
      return;
    this.rootKey ??= p.key;
    const call = o.call;
    if (call && KILL_CALLS[call.name] !== void 0 && !call.failed) {
      const spec = KILL_CALLS[call.name];
      const target = call.int(spec.pid);
      const signal3 = [...call.names(spec.sig, "signal")].find((n) => n.startsWith("SIG"));
      if (target !== void 0 && target > 0 && signal3 && target !== p.key && this.sent.size < 1e3) {
        this.sent.set(target, { from: p.info, signal: signal3, line: call.ev.line, seq: call.ev.seq });
      }
    }
    if (call) {
      const a = o.analyzed;
      if (a.fd)
        this.lastUse.set(p.key, a.socket ? { seq: call.ev.seq, fd: a.fd, socket: a.socket } : { seq: call.ev.seq, fd: a.fd });
      else
        this.lastUse.delete(p.key);
    }
    if (ev.type !== "exit")
      return;
    const use = this.lastUse.get(p.key);
    this.lastUse.delete(p.key);
    if (ev.signal) {
      const prev = this.killed.get(p.tgid);
      if (prev) {
        prev.threads++;
        return;
      }
      if (this.killed.size >= 100)
        return;
      const k = { proc: p, info: p.info, line: ev.line, seq: ev.seq, threads: 1 };
      if (p.lastSignal?.signal === ev.signal) {
        k.signalLine = p.lastSignal.line;
        k.signalSeq = p.lastSignal.seq;
        if (p.lastSignal.info !== void 0)
          k.signalInfo = p.lastSignal.info;
      }
      if (p.lastCall)
        k.lastCall = p.lastCall;
      if (use && use.seq === p.lastCall?.seq)
        k.on = fdWords(use.fd, use.socket);
      this.killed.set(p.tgid, k);
    } else if (ev.code !== void 0 && ev.code !== 0 && !p.info.isThread && this.exits.length < 100) {
      this.exits.push({ proc: p, line: ev.line, seq: ev.seq });
    }
  }
  finish() {
    const out = [];
    for (const p of this.ctx.tracker.order) {
      if (!p.reaped || p.released)
        continue;
      if (p.info.signal && !this.killed.has(p.tgid) && this.killed.size < 100) {
        this.killed.set(p.tgid, { proc: p, info: p.info, line: p.reaped.line, seq: p.reaped.seq, threads: 1, reaped: true });
      } else if (p.info.exitCode && !this.exits.some((e) => e.proc === p) && this.exits.length < 100) {
        this.exits.push({ proc: p, line: p.reaped.line, seq: p.reaped.seq, reaped: true });
      }
    }
    for (const k of this.killed.values()) {
      const sig2 = k.info.signal ?? "a signal";
      const m = SIGNAL_MEANINGS[sig2];
      const s = this.sent.get(k.info.pid) ?? this.sent.get(k.proc.tgid);
      const sender = s && s.signal === sig2 && s.line <= k.line ? s : void 0;
      const leader = this.ctx.tracker.procs.get(k.proc.tgid)?.info ?? k.info;
      const parts = [`${procName(leader)} was killed by ${sig2}${k.info.core ? " and dumped core" : ""}.`];
      if (m)
        parts.push(`That means ${m.meaning}.`);
      if (k.signalInfo && /si_addr=NULL/.test(k.signalInfo))
        parts.push("The faulting address was NULL: a NULL pointer dereference.");
      else if (k.signalInfo) {
        const pid2 = /si_pid=(\d+)/.exec(k.signalInfo)?.[1];
        const self = pid2 !== void 0 && (Number(pid2) === k.info.pid || Number(pid2) === k.proc.tgid);
        if (self && sig2 === "SIGPIPE")
          parts.push("The kernel raised it on the process's own write to the closed pipe or socket.");
        else if (self)
          parts.push("The process sent it to itself (raise(), abort() or a kill of its own pid).");
        else if (pid2 && !sender)
          parts.push(`The signal was sent by pid ${pid2}.`);
      }
      const diedIn = diedInCall(k.lastCall);
      parts.push(killedWhile(diedIn, k.on).trim());
      if (sender)
        parts.push(`${procName(sender.from)} sent it with a kill call on line ${String(sender.line)}.`);
      if (k.reaped)
        parts.push("The process itself was not traced (no -f); its parent's wait4 reported how it ended.");
      if (k.threads > 1)
        parts.push(`All ${String(k.threads)} of its threads died with it.`);
      let hint = m?.hint ?? "Check what sent the signal.";
      if (k.info.core)
        hint += " A core file was written (see `coredumpctl list` or the core_pattern).";
      const f = {
        id: "killed-by-signal",
        severity: sender && DELIBERATE.has(sig2) ? "warning" : m?.severity ?? "error",
        title: `${procName(leader)} killed by ${sig2}${k.info.core ? " (core dumped)" : ""}`,
        explanation: parts.filter(Boolean).join(" "),
        hint,
        lines: lineList(sender?.line, ...diedIn ? callLines(diedIn) : [], k.signalLine, k.line),
        events: [sender?.seq, diedIn?.seq, k.signalSeq, k.seq].filter((x) => x !== void 0).sort((a, b) => a - b)
      };
      const pid = pidOf(leader);
      if (pid !== void 0)
        f.pid = pid;
      out.push(f);
    }
    const quiet = /* @__PURE__ */ new Map();
    const single = [];
    for (const e of this.exits) {
      const base = programName(e.proc.info);
      if (e.proc.key === this.rootKey || e.proc.lastStderr || base === void 0) {
        single.push(e);
        continue;
      }
      const key = `${base}\0${String(e.proc.info.exitCode)}`;
      const g = quiet.get(key);
      if (g)
        g.push(e);
      else
        quiet.set(key, [e]);
    }
    for (const g of quiet.values()) {
      if (g.length === 1) {
        single.push(g[0]);
        continue;
      }
      const first = g[0].proc.info;
      const name2 = programName(first);
      const code = String(first.exitCode);
      const pids = g.map((e) => e.proc.info.pid).filter((p) => p !== 0);
      const f = {
        id: "nonzero-exit",
        severity: "info",
        title: `${name2} exited with status ${code} (${String(g.length)} processes)`,
        explanation: `${String(g.length)} processes running ${name2} exited with status ${code}` + (pids.length ? ` (pids ${pids.slice(0, 8).join(", ")}${pids.length > 8 ? ", \u2026" : ""})` : "") + ", none of them writing to stderr: a helper whose status its caller tests is a likely reason.",
        hint: EXIT_HINT,
        lines: lineList(...g.slice(0, 10).map((e) => e.line)),
        events: g.slice(0, 10).map((e) => e.seq)
      };
      const pid = pidOf(first);
      if (pid !== void 0)
        f.pid = pid;
      out.push(f);
    }
    for (const e of single.sort((a, b) => a.seq - b.seq)) {
      const info = e.proc.info;
      const code = info.exitCode;
      const meaning = exitMeaning(programName(info), code, this.ctx.os);
      const parts = [`${procName(info)} exited with status ${String(code)}${meaning ? `: ${meaning}` : ""}.`];
      if (e.reaped)
        parts.push("It was not traced itself (no -f); its parent's wait4 reported the status.");
      const err = e.proc.lastStderr;
      const lines = [e.line];
      const events = [e.seq];
      if (err) {
        parts.push(`The last thing it wrote to stderr (line ${String(err.line)}) was: "${err.text.trim().replace(/\s+/g, " ")}".`);
        lines.push(err.line);
        events.push(err.seq);
      }
      const f = {
        id: "nonzero-exit",
        // grep's 1 (no match) and diff's 1 (they differ) are answers, not failures.
        severity: e.proc.key === this.rootKey && !meaning?.endsWith("(not an error)") ? "warning" : "info",
        title: `${procName(info)} exited with status ${String(code)}`,
        explanation: parts.join(" "),
        hint: EXIT_HINT,
        lines: lineList(...lines),
        events: events.sort((a, b) => a - b)
      };
      const pid = pidOf(info);
      if (pid !== void 0)
        f.pid = pid;
      out.push(f);
    }
    {
      for (const p of this.ctx.tracker.order) {
        if (p.info.isThread || p.info.signal !== void 0)
          continue;
        if (p.info.exitCode === void 0 && p.info.exitCall !== void 0 && p.info.exitCall !== 0) {
          out.push({
            id: "nonzero-exit",
            severity: "warning",
            title: `${procName(p.info)} exited with status ${String(p.info.exitCall)}`,
            explanation: `${procName(p.info)} called exit with status ${String(p.info.exitCall)}.`,
            hint: "A non-zero status means the program reported a failure.",
            lines: [p.exitCallAt?.line ?? p.info.lastLine],
            ...p.exitCallAt ? { events: [p.exitCallAt.seq] } : {},
            ...pidOf(p.info) !== void 0 ? { pid: pidOf(p.info) } : {}
          });
        }
      }
    }
    return out;
  }
};
var processEnd = {
  ids: ["killed-by-signal", "nonzero-exit"],
  create: (ctx) => new ProcessEndRun(ctx)
};

// dist/src/analyze/detectors/sharing.js
function name(t, pid) {
  const p = t.procs.get(pid)?.info;
  return p ? procName(p) : `pid ${String(pid)}`;
}
function fdOf(s, pid) {
  const tag = s.info.fds.find((f) => f.startsWith(`${String(pid)}:`));
  return tag?.split(":")[1];
}
var MAX_FINDINGS = 50;
var SharingRun = class {
  ctx;
  out = [];
  judged = /* @__PURE__ */ new WeakSet();
  /** Listeners some worker watches with EPOLLEXCLUSIVE: the thundering herd is already handled. */
  exclusive = /* @__PURE__ */ new WeakSet();
  constructor(ctx) {
    this.ctx = ctx;
    ctx.tracker.onSocketClosed.push((s) => this.judge(s));
  }
  judge(s) {
    if (this.judged.has(s) || this.out.length >= MAX_FINDINGS)
      return;
    this.judged.add(s);
    if (s.info.listening)
      this.listener(s, this.out);
    else
      this.connection(s, this.out);
  }
  observe(o) {
    const call = o.call;
    if (call?.name !== "epoll_ctl" || !o.proc || !call.ev.args.includes("EPOLLEXCLUSIVE"))
      return;
    const fd = call.fd(2);
    const t = this.ctx.tracker;
    const s = fd === void 0 ? void 0 : t.socketOf(t.lookup(o.proc.key, fd));
    if (s)
      this.exclusive.add(s);
  }
  finish() {
    for (const s of this.ctx.tracker.sockets)
      this.judge(s);
    return this.out;
  }
  connection(s, out) {
    const io = [...s.users].filter(([, u]) => u.readsAfterFork + u.writesAfterFork > 0);
    if (io.length < 2)
      return;
    const readers = io.filter(([, u]) => u.readsAfterFork > 0);
    if (readers.length === 0)
      return;
    const t = this.ctx.tracker;
    const si = s.info;
    const firstFd = fdOf(s, io[0][0]);
    const what = `${firstFd !== void 0 ? `fd ${firstFd}, ` : ""}${socketWords(si)}${si.peer ? ` connected to ${epLabel(si.peer)}` : ""}`;
    const who = io.map(([pid, u]) => `${name(t, pid)}: ${String(u.writesAfterFork)} writes, ${String(u.readsAfterFork)} reads`).join("; ");
    const both = readers.length >= 2;
    const fork = s.forks[0];
    const firstAfter = io.map(([, u]) => {
      const i = u.lines.findIndex((l) => !fork || l > fork.line);
      return { line: u.lines[i < 0 ? 0 : i], seq: u.seqs[i < 0 ? 0 : i] };
    });
    const firstReads = both ? readers.flatMap(([, u]) => u.firstReadAfterFork ? [u.firstReadAfterFork] : []) : [];
    const f = {
      id: "socket-shared-after-fork",
      severity: both ? "error" : "warning",
      title: `one connection used by ${String(io.length)} processes${si.peer ? ` (${epLabel(si.peer)})` : ""}`,
      explanation: `The same socket (${what}) was ${fork ? `inherited by pid ${String(fork.child)} at the fork on line ${String(fork.line)}` : "shared between processes"} and then used by ${String(io.length)} processes (${who}). ` + (both ? "A reply goes to whichever process reads first, so each process can receive answers meant for the other and requests and replies get out of step." : "Writes from several processes interleave on one connection, so the peer sees their requests mixed."),
      hint: "Give each process its own connection: reconnect in the child after fork (many client libraries do this when they notice the pid changed), or close the inherited socket in the child.",
      lines: lineList(si.openedLine, fork?.line, ...firstAfter.map((x) => x.line), ...firstReads.map((x) => x.line)),
      events: [...new Set([fork?.seq, ...firstAfter.map((x) => x.seq), ...firstReads.map((x) => x.seq)].filter((x) => x !== void 0))].sort((a, b) => a - b)
    };
    if (io[0][0] !== 0)
      f.pid = io[0][0];
    out.push(f);
  }
  listener(s, out) {
    const acceptors = [...s.users].filter(([, u]) => u.accepts + u.acceptEagain > 0);
    if (acceptors.length < 2)
      return;
    const t = this.ctx.tracker;
    const si = s.info;
    const where = si.local ? epLabel(si.local) : "its address";
    const fd = fdOf(s, acceptors[0][0]);
    const who = acceptors.map(([pid, u]) => `${name(t, pid)}: ${String(u.accepts)} accepted`).join("; ");
    out.push({
      id: "listener-shared",
      severity: "info",
      title: `listening socket ${where} shared by ${String(acceptors.length)} processes`,
      explanation: `The listening socket on ${where}${fd !== void 0 ? ` (fd ${fd})` : ""} was inherited by ${String(acceptors.length)} processes that all accept connections on it (${who}). This is a prefork server: the kernel hands each new connection to one of the waiting workers.`,
      hint: this.exclusive.has(s) ? "Nothing to fix: the workers already watch it with EPOLLEXCLUSIVE, so one of them wakes per connection." : "Nothing to fix. If every worker wakes for each connection (thundering herd), consider SO_REUSEPORT or EPOLLEXCLUSIVE.",
      lines: lineList(si.openedLine, ...acceptors.map(([, u]) => u.first.line)),
      events: [...new Set(acceptors.map(([, u]) => u.first.seq))].sort((a, b) => a - b)
    });
    const eagain = acceptors.flatMap(([, u]) => u.eagain);
    const total = acceptors.reduce((n, [, u]) => n + u.acceptEagain, 0);
    if (total === 0)
      return;
    const losers = acceptors.filter(([, u]) => u.acceptEagain > 0).length;
    out.push({
      id: "accept-race",
      severity: "info",
      title: `${String(total)} accept call${total === 1 ? "" : "s"} on ${where} lost the race (EAGAIN)`,
      explanation: `Several workers were woken for the same incoming connection; one accepted it and the others' accept returned EAGAIN (${String(total)} times, in ${String(losers)} process${losers === 1 ? "" : "es"}). This is expected with a shared non-blocking listener and does no harm beyond wasted wake-ups.`,
      hint: this.exclusive.has(s) ? "Benign. EPOLLEXCLUSIVE is already in use; a few lost races remain when workers also accept in a loop." : "Benign. To avoid the wasted wake-ups, use SO_REUSEPORT (one listener per worker) or EPOLLEXCLUSIVE.",
      lines: lineList(...eagain.sort((a, b) => a.line - b.line).slice(0, 5).flatMap((e) => [e.line, e.result])),
      events: eagain.map((e) => e.seq).sort((a, b) => a - b).slice(0, 10)
    });
  }
};
var socketSharing = {
  ids: ["socket-shared-after-fork", "listener-shared", "accept-race"],
  create: (ctx) => new SharingRun(ctx)
};

// dist/src/analyze/detectors/timing.js
var WAITING = new Set("poll ppoll select pselect6 _newselect epoll_wait epoll_pwait epoll_pwait2 wait4 waitid waitpid futex nanosleep clock_nanosleep pause sigsuspend rt_sigsuspend rt_sigtimedwait sigtimedwait accept accept4 accept_nocancel restart_syscall kevent kevent64 kevent_qos select_nocancel poll_nocancel __semwait_signal psynch_cvwait psynch_mutexwait workq_kernreturn ulock_wait ulock_wait2 io_getevents io_uring_enter msgrcv semop semtimedop mq_timedreceive flock".split(" "));
var IO_WAIT = /^(read|readv|recv|recvfrom|recvmsg|recvmmsg|read_nocancel|recvfrom_nocancel|recvmsg_nocancel|write|writev|send|sendto|sendmsg|connect|connect_nocancel)$/;
function waits(name2, fd) {
  if (WAITING.has(name2))
    return true;
  if (IO_WAIT.test(name2))
    return !fd || fd.kind !== "file" && fd.kind !== "directory";
  return false;
}
function watchedFds(call) {
  if (/^(poll|ppoll|poll_nocancel)$/.test(call.name))
    return [...(call.arg(0) ?? "").matchAll(/fd=(\d+)/g)].map((m) => Number(m[1]));
  if (/^(select|pselect6|_newselect|select_nocancel)$/.test(call.name))
    return [...(call.arg(1) ?? "").matchAll(/\d+/g)].map((m) => Number(m[0]));
  return [];
}
var BlockedRun = class {
  ctx;
  blocked = /* @__PURE__ */ new Map();
  constructor(ctx) {
    this.ctx = ctx;
  }
  observe(o) {
    const ev = o.analyzed.event;
    if (ev.type !== "syscall" || !o.proc)
      return;
    if (ev.status !== "unfinished" && ev.status !== "detached")
      return;
    if (ev.syscall === "exit" || ev.syscall === "exit_group")
      return;
    const b = { proc: o.proc.info, syscall: ev.syscall, line: ev.line, seq: ev.seq, detached: ev.status === "detached" };
    if (o.analyzed.fd)
      b.fd = o.analyzed.fd;
    if (o.analyzed.socket)
      b.socket = o.analyzed.socket;
    if (!b.fd && o.call) {
      const t = this.ctx.tracker;
      const proc = o.proc;
      const fds = watchedFds(o.call).slice(0, 4);
      if (fds.length)
        b.watched = fds.map((fd) => {
          const e = proc.fds.map.get(fd);
          return e ? fdWords(e, t.socketOf(e)?.info) : `fd ${String(fd)}`;
        });
    }
    this.blocked.set(o.proc.key, b);
  }
  finish() {
    const out = [];
    for (const b of this.blocked.values()) {
      if (b.proc.exitCode !== void 0 || b.proc.signal !== void 0)
        continue;
      const on = b.fd ? ` on ${fdWords(b.fd, b.socket)}` : b.watched ? ` waiting on ${b.watched.join(", ")}` : "";
      const waiting = waits(b.syscall, b.fd);
      const f = {
        id: "blocked-at-end",
        severity: b.detached || !waiting ? "info" : "warning",
        title: `${procName(b.proc)} still in ${b.syscall}() at the end of the trace`,
        explanation: `${procName(b.proc)} entered ${b.syscall}()${on} at line ${String(b.line)} and ` + (b.detached ? "was still in it when the tracer detached." : "the call had not returned when the trace ended.") + (waiting ? " If the program looked hung, this is what it was waiting for." : " This call does not normally wait, so the trace was probably cut here (or the tracer stopped)."),
        hint: waiting ? "Find out why the awaited event never came: the peer, child process or lock it waits on." : "If the program really stopped here, check the device or file system behind the call; otherwise capture a longer trace.",
        lines: [b.line],
        events: [b.seq]
      };
      const pid = pidOf(b.proc);
      if (pid !== void 0)
        f.pid = pid;
      out.push(f);
    }
    return out;
  }
};
var TOP = 50;
var MIN_SLOW = 0.05;
var SlowRun = class {
  n = 0;
  sum = 0;
  top = [];
  observe(o) {
    const ev = o.analyzed.event;
    if (ev.type !== "syscall" || ev.duration === void 0 || !o.proc)
      return;
    if (waits(ev.syscall, o.analyzed.fd) || ev.status !== "complete")
      return;
    this.n++;
    this.sum += ev.duration;
    if (this.top.length >= TOP && ev.duration <= this.top[this.top.length - 1].duration)
      return;
    this.top.push({ duration: ev.duration, syscall: ev.syscall, line: ev.line, seq: ev.seq, proc: o.proc.info, args: ev.args.slice(0, 80) });
    this.top.sort((a, b) => b.duration - a.duration);
    if (this.top.length > TOP)
      this.top.pop();
  }
  finish() {
    const rest = this.n - this.top.length;
    if (rest < 1)
      return [];
    const mean = (this.sum - this.top.reduce((a, t) => a + t.duration, 0)) / rest;
    const threshold = Math.max(MIN_SLOW, mean * 20);
    return this.top.filter((t) => t.duration >= threshold).slice(0, 5).map((t) => {
      const f = {
        id: "slow-call",
        severity: t.duration >= 1 ? "warning" : "info",
        title: `slow ${t.syscall}(): ${t.duration.toFixed(3)} s`,
        explanation: `${procName(t.proc)} spent ${t.duration.toFixed(6)} s in ${t.syscall}(${t.args}${t.args.length >= 80 ? "\u2026" : ""}) at line ${String(t.line)}, against an average of ${(mean * 1e6).toFixed(0)} \xB5s for the other calls that do not wait.`,
        hint: "A call that is not meant to wait took long: look at what it touched (slow disk or network file system, DNS, lock contention).",
        lines: [t.line],
        events: [t.seq]
      };
      const pid = pidOf(t.proc);
      if (pid !== void 0)
        f.pid = pid;
      return f;
    });
  }
};
var blockedAtEnd = {
  ids: ["blocked-at-end"],
  create: (ctx) => new BlockedRun(ctx)
};
var slowCall = {
  ids: ["slow-call"],
  create: () => new SlowRun()
};

// dist/src/analyze/tracer-problems.js
var PTRACE_HINT = [
  "tracing is not permitted here: the kernel refused ptrace(2), which strace needs.",
  "  On a host: `sysctl kernel.yama.ptrace_scope` \u2014 1 allows tracing only your own children (so -p needs",
  "  root, or `sudo sysctl kernel.yama.ptrace_scope=0`); 2 needs root; 3 disables ptrace until reboot.",
  "  In a container: start it with `--cap-add SYS_PTRACE` (docker/podman run); older Docker versions",
  "  also need `--security-opt seccomp=unconfined`. In Kubernetes: securityContext.capabilities.add: [SYS_PTRACE]."
].join("\n");
var DTRUSS_ROOT_HINT = "dtruss needs root: run `sudo tracex run -- ...`.";
var SIP_HINT = [
  "System Integrity Protection stops DTrace from tracing this program.",
  "  Apple-signed programs in /bin, /usr/bin and /System cannot be traced: copy the binary elsewhere",
  "  (e.g. `cp /bin/ls /tmp/ls`) or trace your own build. To trace anything, DTrace must be allowed in",
  "  SIP from Recovery mode: `csrutil enable --without dtrace` (a security trade-off; undo with `csrutil enable`)."
].join("\n");
var STRACE_RULES = [
  { kind: "ptrace-denied", test: /ptrace\(PTRACE_(?:TRACEME|SEIZE|ATTACH)[^)]*\): Operation not permitted/, message: () => PTRACE_HINT },
  { kind: "ptrace-denied", test: /PTRACE_TRACEME: Operation not permitted/, message: () => PTRACE_HINT },
  {
    kind: "no-such-process",
    test: /attach: ptrace\(PTRACE_(?:SEIZE|ATTACH), (\d+)\): No such process/,
    message: (m) => `no process with pid ${m[1]} (it may have exited already).`
  },
  { kind: "command-not-found", test: /Can't stat '(.*)': No such file or directory/, message: (m) => `command not found: ${m[1]}` }
];
var DTRACE_RULES = [
  { kind: "dtrace-privileges", test: /DTrace requires additional privileges/, message: () => DTRUSS_ROOT_HINT },
  { kind: "sip", test: /dtrace cannot control executables signed with restricted entitlements/i, message: () => SIP_HINT },
  { kind: "sip", test: /prevents dtrace from attaching to an executable not signed with/, message: () => SIP_HINT },
  { kind: "sip", test: /failed to execute .*: Operation not permitted/, message: () => SIP_HINT },
  { kind: "sip", test: /does not match any probes\. System Integrity Protection is on/, message: () => SIP_HINT }
];
function firstMatch(format, text) {
  for (const line of text.split("\n")) {
    const p = diagnoseTracerLine(line, format);
    if (p)
      return { kind: p.kind, message: p.message };
  }
  return void 0;
}
function diagnoseTracerLine(line, format) {
  for (const r of format === "strace" ? STRACE_RULES : DTRACE_RULES) {
    const m = r.test.exec(line);
    if (m)
      return { kind: r.kind, message: r.message(m), line };
  }
  return void 0;
}
function diagnoseStrace(stderr) {
  return firstMatch("strace", stderr);
}
function diagnoseDtrace(text) {
  return firstMatch("dtruss", text);
}
function isSipNotice(line) {
  return line.includes("system integrity protection is on");
}

// dist/src/analyze/detectors/tracer.js
var TITLES = {
  "tracer-missing": "the tracer is not installed",
  "ptrace-denied": "strace was not allowed to trace (ptrace refused)",
  "no-such-process": "strace could not attach: no such process",
  "command-not-found": "strace could not start the program: not found",
  "dtrace-privileges": "dtrace could not start: it needs root",
  sip: "System Integrity Protection stopped dtrace",
  "tracer-failed": "the tracer failed"
};
var TracerRun = class {
  ctx;
  found = /* @__PURE__ */ new Map();
  constructor(ctx) {
    this.ctx = ctx;
  }
  observe(o) {
    const ev = o.analyzed.event;
    if (ev.type !== "tracer" || this.ctx.format === "nanos")
      return;
    const p = diagnoseTracerLine(ev.message, this.ctx.format);
    if (!p)
      return;
    const seen = this.found.get(p.kind);
    if (seen) {
      if (seen.lines.length < 5) {
        seen.lines.push(ev.line);
        seen.events.push(ev.seq);
      }
      return;
    }
    this.found.set(p.kind, { p, lines: [ev.line], events: [ev.seq] });
  }
  finish() {
    return [...this.found.values()].map(({ p, lines, events }) => {
      const [first, ...rest] = p.message.split("\n");
      return {
        id: "tracer-failed",
        severity: "error",
        title: TITLES[p.kind],
        explanation: `The tracer printed "${p.line.trim().replace(/^:\s*/, "")}"${lines.length > 1 ? ` (${String(lines.length)} times)` : ""}: ${first.trim().replace(/[^.]$/, "$&.")}`,
        ...rest.length ? { hint: rest.map((l) => l.trim()).join(" ") } : {},
        lines,
        events
      };
    });
  }
};
var tracerFailed = {
  ids: ["tracer-failed"],
  create: (ctx) => new TracerRun(ctx)
};

// dist/src/analyze/detectors/unparsed.js
var UnparsedRun = class {
  lines = [];
  events = [];
  reasons = /* @__PURE__ */ new Map();
  seen = 0;
  /** The first output lines, cited when no call was read at all. */
  outputLines = [];
  outputEvents = [];
  observe(o) {
    const ev = o.analyzed.event;
    if (ev.type === "output" && this.outputLines.length < 5) {
      this.outputLines.push(ev.line);
      this.outputEvents.push(ev.seq);
    }
    if (ev.type !== "unparsed")
      return;
    this.seen++;
    if (this.lines.length < 10) {
      this.lines.push(ev.line);
      this.events.push(ev.seq);
    }
    if (this.reasons.size < 20 || this.reasons.has(ev.reason))
      this.reasons.set(ev.reason, (this.reasons.get(ev.reason) ?? 0) + 1);
  }
  finish(stats) {
    const n = Math.max(stats.unparsed, this.seen);
    const out = noCalls(stats, this.outputLines, this.outputEvents);
    if (n === 0)
      return out;
    const reasons = [...this.reasons].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([r, c]) => `${r} (${String(c)})`);
    return [
      {
        id: "unparsed-lines",
        severity: "info",
        title: `${String(n)} line${n === 1 ? "" : "s"} could not be read`,
        explanation: `${String(n)} line${n === 1 ? " was" : "s were"} not recognised as trace output and ${n === 1 ? "is" : "are"} kept as-is; analysis ignores ${n === 1 ? "it" : "them"}.` + (reasons.length ? ` Reasons: ${reasons.join("; ")}.` : ""),
        hint: "If these are trace lines, check the format (--from strace|dtruss|nanos) or report the line shape.",
        lines: this.lines,
        events: this.events
      },
      ...out
    ];
  }
};
var CALL_KINDS = ["syscall", "unfinished", "resumed"];
function noCalls(stats, lines, events) {
  const calls = CALL_KINDS.reduce((n, k) => n + (stats.records[k] ?? 0), 0);
  const output = stats.records.output ?? 0;
  const text = stats.lines - (stats.records.blank ?? 0);
  if (calls > 0 || output === 0 || output * 2 < text)
    return [];
  return [
    {
      id: "no-calls",
      severity: "warning",
      title: `no system calls found in ${String(stats.lines)} line${stats.lines === 1 ? "" : "s"}`,
      explanation: `None of the ${String(stats.lines)} lines read as a system call of the ${stats.format} format; ${String(output)} ${output === 1 ? "was" : "were"} taken as the traced program's own output.`,
      hint: "If this is a trace, it is probably in another format: try --from strace, --from dtruss or --from nanos.",
      lines,
      events
    }
  ];
}
var unparsedLines = {
  ids: ["unparsed-lines", "no-calls"],
  create: () => new UnparsedRun()
};

// dist/src/analyze/detectors/index.js
var DETECTORS = [
  connectFailed,
  dnsLookupFailed,
  bindFailed,
  missingFile,
  privilegeDenied,
  brokenPipe,
  processEnd,
  blockedAtEnd,
  slowCall,
  socketSharing,
  unparsedLines,
  tracerFailed
];

// dist/src/analyze/index.js
var defaultDecoder = (ev, os, family) => decodeCall(ev, os, { socketFamily: family });
var MAX_FILE_RUNS = 1e5;
var SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
function sortFindings(findings) {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || (a.f.lines[0] ?? 0) - (b.f.lines[0] ?? 0) || a.i - b.i).map((x) => x.f);
}
var Analyzer = class {
  os;
  format;
  tracker;
  runs;
  decode;
  /** Several input files (`strace -ff`): the seq where each stretch of one file's events starts. */
  fileRuns = [];
  /** The file each pid's events came from (`null`: several); used when fileRuns grew too long. */
  fileByPid = /* @__PURE__ */ new Map();
  constructor(opts) {
    this.os = opts.os;
    this.format = opts.format;
    this.decode = opts.decode === false ? void 0 : opts.decode ?? defaultDecoder;
    this.tracker = new Tracker(opts.os, opts.format);
    const ctx = { os: opts.os, format: opts.format, tracker: this.tracker };
    this.runs = (opts.detectors ?? DETECTORS).map((d) => d.create(ctx));
  }
  familyOf = (fd, pid) => this.tracker.socketOf(this.tracker.lookup(this.tracker.keyOf({ pid }), fd))?.info.family;
  /** Take one event; returns what it touched. Call in trace order. */
  push(ev) {
    const out = { event: ev };
    const obs = { analyzed: out };
    if (ev.file !== void 0)
      this.noteFile(ev);
    if (ev.type === "syscall") {
      let decoded;
      try {
        decoded = this.decode?.(ev, this.os, this.familyOf);
      } catch {
        decoded = void 0;
      }
      if (decoded)
        out.decoded = decoded;
      const call = CallView.of(ev, this.os, decoded);
      const touch = this.tracker.onCall(call);
      const proc = touch.proc;
      const waited = this.tracker.onWait(call, proc);
      if (waited)
        touch.connect = waited;
      out.process = proc.info;
      if (touch.fd)
        out.fd = { ...touch.fd };
      if (touch.socket)
        out.socket = { ...touch.socket.info };
      if (touch.fds?.length)
        out.fds = touch.fds.map((e) => ({ ...e }));
      if (touch.closed?.length)
        out.closed = touch.closed.map((e) => ({ ...e }));
      if (touch.child)
        out.child = touch.child.info;
      if (touch.connect)
        out.connect = { ...touch.connect, lines: [...touch.connect.lines], events: [...touch.connect.events] };
      const pf = call.failed ? pathFailure(call, (fd) => proc.fds.map.get(fd)?.path) : void 0;
      if (pf)
        obs.pathFailure = pf;
      if (pf?.probe)
        out.probe = pf.probe;
      obs.call = call;
      obs.touch = touch;
      obs.proc = proc;
      if (touch.socket)
        obs.sock = touch.socket;
    } else if (ev.type === "exit") {
      const p = this.tracker.onExit(ev);
      out.process = p.info;
      obs.proc = p;
    } else if (ev.type === "signal") {
      const p = this.tracker.onSignal(ev);
      out.process = p.info;
      obs.proc = p;
    } else if (ev.type === "attach" && ev.target !== void 0) {
      out.process = this.tracker.attached(ev.target, ev.threads, ev.line).info;
    } else if (ev.type === "detach" && ev.target !== void 0) {
      out.process = this.tracker.proc({ pid: ev.target, line: ev.line }).info;
    }
    for (const r of this.runs)
      r.observe?.(obs);
    return out;
  }
  noteFile(ev) {
    const file = ev.file;
    const last = this.fileRuns[this.fileRuns.length - 1];
    if (this.fileRuns.length <= MAX_FILE_RUNS && last?.file !== file)
      this.fileRuns.push({ seq: ev.seq, file });
    if (ev.pid !== void 0) {
      const known = this.fileByPid.get(ev.pid);
      if (known === void 0)
        this.fileByPid.set(ev.pid, file);
      else if (known !== file)
        this.fileByPid.set(ev.pid, null);
    }
  }
  /** The input file of event `seq`, when the trace came from several files. */
  fileOfSeq(seq) {
    const runs = this.fileRuns;
    let lo = 0;
    let hi = runs.length - 1;
    let found;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (runs[mid].seq <= seq) {
        found = runs[mid].file;
        lo = mid + 1;
      } else
        hi = mid - 1;
    }
    return found;
  }
  /** Says which input file(s) a finding's lines are in, when there are several files. */
  placeInFiles(f) {
    if (this.fileRuns.length === 0)
      return f;
    const files = [];
    if (this.fileRuns.length <= MAX_FILE_RUNS && f.events?.length) {
      for (const seq of f.events) {
        const file = this.fileOfSeq(seq);
        if (file !== void 0 && !files.includes(file))
          files.push(file);
      }
    } else if (f.pid !== void 0) {
      const file = this.fileByPid.get(f.pid);
      if (file)
        files.push(file);
    }
    if (files.length === 1)
      return { ...f, file: files[0] };
    if (files.length > 1)
      return { ...f, files };
    return f;
  }
  /** Current fd table lookup. `pid` undefined: the single unlabelled process. */
  fd(pid, fd) {
    const e = this.tracker.lookup(this.tracker.keyOf({ pid }), fd);
    return e ? { ...e } : void 0;
  }
  /** The socket an fd refers to right now. */
  socket(pid, fd) {
    return this.tracker.socketOf(this.tracker.lookup(this.tracker.keyOf({ pid }), fd))?.info;
  }
  process(pid) {
    return this.tracker.procs.get(this.tracker.keyOf({ pid }))?.info;
  }
  /** End of the trace: run the detectors' conclusions. */
  finish(stats) {
    this.tracker.end();
    const findings = [];
    for (const r of this.runs) {
      for (const f of r.finish(stats))
        findings.push(this.placeInFiles({ ...f, explanation: f.explanation.replace(/^the /, "The ") }));
    }
    linkExitToCause(findings, (pid) => this.tracker.procs.get(pid)?.tgid ?? pid);
    return {
      findings: sortFindings(findings),
      processes: this.tracker.order.map((p) => p.info),
      sockets: this.tracker.sockets.map((s) => s.info),
      omitted: { ...this.tracker.forgotten }
    };
  }
};
function linkExitToCause(findings, groupOf) {
  for (const exit of findings) {
    if (exit.id !== "nonzero-exit" || exit.pid === void 0)
      continue;
    const group = groupOf(exit.pid);
    const cause = findings.find((f) => f !== exit && f.pid !== void 0 && groupOf(f.pid) === group && f.severity === "error" && f.id !== "killed-by-signal");
    if (!cause)
      continue;
    exit.explanation += ` It most likely gave up because of the error found above: ${cause.title}.`;
  }
}

// dist/src/explain/overview.js
var MAX_NAMES = 4;
function program(p, byPid) {
  const own = programName(p);
  if (own)
    return own;
  const parent = p.parent !== void 0 ? byPid?.get(p.parent) : void 0;
  return parent && parent !== p ? program(parent, byPid) : void 0;
}
function ending(p) {
  if (p.signal)
    return `was killed by ${p.signal}${p.core ? " (core dumped)" : ""}`;
  const code = p.exitCode ?? p.exitCall;
  if (code === void 0)
    return "has no exit in the trace (still running, or the trace stops before)";
  return code === 0 ? "exited normally" : `exited with status ${String(code)}`;
}
function peerText(ep) {
  const w = wellKnown(ep);
  return w ? `${endpointText(ep)} (${w.service})` : endpointText(ep);
}
function list(items) {
  const uniq = [...new Set(items)];
  if (uniq.length <= MAX_NAMES)
    return uniq.length > 1 ? `${uniq.slice(0, -1).join(", ")} and ${uniq.at(-1)}` : uniq[0] ?? "";
  return `${uniq.slice(0, MAX_NAMES).join(", ")} and ${String(uniq.length - MAX_NAMES)} more`;
}
function tally(names3) {
  const n = /* @__PURE__ */ new Map();
  for (const x of names3)
    n.set(x, (n.get(x) ?? 0) + 1);
  const parts = [...n].sort((a, b) => b[1] - a[1]).map(([x, c]) => c > 1 ? `${x} \xD7${String(c)}` : x);
  return parts.length > MAX_NAMES ? `${parts.slice(0, MAX_NAMES).join(", ")}, \u2026` : parts.join(", ");
}
function overview(r) {
  const procs = r.processes.filter((p) => !p.isThread);
  if (procs.length === 0)
    return "";
  const [root, ...rest] = procs;
  const parts = [];
  const cmd = root.argv?.join(" ");
  const ran = cmd ? `, run as "${cmd.length > 80 ? cmd.slice(0, 79) + "\u2026" : cmd}",` : "";
  parts.push(`${procName(root)}${ran} ${ending(root)}.`);
  if (rest.length) {
    const failed = rest.filter((p) => p.signal || (p.exitCode ?? p.exitCall ?? 0) !== 0).length;
    const byPid = new Map(r.processes.map((p) => [p.pid, p]));
    const names3 = rest.map((p) => program(p, byPid) ?? "program not shown");
    parts.push(`It started ${String(rest.length)} other process${rest.length === 1 ? "" : "es"} (${tally(names3)})` + (failed ? `, ${String(failed)} of which exited non-zero or was killed.` : "."));
  }
  const threads = r.processes.length - procs.length;
  if (threads)
    parts.push(`${String(threads)} thread${threads === 1 ? "" : "s"} ran beside ${procs.length === 1 ? "it" : "them"}.`);
  const listeners = r.sockets.filter((s) => s.listening && s.local);
  if (listeners.length)
    parts.push(`It listened on ${list(listeners.map((s) => peerText(s.local)))}.`);
  const served = new Set(listeners.map((s) => endpointText(s.local)));
  const open = r.sockets.filter((s) => s.peer && !s.listening && !s.connectFailed && !(s.peer.family === "AF_UNIX" && !s.peer.path));
  const accepted = open.filter((s) => s.local && served.has(endpointText(s.local)));
  const made = open.filter((s) => !accepted.includes(s));
  if (accepted.length)
    parts.push(`It accepted ${String(accepted.length)} connection${accepted.length === 1 ? "" : "s"}.`);
  if (made.length)
    parts.push(`It was connected to ${list(made.map((s) => peerText(s.peer)))}.`);
  const errors = r.findings.filter((f) => f.severity === "error");
  const warnings = r.findings.filter((f) => f.severity === "warning");
  if (errors.length)
    parts.push(`What went wrong: ${errors[0].title}${errors.length > 1 ? ` (and ${String(errors.length - 1)} more error${errors.length > 2 ? "s" : ""})` : ""}.`);
  else if (warnings.length)
    parts.push(`No errors; ${String(warnings.length)} warning${warnings.length === 1 ? "" : "s"} below.`);
  else {
    const notes = r.findings.length;
    parts.push(`Nothing went wrong that the trace shows${notes ? ` (${String(notes)} note${notes === 1 ? "" : "s"} below)` : ""}.`);
  }
  return parts.join(" ");
}

// dist/src/render/sanitize.js
var NAMED = { 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r", 27: "\\x1b" };
function sanitize(text, opts = {}) {
  if (!UNSAFE.test(text))
    return text;
  return text.replace(UNSAFE_G, (ch) => {
    const c = ch.codePointAt(0);
    if (c === 9 && opts.keepTabs)
      return ch;
    if (NAMED[c])
      return NAMED[c];
    if (c < 256)
      return `\\x${c.toString(16).padStart(2, "0")}`;
    return `\\u${c.toString(16).padStart(4, "0")}`;
  });
}
var UNSAFE_SOURCE = "[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]";
var UNSAFE = new RegExp(UNSAFE_SOURCE);
var UNSAFE_G = new RegExp(UNSAFE_SOURCE, "g");
function escapeMarkdown(text) {
  return sanitize(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|~@#])/g, "\\$1").replace(/^(\s*)([+-])(\s)/gm, "$1\\$2$3").replace(/^(\s*)(=+|-{3,})(\s*)$/gm, "$1\\$2$3").replace(/^(\s*\d+)([.)])(\s)/gm, "$1\\$2$3");
}
function inlineCode(text) {
  const s = sanitize(text);
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = s.startsWith("`") || s.endsWith("`") ? " " : "";
  return `${fence}${pad}${s}${pad}${fence}`;
}
function codeBlock(lines, lang = "") {
  const safe = lines.map((l) => sanitize(l));
  const longest = Math.max(2, ...safe.flatMap((l) => [...l.matchAll(/`{3,}|~{3,}/g)].map((m) => m[0].length)));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang}
${safe.join("\n")}
${fence}`;
}

// dist/src/explain/args.js
var FD_ROLES = /* @__PURE__ */ new Set(["fd", "fd2", "dirfd", "dirfd2", "epfd", "kq", "newfd"]);
var LazyArg = class {
  view;
  i;
  role;
  text;
  cache = {};
  constructor(view, i, role, text) {
    this.view = view;
    this.i = i;
    this.role = role;
    this.text = text;
  }
  /** The number (an fd for fd roles), read on first use. */
  get int() {
    if (this.cache.int === void 0)
      this.readInt();
    return this.cache.int ?? void 0;
  }
  /** The dirfd is AT_FDCWD. */
  get atCwd() {
    if (this.cache.int === void 0)
      this.readInt();
    return this.cache.atCwd;
  }
  readInt() {
    const role = this.role;
    const isFd = FD_ROLES.has(role);
    let iv = isFd ? this.view.fd(this.i) : this.view.int(this.i);
    if (isFd && iv !== void 0 && iv >= 2147483648 && iv <= 4294967295)
      iv -= 4294967296;
    if (/^AT_FDCWD\b/.test(this.text) || isFd && role.startsWith("dirfd") && (iv === -100 || iv === -2)) {
      this.cache.atCwd = true;
      this.cache.int = null;
    } else
      this.cache.int = iv ?? null;
  }
  get str() {
    if (this.cache.str === void 0) {
      this.cache.str = this.view.str(this.i)?.value.replace(/\0+$/, "") ?? null;
    }
    return this.cache.str ?? void 0;
  }
  get names() {
    return this.cache.names ??= [...this.view.names(this.i)];
  }
  get endpoint() {
    if (this.cache.endpoint === void 0)
      this.cache.endpoint = this.view.endpoint(this.i) ?? null;
    return this.cache.endpoint ?? void 0;
  }
  get fdInfo() {
    if (this.cache.fdInfo === void 0)
      this.cache.fdInfo = this.view.fdInfo(this.i) ?? null;
    return this.cache.fdInfo ?? void 0;
  }
};
function argViews(ev, decoded, entry, os) {
  const view = CallView.of(ev, os ?? decoded?.os ?? "linux", decoded);
  const n = Math.max(view.args.length, decoded?.args.length ?? 0);
  const out = [];
  for (let i = 0; i < n; i++) {
    const role = entry?.args[i] ?? decoded?.args[i]?.role ?? `arg${String(i)}`;
    out.push(new LazyArg(view, i, role, view.arg(i) ?? decoded?.args[i]?.text ?? ""));
  }
  return out;
}
function stripDecorations(text) {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"')
        j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === "<" && /[0-9D]/.test(text[i - 1] ?? "")) {
      let depth = 0;
      let j = i + 1;
      for (; j < text.length; j++) {
        const d = text[j];
        if (d === "[")
          depth++;
        else if (d === "]")
          depth--;
        else if (d === '"') {
          j++;
          while (j < text.length && text[j] !== '"')
            j += text[j] === "\\" ? 2 : 1;
        } else if (d === ">" && depth <= 0)
          break;
      }
      i = j + 1;
      if (text.startsWith("(deleted)", i))
        i += "(deleted)".length;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
function fdsIn(text) {
  const t = stripDecorations(text);
  return [...t.matchAll(/(?:\{fd=|^\[|[[\s,])(-?\d+)(?=[\s,\]}]|$)/g)].map((m) => Number(m[1]));
}

// dist/src/explain/catalogue/syscalls.js
var ROWS = {
  // --- files and paths
  open: ["file", "path oflags mode", "open {path}{oflags}", "Opened {path}{oflags}", " as {retfd}", void 0, "open"],
  openat: ["file", "dirfd path oflags mode", "open {path}{oflags}", "Opened {path}{oflags}", " as {retfd}", void 0, "open"],
  openat2: ["file", "dirfd path how size", "open {path}", "Opened {path}", " as {retfd}", void 0, "open"],
  creat: ["file", "path mode", "create {path}", "Created {path}", " as {retfd}", void 0, "open"],
  shm_open: ["ipc", "path oflags mode", "open the shared memory object {path}", "Opened the shared memory object {path}", " as {retfd}", void 0, "open"],
  memfd_create: ["memory", "name flags", "create an anonymous memory file {name}", "Created an anonymous memory file {name}", " as {retfd}"],
  access: ["file", "path mode", "check access to {path}", "Checked access to {path}: allowed", "", void 0, "stat"],
  faccessat: ["file", "dirfd path mode", "check access to {path}", "Checked access to {path}: allowed", "", void 0, "stat"],
  faccessat2: ["file", "dirfd path mode flags", "check access to {path}", "Checked access to {path}: allowed", "", void 0, "stat"],
  stat: ["file", "path statbuf", "read the metadata of {path}", "Read the metadata of {path}", "", void 0, "stat"],
  lstat: ["file", "path statbuf", "read the metadata of the link {path}", "Read the metadata of the link {path}", "", void 0, "stat"],
  newfstatat: ["file", "dirfd path statbuf flags", "read the metadata of {path}", "Read the metadata of {path}", "", void 0, "stat"],
  statx: ["file", "dirfd path flags mask statbuf", "read the metadata of {path}", "Read the metadata of {path}", "", void 0, "stat"],
  fstat: ["desc", "fd statbuf", "read the metadata of {fd}", "Read the metadata of {fd}", "", void 0, "stat"],
  fstatfs: ["desc", "fd buf", "read file-system information for {fd}", "Read file-system information for {fd}"],
  statfs: ["file", "path buf", "read file-system information for {path}", "Read file-system information for {path}", "", void 0, "stat"],
  readlink: ["file", "path buf size", "read the symbolic link {path}", "Read the symbolic link {path}", " ({ret} bytes)", void 0, "stat"],
  readlinkat: ["file", "dirfd path buf size", "read the symbolic link {path}", "Read the symbolic link {path}", " ({ret} bytes)", void 0, "stat"],
  getcwd: ["file", "buf size", "read the current directory", "Read the current directory", ""],
  chdir: ["file", "path", "change the current directory to {path}", "Changed the current directory to {path}", "", void 0, "stat"],
  fchdir: ["desc", "fd", "change the current directory to {fd}", "Changed the current directory to {fd}"],
  mkdir: ["file", "path mode", "create the directory {path}", "Created the directory {path}", "", void 0, "create"],
  mkdirat: ["file", "dirfd path mode", "create the directory {path}", "Created the directory {path}", "", void 0, "create"],
  rmdir: ["file", "path", "remove the directory {path}", "Removed the directory {path}", "", void 0, "unlink"],
  unlink: ["file", "path", "delete {path}", "Deleted {path}", "", void 0, "unlink"],
  unlinkat: ["file", "dirfd path flags", "delete {path}", "Deleted {path}", "", void 0, "unlink"],
  rename: ["file", "path path2", "rename {path} to {path2}", "Renamed {path} to {path2}", "", void 0, "create"],
  renameat: ["file", "dirfd path dirfd2 path2", "rename {path} to {path2}", "Renamed {path} to {path2}", "", void 0, "create"],
  renameat2: ["file", "dirfd path dirfd2 path2 flags", "rename {path} to {path2}", "Renamed {path} to {path2}", "", void 0, "create"],
  link: ["file", "path path2", "link {path2} to {path}", "Linked {path2} to {path}", "", void 0, "create"],
  symlink: ["file", "target path", "create the symbolic link {path} \u2192 {target}", "Created the symbolic link {path} \u2192 {target}", "", void 0, "create"],
  chmod: ["file", "path mode", "change the permissions of {path} to {mode}", "Changed the permissions of {path} to {mode}", "", void 0, "stat"],
  fchmod: ["desc", "fd mode", "change the permissions of {fd} to {mode}", "Changed the permissions of {fd} to {mode}"],
  chown: ["file", "path uid gid", "change the owner of {path}", "Changed the owner of {path}", "", void 0, "stat"],
  fchown: ["desc", "fd uid gid", "change the owner of {fd}", "Changed the owner of {fd}"],
  truncate: ["file", "path length", "truncate {path} to {length} bytes", "Truncated {path} to {length} bytes", "", void 0, "stat"],
  ftruncate: ["desc", "fd length", "set the size of {fd} to {length} bytes", "Set the size of {fd} to {length} bytes"],
  getdents64: ["desc", "fd buf count", "list the directory {fd}", "Listed entries of the directory {fd}", " ({ret} bytes)", "Reached the end of the directory {fd}"],
  getdents: ["desc", "fd buf count", "list the directory {fd}", "Listed entries of the directory {fd}", " ({ret} bytes)", "Reached the end of the directory {fd}"],
  inotify_init1: ["file", "flags", "create an inotify instance", "Created an inotify instance (file-change watcher)", " as {retfd}"],
  inotify_add_watch: ["file", "fd path mask", "watch {path} for changes", "Watched {path} for changes", " (watch {ret})", void 0, "stat"],
  // --- fds, reading and writing
  close: ["desc", "fd", "close {fd}", "Closed {fd}", "", void 0, "close"],
  read: ["desc", "fd buf count", "read from {fd}", "Read {ret} bytes from {fd}", "{data}", "Read from {fd}: {eof}", "io"],
  pread64: ["desc", "fd buf count offset", "read from {fd}", "Read {ret} bytes from {fd} at offset {offset}", "", "Read from {fd} at offset {offset}: end of file", "io"],
  readv: ["desc", "fd iov iovcnt", "read from {fd}", "Read {ret} bytes from {fd}", "", "Read from {fd}: {eof}", "io"],
  write: ["desc", "fd buf count", "write {count} bytes to {fd}", "Wrote {ret} bytes to {fd}", "{data}", void 0, "io"],
  pwrite64: ["desc", "fd buf count offset", "write {count} bytes to {fd}", "Wrote {ret} bytes to {fd} at offset {offset}", "", void 0, "io"],
  writev: ["desc", "fd iov iovcnt", "write to {fd}", "Wrote {ret} bytes to {fd}", "", void 0, "io"],
  lseek: ["desc", "fd offset whence", "move the position of {fd}", "Moved the position of {fd}", " to offset {ret}", void 0, "seek"],
  dup: ["desc", "fd", "duplicate {fd}", "Duplicated {fd}", " as {retfd}"],
  dup2: ["desc", "fd newfd", "duplicate {fd} onto fd {newfd}", "Duplicated {fd} onto fd {newfd}"],
  dup3: ["desc", "fd newfd flags", "duplicate {fd} onto fd {newfd}", "Duplicated {fd} onto fd {newfd}"],
  fcntl: ["desc", "fd cmd arg", "{fcntlact}", "{Fcntlact}", "{fcntlret}"],
  ioctl: ["desc", "fd req arg", "{ioctlact}", "{Ioctlact}", "", void 0, "ioctl"],
  pipe: ["ipc", "fds", "create a pipe", "Created a pipe{pipefds}"],
  pipe2: ["ipc", "fds flags", "create a pipe", "Created a pipe{pipefds}"],
  eventfd2: ["desc", "initval flags", "create an eventfd counter", "Created an eventfd counter (for wake-ups)", " as {retfd}"],
  signalfd4: ["signal", "fd mask size flags", "create a signalfd", "Created a signalfd (signals read as data)", " as {retfd}"],
  timerfd_create: ["time", "clockid flags", "create a timerfd", "Created a timerfd (timer read as data)", " as {retfd}"],
  timerfd_settime: ["time", "fd flags new old", "arm the timer {fd}", "Armed the timer {fd}"],
  pidfd_open: ["process", "pid flags", "get a pidfd for process {pid}", "Got a pidfd for process {pid}", " as {retfd}"],
  fsync: ["desc", "fd", "flush {fd} to disk", "Flushed {fd} to disk"],
  fdatasync: ["desc", "fd", "flush the data of {fd} to disk", "Flushed the data of {fd} to disk"],
  // --- network
  socket: ["net", "family socktype protocol", "create a {sockkind}", "Created a {sockkind}", " as {retfd}", void 0, "socket"],
  socketpair: ["net", "family socktype protocol fds", "create a connected pair of {sockkind}s", "Created a connected pair of {sockkind}s{pipefds}", "", void 0, "socket"],
  connect: ["net", "fd addr addrlen", "connect {fd} to {addr}", "Connected {fd} to {addr}", "", void 0, "connect"],
  bind: ["net", "fd addr addrlen", "bind {fd} to {addr}", "Bound {fd} to {addr}", "", void 0, "bind"],
  listen: ["net", "fd backlog", "listen for connections on {fd}", "Started listening for connections on {fd}", " (backlog {backlog})", void 0, "listen"],
  accept: ["net", "fd addr addrlen", "accept a connection on {fd}", "Accepted a connection{peer} on {fd}", " as {retfd}", void 0, "accept"],
  accept4: ["net", "fd addr addrlen flags", "accept a connection on {fd}", "Accepted a connection{peer} on {fd}", " as {retfd}", void 0, "accept"],
  getsockname: ["net", "fd addr addrlen", "ask for the local address of {fd}", "Asked for the local address of {fd}: {addr}", "", void 0, "sockname"],
  getpeername: ["net", "fd addr addrlen", "ask for the peer address of {fd}", "Asked for the peer address of {fd}: {addr}", "", void 0, "sockname"],
  setsockopt: ["net", "fd level opt optval optlen", "set the socket option {opt} on {fd}", "Set the socket option {opt} on {fd}", "", void 0, "sockopt"],
  getsockopt: ["net", "fd level opt optval optlen", "read the socket option {opt} of {fd}", "Read the socket option {opt} of {fd}{optval}", "", void 0, "sockopt"],
  sendto: ["net", "fd buf count flags addr addrlen", "send {count} bytes on {fd}{to}", "Sent {ret} bytes on {fd}{to}", "{data}", void 0, "send"],
  sendmsg: ["net", "fd msg flags", "send a message on {fd}", "Sent {ret} bytes on {fd}", "", void 0, "send"],
  sendmmsg: ["net", "fd msgs vlen flags", "send messages on {fd}", "Sent {ret} messages on {fd}", "", void 0, "send"],
  recvfrom: ["net", "fd buf count flags addr addrlen", "receive on {fd}", "Received {ret} bytes on {fd}{from}", "{data}", "Received nothing on {fd}: the peer closed the connection (end of stream)", "recv"],
  recvmsg: ["net", "fd msg flags", "receive a message on {fd}", "Received {ret} bytes on {fd}", "", "Received nothing on {fd}: the peer closed the connection (end of stream)", "recv"],
  recvmmsg: ["net", "fd msgs vlen flags timeout", "receive messages on {fd}", "Received {ret} messages on {fd}", "", void 0, "recv"],
  shutdown: ["net", "fd how", "shut down {how} on {fd}", "Shut down {how} on {fd}", "", void 0, "shutdown"],
  // --- waiting for fds
  poll: ["poll", "fds nfds timeout", "wait for {fds}", "Waited for {fds}", "{ready}", "Waited for {fds}: timed out, nothing ready", "wait"],
  ppoll: ["poll", "fds nfds timeout sigmask size", "wait for {fds}", "Waited for {fds}", "{ready}", "Waited for {fds}: timed out, nothing ready", "wait"],
  select: ["poll", "nfds readfds writefds exceptfds timeout", "wait for {fds}", "Waited for {fds}", "{ready}", "Waited for {fds}: timed out, nothing ready", "wait"],
  pselect6: ["poll", "nfds readfds writefds exceptfds timeout sigmask", "wait for {fds}", "Waited for {fds}", "{ready}", "Waited for {fds}: timed out, nothing ready", "wait"],
  epoll_create1: ["poll", "flags", "create an epoll instance", "Created an epoll instance", " as {retfd}"],
  epoll_create: ["poll", "size", "create an epoll instance", "Created an epoll instance", " as {retfd}"],
  epoll_ctl: ["poll", "epfd op fd event", "{epop} {fd} in the epoll set {epfd}", "{Epop} {fd} in the epoll set {epfd}"],
  epoll_wait: ["poll", "epfd events maxevents timeout", "wait on the epoll set {epfd}", "Waited on the epoll set {epfd}", ": {ret} ready", "Waited on the epoll set {epfd}: timed out, nothing ready", "wait"],
  epoll_pwait: ["poll", "epfd events maxevents timeout sigmask size", "wait on the epoll set {epfd}", "Waited on the epoll set {epfd}", ": {ret} ready", "Waited on the epoll set {epfd}: timed out, nothing ready", "wait"],
  // --- processes
  execve: ["process", "path argv envp", "run {prog}", "Started running {prog}{argv}", "", void 0, "exec"],
  execveat: ["process", "dirfd path argv envp flags", "run {prog}", "Started running {prog}{argv}", "", void 0, "exec"],
  posix_spawn: ["process", "pid path file_actions attrp argv envp", "spawn {prog}", "Spawned {prog}", "", void 0, "exec"],
  fork: ["process", "", "fork", "Forked", " child process {ret}", "Forked: this is the child", "fork"],
  vfork: ["process", "", "vfork", "Started child process {ret} (vfork: the parent waits until it execs or exits)", "", void 0, "fork"],
  clone: ["process", "flags", "clone", "Started {clonekind} {ret}", "", void 0, "fork"],
  clone3: ["process", "args size", "clone", "Started {clonekind} {ret}", "", void 0, "fork"],
  wait4: ["process", "pid status options rusage", "wait for {waitwho}", "Waited for {waitwho}: process {ret} {status}", "", "Checked {waitwho}: none has finished yet", "wait4"],
  waitid: ["process", "idtype id infop options", "wait for a child", "Waited for a child", "", void 0, "wait4"],
  exit: ["process", "status", "exit the thread", "Exited the thread with status {status0}"],
  exit_group: ["process", "status", "exit", "Exited with status {status0}"],
  kill: ["signal", "pid signal", "{killact}", "{Killact}", "", void 0, "kill"],
  tgkill: ["signal", "tgid pid signal", "send {signal} to {threadwho}", "Sent {signal} to {threadwho}", "", void 0, "kill"],
  tkill: ["signal", "pid signal", "send {signal} to {threadwho}", "Sent {signal} to {threadwho}", "", void 0, "kill"],
  getpid: ["info", "", "ask for its process id", "Asked for its process id", ": {ret}"],
  getppid: ["info", "", "ask for its parent process id", "Asked for its parent process id", ": {ret}"],
  gettid: ["info", "", "ask for its thread id", "Asked for its thread id", ": {ret}"],
  getuid: ["info", "", "ask for its user id", "Asked for its user id", ": {ret}"],
  geteuid: ["info", "", "ask for its effective user id", "Asked for its effective user id", ": {ret}"],
  getgid: ["info", "", "ask for its group id", "Asked for its group id", ": {ret}"],
  getegid: ["info", "", "ask for its effective group id", "Asked for its effective group id", ": {ret}"],
  setuid: ["process", "uid", "switch to user id {uid}", "Switched to user id {uid}", "", void 0, "perm"],
  setgid: ["process", "gid", "switch to group id {gid}", "Switched to group id {gid}", "", void 0, "perm"],
  setsid: ["process", "", "start a new session", "Started a new session", " ({ret})"],
  setpgid: ["process", "pid pgid", "set the process group", "Set the process group"],
  capget: ["process", "header data", "read its capabilities", "Read its capabilities"],
  capset: ["process", "header data", "change its capabilities", "Changed its capabilities", "", void 0, "perm"],
  prctl: ["process", "option arg2 arg3 arg4 arg5", "change a process setting ({option})", "Changed a process setting ({option})"],
  arch_prctl: ["process", "option addr", "set up thread-local storage ({option})", "Set up thread-local storage ({option})"],
  set_tid_address: ["process", "tidptr", "register where to clear its thread id on exit", "Registered where to clear its thread id on exit", " (thread id {ret})"],
  set_robust_list: ["process", "head len", "register its robust futex list", "Registered its robust futex list"],
  rseq: ["process", "rseq len flags sig", "register restartable sequences", "Registered restartable sequences"],
  prlimit64: ["process", "pid resource new old", "read or set the limit {resource}", "Read or set the limit {resource}"],
  getrlimit: ["process", "resource rlim", "read the limit {resource}", "Read the limit {resource}"],
  setrlimit: ["process", "resource rlim", "set the limit {resource}", "Set the limit {resource}", "", void 0, "perm"],
  sched_getaffinity: ["sched", "pid size mask", "ask which CPUs it may run on", "Asked which CPUs it may run on"],
  sched_yield: ["sched", "", "give up the CPU", "Gave up the CPU to other threads"],
  getrandom: ["info", "buf count flags", "get {count} random bytes", "Got {ret} random bytes", "", void 0, "random"],
  uname: ["info", "buf", "ask for the system name and version", "Asked for the system name and version"],
  sysinfo: ["info", "info", "ask for system statistics (memory, uptime)", "Asked for system statistics (memory, uptime)"],
  pkey_alloc: ["memory", "flags access", "allocate a memory protection key", "Allocated memory protection key {ret}"],
  restart_syscall: ["signal", "resume", "resume the {resumed} a signal interrupted", "Resumed the {resumed} a signal interrupted"],
  pause: ["signal", "", "wait for a signal", "Waited for a signal"],
  // --- signals
  rt_sigaction: ["signal", "signal act oldact size", "set the handler of {signal}", "{sigaction}"],
  sigaction: ["signal", "signal act oldact", "set the handler of {signal}", "{sigaction}"],
  rt_sigprocmask: ["signal", "how set oldset size", "change which signals are blocked", "Changed which signals are blocked"],
  sigprocmask: ["signal", "how set oldset", "change which signals are blocked", "Changed which signals are blocked"],
  rt_sigreturn: ["signal", "mask", "return from a signal handler", "Returned from a signal handler"],
  rt_sigsuspend: ["signal", "mask size", "wait for a signal", "Waited for a signal"],
  rt_sigqueueinfo: ["signal", "pid signal info", "queue {signal} with data to process {pid}", "Queued {signal} with data to process {pid}", "", void 0, "kill"],
  sigaltstack: ["signal", "ss old", "set up an alternate signal stack", "Set up an alternate signal stack"],
  setitimer: ["time", "which new old", "arm an interval timer", "Armed an interval timer"],
  // --- memory
  mmap: ["memory", "addr length prot flags fd offset", "map {mapwhat}", "Mapped {mapwhat}", " at {ret}", void 0, "memory"],
  mmap2: ["memory", "addr length prot flags fd offset", "map {mapwhat}", "Mapped {mapwhat}", " at {ret}", void 0, "memory"],
  munmap: ["memory", "addr length", "unmap {length} bytes at {addrp}", "Unmapped {length} bytes at {addrp}", "", void 0, "memory"],
  mprotect: ["memory", "addrp length prot", "change memory protection to {prot}", "Changed memory protection of {length} bytes to {prot}", "", void 0, "memory"],
  madvise: ["memory", "addrp length advice", "give the kernel a hint about memory use ({advice})", "Gave the kernel a hint about memory use ({advice})", "", void 0, "memory"],
  brk: ["memory", "addrp", "move the end of the heap", "Moved the end of the heap", " to {ret}", void 0, "memory"],
  // --- time
  clock_nanosleep: ["time", "clockid flags req rem", "sleep {sleepfor}", "Slept {sleepfor}", "", void 0, "sleep"],
  nanosleep: ["time", "req rem", "sleep {sleepfor}", "Slept {sleepfor}", "", void 0, "sleep"],
  gettimeofday: ["time", "tv tz", "read the clock", "Read the clock"],
  clock_gettime: ["time", "clockid tp", "read the clock", "Read the clock"],
  // --- synchronisation
  futex: ["sync", "uaddr op val timeout uaddr2 val3", "{futexop}", "{Futexop}", "", void 0, "futex"],
  // --- Darwin-only (macOS)
  __sysctl: ["info", "name namelen oldp oldlenp newp newlen", "read a kernel setting (sysctl)", "Read a kernel setting (sysctl)"],
  sysctl: ["info", "name namelen oldp oldlenp newp newlen", "read a kernel setting (sysctl)", "Read a kernel setting (sysctl)"],
  sysctlbyname: ["info", "name namelen oldp oldlenp newp newlen", "read the kernel setting {name}", "Read the kernel setting {name}"],
  stat64: ["file", "path statbuf", "read the metadata of {path}", "Read the metadata of {path}", "", void 0, "stat"],
  lstat64: ["file", "path statbuf", "read the metadata of the link {path}", "Read the metadata of the link {path}", "", void 0, "stat"],
  fstat64: ["desc", "fd statbuf", "read the metadata of {fd}", "Read the metadata of {fd}", "", void 0, "stat"],
  fstatat64: ["file", "dirfd path statbuf flags", "read the metadata of {path}", "Read the metadata of {path}", "", void 0, "stat"],
  fstatfs64: ["desc", "fd buf", "read file-system information for {fd}", "Read file-system information for {fd}"],
  getfsstat64: ["info", "buf size flags", "list the mounted file systems", "Listed the mounted file systems", " ({ret})"],
  getattrlist: ["file", "path attrlist buf size options", "read attributes of {path}", "Read attributes of {path}", "", void 0, "stat"],
  getattrlistbulk: ["desc", "fd attrlist buf size options", "read attributes of the entries of the directory {fd}", "Read attributes of {ret} entries of the directory {fd}"],
  getdirentries64: ["desc", "fd buf count basep", "list the directory {fd}", "Listed entries of the directory {fd}", " ({ret} bytes)", "Reached the end of the directory {fd}"],
  fsgetpath: ["file", "buf size fsid objid", "look up a path by file-system id", "Looked up a path by file-system id"],
  fdsync: ["desc", "fd flags", "flush {fd} to disk", "Flushed {fd} to disk"],
  llseek: ["desc", "fd offset_high offset_low result whence", "move the position of {fd}", "Moved the position of {fd}"],
  pread: ["desc", "fd buf count offset", "read from {fd}", "Read {ret} bytes from {fd} at offset {offset}", "", "Read from {fd}: end of file", "io"],
  pwrite: ["desc", "fd buf count offset", "write {count} bytes to {fd}", "Wrote {ret} bytes to {fd} at offset {offset}", "", void 0, "io"],
  kqueue: ["poll", "", "create a kqueue", "Created a kqueue (event queue)", " as {retfd}"],
  kevent: ["poll", "kq changelist nchanges eventlist nevents timeout", "wait on the kqueue {kq}", "Waited on the kqueue {kq}", ": {ret} events", "Waited on the kqueue {kq}: no events", "wait"],
  kevent64: ["poll", "kq changelist nchanges eventlist nevents flags timeout", "wait on the kqueue {kq}", "Waited on the kqueue {kq}", ": {ret} events", "Waited on the kqueue {kq}: no events", "wait"],
  kevent_qos: ["poll", "kq changelist nchanges eventlist nevents data_out data_available flags", "wait on the kqueue {kq}", "Waited on the kqueue {kq}", ": {ret} events", "Waited on the kqueue {kq}: no events", "wait"],
  workq_kernreturn: ["sched", "options item affinity prio", "hand a thread back to the work-queue pool", "Handed a thread back to the work-queue pool (libdispatch)"],
  bsdthread_register: ["process", "threadstart wqthread flags stack_addr_hint targetconc dispatchqueue_offset", "register the thread entry points", "Registered the thread entry points (libpthread start-up)"],
  thread_selfid: ["info", "", "ask for its thread id", "Asked for its thread id", ": {ret}"],
  issetugid: ["info", "", "ask whether it runs set-user-id", "Asked whether it runs set-user-id", ": {yesno}"],
  csops: ["process", "pid ops useraddr usersize", "query its code-signing status", "Queried its code-signing status"],
  csops_audittoken: ["process", "pid ops useraddr usersize token", "query its code-signing status", "Queried its code-signing status"],
  csrctl: ["info", "op useraddr usersize", "query System Integrity Protection", "Queried System Integrity Protection"],
  proc_info: ["info", "callnum pid flavor arg buf size", "ask for process information", "Asked for process information"],
  shared_region_check_np: ["memory", "startaddr", "look up the shared library cache", "Looked up the shared library cache (dyld)"],
  crossarch_trap: ["process", "arg", "check for Rosetta translation", "Checked for Rosetta translation"],
  ulock_wake: ["sync", "operation addr wake_value", "wake a thread waiting on a lock", "Woke a thread waiting on a lock", "", void 0, "futex"],
  ulock_wait: ["sync", "operation addr value timeout", "wait on a lock", "Waited on a lock", "", void 0, "futex"],
  psynch_cvwait: ["sync", "cv cvgen cvugen mutex mugen flags sec nsec", "wait on a condition variable", "Waited on a condition variable", "", void 0, "futex"],
  psynch_cvsignal: ["sync", "cv cvgen cvugen thread_port mutex mugen tid flags", "signal a condition variable", "Signalled a condition variable", "", void 0, "futex"],
  psynch_mutexdrop: ["sync", "mutex mgen ugen tid flags", "release a mutex", "Released a mutex", "", void 0, "futex"],
  psynch_mutexwait: ["sync", "mutex mgen ugen tid flags", "wait for a mutex", "Waited for a mutex", "", void 0, "futex"],
  __semwait_signal: ["sync", "cond_sem mutex_sem timeout relative tv_sec tv_nsec", "sleep on a semaphore", "Slept on a semaphore", "", void 0, "sleep"],
  __pthread_sigmask: ["signal", "how set oldset", "change which signals the thread blocks", "Changed which signals the thread blocks"],
  __pthread_kill: ["signal", "thread_port signal", "send {signal} to a thread", "Sent {signal} to a thread", "", void 0, "kill"],
  __disable_threadsignal: ["signal", "value", "stop signal delivery to the exiting thread", "Stopped signal delivery to the exiting thread"],
  __mac_syscall: ["system", "policy call arg", "call a security policy module ({policy})", "Called a security policy module ({policy})"],
  getentropy: ["info", "buf count", "get {count} random bytes", "Got random bytes"],
  lwp_sigmask: ["signal", "how bits0 bits1", "change which signals the thread blocks", "Changed which signals the thread blocks"],
  // --- Solaris (DTraceToolkit dtruss samples)
  resolvepath: ["file", "path buf size", "resolve the real path of {path}", "Resolved the real path of {path}", "", void 0, "stat"],
  sysconfig: ["info", "name", "read a system configuration value", "Read a system configuration value", ": {ret}"],
  xstat: ["file", "version path statbuf", "read the metadata of {path}", "Read the metadata of {path}", "", void 0, "stat"],
  memcntl: ["memory", "addrp length cmd arg attr mask", "give the kernel memory-management advice", "Gave the kernel memory-management advice", "", void 0, "memory"],
  mremap: ["memory", "addrp length new_length flags new_address", "resize a memory mapping", "Resized a memory mapping", " (now at {ret})", void 0, "memory"],
  // --- Linux calls common in real programs that had only the generic sentence (man-pages, section 2)
  sendfile: ["desc", "fd fd2 offset count", "copy {count} bytes from {fd2} to {fd} in the kernel", "Copied {ret} bytes from {fd2} to {fd} in the kernel", "", void 0, "io"],
  copy_file_range: ["desc", "fd off_in fd2 off_out length flags", "copy {length} bytes from {fd} to {fd2} in the kernel", "Copied {ret} bytes from {fd} to {fd2} in the kernel", "", void 0, "io"],
  splice: ["desc", "fd off_in fd2 off_out length flags", "move {length} bytes from {fd} to {fd2} through a pipe", "Moved {ret} bytes from {fd} to {fd2} through a pipe", "", void 0, "io"],
  tee: ["desc", "fd fd2 length flags", "duplicate {length} bytes of pipe {fd} into {fd2}", "Duplicated {ret} bytes of pipe {fd} into {fd2}", "", void 0, "io"],
  vmsplice: ["desc", "fd iov nr_segs flags", "move memory into pipe {fd}", "Moved {ret} bytes of memory into pipe {fd}", "", void 0, "io"],
  preadv: ["desc", "fd iov iovcnt offset", "read from {fd} at offset {offset}", "Read {ret} bytes from {fd} at offset {offset}", "", void 0, "io"],
  pwritev: ["desc", "fd iov iovcnt offset", "write to {fd} at offset {offset}", "Wrote {ret} bytes to {fd} at offset {offset}", "", void 0, "io"],
  preadv2: ["desc", "fd iov iovcnt offset flags", "read from {fd} at offset {offset}", "Read {ret} bytes from {fd} at offset {offset}", "", void 0, "io"],
  pwritev2: ["desc", "fd iov iovcnt offset flags", "write to {fd} at offset {offset}", "Wrote {ret} bytes to {fd} at offset {offset}", "", void 0, "io"],
  readahead: ["desc", "fd offset count", "read ahead {count} bytes of {fd} into the page cache", "Read ahead {count} bytes of {fd} into the page cache", "", void 0, "io"],
  fadvise64: ["desc", "fd offset length advice", "tell the kernel how it will read {fd}", "Told the kernel how it will read {fd}"],
  fallocate: ["desc", "fd mode offset length", "reserve {length} bytes of disk space for {fd}", "Reserved {length} bytes of disk space for {fd}", "", void 0, "io"],
  sync: ["file", "", "flush all file systems to disk", "Flushed all file systems to disk"],
  syncfs: ["desc", "fd", "flush the file system of {fd} to disk", "Flushed the file system of {fd} to disk", "", void 0, "io"],
  sync_file_range: ["desc", "fd offset length flags", "flush part of {fd} to disk", "Flushed part of {fd} to disk", "", void 0, "io"],
  msync: ["memory", "addrp length flags", "flush a shared file mapping to disk", "Flushed a shared file mapping to disk", "", void 0, "memory"],
  flock: ["desc", "fd op", "lock or unlock {fd} ({op})", "Locked or unlocked {fd} ({op})"],
  umask: ["file", "mode", "set its file-creation mask to {mode}", "Set its file-creation mask to {mode}"],
  mknod: ["file", "path mode dev", "create the special file {path}", "Created the special file {path}", "", void 0, "create"],
  mknodat: ["file", "dirfd path mode dev", "create the special file {path}", "Created the special file {path}", "", void 0, "create"],
  linkat: ["file", "dirfd path newdirfd path2 flags", "create the hard link {path2} to {path}", "Created the hard link {path2} to {path}", "", void 0, "create"],
  symlinkat: ["file", "target newdirfd path", "create the symbolic link {path} to {target}", "Created the symbolic link {path} to {target}", "", void 0, "create"],
  fchmodat: ["file", "dirfd path mode flags", "change the mode of {path} to {mode}", "Changed the mode of {path} to {mode}", "", void 0, "stat"],
  fchownat: ["file", "dirfd path uid gid flags", "change the owner of {path} to {uid}:{gid}", "Changed the owner of {path} to {uid}:{gid}", "", void 0, "stat"],
  lchown: ["file", "path uid gid", "change the owner of the link {path} to {uid}:{gid}", "Changed the owner of the link {path} to {uid}:{gid}", "", void 0, "stat"],
  utimensat: ["file", "dirfd path times flags", "set the timestamps of {path}", "Set the timestamps of {path}", "", void 0, "stat"],
  utimes: ["file", "path times", "set the timestamps of {path}", "Set the timestamps of {path}", "", void 0, "stat"],
  utime: ["file", "path times", "set the timestamps of {path}", "Set the timestamps of {path}", "", void 0, "stat"],
  futimesat: ["file", "dirfd path times", "set the timestamps of {path}", "Set the timestamps of {path}", "", void 0, "stat"],
  chroot: ["file", "path", "change its root directory to {path}", "Changed its root directory to {path}", "", void 0, "stat"],
  getxattr: ["file", "path name value size", "read the extended attribute {name} of {path}", "Read the extended attribute {name} of {path}", " ({ret} bytes)", void 0, "stat"],
  lgetxattr: ["file", "path name value size", "read the extended attribute {name} of {path}", "Read the extended attribute {name} of {path}", " ({ret} bytes)", void 0, "stat"],
  fgetxattr: ["desc", "fd name value size", "read the extended attribute {name} of {fd}", "Read the extended attribute {name} of {fd}", " ({ret} bytes)", void 0, "stat"],
  setxattr: ["file", "path name value size flags", "set the extended attribute {name} of {path}", "Set the extended attribute {name} of {path}", "", void 0, "stat"],
  lsetxattr: ["file", "path name value size flags", "set the extended attribute {name} of {path}", "Set the extended attribute {name} of {path}", "", void 0, "stat"],
  fsetxattr: ["desc", "fd name value size flags", "set the extended attribute {name} of {fd}", "Set the extended attribute {name} of {fd}", "", void 0, "stat"],
  listxattr: ["file", "path list size", "list the extended attributes of {path}", "Listed the extended attributes of {path}", "", void 0, "stat"],
  llistxattr: ["file", "path list size", "list the extended attributes of {path}", "Listed the extended attributes of {path}", "", void 0, "stat"],
  flistxattr: ["desc", "fd list size", "list the extended attributes of {fd}", "Listed the extended attributes of {fd}", "", void 0, "stat"],
  removexattr: ["file", "path name", "remove the extended attribute {name} of {path}", "Removed the extended attribute {name} of {path}", "", void 0, "stat"],
  lremovexattr: ["file", "path name", "remove the extended attribute {name} of {path}", "Removed the extended attribute {name} of {path}", "", void 0, "stat"],
  fremovexattr: ["desc", "fd name", "remove the extended attribute {name} of {fd}", "Removed the extended attribute {name} of {fd}", "", void 0, "stat"],
  inotify_init: ["file", "", "create an inotify instance", "Created an inotify instance (file-change watcher)", " as {retfd}"],
  inotify_rm_watch: ["file", "fd wd", "stop watching a path ({fd})", "Stopped watching a path ({fd})"],
  fanotify_init: ["file", "flags event_f_flags", "create a fanotify instance", "Created a fanotify instance (file-access watcher)", " as {retfd}"],
  fanotify_mark: ["file", "fd flags mask dirfd path", "watch {path} for file accesses", "Watched {path} for file accesses", "", void 0, "stat"],
  eventfd: ["desc", "initval", "create an eventfd counter", "Created an eventfd counter (for wake-ups)", " as {retfd}"],
  signalfd: ["signal", "fd mask size", "create a signalfd (signals read as data)", "Created a signalfd (signals read as data)", " as {retfd}"],
  timerfd_gettime: ["time", "fd curr_value", "read the timer {fd}", "Read the timer {fd}"],
  close_range: ["desc", "fd max_fd flags", "close a range of fds from {fd}", "Closed a range of fds from {fd}", "", void 0, "close"],
  memfd_secret: ["memory", "flags", "create a secret memory area", "Created a secret memory area", " as {retfd}"],
  // --- processes, users and scheduling
  getresuid: ["info", "ruid euid suid", "ask for its real, effective and saved user ids", "Asked for its real, effective and saved user ids"],
  getresgid: ["info", "rgid egid sgid", "ask for its real, effective and saved group ids", "Asked for its real, effective and saved group ids"],
  setresuid: ["process", "ruid euid suid", "switch its user ids to {ruid}, {euid}, {suid}", "Switched its user ids to {ruid}, {euid}, {suid}", "", void 0, "perm"],
  setresgid: ["process", "rgid egid sgid", "switch its group ids to {rgid}, {egid}, {sgid}", "Switched its group ids to {rgid}, {egid}, {sgid}", "", void 0, "perm"],
  setreuid: ["process", "ruid euid", "switch its user ids to {ruid}, {euid}", "Switched its user ids to {ruid}, {euid}", "", void 0, "perm"],
  setregid: ["process", "rgid egid", "switch its group ids to {rgid}, {egid}", "Switched its group ids to {rgid}, {egid}", "", void 0, "perm"],
  setfsuid: ["process", "uid", "set its file-system user id to {uid}", "Set its file-system user id to {uid}", "", void 0, "perm"],
  setfsgid: ["process", "gid", "set its file-system group id to {gid}", "Set its file-system group id to {gid}", "", void 0, "perm"],
  getgroups: ["info", "size list", "ask for its supplementary groups", "Asked for its supplementary groups", ": {ret}"],
  setgroups: ["process", "size list", "set its supplementary groups", "Set its supplementary groups", "", void 0, "perm"],
  getpgrp: ["info", "", "ask for its process group", "Asked for its process group", ": {ret}"],
  getpgid: ["info", "pid", "ask for the process group of {procwho}", "Asked for the process group of {procwho}", ": {ret}"],
  getsid: ["info", "pid", "ask for the session of {procwho}", "Asked for the session of {procwho}", ": {ret}"],
  getpriority: ["sched", "which who", "ask for a scheduling priority", "Asked for a scheduling priority", ": {ret}"],
  setpriority: ["sched", "which who prio", "set a scheduling priority (nice {prio})", "Set a scheduling priority (nice {prio})", "", void 0, "perm"],
  getrusage: ["info", "who usage", "ask for its resource usage", "Asked for its resource usage"],
  times: ["info", "buf", "ask for its CPU times", "Asked for its CPU times"],
  sched_setaffinity: ["sched", "pid size mask", "set which CPUs {procwho} may run on: {mask}", "Set which CPUs {procwho} may run on: {mask}", "", void 0, "perm"],
  sched_setscheduler: ["sched", "pid policy param", "set the scheduling policy of {procwho}", "Set the scheduling policy of {procwho}", "", void 0, "perm"],
  sched_getscheduler: ["sched", "pid", "ask for the scheduling policy of {procwho}", "Asked for the scheduling policy of {procwho}", ": {ret}"],
  sched_setparam: ["sched", "pid param", "set the scheduling priority of {procwho}", "Set the scheduling priority of {procwho}", "", void 0, "perm"],
  sched_getparam: ["sched", "pid param", "ask for the scheduling priority of {procwho}", "Asked for the scheduling priority of {procwho}"],
  sched_setattr: ["sched", "pid attr flags", "set the scheduling attributes of {procwho}", "Set the scheduling attributes of {procwho}", "", void 0, "perm"],
  sched_getattr: ["sched", "pid attr size flags", "ask for the scheduling attributes of {procwho}", "Asked for the scheduling attributes of {procwho}"],
  sched_get_priority_max: ["sched", "policy", "ask for the highest priority of a scheduling policy", "Asked for the highest priority of a scheduling policy", ": {ret}"],
  sched_get_priority_min: ["sched", "policy", "ask for the lowest priority of a scheduling policy", "Asked for the lowest priority of a scheduling policy", ": {ret}"],
  sched_rr_get_interval: ["sched", "pid tp", "ask for the round-robin time slice", "Asked for the round-robin time slice"],
  ioprio_set: ["sched", "which who ioprio", "set an I/O priority", "Set an I/O priority", "", void 0, "perm"],
  ioprio_get: ["sched", "which who", "ask for an I/O priority", "Asked for an I/O priority", ": {ret}"],
  getcpu: ["info", "cpu node tcache", "ask which CPU it runs on", "Asked which CPU it runs on"],
  personality: ["process", "persona", "read or set its execution domain", "Read or set its execution domain", " (it was {ret})"],
  unshare: ["process", "flags", "move into new namespaces ({flags})", "Moved into new namespaces ({flags})", "", void 0, "perm"],
  setns: ["process", "fd nstype", "join the namespace {fd}", "Joined the namespace {fd}", "", void 0, "perm"],
  pivot_root: ["file", "path path2", "make {path} the root directory", "Made {path} the root directory", "", void 0, "perm"],
  mount: ["system", "source path fstype flags data", "mount {source} on {path}", "Mounted {source} on {path}", "", void 0, "perm"],
  umount2: ["system", "path flags", "unmount {path}", "Unmounted {path}", "", void 0, "perm"],
  sethostname: ["system", "name len", "set the host name to {name}", "Set the host name to {name}", "", void 0, "perm"],
  ptrace: ["process", "req pid addrp data", "trace process {pid} ({req})", "Traced process {pid} ({req})", "", void 0, "perm"],
  seccomp: ["process", "operation flags args", "install a seccomp system-call filter", "Installed a seccomp system-call filter", "", void 0, "perm"],
  bpf: ["system", "cmd attr size", "use a BPF program or map ({cmd})", "Used a BPF program or map ({cmd})", "", void 0, "perm"],
  perf_event_open: ["system", "attr pid cpu group_fd flags", "open a performance counter", "Opened a performance counter", " as {retfd}", void 0, "perm"],
  pidfd_send_signal: ["signal", "fd signal info flags", "send {signal} to the process {fd}", "Sent {signal} to the process {fd}", "", void 0, "kill"],
  pidfd_getfd: ["process", "fd targetfd flags", "copy fd {targetfd} out of the process {fd}", "Copied fd {targetfd} out of the process {fd}", " as {retfd}", void 0, "perm"],
  process_vm_readv: ["memory", "pid local_iov liovcnt remote_iov riovcnt flags", "read the memory of process {pid}", "Read {ret} bytes of the memory of process {pid}", "", void 0, "perm"],
  process_vm_writev: ["memory", "pid local_iov liovcnt remote_iov riovcnt flags", "write the memory of process {pid}", "Wrote {ret} bytes into the memory of process {pid}", "", void 0, "perm"],
  kcmp: ["process", "pid pid2 type idx1 idx2", "compare kernel resources of two processes", "Compared kernel resources of two processes"],
  membarrier: ["sync", "cmd flags cpu_id", "issue a memory barrier across threads", "Issued a memory barrier across threads"],
  get_robust_list: ["process", "pid head len", "read the robust futex list of {procwho}", "Read the robust futex list of {procwho}"],
  // --- signals and timers
  alarm: ["time", "seconds", "set an alarm (SIGALRM) in {seconds} seconds", "Set an alarm (SIGALRM) in {seconds} seconds"],
  getitimer: ["time", "which curr_value", "read an interval timer", "Read an interval timer"],
  rt_sigpending: ["signal", "set size", "ask which signals are pending", "Asked which signals are pending"],
  rt_sigtimedwait: ["signal", "set info timeout size", "wait for one of the signals {set}", "Received one of the signals {set} it waited for", "", void 0, "sleep"],
  rt_tgsigqueueinfo: ["signal", "tgid pid signal info", "queue {signal} with data to thread {pid}", "Queued {signal} with data to thread {pid}", "", void 0, "kill"],
  timer_create: ["time", "clockid sevp timerid", "create a POSIX timer", "Created a POSIX timer"],
  timer_settime: ["time", "timerid flags new old", "arm a POSIX timer", "Armed a POSIX timer"],
  timer_gettime: ["time", "timerid curr_value", "read a POSIX timer", "Read a POSIX timer"],
  timer_getoverrun: ["time", "timerid", "ask how often a POSIX timer overran", "Asked how often a POSIX timer overran", ": {ret}"],
  timer_delete: ["time", "timerid", "delete a POSIX timer", "Deleted a POSIX timer"],
  clock_getres: ["time", "clockid res", "ask for the resolution of a clock", "Asked for the resolution of a clock"],
  clock_settime: ["time", "clockid tp", "set a clock", "Set a clock", "", void 0, "perm"],
  settimeofday: ["time", "tv tz", "set the system time", "Set the system time", "", void 0, "perm"],
  adjtimex: ["time", "buf", "read or adjust the kernel clock", "Read or adjusted the kernel clock"],
  clock_adjtime: ["time", "clockid buf", "read or adjust a clock", "Read or adjusted a clock"],
  time: ["time", "tloc", "ask for the time", "Asked for the time", ": {ret}"],
  // --- memory
  mincore: ["memory", "addrp length vec", "ask which pages are in memory", "Asked which pages are in memory"],
  mlock: ["memory", "addrp length", "lock {length} bytes in memory", "Locked {length} bytes in memory", "", void 0, "memory"],
  mlock2: ["memory", "addrp length flags", "lock {length} bytes in memory", "Locked {length} bytes in memory", "", void 0, "memory"],
  munlock: ["memory", "addrp length", "unlock {length} bytes of memory", "Unlocked {length} bytes of memory"],
  mlockall: ["memory", "flags", "lock all its memory", "Locked all its memory", "", void 0, "memory"],
  munlockall: ["memory", "", "unlock all its memory", "Unlocked all its memory"],
  mbind: ["memory", "addrp length mode nodemask maxnode flags", "bind memory to NUMA nodes", "Bound memory to NUMA nodes"],
  set_mempolicy: ["memory", "mode nodemask maxnode", "set its NUMA memory policy", "Set its NUMA memory policy"],
  get_mempolicy: ["memory", "mode nodemask maxnode addrp flags", "ask for its NUMA memory policy", "Asked for its NUMA memory policy"],
  pkey_mprotect: ["memory", "addrp length prot pkey", "change memory protection of {length} bytes", "Changed memory protection of {length} bytes", "", void 0, "memory"],
  pkey_free: ["memory", "pkey", "free a memory protection key", "Freed a memory protection key"],
  userfaultfd: ["memory", "flags", "create a userfaultfd (page faults handled in user space)", "Created a userfaultfd (page faults handled in user space)", " as {retfd}"],
  process_madvise: ["memory", "fd iovec vlen advice flags", "give memory advice for the process {fd}", "Gave memory advice for the process {fd}"],
  // --- System V and POSIX IPC
  shmget: ["ipc", "key size shmflg", "get a shared memory segment of {size} bytes", "Got shared memory segment {ret}", "", void 0, "perm"],
  shmat: ["ipc", "shmid shmaddr shmflg", "attach shared memory segment {shmid}", "Attached shared memory segment {shmid}", " at {ret}", void 0, "perm"],
  shmdt: ["ipc", "shmaddr", "detach a shared memory segment", "Detached a shared memory segment"],
  shmctl: ["ipc", "shmid cmd buf", "control shared memory segment {shmid} ({cmd})", "Controlled shared memory segment {shmid} ({cmd})", "", void 0, "perm"],
  semget: ["ipc", "key nsems semflg", "get a semaphore set", "Got semaphore set {ret}", "", void 0, "perm"],
  semop: ["ipc", "semid sops nsops", "operate on semaphore set {semid}", "Operated on semaphore set {semid}", "", void 0, "sleep"],
  semtimedop: ["ipc", "semid sops nsops timeout", "operate on semaphore set {semid}", "Operated on semaphore set {semid}", "", void 0, "sleep"],
  semctl: ["ipc", "semid semnum cmd arg", "control semaphore set {semid} ({cmd})", "Controlled semaphore set {semid} ({cmd})", "", void 0, "perm"],
  msgget: ["ipc", "key msgflg", "get a message queue", "Got message queue {ret}", "", void 0, "perm"],
  msgsnd: ["ipc", "msqid msgp msgsz msgflg", "send a message to queue {msqid}", "Sent a message to queue {msqid}", "", void 0, "send"],
  msgrcv: ["ipc", "msqid msgp msgsz msgtyp msgflg", "receive a message from queue {msqid}", "Received {ret} bytes from message queue {msqid}", "", void 0, "recv"],
  msgctl: ["ipc", "msqid cmd buf", "control message queue {msqid} ({cmd})", "Controlled message queue {msqid} ({cmd})", "", void 0, "perm"],
  mq_open: ["ipc", "name oflags mode attr", "open the message queue {name}", "Opened the message queue {name}", " as {retfd}", void 0, "open"],
  mq_unlink: ["ipc", "name", "delete the message queue {name}", "Deleted the message queue {name}", "", void 0, "unlink"],
  mq_timedsend: ["ipc", "fd msg len prio timeout", "send a message on queue {fd}", "Sent a message on queue {fd}", "", void 0, "send"],
  mq_timedreceive: ["ipc", "fd msg len prio timeout", "receive a message from queue {fd}", "Received {ret} bytes from queue {fd}", "", void 0, "recv"],
  mq_notify: ["ipc", "fd sevp", "ask to be notified of messages on queue {fd}", "Asked to be notified of messages on queue {fd}"],
  mq_getsetattr: ["ipc", "fd newattr oldattr", "read or set the attributes of queue {fd}", "Read or set the attributes of queue {fd}"],
  // --- asynchronous I/O
  io_setup: ["desc", "nr_events ctx", "create an AIO context for {nr_events} requests", "Created an AIO context for {nr_events} requests"],
  io_destroy: ["desc", "ctx", "destroy an AIO context", "Destroyed an AIO context"],
  io_submit: ["desc", "ctx nr iocbpp", "submit {nr} asynchronous I/O requests", "Submitted {ret} asynchronous I/O requests", "", void 0, "io"],
  io_getevents: ["desc", "ctx min_nr nr events timeout", "wait for asynchronous I/O to complete", "Got {ret} completed asynchronous I/O requests", "", void 0, "sleep"],
  io_pgetevents: ["desc", "ctx min_nr nr events timeout usig", "wait for asynchronous I/O to complete", "Got {ret} completed asynchronous I/O requests", "", void 0, "sleep"],
  io_cancel: ["desc", "ctx iocb result", "cancel an asynchronous I/O request", "Cancelled an asynchronous I/O request"],
  io_uring_setup: ["desc", "entries params", "create an io_uring with {entries} entries", "Created an io_uring with {entries} entries", " as {retfd}"],
  io_uring_enter: ["desc", "fd to_submit min_complete flags sig sz", "submit {to_submit} requests to io_uring {fd}", "Submitted {ret} requests to io_uring {fd}", "", void 0, "io"],
  io_uring_register: ["desc", "fd opcode arg nr_args", "register resources with io_uring {fd}", "Registered resources with io_uring {fd}"],
  // --- modules, keys, accounting and system
  init_module: ["system", "module_image len param_values", "load a kernel module", "Loaded a kernel module", "", void 0, "perm"],
  finit_module: ["system", "fd param_values flags", "load the kernel module {fd}", "Loaded the kernel module {fd}", "", void 0, "perm"],
  delete_module: ["system", "name flags", "unload the kernel module {name}", "Unloaded the kernel module {name}", "", void 0, "perm"],
  add_key: ["system", "type description payload plen keyring", "add a key to a keyring", "Added key {ret} to a keyring", "", void 0, "perm"],
  request_key: ["system", "type description callout_info dest_keyring", "look up a key", "Found key {ret}", "", void 0, "perm"],
  keyctl: ["system", "operation arg2 arg3 arg4 arg5", "manage keys ({operation})", "Managed keys ({operation})", "", void 0, "perm"],
  syslog: ["system", "type bufp len", "read or control the kernel log", "Read or controlled the kernel log", "", void 0, "perm"],
  acct: ["system", "path", "switch process accounting", "Switched process accounting", "", void 0, "perm"],
  reboot: ["system", "magic magic2 cmd arg", "reboot or halt the system", "Rebooted or halted the system", "", void 0, "perm"],
  swapon: ["system", "path swapflags", "enable swapping to {path}", "Enabled swapping to {path}", "", void 0, "perm"],
  swapoff: ["system", "path", "disable swapping to {path}", "Disabled swapping to {path}", "", void 0, "perm"],
  quotactl: ["system", "cmd special id addrp", "manage disk quotas", "Managed disk quotas", "", void 0, "perm"],
  landlock_create_ruleset: ["process", "attr size flags", "create a Landlock sandbox ruleset", "Created a Landlock sandbox ruleset", " as {retfd}"],
  landlock_add_rule: ["process", "fd rule_type rule_attr flags", "add a rule to the Landlock ruleset {fd}", "Added a rule to the Landlock ruleset {fd}"],
  landlock_restrict_self: ["process", "fd flags", "sandbox itself with the Landlock ruleset {fd}", "Sandboxed itself with the Landlock ruleset {fd}", "", void 0, "perm"],
  open_tree: ["file", "dirfd path flags", "open the mount tree {path}", "Opened the mount tree {path}", " as {retfd}", void 0, "perm"],
  move_mount: ["system", "from_dirfd from_path to_dirfd path flags", "move a mount to {path}", "Moved a mount to {path}", "", void 0, "perm"],
  fsopen: ["system", "fstype flags", "start configuring a {fstype} file system", "Started configuring a {fstype} file system", " as {retfd}", void 0, "perm"],
  fsconfig: ["system", "fd cmd key value aux", "configure the file system {fd}", "Configured the file system {fd}", "", void 0, "perm"],
  fsmount: ["system", "fd flags attr_flags", "create a mount from {fd}", "Created a mount from {fd}", " as {retfd}", void 0, "perm"],
  fspick: ["system", "dirfd path flags", "pick the mounted file system at {path}", "Picked the mounted file system at {path}", " as {retfd}", void 0, "perm"],
  mount_setattr: ["system", "dirfd path flags attr size", "change the mount attributes of {path}", "Changed the mount attributes of {path}", "", void 0, "perm"],
  name_to_handle_at: ["file", "dirfd path handle mount_id flags", "get a file handle for {path}", "Got a file handle for {path}", "", void 0, "stat"],
  futex_waitv: ["sync", "waiters nr_futexes flags timeout clockid", "wait on {nr_futexes} futexes", "Woke from a wait on {nr_futexes} futexes", "", void 0, "futex"],
  epoll_pwait2: ["poll", "epfd events maxevents timeout sigmask size", "wait on the epoll set {epfd}", "Waited on the epoll set {epfd}", ": {ret} ready", "Waited on the epoll set {epfd}: timed out, nothing ready", "wait"],
  // --- Nanos / Linux calls seen without arguments in old Nanos traces
  nosys: ["system", "", "make an unimplemented call", "Made an unimplemented call"]
};
var ALIASES = {
  close_nocancel: "close",
  read_nocancel: "read",
  write_nocancel: "write",
  open_nocancel: "open",
  openat_nocancel: "openat",
  fcntl_nocancel: "fcntl",
  sendto_nocancel: "sendto",
  sendmsg_nocancel: "sendmsg",
  recvfrom_nocancel: "recvfrom",
  recvmsg_nocancel: "recvmsg",
  select_nocancel: "select",
  poll_nocancel: "poll",
  pread_nocancel: "pread",
  pwrite_nocancel: "pwrite",
  wait4_nocancel: "wait4",
  connect_nocancel: "connect",
  accept_nocancel: "accept",
  fsync_nocancel: "fsync",
  readv_nocancel: "readv",
  writev_nocancel: "writev",
  mmap2: "mmap",
  _llseek: "lseek",
  fstatat: "newfstatat",
  getdents: "getdents64",
  sigreturn: "rt_sigreturn",
  // 32-bit ABIs (i386, ARM): other spellings of the same calls.
  _newselect: "select",
  ugetrlimit: "getrlimit",
  newuname: "uname",
  olduname: "uname",
  oldolduname: "uname",
  sigsuspend: "rt_sigsuspend",
  signal: "rt_sigaction",
  waitpid: "wait4",
  fadvise64_64: "fadvise64",
  arm_fadvise64_64: "fadvise64",
  sync_file_range2: "sync_file_range"
};
function abiBase(name2) {
  const m = /^(.+?)(?:_time64|64|32)$/.exec(name2);
  return m && Object.hasOwn(SYSCALLS, m[1]) ? m[1] : void 0;
}
function build2() {
  const out = {};
  for (const [name2, [family, roles, act, done, result, zero, errctx]] of Object.entries(ROWS)) {
    const entry = { family, args: roles ? roles.split(" ") : [], act, done };
    if (result !== void 0)
      entry.result = result;
    if (zero !== void 0)
      entry.zero = zero;
    if (errctx !== void 0)
      entry.errctx = errctx;
    out[name2] = entry;
  }
  return out;
}
var SYSCALLS = build2();
function lookupSyscall(name2) {
  if (Object.hasOwn(SYSCALLS, name2))
    return SYSCALLS[name2];
  const alias = ALIASES[name2];
  if (alias && Object.hasOwn(SYSCALLS, alias))
    return SYSCALLS[alias];
  if (name2.endsWith("_nocancel"))
    return lookupSyscall(name2.slice(0, -"_nocancel".length));
  const base = abiBase(name2);
  return base !== void 0 ? SYSCALLS[base] : void 0;
}
function canonicalName(name2) {
  if (Object.hasOwn(SYSCALLS, name2))
    return name2;
  if (ALIASES[name2])
    return ALIASES[name2];
  if (name2.endsWith("_nocancel"))
    return canonicalName(name2.slice(0, -"_nocancel".length));
  return abiBase(name2) ?? name2;
}
var FCNTL_WORDS = {
  F_GETFL: ["read the status flags of {fd}", "Read the status flags of {fd}"],
  F_SETFL: ["set the status flags of {fd} to {arg}", "Set the status flags of {fd} to {arg}"],
  F_GETFD: ["read the fd flags of {fd}", "Read the fd flags of {fd}"],
  F_SETFD: ["set the fd flags of {fd} to {arg}", "Set the fd flags of {fd} to {arg}"],
  F_DUPFD: ["duplicate {fd}", "Duplicated {fd}"],
  F_DUPFD_CLOEXEC: ["duplicate {fd} (close-on-exec)", "Duplicated {fd} (close-on-exec)"],
  F_GETLK: ["check for a lock on {fd}", "Checked for a lock on {fd}"],
  F_SETLK: ["lock or unlock a range of {fd}", "Locked or unlocked a range of {fd}"],
  F_SETLKW: ["wait to lock a range of {fd}", "Locked a range of {fd}"],
  F_OFD_SETLK: ["lock or unlock a range of {fd}", "Locked or unlocked a range of {fd}"],
  F_OFD_SETLKW: ["wait to lock a range of {fd}", "Locked a range of {fd}"],
  F_SETPIPE_SZ: ["resize the pipe {fd}", "Resized the pipe {fd}"],
  F_GETPIPE_SZ: ["read the pipe size of {fd}", "Read the pipe size of {fd}"],
  F_ADD_SEALS: ["seal {fd}", "Sealed {fd}"],
  F_GETPATH: ["ask for the path of {fd}", "Asked for the path of {fd}"],
  F_NOCACHE: ["turn data caching off or on for {fd}", "Turned data caching off or on for {fd}"],
  F_CHECK_LV: ["check that {fd} may be loaded as a library", "Checked that {fd} may be loaded as a library"],
  F_SETNOSIGPIPE: ["turn off SIGPIPE for {fd}", "Turned off SIGPIPE for {fd}"]
};
var IOCTL_WORDS = {
  // The third form is the sentence for ENOTTY: for these requests it is an answer, not a failure.
  TCGETS: ["ask whether {fd} is a terminal (TCGETS)", "Asked whether {fd} is a terminal: it is", "Asked whether {fd} is a terminal: it is not (a routine check)"],
  TIOCGETA: ["ask whether {fd} is a terminal (TIOCGETA)", "Asked whether {fd} is a terminal: it is", "Asked whether {fd} is a terminal: it is not (a routine check)"],
  TCSETS: ["change the terminal settings of {fd}", "Changed the terminal settings of {fd}"],
  TCSETSW: ["change the terminal settings of {fd}", "Changed the terminal settings of {fd}"],
  TIOCGWINSZ: ["ask for the window size of the terminal {fd}", "Asked for the window size of the terminal {fd}", "Asked for the terminal window size of {fd}: it is not a terminal"],
  TIOCSWINSZ: ["set the window size of the terminal {fd}", "Set the window size of the terminal {fd}"],
  TIOCGPGRP: ["ask for the foreground process group of {fd}", "Asked for the foreground process group of {fd}"],
  FIONBIO: ["switch {fd} to {nbio} mode", "Switched {fd} to {nbio} mode"],
  FIONREAD: ["ask how many bytes are waiting on {fd}", "Asked how many bytes are waiting on {fd}"],
  FIOCLEX: ["mark {fd} close-on-exec", "Marked {fd} close-on-exec"],
  FIONCLEX: ["clear close-on-exec on {fd}", "Cleared close-on-exec on {fd}"],
  SIOCGIFCONF: ["list the network interfaces", "Listed the network interfaces"],
  SIOCGIFFLAGS: ["read the flags of a network interface", "Read the flags of a network interface"],
  SIOCGIFINDEX: ["look up a network interface index", "Looked up a network interface index"]
};

// dist/src/explain/failed.js
function callFailed(ev) {
  const errno3 = ev.ret?.errno;
  if (!errno3 && ev.ret?.errnoNumber === void 0)
    return false;
  if (errno3 && /^ERESTART/.test(errno3))
    return false;
  if (errno3 === "ENOTTY" && /^ioctl/.test(ev.syscall))
    return false;
  return true;
}

// dist/src/explain/catalogue/errno.js
var ERRNO_SHORT = {
  EPERM: "operation not permitted",
  ENOENT: "no such file",
  ESRCH: "no such process",
  EINTR: "interrupted by a signal",
  EIO: "input/output error",
  ENXIO: "no such device or address",
  E2BIG: "argument list too long",
  ENOEXEC: "not an executable format",
  EBADF: "bad file descriptor",
  ECHILD: "no child processes",
  EAGAIN: "would block",
  EWOULDBLOCK: "would block",
  ENOMEM: "out of memory",
  EACCES: "permission denied",
  EFAULT: "bad address",
  EBUSY: "busy",
  EEXIST: "already exists",
  EXDEV: "cross-device link",
  ENODEV: "no such device",
  ENOTDIR: "not a directory",
  EISDIR: "is a directory",
  EINVAL: "invalid argument",
  ENFILE: "too many open files in the system",
  EMFILE: "too many open files",
  ENOTTY: "not a terminal",
  ETXTBSY: "text file busy",
  EFBIG: "file too large",
  ENOSPC: "no space left on device",
  ESPIPE: "not seekable",
  EROFS: "read-only file system",
  EMLINK: "too many links",
  EPIPE: "broken pipe",
  EDOM: "argument out of domain",
  ERANGE: "result out of range",
  EDEADLK: "deadlock avoided",
  ENAMETOOLONG: "file name too long",
  ENOSYS: "not implemented",
  ENOTEMPTY: "directory not empty",
  ELOOP: "too many symbolic links",
  ENODATA: "no data available",
  ENOTSOCK: "not a socket",
  EDESTADDRREQ: "destination address required",
  EMSGSIZE: "message too long",
  EPROTOTYPE: "wrong protocol type for socket",
  ENOPROTOOPT: "protocol option not available",
  EPROTONOSUPPORT: "protocol not supported",
  EOPNOTSUPP: "operation not supported",
  ENOTSUP: "operation not supported",
  EAFNOSUPPORT: "address family not supported",
  EADDRINUSE: "address already in use",
  EADDRNOTAVAIL: "address not available",
  ENETDOWN: "network is down",
  ENETUNREACH: "network unreachable",
  ECONNABORTED: "connection aborted",
  ECONNRESET: "connection reset by peer",
  ENOBUFS: "no buffer space",
  EISCONN: "already connected",
  ENOTCONN: "not connected",
  ETIMEDOUT: "timed out",
  ECONNREFUSED: "connection refused",
  EHOSTDOWN: "host is down",
  EHOSTUNREACH: "no route to host",
  EALREADY: "already in progress",
  EINPROGRESS: "in progress",
  ESTALE: "stale file handle",
  EDQUOT: "disk quota exceeded",
  ECANCELED: "cancelled",
  EOWNERDEAD: "owner died",
  ERESTARTSYS: "interrupted by a signal",
  ERESTARTNOINTR: "interrupted by a signal",
  ERESTARTNOHAND: "interrupted by a signal",
  ERESTART_RESTARTBLOCK: "interrupted by a signal",
  EJUSTRETURN: "returned to user space early"
};
var ERRNO_IN_CONTEXT = {
  ENOENT: {
    default: "the path does not exist",
    open: "the file does not exist",
    stat: "nothing exists at that path",
    create: "a directory on the way does not exist",
    unlink: "there was nothing to delete",
    exec: "no program exists at that path",
    "connect:unix": "nothing is listening at that path (no server has created its socket file there)",
    // Only a UNIX socket path can be missing, so this holds when the family is not known.
    connect: "nothing is listening at that UNIX socket path (no server has created its socket file there)",
    "bind:unix": "the directory for the socket file does not exist",
    "send:unix": "nothing is listening at that path",
    futex: "no thread was waiting"
  },
  ENOTDIR: {
    default: "a part of the path is a file, not a directory"
  },
  EACCES: {
    default: "the permissions on the path or a directory on the way forbid it",
    open: "the file or a directory on the way does not allow this user that access",
    exec: "the file is not executable or a directory on the way cannot be searched",
    "connect:unix": "this user may not write to the socket file or search its directory",
    "bind:inet-low": "ports below 1024 need root (or CAP_NET_BIND_SERVICE)",
    "bind:inet": "a security policy (SELinux, AppArmor, a sandbox) forbids binding this address",
    bind: "this user may not create the socket there",
    "send:inet": "sending to a broadcast address needs SO_BROADCAST, or a firewall rule refused it",
    socket: "this user may not create that kind of socket"
  },
  EPERM: {
    default: "the process lacks the privilege for this",
    kill: "the process may not signal that process (different user)",
    "connect:inet": "a local firewall rule refused the connection",
    perm: "changing identity or capabilities needs privileges it does not have",
    socket: "raw and packet sockets need root (or CAP_NET_RAW)"
  },
  ECONNREFUSED: {
    default: "nothing is listening on that address and port",
    "connect:unix": "the socket file exists but no server is accepting on it (stale socket file)",
    recv: "the peer answered with a refusal (a UDP port with nothing listening)",
    send: "an earlier datagram was refused: nothing listens on that port"
  },
  EINPROGRESS: {
    default: "the operation continues in the background",
    connect: "the socket is non-blocking, so the connection continues in the background; the result comes later (poll/select, then SO_ERROR)"
  },
  EALREADY: {
    connect: "an earlier non-blocking connect on this socket is still in progress"
  },
  EAGAIN: {
    default: "the fd is non-blocking and nothing was ready; try again later",
    accept: "no connection was waiting (often another process or thread took it first)",
    recv: "no data had arrived yet on this non-blocking socket",
    io: "the non-blocking fd had no data (or no room) right now",
    send: "the socket send buffer is full",
    fork: "a process or thread limit was reached",
    futex: "the lock value changed before waiting, so it did not wait",
    random: "the kernel entropy pool is not ready yet"
  },
  EWOULDBLOCK: {
    default: "the fd is non-blocking and nothing was ready; try again later"
  },
  EPIPE: {
    default: "the other end was closed, so there is no one to receive the data (SIGPIPE is sent too unless ignored)",
    io: "the reader of this pipe or socket has gone away (SIGPIPE is sent too unless ignored)",
    send: "the peer closed the connection (SIGPIPE is sent too unless ignored)"
  },
  ECONNRESET: {
    default: "the peer dropped the connection abruptly"
  },
  ENOTCONN: {
    default: "the socket is not connected",
    shutdown: "the socket was not connected, so there was nothing to shut down",
    sockname: "the socket has no peer yet"
  },
  EISCONN: { default: "the socket is already connected" },
  EADDRINUSE: {
    default: "another socket is already bound to that address and port (another server, or TIME_WAIT without SO_REUSEADDR)",
    "bind:unix": "a file already exists at that path (a stale socket file to remove first)",
    connect: "no free local port was left for the connection"
  },
  EADDRNOTAVAIL: {
    default: "that address is not one of this machine's addresses",
    connect: "no local address or port was available to reach it"
  },
  ENETUNREACH: { default: "there is no route to that network from here" },
  EHOSTUNREACH: { default: "the host cannot be reached (no route, or it does not answer ARP/ND)" },
  ETIMEDOUT: {
    default: "no answer came in time",
    connect: "the host did not answer (a firewall dropping packets, or the host is down)",
    futex: "the wait ran out of time"
  },
  EAFNOSUPPORT: {
    default: "this address family is not available (e.g. IPv6 disabled)"
  },
  EINTR: {
    default: "a signal arrived while it was waiting, so the call returned early"
  },
  ERESTARTSYS: {
    default: "a signal arrived; the call is restarted after the handler unless the handler says otherwise"
  },
  ERESTARTNOINTR: { default: "a signal arrived; the call is restarted after the handler" },
  ERESTARTNOHAND: { default: "a signal arrived; the call is restarted only if no handler ran, otherwise it fails with EINTR" },
  ERESTART_RESTARTBLOCK: { default: "a signal arrived; the call resumes later through restart_syscall" },
  EBADF: {
    default: "that fd is not open (closed already, or never opened)",
    close: "that fd was not open, so there was nothing to close"
  },
  ENOTTY: {
    default: "the fd is not a terminal",
    ioctl: "the fd is not a terminal (or not a device that understands this request); programs probe stdout this way"
  },
  ESPIPE: { default: "the fd is a pipe or socket, which has no position" },
  ECHILD: { default: "there is no child process left to wait for" },
  ESRCH: { default: "that process (or thread) no longer exists" },
  EEXIST: { default: "something already exists at that path" },
  EISDIR: { default: "the path is a directory" },
  EMFILE: { default: "the process hit its open-file limit (ulimit -n)" },
  ENFILE: { default: "the whole system hit its open-file limit" },
  ENOSPC: { default: "the disk (or an inode table) is full" },
  EROFS: { default: "the file system is mounted read-only" },
  ENOMEM: { default: "the kernel could not allocate the memory" },
  EINVAL: { default: "an argument was not valid for this call" },
  ENOSYS: { default: "the kernel does not implement this call (programs probe for newer calls this way)" },
  EOPNOTSUPP: { default: "this kind of fd or socket does not support the operation" },
  ENOPROTOOPT: { default: "the socket does not know that option" },
  ENAMETOOLONG: { default: "the path (or a UNIX socket path over 107 bytes) is too long" },
  ELOOP: { default: "the path has a symbolic-link loop" },
  ETXTBSY: { default: "the program file is open for writing elsewhere" },
  ENOEXEC: { exec: "the file is not a program this system can run (wrong architecture or missing #! line)" },
  E2BIG: { exec: "the arguments and environment are too large" },
  ENOTSOCK: { default: "the fd is not a socket" },
  EMSGSIZE: { default: "the message is larger than the socket allows" },
  ENOBUFS: { default: "the kernel ran out of socket buffers" },
  EDQUOT: { default: "the user's disk quota is exhausted" },
  EJUSTRETURN: { default: "the kernel returned without a result (normal for work-queue threads on macOS)" },
  ENOTEMPTY: { default: "the directory still has entries" },
  EXDEV: { default: "source and destination are on different file systems" },
  EFAULT: { default: "a pointer argument was invalid" },
  ENODATA: { default: "there is no such attribute or data" }
};
function errnoMeaning(errno3, contexts) {
  const table = ERRNO_IN_CONTEXT[errno3];
  if (!table)
    return void 0;
  for (const c of contexts)
    if (Object.hasOwn(table, c))
      return table[c];
  return table.default;
}

// dist/src/explain/catalogue/signals.js
var SIGNALS = {
  SIGHUP: "a hang-up of its terminal, or a request to reload",
  SIGINT: "an interrupt from the keyboard, Ctrl-C",
  SIGQUIT: "a quit from the keyboard, Ctrl-\\",
  SIGILL: "an illegal instruction",
  SIGTRAP: "a trace or breakpoint trap",
  SIGABRT: "an abort it raised itself: abort() or a failed assertion",
  SIGBUS: "a bad memory access: unaligned, or past the end of a mapped file",
  SIGFPE: "an arithmetic error such as division by zero",
  SIGKILL: "a kill that cannot be caught or ignored",
  SIGUSR1: "a user-defined signal",
  SIGUSR2: "a user-defined signal",
  SIGSEGV: "an invalid memory access, a segmentation fault",
  SIGPIPE: "a write to a pipe or socket whose reader has gone",
  SIGALRM: "a timer set with alarm or setitimer expiring",
  SIGTERM: "a request to terminate",
  SIGCHLD: "a child process exiting or stopping",
  SIGCONT: "a continue after a stop",
  SIGSTOP: "a stop that cannot be caught",
  SIGTSTP: "a stop from the keyboard, Ctrl-Z",
  SIGTTIN: "a read from the terminal by a background process",
  SIGTTOU: "a write to the terminal by a background process",
  SIGURG: "urgent data on a socket",
  SIGXCPU: "its CPU-time limit being exceeded",
  SIGXFSZ: "its file-size limit being exceeded",
  SIGVTALRM: "a virtual timer expiring",
  SIGPROF: "a profiling timer expiring",
  SIGWINCH: "a change of the terminal window size",
  SIGIO: "I/O becoming possible on an fd",
  SIGPOLL: "I/O becoming possible on an fd",
  SIGPWR: "a power failure",
  SIGSYS: "a bad system call, often from a seccomp filter",
  SIGRTMIN: "a real-time signal, often used by threading libraries"
};
var SI_CODES = {
  SI_USER: "sent by kill()",
  SI_KERNEL: "sent by the kernel",
  SI_QUEUE: "sent by sigqueue()",
  SI_TKILL: "sent by tgkill()",
  SI_TIMER: "a timer expired",
  CLD_EXITED: "exited",
  CLD_KILLED: "was killed",
  CLD_DUMPED: "was killed and dumped core",
  CLD_STOPPED: "stopped",
  CLD_CONTINUED: "continued",
  CLD_TRAPPED: "was trapped",
  SEGV_MAPERR: "address not mapped",
  SEGV_ACCERR: "no permission for that address"
};

// dist/src/explain/explain.js
function isAnalyzer(x) {
  return typeof x.socket === "function" && typeof x.fd === "function";
}
function stateFromAnalyzer(a) {
  return { fd: (pid, fd) => a.fd(pid, fd), socketOf: (pid, fd) => a.socket(pid, fd), wellKnown };
}
function explainEvent(a, analyzer = {}) {
  const state = isAnalyzer(analyzer) ? stateFromAnalyzer(analyzer) : analyzer;
  const ev = a.event;
  switch (ev.type) {
    case "syscall":
      return explainCall(ev, a, state);
    case "signal":
      return explainSignal(ev.signal, ev.info, ev.stopped);
    case "exit":
      if (ev.supersededBy !== void 0)
        return `Replaced by the execve of thread ${String(ev.supersededBy)} (a thread ran execve)`;
      if (ev.signal) {
        const why = SIGNALS[ev.signal];
        return `Was killed by ${ev.signal}${why ? ` (${why})` : ""}${ev.core ? "; it dumped core" : ""}`;
      }
      return ev.code === 0 ? "Exited successfully (status 0)" : `Exited with status ${String(ev.code ?? "?")}`;
    case "attach":
      return `The tracer attached to process ${String(ev.target ?? ev.pid ?? "?")}${ev.threads ? ` with ${String(ev.threads)} threads` : ""}`;
    case "detach":
      return `The tracer detached from process ${String(ev.target ?? ev.pid ?? "?")}`;
    case "tracer":
      return `Tracer message: ${ev.message}`;
    case "output":
      return "Output of the traced program (not a system call)";
    case "summary":
      return ev.syscall ? `Summary table row for ${ev.syscall}` : "Part of a summary table";
    case "unparsed":
      return `This line could not be read (${ev.reason})`;
  }
}
function explainSignal(signal3, info, stopped) {
  const why = SIGNALS[signal3];
  if (stopped)
    return `Was stopped by ${signal3}${why ? ` (${why})` : ""}`;
  let detail = "";
  if (info) {
    const code = /si_code=([A-Z_]+)/.exec(info)?.[1];
    const pid = /si_pid=(\d+)/.exec(info)?.[1];
    const status = /si_status=([A-Za-z0-9_]+)/.exec(info)?.[1];
    const addr = /si_addr=(0x[0-9a-f]+|NULL)/.exec(info)?.[1];
    if (signal3 === "SIGCHLD" && pid && code && SI_CODES[code]) {
      detail = `: child ${pid} ${SI_CODES[code]}${status !== void 0 ? code === "CLD_EXITED" ? ` with status ${status}` : ` (${status})` : ""}`;
    } else if (code === "SI_USER" && pid) {
      detail = `, sent by process ${pid}`;
    } else if (addr && (signal3 === "SIGSEGV" || signal3 === "SIGBUS")) {
      detail = ` at address ${addr}${code && SI_CODES[code] ? ` (${SI_CODES[code]})` : ""}`;
    }
  }
  return `Received ${signal3}${why && !detail.startsWith(":") ? ` (${why})` : ""}${detail}`;
}
function explainCall(ev, a, state) {
  const entry = lookupSyscall(ev.syscall);
  const ctx = { ev, entry, args: argViews(ev, a.decoded, entry), a, state, pid: ev.pid ?? ev.tid };
  if (!entry)
    return genericCall(ctx);
  const ret = ev.ret;
  const errno3 = errnoName(ev, a.decoded);
  const fill = (t) => fillTemplate(t, ctx);
  if (ev.syscall === "exit" || ev.syscall === "exit_group") {
    return argByRole(ctx, "status") ? fill(entry.done) : `${ev.syscall === "exit" ? "Exited the thread" : "Exited"} (status not shown)`;
  }
  if (ev.args.trim() === "" && entry.args.length > 0 && ctx.args.length === 0) {
    const needsArgs = /\{(?!sockkind\})[A-Za-z0-9_]+\}/.test(entry.done);
    if (!errno3 && !needsArgs && entry.result?.includes("{retfd}") && (ret?.value ?? -1) >= 0)
      return fill(entry.done) + fill(entry.result);
    return argless(ctx, errno3);
  }
  if (ev.status === "unfinished" || ev.status === "detached") {
    const why = ev.status === "detached" ? "the tracer detached before it returned" : "it had not returned when the trace ended";
    return `Started to ${fill(entry.act)}; ${why}`;
  }
  if (ev.status === "interrupted" || ret && ret.value === null && !errno3) {
    return `Was waiting to ${fill(entry.act)} when the process ended; the call never returned`;
  }
  if (errno3) {
    if (ev.syscall === "rt_sigreturn" || ev.syscall === "sigreturn") {
      return `Returned from a signal handler; the call it interrupted now ${errno3 === "EINTR" ? "fails with EINTR" : `ends with ${errno3}`}`;
    }
    if (errno3.startsWith("ERESTART") || errno3 === "EINTR") {
      return `Was interrupted by a signal while trying to ${fill(entry.act)} \u2014 ${errnoMeaning(errno3, []) ?? "a signal arrived"}`;
    }
    if (errno3 === "ENOTTY" && (ev.syscall === "ioctl" || ev.syscall === "ioctl_nocancel")) {
      const req = names2(argByRole(ctx, "req"))[0] ?? argByRole(ctx, "req")?.text ?? "";
      const notty = IOCTL_WORDS[req]?.[2];
      if (notty)
        return fill(notty);
    }
    return `Tried to ${fill(entry.act)}: ${errnoPhrase(errno3, ctx)}`;
  }
  if (ret && ret.value === 0 && entry.zero)
    return fill(entry.zero);
  return plural(fill(entry.done) + (entry.result ? fill(entry.result) : ""));
}
function argless(ctx, errno3) {
  const { ev } = ctx;
  const head = `Called ${ev.syscall} (the tracer did not print its arguments)`;
  if (ev.status === "unfinished")
    return `${head}; it had not returned when the trace ended`;
  if (errno3)
    return `${head}: ${errnoPhrase(errno3, ctx)}`;
  const r = ev.ret?.value;
  if (r === null || r === void 0)
    return head;
  if (ctx.entry?.result?.includes("{retfd}"))
    return `${head}, which returned fd ${String(r)}`;
  return r === 0 ? head : `${head}, which returned ${String(r)}`;
}
function plural(s) {
  if (!s.includes("1 "))
    return s;
  return s.replace(/\b1 (byte|message|event|entrie)s\b/g, (_m, w) => `1 ${w === "entrie" ? "entry" : w}`);
}
function genericCall(ctx) {
  const { ev } = ctx;
  const m = /^syscall_(0x[0-9a-f]+|\d+)$/.exec(ev.syscall);
  const what = m ? `an unknown system call (number ${String(Number(m[1]))})` : `${ev.syscall}`;
  const errno3 = errnoName(ev, ctx.a.decoded);
  if (ev.status === "unfinished")
    return `Started to call ${what}; it had not returned when the trace ended`;
  if (errno3)
    return `Called ${what}: it failed with ${errno3} (${errnoPhrase(errno3, ctx)})`;
  const r = ev.ret?.text;
  return `Called ${what}${r !== void 0 && r !== "0" && r !== "?" ? `, which returned ${r}` : ""}`;
}
function errnoName(ev, d) {
  const r = ev.ret;
  if (!r)
    return void 0;
  if (d?.errno?.name)
    return d.errno.name;
  if (r.errno && /^[A-Z_]+$/.test(r.errno))
    return r.errno;
  if (r.errno !== void 0 || r.errnoNumber !== void 0)
    return r.errno ?? `error ${String(r.errnoNumber)}`;
  return void 0;
}
function errnoPhrase(errno3, ctx) {
  const short = ERRNO_SHORT[errno3] ?? ctx.ev.ret?.message?.toLowerCase() ?? ctx.a.decoded?.errno?.message?.toLowerCase() ?? errno3;
  const meaning = errnoMeaning(errno3, errnoContexts(ctx));
  return meaning && meaning !== short ? `${short} \u2014 ${meaning}` : short;
}
function errnoContexts(ctx) {
  const base = ctx.entry?.errctx ?? ctx.entry?.family;
  if (!base)
    return [];
  const fam = socketFamilyOf(ctx);
  if (!fam)
    return [base];
  const ep = argByRole(ctx, "addr")?.endpoint;
  const port = ep && (ep.family === "AF_INET" || ep.family === "AF_INET6") && typeof ep.port === "number" ? ep.port : void 0;
  const low = fam === "inet" && port !== void 0 && port > 0 && port < 1024 ? [`${base}:inet-low`] : [];
  return [...low, `${base}:${fam}`, base];
}
function socketFamilyOf(ctx) {
  const ep = argByRole(ctx, "addr")?.endpoint;
  const fam = ep?.family ?? socketOfArg(ctx, argByRole(ctx, "fd"))?.family;
  const info = argByRole(ctx, "fd")?.fdInfo;
  const text = fam ?? (info?.type === "socket" ? info.protocol : void 0);
  if (!text)
    return void 0;
  if (/UNIX|LOCAL/i.test(text))
    return "unix";
  if (/INET|TCP|UDP/i.test(text))
    return "inet";
  return void 0;
}
function argByRole(ctx, role) {
  return ctx.args.find((x) => x.role === role);
}
var PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;
var TEMPLATE_PARTS = /* @__PURE__ */ new Map();
function fillTemplate(t, ctx) {
  let parts = TEMPLATE_PARTS.get(t);
  if (!parts) {
    parts = t.split(PLACEHOLDER);
    if (TEMPLATE_PARTS.size >= 4096)
      TEMPLATE_PARTS.clear();
    TEMPLATE_PARTS.set(t, parts);
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2)
    out += resolve(parts[i], ctx, t) + parts[i + 1];
  return out;
}
function resolve(name2, ctx, template) {
  const r = RESOLVERS[name2];
  if (r)
    return r(ctx, template);
  const arg = argByRole(ctx, name2);
  return arg ? arg.text : name2;
}
var RET = (ctx) => {
  const r = ctx.ev.ret;
  if (!r)
    return "?";
  if (r.value === null)
    return "?";
  const address = ctx.entry?.family === "memory" || r.value > 4294967295;
  const text = r.hex && address ? `0x${r.value.toString(16)}` : String(r.value);
  const ns = stracePid(r);
  return ns !== void 0 ? `${text} (${String(ns)} in strace's PID namespace)` : text;
};
var RESOLVERS = {
  fd: (ctx, t) => fdPhrase(ctx, argByRole(ctx, "fd"), t.includes("{addr}")),
  epfd: (ctx) => fdPhrase(ctx, argByRole(ctx, "epfd"), false),
  kq: (ctx) => fdPhrase(ctx, argByRole(ctx, "kq"), false),
  newfd: (ctx) => String(argByRole(ctx, "newfd")?.int ?? argByRole(ctx, "newfd")?.text ?? "?"),
  // The second fd of a two-fd call (sendfile, splice, copy_file_range), described like the first.
  fd2: (ctx) => fdPhrase(ctx, argByRole(ctx, "fd2"), false),
  path: (ctx) => pathPhrase(ctx, "path", "dirfd"),
  path2: (ctx) => pathPhrase(ctx, "path2", "dirfd2"),
  target: (ctx) => strOf(argByRole(ctx, "target")),
  name: (ctx) => strOf(argByRole(ctx, "name")),
  prog: (ctx) => {
    const p = argByRole(ctx, "path");
    return p?.str !== void 0 ? strOf(p) : "a program (its path was not printed)";
  },
  argv: (ctx) => argvPhrase(argByRole(ctx, "argv")),
  addr: (ctx) => addrPhrase(ctx, argByRole(ctx, "addr")?.endpoint, argByRole(ctx, "addr")),
  to: (ctx) => {
    const a = argByRole(ctx, "addr");
    return a?.endpoint ? ` to ${addrPhrase(ctx, a.endpoint, a)}` : "";
  },
  from: (ctx) => {
    const a = argByRole(ctx, "addr");
    if (!a?.endpoint)
      return "";
    const bare = endpointBare(a.endpoint);
    if (bare !== a.endpoint.family && fdPhrase(ctx, argByRole(ctx, "fd"), false).includes(bare))
      return "";
    return ` from ${addrPhrase(ctx, a.endpoint, a)}`;
  },
  peer: (ctx) => {
    const a = argByRole(ctx, "addr");
    return a?.endpoint ? ` from ${addrPhrase(ctx, a.endpoint, a)}` : "";
  },
  ret: RET,
  retfd: (ctx) => {
    const v = ctx.ev.ret?.value;
    return v === null || v === void 0 ? "a new fd" : `fd ${String(v)}`;
  },
  count: (ctx) => numText(argByRole(ctx, "count")),
  offset: (ctx) => numText(argByRole(ctx, "offset")),
  length: (ctx) => numText(argByRole(ctx, "length")),
  backlog: (ctx) => numText(argByRole(ctx, "backlog")),
  oflags: (ctx) => openMode(argByRole(ctx, "oflags")),
  mode: (ctx) => argByRole(ctx, "mode")?.text ?? "?",
  sockkind: (ctx) => {
    const type = names2(argByRole(ctx, "socktype"));
    const kind = sockKind(names2(argByRole(ctx, "family")), type, argByRole(ctx, "family")?.text);
    return type.includes("SOCK_NONBLOCK") ? `non-blocking ${kind}` : kind;
  },
  how: (ctx) => shutdownHow(argByRole(ctx, "how")),
  opt: (ctx) => {
    const o = argByRole(ctx, "opt");
    return names2(o)[0] ?? o?.text ?? "?";
  },
  optval: (ctx) => {
    const o = names2(argByRole(ctx, "opt"))[0];
    const v = argByRole(ctx, "optval");
    if (o === "SO_ERROR" && v) {
      const n = /\[?(\d+|[A-Z]+)\]?/.exec(v.text)?.[1];
      if (n === "0")
        return ": no error (the connection succeeded)";
      if (n)
        return `: ${n}${ERRNO_SHORT[n] ? ` (${ERRNO_SHORT[n]})` : ""}`;
    }
    return v && v.text !== "" && !/^0x[0-9a-f]+$/i.test(v.text) ? `: ${v.text}` : "";
  },
  cmd: (ctx) => names2(argByRole(ctx, "cmd"))[0] ?? argByRole(ctx, "cmd")?.text ?? "?",
  fcntlact: (ctx) => fcntlWords(ctx, 0),
  ioctlact: (ctx) => ioctlWords(ctx, 0),
  Ioctlact: (ctx) => ioctlWords(ctx, 1),
  nbio: (ctx) => /\[?0\]?$/.test(argByRole(ctx, "arg")?.text ?? "") ? "blocking" : "non-blocking",
  Fcntlact: (ctx) => fcntlWords(ctx, 1),
  arg: (ctx) => {
    const a = argByRole(ctx, "arg");
    return a?.names.length ? a.names.join("|") : a?.text ?? "?";
  },
  data: (ctx) => dataQuote(argByRole(ctx, "buf"), ctx),
  eof: (ctx) => {
    const a = argByRole(ctx, "fd");
    const { entry, sock } = a?.int !== void 0 ? fdEntry(ctx, a.int) : {};
    const info = a?.fdInfo;
    if (info?.type === "socket" || sock || entry?.kind === "socket")
      return "the peer closed the connection (end of stream)";
    if (info?.type === "pipe" || entry?.kind === "pipe")
      return "every writer closed the pipe (end of stream)";
    return "end of file (0 bytes)";
  },
  fcntlret: (ctx) => {
    const cmd = names2(argByRole(ctx, "cmd"))[0] ?? "";
    if (/^F_DUPFD/.test(cmd))
      return `, giving fd ${RET(ctx)}`;
    if (cmd === "F_GETFL" || cmd === "F_GETFD") {
      const r = ctx.ev.ret;
      const notes = r?.notes?.length ? ` (${r.notes.join(", ")})` : "";
      return r?.value !== null && r?.value !== void 0 ? ` \u2192 ${String(r.value)}${notes}` : "";
    }
    return "";
  },
  req: (ctx) => names2(argByRole(ctx, "req"))[0] ?? argByRole(ctx, "req")?.text ?? "?",
  pipefds: (ctx) => {
    const fds = argByRole(ctx, "fds");
    const m = fds ? fdsIn(fds.text) : [];
    return m.length >= 2 ? `: fds ${String(m[0])} and ${String(m[1])}` : "";
  },
  fds: (ctx) => waitSet(ctx),
  ready: (ctx) => {
    const text = ctx.ev.ret?.text ?? "";
    const revents = [...text.matchAll(/\{fd=(\d+)[^}]*?revents=([A-Z0-9_|]+)\}/g)];
    if (revents.length)
      return `: ${revents.map((m2) => `fd ${m2[1]} ${reventWords(m2[2])}`).join(", ")}`;
    const notes = ctx.ev.ret?.notes?.join(" ") ?? text;
    const m = /\b(in|out|left)\s*\[([^\]]*)\]/.exec(notes);
    return m ? `: ${readyFds(m[2], ctx)} ready` : `: ${RET(ctx)} ready`;
  },
  epop: (ctx) => epollOp(argByRole(ctx, "op"), false),
  Epop: (ctx) => epollOp(argByRole(ctx, "op"), true),
  clonekind: (ctx) => {
    const flags = argByRole(ctx, "flags")?.text ?? argByRole(ctx, "args")?.text ?? "";
    if (/CLONE_THREAD/.test(flags))
      return "thread";
    if (/CLONE_VFORK/.test(flags))
      return "child process (vfork-style: the parent waits until it execs or exits)";
    return "child process";
  },
  waitwho: (ctx) => {
    const p = argByRole(ctx, "pid")?.int;
    return p === void 0 || p === -1 ? "any child" : p > 0 ? `child ${String(p)}` : "a child in its process group";
  },
  status: (ctx) => waitStatus(argByRole(ctx, "status")?.text ?? ""),
  status0: (ctx) => String(argByRole(ctx, "status")?.int ?? argByRole(ctx, "status")?.text ?? "?"),
  signal: (ctx) => {
    const s = argByRole(ctx, "signal");
    return names2(s)[0] ?? s?.text ?? "?";
  },
  // Signal 0 sends nothing: it only checks that the process exists and may be signalled.
  killact: (ctx) => isSignalZero(ctx) ? fillTemplate("check that {killwho} exists (signal 0)", ctx) : fillTemplate("send {signal} to {killwho}", ctx),
  Killact: (ctx) => isSignalZero(ctx) ? fillTemplate("Checked that {killwho} exists (signal 0)", ctx) : fillTemplate("Sent {signal} to {killwho}", ctx),
  threadwho: (ctx) => {
    const t = argByRole(ctx, "pid")?.int;
    if (t === void 0)
      return "a thread";
    return t === (ctx.ev.tid ?? ctx.ev.pid) ? "itself (its own thread)" : `thread ${String(t)}`;
  },
  // The scheduler and process-query calls take 0 for "the caller".
  procwho: (ctx) => {
    const p = argByRole(ctx, "pid")?.int;
    if (p === void 0)
      return "a process";
    return p === 0 || p === ctx.pid ? "itself" : `process ${String(p)}`;
  },
  killwho: (ctx) => {
    const p = argByRole(ctx, "pid")?.int;
    if (p === void 0)
      return "a process";
    if (p === 0)
      return "its own process group";
    if (p === -1)
      return "every process it may signal";
    if (p < -1)
      return `process group ${String(-p)}`;
    return p === ctx.pid ? "itself" : `process ${String(p)}`;
  },
  // A NULL new action only reads the current one.
  sigaction: (ctx) => {
    const act = argByRole(ctx, "act")?.text ?? "";
    const sig2 = fillTemplate("{signal}", ctx);
    if (act === "NULL") {
      const old = handlerWords(argByRole(ctx, "oldact")?.text ?? "", "read");
      return `Read the handler of ${sig2}${old ? `: ${old}` : ""}`;
    }
    const now = handlerWords(act, "set");
    return `Set the handler of ${sig2}${now ? ` to ${now}` : ""}`;
  },
  pid: (ctx) => String(argByRole(ctx, "pid")?.int ?? argByRole(ctx, "pid")?.text ?? "?"),
  mapwhat: (ctx) => {
    const fd = argByRole(ctx, "fd");
    const len = numText(argByRole(ctx, "length"));
    const flagArg = argByRole(ctx, "flags");
    const flags = `${flagArg?.text ?? ""} ${flagArg?.names.join("|") ?? ""}`;
    const anon = fd?.int === -1 || fd?.int === 4294967295;
    if (/MAP_ANON/.test(flags) || anon)
      return `${len} bytes of anonymous memory`;
    if (fd && fd.int !== void 0)
      return `${len} bytes of ${fdPhrase(ctx, fd, false)}`;
    return `${len} bytes`;
  },
  addrp: (ctx) => argByRole(ctx, "addr")?.text ?? argByRole(ctx, "addrp")?.text ?? "?",
  prot: (ctx) => argByRole(ctx, "prot")?.text ?? "?",
  advice: (ctx) => names2(argByRole(ctx, "advice"))[0] ?? argByRole(ctx, "advice")?.text ?? "?",
  sleepfor: (ctx) => {
    if (/TIMER_ABSTIME/.test(argByRole(ctx, "flags")?.text ?? ""))
      return "until a set time";
    const t = argByRole(ctx, "req")?.text ?? "";
    const s = /tv_sec=(\d+)/.exec(t)?.[1];
    const ns = /tv_nsec=(\d+)/.exec(t)?.[1];
    if (s === void 0)
      return "for a while";
    const secs = Number(s) + Number(ns ?? 0) / 1e9;
    return `for ${secs >= 1 ? `${String(secs)} s` : `${String(Math.round(secs * 1e6) / 1e3)} ms`}`;
  },
  futexop: (ctx) => /WAKE/.test(argByRole(ctx, "op")?.text ?? "") ? "wake threads waiting on a lock" : "wait on a lock (futex)",
  Futexop: (ctx) => {
    const op = argByRole(ctx, "op")?.text ?? "";
    if (/WAKE/.test(op))
      return `Woke ${RET(ctx)} thread(s) waiting on a lock`;
    return "Waited on a lock (futex) until woken";
  },
  yesno: (ctx) => ctx.ev.ret?.value ? "yes" : "no",
  // `restart_syscall(<... resuming interrupted read ...>)`
  resumed: (ctx) => {
    const name2 = /resuming interrupted (\w+)/.exec(ctx.ev.args)?.[1];
    return name2 && name2 !== "restart_syscall" ? `${name2} call` : "call";
  },
  policy: (ctx) => strOf(argByRole(ctx, "policy")),
  option: (ctx) => names2(argByRole(ctx, "option"))[0] ?? argByRole(ctx, "option")?.text ?? "?",
  resource: (ctx) => names2(argByRole(ctx, "resource"))[0] ?? argByRole(ctx, "resource")?.text ?? "?",
  uid: (ctx) => argByRole(ctx, "uid")?.text ?? "?",
  gid: (ctx) => argByRole(ctx, "gid")?.text ?? "?"
};
function handlerWords(act, form) {
  if (/SIG_IGN/.test(act))
    return form === "set" ? "ignore it" : "ignored";
  if (/SIG_DFL/.test(act))
    return "the default action";
  if (/sa_handler=0x|^0x/.test(act))
    return "a handler function";
  return "";
}
function isSignalZero(ctx) {
  const a = argByRole(ctx, "signal");
  return a !== void 0 && (a.text === "0" || a.int === 0);
}
function fcntlWords(ctx, form) {
  const cmd = names2(argByRole(ctx, "cmd"))[0] ?? argByRole(ctx, "cmd")?.text ?? "?";
  const w = FCNTL_WORDS[cmd];
  if (w)
    return fillTemplate(w[form], ctx);
  return form === 0 ? `do ${cmd} on ${fillTemplate("{fd}", ctx)}` : `Did ${cmd} on ${fillTemplate("{fd}", ctx)}`;
}
function ioctlWords(ctx, form) {
  const req = names2(argByRole(ctx, "req"))[0] ?? argByRole(ctx, "req")?.text ?? "?";
  const w = IOCTL_WORDS[req];
  if (w)
    return fillTemplate(w[form], ctx);
  return form === 0 ? `send the device request ${req} to ${fillTemplate("{fd}", ctx)}` : `Sent the device request ${req} to ${fillTemplate("{fd}", ctx)}`;
}
function dataQuote(a, ctx) {
  if (!a || !a.text.startsWith('"'))
    return "";
  if ((ctx.ev.ret?.value ?? 0) <= 0)
    return "";
  const body = /^"((?:[^"\\]|\\[\s\S])*)"(\.\.\.)?/.exec(a.text);
  if (!body)
    return "";
  const limit = 40;
  const inner = body[1];
  const cut = inner.length > limit ? inner.slice(0, limit).replace(/\\[0-7x]?[0-9a-fA-F]{0,2}$/, "") : inner;
  return `: "${cut}"${cut.length < inner.length || body[2] ? "\u2026" : ""}`;
}
function names2(a) {
  if (!a)
    return [];
  if (a.names.length)
    return a.names;
  return [];
}
function numText(a) {
  if (!a)
    return "?";
  return a.int !== void 0 ? String(a.int) : a.text;
}
function strOf(a) {
  if (!a)
    return "?";
  if (a.str !== void 0)
    return a.str === "" ? '""' : a.str;
  return a.text;
}
var STD_NAMES = ["stdin", "stdout", "stderr"];
function fdPhrase(ctx, a, short) {
  if (!a)
    return "an fd";
  if (a.atCwd)
    return "the current directory";
  const n = a.int;
  if (n === void 0)
    return a.text;
  const what = fdWhat(ctx, n, a.fdInfo, short);
  return what ? `fd ${String(n)} (${what})` : `fd ${String(n)}`;
}
function socketOfArg(ctx, a) {
  if (!a || a.int === void 0)
    return void 0;
  if (ctx.a.socket && ctx.a.fd?.fd === a.int)
    return ctx.a.socket;
  return ctx.state.socketOf?.(ctx.pid, a.int);
}
function fdEntry(ctx, n) {
  if (ctx.a.fd && ctx.a.fd.fd === n) {
    const out2 = { entry: ctx.a.fd };
    if (ctx.a.socket)
      out2.sock = ctx.a.socket;
    return out2;
  }
  const out = {};
  const entry = ctx.state.fd?.(ctx.pid, n);
  if (entry)
    out.entry = entry;
  const sock = entry?.socketId ? ctx.state.socketOf?.(ctx.pid, n) : void 0;
  if (sock)
    out.sock = sock;
  return out;
}
function fdWhat(ctx, n, info, short) {
  const { entry, sock } = fdEntry(ctx, n);
  if (info?.type === "socket" || sock || entry?.kind === "socket") {
    const kind = info?.type === "socket" ? protoWord(info.protocol) : sockKind(sock?.family ? [sock.family] : [], sock?.type ? [sock.type] : [], void 0);
    if (short)
      return kind === "UNIX socket" ? void 0 : kind;
    const peer = (info?.type === "socket" ? info.peer : void 0) ?? sock?.peer;
    const local = (info?.type === "socket" ? info.local : void 0) ?? sock?.local;
    if (peer)
      return `${kind} ${info?.type === "socket" && info.peer ? "connected " : ""}to ${endpointPlain(ctx, peer)}`;
    if (sock?.listening && local)
      return `${kind} listening on ${endpointPlain(ctx, local)}`;
    if (local && info?.type === "socket" && kind !== "UNIX socket")
      return `${kind} on ${endpointPlain(ctx, local)}`;
    return kind;
  }
  if (info?.type === "path")
    return info.path + (info.deleted ? ", deleted" : "");
  if (info?.type === "pipe")
    return "pipe";
  if (info?.type === "anon")
    return anonWord(info.name);
  if (info?.type === "pidfd")
    return `pidfd of process ${String(info.pid)}`;
  if (entry) {
    if (entry.path)
      return entry.path.replace(/\0+$/, "");
    if (entry.kind === "pipe")
      return entry.pipe?.end ? `${entry.pipe.end} end of a pipe` : "pipe";
    if (entry.kind !== "unknown" && entry.kind !== "file")
      return entry.anon ? anonWord(entry.anon) : entry.kind;
  }
  if (n >= 0 && n <= 2 && (!entry || entry.origin === "use" || entry.origin === "inherited" || entry.origin === "decoration"))
    return STD_NAMES[n];
  return void 0;
}
function anonWord(name2) {
  const n = name2.replace(/^\[|\]$/g, "");
  if (n === "eventpoll")
    return "epoll instance";
  return n;
}
function protoWord(p) {
  if (p.startsWith("UNIX"))
    return "UNIX socket";
  if (p === "TCPv6")
    return "TCP/IPv6 socket";
  if (p === "UDPv6")
    return "UDP/IPv6 socket";
  if (p === "socket")
    return "socket";
  return `${p} socket`;
}
function sockKind(fam, type, rawFamily) {
  const f = fam[0];
  const t = type.find((x) => x.startsWith("SOCK_") && !/NONBLOCK|CLOEXEC/.test(x));
  const v6 = f === "AF_INET6" ? "/IPv6" : "";
  if (f === "AF_INET" || f === "AF_INET6") {
    if (t === "SOCK_STREAM")
      return `TCP${v6} socket`;
    if (t === "SOCK_DGRAM")
      return `UDP${v6} socket`;
    if (t === "SOCK_RAW")
      return `raw IP${v6} socket`;
    return `IP${v6} socket`;
  }
  if (f === "AF_UNIX" || f === "AF_LOCAL") {
    if (t === "SOCK_STREAM")
      return "UNIX stream socket";
    if (t === "SOCK_DGRAM")
      return "UNIX datagram socket";
    return "UNIX socket";
  }
  if (f === "AF_NETLINK")
    return "netlink socket";
  if (f === "AF_PACKET")
    return "packet socket";
  if (f === "AF_SYSTEM")
    return "macOS kernel-control (AF_SYSTEM) socket";
  if (f)
    return `${f} socket`;
  return rawFamily ? `socket (family ${rawFamily})` : "socket";
}
function pathPhrase(ctx, role, dirRole) {
  const p = argByRole(ctx, role);
  const dir = argByRole(ctx, dirRole);
  if (!p)
    return dir ? fdPhrase(ctx, dir, false) : "?";
  if (p.str === void 0 && /^(0x[0-9a-fA-F]+|NULL)$/.test(p.text))
    return `a path at ${p.text} (not printed)`;
  const s = p.str ?? p.text;
  if (s === "" && dir && !dir.atCwd)
    return fdPhrase(ctx, dir, false);
  if (s.startsWith("/") || !dir || dir.atCwd || dir.int === void 0)
    return s;
  return `${s} (relative to ${fdPhrase(ctx, dir, false)})`;
}
function argvPhrase(a) {
  if (!a)
    return "";
  const items = [...a.text.matchAll(/"((?:[^"\\]|\\.)*)"(\.\.\.)?/g)].map((m) => m[1] + (m[2] ?? ""));
  if (items.length <= 1)
    return "";
  const shown = items.slice(0, 6).join(" ");
  return ` as: ${shown}${items.length > 6 || /,\s*\.\.\.\]$/.test(a.text) ? " \u2026" : ""}`;
}
function wellKnownName(ctx, ep) {
  const w = ctx.state.wellKnown?.(ep);
  if (typeof w === "string")
    return w;
  if (w && typeof w === "object") {
    const o = w;
    if (typeof o.name === "string")
      return o.name;
    if (typeof o.service === "string") {
      const note = typeof o.note === "string" && /^\S+ is /.test(o.note) && o.note.length < 60 ? `; ${o.note}` : "";
      return o.service + note;
    }
  }
  return void 0;
}
function endpointPlain(ctx, ep) {
  const base = endpointBare(ep);
  const w = wellKnownName(ctx, ep);
  return w ? `${base} (${w})` : base;
}
function endpointBare(ep) {
  if ((ep.family === "AF_INET" || ep.family === "AF_INET6") && typeof ep.address === "string") {
    const host = ep.family === "AF_INET6" ? `[${ep.address}]` : ep.address;
    return `${host}:${String(ep.port)}`;
  }
  if (ep.family === "AF_UNIX" && typeof ep.path === "string")
    return ep.abstract ? `@${ep.path}` : ep.path || "(unnamed)";
  return ep.family;
}
function addrPhrase(ctx, ep, a) {
  if (!ep) {
    if (!a)
      return "an address";
    if (a.text === "NULL")
      return "no address";
    return /^0x[0-9a-f]+$/i.test(a.text) ? "an address (not shown by the tracer)" : a.text;
  }
  const w = wellKnownName(ctx, ep);
  const suffix = w ? ` (${w})` : "";
  if (ep.family === "AF_UNIX") {
    if (typeof ep.path !== "string" || ep.path === "" && ep.inferred)
      return `a UNIX socket path (not shown by the tracer)${suffix}`;
    if (ep.path === "")
      return "an unnamed UNIX socket";
    return `the ${ep.abstract ? "abstract " : ""}UNIX socket ${ep.abstract ? "@" : ""}${ep.path}${suffix}`;
  }
  if (ep.family === "AF_INET" || ep.family === "AF_INET6") {
    if (typeof ep.address !== "string" || ep.address === "")
      return `an ${ep.family === "AF_INET6" ? "IPv6" : "IPv4"} address (not shown by the tracer)${suffix}`;
    return `${endpointBare(ep)}${suffix}`;
  }
  if (ep.family === "AF_UNSPEC")
    return "AF_UNSPEC (dissolving the association)";
  if (ep.family.includes("???"))
    return `an address of an unknown family${/\((\d+)\)/.test(ep.family) ? ` (${/\((\d+)\)/.exec(ep.family)[1]})` : ""}`;
  return `${/^AF_/.test(ep.family) ? "an" : "a"} ${ep.family} address${suffix}`;
}
function openMode(a) {
  if (!a)
    return "";
  const n = a.names.length ? a.names : a.text.split("|");
  const parts = [];
  if (n.includes("O_WRONLY"))
    parts.push("for writing");
  else if (n.includes("O_RDWR"))
    parts.push("for reading and writing");
  else if (n.includes("O_RDONLY"))
    parts.push("for reading");
  if (n.includes("O_DIRECTORY"))
    return " (a directory)";
  if (n.includes("O_CREAT"))
    parts.push(n.includes("O_EXCL") ? "creating it (must not exist)" : "creating it if missing");
  if (n.includes("O_TRUNC"))
    parts.push("emptying it");
  if (n.includes("O_APPEND"))
    parts.push("appending");
  return parts.length ? ` ${parts.join(", ")}` : "";
}
function shutdownHow(a) {
  const n = a?.names[0] ?? a?.text ?? "";
  if (n === "SHUT_WR" || n === "1")
    return "sending";
  if (n === "SHUT_RD" || n === "0")
    return "receiving";
  if (n === "SHUT_RDWR" || n === "2")
    return "both directions";
  return n || "the connection";
}
function epollOp(a, cap) {
  const n = a?.names[0] ?? a?.text ?? "";
  const w = n === "EPOLL_CTL_ADD" ? "add" : n === "EPOLL_CTL_DEL" ? "remove" : n === "EPOLL_CTL_MOD" ? "change" : "update";
  const past = { add: "Added", remove: "Removed", change: "Changed", update: "Updated" }[w];
  return cap ? past : w;
}
function waitStatus(text) {
  const code = /WEXITSTATUS\(s\) == (\d+)/.exec(text)?.[1];
  if (code !== void 0)
    return `exited with status ${code}`;
  const sig2 = /WTERMSIG\(s\) == (SIG[A-Z0-9]+)/.exec(text)?.[1];
  if (sig2)
    return `was killed by ${sig2}${/WCOREDUMP/.test(text) ? " (core dumped)" : ""}`;
  const stop = /WSTOPSIG\(s\) == (SIG[A-Z0-9]+)/.exec(text)?.[1];
  if (stop)
    return `stopped (${stop})`;
  return "changed state";
}
function waitSet(ctx) {
  const fds = [];
  for (const a of ctx.args) {
    if (a.role === "readfds" || a.role === "fds" || a.role === "writefds")
      fds.push(...fdsIn(a.text));
  }
  const timeoutArg = ctx.args.find((a) => a.role === "timeout");
  const timeout = timeoutArg?.text;
  const forever = timeout === void 0 || timeout === "NULL" || timeout === "-1" || /^0x[fF]{8,16}$/.test(timeout);
  const uniq = [...new Set(fds)];
  if (uniq.length === 0) {
    const n = ctx.args.find((a) => a.role === "nfds")?.int;
    const what2 = n !== void 0 && n >= 0 && !ctx.ev.syscall.includes("select") ? `${String(n)} fd${n === 1 ? "" : "s"}` : "its fds";
    return `${what2} to become ready${forever ? "" : ` (timeout ${timeout})`}`;
  }
  const list2 = uniq.slice(0, 4).map((n) => fdPhrase(ctx, ctx.args.find((a) => a.int === n && a.fdInfo) ?? decoratedFd(ctx, n), false));
  const more = uniq.length > 4 ? ` and ${String(uniq.length - 4)} more` : "";
  const what = list2.length ? `${list2.join(", ")}${more}` : "fds";
  return `${what} to become ready${forever ? "" : ` (timeout ${timeout})`}`;
}
function decoratedFd(ctx, n) {
  for (const a of ctx.args) {
    const m = new RegExp(`(?:^|[[\\s{=])${String(n)}<([^>]*(?:>[^,\\] ]*)?)>`).exec(a.text);
    if (m) {
      const info = parseDecoration(m[1]);
      const v = { role: "fd", text: String(n), int: n, names: [] };
      if (info)
        v.fdInfo = info;
      return v;
    }
  }
  return { role: "fd", text: String(n), int: n, names: [] };
}
function reventWords(flags) {
  if (/POLLERR|POLLHUP|POLLNVAL/.test(flags))
    return `reported an error or hang-up (${flags})`;
  if (/POLLIN|POLLPRI|POLLRDNORM/.test(flags))
    return "has data to read";
  if (/POLLOUT|POLLWRNORM/.test(flags))
    return "can be written";
  return `is ready (${flags})`;
}
function readyFds(list2, ctx) {
  const ns = [...list2.matchAll(/\d+/g)].map((m) => Number(m[0]));
  return ns.map((n) => fdPhrase(ctx, decoratedFd(ctx, n), false)).join(", ");
}

export {
  decodeCString,
  endpointText,
  wellKnown,
  parseArgs,
  TABLE_NAMES,
  lookupConstant,
  namesOf,
  decodeNumber,
  sockoptTable,
  NAME_PREFIX,
  constantText,
  parseNumber,
  hexOf,
  describeEndpoint,
  sockaddrFromBytes,
  parseHexBytes,
  decodeCall,
  DTRUSS_ROOT_HINT,
  diagnoseStrace,
  diagnoseDtrace,
  isSipNotice,
  Analyzer,
  overview,
  sanitize,
  escapeMarkdown,
  inlineCode,
  codeBlock,
  FD_ROLES,
  argViews,
  fdsIn,
  SYSCALLS,
  lookupSyscall,
  canonicalName,
  callFailed,
  errnoMeaning,
  stateFromAnalyzer,
  explainEvent
};
