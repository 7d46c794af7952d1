// dns-lookup-failed: name resolution that got an error or no answer. DNS traffic is
// recognised by port 53; queries and replies are read from the bytes strace prints
// (RFC 1035 header and question), so the finding can name what was looked up.

import type { Endpoint, Finding, ProcessInfo } from '../../model/index.js';
import type { CallView } from '../../decode/call-view.js';
import { READ_CALLS, WRITE_CALLS, type SockState } from '../state/index.js';
import { endpointText, epPort } from '../../decode/text.js';
import type { Detector, DetectorContext, DetectorRun, Observation } from '../types.js';
import { endedWell, epLabel, lineList, procName, setPid } from './describe.js';

/** RFC 1035 §4.1.1 RCODE values (and RFC 2136 additions that resolvers return). */
const RCODES: Record<number, [name: string, meaning: string]> = {
  1: ['FORMERR', 'the server could not understand the query'],
  2: ['SERVFAIL', 'the server failed to get an answer (its upstream resolvers failed or DNSSEC validation failed)'],
  3: ['NXDOMAIN', 'the name does not exist'],
  4: ['NOTIMP', 'the server does not support this kind of query'],
  5: ['REFUSED', 'the server refused to answer (policy: not a resolver for this client)'],
};

/** A parsed DNS message: enough of the header and first question to tell the story. */
export interface DnsMessage {
  id: number;
  response: boolean;
  rcode: number;
  answers: number;
  name?: string;
  qtype?: number;
}

const QTYPES: Record<number, string> = { 1: 'A', 28: 'AAAA', 5: 'CNAME', 15: 'MX', 16: 'TXT', 33: 'SRV', 12: 'PTR', 2: 'NS', 6: 'SOA', 65: 'HTTPS' };

export function parseDns(bytes: number[], truncated: boolean): DnsMessage | undefined {
  if (bytes.length < 12) return undefined;
  const b = (i: number) => bytes[i] ?? 0;
  const msg: DnsMessage = {
    id: (b(0) << 8) | b(1),
    response: (b(2) & 0x80) !== 0,
    rcode: b(3) & 0x0f,
    answers: (b(6) << 8) | b(7),
  };
  const qd = (b(4) << 8) | b(5);
  if (qd < 1) return msg;
  const labels: string[] = [];
  let i = 12;
  let complete = false;
  // strace's string limit may cut the name: mark it only when a label itself was cut (a
  // name that stops at a label boundary is almost always complete).
  let cut = false;
  while (i < bytes.length) {
    const len = b(i);
    if (len === 0) {
      complete = true;
      i++;
      break;
    }
    if (len > 63) break;
    const label = bytes.slice(i + 1, i + 1 + len);
    labels.push(String.fromCharCode(...label));
    if (i + 1 + len > bytes.length) {
      cut = true;
      break;
    }
    i += 1 + len;
  }
  if (labels.length) msg.name = labels.join('.') + (!complete && cut && truncated ? '…' : '');
  if (complete && i + 2 <= bytes.length) msg.qtype = (b(i) << 8) | b(i + 1);
  return msg;
}

/** Payloads of a send/receive call: the buffer argument, or every iov_base of a msghdr. */
function payloads(call: CallView, sock: SockState | undefined): { bytes: number[]; truncated: boolean }[] {
  // Vector reads and writes other than msg ones are left out: glibc's DNS over TCP writes the
  // length and the query as two iovecs (read as one message they would not parse).
  const data = /msg/.test(call.name) ? call.buffers() : [call.str(1)].filter((s) => s !== undefined);
  const out = data.map((s) => ({ bytes: s.bytes, truncated: s.truncated }));
  // DNS over TCP: two length bytes first.
  if (sock?.info.type === 'SOCK_STREAM') for (const p of out) p.bytes = p.bytes.slice(2);
  return out;
}

type Outcome =
  | { kind: 'rcode'; rcode: number; line: number; seq: number }
  | { kind: 'nodata'; line: number; seq: number }
  | { kind: 'error'; errno: string; line: number; seq: number; where: 'connect' | 'send' | 'receive' }
  | { kind: 'timeout'; line: number; seq: number }
  | { kind: 'poll-error'; line: number; seq: number }
  | { kind: 'no-reply'; line: number; seq: number }
  /** Queries sent and no reply read before the program failed: the wait itself was not traced. */
  | { kind: 'unseen'; line: number; seq: number };

interface Lookup {
  name: string;
  server?: Endpoint;
  proc: ProcessInfo;
  queries: { line: number; seq: number }[];
  outcomes: Outcome[];
  answered: boolean;
  /** Record types asked (`A`, `AAAA`), when the queries could be read. */
  types: Set<string>;
}

interface DnsSock {
  server?: Endpoint;
  /** Names asked on this socket and not yet answered. */
  pending: Set<string>;
  /** Names whose wait just ended in POLLERR: the receive error that follows says which error. */
  erred?: Set<string>;
}

const isDns = (ep: Endpoint | undefined) => epPort(ep) === 53;
/** Waits whose timeout (a return of 0) leaves a DNS socket's questions unanswered; poll's revents tell an ICMP error. */
const WAITS = new Set(['poll', 'ppoll', 'select', 'pselect6', 'epoll_wait', 'epoll_pwait']);
const POLLS = new Set(['poll', 'ppoll']);
const MAX_LOOKUPS = 100;

class DnsRun implements DetectorRun {
  private socks = new Map<string, DnsSock>();
  private lookups = new Map<string, Lookup>();

  constructor(private ctx: DetectorContext) {}

  private lookup(name: string, o: Observation, server: Endpoint | undefined): Lookup | undefined {
    let l = this.lookups.get(name);
    if (!l) {
      if (this.lookups.size >= MAX_LOOKUPS) return undefined;
      l = { name, proc: o.proc!.info, queries: [], outcomes: [], answered: false, types: new Set() };
      if (server) l.server = server;
      this.lookups.set(name, l);
    }
    return l;
  }

  private failPending(ds: DnsSock, o: Observation, out: Outcome): void {
    for (const n of ds.pending) this.lookups.get(n)?.outcomes.push(out);
    if (out.kind === 'poll-error') ds.erred = new Set(ds.pending);
    if (out.kind !== 'timeout') ds.pending.clear();
  }

  observe(o: Observation): void {
    const call = o.call;
    if (!call || !o.proc) return;
    const ev = call.ev;
    const sock = o.sock;
    const id = sock?.info.id;

    // Sockets closed with questions unanswered.
    for (const c of o.analyzed.closed ?? []) {
      const ds = c.socketId ? this.socks.get(c.socketId) : undefined;
      if (!ds) continue;
      const s = this.ctx.tracker.socketOf(c);
      if (!s || s.refs <= 0) {
        this.failPending(ds, o, { kind: 'no-reply', line: ev.line, seq: ev.seq });
        this.socks.delete(c.socketId!);
      }
    }

    // Waits that timed out while a DNS socket was waited on.
    if (WAITS.has(call.name) && call.ret === 0) {
      for (const fd of call.pollFds()) {
        const s = this.ctx.tracker.socketOf(this.ctx.tracker.lookup(o.proc.key, fd));
        const ds = s ? this.socks.get(s.info.id) : undefined;
        if (ds?.pending.size) this.failPending(ds, o, { kind: 'timeout', line: ev.line, seq: ev.seq });
      }
      return;
    }
    // POLLERR on a DNS socket waiting for its reply: for UDP an ICMP error came back (glibc
    // gives up there without reading it), usually port unreachable.
    if (POLLS.has(call.name) && (call.ret ?? 0) > 0) {
      for (const r of call.revents()) {
        if (!r.flags.includes('POLLERR')) continue;
        const s = this.ctx.tracker.socketOf(this.ctx.tracker.lookup(o.proc.key, r.fd));
        const ds = s ? this.socks.get(s.info.id) : undefined;
        if (ds?.pending.size) this.failPending(ds, o, { kind: 'poll-error', line: ev.line, seq: ev.seq });
      }
      return;
    }

    if (!sock || !id) return;
    if (call.name === 'connect') {
      const ep = call.endpoint(1);
      if (!isDns(ep)) return;
      const ds: DnsSock = { server: ep!, pending: new Set() };
      this.socks.set(id, ds);
      if (call.failed && call.errno !== 'EINPROGRESS') {
        const l = this.lookup(`(lookup via ${endpointText(ep)})`, o, ep);
        l?.outcomes.push({ kind: 'error', errno: call.errno!, line: ev.line, seq: ev.seq, where: 'connect' });
      }
      return;
    }

    const dest = call.name === 'sendto' ? call.endpoint(4) : undefined;
    let ds = this.socks.get(id);
    if (!ds && (isDns(dest) || isDns(sock.info.peer))) {
      ds = { pending: new Set() };
      const server = dest ?? sock.info.peer;
      if (server) ds.server = server;
      this.socks.set(id, ds);
    }
    if (!ds) return;

    if (WRITE_CALLS.has(call.name)) {
      const msgs = payloads(call, sock).map((p) => parseDns(p.bytes, p.truncated)).filter((m): m is DnsMessage => !!m && !m.response);
      const names = msgs.map((m) => m.name ?? `(query ${String(m.id)})`);
      if (names.length === 0) names.push(`(lookup via ${endpointText(ds.server)})`);
      for (const [i, n] of names.entries()) {
        const l = this.lookup(n, o, ds.server);
        if (!l) continue;
        const qtype = msgs[i]?.qtype;
        if (qtype !== undefined) l.types.add(QTYPES[qtype] ?? `type ${String(qtype)}`);
        l.queries.push({ line: ev.line, seq: ev.seq });
        if (call.failed) l.outcomes.push({ kind: 'error', errno: call.errno!, line: ev.line, seq: ev.seq, where: 'send' });
        else ds.pending.add(n);
      }
      return;
    }
    if (READ_CALLS.has(call.name)) {
      if (call.failed) {
        const errno = call.errno!;
        if (errno === 'EAGAIN' || errno === 'EWOULDBLOCK' || errno === 'EINTR') return;
        const out: Outcome = { kind: 'error', errno, line: ev.line, seq: ev.seq, where: 'receive' };
        if (ds.pending.size === 0 && ds.erred) for (const n of ds.erred) this.lookups.get(n)?.outcomes.push(out);
        delete ds.erred;
        this.failPending(ds, o, out);
        return;
      }
      for (const p of payloads(call, sock)) {
        const m = parseDns(p.bytes, p.truncated);
        if (!m?.response) continue;
        const name = m.name ?? [...ds.pending][0];
        if (!name) continue;
        const l = this.lookups.get(name) ?? this.lookup(name, o, ds.server);
        if (!l) continue;
        ds.pending.delete(name);
        if (m.rcode === 0 && m.answers > 0) l.answered = true;
        else if (m.rcode === 0) l.outcomes.push({ kind: 'nodata', line: ev.line, seq: ev.seq });
        else l.outcomes.push({ kind: 'rcode', rcode: m.rcode, line: ev.line, seq: ev.seq });
      }
    }
  }

  finish(): Finding[] {
    const out: Finding[] = [];
    for (const l of this.lookups.values()) {
      if (l.answered) continue;
      if (l.outcomes.length === 0) {
        // No reply, no error, no timeout shown (`-e trace=%network` leaves out poll): the
        // queries went unanswered as far as the trace shows; that is the cause only when the
        // program then failed.
        const code = l.proc.exitCode ?? l.proc.exitCall;
        const last = l.queries.at(-1);
        if (!last || (!l.proc.signal && (code === undefined || code === 0))) continue;
        l.outcomes.push({ kind: 'unseen', line: last.line, seq: last.seq });
      }
      const worst =
        l.outcomes.find((x) => x.kind === 'rcode') ??
        l.outcomes.find((x) => x.kind === 'error') ??
        l.outcomes.find((x) => x.kind === 'poll-error') ??
        l.outcomes.find((x) => x.kind === 'timeout') ??
        l.outcomes.find((x) => x.kind === 'no-reply') ??
        l.outcomes[0]!;
      const via = l.server ? ` via ${epLabel(l.server)}` : '';
      const server = l.server ? endpointText(l.server) : 'the DNS server';
      let what: string;
      let hint: string;
      switch (worst.kind) {
        case 'rcode': {
          const [nm, meaning] = RCODES[worst.rcode] ?? [`RCODE ${String(worst.rcode)}`, 'the server reported an error'];
          what = `the server answered ${nm}: ${meaning}`;
          hint =
            worst.rcode === 3
              ? 'Check the spelling of the host name and the search domains in /etc/resolv.conf; the name may only exist in another network or in /etc/hosts elsewhere.'
              : `Check the DNS server at ${server} and the resolvers it forwards to.`;
          break;
        }
        case 'nodata':
          what = 'the server answered, but with no address records for the name';
          hint = 'The name exists without A/AAAA records: check the DNS zone, or whether the program asks for the right record type.';
          break;
        case 'error':
          what = `${worst.where === 'connect' ? 'connecting to' : worst.where === 'send' ? 'sending the query to' : 'waiting for the reply from'} ${server} failed with ${worst.errno}` +
            (worst.errno === 'ECONNREFUSED' ? ': no DNS server is listening at that address' : worst.errno === 'ENETUNREACH' ? ': the network is unreachable' : '');
          hint = `Check the nameserver lines in /etc/resolv.conf and that a DNS server really listens on ${server} (systemd-resolved, Docker's DNS, the network's resolver).`;
          break;
        case 'poll-error':
          what = `waiting for the reply, poll reported an error on the socket (POLLERR): ${server} sent back an ICMP error, usually "port unreachable" — no DNS server is listening there`;
          hint = `Check the nameserver lines in /etc/resolv.conf and that a DNS server really listens on ${server} (systemd-resolved, Docker's DNS, the network's resolver).`;
          break;
        case 'timeout':
          what = `no reply came back from ${server} before the resolver's timeout`;
          hint = `Check that ${server} is reachable from here (network, firewall, VPN) and that it answers; see /etc/resolv.conf.`;
          break;
        case 'unseen':
          what = `no reply from ${server} is in the trace: the quer${l.queries.length > 1 ? 'ies were' : 'y was'} sent and nothing came back before ${procName(l.proc)} ${l.proc.signal ? 'was killed' : 'gave up'} (the resolver's wait is not traced)`;
          hint = `Check that ${server} is reachable from here (network, firewall, VPN) and that a DNS server answers there; see /etc/resolv.conf.`;
          break;
        default:
          what = `the socket was closed without any reply from ${server}`;
          hint = `Check that ${server} is reachable and answers; see /etc/resolv.conf.`;
      }
      const types = l.types.size ? ` (${[...l.types].join(' and ')} record${l.types.size > 1 ? 's' : ''})` : '';
      const named = l.name.startsWith('(') ? 'A DNS lookup' : `Looking up ${l.name}${types}`;
      // The program still succeeded: the answer came from elsewhere (/etc/hosts, another record type or server).
      const didWithout = endedWell(l.proc, this.ctx.tracker);
      if (didWithout) {
        what += `; ${procName(l.proc)} still exited with status 0, so it did without this answer (from /etc/hosts, another record type or another server)`;
      }
      const f: Finding = {
        id: 'dns-lookup-failed',
        severity: didWithout ? 'info' : 'error',
        title: (l.name.startsWith('(') ? `DNS lookup via ${server} failed` : `DNS lookup of ${l.name} failed`) + briefly(worst, server),
        explanation: `${named}${via} by ${procName(l.proc)} failed: ${what}.${l.queries.length > 1 ? ` It was asked ${String(l.queries.length)} times.` : ''}`,
        hint,
        lines: lineList(...l.queries.slice(0, 4).map((q) => q.line), ...l.outcomes.slice(0, 4).map((x) => x.line)),
        events: [...new Set([...l.queries.slice(0, 4).map((q) => q.seq), ...l.outcomes.slice(0, 4).map((x) => x.seq)])].sort((a, b) => a - b),
      };
      setPid(f, l.proc);
      out.push(f);
    }
    return out;
  }
}

/** The outcome in a few words for the title: what the reader looks for first. */
function briefly(o: Outcome, server: string): string {
  if (o.kind === 'rcode') return `: ${RCODES[o.rcode]?.[0] ?? `RCODE ${String(o.rcode)}`}`;
  if (o.kind === 'timeout' || o.kind === 'unseen' || o.kind === 'no-reply') return `: no reply from ${server}`;
  if (o.kind === 'error') return `: ${o.errno}`;
  if (o.kind === 'poll-error') return `: nothing answers at ${server} (ICMP error)`;
  return '';
}

export const dnsLookupFailed: Detector = {
  ids: ['dns-lookup-failed'],
  create: (ctx) => new DnsRun(ctx),
};

export { QTYPES };
