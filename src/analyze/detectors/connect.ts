// connect-failed: a connection attempt that did not succeed, told with the endpoint, the
// error and what that error means for this kind of socket. Covers the hidden form too:
// connect → EINPROGRESS, then poll/select and getsockopt(SO_ERROR) carry the verdict.

import type { Endpoint, Finding, ProcessInfo, SocketInfo } from '../../model/index.js';
import { READ_CALLS, WRITE_CALLS, type ConnectAttempt } from '../state/index.js';
import { endpointText, epPath, epPort, shownEndpoint } from '../../decode/text.js';
import type { Detector, DetectorRun, Observation } from '../types.js';
import type { ResolvedNames } from '../state/resolved.js';
import { unixEntry } from '../../knowledge/endpoints.js';
import { callLines, endedBadly, epLabel, INJECTED_NOTE, lineList, procName, setPid, socketWords } from './describe.js';
import { CONNECT_MEANINGS, meaningFor, reportedAs } from '../../knowledge/failure-meanings.js';

/** Errors that do not end an attempt: it goes on in the background or already happened. */
const NOT_FAILURES = new Set(['EINPROGRESS', 'EALREADY', 'EISCONN', 'EINTR', 'ERESTARTSYS', 'ERESTARTNOHAND', 'ERESTARTNOINTR']);

interface Failure {
  pid?: number;
  tgid: number;
  proc: ProcessInfo;
  fd?: number;
  endpoint?: Endpoint;
  socket?: SocketInfo;
  errno?: string;
  message?: string;
  async?: ConnectAttempt;
  lines: number[];
  events: number[];
  /** dtruss: the sockaddr is a pointer; what addrlen says about it. */
  addrlen?: number;
  /** strace -e inject caused the error. */
  injected?: boolean;
  count: number;
}

/** Identity of a destination for "did a later attempt succeed". */
function destKey(ep: Endpoint | undefined, _s?: SocketInfo): string | undefined {
  if (epPath(ep) !== undefined) return `unix:${String(epPath(ep))}`;
  if (epPort(ep) !== undefined) return `port:${String(epPort(ep))}`;
  // Address not shown (dtruss, -e raw): nothing says a later success went to the same place.
  return undefined;
}

const MAX_FAILURES = 200;

/** Folds into `first` the same failure at another address of the same port (at most 4 named in the title). */
function sameAtAnotherAddress(first: Finding, other: Finding, address: string, also: string[]): void {
  if (also.length === 0) also.push(first.title);
  // Bounded: a name with many addresses adds at most 4 to the title, the sentence and the lines.
  if (also.length >= 5) return;
  also.push(address);
  first.title = `${also[0]!} (also ${also.slice(1).join(', ')})`;
  first.explanation += ` It got the same answer from ${address} (line ${String(other.lines[0] ?? '?')}), another address for the same port.`;
  first.lines = lineList(...first.lines, ...other.lines);
  first.events = [...new Set([...(first.events ?? []), ...(other.events ?? [])])].sort((a, b) => a - b);
}

/** An attempt that has started and that nothing has settled yet (the wait may not be traced). */
interface Open {
  attempt: ConnectAttempt;
  tgid: number;
  proc: ProcessInfo;
  socket?: SocketInfo;
  /** When the process exited, or the socket was closed, with the attempt still open. */
  end?: { time?: number; line: number; seq: number };
}

/** "2 s", "0.5 s": how long a program waited, to a tenth of a second. */
function seconds(s: number): string {
  return `${String(Math.round(s * 10) / 10)} s`;
}

class ConnectRun implements DetectorRun {
  private failures = new Map<string, Failure>();
  private open = new Map<string, Open>();
  private succeeded = new Set<string>();
  /**
   * Sockets whose non-blocking attempt ended in a second connect() that failed (hiredis:
   * EINPROGRESS, poll, connect again → ECONNREFUSED). A later SO_ERROR of 0 there only means
   * the error was already taken, not that it connected.
   */
  private endedByConnect = new Set<string>();

  constructor(
    private readonly resolved?: ResolvedNames,
    private readonly format: string = 'strace',
  ) {}

  /** `pg-primary → 127.0.0.1:5432` when a DNS reply in the trace gave that address, and the reply's line. */
  private named(ep: Endpoint | undefined): { text: string; name?: string; line?: number } {
    const text = endpointText(ep);
    const addr = (ep as { address?: unknown } | undefined)?.address;
    const r = typeof addr === 'string' ? this.resolved?.nameOf(addr) : undefined;
    return r ? { text: `${r.name} → ${text}`, name: r.name, line: r.line } : { text };
  }

  observe(o: Observation): void {
    const { call, proc } = o;
    const ev = o.analyzed.event;
    if (ev.type === 'exit' && proc) {
      for (const op of this.open.values()) if (op.tgid === proc.tgid && !op.end) op.end = { ...(ev.time !== undefined ? { time: ev.time } : {}), line: ev.line, seq: ev.seq };
    }
    if (!call || !proc) return;
    // Settled, or the socket used with success after it: the attempt is no longer open.
    const settled = o.analyzed.connect;
    if (settled && settled.state !== 'in-progress') this.open.delete(`${settled.socketId}:${String(settled.seq)}`);
    const used = o.sock?.info.id;
    if (used && !call.failed && (READ_CALLS.has(call.name) || WRITE_CALLS.has(call.name))) {
      for (const [k, op] of this.open) if (op.attempt.socketId === used && call.ev.seq > op.attempt.seq) this.open.delete(k);
    }
    for (const e of o.analyzed.closed ?? []) {
      for (const op of this.open.values()) {
        if (op.attempt.socketId === e.socketId && !op.end) op.end = { ...(ev.time !== undefined ? { time: ev.time } : {}), line: ev.line, seq: ev.seq };
      }
    }
    const a = o.analyzed;
    const sock = o.sock?.info;
    const isConnect = call.name === 'connect' || call.name === 'connect_nocancel';
    if (isConnect) {
      const given = call.endpoint(1);
      const ep = shownEndpoint(given);
      if (given?.family === 'AF_UNSPEC') return;
      const errno = call.errno;
      if (!call.failed || errno === undefined) {
        const k = destKey(ep ?? sock?.peer, sock);
        if (k && call.ev.status === 'complete') this.succeeded.add(k);
        return;
      }
      if (NOT_FAILURES.has(errno)) {
        const c = a.connect;
        if (c?.state === 'in-progress' && c.seq === call.ev.seq) this.open.set(`${c.socketId}:${String(c.seq)}`, { attempt: { ...c }, tgid: proc.tgid, proc: proc.info, ...(sock ? { socket: { ...sock } } : {}) });
        return;
      }
      if (errno === 'EAGAIN' && sock?.family !== 'AF_UNIX') return;
      const f: Failure = {
        tgid: proc.tgid,
        proc: proc.info,
        errno,
        lines: callLines(call.ev),
        events: [call.ev.seq],
        count: 1,
      };
      setPid(f, proc.info);
      const fd = call.fd(0);
      if (fd !== undefined) f.fd = fd;
      if (ep) f.endpoint = ep;
      if (sock) f.socket = { ...sock };
      const family = given?.family ?? sock?.family;
      if (family && !f.socket?.family) f.socket = { id: '', holders: [], fds: [], lines: [], ...f.socket, family };
      // Only UNIX sockets fail connect with ENOENT: Nanos prints connect() with no arguments.
      if (!family && errno === 'ENOENT') f.socket = { id: '', holders: [], fds: [], lines: [], ...f.socket, family: 'AF_UNIX' };
      if (call.errnoMessage) f.message = call.errnoMessage;
      if (call.injected) f.injected = true;
      if (sock) {
        // The poll/select before this connect saw the same attempt fail: one story, told once.
        this.endedByConnect.add(sock.id);
        for (const [k, prev] of this.failures) {
          if (!k.startsWith(`async:${sock.id}:`)) continue;
          this.failures.delete(k);
          f.lines = [...prev.lines, ...f.lines];
          f.events = [...prev.events, ...f.events];
        }
      }
      if (!ep) {
        const len = typeof given?.length === 'number' ? given.length : call.int(2);
        if (len !== undefined) f.addrlen = len;
      }
      this.add(f);
      return;
    }
    const c = a.connect;
    if (!c) return;
    const openKey = `${c.socketId}:${String(c.seq)}`;
    if (c.state === 'in-progress') return;
    this.open.delete(openKey);
    if (c.state === 'connected') {
      if (this.endedByConnect.has(c.socketId)) return;
      const k = destKey(c.endpoint, sock);
      if (k) this.succeeded.add(k);
      this.failures.delete(`async:${c.socketId}:${String(c.seq)}`);
      return;
    }
    if (c.state !== 'failed' && c.state !== 'timed-out') return;
    const f: Failure = {
      tgid: proc.tgid,
      proc: proc.info,
      fd: c.fd,
      async: { ...c },
      lines: [c.line, ...c.lines],
      events: [c.seq, ...c.events],
      count: 1,
    };
    setPid(f, proc.info);
    const shown = shownEndpoint(c.endpoint);
    if (shown) f.endpoint = shown;
    // A wait that timed out is the program giving up, not ETIMEDOUT: only errno says that.
    if (c.errno) f.errno = c.errno;
    if (sock) f.socket = { ...sock };
    this.failures.set(`async:${c.socketId}:${String(c.seq)}`, f);
  }

  private add(f: Failure): void {
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
    if (this.failures.size < MAX_FAILURES) this.failures.set(key, f);
  }

  finish(): Finding[] {
    const out: Finding[] = [];
    // Attempts the trace never shows ending (only -e trace=network, or cut short): they did not
    // complete as far as the trace shows, which matters only when the program then failed.
    for (const op of this.open.values()) {
      const code = op.proc.exitCode ?? op.proc.exitCall;
      if (!op.proc.signal && (code === undefined || code === 0)) continue;
      const a = op.attempt;
      const f: Failure = { tgid: op.tgid, proc: op.proc, fd: a.fd, async: { ...a, ...(op.end?.time !== undefined ? { until: op.end.time } : {}) }, lines: [a.line], events: [a.seq], count: 1 };
      setPid(f, op.proc);
      if (a.endpoint) f.endpoint = a.endpoint;
      if (op.socket) f.socket = op.socket;
      if (op.end) {
        f.lines.push(op.end.line);
        f.events.push(op.end.seq);
      }
      this.failures.set(`open:${a.socketId}:${String(a.seq)}`, f);
    }
    // One port refused (or unreachable) at each address of a name: curl to `localhost` tries
    // 127.0.0.1 then ::1. One finding names them all, not one finding per address.
    /** Per process, port and errno: the first finding, and its title followed by the other addresses. */
    const byPort = new Map<string, { finding: Finding; also: string[] }>();
    for (const f of this.failures.values()) {
      const path = epPath(f.endpoint);
      const unix = path !== undefined ? unixEntry(path) : undefined;
      // A library probing for an optional daemon (nscd, journald): expected, not a problem.
      if (unix?.optional && (f.errno === 'ENOENT' || f.errno === 'ECONNREFUSED')) continue;
      const finding = this.describe(f, unix?.usual, unix?.oftenAbsent && f.errno === 'ENOENT');
      const port = f.endpoint && path === undefined && f.errno ? epPort(f.endpoint) : undefined;
      const key = port !== undefined && finding.id === 'connect-failed' ? `${String(f.tgid)}|${String(port)}|${String(f.errno)}|${finding.severity}` : undefined;
      const first = key !== undefined ? byPort.get(key) : undefined;
      if (first && f.endpoint) {
        sameAtAnotherAddress(first.finding, finding, endpointText(f.endpoint), first.also);
        continue;
      }
      if (key !== undefined) byPort.set(key, { finding, also: [] });
      out.push(finding);
    }
    return out;
  }

  private describeSilent(f: Failure, a: ConnectAttempt, where: string, fdText: string): Finding {
    const key = destKey(f.endpoint, f.socket);
    const named = this.named(f.endpoint);
    if (named.line !== undefined) f.lines.push(named.line);
    return describeSilentFinding(f, a, where, fdText, key !== undefined && this.succeeded.has(key), named.name ? named.text : undefined);
  }

  private describe(f: Failure, usual: string | undefined, oftenAbsent = false): Finding {
    const family = f.endpoint?.family ?? f.socket?.family;
    const where = f.endpoint ? epLabel(f.endpoint) : 'an address the trace does not show';
    // Nanos says ECONNRESET for a refused TCP connect: explain the refusal it stands for.
    const alias = reportedAs(this.format, 'connect', f.errno);
    const m = alias ? meaningFor(CONNECT_MEANINGS, alias.is, family ?? alias.family) : meaningFor(CONNECT_MEANINGS, f.errno, family);
    const errText = f.message ? `${String(f.errno)} (${f.message})` : String(f.errno);
    const sockWords = socketWords(f.socket ?? (family ? { id: '', family, holders: [], fds: [], lines: [] } : undefined));
    const fdText = f.fd !== undefined ? `fd ${String(f.fd)} (${sockWords})` : sockWords;
    const parts: string[] = [];
    const silent = f.async && !f.errno && f.async.state !== 'failed' ? f.async : undefined;
    if (silent) return this.describeSilent(f, silent, where, fdText);
    if (f.async) {
      const how = f.async.errno
        ? `getsockopt(SO_ERROR) reported ${f.async.errno}`
        : f.async.state === 'timed-out'
          ? 'the wait for it timed out'
          : 'poll reported an error (POLLERR/POLLHUP) on the socket';
      parts.push(`${procName(f.proc)} started a non-blocking connect of ${fdText} to ${where}; it returned EINPROGRESS and ${how}.`);
    } else {
      parts.push(`${procName(f.proc)} tried to connect ${fdText} to ${where} and got ${errText}.`);
    }
    if (f.injected) parts.push(INJECTED_NOTE);
    else if (m && alias) parts.push(`The connection was refused (${alias.note}, not ECONNREFUSED): ${m.meaning}.`);
    else if (m) parts.push(`Here that means ${m.meaning}.`);
    if (!f.endpoint && f.addrlen !== undefined) {
      const len = f.addrlen;
      const sun = family === 'AF_UNIX' ? ', the size of a sockaddr_un: a UNIX socket path' : '';
      parts.push(`The tracer printed only a pointer for the address; its length was ${String(len)} bytes${sun}.`);
    }
    if (f.count > 1) parts.push(`It failed the same way ${String(f.count)} times.`);
    let hint = m?.hint ?? 'Check that the destination is right and the server is up.';
    if (usual && (f.errno === 'ENOENT' || f.errno === 'ECONNREFUSED')) {
      const svc = f.endpoint ? unixEntry(epPath(f.endpoint) ?? '')?.service : undefined;
      hint += ` ${svc ?? 'This service'} usually puts its socket at ${usual}.`;
    }
    const container = f.errno === 'ENOENT' ? unixEntry(epPath(f.endpoint) ?? '')?.container : undefined;
    if (container) hint += ` ${container}`;
    const key = destKey(f.endpoint, f.socket);
    const recovered = key !== undefined && this.succeeded.has(key);
    if (recovered) parts.push('A later connection to the same destination succeeded, so the program recovered from this.');
    else if (oftenAbsent) parts.push('This service is often not running (containers, minimal systems) and many programs carry on without it, so this may not be why anything failed.');
    const named = this.named(f.endpoint);
    if (named.name && named.line !== undefined) {
      const addr = String((f.endpoint as { address?: unknown }).address);
      parts.push(`The address came from DNS: ${named.name} resolved to ${addr} (line ${String(named.line)}).`);
      f.lines.push(named.line);
    }
    const failed = alias ? `was refused (${alias.note})` : `failed: ${String(f.errno)}`;
    const title = f.endpoint ? `connect to ${named.text} ${failed}` : `connect on ${sockWords} ${failed}`;
    const finding: Finding = {
      id: 'connect-failed',
      // A service often absent (D-Bus in a container) is worth a warning only when the
      // program then failed; one that carried on (su, PAM) only notes it.
      severity: recovered || f.injected ? 'info' : oftenAbsent ? (endedBadly(f.proc) ? 'warning' : 'info') : 'error',
      title,
      explanation: parts.join(' '),
      hint,
      lines: lineList(...f.lines),
      events: [...new Set(f.events)].sort((a, b) => a - b),
    };
    if (f.pid !== undefined) finding.pid = f.pid;
    return finding;
  }
}

/**
 * A connect that got no answer: the program's own wait ran out, or the trace ends with the
 * attempt still open. Never ETIMEDOUT (only the kernel's errno says that), never "connected".
 */
function describeSilentFinding(f: Failure, a: ConnectAttempt, where: string, fdText: string, recovered: boolean, named?: string): Finding {
  const waited = a.time !== undefined && a.until !== undefined && a.until >= a.time ? a.until - a.time : undefined;
  const within = waited !== undefined ? ` within ${seconds(waited)}` : '';
  const target = named ?? (f.endpoint ? endpointText(f.endpoint) : 'the server');
  const parts = [`${procName(f.proc)} started a non-blocking connect of ${fdText} to ${where}; it returned EINPROGRESS (the handshake goes on in the background).`];
  if (a.state === 'timed-out') parts.push(`The program's own wait for it (poll/select) ran out${waited !== undefined ? ` after ${seconds(waited)}` : ''} with no answer, and it gave up.`);
  else parts.push(`Nothing on the socket after it says the connection was made: the program ${f.proc.signal ? 'was killed' : 'exited with an error'}${waited !== undefined ? ` ${seconds(waited)} later` : ''} with the attempt still open (the wait itself may not be traced).`);
  parts.push('A host that is up but has nothing listening refuses at once; silence means the packets were dropped on the way (a firewall that silently discards them, or a host that is not there).');
  if (recovered) parts.push('A later connection to the same destination succeeded, so the program recovered from this.');
  const finding: Finding = {
    id: 'connect-failed',
    severity: recovered ? 'info' : 'error',
    title: `no answer from ${target}${within} (packets dropped, or a firewall silently discards them?)`,
    explanation: parts.join(' '),
    hint: 'Check that the host is up and reachable on that port from this machine, and look for a firewall rule that drops rather than rejects the packets (`nft list ruleset`, `iptables -S`, security groups).',
    lines: lineList(...f.lines),
    events: [...new Set(f.events)].sort((x, y) => x - y),
  };
  if (f.pid !== undefined) finding.pid = f.pid;
  return finding;
}

export const connectFailed: Detector = {
  ids: ['connect-failed'],
  create: (ctx) => new ConnectRun(ctx.tracker.resolved, ctx.format),
};
