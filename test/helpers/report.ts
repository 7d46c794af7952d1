// The explained report of a corpus trace, as the CLI builds it, for renderer tests.
import { PassThrough } from 'node:stream';
import { explainOptions, explainTrace } from '../../src/cli/explain.js';
import { openTrace } from '../../src/cli/input.js';
import type { Story } from '../../src/explain/fold.js';
import type { ExplainedReport } from '../../src/render/types.js';
import { CORPUS } from './corpus.js';

export async function corpusReport(file: string): Promise<ExplainedReport> {
  const trace = await openTrace([CORPUS + file], {}, new PassThrough());
  const stories: Story[] = [];
  const opts = explainOptions({}, { isTTY: false, env: {} });
  const { hiddenProbes: _h, ...rest } = await explainTrace(trace, opts, true, (s) => {
    stories.push(s);
  });
  return { ...rest, stories };
}
