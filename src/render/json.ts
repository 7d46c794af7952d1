// The whole explained report as one JSON document: `schema`, `input`, `events` (each with its
// `explanation`, its decoded call, and the folded story it belongs to), then `stats`,
// `processes`, `sockets`, `findings`, `inShort`, `unparsed` (schemas/report.schema.json). Event
// objects are the `tracex parse` shape without the argument tree, plus those fields. Or the same
// as NDJSON (schemas/explain-line.schema.json): one object per line, each with its `type`.
//
// The document is built in pieces so that a long trace never holds the whole object tree:
// the head (`input`) is known before the first event, each event becomes one line of text as
// its story is told (reportEventJsonText in event-json.ts, where an event's shape is
// defined), and the tail (what only the end of the trace knows) follows the array. The rest
// of the document is indented as JSON.stringify(…, null, 2) would. renderJson joins the
// same pieces.

import { overview } from '../explain/overview.js';
import { reportEventJsonText, reportEventToJson, SCHEMA_VERSION, statsToJson } from './event-json.js';
import type { ExplainedReport } from './types.js';
import { jsonText } from './sanitize.js';

/** What only the end of the trace knows, and the trace "in short" (explain/overview.ts). */
type ReportTail = Omit<ExplainedReport, 'stories' | 'input'> & { inShort: string };

/** The report as one object (for callers that want the tree, not text). */
export function reportToJson(report: ExplainedReport): Record<string, unknown> {
  const events: Record<string, unknown>[] = [];
  report.stories.forEach((s, i) => {
    for (const it of s.items) events.push(reportEventToJson(s, i, it));
  });
  return {
    schema: SCHEMA_VERSION,
    input: report.input,
    events,
    stats: statsToJson(report.stats),
    processes: report.processes,
    sockets: report.sockets,
    findings: report.findings,
    inShort: overview(report),
    unparsed: report.unparsed,
  };
}

/** `{\n  "schema": 2,\n  "input": {…},\n  "events": `: the report up to its event array. */
export function reportJsonHead(input: ExplainedReport['input']): string {
  const text = jsonText({ schema: SCHEMA_VERSION, input, events: [] }, 2);
  return text.slice(0, -'[]\n}'.length);
}

/** `,\n  "stats": {…},\n  …\n  "unparsed": […]\n}\n`: the report after its event array. */
export function reportJsonTail(report: ReportTail): string {
  const text = jsonText(
    {
      stats: statsToJson(report.stats),
      processes: report.processes,
      sockets: report.sockets,
      findings: report.findings,
      inShort: report.inShort,
      unparsed: report.unparsed,
    },
    2,
  );
  return ',\n' + text.slice(2) + '\n';
}

/** explain's NDJSON: its first line, what was read (`type: "input"`, with the schema version). */
export function reportNdjsonHead(input: ExplainedReport['input']): string {
  return jsonText({ type: 'input', schema: SCHEMA_VERSION, ...input }) + '\n';
}

/**
 * explain's NDJSON after the events: a line per finding (`type: "finding"`, as `tracex run`
 * writes them), the trace in short (`type: "in-short"`), then the stats line, last as in `parse`.
 * Processes and sockets are in the JSON report.
 */
export function reportNdjsonTail(report: ReportTail): string {
  let text = '';
  for (const f of report.findings) text += jsonText({ type: 'finding', ...f }) + '\n';
  text += jsonText({ type: 'in-short', text: report.inShort }) + '\n';
  return text + jsonText(statsToJson(report.stats)) + '\n';
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
  parts.push(first ? EVENTS_CLOSE.empty : EVENTS_CLOSE.full, reportJsonTail({ ...report, inShort: overview(report) }));
  return parts.join('');
}
