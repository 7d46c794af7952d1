// What a slice or instant shows when selected in the viewer: the call as strace printed it,
// tracex's sentence, the line it came from, and each decoded argument by its role. Trace text
// is untrusted: every string is sanitised (no control characters, bidi overrides) and cut.

import type { AnalyzedEvent } from '../../analyze/index.js';
import { epLabel } from '../../analyze/detectors/describe.js';
import { returnedError } from '../../decode/failure.js';
import { lookupSyscall } from '../../knowledge/syscalls.js';
import type { DecodedArg, TraceFormat } from '../../model/index.js';
import { callText } from '../call.js';
import { sanitize } from '../sanitize.js';
import { cutCall } from '../text.js';
import type { Args } from './trace-events.js';

/** Longest call text and argument value kept (a 1 MiB write would make the viewer crawl). */
const CALL_CHARS = 2000;
const ARG_CHARS = 400;

const cut = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** An argument as a person reads it: the endpoint, the constants' names, the string, else the text. */
function argValue(a: DecodedArg): string {
  if (a.endpoint) return epLabel(a.endpoint);
  if (a.fdInfo?.type === 'path') return `${a.text} (${a.fdInfo.path})`;
  const names = a.named?.map((n) => n.name ?? String(n.value));
  if (names?.length) return names.join('|');
  return a.string ?? a.text;
}

/** Where the event came from: line (and file, for several inputs). */
function origin(a: AnalyzedEvent, out: Args): Args {
  out.line = a.event.line;
  if (a.event.lines.length > 1) out.lines = a.event.lines;
  if (a.event.file !== undefined) out.file = sanitize(a.event.file);
  return out;
}

export function eventArgs(a: AnalyzedEvent, explanation: string): Args {
  return origin(a, { explanation: sanitize(explanation) });
}

export function callArgs(a: AnalyzedEvent, explanation: string, format: TraceFormat): Args {
  const ev = a.event;
  const out: Args = { call: sanitize(cutCall(callText(ev, a.decoded, format), CALL_CHARS)), explanation: sanitize(explanation) };
  if (ev.type === 'syscall') {
    out.family = lookupSyscall(ev.syscall)?.family ?? 'other';
    if (returnedError(ev)) out.failed = true;
    if (ev.status !== 'complete') out.status = ev.status;
    if (ev.ret) out.result = sanitize(cut(ev.ret.text, ARG_CHARS));
    const errno = a.decoded?.errno;
    if (errno) out.errno = sanitize(errno.message ? `${errno.name ?? String(errno.value)} (${errno.message})` : (errno.name ?? String(errno.value)));
  }
  for (const arg of a.decoded?.args ?? []) {
    // Roles repeat in a few calls (two paths): keep both.
    let key = `arg.${arg.role}`;
    for (let i = 2; key in out; i++) key = `arg.${arg.role}${String(i)}`;
    out[key] = sanitize(cut(argValue(arg), ARG_CHARS));
  }
  return origin(a, out);
}
