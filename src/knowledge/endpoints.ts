// Well-known endpoints and expected probe paths, as data.
// Sources: IANA service-name and port-number registry (ports); the packages' default
// configurations (PostgreSQL unix_socket_directories: /var/run/postgresql in Debian/Ubuntu
// builds, /tmp upstream and Homebrew; Debian mysql/mariadb socket paths; glibc nscd's
// _PATH_NSCDSOCKET; systemd's sd_notify/journald socket paths; the D-Bus specification);
// RFC 3927 / cloud provider docs (169.254.169.254); QEMU's user-mode networking defaults
// (10.0.2.0/24: guest .15, gateway .2, DNS .3); Docker's embedded DNS (127.0.0.11);
// systemd-resolved's stub listener (127.0.0.53, 127.0.0.54).

import type { Endpoint } from '../model/index.js';

export interface WellKnown {
  service: string;
  note?: string;
}

export interface UnixSocketEntry extends WellKnown {
  /** Matched against the whole path (a `$` anchored RegExp) or as an exact path. */
  match: RegExp | string;
  /** Where this service usually puts the socket, for a "not found" hint. */
  usual?: string;
  /** Missing at startup is normal (a library probing for an optional daemon). */
  optional?: boolean;
  /**
   * Often not running (containers, minimal systems) and most clients carry on without it
   * (PAM's systemd module under su/login): a missing socket is a note, and a warning only when
   * the program then failed; never an error.
   */
  oftenAbsent?: boolean;
  /** For a server often run in a container: how to reach it when its socket is not on this side. */
  container?: string;
}

/** A server in a container makes its UNIX socket inside the container: the host (or another container) sees nothing there. */
function inContainer(tcp: string): string {
  return `If the server runs in a container, it creates its socket inside the container, not here: connect over TCP to the published port (${tcp}), or mount the container's socket directory at this path.`;
}

/** TCP/UDP ports. `proto` limits an entry to one transport. */
export const WELL_KNOWN_PORTS: readonly (readonly [port: number, service: string, note?: string])[] = [
  [20, 'FTP data'],
  [21, 'FTP'],
  [22, 'SSH'],
  [23, 'Telnet'],
  [25, 'SMTP'],
  [53, 'DNS'],
  [67, 'DHCP server'],
  [68, 'DHCP client'],
  [69, 'TFTP'],
  [80, 'HTTP'],
  [88, 'Kerberos'],
  [110, 'POP3'],
  [111, 'rpcbind (Sun RPC portmapper)'],
  [123, 'NTP'],
  [143, 'IMAP'],
  [161, 'SNMP'],
  [389, 'LDAP'],
  [443, 'HTTPS'],
  [465, 'SMTP over TLS'],
  [514, 'syslog'],
  [587, 'SMTP submission'],
  [631, 'IPP (CUPS printing)'],
  [636, 'LDAP over TLS'],
  [853, 'DNS over TLS'],
  [873, 'rsync'],
  [993, 'IMAP over TLS'],
  [995, 'POP3 over TLS'],
  [1080, 'SOCKS proxy'],
  [1433, 'Microsoft SQL Server'],
  [1521, 'Oracle database'],
  [1883, 'MQTT'],
  [2049, 'NFS'],
  [2181, 'ZooKeeper'],
  [2375, 'Docker API (plain HTTP)', 'unencrypted Docker daemon API'],
  [2376, 'Docker API (TLS)'],
  [2379, 'etcd client'],
  [2380, 'etcd peer'],
  [3000, 'development web server (Rails, Node, Grafana)'],
  [3128, 'HTTP proxy (Squid)'],
  [3306, 'MySQL'],
  [3389, 'RDP'],
  [4222, 'NATS'],
  [4317, 'OpenTelemetry (OTLP gRPC)'],
  [5000, 'development web server / Docker registry'],
  [5353, 'mDNS'],
  [5432, 'PostgreSQL'],
  [5601, 'Kibana'],
  [5672, 'AMQP (RabbitMQ)'],
  [5900, 'VNC'],
  [6379, 'Redis'],
  [6443, 'Kubernetes API server'],
  [8000, 'HTTP (alternate)'],
  [8080, 'HTTP (alternate / proxy)'],
  [8443, 'HTTPS (alternate)'],
  [8500, 'Consul'],
  [9000, 'PHP-FPM / MinIO'],
  [9042, 'Cassandra'],
  [9090, 'Prometheus'],
  [9092, 'Kafka'],
  [9200, 'Elasticsearch'],
  [9300, 'Elasticsearch transport'],
  [11211, 'memcached'],
  [15672, 'RabbitMQ management'],
  [26379, 'Redis Sentinel'],
  [27017, 'MongoDB'],
];

/** IPv4/IPv6 addresses with a meaning of their own. */
export const WELL_KNOWN_ADDRESSES: readonly (readonly [address: string, service: string, note?: string])[] = [
  ['127.0.0.53', 'systemd-resolved', 'the local DNS stub resolver of systemd-resolved'],
  ['127.0.0.54', 'systemd-resolved', 'systemd-resolved proxy stub (no DNSSEC/LLMNR)'],
  ['127.0.0.11', "Docker's embedded DNS", 'the DNS server Docker provides inside user-defined networks'],
  ['10.0.2.2', 'QEMU user networking host', "the host, as seen from a QEMU guest with user-mode (slirp) networking"],
  ['10.0.2.3', 'QEMU user networking DNS', 'the DNS forwarder of QEMU user-mode networking'],
  ['10.0.2.15', 'QEMU user networking guest', "the guest's own address under QEMU user-mode networking"],
  ['169.254.169.254', 'cloud instance metadata service', 'AWS/GCP/Azure/OpenStack metadata endpoint (link-local)'],
  ['fd00:ec2::254', 'cloud instance metadata service', 'the AWS metadata endpoint over IPv6'],
  ['8.8.8.8', 'Google Public DNS'],
  ['8.8.4.4', 'Google Public DNS'],
  ['1.1.1.1', 'Cloudflare DNS'],
  ['1.0.0.1', 'Cloudflare DNS'],
  ['9.9.9.9', 'Quad9 DNS'],
  ['224.0.0.251', 'mDNS multicast group'],
  ['ff02::fb', 'mDNS multicast group'],
];

/** UNIX socket paths. First match wins. */
export const WELL_KNOWN_UNIX: readonly UnixSocketEntry[] = [
  {
    match: /(^|\/)\.s\.PGSQL\.\d+$/,
    service: 'PostgreSQL',
    usual:
      '/var/run/postgresql/.s.PGSQL.5432 on Debian/Ubuntu packages; /tmp/.s.PGSQL.5432 for upstream builds and Homebrew on macOS (the server setting is unix_socket_directories)',
    container: inContainer('`psql -h 127.0.0.1 -p 5432`, or host=127.0.0.1 in the connection string'),
  },
  {
    match: /(^|\/)(mysqld?|mariadb)\.sock$/,
    service: 'MySQL/MariaDB',
    usual:
      '/var/run/mysqld/mysqld.sock on Debian/Ubuntu, /var/lib/mysql/mysql.sock on RHEL/Fedora, /tmp/mysql.sock on macOS/Homebrew (the server setting is socket=)',
    container: inContainer('`mysql -h 127.0.0.1 -P 3306`; "localhost" means the socket to MySQL clients'),
  },
  { match: /(^|\/)docker\.sock$/, service: 'Docker daemon', usual: '/var/run/docker.sock (rootless: $XDG_RUNTIME_DIR/docker.sock)' },
  { match: /(^|\/)containerd\.sock$/, service: 'containerd', usual: '/run/containerd/containerd.sock' },
  { match: /(^|\/)podman\.sock$/, service: 'Podman API', usual: '/run/podman/podman.sock (rootless: $XDG_RUNTIME_DIR/podman/podman.sock)' },
  { match: /(^|\/)redis(-server)?\.sock$/, service: 'Redis', usual: '/var/run/redis/redis-server.sock when unixsocket is enabled', container: inContainer('`redis-cli -h 127.0.0.1 -p 6379`') },
  { match: /(^|\/)memcached\.sock$/, service: 'memcached' },
  { match: /(^|\/)php[\d.]*-fpm\.sock$/, service: 'PHP-FPM', usual: '/run/php/phpX.Y-fpm.sock on Debian/Ubuntu' },
  { match: /^\/(var\/)?run\/nscd\/socket$/, service: 'nscd (name service cache daemon)', optional: true, note: 'glibc asks nscd first and falls back to reading files when it is not running' },
  { match: /^\/(var\/)?run\/systemd\/notify$/, service: 'systemd notification socket (sd_notify)', optional: true },
  { match: /^\/(var\/)?run\/systemd\/journal\/(socket|stdout|dev-log)$/, service: 'systemd-journald', optional: true },
  { match: /^\/dev\/log$/, service: 'syslog', optional: true },
  { match: /^\/(var\/)?run\/systemd\/private$/, service: 'systemd manager (private bus)' },
  { match: /^\/(var\/)?run\/systemd\/userdb\/.*$/, service: 'systemd userdb (varlink)', optional: true },
  { match: /^\/(var\/)?run\/systemd\/resolve\/io\.systemd\.Resolve$/, service: 'systemd-resolved (varlink)', optional: true },
  { match: /^\/(var\/)?run\/dbus\/system_bus_socket$/, service: 'D-Bus system bus', oftenAbsent: true },
  { match: /^\/run\/user\/\d+\/bus$/, service: 'D-Bus session bus' },
  { match: /(^|\/)\.X11-unix\/X\d+$/, service: 'X11 display server' },
  { match: /^\/run\/user\/\d+\/wayland-\d+$/, service: 'Wayland compositor' },
  { match: /^\/run\/user\/\d+\/pulse\/native$/, service: 'PulseAudio / PipeWire-Pulse' },
  { match: /(^|\/)ssh-[^/]+\/agent\.\d+$/, service: 'ssh-agent' },
  { match: /(^|\/)S\.gpg-agent(\.\w+)?$/, service: 'gpg-agent' },
  { match: /^\/(var\/)?run\/avahi-daemon\/socket$/, service: 'Avahi mDNS daemon', optional: true },
  { match: /^\/(var\/)?run\/cups\/cups\.sock$/, service: 'CUPS printing' },
  { match: /^\/var\/run\/mDNSResponder$/, service: 'mDNSResponder (macOS DNS)' },
];

const portIndex = new Map(WELL_KNOWN_PORTS.map(([p, s, n]) => [p, { service: s, ...(n ? { note: n } : {}) }]));
const addrIndex = new Map(WELL_KNOWN_ADDRESSES.map(([a, s, n]) => [a, { service: s, ...(n ? { note: n } : {}) }]));

export function unixEntry(path: string): UnixSocketEntry | undefined {
  for (const e of WELL_KNOWN_UNIX) {
    if (typeof e.match === 'string' ? e.match === path : e.match.test(path)) return e;
  }
  return undefined;
}

export function wellKnownPort(port: number): WellKnown | undefined {
  return portIndex.get(port);
}

export function wellKnownAddress(address: string): WellKnown | undefined {
  return addrIndex.get(address.toLowerCase());
}

/**
 * What an endpoint is, when it is well known: the service behind a port or UNIX path, or
 * the meaning of a special address (the port wins when both are known: 127.0.0.53:53 is
 * DNS, with the address as the note).
 */
export function wellKnown(ep: Endpoint | undefined): WellKnown | undefined {
  if (!ep) return undefined;
  if (ep.family === 'AF_UNIX' && typeof ep.path === 'string') {
    const e = unixEntry(ep.path);
    if (!e) return undefined;
    const out: WellKnown = { service: e.service };
    if (e.note) out.note = e.note;
    return out;
  }
  if ((ep.family === 'AF_INET' || ep.family === 'AF_INET6') && typeof ep.address === 'string') {
    const byAddr = wellKnownAddress(ep.address);
    const byPort = typeof ep.port === 'number' ? wellKnownPort(ep.port) : undefined;
    if (byPort && byAddr) return { service: byPort.service, note: `${ep.address} is ${byAddr.service}` };
    return byPort ?? byAddr;
  }
  return undefined;
}
