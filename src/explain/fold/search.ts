// A search along a path list (perl @INC, python sys.path, PATH): misses of one name in
// several places, up to where it was found.

import { returnedError } from '../../decode/failure.js';
import { probeStory } from '../../knowledge/probes.js';
import { PROBE_CALLS } from '../../knowledge/story-calls.js';
import { OTHER_PIDS_LOOKAHEAD, stepPath } from './probes.js';
import { baseName, openStory, type Open, type Step, type StoryRule } from './types.js';

/** `warnings.pmc` and `warnings.pm` are one search; so are `foo.py` / `foo.pyc`. */
function stemOf(p: string): string {
  return baseName(p).replace(/\.(pmc|pm|pyc|py|so|rb|js|json|mjs|cjs|dylib)$/, '');
}

/** The lookup found nothing there (ENOENT, or ENOTDIR for a path through a file). */
function missing(s: Step): boolean {
  const e = s.call.errno;
  return e === 'ENOENT' || e === 'ENOTDIR';
}

export const searchRule: StoryRule = {
  kinds: ['search'],
  lookahead: OTHER_PIDS_LOOKAHEAD,
  start(s) {
    if (!PROBE_CALLS.has(s.ev.syscall)) return undefined;
    const p = s.call.firstString();
    if (p === undefined || !missing(s)) return undefined;
    const o = openStory('search', s);
    o.stem = stemOf(p);
    o.stems.add(o.stem);
    return o;
  },
  accepts(o, s) {
    if (!PROBE_CALLS.has(s.ev.syscall)) return false;
    const p = s.call.firstString();
    // Locale and loader probes are routine and tell their own story; mixing them in would
    // hide the real miss among them.
    const story = p === undefined ? undefined : probeStory(p);
    if (p === undefined || story === 'loader' || story === 'locale') return false;
    if (o.found !== undefined) {
      // The open (or second stat) of what was found ends the search.
      if (p !== o.found) return false;
      o.done = true;
      return true;
    }
    if (missing(s)) {
      o.stem = stemOf(p);
      o.stems.add(o.stem);
      return true;
    }
    // Found: the thing the last misses were looking for.
    if (!returnedError(s.ev) && stemOf(p) === o.stem) {
      o.found = p;
      return true;
    }
    return false;
  },
  close(o, singles) {
    if (o.items.length < 2) return singles();
    // One path looked up again (stat, then lstat) is no search: each call keeps its own line.
    const probed = new Set(o.items.map(stepPath));
    if (o.found === undefined && probed.size < 2) return singles();
    return [{ kind: 'search', sentence: searchSentence(o), items: o.items, ...(o.found !== undefined ? { expected: true } : {}) }];
  },
};

function searchSentence(o: Open): string {
  // A path checked twice (stat, then open) is one miss.
  const paths = [...new Set(o.items.flatMap((i) => (i.event.type === 'syscall' && returnedError(i.event) ? [stepPath(i) ?? ''] : [])))];
  const misses = paths.length;
  if (o.stems.size === 1) {
    // The places include the one where it was found.
    const places = new Set([...paths, ...(o.found !== undefined ? [o.found] : [])].map((p) => p.replace(/\/[^/]*$/, ''))).size;
    const where = `in ${String(places)} place${places === 1 ? '' : 's'} (${String(misses)} missing)`;
    return o.found !== undefined ? `Searched for ${baseName(o.found)} ${where}: found ${o.found}` : `Searched for ${o.stem!} ${where}: not found`;
  }
  if (o.found !== undefined) return `Searched for ${baseName(o.found)}: found ${o.found} after ${String(misses)} paths that do not exist`;
  const shown = paths.slice(0, 2).join(', ');
  return `Checked ${String(misses)} paths, none exist: ${shown}${misses > 2 ? ` and ${String(misses - 2)} more` : ''}`;
}
