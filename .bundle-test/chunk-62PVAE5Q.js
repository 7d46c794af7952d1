import {
  bytesToText,
  cString,
  decodeNumber,
  flagParts,
  inferSockaddr,
  intOf,
  lookupConstant,
  sockaddrFromTree,
  sockoptTable,
  stringBytes,
  stringText,
  unwrap
} from "./chunk-MB4JWYU3.js";
import {
  INT_SOURCE,
  QUOTED_SOURCE,
  decodeCString,
  parseIntText,
  token
} from "./chunk-YCOLI2KN.js";

// dist/grammars/args.js
import P from "parsimmon";
function run(p, input, i) {
  return p._(input, i);
}
var ok = P.makeSuccess;
var fail = P.makeFailure;
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
var language = P.createLanguage({
  list: (r) => P((input, i) => {
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
    const list = { items };
    if (lead !== void 0)
      list.lead = lead;
    if (trail !== void 0)
      list.trail = trail;
    return ok(i, list);
  }),
  item: (r) => P((input, i) => {
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
    return P((input, i) => {
      const before = chain(input, i);
      if (!before.status || !input.startsWith(" => ", before.index))
        return before;
      const after = chain(input, before.index + 4);
      if (!after.status)
        return after;
      return ok(after.index, { kind: "inout", before: before.value, after: after.value });
    });
  },
  flags: (r) => P((input, i) => {
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
  arith: (r) => P((input, i) => {
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
  term: (r) => P((input, i) => {
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
  atom: (r) => P((input, i) => {
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
  int: () => token(new RegExp(INT_SOURCE + "(?![\\w])"), (m) => ({ kind: "int", text: m[0], value: parseIntText(m[0]) }), "integer"),
  str: () => token(new RegExp("(@?)(" + QUOTED_SOURCE + ")(\\.\\.\\.)?"), (m) => {
    const text = m[2];
    const s = { kind: "str", text, value: decodeCString(text.slice(1, -1)), truncated: m[3] !== void 0 };
    if (m[1])
      s.abstract = true;
    return s;
  }, "string"),
  name: (r) => P((input, i) => {
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
  struct: (r) => P((input, i) => {
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
  array: (r) => P((input, i) => {
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
  ellipsis: () => P((input, i) => input.startsWith("...", i) ? ok(i + 3, { kind: "ellipsis" }) : fail(i, "..."))
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
function signatureFor(os, name) {
  const table = BY_OS[os];
  const s = table.get(name);
  if (s)
    return s;
  if (name.endsWith("_nocancel"))
    return table.get(name.slice(0, -"_nocancel".length));
  return void 0;
}

// dist/src/decode/index.js
function errnoInfo(os, nameOrNumber) {
  return lookupConstant(os, "errno", nameOrNumber);
}
var KIND_TABLE = /* @__PURE__ */ new Map([
  ["family", "af"],
  ["socktype", "socktype"],
  ["sockopt-level", "sol"],
  ["fcntl-cmd", "fcntl"],
  ["open-flags", "open-flags"],
  ["signal", "signal"],
  ["msg-flags", "msg-flags"],
  ["poll-events", "poll-events"]
]);
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
  const list = ctx.args ?? parseArgs(ev.args);
  const items = list.failed ? [] : withoutArgNames(list.items);
  const sig2 = signatureFor(os, ev.syscall);
  const specs = sig2?.args ?? [];
  const st = { os, ctx, syscall: ev.syscall, items, specs };
  if (ev.pid !== void 0)
    st.pid = ev.pid;
  const args = [];
  for (let i = 0; i < items.length; i++) {
    const spec = specs[i] ?? (sig2 ? ["unused", "unknown"] : [`arg${i}`, "unknown"]);
    args.push(decodeArg(items[i], spec, st, i));
  }
  const call = { os, args };
  if (ev.ret) {
    const errno = decodeErrno(ev.ret, os);
    if (errno)
      call.errno = errno;
    const result = decodeResult(ev.ret, sig2?.ret, st);
    if (result)
      call.result = result;
  }
  return call;
}
function decodeCallLater(ev, os, ctx = {}) {
  return new LaterCall(ev, os, ctx);
}
var LaterCall = class {
  ev;
  os;
  ctx;
  done;
  constructor(ev, os, ctx) {
    this.ev = ev;
    this.os = os;
    this.ctx = ctx;
  }
  get call() {
    if (!this.done) {
      try {
        this.done = decodeCall(this.ev, this.os, this.ctx);
      } catch {
        this.done = { os: this.os, args: [] };
      }
    }
    return this.done;
  }
  get args() {
    return this.call.args;
  }
  // The errno needs no argument: asked for every call (did it fail?), it is looked up alone.
  get errno() {
    if (this.done)
      return this.done.errno;
    return this.ev.ret ? decodeErrno(this.ev.ret, this.os) : void 0;
  }
  get result() {
    return this.call.result;
  }
};
function withoutArgNames(items) {
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
  let table = tableOverride ?? KIND_TABLE.get(kind);
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
      const named = namedOf(v, st.os, "dirfd", int, true);
      if (named.length)
        d.named = named;
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
    const named = namedOf(v, st.os, table, int, false);
    if (named.length)
      d.named = named;
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

export {
  parseArgs,
  parseFdInfo,
  signatureFor,
  errnoInfo,
  decodeCall,
  decodeCallLater
};
