import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/tui/components/App.js';
import { fit } from '../../src/tui/text.js';
import type { TraceStore } from '../../src/tui/store.js';
import { loadStore, sample, waitFor } from './helpers.js';

const ESC = '\u001b';
const DOWN = '\u001b[B';
const TAB = '\t';
const ENTER = '\r';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

async function open(store: TraceStore, width = 120, height = 32) {
  const app = render(<App store={store} width={width} height={height} />);
  cleanup = () => {
    app.unmount();
    store.stop();
  };
  // The first screen: rows and the status bar.
  await waitFor(app.lastFrame, (f) => f.includes('strace/linux'));
  return app;
}

/** Types keys one at a time, waiting for the frame to settle on `until`. */
async function press(app: Awaited<ReturnType<typeof open>>, keys: string | string[], until: (f: string) => boolean): Promise<string> {
  for (const k of typeof keys === 'string' ? [keys] : keys) app.stdin.write(k);
  return waitFor(app.lastFrame, until);
}

/** The raw lines from their first row (r, then g). */
async function rawFromTop(app: Awaited<ReturnType<typeof open>>): Promise<string> {
  await press(app, 'r', (fr) => fr.includes('raw lines: one row per trace line'));
  return press(app, 'g', (fr) => fr.includes('event 1 · line 1'));
}

describe('browse UI', () => {
  it('opens on the story: the brief, the most severe finding, and the event it cites selected, with no key pressed', async () => {
    const app = await open(await loadStore(sample('psql-unix-socket-enoent.strace.txt')));
    const f = await waitFor(app.lastFrame, (fr) => fr.includes('event 995 · line 995'));
    expect(f).toContain('● error connect to /tmp/.s.PGSQL.5432 failed: ENOENT  (most severe of 2 findings · Tab: all)');
    expect(f).toMatch(/In short: psql \(pid 11214\), run as "\/usr\/lib\/postgresql\/15\/bin\/psql -h \/tmp -p 5432", exited with status 2\./);
    // The selected row is the failed connect, its result kept; the detail pane explains it.
    expect(f).toMatch(/● +995 11214 connect\(3, .*= -1 ENOENT  → Tried to connect fd 3/);
    expect(f).toContain('Tried to connect fd 3 (UNIX stream socket) to the UNIX socket /tmp/.s.PGSQL.5432 (PostgreSQL)');
    // Folded stories: the CLI's summaries and sentences.
    expect(f).toMatch(/▸ \[3 calls: openat ×3\]  → Looked for locale and translation files/);
    expect(f).toMatch(/story \d+\/\d+ \(1,008 events\)/);
    for (const line of f.split('\n')) expect(line.length).toBeLessThanOrEqual(120);
  });

  it('a clean trace opens on the brief saying nothing looked wrong, at the start of the story', async () => {
    const store = await loadStore(new URL('../fixtures/real/curl-http-ok.strace.txt', import.meta.url).pathname);
    const app = await open(store);
    const f = await waitFor(app.lastFrame, (fr) => fr.includes('No findings'));
    expect(f).toContain('✓ No findings: nothing looked wrong in this trace.');
    expect(f).toMatch(/In short: curl \(pid \d+\)/);
    expect(f).toContain('event 1 · line 1');
  });

  it('e in the story shows the raw lines told as sentences, the selection kept', async () => {
    const app = await open(await loadStore(sample('psql-unix-socket-enoent.strace.txt')));
    await waitFor(app.lastFrame, (fr) => fr.includes('event 995 · line 995'));
    const f = await press(app, 'e', (fr) => /995\/1,008/.test(fr));
    expect(f).toMatch(/995 11214 Tried to connect fd 3 \(UNIX stream socket\) to the UNIX socket \/tmp\/\.s\.PGSQL\.5432/);
    expect(f).not.toContain('▸ [');
  });

  it('x opens a fold and shows its calls under it; x again closes it', async () => {
    const app = await open(await loadStore(sample('psql-unix-socket-enoent.strace.txt')));
    await waitFor(app.lastFrame, (fr) => fr.includes('event 995 · line 995'));
    let f = await press(app, 'g', (fr) => fr.includes('event 1 · line 1'));
    expect(f).toMatch(/4 11214 ▸ \[34 calls: mmap ×16, openat ×4, newfstatat ×4, close ×4,…  → Dynamic loader loaded libm\.so\.6/);
    f = await press(app, ['j', 'j', 'j'], (fr) => fr.includes('Story of 34 calls (loader)'));
    f = await press(app, 'x', (fr) => fr.includes('▾ access('));
    expect(f).toMatch(/4 11214 ▾ access\("\/etc\/ld\.so\.preload", R_OK\) = -1 ENOENT  → /);
    expect(f).toMatch(/5 11214 │ openat\(AT_FDCWD, "\/etc\/ld\.so\.cache", O_RDONLY\|O_CLOE… = 3  → Opened \/etc\/ld\.so\.cache/);
    f = await press(app, ['j', 'x'], (fr) => fr.includes('▸ [34 calls'));
    expect(f).not.toContain('│ openat(AT_FDCWD, "/etc/ld.so.cache"');
  });

  it('shows the first rows with line, pid and call, the status bar and the detail of the first event (raw lines)', async () => {
    const store = await loadStore(sample('psql-unix-socket-enoent.strace.txt'));
    const app = await open(store);
    const f = await rawFromTop(app);
    expect(f).toContain('1 11214 execve("/usr/bin/psql", ["psql", "-h", "/tmp", "-p", "5432"], 0x7ffcfa20d768 /* 39 vars */) = 0');
    expect(f).toContain('psql-unix-socket-enoent.strace.txt · strace/linux · 1/1,008');
    expect(f).toContain('2 findings');
    // Detail pane: the raw line with its number.
    expect(f).toMatch(/1 │ 11214 execve\("\/usr\/bin\/psql"/);
    // Long rows are cut with an ellipsis and keep their result visible; nothing wraps.
    for (const line of f.split('\n')) expect(line.length).toBeLessThanOrEqual(120);
    expect(f).toMatch(/mmap\(0x7f7b1bfe9000, 475136, PROT_READ\|PROT_EXEC, .*… = 0x7f7b1bfe9000/);
  });

  it('moves with j and shows the selected event in the detail pane', async () => {
    const app = await open(await loadStore(sample('psql-unix-socket-enoent.strace.txt')));
    await rawFromTop(app);
    const f = await press(app, 'j', (fr) => fr.includes('event 2 · line 2'));
    expect(f).toContain('2 │ 11214 brk(NULL)                         = 0x55aa10641000');
    await press(app, DOWN, (fr) => fr.includes('event 3 · line 3'));
  });

  it('searches for the socket path and explains the failed connect with its errno meaning and fd history', async () => {
    const app = await open(await loadStore(sample('psql-unix-socket-enoent.strace.txt')), 120, 50);
    await press(app, '/', (f) => f.includes('Enter search'));
    await press(app, '.s.PGSQL', (f) => f.includes('/.s.PGSQL'));
    let f = await press(app, ENTER, (fr) => fr.includes('event 995'));
    // The raw line, wrapped under its line number rather than cut.
    expect(f).toContain('995 │ 11214 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.s.PGSQL.5432"}, 110) = -1 ENOENT (No such file or directo\n        │ ry)');
    expect(f).toContain('Result -1 ENOENT (No such file or directory)');
    expect(f).toMatch(/Here: nothing is listening at that path/);
    // Arguments with their roles.
    expect(f).toMatch(/addr\s+\{sa_family=AF_UNIX, sun_path="\/tmp\/\.s\.PGSQL\.5432"\}\s+→ sockaddr/);
    // Enter puts the keys in the detail pane; G scrolls to its end: the socket it touched and
    // its history, the current event marked.
    await press(app, ENTER, (fr) => fr.includes('Esc back'));
    f = await press(app, 'G', (fr) => fr.includes('Findings citing this event'));
    expect(f).toMatch(/fd 3 of pid 11214: socket s\d+ AF_UNIX SOCK_STREAM/);
    expect(f).toMatch(/> +995 +connect\(3/);
    expect(f).toContain('connect to /tmp/.s.PGSQL.5432 failed: ENOENT');
  });

  it('f shows failed calls only, c clears', async () => {
    const app = await open(await loadStore(sample('psql-unix-socket-enoent.strace.txt')));
    await rawFromTop(app);
    let f = await press(app, 'f', (fr) => fr.includes('filter: failed') && fr.includes('expected hidden'));
    // As `tracex --failed`: the failure that matters, not the loader's probe of /etc/ld.so.preload.
    expect(f).toContain('995 11214 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.s.PGSQL.5432"}, 110) = -1 ENOENT');
    expect(f).not.toContain('access("/etc/ld.so.preload"');
    expect(f).toMatch(/filter: failed \(247 expected hidden\)/);
    expect(f).not.toContain('brk(NULL)');
    f = await press(app, 'c', (fr) => !fr.includes('filter:'));
    // Every event again, the first unexpected failure (perl's module search, line 144) still selected.
    expect(f).toContain('144/1,008');
  });

  it('Tab opens the findings view; Enter jumps to the cited event; Esc goes back', async () => {
    const app = await open(await loadStore(sample('psql-unix-socket-enoent.strace.txt')));
    let f = await press(app, TAB, (fr) => fr.includes('connect to /tmp/.s.PGSQL.5432 failed: ENOENT  (line 995)'));
    expect(f).toMatch(/● error\s+connect to \/tmp\/\.s\.PGSQL\.5432 failed: ENOENT/);
    // Under the finding, the whole trace in brief.
    expect(f).toMatch(/In short: psql \(pid 11214\), run as "\/usr\/lib\/postgresql\/15\/bin\/psql -h \/tmp -p 5432", exited with status 2\./);
    f = await press(app, ENTER, (fr) => fr.includes('filter: finding:'));
    expect(f).toContain('995 11214 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.s.PGSQL.5432"}, 110) = -1 ENOENT');
    expect(f).toContain('1/1 of 1,008');
    f = await press(app, ESC, (fr) => !fr.includes('filter:') && fr.includes('Cited events'));
  });

  it('the process view lists psql with its exit status; Enter filters by it', async () => {
    const app = await open(await loadStore(sample('psql-unix-socket-enoent.strace.txt')));
    let f = await press(app, [TAB, TAB], (fr) => fr.includes('11214  exit 2'));
    expect(f).toContain('/usr/lib/postgresql/15/bin/psql -h /tmp -p 5432');
    f = await press(app, ENTER, (fr) => fr.includes('filter: process 11214'));
  });

  it('the process view names a prefork master and its workers and shows a worker\'s fd table', async () => {
    const app = await open(await loadStore(sample('prefork-echo-server.strace.txt')), 120, 40);
    let f = await press(app, [TAB, TAB], (fr) => fr.includes('12553 [master]'));
    expect(f).toMatch(/└ 12554 \[worker\]  exit 0/);
    f = await press(app, 'j', (fr) => fr.includes('Process 12554 (worker), child of 12553'));
    expect(f).toContain('fd 3  AF_INET SOCK_STREAM local 127.0.0.1:40000, listening  (inherited from 12553; shared with 12553, 12555, 12556)');
    expect(f).toMatch(/fd 4  pipe:\[21185\] \(read end\)  \(opened at line 569\)/);
  });

  it('the findings view lists cited events with their pid', async () => {
    const app = await open(await loadStore(sample('prefork-echo-server.strace.txt')), 120, 40);
    const f = await press(app, TAB, (fr) => fr.includes('Cited events'));
    expect(f).toMatch(/^ +\d+ 1255[456]  accept/m);
  });

  it('the sockets/fds view lists the AF_UNIX socket; Enter shows its events', async () => {
    const app = await open(await loadStore(sample('psql-unix-socket-enoent.strace.txt')));
    let f = await press(app, [TAB, TAB, TAB], (fr) => /s\d+ socket/.test(fr));
    expect(f).toMatch(/s\d+ socket +pid 11214 fd 3  AF_UNIX SOCK_STREAM connect \/var\/run\/nscd\/socket failed ENOENT/);
    expect(f).toMatch(/s\d+ socket +pid 11214 fd 3  AF_UNIX SOCK_STREAM connect \/tmp\/\.s\.PGSQL\.5432 failed ENOENT/);
    // Move down to the PostgreSQL socket: the pane under the list describes the selected row.
    const below = (fr: string) => fr.slice(fr.lastIndexOf('─') + 1);
    for (let i = 0; i < 5 && !below(f).includes('PGSQL'); i++) {
      const before = below(f);
      f = await press(app, 'j', (fr) => below(fr) !== before);
    }
    expect(below(f)).toMatch(/s\d+ socket +pid 11214 fd 3  AF_UNIX SOCK_STREAM connect \/tmp\/\.s\.PGSQL\.5432 failed ENOENT/);
    f = await press(app, ENTER, (fr) => fr.includes('filter: s'));
    expect(f).toContain('connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.s.PGSQL.5432"}, 110)');
  });

  it('? shows the key help from the binding table', async () => {
    const app = await open(await loadStore(sample('psql-unix-socket-enoent.strace.txt')));
    const f = await press(app, '?', (fr) => fr.includes('Keys ('));
    expect(f).toMatch(/f\s+toggle failed calls only/);
    expect(f).toMatch(/Tab\s+next view/);
    await press(app, 'q', (fr) => !fr.includes('Keys ('));
  });

  it('shows the first screen while the trace is still being read, and grows', async () => {
    const store = await loadStore(sample('psql-unix-socket-enoent.strace.txt'), false);
    const app = render(<App store={store} width={100} height={20} />);
    cleanup = () => {
      app.unmount();
      store.stop();
    };
    await waitFor(app.lastFrame, (f) => f.includes('(1,008 events)') && f.includes('2 findings'));
  });
});

describe('fit', () => {
  it('escapes control characters (a made-up string, not a trace line) and cuts with an ellipsis', () => {
    expect(fit('write(1, "\u001b[2J\u0007", 5)', 100)).toBe('write(1, "\\x1b[2J\\a", 5)');
    expect(fit('abcdefghij', 5)).toBe('abcd…');
  });
});

describe('browse UI: explained rows', () => {
  it('e shows plain-language sentences in the list, again the raw calls', async () => {
    const store = await loadStore(sample('psql-unix-socket-enoent.strace.txt'));
    const app = render(<App store={store} width={120} height={32} />);
    cleanup = () => {
      app.unmount();
      store.stop();
    };
    await waitFor(app.lastFrame, (f) => f.includes('2 findings'));
    app.stdin.write('r');
    await waitFor(app.lastFrame, (fr) => fr.includes('raw lines'));
    app.stdin.write('g');
    await waitFor(app.lastFrame, (fr) => fr.includes('event 1 · line 1'));
    app.stdin.write('e');
    const f = await waitFor(app.lastFrame, (fr) => fr.includes('1 11214 Started running /usr/bin/psql as: psql -h /tmp -p 5432'));
    expect(f).not.toContain('brk(NULL)');
    app.stdin.write('e');
    await waitFor(app.lastFrame, (fr) => fr.includes('2 11214 brk(NULL) = 0x55aa10641000'));
  });
});
