// The JSON report is built in pieces (the head, each event's line as its story is told, the
// tail at the end) so a long trace never holds the whole object tree; the pieces must make
// one valid document holding exactly the report's objects, one event per line.
import { describe, expect, it } from 'vitest';
import { renderJson, reportToJson } from '../../src/render/json.js';
import { corpusReport } from '../helpers/report.js';
import { describeCorpus } from '../helpers/corpus.js';

/** The report's objects as JSON gives them back (undefined fields dropped). */
const roundTrip = (o: unknown): unknown => JSON.parse(JSON.stringify(o));

describeCorpus('renderJson', () => {
  it('holds the report, folded stories included, one event per line (a_psql_unix_socket_enoent.txt)', async () => {
    const r = await corpusReport('strace/a_psql_unix_socket_enoent.txt');
    expect(r.stories.some((s) => s.items.length > 1)).toBe(true);
    const text = renderJson(r);
    const doc = JSON.parse(text) as { events: { syscall?: string; explanation: string; line: number }[] };
    expect(doc).toEqual(roundTrip(reportToJson(r)));
    // What is known at the start comes first, what only the end knows after the events.
    expect(Object.keys(doc)).toEqual(['schema', 'input', 'events', 'stats', 'processes', 'sockets', 'findings', 'inShort', 'unparsed']);
    expect((doc as unknown as { schema: number }).schema).toBe(2);
    expect((doc as unknown as { inShort: string }).inShort).toMatch(/^psql \(pid 11214\).* exited with status 2\. What went wrong: connect to \/tmp\/\.s\.PGSQL\.5432 failed: ENOENT\.$/);
    expect(doc.events.some((e) => e.syscall === 'connect' && /PGSQL\.5432/.test(e.explanation))).toBe(true);
    // Each event is one line of the array, in order; grep finds an event by its line number.
    const lines = text.split('\n');
    const open = lines.indexOf('  "events": [');
    const eventLines = lines.slice(open + 1, open + 1 + doc.events.length);
    expect(eventLines.map((l) => JSON.parse(l.replace(/,$/, '')) as unknown)).toEqual(doc.events);
    expect(eventLines.every((l) => l.startsWith('    {"type":'))).toBe(true);
    expect(lines[open + 1 + doc.events.length]).toBe('  ],');
    // The rest is indented as usual.
    expect(text).toContain('\n  "stats": {\n    "type": "stats",');
    expect(text.endsWith('\n}\n')).toBe(true);
  });

  it('prints an empty event list as []', async () => {
    const r = { ...(await corpusReport('strace/a_psql_unix_socket_enoent.txt')), stories: [] };
    expect(renderJson(r)).toContain('"events": [],\n  "stats": {');
    expect(JSON.parse(renderJson(r))).toEqual(roundTrip(reportToJson(r)));
  });
});

