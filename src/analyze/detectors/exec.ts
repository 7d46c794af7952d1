// missing-interpreter and exec-format: an execve of one path (not a PATH search, which
// missing-file tells) that failed ENOENT or ENOEXEC.
//
// ENOENT from execve does not prove the file is missing: the kernel also answers ENOENT when
// the file is a script whose #! line names an interpreter that does not exist (or an ELF
// binary whose loader does not). When the trace shows the file is there (a stat, access or
// open of it succeeded, before or after) the interpreter is what is missing; when it does
// not, the finding says both. ENOEXEC is a failure unless the caller then runs the file as
// a script itself (sh execs `/bin/sh FILE`, bash reads it again), or carries on to exit 0.

import type { Finding, ProcessInfo } from '../../model/index.js';
import type { CallView } from '../../decode/call-view.js';
import { ENOEXEC_REASONS, EXEC_ERRNO_REASONS, fileKind, shebangInterpreter } from '../../knowledge/exec-failures.js';
import { OPEN_CALLS, READ_CALLS } from '../state/index.js';
import type { Proc } from '../state/index.js';
import { pathIn } from '../observations.js';
import type { Detector, DetectorRun, Observation } from '../types.js';
import { endStatus, INJECTED_NOTE, lineList, procName, setPid } from './describe.js';
import { cutText } from '../../text/width.js';

interface Attempt {
  proc: Proc;
  path: string;
  errno: 'ENOENT' | 'ENOEXEC';
  line: number;
  seq: number;
  injected: boolean;
  /** A call that shows the file is there. */
  exists?: { line: number; seq: number; how: string };
  /** The first bytes of the file, when the process read them. */
  head?: { text: string; line: number; seq: number };
  /** Successful opens of the file by the same process afterwards (bash opens it to run it as a script). */
  opensAfter: number;
  /** The caller ran it another way (sh's `execve("/bin/sh", ["/bin/sh", FILE])`). */
  fallback?: boolean;
}

/** An execve refused for a reason EXEC_ERRNO_REASONS knows, and not followed by one that worked. */
interface Refused {
  proc: Proc;
  path: string;
  errno: string;
  line: number;
  seq: number;
  injected: boolean;
}

const EXEC = new Set(['execve', 'execveat']);
/** Existence questions whose success shows a file is there (test -x, stat before running it). */
const LOOKS = new Set(['stat', 'lstat', 'stat64', 'lstat64', 'newfstatat', 'fstatat', 'fstatat64', 'statx', 'access', 'faccessat', 'faccessat2']);
const MAX_ATTEMPTS = 100;
const MAX_SEEN = 4096;

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

class ExecFailureRun implements DetectorRun {
  private attempts: Attempt[] = [];
  private refused: Refused[] = [];
  /** Per process, its attempts the same process may still open, read or run another way. */
  private pending = new Map<number, Attempt[]>();
  /** ENOENT attempts by path: a later successful look-up shows the file exists. */
  private byPath = new Map<string, Attempt[]>();
  /** Recent successful look-ups (path → where), bounded: an earlier `test -x FILE` shows it exists. */
  private seen = new Map<string, { line: number; seq: number; how: string }>();
  /**
   * seen's paths in the order they came, from seenHead on: the oldest is dropped first. A Map's
   * first key is slow to find once many have been deleted (V8 walks the holes they leave).
   */
  private seenOrder: string[] = [];
  private seenHead = 0;
  /** Per process and program name, the distinct paths whose execve failed: more than one is a PATH search. */
  private tried = new Map<string, Set<string>>();
  /** Program names some execve ran: a miss in one PATH directory then is a search step. */
  private ran = new Set<string>();
  /** An open of an attempted file, per process: its fd, to read the first bytes from. */
  private sniff = new Map<number, { fd: number; attempt: Attempt }>();
  private sawSuccess = false;

  observe(o: Observation): void {
    const call = o.call;
    const p = o.proc;
    if (!call || !p) return;
    const ok = !call.failed && call.ev.status === 'complete';
    if (ok) this.sawSuccess = true;
    if (EXEC.has(call.name)) return this.onExec(call, p, ok);
    if (ok && READ_CALLS.has(call.name)) return this.onRead(call, p, o);
    if (!ok) return;
    const open = OPEN_CALLS[call.name] !== undefined;
    if (!open && !LOOKS.has(call.name)) return;
    const mine = this.pending.get(p.key);
    // Most calls come with nothing to compare: no path to work out.
    if (!LOOKS.has(call.name) && !mine && this.byPath.size === 0) return;
    const path = pathIn(call, p);
    if (path === undefined) return;
    const at = { line: call.ev.line, seq: call.ev.seq, how: call.name };
    if (LOOKS.has(call.name)) this.remember(path, at);
    for (const a of this.byPath.get(path) ?? []) a.exists ??= at;
    if (open && mine) {
      const a = mine.find((x) => x.path === path);
      if (a) {
        a.opensAfter++;
        const fd = call.ret;
        if (fd !== undefined && !a.head) this.sniff.set(p.key, { fd, attempt: a });
      }
    }
  }

  private remember(path: string, at: { line: number; seq: number; how: string }): void {
    if (this.seen.size >= MAX_SEEN) {
      this.seen.delete(this.seenOrder[this.seenHead++]!);
      if (this.seenHead >= MAX_SEEN) {
        this.seenOrder = this.seenOrder.slice(this.seenHead);
        this.seenHead = 0;
      }
    }
    if (!this.seen.has(path)) this.seenOrder.push(path);
    this.seen.set(path, at);
  }

  private onExec(call: CallView, p: Proc, ok: boolean): void {
    const path = pathIn(call, p);
    if (path === undefined) return;
    if (ok) {
      this.ran.add(baseName(path));
      // Ran after all (a retry once the writer closed the file, a shorter list): not the failure.
      this.refused = this.refused.filter((r) => r.proc !== p);
      // sh's fallback: it runs the file it could not exec as a script of its own.
      const argv = call.strArray(call.name === 'execveat' ? 2 : 1) ?? [];
      for (const a of this.pending.get(p.key) ?? []) if (argv.slice(1).includes(a.path)) a.fallback = true;
      return;
    }
    const errno = call.errno;
    // Every failed try of the name counts towards a PATH search (a denied directory too).
    const key = `${String(p.key)}\0${baseName(path)}`;
    const tried = this.tried.get(key) ?? new Set<string>();
    if (tried.size < 50) tried.add(path);
    if (this.tried.size < 10_000) this.tried.set(key, tried);
    if (errno !== undefined && EXEC_ERRNO_REASONS[errno] && this.refused.length < MAX_ATTEMPTS) {
      this.refused.push({ proc: p, path, errno, line: call.ev.line, seq: call.ev.seq, injected: call.injected });
      return;
    }
    if (errno !== 'ENOENT' && errno !== 'ENOEXEC') return;
    const same = this.attempts.find((a) => a.proc === p && a.path === path);
    if (same || this.attempts.length >= MAX_ATTEMPTS) return;
    const a: Attempt = { proc: p, path, errno, line: call.ev.line, seq: call.ev.seq, injected: call.injected, opensAfter: 0 };
    const before = this.seen.get(path);
    if (before) a.exists = before;
    this.attempts.push(a);
    const mine = this.pending.get(p.key) ?? [];
    mine.push(a);
    this.pending.set(p.key, mine);
    if (errno === 'ENOENT') {
      const list = this.byPath.get(path) ?? [];
      list.push(a);
      this.byPath.set(path, list);
    }
  }

  private onRead(call: CallView, p: Proc, o: Observation): void {
    const s = this.sniff.get(p.key);
    if (!s || call.fd(0) !== s.fd || o.analyzed.fd?.path !== s.attempt.path) return;
    this.sniff.delete(p.key);
    const text = call.buffers()[0]?.value;
    if (text !== undefined) s.attempt.head = { text, line: call.ev.line, seq: call.ev.seq };
  }

  finish(): Finding[] {
    const out: Finding[] = [];
    for (const a of this.attempts) {
      const f = a.errno === 'ENOENT' ? this.notFound(a) : this.badFormat(a);
      if (f) out.push(f);
    }
    for (const r of this.refused) out.push(this.refusedFinding(r));
    return out;
  }

  /** An execve the kernel refused for a reason other than the file (E2BIG, ETXTBSY, ...). */
  private refusedFinding(r: Refused): Finding {
    const { why, hint } = EXEC_ERRNO_REASONS[r.errno]!;
    const f: Finding = {
      id: 'exec-failed',
      severity: r.injected || !this.sawSuccess ? 'info' : 'error',
      title: `could not run ${r.path}: ${r.errno}`,
      explanation: `${procName(r.proc.info)} tried to run ${r.path} (execve, line ${String(r.line)}) and got ${r.errno}: ${why}.${r.injected ? ` ${INJECTED_NOTE}` : ''}`,
      hint,
      lines: [r.line],
      events: [r.seq],
    };
    setPid(f, r.proc.info);
    return f;
  }

  private note(a: Attempt): string {
    if (a.injected) return ` ${INJECTED_NOTE}`;
    if (!this.sawSuccess) return ' The trace holds failed calls only (strace -Z), so what happened next does not show.';
    return '';
  }

  private notFound(a: Attempt): Finding | undefined {
    const name = baseName(a.path);
    // A PATH search (several directories tried, or the name ran from another one): missing-file tells it.
    if (this.ran.has(name) || (this.tried.get(`${String(a.proc.key)}\0${name}`)?.size ?? 0) > 1) return undefined;
    const who = procName(a.proc.info);
    const head = a.head?.text;
    const interp = head !== undefined ? shebangInterpreter(head) : undefined;
    const elf = head !== undefined && fileKind(head) === 'elf';
    const lines = [a.line, a.exists?.line, a.head?.line];
    let title: string;
    let why: string;
    let hint: string;
    if (a.exists || head !== undefined) {
      const shown = a.exists ? `${a.exists.how} found it on line ${String(a.exists.line)}` : `it was read on line ${String(a.head!.line)}`;
      if (elf) {
        title = `program loader not found for ${a.path}`;
        why = `${a.path} exists (${shown}) and is an ELF binary, but the loader it names (its ELF interpreter, e.g. /lib/ld-musl-x86_64.so.1) does not exist here: it was built for another C library or architecture.`;
        hint = `Run \`file ${a.path}\` to see which loader and architecture it needs; install that or use a build for this system.`;
      } else {
        title = interp ? `interpreter not found: ${interp} (the #! line of ${a.path})` : `interpreter not found for ${a.path} (its #! line)`;
        why =
          `${a.path} exists (${shown}), so the ENOENT is about the interpreter its first line names` +
          (interp ? `: \`${cutText(head!.split('\n')[0]!, 120, '')}\` names ${interp}, which is not installed or not at that path.` : ': the #! line names a program that is not installed or not at that path.');
        hint = interp
          ? `Install ${interp} or change the #! line of ${a.path} to an interpreter that exists (\`command -v ${baseName(interp)}\`).`
          : `Look at its first line (\`head -n1 ${a.path}\`) and install that interpreter or fix the #! line; \`#!/usr/bin/env NAME\` finds NAME in PATH.`;
      }
    } else {
      title = `cannot run ${a.path}: it or its #! interpreter is missing`;
      why =
        'The kernel answers ENOENT both when the file does not exist and when it is a script whose #! line names an interpreter that does not exist ' +
        '(or a binary whose loader does not); the trace does not show which.';
      hint = `Check \`ls -l ${a.path}\`; if it is there, its first line (\`head -n1 ${a.path}\`) names the missing interpreter: install it or fix that line.`;
    }
    // Without proof the file exists it stays a missing-file finding, worded for both causes.
    const id = a.exists || head !== undefined ? 'missing-interpreter' : 'missing-file';
    return this.finding(a, id, title, `${who} tried to run ${a.path} (execve, line ${String(a.line)}) and got ENOENT. ${why}`, hint, lines);
  }

  private badFormat(a: Attempt): Finding | undefined {
    // Run another way (sh falls back to running it as a script), or the caller did fine without it.
    if (a.fallback || a.opensAfter >= 2 || (endStatus(a.proc.info) === 0 && a.proc.info.signal === undefined)) return undefined;
    const kind = a.head !== undefined ? fileKind(a.head.text) : 'unknown';
    const why = ENOEXEC_REASONS[kind];
    const read = a.head ? `. Its first bytes are read on line ${String(a.head.line)}` : '';
    return this.finding(
      a,
      'exec-format',
      `not an executable for this machine: ${a.path}`,
      `${procName(a.proc.info)} tried to run ${a.path} (execve, line ${String(a.line)}) and got ENOEXEC (exec format error): ${why}${read}.`,
      `Run \`file ${a.path}\` to see what it is: a script needs a \`#!\` first line naming its interpreter; a binary must be built for this machine (\`uname -m\`); a corrupt file must be rebuilt or downloaded again.`,
      [a.line, a.head?.line],
    );
  }

  private finding(a: Attempt, id: string, title: string, explanation: string, hint: string, lines: (number | undefined)[]): Finding {
    const f: Finding = {
      id,
      severity: a.injected || !this.sawSuccess ? 'info' : 'error',
      title,
      explanation: explanation + this.note(a),
      hint,
      lines: lineList(...lines),
      events: [a.seq, a.exists?.seq, a.head?.seq].filter((x): x is number => x !== undefined).sort((x, y) => x - y),
    };
    setPid(f, a.proc.info);
    return f;
  }
}

export const execFailure: Detector = {
  ids: ['missing-interpreter', 'exec-format', 'exec-failed', 'missing-file'],
  create: () => new ExecFailureRun(),
};
