// Facts about one call that several detectors need, worked out once per event by the
// analyzer: the path a failed lookup named (and whether it is an expected probe), and the
// HTTP request a server process is answering.

import type { CallView } from '../decode/call-view.js';
import { probeKind } from '../knowledge/probes.js';
import { READ_CALLS, WRITE_CALLS, type Proc } from './state/index.js';
import type { Observation } from './types.js';
import { trimTrailing } from '../text/trim.js';
import { lastLineBreak } from '../text/line-break.js';

/** Which argument holds the path, per syscall. */
export const PATH_ARG: Record<string, number> = {
  open: 0, open_nocancel: 0, creat: 0, openat: 1, openat_nocancel: 1, openat2: 1,
  stat: 0, lstat: 0, stat64: 0, lstat64: 0, newfstatat: 1, fstatat: 1, fstatat64: 1, statx: 1,
  access: 0, faccessat: 1, faccessat2: 1, readlink: 0, readlinkat: 1,
  execve: 0, execveat: 1, chdir: 0, chroot: 0, mkdir: 0, mkdirat: 1, rmdir: 0,
  unlink: 0, unlinkat: 1, rename: 0, renameat: 1, renameat2: 1, link: 0, linkat: 1, symlink: 1, symlinkat: 2,
  chmod: 0, fchmodat: 1, chown: 0, lchown: 0, fchownat: 1, truncate: 0, utimensat: 1, utimes: 0,
  mknod: 0, mknodat: 1, statfs: 0, statfs64: 0, getxattr: 0, lgetxattr: 0, listxattr: 0, llistxattr: 0,
  inotify_add_watch: 1, getattrlist: 0, stat64_extended: 0, lstat64_extended: 0, open_extended: 0,
  posix_spawn: 1, uselib: 0, swapon: 0, mount: 1, umount2: 0, pivot_root: 0,
};

export interface PathFailure {
  path: string;
  errno: string;
  /** The expected-probe group, when it is one. */
  probe?: string;
  /** The failed creation of this path or a directory above it that this lookup follows from (chains.ts). */
  after?: { path: string; errno: string; line: number };
}

export function cleanPath(p: string): string {
  // dtruss prints the terminating NUL of C strings (most paths end otherwise: no regexp pass).
  if (!p.endsWith('\0')) return p;
  return trimTrailing(p, '\0');
}

/** The path a call names; relative to a directory fd it is made absolute when `dirPath` knows that fd. */
export function callPath(call: CallView, dirPath: (fd: number) => string | undefined = () => undefined): string | undefined {
  const i = PATH_ARG[call.name];
  if (i === undefined) return undefined;
  if (call.str(i)?.value === '') return undefined; // AT_EMPTY_PATH: the call is about the fd itself
  const s = call.absPath(i, dirPath);
  if (s === undefined) return undefined;
  const p = cleanPath(s);
  return p === '' ? undefined : p;
}

// The last call pathIn answered: the analyzer and several detectors ask it of the same call.
let lastCall: CallView | undefined;
let lastProc: Proc | undefined;
let lastPath: string | undefined;

/**
 * callPath with process p's fd table for the directory fds of *at() calls. Ask it once the
 * tracker has taken the call (the table as the call left it): the answer is kept for the
 * detectors that ask next.
 */
export function pathIn(call: CallView, p: Proc): string | undefined {
  if (call !== lastCall || p !== lastProc) {
    lastPath = callPath(call, (fd) => p.fds.map.get(fd)?.path);
    lastCall = call;
    lastProc = p;
  }
  return lastPath;
}

/** A failed lookup of a path (ENOENT/ENOTDIR) by process p, with its probe group when expected. */
export function pathFailure(call: CallView, p: Proc): PathFailure | undefined {
  const errno = call.errno;
  if (errno !== 'ENOENT' && errno !== 'ENOTDIR') return undefined;
  const path = pathIn(call, p);
  if (path === undefined) return undefined;
  const out: PathFailure = { path, errno };
  const probe = call.name === 'execve' || call.name === 'execveat' ? undefined : probeKind(path);
  if (probe) out.probe = probe;
  return out;
}

// Any method token: a server answering 501 to `FROB / HTTP/1.1` is what the finding is about.
export const REQUEST = /^([A-Z][A-Z_-]{0,19}) (\S+) HTTP\/1\.[01]\r?\n?/;
export const STATUS = /^HTTP\/1\.[01] ([1-5]\d\d)(?: ([^\r\n]*))?/;

/**
 * What a server process is answering: per process (thread group), the target of the HTTP
 * request it read last and the files it looked for and did not find for it. The analyzer
 * keeps one and gives every observation its `httpAnswer`: http-error says why a 404 was sent,
 * missing-file leaves those misses to it.
 */
export class ServedRequests {
  private byProc = new Map<number, { target: string; missed: string[] }>();

  /** Call for every observation, before answered(). */
  observe(o: Observation): void {
    const p = o.proc;
    if (!p) return;
    const call = o.call;
    if (call && o.sock && !call.failed && READ_CALLS.has(call.name)) {
      const target = REQUEST.exec(call.buffers()[0]?.value ?? '')?.[2];
      if (target !== undefined && (this.byProc.size < 10_000 || this.byProc.has(p.tgid))) this.byProc.set(p.tgid, { target, missed: [] });
      return;
    }
    const pf = o.pathFailure;
    const req = pf && !pf.probe ? this.byProc.get(p.tgid) : undefined;
    if (req && req.missed.length < 5 && !req.missed.includes(pf!.path) && pathServes(pf!.path, req.target)) req.missed.push(pf!.path);
  }

  /** A response the process writes now: its status and the files missed for the request it answers. */
  answered(o: Observation): { status: number; missed: string[] } | undefined {
    const call = o.call;
    if (!call || !o.sock || !o.proc || call.failed || !WRITE_CALLS.has(call.name)) return undefined;
    const m = STATUS.exec(call.buffers()[0]?.value ?? '');
    if (!m) return undefined;
    const missed = this.byProc.get(o.proc.tgid)?.missed ?? [];
    this.byProc.delete(o.proc.tgid);
    return { status: Number(m[1]), missed };
  }
}

/**
 * `target` cut at its query or fragment: at the first `?` or `#` of its last line, as
 * `/[?#].*$/` cut it (`.` stops at a line break), in one pass (that regex is polynomial on a long
 * line of `?`s followed by a break).
 */
function withoutQuery(target: string): string {
  const start = lastLineBreak(target) + 1;
  const q = target.slice(start).search(/[?#]/);
  return q < 0 ? target : target.slice(0, start + q);
}

/**
 * Is `path` the file a request for `target` names? Its path part, percent-decoded, ends
 * the file's path (`GET /docs/a%20b.html?x=1` → `…/docs/a b.html`). `/` names no file.
 */
export function pathServes(path: string, target: string): boolean {
  let t = withoutQuery(target).replace(/^[a-z]+:\/\/[^/]*/i, '');
  try {
    t = decodeURIComponent(t);
  } catch {
    // not percent-encoded after all: compare as it is
  }
  t = trimTrailing(t, '/');
  return t !== '' && path.endsWith(t);
}

