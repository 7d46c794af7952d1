// `tracex browse -e … -P …`: the command line's filters are the event list's first filter, shown in
// the status bar, and `c` clears them like any other.
import { createReadStream } from 'node:fs';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/tui/components/App.js';
import { TraceStore } from '../../src/tui/store.js';
import { openTraceInputs } from '../../src/parse/pipeline.js';
import { eventPasses, parseFilterExpressions, type EventFilter } from '../../src/pipeline/index.js';
import { sample, waitFor } from './helpers.js';

describe('browse with command-line filters', () => {
  it('starts with only the calls -e keeps, says so, and c lists every event again', async () => {
    const path = sample('psql-unix-socket-enoent.strace.txt');
    const filter: EventFilter = { failed: false, pids: [], fds: [], trace: parseFilterExpressions(['trace=%network']).trace };
    const trace = await openTraceInputs([{ name: path, stream: createReadStream(path) }], {});
    const store = new TraceStore(
      { name: 'psql-unix-socket-enoent.strace.txt', files: [path], format: trace.format, os: trace.os },
      { filters: { calls: { label: '-e trace=%network', test: (ev) => eventPasses(ev, filter) } } },
    );
    const done = store.load(trace.batches(), () => trace.stats);
    const app = render(<App store={store} width={120} height={30} />);
    try {
      await done;
      const f = await waitFor(app.lastFrame, (fr) => fr.includes('filter: -e trace=%network') && / of 1,008/.test(fr));
      // psql's socket and its failed connect (lines 993, 995 of the sample); no execve, no mmap.
      expect(f).toContain('connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.s.PGSQL.5432"}, 110)');
      expect(f).not.toContain('execve(');
      expect(f).not.toContain('mmap(');
      app.stdin.write('c');
      // Every event again, told as the story (the browser's unfiltered list): no filter named.
      await waitFor(app.lastFrame, (fr) => /story \d+\/\d+ \(1,008 events\)/.test(fr) && !fr.includes('filter:'));
    } finally {
      app.unmount();
      store.stop();
    }
  });
});
