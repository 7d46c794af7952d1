// The whole explained report as one JSON document: `input`, `stats`, `processes`,
// `sockets`, `events` (each with its `explanation`, and the folded story it belongs to),
// `findings`, `unparsed`. Event objects are the `tracex parse` shape plus those fields.

import type { DecodedCall } from '../model/index.js';
import { eventToJson, statsToJson } from './event-json.js';
import type { ExplainedReport } from './types.js';

export function reportToJson(report: ExplainedReport): Record<string, unknown> {
  const events: Record<string, unknown>[] = [];
  report.stories.forEach((s, i) => {
    for (const it of s.items) {
      const o = eventToJson(it.event, { args: true });
      o.explanation = it.explanation;
      if (it.decoded) o.decoded = decodedToJson(it.decoded);
      if (s.items.length > 1 || s.kind !== 'event') o.story = { index: i, kind: s.kind, sentence: s.sentence, size: s.items.length };
      events.push(o);
    }
  });
  return {
    input: report.input,
    stats: statsToJson(report.stats),
    processes: report.processes,
    sockets: report.sockets,
    events,
    findings: report.findings,
    unparsed: report.unparsed,
  };
}

function decodedToJson(d: DecodedCall): Record<string, unknown> {
  const o: Record<string, unknown> = { args: d.args };
  if (d.errno) o.errno = d.errno;
  if (d.result) o.result = d.result;
  return o;
}

export function renderJson(report: ExplainedReport): string {
  return JSON.stringify(reportToJson(report), null, 2) + '\n';
}
