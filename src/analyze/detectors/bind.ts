// bind-failed: a server could not take its address.

import type { Finding } from '../../model/index.js';
import type { Detector, DetectorRun, Observation } from '../types.js';
import { endpointText, epPort } from '../../decode/text.js';
import { callLines, epLabel, errnoText, INJECTED_NOTE, procName, setPid } from './describe.js';
import { BIND_MEANINGS, meaningFor } from '../../knowledge/failure-meanings.js';

class BindRun implements DetectorRun {
  private found: Finding[] = [];
  private seen = new Set<string>();

  observe(o: Observation): void {
    const call = o.call;
    if (!call || call.name !== 'bind' || !call.failed || !o.proc) return;
    const ep = call.endpoint(1);
    const family = ep?.family ?? o.sock?.info.family;
    const errno = call.errno;
    const key = `${String(o.proc.tgid)}|${ep ? endpointText(ep) : '?'}|${String(errno)}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    let m = meaningFor(BIND_MEANINGS, errno, family);
    // EACCES on an IP port only has the low-port meaning below 1024.
    if (errno === 'EACCES' && (epPort(ep) ?? 0) >= 1024 && family !== 'AF_UNIX') {
      m = { meaning: 'a security policy (SELinux, AppArmor, a sandbox) refused the address', hint: 'Check security policy denials for this port.' };
    }
    const where = ep ? epLabel(ep) : 'its address';
    const f: Finding = {
      id: 'bind-failed',
      severity: call.injected ? 'info' : 'error',
      title: `bind to ${ep ? endpointText(ep) : 'an address'} failed: ${String(errno)}`,
      explanation: `${procName(o.proc.info)} could not bind fd ${String(call.fd(0) ?? '?')} to ${where}: ${errnoText(call)}.${call.injected ? ` ${INJECTED_NOTE}` : m ? ` That means ${m.meaning}.` : ''}`,
      hint: m?.hint ?? 'Check the address and that nothing else holds it.',
      lines: callLines(call.ev),
      events: [call.ev.seq],
    };
    setPid(f, o.proc.info);
    if (this.found.length < 50) this.found.push(f);
  }

  finish(): Finding[] {
    return this.found;
  }
}

export const bindFailed: Detector = {
  ids: ['bind-failed'],
  create: () => new BindRun(),
};
