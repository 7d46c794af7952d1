// missing-library: the dynamic loader could not find a shared library a program needs, so
// the program never started. The loader's search is normally folded away as expected
// misses (it tries hwcaps subdirectories and several directories before it finds a
// library): only a library it never found, followed by the loader's message or its exit
// status 127 right after the search, is the failure.

import type { Finding } from '../../model/index.js';
import type { CallView } from '../../decode/call-view.js';
import { LOADER_EXIT_STATUS, LOADER_MESSAGES, LOADER_SUBDIRS, SHARED_LIBRARY_NAME } from '../../knowledge/exec-failures.js';
import { OPEN_CALLS, WRITE_CALLS } from '../state/index.js';
import type { Proc } from '../state/index.js';
import { pathIn } from '../observations.js';
import type { Detector, DetectorRun, Observation } from '../types.js';
import { lineList, procName, setPid } from './describe.js';

/** One library the loader looked for in one process image. */
interface Search {
  name: string;
  /** Directories it looked in (hwcaps subdirectories folded into their directory), in order. */
  dirs: string[];
  lines: number[];
  events: number[];
  found: boolean;
}

/** What one process image (since its last successful execve) did about libraries. */
interface Image {
  proc: Proc;
  libs: Map<string, Search>;
  /** The library missed last, and how many calls the process made since. */
  lastMiss?: Search;
  callsSince: number;
  message?: { name: string; text: string; line: number; seq: number };
}

/** The loader exits within a few calls of its last miss (a stat of the directory, its message, exit_group). */
const CALLS_BEFORE_EXIT = 6;
const MAX_LIBS = 200;
const MAX_PROCS = 10_000;

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The search directory of a miss: `/lib/x86_64-linux-gnu/glibc-hwcaps/x86-64-v3/libX.so` → `/lib/x86_64-linux-gnu`. */
function searchDir(path: string): string {
  let dir = path.slice(0, path.lastIndexOf('/')) || '/';
  for (let prev = ''; prev !== dir; ) {
    prev = dir;
    dir = dir.replace(LOADER_SUBDIRS, '') || '/';
  }
  return dir;
}

/** The library a loader message on stderr names, with the message. */
function loaderMessage(call: CallView): { name: string; text: string } | undefined {
  if (!WRITE_CALLS.has(call.name) || call.fd(0) !== 2) return undefined;
  const bufs = call.buffers();
  const text = bufs.map((b) => b.value).join('');
  for (const re of LOADER_MESSAGES) {
    const m = re.exec(text);
    // Shown with a mark where strace's string limit cut a piece.
    if (m) return { name: m[1]!, text: bufs.map((b) => b.value + (b.truncated ? '…' : '')).join('').trim() };
  }
  return undefined;
}

class MissingLibraryRun implements DetectorRun {
  private images = new Map<number, Image>();
  private out: Finding[] = [];

  observe(o: Observation): void {
    const p = o.proc;
    if (!p) return;
    const call = o.call;
    if (o.analyzed.event.type === 'exit') {
      this.judge(p, o.analyzed.event.code);
      return;
    }
    if (!call) return;
    if ((call.name === 'execve' || call.name === 'execveat') && !call.failed && call.ev.status === 'complete') {
      // A new program image: the loader starts over.
      this.images.delete(p.key);
      if (this.images.size < MAX_PROCS) this.images.set(p.key, { proc: p, libs: new Map(), callsSince: 0 });
      return;
    }
    const img = this.images.get(p.key);
    if (!img) return;
    img.callsSince++;
    if (call.name === 'exit_group' || call.name === 'exit') {
      this.judge(p, call.int(0));
      return;
    }
    const msg = loaderMessage(call);
    if (msg) {
      img.message = { ...msg, line: call.ev.line, seq: call.ev.seq };
      return;
    }
    if (OPEN_CALLS[call.name] === undefined) return;
    const path = pathIn(call, p);
    if (path === undefined) return;
    const name = baseName(path);
    if (!SHARED_LIBRARY_NAME.test(name)) return;
    let s = img.libs.get(name);
    if (!call.failed) {
      if (s) s.found = true;
      return;
    }
    if (call.errno !== 'ENOENT' && call.errno !== 'ENOTDIR') return;
    if (!s) {
      if (img.libs.size >= MAX_LIBS) return;
      s = { name, dirs: [], lines: [], events: [], found: false };
      img.libs.set(name, s);
    }
    const dir = searchDir(path);
    if (!s.dirs.includes(dir)) s.dirs.push(dir);
    // The first misses and the last one: where the search started and where it gave up.
    const at = Math.min(s.lines.length, 3);
    s.lines[at] = call.ev.line;
    s.events[at] = call.ev.seq;
    img.lastMiss = s;
    img.callsSince = 0;
  }

  /** The process image ended (exit_group, or its exit line): did the loader give up? */
  private judge(p: Proc, code: number | undefined): void {
    const img = this.images.get(p.key);
    if (!img) return;
    this.images.delete(p.key);
    const msg = img.message;
    let lib: Search | undefined;
    if (msg) lib = img.libs.get(msg.name) ?? { name: msg.name, dirs: [], lines: [], events: [], found: false };
    else if (code === LOADER_EXIT_STATUS && img.lastMiss && !img.lastMiss.found && img.callsSince <= CALLS_BEFORE_EXIT) lib = img.lastMiss;
    if (!lib) return;
    this.out.push(this.finding(p, lib, msg, code));
  }

  private finding(p: Proc, lib: Search, msg: Image['message'], code: number | undefined): Finding {
    const who = procName(p.info);
    const n = lib.dirs.length;
    const dirs = n ? `${lib.dirs.slice(0, 8).join(', ')}${n > 8 ? ', …' : ''}` : '';
    const parts = [
      `The dynamic loader could not start ${who}: the program needs the shared library ${lib.name} and it was not found` +
        (n ? ` in any of the ${String(n)} director${n === 1 ? 'y' : 'ies'} searched (${dirs}).` : '.'),
    ];
    if (msg) parts.push(`It said so on stderr (line ${String(msg.line)}): "${msg.text.replace(/\s+/g, ' ')}".`);
    if (code !== undefined) parts.push(`It then exited with status ${String(code)} before the program's own code ran.`);
    const f: Finding = {
      id: 'missing-library',
      severity: 'error',
      title: `shared library not found: ${lib.name}`,
      explanation: parts.join(' '),
      hint:
        `Install the package that provides ${lib.name}, or tell the loader where it is (LD_LIBRARY_PATH, the program's RUNPATH, ` +
        'or a directory in /etc/ld.so.conf.d then `ldconfig`); `ldd PROGRAM` lists every library it cannot find.',
      lines: lineList(...lib.lines, msg?.line),
      events: [...lib.events, ...(msg ? [msg.seq] : [])].sort((a, b) => a - b),
    };
    setPid(f, p.info);
    return f;
  }

  finish(): Finding[] {
    // A process still running at the end of the trace that printed the loader's message.
    for (const img of this.images.values()) {
      if (!img.message) continue;
      const lib = img.libs.get(img.message.name) ?? { name: img.message.name, dirs: [], lines: [], events: [], found: false };
      this.out.push(this.finding(img.proc, lib, img.message, undefined));
    }
    return this.out;
  }
}

export const missingLibrary: Detector = {
  ids: ['missing-library'],
  create: () => new MissingLibraryRun(),
};
