// Words for flags, operations and wait sets: what O_CREAT|O_EXCL, SHUT_WR, a poll set or a
// wait status mean in a sentence.

import type { ArgView } from './args.js';
import { parseFdInfo } from '../decode/fdinfo.js';
import type { Ctx } from './context.js';
import { fdPhrase } from './phrases.js';

/** `{sa_handler=SIG_IGN, ...}` → "ignore it"; a function address → "a handler function". */
export function handlerWords(act: string, form: 'set' | 'read'): string {
  if (/SIG_IGN/.test(act)) return form === 'set' ? 'ignore it' : 'ignored';
  if (/SIG_DFL/.test(act)) return 'the default action';
  if (/sa_handler=0x|^0x/.test(act)) return 'a handler function';
  return '';
}


// -- small decoders of flags for words

export function openMode(a: ArgView | undefined): string {
  if (!a) return '';
  const n = a.names.length ? a.names : a.text.split('|');
  const parts: string[] = [];
  if (n.includes('O_WRONLY')) parts.push('for writing');
  else if (n.includes('O_RDWR')) parts.push('for reading and writing');
  else if (n.includes('O_RDONLY')) parts.push('for reading');
  // "Opened /usr/lib (a directory) as fd 3" reads better than "as a directory as fd 3".
  if (n.includes('O_DIRECTORY')) return ' (a directory)';
  if (n.includes('O_CREAT')) parts.push(n.includes('O_EXCL') ? 'creating it (must not exist)' : 'creating it if missing');
  if (n.includes('O_TRUNC')) parts.push('emptying it');
  if (n.includes('O_APPEND')) parts.push('appending');
  return parts.length ? ` ${parts.join(', ')}` : '';
}

export function shutdownHow(a: ArgView | undefined): string {
  const n = a?.names[0] ?? a?.text ?? '';
  if (n === 'SHUT_WR' || n === '1') return 'sending';
  if (n === 'SHUT_RD' || n === '0') return 'receiving';
  if (n === 'SHUT_RDWR' || n === '2') return 'both directions';
  return n || 'the connection';
}

export function epollOp(a: ArgView | undefined, cap: boolean): string {
  const n = a?.names[0] ?? a?.text ?? '';
  const w = n === 'EPOLL_CTL_ADD' ? 'add' : n === 'EPOLL_CTL_DEL' ? 'remove' : n === 'EPOLL_CTL_MOD' ? 'change' : 'update';
  const past = { add: 'Added', remove: 'Removed', change: 'Changed', update: 'Updated' }[w]!;
  return cap ? past : w;
}

export function waitStatus(text: string): string {
  const code = /WEXITSTATUS\(s\) == (\d+)/.exec(text)?.[1];
  if (code !== undefined) return `exited with status ${code}`;
  const sig = /WTERMSIG\(s\) == (SIG[A-Z0-9]+)/.exec(text)?.[1];
  if (sig) return `was killed by ${sig}${/WCOREDUMP/.test(text) ? ' (core dumped)' : ''}`;
  const stop = /WSTOPSIG\(s\) == (SIG[A-Z0-9]+)/.exec(text)?.[1];
  if (stop) return `stopped (${stop})`;
  return 'changed state';
}

/** The fds a select/poll waits for: "a connection on fd 3 (…) or data on fd 4 (pipe)". */
export function waitSet(ctx: Ctx): string {
  const fds: number[] = [];
  for (const a of ctx.params) {
    if (a.role === 'readfds' || a.role === 'fds' || a.role === 'writefds') fds.push(...(a.fds ?? []));
  }
  const timeoutArg = ctx.params.find((a) => a.role === 'timeout');
  const timeout = timeoutArg?.text;
  // -1 (poll) or no timeval (select) is "no timeout"; dtruss prints -1 as 0xFFFFFFFFFFFFFFFF.
  const forever = timeout === undefined || timeout === 'NULL' || timeout === '-1' || /^0x[fF]{8,16}$/.test(timeout);
  const uniq = [...new Set(fds)];
  if (uniq.length === 0) {
    const n = ctx.params.find((a) => a.role === 'nfds')?.int;
    const what = n !== undefined && n >= 0 && !ctx.ev.syscall.includes('select') ? `${String(n)} fd${n === 1 ? '' : 's'}` : 'its fds';
    return `${what} to become ready${forever ? '' : ` (timeout ${timeout})`}`;
  }
  const list = uniq.slice(0, 4).map((n) => fdPhrase(ctx, ctx.params.find((a) => a.int === n && a.fdInfo) ?? decoratedFd(ctx, n), false));
  const more = uniq.length > 4 ? ` and ${String(uniq.length - 4)} more` : '';
  const what = list.length ? `${list.join(', ')}${more}` : 'fds';
  return `${what} to become ready${forever ? '' : ` (timeout ${timeout})`}`;
}

/** An ArgView for an fd number found inside a set, with the decoration printed next to it. */
function decoratedFd(ctx: Ctx, n: number): ArgView {
  for (const a of ctx.params) {
    const m = new RegExp(`(?:^|[[\\s{=])${String(n)}<([^>]*(?:>[^,\\] ]*)?)>`).exec(a.text);
    if (m) {
      const info = parseFdInfo(m[1]!);
      const v: ArgView = { role: 'fd', text: String(n), int: n, names: [] };
      if (info) v.fdInfo = info;
      return v;
    }
  }
  return { role: 'fd', text: String(n), int: n, names: [] };
}

/** What poll's revents say: an error or hang-up matters more than readiness. */
export function reventWords(flags: string): string {
  if (/POLLERR|POLLHUP|POLLNVAL/.test(flags)) return `reported an error or hang-up (${flags})`;
  if (/POLLIN|POLLPRI|POLLRDNORM/.test(flags)) return 'has data to read';
  if (/POLLOUT|POLLWRNORM/.test(flags)) return 'can be written';
  return `is ready (${flags})`;
}

export function readyFds(list: string, ctx: Ctx): string {
  const ns = [...list.matchAll(/\d+/g)].map((m) => Number(m[0]));
  return ns.map((n) => fdPhrase(ctx, decoratedFd(ctx, n), false)).join(', ');
}
