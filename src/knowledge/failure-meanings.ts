// What an errno means for a connect or bind, per address family. Data, read by the
// connect-failed and bind-failed detectors. Wording is ours; meanings follow connect(2),
// bind(2), unix(7), ip(7) and tcp(7).

export interface Meaning {
  /** One clause: what the error says happened. */
  meaning: string;
  /** What to check or do. */
  hint: string;
}

type Family = 'unix' | 'inet' | 'any';

export const CONNECT_MEANINGS: Record<string, Partial<Record<Family, Meaning>>> = {
  ENOENT: {
    unix: {
      meaning: 'there is no socket file at that path, so no server is listening there',
      hint: 'Start the server, or point the client at the path where the server actually creates its socket.',
    },
  },
  ECONNREFUSED: {
    unix: {
      meaning: 'the socket file exists but no process is accepting connections on it (a stale socket left by a server that stopped)',
      hint: 'Restart the server; if it is not meant to run, remove the stale socket file.',
    },
    inet: {
      meaning: 'nothing is listening on that address and port (or a firewall actively rejected the connection)',
      hint: 'Check that the server is running and listening on this exact address and port (`ss -ltnp`), and that the client uses the right host and port.',
    },
  },
  EACCES: {
    unix: {
      meaning: 'permission denied on the socket file or on a directory along its path',
      hint: 'Check the permissions and group of the socket file and its directories, or run the client as a user allowed to use it.',
    },
    inet: {
      meaning: 'the connection was refused by a local policy (firewall rule, SELinux/AppArmor, or a broadcast address without SO_BROADCAST)',
      hint: 'Check local firewall and security policy rules for this destination.',
    },
  },
  EPERM: {
    any: {
      meaning: 'a local firewall or security policy blocked the connection',
      hint: 'Check firewall (iptables/nftables), seccomp or sandbox rules for this destination.',
    },
  },
  ETIMEDOUT: {
    any: {
      meaning: 'no answer came back: the host is down or unreachable, or a firewall silently drops the packets',
      hint: 'Check that the host is up and reachable on that port from this machine (routing, security groups, firewalls).',
    },
  },
  ENETUNREACH: {
    any: {
      meaning: 'there is no route to that network from this machine (offline, no default route, or no IPv6 connectivity)',
      hint: 'Check the network configuration and routes (`ip route`); for IPv6 addresses, check IPv6 connectivity or prefer IPv4.',
    },
  },
  EHOSTUNREACH: {
    any: {
      meaning: 'the host is unreachable (no reply on the local network or an ICMP host-unreachable)',
      hint: 'Check that the host is up and that the address is right.',
    },
  },
  EADDRNOTAVAIL: {
    any: {
      meaning: 'no local address or port could be used for the connection (ephemeral ports exhausted, or an address that is not usable here)',
      hint: 'Check the destination address; if many connections are opened quickly, look for sockets left in TIME_WAIT.',
    },
  },
  ECONNRESET: {
    any: {
      meaning: 'the other side reset the connection while it was being set up',
      hint: 'Check the server logs: it accepted and immediately dropped the connection.',
    },
  },
  EAGAIN: {
    unix: {
      meaning: "the server's listen backlog is full: it is not accepting connections fast enough",
      hint: 'The server is overloaded or stuck; check what it is doing.',
    },
  },
  ENOTDIR: {
    unix: {
      meaning: 'a component of the socket path is not a directory',
      hint: 'Check the configured socket path.',
    },
  },
  EBADF: {
    any: {
      meaning: 'the fd passed was not open: usually an earlier socket() failed and the program did not check the error',
      hint: 'Look just above for the socket() call that failed and fix that first.',
    },
  },
  ENOTSOCK: {
    any: {
      meaning: 'the fd passed is not a socket (a mix-up of fds in the program)',
      hint: 'This is a bug in the program: it connects an fd that refers to a file or pipe.',
    },
  },
  EAFNOSUPPORT: {
    any: {
      meaning: 'the address family does not match the socket',
      hint: 'The program passed an address of the wrong family for this socket; this is a bug in the program or its configuration.',
    },
  },
};

export const BIND_MEANINGS: Record<string, Partial<Record<Family, Meaning>>> = {
  EADDRINUSE: {
    unix: {
      meaning: 'a file already exists at that socket path (often left behind by a previous run)',
      hint: 'Stop the other instance, or remove the stale socket file before starting (servers usually unlink it first).',
    },
    inet: {
      meaning: 'another socket is already bound to that address and port (another instance or another service is running, or SO_REUSEADDR is missing after a restart)',
      hint: 'Find the process using the port (`ss -ltnp`, `lsof -i :PORT`), stop it or pick another port.',
    },
  },
  EACCES: {
    unix: {
      meaning: 'no permission to create the socket file in that directory',
      hint: 'Use a directory the process can write to, or fix the directory permissions.',
    },
    inet: {
      meaning: 'ports below 1024 need root or the CAP_NET_BIND_SERVICE capability',
      hint: 'Run with CAP_NET_BIND_SERVICE, use a port above 1023 behind a proxy, or lower net.ipv4.ip_unprivileged_port_start.',
    },
  },
  EADDRNOTAVAIL: {
    any: {
      meaning: 'the address is not one of this machine\'s addresses',
      hint: 'Bind to an address the machine has (or 0.0.0.0 / ::), or wait until the interface is up.',
    },
  },
  EINVAL: {
    any: {
      meaning: 'the socket is already bound, or the address is invalid for it',
      hint: 'Check the program does not bind the same socket twice.',
    },
  },
  ENOENT: {
    unix: {
      meaning: 'the directory for the socket file does not exist',
      hint: 'Create the directory (e.g. /run/<service>) before starting.',
    },
  },
};

export function meaningFor(table: Record<string, Partial<Record<Family, Meaning>>>, errno: string | undefined, family: string | undefined): Meaning | undefined {
  if (!errno) return undefined;
  const row = table[errno];
  if (!row) return undefined;
  const fam: Family = family === 'AF_UNIX' ? 'unix' : family === 'AF_INET' || family === 'AF_INET6' ? 'inet' : 'any';
  return row[fam] ?? row.any;
}
