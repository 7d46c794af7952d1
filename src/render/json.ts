// The whole explained report as one JSON document: `input`, `stats`, `processes`,
// `sockets`, `events` (each with its `explanation`, and the folded story it belongs to),
// `findings`, `unparsed`. Event objects are the `tracex parse` shape plus those fields.
//
// The document is `JSON.stringify(report, null, 2)`, but built in pieces so a long trace
// never holds the whole object tree: each event is turned into its text as its story is
// told (reportEventJsonText in event-json.ts, where an event's shape is defined), and the
// frame around the events is written at the end (reportJsonFrame). renderJson joins the
// same pieces.

import { reportEventJsonText, reportEventToJson, statsToJson } from './event-json.js';
import type { ExplainedReport } from './types.js';

/** The report as one object (for callers that want the tree, not text). */
export function reportToJson(report: ExplainedReport): Record<string, unknown> {
  const events: Record<string, unknown>[] = [];
  report.stories.forEach((s, i) => {
    for (const it of s.items) events.push(reportEventToJson(s, i, it));
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

/** Between two event texts. */
export const EVENT_SEPARATOR = ',\n';

/**
 * The report's text around its events: `head` + `[` … `]` + `tail`, where the array is
 * `[]` with no events, else `[\n` + event texts joined by EVENT_SEPARATOR + `\n  ]`.
 */
export function reportJsonFrame(report: Omit<ExplainedReport, 'stories'>): { head: string; tail: string } {
  const first = JSON.stringify(
    { input: report.input, stats: statsToJson(report.stats), processes: report.processes, sockets: report.sockets, events: [] },
    null,
    2,
  );
  // `…"events": []\n}` → up to the array.
  const head = first.slice(0, -'[]\n}'.length);
  const rest = JSON.stringify({ findings: report.findings, unparsed: report.unparsed }, null, 2);
  // `{\n  "findings": …\n}` → `,\n  "findings": …\n}\n`.
  const tail = rest === '{}' ? '\n}\n' : ',\n' + rest.slice(2) + '\n';
  return { head, tail };
}

/** The array text for event texts already made. */
export function eventsArrayText(texts: readonly string[]): string {
  return texts.length === 0 ? '[]' : '[\n' + texts.join(EVENT_SEPARATOR) + '\n  ]';
}

export function renderJson(report: ExplainedReport): string {
  const { head, tail } = reportJsonFrame(report);
  const texts: string[] = [];
  report.stories.forEach((s, i) => {
    for (const it of s.items) texts.push(reportEventJsonText(s, i, it));
  });
  return head + eventsArrayText(texts) + tail;
}
