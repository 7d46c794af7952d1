import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../grammars/args.js';
import { explainOptions, explainTrace } from '../../src/cli/explain.js';
import { openTrace } from '../../src/cli/input.js';
import type { Story } from '../../src/explain/fold.js';
import { reportEventJsonText, reportEventToJson } from '../../src/render/event-json.js';
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
  it('gives the same object and text for every event whether the argument tree is given or parsed again (a_psql_unix_socket_enoent.txt)', async () => {
    const all = await stories('strace/a_psql_unix_socket_enoent.txt');
    expect(all.some((s) => s.items.length > 1)).toBe(true);
    let calls = 0;
    all.forEach((s, i) => {
      for (const it of s.items) {
        const tree = it.event.type === 'syscall' ? parseArgs(it.event.args) : undefined;
        if (tree) calls++;
        expect(reportEventToJson(s, i, it, tree)).toEqual(reportEventToJson(s, i, it));
        expect(reportEventJsonText(s, i, it, tree)).toBe(reportEventJsonText(s, i, it));
      }
    });
    expect(calls).toBeGreaterThan(50);
  });

  it('uses the tree it is given instead of parsing the text again', async () => {
    const all = await stories('strace/a_psql_unix_socket_enoent.txt');
    const s = all.find((x) => x.items.some((it) => it.event.type === 'syscall' && it.event.syscall === 'connect'))!;
    const it = s.items.find((x) => x.event.type === 'syscall' && x.event.syscall === 'connect')!;
    // Line 995: `11214 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.s.PGSQL.5432"}, 110) = -1 ENOENT (...)`
    const tree = parseArgs(it.event.type === 'syscall' ? it.event.args : '');
    expect(tree.items[1]?.kind).toBe('struct');
    const o = reportEventToJson(s, 0, it, tree);
    expect(o.args).toBe(tree.items);
  });
});
