// What the Processes view says about one process beyond its tree: its role (master and
// workers where the analyzer found a prefork listener, else parent/child/thread) and its fd
// table as the trace shows it: which fds it inherited, which it opened, and which sockets it
// shares with other processes.

import type { ProcessInfo } from '../model/index.js';
import type { Line } from './detail.js';
import type { TraceStore } from './store.js';

/** Roles by pid: `master`, `worker`, `parent`, `child`, `thread`. */
export function processRoles(store: TraceStore): Map<number, string> {
  const r = store.result;
  const roles = new Map<number, string>();
  if (!r) return roles;
  const byPid = new Map(r.processes.map((p) => [p.pid, p]));
  // The analyzer's prefork finding cites each worker's first accept on the shared listener.
  for (const f of r.findings) {
    if (f.id !== 'listener-shared') continue;
    for (const seq of f.events ?? []) {
      const i = store.indexOfSeq(seq);
      const pid = i === undefined ? undefined : store.eventAt(i)!.pid;
      const p = pid === undefined ? undefined : byPid.get(pid);
      if (!p) continue;
      const owner = p.isThread ? (p.leader ?? p.pid) : p.pid;
      roles.set(owner, 'worker');
      const parent = byPid.get(owner)?.parent;
      if (parent !== undefined && byPid.has(parent)) roles.set(parent, 'master');
    }
  }
  const hasChildren = new Set(r.processes.filter((p) => !p.isThread && p.parent !== undefined).map((p) => p.parent!));
  for (const p of r.processes) {
    if (roles.has(p.pid)) continue;
    if (p.isThread) roles.set(p.pid, 'thread');
    else if (hasChildren.has(p.pid)) roles.set(p.pid, 'parent');
    else if (p.parent !== undefined && byPid.has(p.parent)) roles.set(p.pid, 'child');
  }
  return roles;
}

/** The fd table of a process (with its threads): sockets first, then files, pipes and the rest. */
export function fdTableLines(store: TraceStore, p: ProcessInfo): Line[] {
  const out: Line[] = [];
  const pid = p.isThread ? (p.leader ?? p.pid) : p.pid;
  for (const s of store.result?.sockets ?? []) {
    if (!s.holders.includes(pid)) continue;
    const fds = s.fds.filter((k) => k.startsWith(`${pid}:`)).map((k) => k.slice(k.indexOf(':') + 1));
    const o = store.objects.find((x) => x.socketId === s.id);
    const others = s.holders.filter((h) => h !== pid);
    const from = s.holders[0] !== pid ? `inherited from ${s.holders[0]}` : 'opened here';
    const shared = others.length ? `; shared with ${others.join(', ')}` : '';
    out.push({ text: `  fd ${fds.join(', ') || '?'}  ${o ? store.objectLabel(o) : `${s.family ?? ''} ${s.type ?? ''}`.trim()}  (${from}${shared})`, color: 'cyan' });
  }
  for (const o of store.objects) {
    if (o.socketId || o.pid !== pid) continue;
    const how = o.entry.origin === 'inherited' ? 'inherited' : o.opened !== undefined ? `opened at line ${store.eventAt(o.opened)!.line}` : 'open before the trace';
    const closed = o.closed !== undefined ? `, closed at line ${store.eventAt(o.closed)!.line}` : '';
    out.push({ text: `  fd ${o.fd ?? '?'}  ${store.objectLabel(o)}  (${how}${closed})`, ...(o.entry.origin === 'inherited' ? {} : { dim: true }) });
  }
  return out.length ? [{ text: 'File descriptors', bold: true }, ...out] : [{ text: 'No fds seen in the trace.', dim: true }];
}
