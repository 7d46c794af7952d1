// write-failed: data that could not be written because of where it was going — a full disk,
// a used-up quota, an I/O error, a read-only file system, a file at its size limit. (EPIPE,
// the reader gone, is broken-pipe.) Writes, and the fsync/close that report a delayed error.

import type { Finding, ProcessInfo } from '../../model/index.js';
import { WRITE_CALLS } from '../state/index.js';
import type { Detector, DetectorRun, Observation } from '../types.js';
import { callLines, errnoText, fdWords, INJECTED_NOTE, lineList, procName, setPid } from './describe.js';

/** Errors of write(2), fsync(2) and close(2) that are about the destination, with what they mean there and what to do. */
export const WRITE_ERRORS: Readonly<Record<string, { meaning: string; hint: string }>> = {
  ENOSPC: {
    meaning: 'the file system it is on has no space (or no inodes) left',
    hint: 'Free space on that file system (`df -h PATH`; `df -i PATH` for inodes) or write somewhere else.',
  },
  EDQUOT: {
    meaning: "the user's disk quota on that file system is used up",
    hint: 'Check the quota (`quota -s`) and free some of it, or write somewhere else.',
  },
  EIO: {
    meaning: 'the device or network file system reported a low-level I/O error',
    hint: 'Look in the kernel log (`dmesg`) for disk, controller or network file system errors.',
  },
  EROFS: {
    meaning: 'the file system is mounted read-only',
    hint: 'Write somewhere writable, or remount the file system read-write if it should be.',
  },
  EFBIG: {
    meaning: 'the file would grow past the largest size allowed (the file system limit or `ulimit -f`)',
    hint: 'Check `ulimit -f` and the file system’s maximum file size.',
  },
};

/** Calls that report an earlier write's failure. */
const FLUSH_CALLS = new Set(['fsync', 'fdatasync', 'close', 'msync', 'sync_file_range']);

interface Failed {
  proc: ProcessInfo;
  what: string;
  errno: string;
  errnoText: string;
  syscall: string;
  /** strace injected the error (-e inject). */
  injected: boolean;
  count: number;
  lines: number[];
  events: number[];
}

class WriteFailedRun implements DetectorRun {
  private byKey = new Map<string, Failed>();

  observe(o: Observation): void {
    const call = o.call;
    const p = o.proc;
    if (!call || !p) return;
    const errno = call.errno;
    if (errno === undefined || !(errno in WRITE_ERRORS)) return;
    if (!WRITE_CALLS.has(call.name) && !FLUSH_CALLS.has(call.name)) return;
    // close reports the entry it closed.
    const fd = o.analyzed.fd ?? o.analyzed.closed?.[0];
    const what = fdWords(fd, o.analyzed.socket);
    const key = `${String(p.tgid)}:${what}:${errno}`;
    let f = this.byKey.get(key);
    if (!f) {
      if (this.byKey.size >= 100) return;
      f = { proc: p.info, what, errno, errnoText: errnoText(call), syscall: call.name, injected: call.injected, count: 0, lines: [], events: [] };
      this.byKey.set(key, f);
    }
    f.count++;
    if (f.lines.length < 6) {
      f.lines.push(...callLines(call.ev));
      f.events.push(call.ev.seq);
    }
  }

  finish(): Finding[] {
    const out: Finding[] = [];
    for (const f of this.byKey.values()) {
      const e = WRITE_ERRORS[f.errno]!;
      // /dev/full answers every write so, by design: programs are tested against it.
      const meaning = f.errno === 'ENOSPC' && f.what.endsWith('(/dev/full)') ? 'it is /dev/full, which refuses every write as a full disk would (it exists to test that)' : e.meaning;
      const finding: Finding = {
        id: 'write-failed',
        severity: f.injected ? 'info' : 'error',
        title: `${f.syscall === 'close' || FLUSH_CALLS.has(f.syscall) ? `${f.syscall} of` : 'write to'} ${f.what} failed: ${f.errno}`,
        explanation:
          `${procName(f.proc)} could not write to ${f.what}: ${f.syscall} got ${f.errnoText}${f.count > 1 ? ` (${String(f.count)} times)` : ''}. ` +
          (f.injected ? INJECTED_NOTE : `Here that means ${meaning}, so the data was not written.`),
        hint: e.hint,
        lines: lineList(...f.lines),
        events: f.events,
      };
      setPid(finding, f.proc);
      out.push(finding);
    }
    return out;
  }
}

export const writeFailed: Detector = {
  ids: ['write-failed'],
  create: () => new WriteFailedRun(),
};
