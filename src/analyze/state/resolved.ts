// Which host name an address came from: the A/AAAA answers of the DNS replies the trace shows
// (a receive on a port-53 socket). Kept once so a finding about 127.0.0.1:5432 can say it was
// "pg-primary" the program asked for.

import type { CallView } from '../../decode/call-view.js';
import { dnsAnswers } from '../../decode/dns-answers.js';
import { epPort } from '../../decode/text.js';
import type { SocketInfo } from '../../model/index.js';

const MAX_NAMES = 200;

export class ResolvedNames {
  private byAddress = new Map<string, { name: string; line: number }>();

  /** A receive that succeeded on `sock`: when it is a DNS reply, note the names of its addresses. */
  onReceive(call: CallView, sock: SocketInfo): void {
    const from = epPort(sock.peer) ?? epPort(call.endpoint(4));
    if (from !== 53) return;
    const data = /msg/.test(call.name) ? call.buffers() : [call.str(1)].filter((s) => s !== undefined);
    for (const s of data) {
      // DNS over TCP: two length bytes first.
      const a = dnsAnswers(sock.type === 'SOCK_STREAM' ? s.bytes.slice(2) : s.bytes);
      if (!a?.name) continue;
      for (const addr of a.addresses) if (this.byAddress.size < MAX_NAMES) this.byAddress.set(addr, { name: a.name, line: call.ev.line });
    }
  }

  /** The name the trace shows resolving to this address (`pg-primary`) and the reply's line, if any. */
  nameOf(address: string | undefined): { name: string; line: number } | undefined {
    return address === undefined ? undefined : this.byAddress.get(address);
  }
}
