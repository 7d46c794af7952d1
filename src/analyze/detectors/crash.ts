// Crashes the trace shows only in the text around the calls:
// - Nanos: the kernel's own fault and signal lines (the VM has no `+++ killed by` line), and its
//   crash dump when the kernel itself faulted (killed-by-signal, kernel-crash, nonzero-exit).
// - A process that raised SIGABRT on itself (abort(): `__pthread_kill(…, SIGABRT)` in dtruss) with
//   its runtime's last words on stderr (an uncaught exception, a failed assertion), when the trace
//   does not show how it ended (dtruss prints no exit line). Where strace shows the death, the
//   killed-by-signal finding of process.ts tells it.

import type { Finding, Severity } from '../../model/index.js';
import { lookupConstant } from '../../decode/index.js';
import { abortMessage, crashInOutput, nanosCrashFact, SELF_SIGNAL_CALLS, type AbortMessage, type NanosCrashFact } from '../../knowledge/crash-messages.js';
import type { Detector, DetectorContext, DetectorRun, Observation } from '../types.js';
import { lineList, procName, setPid } from './describe.js';
import { SIGNAL_MEANINGS } from './process.js';
import type { Proc } from '../state/index.js';
import { cutText } from '../../text/width.js';

/** Signals whose default action does not end the program. */
const HARMLESS_BY_DEFAULT = new Set(['SIGCHLD', 'SIGURG', 'SIGWINCH', 'SIGCONT']);

interface Seen<T> {
  fact: T;
  line: number;
  seq: number;
}

class NanosCrash {
  private facts = new Map<NanosCrashFact['kind'], Seen<NanosCrashFact>>();
  private frames: Seen<NanosCrashFact & { kind: 'kernel-frame' }>[] = [];

  constructor(private readonly ctx: DetectorContext) {}

  see(text: string, line: number, seq: number): void {
    const fact = nanosCrashFact(text);
    if (!fact) return;
    if (fact.kind === 'kernel-frame') {
      if (this.frames.length < 8) this.frames.push({ fact, line, seq });
      return;
    }
    // The first of each kind: the fault that started it, not the echoes that follow.
    if (!this.facts.has(fact.kind)) this.facts.set(fact.kind, { fact, line, seq });
  }

  private get<K extends NanosCrashFact['kind']>(kind: K): Seen<NanosCrashFact & { kind: K }> | undefined {
    return this.facts.get(kind) as Seen<NanosCrashFact & { kind: K }> | undefined;
  }

  findings(): Finding[] {
    const out: Finding[] = [];
    const kernel = this.kernelCrash();
    if (kernel) out.push(kernel);
    const user = this.userCrash();
    if (user) out.push(user);
    const exit = this.get('exit');
    // ops prints the status only when it is not 0; an exit call in the trace is process.ts's to tell.
    const exitCalled = this.ctx.tracker.order.some((p) => p.info.exitCall !== undefined || p.info.exitCode !== undefined);
    if (exit && !kernel && !user && exit.fact.code !== 0 && !exitCalled) {
      out.push({
        id: 'nonzero-exit',
        severity: 'warning',
        title: `the program exited with status ${String(exit.fact.code)}`,
        explanation: `ops reported "exit status ${String(exit.fact.code)}" when the Nanos VM stopped: the program ended with a failure status.`,
        hint: "The program's own output just before it usually says why.",
        lines: [exit.line],
        events: [exit.seq],
      });
    }
    return out;
  }

  /** The kernel's register dump: Nanos itself crashed, whatever the program did. */
  private kernelCrash(): Finding | undefined {
    const k = this.get('kernel-crash');
    if (!k) return undefined;
    const funcs = [...new Set(this.frames.filter((f) => f.line > k.line).map((f) => f.fact.func))];
    const where = funcs.length ? ` in ${funcs[0]!}${funcs.length > 1 ? `, called from ${funcs.slice(1, 3).join(' ← ')}` : ''}` : '';
    return {
      id: 'kernel-crash',
      severity: 'error',
      title: `the Nanos kernel itself crashed (${k.fact.vector}${where})`,
      explanation:
        `The Nanos kernel printed its own crash dump (line ${String(k.line)}: ${k.fact.vector}${where}): ` +
        'the fault happened in kernel code, so this is a bug in Nanos, not in the program; the VM stops there.' +
        (funcs.length > 1 ? ` The frame trace shows the kernel functions it was in: ${funcs.join(' ← ')}.` : ''),
      hint: 'Report it to the Nanos project (github.com/nanovms/nanos/issues) with this dump and the Nanos version; another Nanos release may not have the bug.',
      lines: lineList(k.line, ...this.frames.filter((f) => f.line > k.line).slice(0, 3).map((f) => f.line)),
      events: [k.seq, ...this.frames.filter((f) => f.line > k.line).slice(0, 3).map((f) => f.seq)],
    };
  }

  /** A fatal signal the kernel delivered to the program (no handler: default action). */
  private userCrash(): Finding | undefined {
    const deliver = this.get('deliver');
    const received = this.get('received');
    const fault = this.get('fault');
    const fate = this.get('fate');
    const exit = this.get('exit');
    const signal = deliver?.fact.signal ?? (received ? lookupConstant(this.ctx.os, 'signal', received.fact.signo)?.name : undefined);
    if (!signal || HARMLESS_BY_DEFAULT.has(signal)) return undefined;
    // A handled signal (a JVM's SIGSEGV handler) shows no fate and no `received by tid`.
    const fatal =
      (fate !== undefined && fate.fact.fate !== 'ignored') ||
      (received?.fact.thread !== undefined) ||
      (exit !== undefined && exit.fact.code !== 0);
    if (!fatal) return undefined;
    const addr = (fault?.fact.addr) ?? deliver?.fact.addr ?? this.get('fault-address')?.fact.addr;
    const thread = deliver?.fact.thread ?? received?.fact.thread;
    const parts: string[] = [];
    if (fault) {
      const at = fault.fact.addr ? ` at ${fault.fact.addr}` : '';
      const rip = fault.fact.rip ? `; the instruction at ${fault.fact.rip} ${fault.fact.addr ? 'touched it' : 'faulted'}` : '';
      parts.push(`The Nanos kernel found ${fault.fact.what}${at} (line ${String(fault.line)}${rip}).`);
    }
    const first = deliver ?? received!;
    parts.push(`It delivered ${signal}${thread !== undefined ? ` to thread ${String(thread)}` : ''} (line ${String(first.line)}).`);
    if (fate) parts.push(`The program had no handler for it (${fate.fact.fate}), so it died.`);
    if (exit) parts.push(`ops reported exit status ${String(exit.fact.code)} (line ${String(exit.line)}).`);
    const m = SIGNAL_MEANINGS[signal];
    if (m) parts.push(`That means ${m.meaning}.`);
    const rip = fault?.fact.rip;
    const severity: Severity = m?.severity ?? 'error';
    return {
      id: 'killed-by-signal',
      severity,
      title: `the program crashed: ${signal}${addr ? ` at address ${addr}` : ''}${thread !== undefined ? ` (thread ${String(thread)})` : ''}`,
      explanation: parts.join(' '),
      hint:
        'Nanos writes no core dump: run the same binary on Linux under gdb to see the faulting line' +
        (rip ? `, or look the instruction up in the binary (\`addr2line -f -e PROGRAM ${rip}\`; for a position-independent binary subtract its load address first).` : '.'),
      lines: lineList(fault?.line, first.line, fate?.line, exit?.line),
      events: [fault?.seq, first.seq, fate?.seq, exit?.seq].filter((x): x is number => x !== undefined).sort((a, b) => a - b),
    };
  }
}

interface SelfAbort {
  proc: Proc;
  signal?: Seen<string>;
  message?: Seen<AbortMessage>;
}

class CrashRun implements DetectorRun {
  private nanos: NanosCrash | undefined;
  private aborts = new Map<number, SelfAbort>();
  /** The first crash the program's own output announced. */
  private said: Seen<AbortMessage> | undefined;

  constructor(private readonly ctx: DetectorContext) {
    if (ctx.format === 'nanos') this.nanos = new NanosCrash(ctx);
  }

  observe(o: Observation): void {
    const ev = o.analyzed.event;
    if (ev.type === 'output' && !this.said) {
      const msg = crashInOutput(ev.text);
      if (msg) this.said = { fact: msg, line: ev.line, seq: ev.seq };
    }
    if (this.nanos && (ev.type === 'tracer' || ev.type === 'output')) {
      this.nanos.see(ev.type === 'output' ? ev.text : ev.message, ev.line, ev.seq);
      return;
    }
    const p = o.proc;
    const call = o.call;
    if (!p || !call || this.aborts.size >= 100) return;
    // The stderr message this call completed (its pieces are joined in the process state).
    if (p.lastStderr?.seq === ev.seq) {
      const msg = abortMessage(p.lastStderr.text);
      if (msg) this.entry(p).message ??= { fact: msg, line: ev.line, seq: ev.seq };
    }
    const spec = SELF_SIGNAL_CALLS[call.name];
    if (spec && !call.failed) {
      const target = spec.pid !== undefined ? call.int(spec.pid) : undefined;
      if (target !== undefined && target !== 0 && target !== p.info.pid && target !== p.tgid) return;
      const sig = [...call.names(spec.sig, 'signal')].find((n) => n === 'SIGABRT');
      if (sig) this.entry(p).signal ??= { fact: sig, line: ev.line, seq: ev.seq };
    }
  }

  private entry(p: Proc): SelfAbort {
    let e = this.aborts.get(p.tgid);
    if (!e) this.aborts.set(p.tgid, (e = { proc: p }));
    return e;
  }

  finish(): Finding[] {
    const out = this.nanos?.findings() ?? [];
    for (const a of this.aborts.values()) {
      const info = this.ctx.tracker.procs.get(a.proc.tgid)?.info ?? a.proc.info;
      // The trace shows how it ended: process.ts reports it.
      if (info.signal !== undefined || info.exitCode !== undefined || !a.signal) continue;
      const msg = a.message?.fact;
      const name = procName(info);
      const parts = [`${name} raised SIGABRT on itself (line ${String(a.signal.line)}): that is abort(), which ends the program.`];
      if (msg && a.message) {
        parts.push(`Just before, on stderr (line ${String(a.message.line)}), its runtime reported ${msg.what}${msg.type && msg.type !== msg.detail ? ` of type ${msg.type}` : ''}: "${msg.detail}".`);
      } else parts.push(`That means ${SIGNAL_MEANINGS.SIGABRT!.meaning}.`);
      parts.push('The trace stops before the process is gone (the tracer prints no exit line).');
      const f: Finding = {
        id: 'killed-by-signal',
        severity: 'error',
        title: `${name} aborted (SIGABRT)${msg ? `: ${msg.what} "${short(msg.detail)}"` : ''}`,
        explanation: parts.join(' '),
        hint: msg
          ? msg.what.includes('exception')
            ? 'Find where that exception is thrown and catch it (or fix its cause); the message names what failed.'
            : 'The assertion names the condition that did not hold; look at the code that checks it.'
          : SIGNAL_MEANINGS.SIGABRT!.hint,
        lines: lineList(a.message?.line, a.signal.line),
        events: [a.message?.seq, a.signal.seq].filter((x): x is number => x !== undefined),
      };
      setPid(f, info);
      out.push(f);
    }
    const told = this.toldByOutput(out);
    return told ? [...out, told] : out;
  }

  /** The output says it crashed and nothing else in the trace does (a filtered or dtruss trace). */
  private toldByOutput(found: Finding[]): Finding | undefined {
    const s = this.said;
    if (!s || found.some((f) => f.id === 'killed-by-signal' || f.id === 'kernel-crash')) return undefined;
    if (this.ctx.tracker.order.some((p) => p.info.signal !== undefined)) return undefined;
    return {
      id: 'killed-by-signal',
      severity: 'error',
      title: `the program reported ${s.fact.what}: "${short(s.fact.detail)}"`,
      explanation:
        `The program's own output (line ${String(s.line)}) says it crashed: "${s.fact.detail}". ` +
        'The trace does not show the crash itself (the tracer prints no signal line, or its filter hid the calls around it).',
      hint: 'Run it under a debugger (lldb or gdb) to see where it crashed; the calls just before that output show what it was doing.',
      lines: [s.line],
      events: [s.seq],
    };
  }
}

function short(s: string): string {
  return cutText(s, 80);
}

export const crashFound: Detector = {
  ids: ['killed-by-signal', 'kernel-crash', 'nonzero-exit'],
  create: (ctx) => new CrashRun(ctx),
};
