// The whole explained report as one JSON document: `input`, `stats`, `processes`,
// `sockets`, `events` (each with its `explanation`, and the folded story it belongs to),
// `findings`, `unparsed`. Event objects are the `tracex parse` shape plus those fields.
//
// The document is `JSON.stringify(report, null, 2)`, but built in pieces so a long trace
// never holds the whole object tree: each event is turned into its text as its story is
// told (eventJsonText), and the frame around the events is written at the end
// (reportJsonFrame). renderJson joins the same pieces.

import type { ExplainedEvent, Story } from '../explain/fold.js';
import type { DecodedCall } from '../model/index.js';
import { eventToJson, statsToJson } from './event-json.js';
import type { ExplainedReport } from './types.js';

/** One event as the report's JSON object. `index`: the story's place in the narrative. */
export function eventToReportJson(story: Story, index: number, it: ExplainedEvent): Record<string, unknown> {
  const o = eventToJson(it.event, { args: true });
  o.explanation = it.explanation;
  if (it.decoded) o.decoded = decodedToJson(it.decoded);
  if (story.items.length > 1 || story.kind !== 'event') o.story = { index, kind: story.kind, sentence: story.sentence, size: story.items.length };
  return o;
}

export function reportToJson(report: ExplainedReport): Record<string, unknown> {
  const events: Record<string, unknown>[] = [];
  report.stories.forEach((s, i) => {
    for (const it of s.items) events.push(eventToReportJson(s, i, it));
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

// Stringified inside a one-element `events` array, the event comes out indented as in
// the report; these are the characters around it.
const WRAP_HEAD = '{\n  "events": [\n'.length;
const WRAP_TAIL = '\n  ]\n}'.length;

/** One event's text as it stands inside the report's `events` array (indented, no comma). */
export function eventJsonText(story: Story, index: number, it: ExplainedEvent): string {
  const text = JSON.stringify({ events: [eventToReportJson(story, index, it)] }, null, 2);
  return text.slice(WRAP_HEAD, text.length - WRAP_TAIL);
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
    for (const it of s.items) texts.push(eventJsonText(s, i, it));
  });
  return head + eventsArrayText(texts) + tail;
}
