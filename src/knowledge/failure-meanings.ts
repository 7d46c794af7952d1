// What a failed connect or bind means, for the connect-failed and bind-failed detectors. The
// meaning is the one wording of errno-meanings.ts for that call and address family (the same
// sentence `explain` prints after the call); this file adds only what to check or do.
// Hints follow connect(2), bind(2), unix(7), ip(7) and tcp(7); the wording is ours.

import { errnoMeaning } from './errno-meanings.js';

export interface Meaning {
  /** One clause: what the error says happened. */
  meaning: string;
  /** What to check or do. */
  hint: string;
}

type Family = 'unix' | 'inet' | 'any';

/** Per errno, per context (`connect:unix`, `connect:inet`, or the call for any family): the hint. */
const HINTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ENOENT: {
    'connect:unix': 'Start the server, or point the client at the path where the server actually creates its socket.',
    'bind:unix': 'Create the directory (e.g. /run/<service>) before starting.',
  },
  ECONNREFUSED: {
    'connect:unix': 'Restart the server; if it is not meant to run, remove the stale socket file.',
    'connect:inet': 'Check that the server is running and listening on this exact address and port (`ss -ltnp`), and that the client uses the right host and port.',
  },
  EACCES: {
    'connect:unix': 'Check the permissions and group of the socket file and its directories, or run the client as a user allowed to use it.',
    'connect:inet': 'Check local firewall and security policy rules for this destination.',
    'bind:unix': 'Use a directory the process can write to, or fix the directory permissions.',
    'bind:inet': 'Run with CAP_NET_BIND_SERVICE, use a port above 1023 behind a proxy, or lower net.ipv4.ip_unprivileged_port_start.',
  },
  EPERM: { connect: 'Check firewall (iptables/nftables), seccomp or sandbox rules for this destination.' },
  ETIMEDOUT: { connect: 'Check that the host is up and reachable on that port from this machine (routing, security groups, firewalls).' },
  ENETUNREACH: { connect: 'Check the network configuration and routes (`ip route`); for IPv6 addresses, check IPv6 connectivity or prefer IPv4.' },
  EHOSTUNREACH: { connect: 'Check that the host is up and that the address is right.' },
  EADDRNOTAVAIL: {
    connect: 'Check the destination address; if many connections are opened quickly, look for sockets left in TIME_WAIT.',
    bind: 'Bind to an address the machine has (or 0.0.0.0 / ::), or wait until the interface is up.',
  },
  ECONNRESET: { connect: 'Check that the server is running and listening on that address and port, and that nothing in between (a firewall, a proxy) resets the connection.' },
  EAGAIN: { 'connect:unix': 'The server is overloaded or stuck; check what it is doing.' },
  ENOTDIR: { 'connect:unix': 'Check the configured socket path.' },
  EBADF: { connect: 'Look just above for the socket() call that failed and fix that first.' },
  ENOTSOCK: { connect: 'This is a bug in the program: it connects an fd that refers to a file or pipe.' },
  EAFNOSUPPORT: { connect: 'The program passed an address of the wrong family for this socket; this is a bug in the program or its configuration.' },
  EADDRINUSE: {
    'bind:unix': 'Stop the other instance, or remove the stale socket file before starting (servers usually unlink it first).',
    'bind:inet': 'Find the process using the port (`ss -ltnp`, `lsof -i :PORT`), stop it or pick another port.',
  },
  EINVAL: { bind: 'Check the program does not bind the same socket twice.' },
};

/** A call whose failures the detectors explain, and the meaning contexts of each family (most specific first). */
export interface FailureContext {
  call: 'connect' | 'bind';
  chains: Readonly<Record<Family, readonly string[]>>;
}

export const CONNECT_MEANINGS: FailureContext = {
  call: 'connect',
  chains: { unix: ['connect:unix', 'connect'], inet: ['connect:inet', 'connect'], any: ['connect'] },
};

/** Without a port the detector reads an IP bind as a low port; it words the other case itself. */
export const BIND_MEANINGS: FailureContext = {
  call: 'bind',
  chains: { unix: ['bind:unix', 'bind'], inet: ['bind:inet-low', 'bind:inet', 'bind'], any: ['bind'] },
};

/** What `errno` means for this call on a socket of `family`, with a hint; undefined when there is no hint for it. */
export function meaningFor(ctx: FailureContext, errno: string | undefined, family: string | undefined): Meaning | undefined {
  if (!errno) return undefined;
  const row = HINTS[errno];
  if (!row) return undefined;
  const fam: Family = family === 'AF_UNIX' ? 'unix' : family === 'AF_INET' || family === 'AF_INET6' ? 'inet' : 'any';
  const hint = row[`${ctx.call}:${fam}`] ?? row[ctx.call];
  const meaning = hint === undefined ? undefined : errnoMeaning(errno, [...ctx.chains[fam]]);
  return hint !== undefined && meaning !== undefined ? { meaning, hint } : undefined;
}

/**
 * Errors a format's kernel reports under another name, per call: Nanos's TCP stack (lwIP) answers a
 * refused TCP connect with ECONNRESET (../shared/formats/nanos-ops-trace.md, addendum; seen live).
 */
const REPORTED_AS: Readonly<Record<string, Readonly<Record<string, { is: string; family: string; note: string }>>>> = {
  nanos: { 'connect:ECONNRESET': { is: 'ECONNREFUSED', family: 'AF_INET', note: 'Nanos reports this as ECONNRESET' } },
};

/** The error a call's printed errno stands for in this format, when the format renames it. */
export function reportedAs(format: string, call: string, errno: string | undefined): { is: string; family: string; note: string } | undefined {
  return errno === undefined ? undefined : REPORTED_AS[format]?.[`${call}:${errno}`];
}
