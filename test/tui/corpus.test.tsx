// Every real trace in the corpus opens in the browser and survives a walk through every
// view; a description that cannot be built shows why instead of taking the UI down.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/tui/components/App.js';
import { detailLines } from '../../src/tui/detail.js';
import { loadStore, waitFor } from './helpers.js';
import { describeCorpus, hasCorpus } from '../helpers/corpus.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

function traces(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...traces(p));
    else if (name.endsWith('.txt') && !name.endsWith('.stderr.txt')) out.push(p);
  }
  return out.sort();
}

describeCorpus('browse every corpus trace', () => {
  const files = hasCorpus ? traces(CORPUS) : [];

  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files.map((f) => [f.slice(CORPUS.length), f]))('%s: every event describes itself; the views open', async (_name, file) => {
    let store;
    try {
      store = await loadStore(file);
    } catch (err) {
      // Not a trace the reader accepts (an empty capture, a format error): nothing to browse.
      expect((err as Error).name).toBe('FormatError');
      return;
    }
    for (let i = 0; i < store.events.length; i++) expect(() => detailLines(store, i, 100)).not.toThrow();
    const app = render(<App store={store} width={100} height={24} />);
    try {
      await waitFor(app.lastFrame, (f) => f.includes(`/${store.info.os}`));
      for (const k of ['G', '\r', 'j', '\u001b', 'e', 'f', 'c', '\t', '\r', '\u001b', '\t', '\t', '\t']) app.stdin.write(k);
      // Ink shows a render error as an ERROR box in place of the UI.
      const f = await waitFor(app.lastFrame, (fr) => fr.includes(' Events ') && fr.split('\n').length <= 24);
      expect(f).not.toMatch(/ERROR/);
    } finally {
      app.unmount();
      store.stop();
    }
  });
});

describeCorpus('the detail pane', () => {
  it('says what a followed pointer shows: execve argv is an array, not "pointer" (a_psql_unix_socket_enoent.txt:1)', async () => {
    const store = await loadStore(CORPUS + 'strace/a_psql_unix_socket_enoent.txt');
    try {
      const idx = [...Array(store.events.length).keys()].find((i) => store.events.syscall(i) === 'execve')!;
      const text = detailLines(store, idx, 200).map((l) => l.text);
      expect(text.find((t) => t.trimStart().startsWith('argv'))).toMatch(/→ array \(the tracer shows its contents\)$/);
      // An address strace did not follow stays a pointer.
      expect(text.find((t) => t.trimStart().startsWith('envp'))).toMatch(/→ pointer$/);
    } finally {
      store.stop();
    }
  });
});
