// The whole explained report as one JSON document: `input`, `events` (each with its
// `explanation`, and the folded story it belongs to), then `stats`, `processes`, `sockets`,
// `findings`, `unparsed`. Event objects are the `tracex parse` shape plus those fields.
//
// The document is built in pieces so that a long trace never holds the whole object tree:
// the head (`input`) is known before the first event, each event becomes one line of text as
// its story is told (reportEventJsonText in event-json.ts, where an event's shape is
// defined), and the tail (what only the end of the trace knows) follows the array. The rest
// of the document is indented as JSON.stringify(…, null, 2) would. renderJson joins the
// same pieces.

import { reportEventJsonText, reportEventToJson, statsToJson } from './event-json.js';
import type { ExplainedReport } from './types.js';
import { jsonText } from './sanitize.js';

/** The report as one object (for callers that want the tree, not text). */
export function reportToJson(report: ExplainedReport): Record<string, unknown> {
  const events: Record<string, unknown>[] = [];
  report.stories.forEach((s, i) => {
    for (const it of s.items) events.push(reportEventToJson(s, i, it));
  });
  return {
    input: report.input,
    events,
    stats: statsToJson(report.stats),
    processes: report.processes,
    sockets: report.sockets,
    findings: report.findings,
    unparsed: report.unparsed,
  };
}

/** `{\n  "input": {…},\n  "events": `: the report up to its event array. */
export function reportJsonHead(input: ExplainedReport['input']): string {
  const text = jsonText({ input, events: [] }, 2);
  return text.slice(0, -'[]\n}'.length);
}

/** `,\n  "stats": {…},\n  …\n  "unparsed": […]\n}\n`: the report after its event array. */
export function reportJsonTail(report: Omit<ExplainedReport, 'stories' | 'input'>): string {
  const text = jsonText(
    { stats: statsToJson(report.stats), processes: report.processes, sockets: report.sockets, findings: report.findings, unparsed: report.unparsed },
    2,
  );
  return ',\n' + text.slice(2) + '\n';
}

/** The event array is `[]`, or `[` + `\n` before each event text (`,\n` between) + `\n  ]`. */
export const EVENTS_OPEN = '[';
export const EVENTS_CLOSE = { empty: ']', full: '\n  ]' };
export const eventLead = (first: boolean): string => (first ? '\n' : ',\n');

export function renderJson(report: ExplainedReport): string {
  const parts = [reportJsonHead(report.input), EVENTS_OPEN];
  let first = true;
  report.stories.forEach((s, i) => {
    for (const it of s.items) {
      parts.push(eventLead(first), reportEventJsonText(s, i, it));
      first = false;
    }
  });
  parts.push(first ? EVENTS_CLOSE.empty : EVENTS_CLOSE.full, reportJsonTail(report));
  return parts.join('');
}
