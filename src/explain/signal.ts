// Sentences for what happens to a process rather than what it calls: signals it receives
// and how it ends.

import type { TraceEvent } from '../model/index.js';
import { SIGNALS, SI_CODES } from '../knowledge/signals.js';

type ExitEvent = Extract<TraceEvent, { type: 'exit' }>;

/** "Exited with status 1", "Was killed by SIGSEGV (…); it dumped core". */
export function explainExit(ev: ExitEvent): string {
  if (ev.supersededBy !== undefined) return `Replaced by the execve of thread ${String(ev.supersededBy)} (a thread ran execve)`;
  if (ev.signal) {
    const why = SIGNALS[ev.signal];
    return `Was killed by ${ev.signal}${why ? ` (${why})` : ''}${ev.core ? '; it dumped core' : ''}`;
  }
  return ev.code === 0 ? 'Exited successfully (status 0)' : `Exited with status ${String(ev.code ?? '?')}`;
}

/** "Received SIGCHLD: child 42 exited with status 0", "Was stopped by SIGTSTP (…)". */
export function explainSignal(signal: string, info: string | undefined, stopped: boolean | undefined): string {
  const why = SIGNALS[signal];
  if (stopped) return `Was stopped by ${signal}${why ? ` (${why})` : ''}`;
  let detail = '';
  if (info) {
    const code = /si_code=([A-Z_]+)/.exec(info)?.[1];
    const pid = /si_pid=(\d+)/.exec(info)?.[1];
    const status = /si_status=([A-Za-z0-9_]+)/.exec(info)?.[1];
    const addr = /si_addr=(0x[0-9a-f]+|NULL)/.exec(info)?.[1];
    if (signal === 'SIGCHLD' && pid && code && SI_CODES[code]) {
      detail = `: child ${pid} ${SI_CODES[code]}${status !== undefined ? (code === 'CLD_EXITED' ? ` with status ${status}` : ` (${status})`) : ''}`;
    } else if (code === 'SI_USER' && pid) {
      detail = `, sent by process ${pid}`;
    } else if (addr && (signal === 'SIGSEGV' || signal === 'SIGBUS')) {
      detail = ` at address ${addr}${code && SI_CODES[code] ? ` (${SI_CODES[code]})` : ''}`;
    }
  }
  return `Received ${signal}${why && !detail.startsWith(':') ? ` (${why})` : ''}${detail}`;
}
