// A real capture of test/fixtures/real/ (its README says how each was made), analysed as the CLI does.

import { fileURLToPath } from 'node:url';
import { Analyzer, type AnalysisResult } from '../../src/analyze/index.js';
import { overview } from '../../src/explain/overview.js';
import { readTraceFile } from '../../src/index.js';

export const realFixture = (name: string): string => fileURLToPath(new URL(`../fixtures/real/${name}.strace.txt`, import.meta.url));

/** The analysis of a real fixture, with its "In short" line. */
export async function analyzeReal(name: string): Promise<AnalysisResult & { inShort: string }> {
  const { events, stats } = await readTraceFile(realFixture(name));
  const a = new Analyzer({ os: stats.os, format: stats.format });
  for (const ev of events) a.push(ev);
  const r = a.finish(stats);
  return { ...r, inShort: overview(r) };
}
