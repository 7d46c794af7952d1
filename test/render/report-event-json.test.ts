import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../grammars/args.js';
import { printArg } from '../../grammars/print-args.js';
import { explainOptions, explainTrace } from '../../src/cli/explain.js';
import { openTrace } from '../../src/cli/input.js';
import type { Story } from '../../src/explain/fold.js';
import { reportEventJsonText, reportEventToJson } from '../../src/render/event-json.js';
import { jsonText } from '../../src/render/sanitize.js';
import { describeCorpus } from '../helpers/corpus.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

async function stories(file: string): Promise<Story[]> {
  const trace = await openTrace([CORPUS + file], {}, new PassThrough());
  const out: Story[] = [];
  await explainTrace(trace, explainOptions({}, { isTTY: false, env: {} }), true, (s) => {
    out.push(s);
  });
  return out;
}

describeCorpus('reportEventToJson', () => {
  it('carries each call decoded, without the argument tree tracex parse keeps (a_psql_unix_socket_enoent.txt)', async () => {
    const all = await stories('strace/a_psql_unix_socket_enoent.txt');
    expect(all.some((s) => s.items.length > 1)).toBe(true);
    let calls = 0;
    all.forEach((s, i) => {
      for (const it of s.items) {
        const o = reportEventToJson(s, i, it);
        expect(o.args).toBeUndefined();
        expect(reportEventJsonText(s, i, it)).toBe('    ' + jsonText(o));
        if (it.event.type !== 'syscall') continue;
        calls++;
        expect(o.argsText).toBe(it.event.args);
        // Every argument is there once, decoded, with its text as printed.
        const decoded = (o.decoded as { args: { text: string }[] }).args;
        expect(decoded.map((a) => a.text)).toEqual(parseArgs(it.event.args).items.map((a) => printArg(a)));
      }
    });
    expect(calls).toBeGreaterThan(50);
  });

  it("names the connect's address once: decoded, not as a tree beside it (line 995)", async () => {
    const all = await stories('strace/a_psql_unix_socket_enoent.txt');
    const s = all.find((x) => x.items.some((it) => it.event.line === 995))!;
    const it = s.items.find((x) => x.event.line === 995)!;
    // `11214 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.s.PGSQL.5432"}, 110) = -1 ENOENT (...)`
    const text = JSON.stringify(reportEventToJson(s, 0, it));
    expect(text.split('"path":"/tmp/.s.PGSQL.5432"').length - 1).toBe(1);
    expect(text).not.toContain('"kind":"struct"');
  });
});
