// http-error: an HTTP/1.x response with an error status (4xx, 5xx) read from a socket, or
// written to one. The status line is the first bytes of the data strace prints (its default
// 32-character strings hold it), so `curl -s` getting a 404 and exiting 0 still says what
// went wrong. The request the same socket sent before it names what was asked.

import type { Endpoint, Finding, ProcessInfo, Severity } from '../../model/index.js';
import { READ_CALLS, WRITE_CALLS } from '../state/index.js';
import type { Detector, DetectorRun, Observation } from '../types.js';
import { REQUEST, STATUS } from '../observations.js';
import { callLines, epLabel, lineList, procName, setPid } from './describe.js';

/** What a status says, in the words of RFC 9110 §15 (and RFC 6585 for 429). */
const STATUS_MEANINGS: Readonly<Record<number, string>> = {
  400: 'the server could not read the request (bad syntax or a bad parameter)',
  401: 'the request needs credentials the client did not send, or the server did not accept them',
  403: 'the server understood the request and refuses it: the client is not allowed to have it',
  404: 'the server has nothing at that path',
  405: 'the server does not allow that method on that path',
  406: 'the server has no version of it in a form the client accepts',
  408: 'the server gave up waiting for the request',
  409: 'the request conflicts with the current state of what it asks for',
  410: 'what was asked for was there and has been removed for good',
  411: 'the server wants a Content-Length with the request',
  413: 'the request is larger than the server accepts',
  414: 'the URL is longer than the server accepts',
  415: 'the server does not take the request body in that format',
  422: 'the server understood the request but cannot act on its content',
  429: 'the client sent too many requests: the server is rate-limiting it',
  500: 'the server failed while handling the request (an error in the server or the application behind it)',
  501: 'the server does not support what the request asks (often the method)',
  502: 'a proxy or gateway got an invalid answer from the server behind it',
  503: 'the server cannot handle the request now (overloaded, starting or down for maintenance)',
  504: 'a proxy or gateway timed out waiting for the server behind it',
  505: 'the server does not support the HTTP version of the request',
};


interface Request {
  method: string;
  target: string;
  line: number;
  seq: number;
}

interface ErrorResponse {
  proc: ProcessInfo;
  /** received: the traced process is the client; sent: it is the server answering. */
  dir: 'received' | 'sent';
  status: number;
  reason: string;
  other?: Endpoint;
  request?: Request;
  /** Files the process looked for and did not find while handling the request (a server's 404). */
  missed: string[];
  count: number;
  lines: number[];
  events: number[];
}

const MAX_KEPT = 100;

class HttpErrorRun implements DetectorRun {
  /** Last request seen on each socket (by socket id), in either direction. */
  private requests = new Map<string, Request>();
  private responses = new Map<string, ErrorResponse>();
  observe(o: Observation): void {
    const call = o.call;
    const sock = o.sock;
    if (!call || !sock || !o.proc || call.failed) return;
    const read = READ_CALLS.has(call.name);
    if (!read && !WRITE_CALLS.has(call.name)) return;
    if ((call.ret ?? 0) <= 0) return;
    const data = call.buffers()[0];
    if (!data) return;
    const ev = call.ev;
    const req = REQUEST.exec(data.value);
    if (req) {
      if (this.requests.size < 10_000 || this.requests.has(sock.info.id)) this.requests.set(sock.info.id, { method: req[1]!, target: req[2]!, line: ev.line, seq: ev.seq });
      return;
    }
    const st = STATUS.exec(data.value);
    if (!st) return;
    const status = Number(st[1]);
    if (status < 400) return;
    // A reason cut by strace's string limit ends with an ellipsis.
    const cut = data.truncated && !/\r|\n/.test(data.value.slice(st[0].length));
    const reason = (st[2] ?? '').trim() + (cut && st[2] ? '…' : '');
    const dir = read ? 'received' : 'sent';
    const other = sock.info.peer;
    const key = `${String(o.proc.tgid)}:${dir}:${String(status)}:${other ? JSON.stringify(other) : ''}`;
    let r = this.responses.get(key);
    if (!r) {
      if (this.responses.size >= MAX_KEPT) return;
      const asked = this.requests.get(sock.info.id);
      r = { proc: o.proc.info, dir, status, reason, missed: o.httpAnswer?.missed ?? [], count: 0, lines: [], events: [] };
      if (other) r.other = other;
      if (asked) r.request = asked;
      this.responses.set(key, r);
    }
    r.count++;
    if (r.lines.length < 6) {
      if (r.count === 1 && r.request) {
        r.lines.push(r.request.line);
        r.events.push(r.request.seq);
      }
      r.lines.push(...callLines(ev));
      r.events.push(ev.seq);
    }
  }

  finish(): Finding[] {
    const out: Finding[] = [];
    for (const r of this.responses.values()) {
      const server = r.status >= 500;
      const meaning = STATUS_MEANINGS[r.status] ?? (server ? 'the server failed to handle the request' : 'the server rejected the request');
      const statusText = `${String(r.status)}${r.reason ? ` ${r.reason}` : ''}`;
      const asked = r.request ? `${r.request.method} ${r.request.target}` : undefined;
      const times = r.count > 1 ? ` (${String(r.count)} responses)` : '';
      let title: string;
      let explanation: string;
      let severity: Severity;
      if (r.dir === 'received') {
        title = `${r.other ? `${epLabel(r.other)} answered` : 'The server answered'} HTTP ${statusText}${asked ? ` to ${asked}` : ''}`;
        explanation = `${procName(r.proc)}${asked ? ` sent ${asked}` : ' sent a request'}${r.other ? ` to ${epLabel(r.other)}` : ''} and the server answered ${statusText}${times}: ${meaning}.`;
        severity = server ? 'error' : 'warning';
      } else {
        title = `${procName(r.proc)} answered HTTP ${statusText}${asked ? ` to ${asked}` : ''}`;
        const looked = r.missed.length ? ` It had looked for ${r.missed.join(', ')} and not found ${r.missed.length > 1 ? 'them' : 'it'}: the client asked for something the server does not have.` : '';
        explanation = `${procName(r.proc)} answered ${asked ?? 'a request'}${r.other ? ` from ${epLabel(r.other)}` : ''} with ${statusText}${times}: ${meaning}.${looked}`;
        // A server telling a client "not found" is routine; failing to handle a request is not.
        severity = server ? 'warning' : 'info';
      }
      const f: Finding = {
        id: 'http-error',
        severity,
        title,
        explanation,
        hint: server
          ? 'The fault is on the server side: its log for this request says why (and the response body, read after the status line, may too).'
          : 'Check the URL, the method and any credentials the client sends; the response body, read after the status line, often says what was wrong.',
        lines: lineList(...r.lines),
        events: [...new Set(r.events)].sort((a, b) => a - b),
      };
      setPid(f, r.proc);
      out.push(f);
    }
    return out;
  }
}

export const httpError: Detector = {
  ids: ['http-error'],
  create: () => new HttpErrorRun(),
};
