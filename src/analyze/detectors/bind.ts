// bind-failed: a server could not take its address.

import type { Finding } from '../../model/index.js';
import type { Detector, DetectorRun, Observation } from '../types.js';
import { endpointText, epPort } from '../../decode/text.js';
import { callLines, epLabel, errnoText, INJECTED_NOTE, procName, setPid } from './describe.js';
import { BIND_MEANINGS, meaningFor } from '../../knowledge/failure-meanings.js';

class BindRun implements DetectorRun {
  private found: Finding[] = [];
  /** The finding of each process, address and errno, and how many binds failed so (servers retry: nginx 5 times). */
  private seen = new Map<string, { f: Finding; tries: number }>();

  observe(o: Observation): void {
    const call = o.call;
    if (!call || call.name !== 'bind' || !call.failed || !o.proc) return;
    const ep = call.endpoint(1);
    const family = ep?.family ?? o.sock?.info.family;
    const errno = call.errno;
    const key = `${String(o.proc.tgid)}|${ep ? endpointText(ep) : '?'}|${String(errno)}`;
    const again = this.seen.get(key);
    if (again) {
      again.tries++;
      const events = (again.f.events ??= []);
      if (events.length < 10) {
        events.push(call.ev.seq);
        again.f.lines.push(...callLines(call.ev));
      }
      return;
    }
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
    if (this.found.length < 50) {
      this.found.push(f);
      this.seen.set(key, { f, tries: 1 });
    }
  }

  finish(): Finding[] {
    for (const { f, tries } of this.seen.values()) if (tries > 1) f.explanation += ` It tried ${String(tries)} times.`;
    return this.found;
  }
}

export const bindFailed: Detector = {
  ids: ['bind-failed'],
  create: () => new BindRun(),
};
