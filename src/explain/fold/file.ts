// Open → read/stat/seek… → close of one file, told in one sentence.

import { returnedError } from '../../decode/failure.js';
import { FILE_USE_CALLS, MEMORY_CALLS, PROBE_CALLS } from '../../knowledge/story-calls.js';
import { fdOf, OTHER_PIDS_LOOKAHEAD } from './probes.js';
import { openStory, type Open, type StoryRule } from './types.js';

export const fileRule: StoryRule = {
  kinds: ['file'],
  lookahead: OTHER_PIDS_LOOKAHEAD,
  start(s) {
    if (!PROBE_CALLS.has(s.ev.syscall) || !/^open/.test(s.ev.syscall) || returnedError(s.ev)) return undefined;
    const p = s.call.firstString();
    const r = s.call.ret;
    if (p === undefined || r === undefined || r < 0) return undefined;
    const o = openStory('file', s);
    o.fds.add(r);
    o.found = p;
    return o;
  },
  accepts(o, s) {
    // Everything done with the one file it opened, up to its close.
    const name = s.ev.syscall;
    const fd = fdOf(s);
    // Growing the heap for the buffer is part of reading the file.
    if (name === 'brk' || (MEMORY_CALLS.has(name) && (fd === undefined || fd === -1) && name !== 'mmap') || (name === 'mmap' && fd === -1)) return true;
    if (fd === undefined || !o.fds.has(fd) || !FILE_USE_CALLS.has(name)) return false;
    if (name === 'newfstatat' && s.call.firstString() !== '') return false;
    if (name.startsWith('close')) o.done = true;
    return true;
  },
  close(o, singles) {
    // A failure while using the file is worth its own line: keep such sequences unfolded.
    const bad = o.items.some((i) => i.event.type === 'syscall' && returnedError(i.event) && !(i.event.ret?.errno === 'ENOTTY' && /^ioctl/.test(i.event.syscall)));
    return o.items.length < 3 || bad ? singles() : [{ kind: 'file', sentence: fileSentence(o), items: o.items }];
  },
};

/** What was done with the file, in one sentence. */
function fileSentence(o: Open): string {
  let read = 0;
  let written = 0;
  let listed = false;
  let mapped = false;
  let closed = false;
  for (const it of o.items.slice(1)) {
    const ev = it.event;
    if (ev.type !== 'syscall') continue;
    const n = ev.syscall.replace(/_nocancel$/, '');
    const v = ev.ret?.value;
    const r = v === null || v === undefined ? 0 : v;
    // Only "is it a terminal?" answered no can fail inside a folded file story.
    if (returnedError(ev)) continue;
    if (/^(read|readv|pread|pread64)$/.test(n)) read += Math.max(0, r);
    else if (/^(write|writev|pwrite|pwrite64)$/.test(n)) written += Math.max(0, r);
    else if (/^getd/.test(n)) listed = true;
    else if (n === 'mmap') mapped = true;
    else if (n === 'close') closed = true;
  }
  const fd = [...o.fds][0];
  const what: string[] = [];
  if (listed) what.push('listed its entries');
  if (read) what.push(`read ${String(read)} byte${read === 1 ? '' : 's'}`);
  if (written) what.push(`wrote ${String(written)} byte${written === 1 ? '' : 's'}`);
  if (mapped) what.push('mapped it into memory');
  if (!what.length) what.push('checked it');
  const tail = closed ? ' and closed it' : ` (fd ${String(fd)} not closed yet)`;
  return `Opened ${o.found!} as fd ${String(fd)}, ${what.join(', ')}${tail} (${String(o.items.length)} calls)`;
}
