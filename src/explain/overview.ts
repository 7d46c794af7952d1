// The trace in brief, for the reader who wants the gist before the details: which program
// ran and how it ended, what else it started, whom it talked to, and what went wrong.

import { procName, programName } from '../analyze/detectors/describe.js';
import { endpointText } from '../decode/text.js';
import { wellKnown } from '../knowledge/endpoints.js';
import type { Endpoint, Finding, ProcessInfo, SocketInfo } from '../model/index.js';
import { cutText } from '../text/width.js';

export interface OverviewInput {
  processes: readonly ProcessInfo[];
  sockets: readonly SocketInfo[];
  findings: readonly Finding[];
}

const MAX_NAMES = 4;

function program(p: ProcessInfo, byPid?: ReadonlyMap<number, ProcessInfo>): string | undefined {
  const own = programName(p);
  if (own) return own;
  // A child that never called execve runs its parent's program (a fork of it).
  const parent = p.parent !== undefined ? byPid?.get(p.parent) : undefined;
  return parent && parent !== p ? program(parent, byPid) : undefined;
}

function ending(p: ProcessInfo): string {
  if (p.signal) return `was killed by ${p.signal}${p.core ? ' (core dumped)' : ''}`;
  const code = p.exitCode ?? p.exitCall;
  if (code === undefined) return 'has no exit in the trace (still running, or the trace stops before)';
  return code === 0 ? 'exited normally' : `exited with status ${String(code)}`;
}

function peerText(ep: Endpoint): string {
  const w = wellKnown(ep);
  return w ? `${endpointText(ep)} (${w.service})` : endpointText(ep);
}

/** Up to MAX_NAMES distinct texts, then "and N more". */
function list(items: string[]): string {
  const uniq = [...new Set(items)];
  if (uniq.length <= MAX_NAMES) return uniq.length > 1 ? `${uniq.slice(0, -1).join(', ')} and ${uniq.at(-1)!}` : (uniq[0] ?? '');
  return `${uniq.slice(0, MAX_NAMES).join(', ')} and ${String(uniq.length - MAX_NAMES)} more`;
}

/** Counts of names, most frequent first: `sh ×3, cat`. */
function tally(names: string[]): string {
  const n = new Map<string, number>();
  for (const x of names) n.set(x, (n.get(x) ?? 0) + 1);
  const parts = [...n].sort((a, b) => b[1] - a[1]).map(([x, c]) => (c > 1 ? `${x} ×${String(c)}` : x));
  return parts.length > MAX_NAMES ? `${parts.slice(0, MAX_NAMES).join(', ')}, …` : parts.join(', ');
}

/** A short paragraph: empty when the trace shows no process at all (a `-c` table only). */
/** An empty capture is most often strace failing to start the program: say so, not "no findings". */
const NO_CALLS =
  'No system call was traced: there is nothing to explain. (strace leaves its -o file empty when it could not start the program; its own message went to its stderr.)';

export function overview(r: OverviewInput): string {
  const procs = r.processes.filter((p) => !p.isThread);
  // No call was traced (a Nanos crash log): what went wrong still comes first.
  if (procs.length === 0) return wentWrong(r.findings.filter((f) => f.severity === 'error')) ?? (r.findings.length ? '' : NO_CALLS);
  const [root, ...rest] = procs;
  const parts: string[] = [];
  const cmd = root!.argv?.join(' ');
  const ran = cmd ? `, run as "${cutText(cmd, 80)}",` : '';
  parts.push(`${procName(root!)}${ran} ${ending(root!)}.`);
  if (rest.length) {
    const failed = rest.filter((p) => p.signal || ((p.exitCode ?? p.exitCall) ?? 0) !== 0).length;
    const byPid = new Map(r.processes.map((p) => [p.pid, p]));
    const names = rest.map((p) => program(p, byPid) ?? 'program not shown');
    parts.push(
      `It started ${String(rest.length)} other process${rest.length === 1 ? '' : 'es'} (${tally(names)})` +
        (failed ? `, ${String(failed)} of which exited non-zero or ${failed === 1 ? 'was' : 'were'} killed.` : '.'),
    );
  }
  const threads = r.processes.length - procs.length;
  if (threads) parts.push(`${String(threads)} thread${threads === 1 ? '' : 's'} ran beside ${procs.length === 1 ? 'it' : 'them'}.`);
  const listeners = r.sockets.filter((s) => s.listening && s.local);
  if (listeners.length) parts.push(`It listened on ${list(listeners.map((s) => peerText(s.local!)))}.`);
  // A connection whose local address is a listener's was accepted from a client, not made.
  const served = new Set(listeners.map((s) => endpointText(s.local)));
  const open = r.sockets.filter((s) => s.peer && !s.listening && !s.connectFailed && !s.connecting && !(s.peer.family === 'AF_UNIX' && !s.peer.path));
  const accepted = open.filter((s) => s.local && served.has(endpointText(s.local)));
  const made = open.filter((s) => !accepted.includes(s));
  if (accepted.length) parts.push(`It accepted ${String(accepted.length)} connection${accepted.length === 1 ? '' : 's'}.`);
  if (made.length) parts.push(`It was connected to ${list(made.map((s) => peerText(s.peer!)))}.`);
  const errors = r.findings.filter((f) => f.severity === 'error');
  const warnings = r.findings.filter((f) => f.severity === 'warning');
  if (errors.length) parts.push(wentWrong(errors)!);
  // The first warning is what a reader looks at next (a hang stopped from outside, a status 1).
  else if (warnings.length) parts.push(`No errors. Worth a look: ${warnings[0]!.title}${warnings.length > 1 ? ` (and ${String(warnings.length - 1)} more warning${warnings.length > 2 ? 's' : ''})` : ''}.`);
  else {
    const notes = r.findings.length;
    parts.push(`Nothing went wrong that the trace shows${notes ? ` (${String(notes)} note${notes === 1 ? '' : 's'} below)` : ''}.`);
  }
  return parts.join(' ');
}

function wentWrong(errors: readonly Finding[]): string | undefined {
  if (!errors.length) return undefined;
  return `What went wrong: ${errors[0]!.title}${errors.length > 1 ? ` (and ${String(errors.length - 1)} more error${errors.length > 2 ? 's' : ''})` : ''}.`;
}
