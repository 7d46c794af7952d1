// create-failed: a path the program could not create because of where it is — a read-only
// file system, a full disk, a used-up quota — named as the cause of the lookups beneath it
// that then failed with ENOENT (those are its consequences, not separate problems). A denied
// creation (EACCES/EPERM) is permission-denied's; its consequences are left out there too.

import type { Finding } from '../../model/index.js';
import type { FailedCreation } from '../chains.js';
import type { Detector, DetectorContext, DetectorRun, Observation } from '../types.js';
import { endedWell, lineList, procName, setPid } from './describe.js';
import { WRITE_ERRORS } from './write.js';

const WHERE_ERRORS = new Set(['EROFS', 'ENOSPC', 'EDQUOT']);
const WHAT: Record<string, string> = { mkdir: 'the directory', mkdirat: 'the directory', mknod: 'the node', mknodat: 'the node' };
const TITLE: Record<string, string> = { EROFS: 'read-only file system', ENOSPC: 'no space left on device', EDQUOT: 'disk quota exceeded' };

class CreateFailedRun implements DetectorRun {
  private roots: FailedCreation[] = [];
  constructor(private readonly ctx: DetectorContext) {}

  observe(o: Observation): void {
    const f = o.failedCreation;
    if (f && WHERE_ERRORS.has(f.errno) && !o.call?.injected) this.roots.push(f);
  }

  finish(): Finding[] {
    return this.roots.map((r) => {
      const e = WRITE_ERRORS[r.errno]!;
      const n = r.followerCount;
      const shown = r.followers
        .map((x) => `${x.proc === r.proc ? '' : `${procName(x.proc)} `}${x.syscall} of ${x.path} (line ${String(x.line)}, ${x.errno})`)
        .join('; ');
      const parts = [
        `${procName(r.proc)} could not create ${WHAT[r.syscall] ?? 'the file'} ${r.path} (${r.syscall} → ${r.errno}): ${e.meaning}.`,
      ];
      if (n > 0)
        parts.push(
          `${n === 1 ? 'A later lookup' : `${String(n)} later lookups`} of it or of a path beneath it failed because it was never created — a consequence, not a separate problem: ${shown}${n > r.followers.length ? ', …' : ''}.`,
        );
      const f: Finding = {
        id: 'create-failed',
        // Nothing depended on it and the program ended well: it coped.
        severity: n === 0 && endedWell(r.proc, this.ctx.tracker) ? 'info' : 'error',
        title: `${TITLE[r.errno] ?? r.errno}: could not create ${r.path}`,
        explanation: parts.join(' '),
        hint: `${e.hint}${r.errno === 'EROFS' ? ' `findmnt -T PATH` shows the mount and whether it is ro.' : ''}`,
        lines: lineList(r.line, ...r.followers.map((x) => x.line)),
        events: [r.seq, ...r.followers.map((x) => x.seq)],
      };
      setPid(f, r.proc);
      return f;
    });
  }
}

export const createFailed: Detector = {
  ids: ['create-failed'],
  create: (ctx) => new CreateFailedRun(ctx),
};
