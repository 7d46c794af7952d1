// One plain-language sentence per event. The words come from the catalogue (data); this
// module only picks the template (done / zero / tried / unfinished) and fills it.

import type { SyscallEvent } from '../model/index.js';
import { errnoMeaning } from '../knowledge/errno-meanings.js';
import { IOCTL_WORDS, lookupSyscall } from '../knowledge/syscalls.js';
import { CallView } from '../decode/call-view.js';
import { argViews, rolesOf } from './args.js';
import { argByRole, isAnalyzer, names, stateFromAnalyzer, type AnalyzerLike, type Ctx, type ExplainInput, type ExplainState } from './context.js';
import { errnoName, errnoPhrase } from './phrases.js';
import { fillTemplate } from './placeholders.js';
import { explainExit, explainSignal } from './signal.js';

/**
 * The sentence for one event, with the state right after it (an Analyzer, or any
 * ExplainState). Never throws; unknown calls get a generic sentence.
 */
export function explainEvent(a: ExplainInput, analyzer: ExplainState | AnalyzerLike = {}): string {
  const state = isAnalyzer(analyzer) ? stateFromAnalyzer(analyzer) : analyzer;
  const ev = a.event;
  switch (ev.type) {
    case 'syscall':
      return explainCall(ev, a, state);
    case 'signal':
      return explainSignal(ev.signal, ev.info, ev.stopped);
    case 'exit':
      return explainExit(ev);
    case 'attach':
      return `The tracer attached to process ${String(ev.target ?? ev.pid ?? '?')}${ev.threads ? ` with ${String(ev.threads)} threads` : ''}`;
    case 'detach':
      return `The tracer detached from process ${String(ev.target ?? ev.pid ?? '?')}`;
    case 'tracer':
      return `Tracer message: ${ev.message}`;
    case 'output':
      return 'Output of the traced program (not a system call)';
    case 'summary':
      return ev.syscall ? `Summary table row for ${ev.syscall}` : 'Part of a summary table';
    case 'unparsed':
      return `This line could not be read (${ev.reason})`;
  }
}


function explainCall(ev: SyscallEvent, a: ExplainInput, state: ExplainState): string {
  const entry = lookupSyscall(ev.syscall);
  const call = CallView.of(ev, a.decoded?.os ?? 'linux', a.decoded);
  const ctx: Ctx = { ev, call, entry, params: argViews(ev, a.decoded, entry), a, state, pid: ev.pid ?? ev.tid };
  if (!entry) return genericCall(ctx);

  const ret = ev.ret;
  const errno = errnoName(ev, a.decoded);
  const fill = (t: string): string => fillTemplate(t, ctx);

  if (ev.syscall === 'exit' || ev.syscall === 'exit_group') {
    return argByRole(ctx, 'status') ? fill(entry.done) : `${ev.syscall === 'exit' ? 'Exited the thread' : 'Exited'} (status not shown)`;
  }
  // Old Nanos traces print calls without arguments: say so rather than fill in blanks.
  if (call.printedNoArgs && rolesOf(entry).length > 0 && ctx.params.length === 0) {
    // A new fd is worth naming even without arguments: "Created a socket as fd 3".
    const needsArgs = /\{(?!sockkind\})[A-Za-z0-9_]+\}/.test(entry.done);
    if (!errno && !needsArgs && entry.result?.includes('{retfd}') && (ret?.value ?? -1) >= 0) return fill(entry.done) + fill(entry.result);
    return argless(ctx, errno);
  }
  if (ev.status === 'unfinished' || ev.status === 'detached') {
    const why = ev.status === 'detached' ? 'the tracer detached before it returned' : 'it had not returned when the trace ended';
    return `Started to ${fill(entry.act)}; ${why}`;
  }
  if (ev.status === 'interrupted' || (ret && ret.value === null && !errno)) {
    return `Was waiting to ${fill(entry.act)} when the process ended; the call never returned`;
  }
  if (errno) {
    if (ev.syscall === 'rt_sigreturn' || ev.syscall === 'sigreturn') {
      return `Returned from a signal handler; the call it interrupted now ${errno === 'EINTR' ? 'fails with EINTR' : `ends with ${errno}`}`;
    }
    if (errno.startsWith('ERESTART') || errno === 'EINTR') {
      return `Was interrupted by a signal while trying to ${fill(entry.act)} — ${errnoMeaning(errno, []) ?? 'a signal arrived'}`;
    }
    if (errno === 'ENOTTY' && (ev.syscall === 'ioctl' || ev.syscall === 'ioctl_nocancel')) {
      const req = names(argByRole(ctx, 'req'))[0] ?? argByRole(ctx, 'req')?.text ?? '';
      const notty = IOCTL_WORDS[req]?.[2];
      if (notty) return fill(notty);
    }
    return `Tried to ${fill(entry.act)}: ${errnoPhrase(errno, ctx)}`;
  }
  if (ret && ret.value === 0 && entry.zero) return fill(entry.zero);
  return plural(fill(entry.done) + (entry.result ? fill(entry.result) : ''));
}

function argless(ctx: Ctx, errno: string | undefined): string {
  const { ev } = ctx;
  const head = `Called ${ev.syscall} (the tracer did not print its arguments)`;
  if (ev.status === 'unfinished') return `${head}; it had not returned when the trace ended`;
  if (errno) return `${head}: ${errnoPhrase(errno, ctx)}`;
  const r = ev.ret?.value;
  if (r === null || r === undefined) return head;
  if (ctx.entry?.result?.includes('{retfd}')) return `${head}, which returned fd ${String(r)}`;
  return r === 0 ? head : `${head}, which returned ${String(r)}`;
}

/** "1 bytes" → "1 byte". */
function plural(s: string): string {
  if (!s.includes('1 ')) return s; // most sentences: no regexp pass
  return s.replace(/\b1 (byte|message|event|entrie)s\b/g, (_m, w: string) => `1 ${w === 'entrie' ? 'entry' : w}`);
}

function genericCall(ctx: Ctx): string {
  const { ev } = ctx;
  const m = /^syscall_(0x[0-9a-f]+|\d+)$/.exec(ev.syscall);
  const what = m ? `an unknown system call (number ${String(Number(m[1]))})` : `${ev.syscall}`;
  const errno = errnoName(ev, ctx.a.decoded);
  if (ev.status === 'unfinished') return `Started to call ${what}; it had not returned when the trace ended`;
  if (errno) return `Called ${what}: it failed with ${errno} (${errnoPhrase(errno, ctx)})`;
  const r = ev.ret?.text;
  return `Called ${what}${r !== undefined && r !== '0' && r !== '?' ? `, which returned ${r}` : ''}`;
}

