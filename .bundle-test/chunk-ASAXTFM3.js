import {
  parseFdInfo,
  signatureFor
} from "./chunk-62PVAE5Q.js";

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
      const name = parseUnixName(m[3]);
      if (name)
        info.local = name;
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

// dist/src/analyze/call.js
var PLAIN_INT = /^(-?[1-9]\d{0,14}|0)(?:<|$)/;
var NAMES_ONLY = /^[A-Z][A-Z0-9_]{2,}(?:\|[A-Z][A-Z0-9_]{2,})*$/;
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
  /**
   * Argument i's kind (fd, dirfd, path, ...) as decoding gives it. The signature table says
   * it without decoding, except for the two kinds decoding revises (fcntl's third argument
   * by its command, open's mode by its flags).
   */
  argKind(i) {
    if (!this.decoded || !this.arg(i))
      return this.dec(i)?.kind;
    const sig = signatureFor(this.os, this.name);
    const kind = sig?.args[i]?.[1] ?? "unknown";
    return kind === "fcntl-arg" || kind === "mode" ? this.dec(i)?.kind : kind;
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
    const name = this.decoded?.errno?.name ?? r.errno;
    if (name)
      return name;
    if (r.errnoNumber !== void 0)
      return FALLBACK_ERRNO[this.os].get(Math.abs(r.errnoNumber)) ?? `errno ${String(r.errnoNumber)}`;
    return void 0;
  }
  get errnoMessage() {
    return this.decoded?.errno?.message ?? this.ev.ret?.message;
  }
  /**
   * A plain decimal argument (`3`, `-1`, `3</etc/x>`) read from the text: the number the
   * decoder would give too, so the call need not be decoded for it; null: certainly no
   * number. Octal (`0644`) and hex spellings are left to the decoder.
   */
  plainInt(i) {
    const t = this.arg(i);
    if (t === void 0)
      return void 0;
    const m = PLAIN_INT.exec(t);
    if (m)
      return Number(m[1]);
    return t !== "NULL" && NAMES_ONLY.test(t) || t.startsWith("AT_FDCWD<") ? null : void 0;
  }
  int(i) {
    const p = this.plainInt(i);
    if (p !== void 0)
      return p ?? void 0;
    const d = this.dec(i);
    if (d?.int !== void 0)
      return d.int;
    return parseIntText(this.arg(i)) ?? this.fdText(i)?.fd;
  }
  fd(i) {
    const p = this.plainInt(i);
    if (p !== void 0)
      return p ?? void 0;
    const d = this.dec(i);
    if (d?.int !== void 0 && (d.kind === "fd" || d.kind === "dirfd"))
      return d.int;
    return this.fdText(i)?.fd ?? d?.int;
  }
  fdInfo(i) {
    const t = this.arg(i);
    if (!t?.includes("<"))
      return void 0;
    const f = this.fdText(i);
    if (this.decoded && f?.decoration !== void 0 && !t.includes("/*") && this.argKind(i) !== "pid") {
      const inside = f.decoration.endsWith(" (deleted)");
      return parseFdInfo(inside ? f.decoration.slice(0, -10) : f.decoration, inside || f.deleted);
    }
    const d = this.dec(i);
    if (d?.fdInfo)
      return d.fdInfo;
    return f?.decoration !== void 0 ? parseDecoration(f.decoration, f.deleted) : void 0;
  }
  resultFdInfo() {
    const r = this.ev.ret;
    if (r?.decoration === void 0)
      return void 0;
    const sig = this.decoded ? signatureFor(this.os, this.name) : void 0;
    if (sig && !sig.args.some((a) => a[1] === "fcntl-cmd")) {
      const returned = r.value !== null && !r.errno && !r.errnoNumber;
      return returned && sig.ret === "fd" ? parseFdInfo(r.decoration) : parseDecoration(r.decoration);
    }
    if (this.decoded?.result?.fdInfo)
      return this.decoded.result.fdInfo;
    return parseDecoration(r.decoration);
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
    else if (this.argKind(i - 1) === "dirfd" || AT_CALL.test(this.name)) {
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
    if (NAMES_ONLY.test(this.arg(i) ?? ""))
      return out;
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
  const n = view.args.length || (decoded?.args.length ?? 0);
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
function abiBase(name) {
  const m = /^(.+?)(?:_time64|64|32)$/.exec(name);
  return m && Object.hasOwn(SYSCALLS, m[1]) ? m[1] : void 0;
}
function build() {
  const out = {};
  for (const [name, [family, roles, act, done, result, zero, errctx]] of Object.entries(ROWS)) {
    const entry = { family, args: roles ? roles.split(" ") : [], act, done };
    if (result !== void 0)
      entry.result = result;
    if (zero !== void 0)
      entry.zero = zero;
    if (errctx !== void 0)
      entry.errctx = errctx;
    out[name] = entry;
  }
  return out;
}
var SYSCALLS = build();
function lookupSyscall(name) {
  if (Object.hasOwn(SYSCALLS, name))
    return SYSCALLS[name];
  const alias = ALIASES[name];
  if (alias && Object.hasOwn(SYSCALLS, alias))
    return SYSCALLS[alias];
  if (name.endsWith("_nocancel"))
    return lookupSyscall(name.slice(0, -"_nocancel".length));
  const base = abiBase(name);
  return base !== void 0 ? SYSCALLS[base] : void 0;
}
function canonicalName(name) {
  if (Object.hasOwn(SYSCALLS, name))
    return name;
  if (ALIASES[name])
    return ALIASES[name];
  if (name.endsWith("_nocancel"))
    return canonicalName(name.slice(0, -"_nocancel".length));
  return abiBase(name) ?? name;
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
    const names2 = [wellKnownPort(port)?.service, typeof addr === "string" ? wellKnownAddress(addr)?.service : void 0].filter(Boolean);
    return names2.length ? `${base} (${names2.join(", ")})` : base;
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
function errnoText(call, errno) {
  const name = errno ?? call.errno ?? "an error";
  const msg = errno === void 0 || errno === call.errno ? call.errnoMessage : void 0;
  return msg ? `${name} (${msg})` : name;
}
function callLines(ev) {
  const n = ev.lines.length - (ev.stack?.length ?? 0) - (ev.dump?.length ?? 0);
  const result = n > 1 ? ev.lines[n - 1] : void 0;
  return result !== void 0 && result !== ev.line ? [ev.line, result] : [ev.line];
}
function lineList(...lines) {
  return [...new Set(lines.filter((l) => l !== void 0))].sort((a, b) => a - b);
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
function tally(names2) {
  const n = /* @__PURE__ */ new Map();
  for (const x of names2)
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
    const names2 = rest.map((p) => program(p, byPid) ?? "program not shown");
    parts.push(`It started ${String(rest.length)} other process${rest.length === 1 ? "" : "es"} (${tally(names2)})` + (failed ? `, ${String(failed)} of which exited non-zero or was killed.` : "."));
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

export {
  parseIntText,
  parseFdText,
  parseStrText,
  parseDecoration,
  endpointText,
  epPort,
  epPath,
  shownEndpoint,
  stracePid,
  CallView,
  unixEntry,
  wellKnown,
  probeKind,
  programName,
  procName,
  endedWell,
  pidOf,
  epLabel,
  socketWords,
  fdWords,
  errnoText,
  callLines,
  lineList,
  FD_ROLES,
  argViews,
  fdsIn,
  SYSCALLS,
  lookupSyscall,
  canonicalName,
  FCNTL_WORDS,
  IOCTL_WORDS,
  overview,
  sanitize,
  escapeMarkdown,
  inlineCode,
  codeBlock
};
