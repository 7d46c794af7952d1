// Every call of every real trace in the corpus goes through decodeCall (via the real format
// readers): nothing throws, every errno the tracer printed is known in its OS's table, every
// strace sockaddr struct becomes an endpoint, every fd decoration is understood.

import { createReadStream, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { decodeCall, lookupConstant } from '../../src/decode/index.js';
import type { TraceFormat } from '../../src/model/index.js';
import { openTraceInputs } from '../../src/parse/pipeline.js';
import { describeCorpus } from '../helpers/corpus.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

/** Solaris DTraceToolkit samples (dtruss 17-19) use Solaris syscall names. */
const SOLARIS = /^(fdsync|llseek|lwp_sigmask|memcntl|resolvepath|sysconfig|xstat)$/;

interface Tally {
  calls: number;
  problems: string[];
  endpoints: Record<string, number>;
}

async function sweep(dir: string, from: TraceFormat): Promise<Tally> {
  const tally: Tally = { calls: 0, problems: [], endpoints: {} };
  for (const f of readdirSync(CORPUS + dir).filter((n) => n.endsWith('.txt') && n !== 'INDEX.md')) {
    const trace = await openTraceInputs([{ name: f, stream: createReadStream(CORPUS + dir + '/' + f) }], { from });
    for await (const ev of trace.events()) {
      if (ev.type !== 'syscall') continue;
      tally.calls++;
      const where = `${f}:${ev.line} ${ev.syscall}`;
      const d = decodeCall(ev, trace.os);
      if (ev.ret?.errno && (!d.errno?.name || Number.isNaN(d.errno.value))) tally.problems.push(`${where}: errno ${ev.ret.errno} unknown`);
      if (ev.ret?.errnoNumber && !d.errno?.name) tally.problems.push(`${where}: errno ${ev.ret.errnoNumber} has no name`);
      if (from !== 'nanos' && !ev.syscall.startsWith('syscall_') && !SOLARIS.test(ev.syscall) && !lookupConstant(trace.os, 'syscall', ev.syscall))
        tally.problems.push(`${where}: syscall name unknown`);
      for (const a of d.args) {
        if (a.kind === 'sockaddr' && a.text.includes('sa_family=') && !a.endpoint) tally.problems.push(`${where}: sockaddr not decoded`);
        if (a.fdInfo?.type === 'other') tally.problems.push(`${where}: fd decoration ${a.fdInfo.text}`);
        if (a.endpoint) {
          const k = a.endpoint.family + (a.endpoint.inferred ? ' (inferred)' : '');
          tally.endpoints[k] = (tally.endpoints[k] ?? 0) + 1;
        }
      }
    }
  }
  return tally;
}

describeCorpus('decoding the whole corpus', () => {
  test('strace (Linux)', async () => {
    const t = await sweep('strace', 'strace');
    expect(t.calls).toBeGreaterThan(20000);
    expect(t.problems).toEqual([]);
    expect(t.endpoints['AF_INET']).toBeGreaterThan(100);
    expect(t.endpoints['AF_INET6']).toBeGreaterThan(10);
    expect(t.endpoints['AF_UNIX']).toBeGreaterThan(100);
    expect(t.endpoints['AF_NETLINK']).toBeGreaterThan(0);
    expect(t.endpoints['AF_PACKET']).toBeGreaterThan(0);
    expect(t.endpoints['AF_??? (200)']).toBeGreaterThan(0);
  }, 60_000);

  test('dtruss (Darwin)', async () => {
    const t = await sweep('dtruss', 'dtruss');
    expect(t.calls).toBeGreaterThan(500);
    expect(t.problems).toEqual([]);
    // Rails (00) and Adobe (21) UNIX connects, boost (09) and Adobe INET, Go (05) IPv6 bind, Adobe AF_SYSTEM
    expect(t.endpoints['AF_UNIX (inferred)']).toBe(2);
    expect(t.endpoints['AF_INET (inferred)']).toBe(2);
    expect(t.endpoints['AF_INET6 (inferred)']).toBe(1);
    expect(t.endpoints['AF_SYSTEM (inferred)']).toBe(1);
  }, 60_000);

  test('Nanos (Linux numbering)', async () => {
    const t = await sweep('nanos', 'nanos');
    expect(t.calls).toBeGreaterThan(100);
    expect(t.problems).toEqual([]);
  }, 60_000);
});
