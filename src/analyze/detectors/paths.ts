// missing-file and permission-denied: failed path lookups that matter. Expected probes
// (loader search, locale catalogues, interpreter module search, optional config files)
// are recognised from data (wellknown.ts) and left out; so is a path that a later call
// created or found.

import type { Finding, ProcessInfo } from '../../model/index.js';
import type { CallView } from '../../decode/call-view.js';
import type { Detector, DetectorContext, DetectorRun, Observation } from '../types.js';
import { OPEN_CALLS } from '../state/index.js';
import { cleanPath, PATH_ARG, pathIn } from '../observations.js';
import { alreadyDone } from '../../knowledge/normal-answers.js';
import { saysNotFound } from '../../knowledge/stderr-messages.js';
import { probeStory, searchedName } from '../../knowledge/probes.js';
import { callLines, endedBadly, endedWell, INJECTED_NOTE, lineList, pidOf, procName, setPid } from './describe.js';
import { trimTrailing } from '../../text/trim.js';
import { errnoMeaning } from '../../knowledge/errno-meanings.js';
import { lookupSyscall } from '../../knowledge/syscalls.js';

const EXEC_CALLS = new Set(['execve', 'execveat']);

/** Calls that only look (stat, access): a miss there is usually a question, not a failure. */
const LOOK_ONLY = new Set([
  'stat', 'lstat', 'stat64', 'lstat64', 'newfstatat', 'fstatat', 'fstatat64', 'statx', 'access', 'faccessat', 'faccessat2',
  'readlink', 'readlinkat', 'getxattr', 'lgetxattr', 'listxattr', 'llistxattr', 'getattrlist', 'stat64_extended', 'lstat64_extended',
  'statfs', 'statfs64',
]);

/**
 * The call is an existence question rather than a use: stat/access, or opening a path as a
 * directory (opendir, a shell glob over an optional hook directory): a program that needs the
 * directory says so later, a program that lists optional ones moves on.
 */
function looksOnly(call: CallView): boolean {
  if (LOOK_ONLY.has(call.name)) return true;
  const open = OPEN_CALLS[call.name];
  return open !== undefined && call.names(open.flags, 'open-flags').has('O_DIRECTORY');
}

/** Last component of a path, without trailing slashes: what a search looks for in each directory. */
function baseName(path: string): string {
  const p = trimTrailing(path, '/');
  return p.slice(p.lastIndexOf('/') + 1);
}


interface Miss {
  path: string;
  /** The path as the call printed it (relative ones before they were made absolute). */
  printed: string;
  errno: string;
  syscall: string;
  proc: ProcessInfo;
  lines: number[];
  events: number[];
  count: number;
  lookOnly: boolean;
  injected: boolean;
  /** Every failure was a removal of a name that was not there (unlink/rmdir ENOENT: `rm -f`). */
  removal: boolean;
}

function searchKey(proc: ProcessInfo, path: string): string {
  return `${String(pidOf(proc) ?? '')}\0${searchedName(baseName(path))}`;
}

/** How many directories a search's misses were in (a linker tries two names in each). */
function places(group: readonly Miss[]): number {
  return new Set(group.map((g) => g.path.slice(0, g.path.lastIndexOf('/') + 1))).size;
}

/**
 * The path is one of the process's own arguments (argv[1..]): made absolute, or as the call
 * printed it (`tar -C / … etc/x` looks up `etc/x` relative to its fd for `/`).
 */
function namedOnCommandLine(m: { path: string; printed: string; proc: ProcessInfo }): boolean {
  const args = m.proc.argv?.slice(1) ?? [];
  return args.includes(m.path) || args.includes(m.printed);
}

const MAX_PATHS = 500;

/** A process's latest run of failed lookups of one name (a PATH search by stat, as make and dash do). */
interface Lookups {
  name: string;
  proc: ProcessInfo;
  places: string[];
  lines: number[];
  events: number[];
}

/** Directories of programs: a search through them is a search for a program. */
const PROGRAM_DIR = /\/(?:s?bin|shims)\/[^/]+$/;

/** The process said on stderr that a name it had looked for, and never found, was not found. */
function saidNotFoundFinding(l: Lookups): Finding {
  const n = l.places.length;
  const program = l.places.filter((p) => PROGRAM_DIR.test(p)).length * 2 > n;
  const shown = n > 1 ? `${l.name} (looked in ${String(n)} places)` : l.places[0]!;
  const f: Finding = {
    id: 'missing-file',
    severity: program ? 'error' : 'warning',
    title: `${program ? 'program' : 'file'} not found: ${shown}`,
    explanation:
      `${procName(l.proc)} looked for ${l.name}${n > 1 ? ` in ${String(n)} places (${l.places.slice(0, 12).join(', ')}${n > 12 ? ', …' : ''})` : ` (${l.places[0]!})`} ` +
      'and found it nowhere, then said on stderr that it was not found and failed.',
    hint: program ? 'Install the program or fix the path / PATH the caller uses.' : 'Check that the path is right (working directory, configuration).',
    lines: lineList(...l.lines),
    events: l.events,
  };
  setPid(f, l.proc);
  return f;
}
const FAILED_ONLY =
  ' The trace holds failed calls only (strace -Z or -e status=failed), so a later attempt that found it would not show: this may be one step of a search that succeeded.';
const INJECTED = ` ${INJECTED_NOTE}`;

/** The misses of a process that went on to exit 0: info, one finding for all of them. */
function toleratedFinding(groups: Miss[][]): Finding {
  const proc = groups[0]![0]!.proc;
  const names = groups.map((g) => (g.length > 1 ? `${baseName(g[0]!.path)} (looked in ${String(places(g))} places)` : g[0]!.path));
  const n = names.length;
  const shown = n <= 3 ? names.join(', ') : `${names.slice(0, 2).join(', ')} and ${String(n - 2)} more`;
  const all = groups.flat();
  const f: Finding = {
    id: 'missing-file',
    severity: 'info',
    title: n === 1 ? `file not found: ${shown}` : `files not found: ${shown}`,
    explanation:
      `${procName(proc)} looked for ${n === 1 ? 'a file' : `${String(n)} files`} that ${n === 1 ? 'does' : 'do'} not exist ` +
      `(${names.slice(0, 12).join(', ')}${n > 12 ? ', …' : ''}) and still exited with status 0: it treats ${n === 1 ? 'it' : 'them'} as optional.`,
    hint: 'Only a concern if the program behaved differently than expected: these paths are where it looked for optional files.',
    lines: lineList(...all.flatMap((g) => g.lines).slice(0, 10)),
    events: all.flatMap((g) => g.events).slice(0, 10),
  };
  setPid(f, proc);
  return f;
}

/** What a refusal means for this call: the one wording `explain` prints after the call. */
function deniedMeaning(m: Miss): string {
  const entry = lookupSyscall(m.syscall);
  const ctx = entry?.errctx ?? entry?.family;
  return errnoMeaning(m.errno, ctx === undefined ? [] : [ctx]) ?? 'the operation is not permitted for this process';
}

/** One finding for the misses of one search (usually a single path). */
function missingFinding(group: Miss[], failedOnly: boolean): Finding {
  const m = group[0]!;
  const isExec = EXEC_CALLS.has(m.syscall);
  const asked = namedOnCommandLine(m);
  const what = isExec ? 'run' : m.lookOnly ? 'look up' : 'open';
  const count = group.reduce((n, g) => n + g.count, 0);
  const injected = group.some((g) => g.injected);
  const searched = group.length > 1;
  const name = baseName(m.path);
  const lines = group.flatMap((g) => g.lines).slice(0, 10);
  const f: Finding = {
    id: 'missing-file',
    severity: injected || failedOnly ? 'info' : isExec ? 'error' : 'warning',
    title: searched
      ? `${isExec ? 'program' : 'file'} not found: ${name} (looked in ${String(places(group))} places)`
      : `${isExec ? 'program' : 'file'} not found: ${m.path}`,
    explanation:
      (searched
        ? `${procName(m.proc)} looked for ${name} in ${String(places(group))} places (${m.syscall}) and found it in none: ${group.map((g) => g.path).join(', ')} (${m.errno}).`
        : `${procName(m.proc)} tried to ${what} ${m.path} (${m.syscall}) and got ${m.errno}: ` +
          (m.errno === 'ENOTDIR' ? 'a component of the path is not a directory.' : 'it does not exist.')) +
      (count > group.length ? ` It tried ${String(count)} times.` : '') +
      (asked ? ' The path was given on its command line.' : '') +
      (injected ? INJECTED : '') +
      (failedOnly ? FAILED_ONLY : ''),
    hint: isExec
      ? 'Install the program or fix the path / PATH the caller uses.'
      : 'Check that the path is right (working directory, configuration) and that the file was created before this point.',
    lines: lineList(...lines),
    events: group.flatMap((g) => g.events).slice(0, 10),
  };
  setPid(f, m.proc);
  return f;
}

class MissingFileRun implements DetectorRun {
  constructor(private readonly ctx: DetectorContext) {}

  private misses = new Map<string, Miss>();
  private denied = new Map<string, Miss>();
  private execOk = new Set<string>();
  /** pid + name of each pending miss, and those the same process then found in another directory. */
  private wanted = new Set<string>();
  private foundElsewhere = new Set<string>();
  /** A trace of failed calls only (strace -Z) cannot show that a search found its file later. */
  private sawSuccess = false;
  /** Misses a server answered with an HTTP 4xx: http-error reports those. */
  private answered = new Set<string>();
  /** Per process, its latest run of failed lookups of one name (existence checks included). */
  private lookups = new Map<number, Lookups>();
  /** Those runs the process then said on stderr were not found. */
  private saidNotFound: Lookups[] = [];

  observe(o: Observation): void {
    const call = o.call;
    const proc = o.proc;
    if (!call || !proc) return;
    if (!this.sawSuccess && !call.failed && call.ev.status === 'complete') this.sawSuccess = true;
    const answer = o.httpAnswer;
    // A server that did not find what a client asked for, and said so (HTTP 4xx): http-error tells it.
    if (answer && answer.status >= 400 && answer.status < 500) for (const p of answer.missed) this.answered.add(p);
    // A write to stderr (the tracker joined its pieces) saying the name it last looked for was not found.
    const said = proc.lastStderr;
    if (said && said.seq === call.ev.seq) {
      const l = this.lookups.get(proc.key);
      if (l && saysNotFound(said.text, l.name) && this.saidNotFound.length < 100) {
        this.saidNotFound.push(l);
        this.lookups.delete(proc.key);
      }
    }
    if (PATH_ARG[call.name] === undefined) return;
    if (!call.failed && call.ev.status === 'complete') {
      const isExec = EXEC_CALLS.has(call.name);
      // Found after all (a later PATH directory): the run of misses was a search that succeeded.
      if (this.lookups.size > 0 && (isExec || LOOK_ONLY.has(call.name))) {
        const l = this.lookups.get(proc.key);
        const path = l ? pathIn(call, proc) : undefined;
        if (l && path !== undefined && baseName(path) === l.name) this.lookups.delete(proc.key);
      }
      // Most calls succeed with nothing pending: no path to work out (the hot path of a long trace).
      if (!isExec && this.misses.size === 0 && this.denied.size === 0) return;
      const path = pathIn(call, proc);
      if (path === undefined) return;
      // Found (or created) after all: earlier misses of it were not the problem. Only the
      // pending misses are looked up, so memory does not grow with every path opened. An
      // execve that failed stays failed when a stat then finds the file (exec.ts: its #!
      // interpreter is what is missing).
      if (isExec || !EXEC_CALLS.has(this.misses.get(path)?.syscall ?? '')) this.misses.delete(path);
      if (this.wanted.size > 0) {
        const key = searchKey(proc.info, path);
        if (this.wanted.has(key)) this.foundElsewhere.add(key);
      }
      if (this.denied.get(path)?.lookOnly) this.denied.delete(path);
      if (isExec) this.execOk.add(baseName(path));
      return;
    }
    const errno = call.errno;
    if (errno === 'EACCES' || errno === 'EPERM') {
      const path = pathIn(call, proc);
      if (path !== undefined) this.note(this.denied, path, errno, call, proc.info);
      return;
    }
    // The analyzer worked out the failed lookup (and whether it is an expected probe).
    const pf = o.pathFailure;
    // The C library's own look-ups (loader, locale catalogues, nscd) happen between a search and
    // its error message (gettext looks for the message's translation): they are not the search.
    if (pf && !pf.after && probeStory(pf.path) === undefined) this.lookedUp(proc.key, proc.info, pf.path, call);
    // A lookup beneath a directory it could not create: create-failed reports the cause and cites it.
    if (!pf || pf.probe || pf.after) return;
    this.note(this.misses, pf.path, pf.errno, call, proc.info);
  }

  /** One more failed lookup: the same name extends the process's run, another name starts one. */
  private lookedUp(key: number, proc: ProcessInfo, path: string, call: CallView): void {
    const name = baseName(path);
    let l = this.lookups.get(key);
    if (!l || l.name !== name) {
      if (!l && this.lookups.size >= 10_000) return;
      l = { name, proc, places: [], lines: [], events: [] };
      this.lookups.set(key, l);
    }
    if (l.places.length < 64 && !l.places.includes(path)) l.places.push(path);
    if (l.lines.length < 10) {
      l.lines.push(...callLines(call.ev));
      l.events.push(call.ev.seq);
    }
  }

  private note(map: Map<string, Miss>, path: string, errno: string, call: CallView, proc: ProcessInfo): void {
    const m = map.get(path);
    if (m) {
      m.count++;
      if (!looksOnly(call)) {
        // Existence checks before it (rm's stat of the name) do not make a removal a use.
        const removal = alreadyDone(call.name, errno) !== undefined;
        m.removal = m.lookOnly ? removal : m.removal && removal;
        m.lookOnly = false;
        m.syscall = call.name;
      }
      if (m.lines.length < 5) {
        m.lines.push(...callLines(call.ev));
        m.events.push(call.ev.seq);
      }
      return;
    }
    if (map.size >= MAX_PATHS) return;
    map.set(path, {
      path,
      printed: cleanPath(call.str(PATH_ARG[call.name] ?? -1)?.value ?? path),
      errno,
      syscall: call.name,
      proc,
      lines: callLines(call.ev),
      events: [call.ev.seq],
      count: 1,
      lookOnly: looksOnly(call),
      injected: call.injected,
      removal: alreadyDone(call.name, errno) !== undefined,
    });
    if (map === this.misses) this.wanted.add(searchKey(proc, path));
  }

  finish(): Finding[] {
    const out: Finding[] = [];
    // Misses of one name by one process in several directories are one search: reported once.
    const searches = new Map<string, Miss[]>();
    for (const m of this.misses.values()) {
      const isExec = EXEC_CALLS.has(m.syscall);
      // A PATH search: /usr/local/bin/x missing is fine when /usr/bin/x ran.
      if (isExec && this.isSearchStep(m)) continue;
      // Removing what is not there reached the goal (`rm -f`, stale files cleared at start-up):
      // a problem only for a process that then failed (`rm` without -f exits 1 on it).
      if (m.removal && !endedBadly(m.proc, this.ctx.tracker)) continue;
      // Existence checks alone (stat/access/opendir) are questions the program asked; not
      // reported, unless the path was named on the command line (`ls PATH`): the user asked.
      if (m.lookOnly && !namedOnCommandLine(m)) continue;
      const key = searchKey(m.proc, m.path);
      // Found under the same name in another directory: the miss was one step of a search.
      if (this.foundElsewhere.has(key)) continue;
      // A server that did not find what a client asked for, and said so (HTTP 404).
      if (this.answered.has(m.path)) continue;
      const group = searches.get(`${key}\0${String(isExec)}`);
      if (group) group.push(m);
      else searches.set(`${key}\0${String(isExec)}`, [m]);
    }
    // A process that missed files and still exited 0 treats them as optional (git's
    // packed-refs, shallow, commit-graph): one quiet finding per process, not a warning each.
    const tolerated = new Map<ProcessInfo, Miss[][]>();
    for (const group of searches.values()) {
      const m = group[0]!;
      const isExec = EXEC_CALLS.has(m.syscall);
      // One execve of one path failing ENOENT: exec.ts tells it (the file, or its #! interpreter).
      if (isExec && group.length === 1 && m.errno === 'ENOENT') continue;
      if (!isExec && endedWell(m.proc, this.ctx.tracker) && !namedOnCommandLine(m) && !group.some((g) => g.injected)) {
        const list = tolerated.get(m.proc);
        if (list) list.push(group);
        else tolerated.set(m.proc, [group]);
      } else {
        // Under -Z a search's success would not show, unless the process then failed: an
        // execvp caller exiting non-zero (env, sh: 127) found the program nowhere.
        const failedOnly = !this.sawSuccess && !(isExec && endedBadly(m.proc, this.ctx.tracker));
        out.push(missingFinding(group, failedOnly));
      }
    }
    for (const groups of tolerated.values()) out.push(toleratedFinding(groups));
    for (const l of this.saidNotFound) {
      // Reported already as a miss that matters (an open, an execve): that finding stands.
      if (!endedBadly(l.proc, this.ctx.tracker) || out.some((f) => f.id === 'missing-file' && f.pid === pidOf(l.proc) && f.title.includes(l.name))) continue;
      out.push(saidNotFoundFinding(l));
    }
    for (const m of this.denied.values()) {
      // A PATH search (sh stats dir/cat in each PATH entry): a denied directory early in
      // PATH is harmless once a program of that name ran from another one, or the process
      // that asked went on to succeed (runuser/sudo keeping root's PATH: /root/bin is shut).
      if (m.lookOnly && !namedOnCommandLine(m) && this.isSearchStep(m)) continue;
      // execve of a name refused in one PATH directory (a 0644 file, a directory root's PATH
      // names that this user cannot enter) and run from another: a search, not the failure.
      if (EXEC_CALLS.has(m.syscall) && this.isSearchStep(m)) continue;
      // Like a miss: a process that was refused and still exited 0 did without it (ps reading
      // /proc/1/environ of a process it may not see), unless the user named the path.
      const tolerated = endedWell(m.proc, this.ctx.tracker) && !namedOnCommandLine(m);
      const f: Finding = {
        id: 'permission-denied',
        severity: m.injected || tolerated ? 'info' : m.lookOnly ? 'warning' : 'error',
        title: `permission denied: ${m.path}`,
        explanation:
          `${procName(m.proc)} was refused access to ${m.path} (${m.syscall} → ${m.errno}): ` +
          `${deniedMeaning(m)}.` +
          (m.count > 1 ? ` It happened ${String(m.count)} times.` : '') +
          (tolerated ? ` It still exited with status 0: it did without it.` : '') +
          (m.injected ? INJECTED : ''),
        hint:
          'Check ownership and mode of the file and each directory above it (`namei -l PATH`), the user the program runs as, and SELinux/AppArmor denials.' +
          (EXEC_CALLS.has(m.syscall) ? ' For a program, also whether its file system is mounted noexec (`findmnt -T PATH`).' : ''),
        lines: lineList(...m.lines),
        events: m.events,
      };
      setPid(f, m.proc);
      out.push(f);
    }
    return out;
  }

  // --- added for quiet on normal behaviour
  /**
   * A failed execve was one step of a PATH search: a program of that name ran from another
   * directory, or the process went on to exit 0 (under -Z the successful exec is not shown,
   * but execvp's caller exits 126/127 when every directory failed).
   */
  private isSearchStep(m: Miss): boolean {
    return this.execOk.has(baseName(m.path)) || endedWell(m.proc, this.ctx.tracker);
  }

}

export const missingFile: Detector = {
  ids: ['missing-file', 'permission-denied'],
  create: (ctx) => new MissingFileRun(ctx),
};
