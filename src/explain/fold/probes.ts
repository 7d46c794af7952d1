// The dynamic loader's library search, glibc's locale probes, and the nscd check: routine
// start-up sequences whose misses are by design. Which paths belong to which story is
// knowledge (knowledge/probes.ts), shared with the analyzer's expected-probe groups.

import { CallView } from '../../decode/call-view.js';
import { returnedError } from '../../decode/failure.js';
import { epPath } from '../../decode/text.js';
import { probeStory } from '../../knowledge/probes.js';
import { LOADER_FD_CALLS, MEMORY_CALLS, PROBE_CALLS } from '../../knowledge/story-calls.js';
import { baseName, openStory, openedFd, osOf, type ExplainedEvent, type Open, type Step, type StoryRule } from './types.js';

/** Other-process events a probe run may let pass before it is told as it stands. */
export const OTHER_PIDS_LOOKAHEAD = 16;

/** The fd a call works on; mmap's is its fifth argument, and -1 (anonymous) however printed. */
export function fdOf(s: Step): number | undefined {
  if (!s.ev.syscall.startsWith('mmap')) return s.call.printedInt(0);
  const v = s.call.int(4);
  return v === 0xffffffff || v === 0xffffffffffffffff ? -1 : v;
}

/** The loader's or the locale's story, for a path that belongs to one. */
function loaderOrLocale(path: string): 'loader' | 'locale' | undefined {
  const story = probeStory(path);
  return story === 'loader' || story === 'locale' ? story : undefined;
}

export const loaderLocaleRule: StoryRule = {
  kinds: ['loader', 'locale'],
  lookahead: OTHER_PIDS_LOOKAHEAD,
  start(s) {
    if (!PROBE_CALLS.has(s.ev.syscall)) return undefined;
    const p = s.call.firstString();
    const kind = p === undefined ? undefined : loaderOrLocale(p);
    if (!kind) return undefined;
    const o = openStory(kind, s);
    const fd = openedFd(s);
    if (fd !== undefined) o.fds.add(fd);
    return o;
  },
  accepts(o, s) {
    const name = s.ev.syscall;
    if (PROBE_CALLS.has(name)) {
      const p = s.call.firstString();
      if (p === undefined || loaderOrLocale(p) !== o.kind) {
        // newfstatat(3, "", …) on a file the run opened.
        const fd = s.call.fd(0);
        return p === '' && fd !== undefined && o.fds.has(fd);
      }
      const fd = openedFd(s);
      if (fd !== undefined) o.fds.add(fd);
      return true;
    }
    const fd = fdOf(s);
    if (LOADER_FD_CALLS.has(name) && fd !== undefined && o.fds.has(fd)) {
      if (name.startsWith('close')) o.fds.delete(fd);
      return true;
    }
    // The loader maps and protects segments between opens.
    return o.kind === 'loader' && MEMORY_CALLS.has(name) && (fd === undefined || fd === -1 || o.fds.has(fd));
  },
  close(o, singles) {
    if (o.items.length < 2) return singles();
    return [{ kind: o.kind, sentence: probeSentence(o), items: o.items, expected: true }];
  },
};

function probeSentence(o: Open): string {
  const opened: string[] = [];
  let misses = 0;
  for (const it of o.items) {
    const ev = it.event;
    if (ev.type !== 'syscall' || !PROBE_CALLS.has(ev.syscall)) continue;
    const p = stepPath(it);
    if (p === undefined || p === '') continue;
    if (returnedError(ev)) misses++;
    else if (/open/.test(ev.syscall) && !opened.includes(p)) opened.push(p);
  }
  const n = o.items.length;
  if (o.kind === 'loader') {
    const libs = opened.filter((p) => !/ld\.so\.cache$/.test(p)).map(baseName);
    const list = libs.slice(0, 6).join(', ') + (libs.length > 6 ? ` and ${String(libs.length - 6)} more` : '');
    const what = libs.length ? `loaded ${list}` : opened.length ? 'read its cache' : 'found nothing';
    const miss = misses ? `; ${String(misses)} expected miss${misses === 1 ? '' : 'es'} while searching` : '';
    return `Dynamic loader ${what}${miss} (${String(n)} calls)`;
  }
  const found = opened.map(baseName);
  const list = found.slice(0, 4).join(', ') + (found.length > 4 ? ` and ${String(found.length - 4)} more` : '');
  return `Looked for locale and translation files: ${found.length ? `found ${list}` : 'none found'}${misses ? `, ${String(misses)} not present (optional, normal)` : ''} (${String(n)} calls)`;
}

// ------------------------------------------------------------------ nscd

/** A UNIX socket, then a connect to nscd's socket, then its close. */
export const nscdRule: StoryRule = {
  kinds: ['nscd'],
  lookahead: OTHER_PIDS_LOOKAHEAD,
  start(s) {
    if (s.ev.syscall !== 'socket' || returnedError(s.ev)) return undefined;
    const fam = s.call.names(0);
    if (!fam.has('AF_UNIX') && !fam.has('AF_LOCAL') && s.call.int(0) !== 1) return undefined;
    // Could be the start of an nscd probe: decided by the next call.
    const o = openStory('nscd', s);
    const r = s.call.ret;
    if (r !== undefined) o.fds.add(r);
    return o;
  },
  accepts(o, s) {
    const fd = s.call.fd(0);
    if (o.items.length === 1) {
      if (!/^connect/.test(s.ev.syscall) || fd === undefined || !o.fds.has(fd)) return false;
      const p = epPath(s.call.endpoint(1));
      return p !== undefined && probeStory(p) === 'nscd';
    }
    if (s.ev.syscall.startsWith('close') && fd !== undefined && o.fds.has(fd)) {
      o.done = true;
      return true;
    }
    return false;
  },
  close(o, singles) {
    if (o.items.length < 2) return singles();
    const connect = o.items[1]!;
    const ev = connect.event.type === 'syscall' ? connect.event : undefined;
    const ok = !ev || !returnedError(ev);
    const path = (ev && stepPathOfConnect(connect)) ?? '/var/run/nscd/socket';
    const sentence = ok
      ? `Asked the name service cache daemon (nscd) at ${path}: it is running`
      : `Checked for the name service cache daemon (nscd) at ${path}: not running (${ev?.ret?.errno ?? 'error'}), so lookups read /etc files directly — normal`;
    return [{ kind: 'nscd', sentence, items: o.items, expected: true }];
  },
};

/** The path a probe call looked up. */
export function stepPath(it: ExplainedEvent): string | undefined {
  return it.event.type === 'syscall' ? CallView.of(it.event, osOf(it), it.decoded).firstString() : undefined;
}

function stepPathOfConnect(it: ExplainedEvent): string | undefined {
  return it.event.type === 'syscall' ? epPath(CallView.of(it.event, osOf(it), it.decoded).endpoint(1)) : undefined;
}
