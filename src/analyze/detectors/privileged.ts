// permission-denied for operations that are not about a path: signalling another user's
// process, raw sockets, namespaces, resource limits... EPERM/EACCES there means the process
// lacks a privilege. Which privilege, per call, is data (capabilities(7), wording ours).

import type { Finding, ProcessInfo } from '../../model/index.js';
import type { Detector, DetectorRun, Observation } from '../types.js';
import { callLines, INJECTED_NOTE, lineList, procName, setPid } from './describe.js';

const NEEDS: Record<string, string> = {
  kill: 'to signal a process of another user it needs the same user id or CAP_KILL',
  tkill: 'to signal a thread of another user it needs the same user id or CAP_KILL',
  tgkill: 'to signal a thread of another user it needs the same user id or CAP_KILL',
  ptrace: 'tracing another process needs the same user id and a permissive kernel.yama.ptrace_scope, or CAP_SYS_PTRACE',
  socket: 'raw and packet sockets need CAP_NET_RAW',
  setuid: 'changing user ids needs CAP_SETUID',
  setgid: 'changing group ids needs CAP_SETGID',
  setresuid: 'changing user ids needs CAP_SETUID',
  setresgid: 'changing group ids needs CAP_SETGID',
  setgroups: 'changing supplementary groups needs CAP_SETGID',
  chroot: 'chroot needs CAP_SYS_CHROOT',
  mount: 'mounting needs CAP_SYS_ADMIN (or a user namespace that allows it)',
  umount2: 'unmounting needs CAP_SYS_ADMIN',
  unshare: 'new namespaces need CAP_SYS_ADMIN, or unprivileged user namespaces enabled',
  setns: 'joining namespaces needs CAP_SYS_ADMIN',
  prlimit64: 'raising a hard resource limit needs CAP_SYS_RESOURCE',
  setrlimit: 'raising a hard resource limit needs CAP_SYS_RESOURCE',
  sethostname: 'changing the host name needs CAP_SYS_ADMIN',
  capset: 'gaining capabilities needs them in the permitted set',
  bpf: 'loading BPF programs needs CAP_BPF/CAP_SYS_ADMIN',
  perf_event_open: 'perf events are limited by kernel.perf_event_paranoid or need CAP_PERFMON',
  init_module: 'loading kernel modules needs CAP_SYS_MODULE',
  finit_module: 'loading kernel modules needs CAP_SYS_MODULE',
  reboot: 'rebooting needs CAP_SYS_BOOT',
  iopl: 'I/O port access needs CAP_SYS_RAWIO',
  ioperm: 'I/O port access needs CAP_SYS_RAWIO',
  sched_setscheduler: 'real-time scheduling needs CAP_SYS_NICE or an RLIMIT_RTPRIO',
  setpriority: 'raising priority needs CAP_SYS_NICE',
  mlock: 'locking memory beyond RLIMIT_MEMLOCK needs CAP_IPC_LOCK',
  mlockall: 'locking memory beyond RLIMIT_MEMLOCK needs CAP_IPC_LOCK',
};

/** Calls programs often try and do without (raise priority, lock memory): info only. */
const OPTIONAL = new Set(['setpriority', 'sched_setscheduler', 'prlimit64', 'setrlimit', 'mlock', 'mlockall', 'perf_event_open', 'capset']);

interface Denied {
  syscall: string;
  need: string;
  errno: string;
  proc: ProcessInfo;
  /** The start of its argument text, for showing. */
  preview: string;
  lines: number[];
  events: number[];
  count: number;
  injected: boolean;
}

class PrivilegedRun implements DetectorRun {
  private denied = new Map<string, Denied>();

  observe(o: Observation): void {
    const call = o.call;
    if (!call || !o.proc || !(call.name in NEEDS)) return;
    const errno = call.errno;
    if (errno !== 'EPERM' && errno !== 'EACCES') return;
    const key = `${String(o.proc.tgid)}|${call.name}|${errno}`;
    const d = this.denied.get(key);
    if (d) {
      d.count++;
      // Cite the repeats too (a few): "2 times" should point at both lines.
      if (d.events.length < 5) {
        d.lines.push(...callLines(call.ev));
        d.events.push(call.ev.seq);
      }
      return;
    }
    if (this.denied.size >= 100) return;
    let need = NEEDS[call.name]!;
    // Only raw and packet sockets need a capability; otherwise a policy refused it.
    if (call.name === 'socket' && !['SOCK_RAW', 'SOCK_PACKET', 'AF_PACKET'].some((n) => call.allNames().has(n)) && !call.names(1, 'socktype').has('SOCK_RAW')) {
      need = 'a security policy (SELinux, AppArmor, seccomp, a container profile) refused to create this kind of socket';
    }
    this.denied.set(key, {
      syscall: call.name,
      need,
      errno,
      proc: o.proc.info,
      preview: call.argsPreview(60),
      lines: callLines(call.ev),
      events: [call.ev.seq],
      count: 1,
      injected: call.injected,
    });
  }

  finish(): Finding[] {
    return [...this.denied.values()].map((d) => {
      const f: Finding = {
        id: 'permission-denied',
        severity: d.injected || OPTIONAL.has(d.syscall) ? 'info' : 'warning',
        title: `${d.syscall}() not permitted: ${d.errno}`,
        explanation:
          `${procName(d.proc)} was not allowed to ${d.syscall}(${d.preview}${d.preview.length >= 60 ? '…' : ''}): ${d.errno}. ` +
          `${d.need.replace(/^./, (c) => c.toUpperCase())}.` +
          (d.count > 1 ? ` It happened ${String(d.count)} times.` : '') +
          (d.injected ? ` ${INJECTED_NOTE}` : ''),
        hint: 'Run it with the needed privilege (the user, a capability via setcap or the container/service settings), or check the security policy that refuses it.',
        lines: lineList(...d.lines),
        events: d.events,
      };
      setPid(f, d.proc);
      return f;
    });
  }
}

export const privilegeDenied: Detector = {
  ids: ['permission-denied'],
  create: () => new PrivilegedRun(),
};
