// Root cause before consequence: a path a program failed to create (mkdir on a read-only
// file system, a full disk, a denied directory) is why later lookups of it, or of anything
// beneath it, fail with ENOENT. The analyzer keeps the failed creations and tells each later
// failed lookup which one it follows from, so detectors report the creation and not the echo.

import type { CallView } from '../decode/call-view.js';
import type { ProcessInfo } from '../model/index.js';
import { callPath, pathIn, type PathFailure } from './observations.js';
import { OPEN_CALLS, type Proc } from './state/index.js';
import { trimTrailing } from '../text/trim.js';

/** Errors that make a creation fail because of where it was (not because it already exists). */
export const CREATE_ERRORS = new Set(['EROFS', 'ENOSPC', 'EDQUOT', 'EACCES', 'EPERM']);

/** Calls that create the path they name (open and creat only with O_CREAT, checked below). */
const CREATE_CALLS = new Set(['mkdir', 'mkdirat', 'mknod', 'mknodat', 'creat']);

export interface FailedCreation {
  path: string;
  errno: string;
  syscall: string;
  proc: ProcessInfo;
  line: number;
  seq: number;
  /** Later failed lookups of the path or beneath it (first few). */
  followers: { path: string; errno: string; syscall: string; proc: ProcessInfo; line: number; seq: number }[];
  followerCount: number;
}

function creates(call: CallView): boolean {
  if (CREATE_CALLS.has(call.name)) return true;
  const open = OPEN_CALLS[call.name];
  return open !== undefined && open.flags >= 0 && call.names(open.flags, 'open-flags').has('O_CREAT');
}

function join(dir: string, path: string): string {
  const parts = `${trimTrailing(dir, '/')}/${path}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return `/${out.join('/')}`;
}

export class CreationChains {
  /** Working directory per thread group, from its successful chdir calls (unknown at the start). */
  private cwd = new Map<number, string>();
  readonly failed: FailedCreation[] = [];

  private resolve(p: Proc, path: string): string {
    if (path.startsWith('/')) return join('/', path);
    const dir = this.cwd.get(p.tgid);
    return dir ? join(dir, path) : path;
  }

  /** Call for every syscall; returns the failed creation this call is, if it is one. */
  onCall(call: CallView, p: Proc): FailedCreation | undefined {
    if (call.name === 'chdir' && !call.failed && call.ev.status === 'complete') {
      const path = callPath(call);
      if (path !== undefined && this.cwd.size < 10_000) this.cwd.set(p.tgid, this.resolve(p, path));
      return undefined;
    }
    const errno = call.errno;
    if (!errno || !CREATE_ERRORS.has(errno) || !creates(call)) return undefined;
    const raw = pathIn(call, p);
    if (raw === undefined) return undefined;
    const path = this.resolve(p, raw);
    if (this.failed.some((f) => f.path === path)) return undefined;
    if (this.failed.length >= 100) return undefined;
    const f: FailedCreation = { path, errno, syscall: call.name, proc: p.info, line: call.ev.line, seq: call.ev.seq, followers: [], followerCount: 0 };
    this.failed.push(f);
    return f;
  }

  /** A failed lookup: the creation it follows from, if its path is that one or beneath it. */
  follows(pf: PathFailure, call: CallView, p: Proc): FailedCreation | undefined {
    if (this.failed.length === 0) return undefined;
    const path = this.resolve(p, pf.path);
    const root = this.failed.find((f) => f.seq < call.ev.seq && (path === f.path || path.startsWith(`${f.path}/`)));
    if (!root) return undefined;
    root.followerCount++;
    if (root.followers.length < 5) root.followers.push({ path, errno: pf.errno, syscall: call.name, proc: p.info, line: call.ev.line, seq: call.ev.seq });
    return root;
  }
}
