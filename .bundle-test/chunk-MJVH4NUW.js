import {
  CallView,
  FCNTL_WORDS,
  IOCTL_WORDS,
  argViews,
  callLines,
  endedWell,
  endpointText,
  epLabel,
  epPath,
  epPort,
  errnoText,
  fdWords,
  fdsIn,
  lineList,
  lookupSyscall,
  parseDecoration,
  parseFdText,
  parseIntText,
  parseStrText,
  pidOf,
  probeKind,
  procName,
  programName,
  shownEndpoint,
  socketWords,
  stracePid,
  unixEntry,
  wellKnown
} from "./chunk-ASAXTFM3.js";
import {
  decodeCall,
  decodeCallLater,
  errnoInfo
} from "./chunk-62PVAE5Q.js";
import {
  lookupConstant
} from "./chunk-MB4JWYU3.js";

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
function meaningFor(table, errno, family) {
  if (!errno)
    return void 0;
  const row = table[errno];
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
    const errno = call.errno;
    const key = `${String(o.proc.tgid)}|${ep ? endpointText(ep) : "?"}|${String(errno)}`;
    if (this.seen.has(key))
      return;
    this.seen.add(key);
    let m = meaningFor(BIND_MEANINGS, errno, family);
    if (errno === "EACCES" && (epPort(ep) ?? 0) >= 1024 && family !== "AF_UNIX") {
      m = { meaning: "a security policy (SELinux, AppArmor, a sandbox) refused the address", hint: "Check security policy denials for this port." };
    }
    const where = ep ? epLabel(ep) : "its address";
    const f = {
      id: "bind-failed",
      severity: call.injected ? "info" : "error",
      title: `bind to ${ep ? endpointText(ep) : "an address"} failed: ${String(errno)}`,
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
      const errno = call.errno;
      if (!call.failed || errno === void 0) {
        const k = destKey(ep ?? sock?.peer, sock);
        if (k && call.ev.status === "complete")
          this.succeeded.add(k);
        return;
      }
      if (NOT_FAILURES.has(errno))
        return;
      if (errno === "EAGAIN" && sock?.family !== "AF_UNIX")
        return;
      const f2 = {
        tgid: proc.tgid,
        proc: proc.info,
        errno,
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
      if (!family && errno === "ENOENT")
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
function hasCloexec(names2) {
  for (const n of names2)
    if (n.endsWith("CLOEXEC"))
      return true;
  return false;
}
function hasNonblock(names2) {
  for (const n of names2)
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
      let ending;
      let endings = 0;
      for (const p of this.procs.values()) {
        if (p.exitPending) {
          ending = p.key;
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
        return ending;
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
  proc(ev, ending = false) {
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
    if (p && !p.alive && this.format === "strace" && !(ending && p.exitPending))
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
    const ok = !call.failed && ev.status !== "unfinished" && ev.status !== "interrupted";
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
    if (!t.fd && (FD_FIRST.has(name2) || call.argKind(0) === "fd")) {
      const fd = call.fd(0);
      if (fd !== void 0 && fd >= 0 && call.errno !== "EBADF")
        t.fd = this.use(p, fd, call.fdInfo(0), ev);
    }
    if (t.fd)
      t.socket = this.socketOf(t.fd);
    if (name2 in OPEN_CALLS)
      this.onOpen(call, p, t, ok);
    else if (name2 === "socket" && ok)
      this.onSocket(call, p, t);
    else if (name2 === "socketpair" && ok)
      this.onSocketpair(call, p, t);
    else if (ACCEPT_CALLS.has(name2))
      this.onAccept(call, p, t, ok);
    else if ((name2 === "pipe" || name2 === "pipe2") && ok)
      this.onPipe(call, p, t);
    else if (name2 === "dup" || name2 === "dup2" || name2 === "dup3")
      this.onDup(call, p, t, ok);
    else if (name2 === "fcntl" || name2 === "fcntl64" || name2 === "fcntl_nocancel")
      this.onFcntl(call, p, t, ok);
    else if (name2 === "close" || name2 === "close_nocancel" || name2 === "guarded_close_np")
      this.onClose(call, p, t);
    else if (name2 === "close_range")
      this.onCloseRange(call, p, t, ok);
    else if (name2 in ANON_CREATORS && ok)
      this.onAnon(call, p, t);
    else if (CLONE_CALLS.has(name2))
      this.onClone(call, p, t);
    else if (EXEC_CALLS.has(name2))
      this.onExec(call, p, t, ok);
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
    } else if ((name2 === "wait4" || name2 === "waitpid") && ok && (call.ret ?? 0) > 0) {
      this.onReap(call, p);
    } else if (t.socket)
      this.onSocketCall(call, p, t, ok);
    if ((name2 === "write" || name2 === "write_nocancel") && call.fd(0) === 2 && ok) {
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
  onOpen(call, p, t, ok) {
    const spec = OPEN_CALLS[call.name];
    const fd = call.ret;
    if (!ok || fd === void 0 || fd < 0)
      return;
    const flags = call.names(spec.flags, "open-flags");
    const e = this.newEntry(fd, flags.has("O_DIRECTORY") ? "directory" : "file", call);
    const path = spec.path >= 0 ? call.absPath(spec.path, (dirfd) => p.fds.map.get(dirfd)?.path) : void 0;
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
      const named = [...call.names(2, "protocol")][0] ?? proto.trim();
      s.info.protocol = named.replace(/^IPPROTO_/, "");
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
  onAccept(call, p, t, ok) {
    const listener = t.socket;
    if (listener)
      this.useSocket(listener, p, call.ev, "accept", call.errno);
    const fd = call.ret;
    if (!ok || fd === void 0 || fd < 0)
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
  onDup(call, p, t, ok) {
    const newFd = call.ret;
    const oldFd = call.fd(0);
    if (!ok || newFd === void 0 || newFd < 0 || oldFd === void 0)
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
  onFcntl(call, p, t, ok) {
    if (!ok || !t.fd)
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
  onCloseRange(call, p, t, ok) {
    if (!ok)
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
    const sig = /WTERMSIG\(s\) == (SIG[A-Z0-9_]+)/.exec(status)?.[1];
    const code = /WEXITSTATUS\(s\) == (\d+)/.exec(status)?.[1];
    if (sig) {
      c.info.signal = sig;
      if (/WCOREDUMP/.test(status))
        c.info.core = true;
    } else if (code !== void 0)
      c.info.exitCode = Number(code);
    else
      return;
    c.reaped = { line: call.ev.line, seq: call.ev.seq, by: p.key };
  }
  onExec(call, caller, t, ok) {
    const p = ok && caller.info.isThread ? this.procs.get(caller.tgid) ?? caller : caller;
    const path = call.str(call.name === "execveat" ? 1 : 0)?.value ?? "";
    if (call.ev.status === "unfinished" || call.ev.status === "detached") {
      p.info.execs.push({ line: call.ev.line, path, ok: false });
      return;
    }
    p.info.execs.push({ line: call.ev.line, path, ok });
    if (!ok)
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
  onSocketCall(call, p, t, ok) {
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
      const errno = call.errno;
      if (call.endpoint(1)?.family === "AF_UNSPEC")
        return;
      const pend = s.pending;
      if (pend && (ok || errno !== "EINPROGRESS" && errno !== "EALREADY" && errno !== "EAGAIN" && !/^(EINTR|ERESTART)/.test(errno ?? ""))) {
        pend.lines.push(ev.line);
        pend.events.push(ev.seq);
        if (ok || errno === "EISCONN")
          settle(s, pend, "connected");
        else {
          settle(s, pend, "failed");
          if (errno)
            pend.errno = errno;
        }
        t.connect = pend;
        delete s.pending;
      }
      if (ok) {
        if (ep)
          si.peer = ep;
      } else if (errno === "EINPROGRESS" || errno === "EAGAIN" && si.family !== "AF_UNIX") {
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
    } else if (name2 === "bind" && ok) {
      const ep = shownEndpoint(call.endpoint(1));
      if (ep)
        si.local = ep;
    } else if (name2 === "listen" && ok) {
      si.listening = true;
    } else if (name2 === "getsockname" && ok) {
      const ep = shownEndpoint(call.endpoint(1));
      if (ep && !(ep.family === "AF_UNIX" && !ep.path))
        si.local = ep;
    } else if (name2 === "getpeername" && ok) {
      const ep = shownEndpoint(call.endpoint(1));
      if (ep)
        si.peer = ep;
    } else if (name2 === "getsockopt" && ok && s.pending && call.names(2).has("SO_ERROR")) {
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
    } else if (name2 === "ioctl" && ok && call.names(1).has("FIONBIO")) {
      si.nonBlocking = /\[\s*[1-9]/.test(call.arg(2) ?? "");
    }
    if (s.pending && s.pending.line !== ev.line && (READ_CALLS.has(name2) || WRITE_CALLS.has(name2))) {
      const pend = s.pending;
      pend.lines.push(ev.line);
      pend.events.push(ev.seq);
      if (ok)
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
  const msg = {
    id: b(0) << 8 | b(1),
    response: (b(2) & 128) !== 0,
    rcode: b(3) & 15,
    answers: b(6) << 8 | b(7)
  };
  const qd = b(4) << 8 | b(5);
  if (qd < 1)
    return msg;
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
    msg.name = labels.join(".") + (!complete && cut && truncated ? "\u2026" : "");
  if (complete && i + 2 <= bytes.length)
    msg.qtype = b(i) << 8 | b(i + 1);
  return msg;
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
      const names2 = msgs.map((m) => m.name ?? `(query ${String(m.id)})`);
      if (names2.length === 0)
        names2.push(`(lookup via ${endpointText(ds.server)})`);
      for (const [i, n] of names2.entries()) {
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
        const errno = call.errno;
        if (errno === "EAGAIN" || errno === "EWOULDBLOCK" || errno === "EINTR")
          return;
        const out = { kind: "error", errno, line: ev.line, seq: ev.seq, where: "receive" };
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
      const named = l.name.startsWith("(") ? "A DNS lookup" : `Looking up ${l.name}${types}`;
      const didWithout = endedWell(l.proc, this.ctx.tracker);
      if (didWithout) {
        what += `; ${procName(l.proc)} still exited with status 0, so it did without this answer (from /etc/hosts, another record type or another server)`;
      }
      const f = {
        id: "dns-lookup-failed",
        severity: didWithout ? "info" : "error",
        title: l.name.startsWith("(") ? `DNS lookup via ${server} failed` : `DNS lookup of ${l.name} failed`,
        explanation: `${named}${via} by ${procName(l.proc)} failed: ${what}.${l.queries.length > 1 ? ` It was asked ${String(l.queries.length)} times.` : ""}`,
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
  const errno = call.errno;
  if (errno !== "ENOENT" && errno !== "ENOTDIR")
    return void 0;
  const path = callPath(call, dirPath);
  if (path === void 0)
    return void 0;
  const out = { path, errno };
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
  const names2 = groups.map((g) => g.length > 1 ? `${baseName(g[0].path)} (looked in ${String(g.length)} places)` : g[0].path);
  const n = names2.length;
  const shown = n <= 3 ? names2.join(", ") : `${names2.slice(0, 2).join(", ")} and ${String(n - 2)} more`;
  const all = groups.flat();
  const f = {
    id: "missing-file",
    severity: "info",
    title: n === 1 ? `file not found: ${shown}` : `files not found: ${shown}`,
    explanation: `${procName(proc)} looked for ${n === 1 ? "a file" : `${String(n)} files`} that ${n === 1 ? "does" : "do"} not exist (${names2.slice(0, 12).join(", ")}${n > 12 ? ", \u2026" : ""}) and still exited with status 0: it treats ${n === 1 ? "it" : "them"} as optional.`,
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
    const errno = call.errno;
    if (errno === "EACCES" || errno === "EPERM") {
      const path = callPath(call, dirPath);
      if (path !== void 0)
        this.note(this.denied, path, errno, call, proc.info);
      return;
    }
    const pf = o.pathFailure;
    if (!pf || pf.probe)
      return;
    this.note(this.misses, pf.path, pf.errno, call, proc.info);
  }
  note(map, path, errno, call, proc) {
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
      errno,
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
        const list = tolerated.get(m.proc);
        if (list)
          list.push(group);
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
    const errno = call.errno;
    if (errno !== "EPERM" && errno !== "EACCES")
      return;
    const key = `${String(o.proc.tgid)}|${call.name}|${errno}`;
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
      errno,
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
    const sig = lookupConstant(os, "signal", code - 128)?.name;
    if (sig)
      return `${shell ? "a command it ran" : "it, or a command it ran,"} was killed by ${sig} (128 + ${String(code - 128)})`;
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
  const errno = call.ret?.errno;
  if (call.status === "complete" && call.ret?.value === null && errno && /^(ERESTART|EINTR$)/.test(errno))
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
      const signal = [...call.names(spec.sig, "signal")].find((n) => n.startsWith("SIG"));
      if (target !== void 0 && target > 0 && signal && target !== p.key && this.sent.size < 1e3) {
        this.sent.set(target, { from: p.info, signal, line: call.ev.line, seq: call.ev.seq });
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
      const sig = k.info.signal ?? "a signal";
      const m = SIGNAL_MEANINGS[sig];
      const s = this.sent.get(k.info.pid) ?? this.sent.get(k.proc.tgid);
      const sender = s && s.signal === sig && s.line <= k.line ? s : void 0;
      const leader = this.ctx.tracker.procs.get(k.proc.tgid)?.info ?? k.info;
      const parts = [`${procName(leader)} was killed by ${sig}${k.info.core ? " and dumped core" : ""}.`];
      if (m)
        parts.push(`That means ${m.meaning}.`);
      if (k.signalInfo && /si_addr=NULL/.test(k.signalInfo))
        parts.push("The faulting address was NULL: a NULL pointer dereference.");
      else if (k.signalInfo) {
        const pid2 = /si_pid=(\d+)/.exec(k.signalInfo)?.[1];
        const self = pid2 !== void 0 && (Number(pid2) === k.info.pid || Number(pid2) === k.proc.tgid);
        if (self && sig === "SIGPIPE")
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
        severity: sender && DELIBERATE.has(sig) ? "warning" : m?.severity ?? "error",
        title: `${procName(leader)} killed by ${sig}${k.info.core ? " (core dumped)" : ""}`,
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
var laterDecoder = (ev, os, family) => decodeCallLater(ev, os, { socketFamily: family });
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
    this.decode = opts.decode === false ? void 0 : opts.decode ?? (opts.format === "strace" ? laterDecoder : defaultDecoder);
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

// dist/src/explain/failed.js
function callFailed(ev) {
  const errno = ev.ret?.errno;
  if (!errno && ev.ret?.errnoNumber === void 0)
    return false;
  if (errno && /^ERESTART/.test(errno))
    return false;
  if (errno === "ENOTTY" && /^ioctl/.test(ev.syscall))
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
function errnoMeaning(errno, contexts) {
  const table = ERRNO_IN_CONTEXT[errno];
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
function explainSignal(signal, info, stopped) {
  const why = SIGNALS[signal];
  if (stopped)
    return `Was stopped by ${signal}${why ? ` (${why})` : ""}`;
  let detail = "";
  if (info) {
    const code = /si_code=([A-Z_]+)/.exec(info)?.[1];
    const pid = /si_pid=(\d+)/.exec(info)?.[1];
    const status = /si_status=([A-Za-z0-9_]+)/.exec(info)?.[1];
    const addr = /si_addr=(0x[0-9a-f]+|NULL)/.exec(info)?.[1];
    if (signal === "SIGCHLD" && pid && code && SI_CODES[code]) {
      detail = `: child ${pid} ${SI_CODES[code]}${status !== void 0 ? code === "CLD_EXITED" ? ` with status ${status}` : ` (${status})` : ""}`;
    } else if (code === "SI_USER" && pid) {
      detail = `, sent by process ${pid}`;
    } else if (addr && (signal === "SIGSEGV" || signal === "SIGBUS")) {
      detail = ` at address ${addr}${code && SI_CODES[code] ? ` (${SI_CODES[code]})` : ""}`;
    }
  }
  return `Received ${signal}${why && !detail.startsWith(":") ? ` (${why})` : ""}${detail}`;
}
function explainCall(ev, a, state) {
  const entry = lookupSyscall(ev.syscall);
  const ctx = { ev, entry, args: argViews(ev, a.decoded, entry), a, state, pid: ev.pid ?? ev.tid };
  if (!entry)
    return genericCall(ctx);
  const ret = ev.ret;
  const errno = errnoName(ev, a.decoded);
  const fill = (t) => fillTemplate(t, ctx);
  if (ev.syscall === "exit" || ev.syscall === "exit_group") {
    return argByRole(ctx, "status") ? fill(entry.done) : `${ev.syscall === "exit" ? "Exited the thread" : "Exited"} (status not shown)`;
  }
  if (ev.args.trim() === "" && entry.args.length > 0 && ctx.args.length === 0) {
    const needsArgs = /\{(?!sockkind\})[A-Za-z0-9_]+\}/.test(entry.done);
    if (!errno && !needsArgs && entry.result?.includes("{retfd}") && (ret?.value ?? -1) >= 0)
      return fill(entry.done) + fill(entry.result);
    return argless(ctx, errno);
  }
  if (ev.status === "unfinished" || ev.status === "detached") {
    const why = ev.status === "detached" ? "the tracer detached before it returned" : "it had not returned when the trace ended";
    return `Started to ${fill(entry.act)}; ${why}`;
  }
  if (ev.status === "interrupted" || ret && ret.value === null && !errno) {
    return `Was waiting to ${fill(entry.act)} when the process ended; the call never returned`;
  }
  if (errno) {
    if (ev.syscall === "rt_sigreturn" || ev.syscall === "sigreturn") {
      return `Returned from a signal handler; the call it interrupted now ${errno === "EINTR" ? "fails with EINTR" : `ends with ${errno}`}`;
    }
    if (errno.startsWith("ERESTART") || errno === "EINTR") {
      return `Was interrupted by a signal while trying to ${fill(entry.act)} \u2014 ${errnoMeaning(errno, []) ?? "a signal arrived"}`;
    }
    if (errno === "ENOTTY" && (ev.syscall === "ioctl" || ev.syscall === "ioctl_nocancel")) {
      const req = names(argByRole(ctx, "req"))[0] ?? argByRole(ctx, "req")?.text ?? "";
      const notty = IOCTL_WORDS[req]?.[2];
      if (notty)
        return fill(notty);
    }
    return `Tried to ${fill(entry.act)}: ${errnoPhrase(errno, ctx)}`;
  }
  if (ret && ret.value === 0 && entry.zero)
    return fill(entry.zero);
  return plural(fill(entry.done) + (entry.result ? fill(entry.result) : ""));
}
function argless(ctx, errno) {
  const { ev } = ctx;
  const head = `Called ${ev.syscall} (the tracer did not print its arguments)`;
  if (ev.status === "unfinished")
    return `${head}; it had not returned when the trace ended`;
  if (errno)
    return `${head}: ${errnoPhrase(errno, ctx)}`;
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
  const errno = errnoName(ev, ctx.a.decoded);
  if (ev.status === "unfinished")
    return `Started to call ${what}; it had not returned when the trace ended`;
  if (errno)
    return `Called ${what}: it failed with ${errno} (${errnoPhrase(errno, ctx)})`;
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
function errnoPhrase(errno, ctx) {
  const short = ERRNO_SHORT[errno] ?? ctx.ev.ret?.message?.toLowerCase() ?? ctx.a.decoded?.errno?.message?.toLowerCase() ?? errno;
  const meaning = errnoMeaning(errno, errnoContexts(ctx));
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
    const type = names(argByRole(ctx, "socktype"));
    const kind = sockKind(names(argByRole(ctx, "family")), type, argByRole(ctx, "family")?.text);
    return type.includes("SOCK_NONBLOCK") ? `non-blocking ${kind}` : kind;
  },
  how: (ctx) => shutdownHow(argByRole(ctx, "how")),
  opt: (ctx) => {
    const o = argByRole(ctx, "opt");
    return names(o)[0] ?? o?.text ?? "?";
  },
  optval: (ctx) => {
    const o = names(argByRole(ctx, "opt"))[0];
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
  cmd: (ctx) => names(argByRole(ctx, "cmd"))[0] ?? argByRole(ctx, "cmd")?.text ?? "?",
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
    const cmd = names(argByRole(ctx, "cmd"))[0] ?? "";
    if (/^F_DUPFD/.test(cmd))
      return `, giving fd ${RET(ctx)}`;
    if (cmd === "F_GETFL" || cmd === "F_GETFD") {
      const r = ctx.ev.ret;
      const notes = r?.notes?.length ? ` (${r.notes.join(", ")})` : "";
      return r?.value !== null && r?.value !== void 0 ? ` \u2192 ${String(r.value)}${notes}` : "";
    }
    return "";
  },
  req: (ctx) => names(argByRole(ctx, "req"))[0] ?? argByRole(ctx, "req")?.text ?? "?",
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
    return names(s)[0] ?? s?.text ?? "?";
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
    const sig = fillTemplate("{signal}", ctx);
    if (act === "NULL") {
      const old = handlerWords(argByRole(ctx, "oldact")?.text ?? "", "read");
      return `Read the handler of ${sig}${old ? `: ${old}` : ""}`;
    }
    const now = handlerWords(act, "set");
    return `Set the handler of ${sig}${now ? ` to ${now}` : ""}`;
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
  advice: (ctx) => names(argByRole(ctx, "advice"))[0] ?? argByRole(ctx, "advice")?.text ?? "?",
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
  option: (ctx) => names(argByRole(ctx, "option"))[0] ?? argByRole(ctx, "option")?.text ?? "?",
  resource: (ctx) => names(argByRole(ctx, "resource"))[0] ?? argByRole(ctx, "resource")?.text ?? "?",
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
  const cmd = names(argByRole(ctx, "cmd"))[0] ?? argByRole(ctx, "cmd")?.text ?? "?";
  const w = FCNTL_WORDS[cmd];
  if (w)
    return fillTemplate(w[form], ctx);
  return form === 0 ? `do ${cmd} on ${fillTemplate("{fd}", ctx)}` : `Did ${cmd} on ${fillTemplate("{fd}", ctx)}`;
}
function ioctlWords(ctx, form) {
  const req = names(argByRole(ctx, "req"))[0] ?? argByRole(ctx, "req")?.text ?? "?";
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
function names(a) {
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
  const sig = /WTERMSIG\(s\) == (SIG[A-Z0-9]+)/.exec(text)?.[1];
  if (sig)
    return `was killed by ${sig}${/WCOREDUMP/.test(text) ? " (core dumped)" : ""}`;
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
  const list = uniq.slice(0, 4).map((n) => fdPhrase(ctx, ctx.args.find((a) => a.int === n && a.fdInfo) ?? decoratedFd(ctx, n), false));
  const more = uniq.length > 4 ? ` and ${String(uniq.length - 4)} more` : "";
  const what = list.length ? `${list.join(", ")}${more}` : "fds";
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
function readyFds(list, ctx) {
  const ns = [...list.matchAll(/\d+/g)].map((m) => Number(m[0]));
  return ns.map((n) => fdPhrase(ctx, decoratedFd(ctx, n), false)).join(", ");
}

export {
  DTRUSS_ROOT_HINT,
  diagnoseStrace,
  diagnoseDtrace,
  isSipNotice,
  Analyzer,
  callFailed,
  errnoMeaning,
  stateFromAnalyzer,
  explainEvent
};
