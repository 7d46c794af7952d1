// The Markdown report on real traces: pipes in a command line stay inside their table
// cell, and a long sequence is cut to fit a GitHub issue with its end kept.
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explainOptions, explainTrace } from '../../src/cli/explain.js';
import { openTrace } from '../../src/cli/input.js';
import type { Story } from '../../src/explain/fold.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import type { ExplainedReport } from '../../src/render/types.js';
import { corpusReport } from '../helpers/report.js';
import { describeCorpus } from '../helpers/corpus.js';



describeCorpus('renderMarkdown', () => {
  it('escapes the pipe of a shell command inside the processes table (l_trace_process_f.txt)', async () => {
    const md = renderMarkdown(await corpusReport('strace/l_trace_process_f.txt'));
    const row = md.split('\n').find((l) => l.startsWith('| 29618 '));
    expect(row).toBeDefined();
    // `sh -c "ls / | wc -l; ..."`: the pipe is escaped, so the row keeps its 6 cells.
    expect(row).toContain('ls / \\| wc -l');
    expect(row!.split(/(?<!\\)\|/).length - 2).toBe(6);
  });

  it('keeps the end of a long sequence and says what it left out', async () => {
    const md = renderMarkdown(await corpusReport('strace/a_psql_unix_socket_enoent.txt'), { maxSequenceChars: 3000 });
    const details = md.slice(md.indexOf('<details>'));
    expect(details).toMatch(/… \d+ steps left out to keep the report small enough for a GitHub issue/);
    expect(details).toContain('+++ exited with 2 +++');
    expect(details.length).toBeLessThan(4000);
  });
});

describe('a strace -ff directory (test/fixtures/real/ff-yes-head)', () => {
  const dir = fileURLToPath(new URL('../fixtures/real/ff-yes-head/', import.meta.url));
  it('names the file of the cited lines and quotes the calls from that file', async () => {
    const trace = await openTrace([dir + 'pipe.23626', dir + 'pipe.23627', dir + 'pipe.23628'], {}, new PassThrough());
    const stories: Story[] = [];
    const { hiddenProbes: _h, ...rest } = await explainTrace(trace, explainOptions({}, { isTTY: false, env: {} }), true, (s) => {
      stories.push(s);
    });
    const r: ExplainedReport = { ...rest, stories };
    const pipe = r.findings.find((f) => f.id === 'broken-pipe')!;
    expect(pipe.file?.endsWith('pipe.23627')).toBe(true);
    const md = renderMarkdown(r);
    expect(md).toContain('Cited lines (pid 23627, in `pipe.23627`):');
    // pipe.23627:115 `15:10:16.997895 write(1, "y\ny\n…"..., 8192) = -1 EPIPE (Broken pipe)`; pipe.23628 has other calls at 115.
    expect(md).toMatch(/ {3}115 {2}23627 write\(1, .*= -1 EPIPE \(Broken pipe\)/);
  });
});
