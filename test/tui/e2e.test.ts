// The built CLI in a real terminal: tmux runs `tracex browse` on a real sample, keys go
// in with send-keys, and the screen comes back with capture-pane.
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, sample } from '../cli/run-cli.js';

const SOCKET = `tracex-e2e-${process.pid}`;
const SESSION = 'browse';

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
}

/** Why tmux cannot run here, or undefined when it can. */
function tmuxProblem(): string | undefined {
  const r = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  if (r.error) return `tmux not found: ${r.error.message}`;
  if (r.status !== 0) return `tmux -V failed: ${r.stderr}`;
  return undefined;
}

const capture = (): string => tmux('capture-pane', '-p', '-t', SESSION);

async function screen(ok: (s: string) => boolean, what: string, ms = 30_000): Promise<string> {
  const end = Date.now() + ms;
  let last = '';
  for (;;) {
    try {
      last = capture();
    } catch {
      last = '(no pane)';
    }
    if (ok(last)) return last;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; screen:\n${last}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function keys(...k: string[]): void {
  tmux('send-keys', '-t', SESSION, ...k);
}

const problem = tmuxProblem();

describe('tracex browse in a real terminal (tmux)', () => {
  afterAll(() => {
    try {
      const socket = tmux('display-message', '-p', '-t', SESSION, '#{socket_path}').trim();
      tmux('kill-server');
      if (socket) rmSync(socket, { force: true });
    } catch {
      // already gone
    }
  });

  if (problem) {
    it.skip(`skipped: tmux cannot run here (${problem})`, () => {});
    return;
  }

  it('opens the psql sample, navigates, searches, filters, opens the findings view and quits', async () => {
    const cmd = `${process.execPath} ${CLI} browse ${sample('psql-unix-socket-enoent.strace.txt')}; echo "tracex exited $?"; sleep 30`;
    tmux('new-session', '-d', '-s', SESSION, '-x', '120', '-y', '40', '-e', 'NO_COLOR=1', cmd);
    // The first screen, no key pressed: the brief, the most severe finding, its event selected.
    let s = await screen((x) => x.includes('strace/linux') && x.includes('event 995 · line 995'), 'the first screen');
    expect(s).toContain('● error connect to /tmp/.s.PGSQL.5432 failed: ENOENT');
    expect(s).toContain('In short: psql (pid 11214)');
    expect(s).toMatch(/● +995 11214 connect\(3, .*= -1 ENOENT  → Tried to connect fd 3 \(UNIX stream socket\)/);
    expect(s).toContain('Result -1 ENOENT (No such file or directory)');

    // Raw lines (r), from the top.
    keys('r', 'g');
    s = await screen((x) => x.includes('1/1,008') && x.includes('event 1 · line 1'), 'raw lines from the top');
    expect(s).toContain('1 11214 execve("/usr/bin/psql", ["psql", "-h", "/tmp", "-p", "5432"], 0x7ffcfa20d768 /* 39 vars */) = 0');

    // Navigate: j twice, then End.
    keys('j', 'j');
    s = await screen((x) => x.includes('event 3 · line 3'), 'row 3');
    expect(s).toContain('3/1,008');
    keys('G');
    s = await screen((x) => x.includes('1008/1,008'), 'the last row');
    expect(s).toContain('+++ exited with 2 +++');

    // Search from the top for the PostgreSQL socket path.
    keys('g', '/');
    await screen((x) => x.includes('Enter search'), 'the search prompt');
    keys('-l', '.s.PGSQL');
    keys('Enter');
    s = await screen((x) => x.includes('event 995 · line 995'), 'the connect found by search');
    expect(s).toContain('Tried to connect fd 3 (UNIX stream socket) to the UNIX socket /tmp/.s.PGSQL.5432');
    expect(s).toContain('Result -1 ENOENT (No such file or directory)');

    // Failed calls only.
    keys('f');
    s = await screen((x) => x.includes('filter: failed'), 'the failed-only filter');
    expect(s).not.toContain('brk(NULL)');
    expect(s).toMatch(/995 11214 connect\(3, \{sa_family=AF_UNIX, sun_path="\/tmp\/\.s\.PGSQL\.5432"\}, 110\) = -1 ENOENT/);
    keys('c');
    await screen((x) => !x.includes('filter:'), 'filters cleared');

    // The findings view, and from a finding to the event it cites.
    keys('Tab');
    s = await screen((x) => x.includes('Cited events'), 'the findings view');
    expect(s).toMatch(/● error\s+connect to \/tmp\/\.s\.PGSQL\.5432 failed: ENOENT/);
    keys('Enter');
    s = await screen((x) => x.includes('filter: finding:'), 'the cited events');
    expect(s).toContain('1/1 of 1,008');

    // Help, then quit: Esc back to findings, q to the event list, q to quit.
    keys('?');
    await screen((x) => x.includes('toggle failed calls only'), 'the help screen');
    keys('Escape');
    await screen((x) => !x.includes('toggle failed calls only'), 'help closed');
    keys('q');
    await screen((x) => x.includes('Cited events'), 'back in the findings view');
    keys('q');
    // Back in the full list, still on the connect the finding cited.
    await screen((x) => !x.includes('Cited events') && x.includes('995/1,008'), 'back in the events view');
    keys('q');
    s = await screen((x) => x.includes('tracex exited'), 'the program to exit');
    expect(s).toContain('tracex exited 0');
  });

  it('tracex -i reads the trace from a pipe and the keys from the terminal', async () => {
    tmux('kill-session', '-t', SESSION);
    const cmd = `cat ${sample('psql-unix-socket-enoent.strace.txt')} | ${process.execPath} ${CLI} -i; echo "tracex exited $?"; sleep 30`;
    tmux('new-session', '-d', '-s', SESSION, '-x', '100', '-y', '30', '-e', 'NO_COLOR=1', cmd);
    let s = await screen((x) => x.includes('(stdin) · strace/linux') && x.includes('2 findings'), 'the first screen');
    keys('f');
    s = await screen((x) => x.includes('filter: failed (247 expected hidden)'), 'the failed-only filter');
    expect(s).toContain('995 11214 connect(3, {sa_family=AF_UNIX');
    expect(s).not.toContain('access("/etc/ld.so.preload"');
    keys('q');
    s = await screen((x) => x.includes('tracex exited'), 'the program to exit');
    expect(s).toContain('tracex exited 0');
  });

  // The pipe stays silent longer than the UI takes to load on a busy machine.
  it('a slow pipe: the UI is up before the first lines come, then the list fills', async () => {
    tmux('kill-session', '-t', SESSION);
    const cmd = `(sleep 8; cat ${sample('psql-unix-socket-enoent.strace.txt')}) | ${process.execPath} ${CLI} browse; echo "tracex exited $?"; sleep 30`;
    tmux('new-session', '-d', '-s', SESSION, '-x', '100', '-y', '30', '-e', 'NO_COLOR=1', cmd);
    await screen((x) => x.includes('waiting for the first lines to tell the format') && x.includes('Waiting for trace lines'), 'the waiting screen');
    await screen((x) => x.includes('(stdin) · strace/linux') && x.includes('(1,008 events)') && x.includes('event 995 · line 995'), 'the story, on the finding');
    keys('q');
    const s = await screen((x) => x.includes('tracex exited'), 'the program to exit');
    expect(s).toContain('tracex exited 0');
  });

  it('draws in colour in a real terminal, also when a CI variable is set; NO_COLOR turns it off', async () => {
    const sgr = (x: string): string[] => [...x.matchAll(/\x1b\[[0-9;]*m/g)].map((m) => m[0]);
    for (const env of [['CI=true', 'TERM=xterm-256color'], ['NO_COLOR=1', 'CI=true']]) {
      spawnSync('tmux', ['-L', SOCKET, 'kill-session', '-t', SESSION]);
      const cmd = `${process.execPath} ${CLI} browse ${sample('psql-unix-socket-enoent.strace.txt')}; echo "tracex exited $?"; sleep 30`;
      tmux('new-session', '-d', '-s', SESSION, '-x', '120', '-y', '40', ...env.flatMap((e) => ['-e', e]), cmd);
      // The failed connect is selected: the cursor row is highlighted and the failure red.
      await screen((x) => x.includes('2 findings') && x.includes('event 995 · line 995'), 'the first screen');
      const coloured = tmux('capture-pane', '-p', '-e', '-t', SESSION);
      if (env[0] === 'NO_COLOR=1') expect(sgr(coloured).filter((c) => c !== '\x1b[0m' && c !== '\x1b[39m' && c !== '\x1b[49m')).toEqual([]);
      else {
        expect(sgr(coloured).length).toBeGreaterThan(2);
        // Red (31) for the failure and the error finding, inverse (7) for the selected row.
        expect(coloured).toMatch(/\x1b\[[0-9;]*\b31m[^\n]*connect to \/tmp\/\.s\.PGSQL\.5432 failed/);
        expect(sgr(coloured).some((c) => /\b7\b/.test(c.slice(2, -1)))).toBe(true);
      }
      keys('q');
      await screen((x) => x.includes('tracex exited'), 'the program to exit');
    }
  });

  it('decodes dtruss like strace on the first screen: names for numbers, errno names', async () => {
    spawnSync('tmux', ['-L', SOCKET, 'kill-session', '-t', SESSION]);
    const cmd = `${process.execPath} ${CLI} browse ${sample('rails-db-setup-unix-socket-enoent.dtruss.txt')}; echo "tracex exited $?"; sleep 30`;
    tmux('new-session', '-d', '-s', SESSION, '-x', '120', '-y', '40', '-e', 'NO_COLOR=1', cmd);
    const s = await screen((x) => x.includes('dtruss/darwin') && x.includes('event 7 · line 7'), 'the first screen');
    expect(s).toContain('socket(AF_UNIX, SOCK_STREAM, 0) = 10');
    expect(s).toMatch(/connect\(10, 0x7F9B69ACE950 .*= -1 ENOENT/);
    expect(s).toContain('Result -1 ENOENT (No such file or directory)');
    expect(s).not.toContain('Err#2  →');
    keys('q');
    await screen((x) => x.includes('tracex exited'), 'the program to exit');
  });

  it('f lists the failed calls tracex --failed lists, and hides as many expected ones', async () => {
    const file = sample('psql-unix-socket-enoent.strace.txt');
    const cli = spawnSync(process.execPath, [CLI, 'explain', '--failed', '--format', 'json', file], { encoding: 'utf8' });
    const report = JSON.parse(cli.stdout) as { events: { type: string; line: number }[] };
    const lines = report.events.filter((e) => e.type === 'syscall').map((e) => e.line);
    const plain = spawnSync(process.execPath, [CLI, '--failed', file], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }).stdout;
    const hidden = /\((\d+) expected failures not shown/.exec(plain)![1];

    spawnSync('tmux', ['-L', SOCKET, 'kill-session', '-t', SESSION]);
    tmux('new-session', '-d', '-s', SESSION, '-x', '120', '-y', '50', '-e', 'NO_COLOR=1', `${process.execPath} ${CLI} browse ${file}; echo "tracex exited $?"; sleep 30`);
    await screen((x) => x.includes('event 995 · line 995'), 'the first screen');
    keys('f', 'g');
    const s = await screen((x) => x.includes('filter: failed') && x.includes('event 144 · line 144'), 'the failed calls');
    expect(s).toContain(`filter: failed (${hidden} expected hidden)`);
    const list = s.split('─'.repeat(20))[0]!;
    // The calls (the exit with status 2 is listed too, as a failure of the process).
    const shown = [...list.matchAll(/^[ ●]\s+(\d+) 11214 [a-z_0-9]+\(/gm)].map((m) => Number(m[1]));
    expect(shown).toEqual(lines);
    keys('q');
    await screen((x) => x.includes('tracex exited'), 'the program to exit');
  });

  it('the timeline draws a lane per process of a multi-process trace; Enter shows the mark in the list', async () => {
    const file = new URL('../fixtures/real/pipeline-hung-sigterm.strace.txt', import.meta.url).pathname;
    spawnSync('tmux', ['-L', SOCKET, 'kill-session', '-t', SESSION]);
    tmux('new-session', '-d', '-s', SESSION, '-x', '120', '-y', '30', '-e', 'NO_COLOR=1', `${process.execPath} ${CLI} browse ${file}; echo "tracex exited $?"; sleep 30`);
    await screen((x) => x.includes('3 findings'), 'the first screen');
    // Shift-Tab from the event list: the last view, the timeline.
    keys('BTab');
    let s = await screen((x) => x.includes('12.2s across'), 'the timeline');
    expect(s).toMatch(/^17204 sh +│.*━{40,}/m);
    expect(s).toMatch(/^17205 sleep +│.*━{40,}.*↯/m);
    expect(s).toMatch(/^17206 cat +│.*↯/m);
    expect(s).toMatch(/0s +6\.1s +12\.2s/);
    // The sleep lane's first mark is its 12-second clock_nanosleep; Enter shows it in the list.
    keys('j');
    s = await screen((x) => x.includes('17205 sleep · mark 1 of'), 'the sleep lane');
    expect(s).toMatch(/took 12\.2s · clock_nanosleep\(/);
    keys('Enter');
    s = await screen((x) => x.includes('event ') && x.includes('pid 17205') && !x.includes('12.2s across'), 'the event list');
    expect(s).toMatch(/clock_nanosleep/);
    // q: back to the timeline, to the event list, then quit.
    keys('q');
    await screen((x) => x.includes('12.2s across'), 'back in the timeline');
    keys('q', 'q');
    await screen((x) => x.includes('tracex exited'), 'the program to exit');
  });

  it('without a terminal for keys or output it says so and exits 2', () => {
    const direct = spawnSync(process.execPath, [CLI, 'browse', sample('psql-unix-socket-enoent.strace.txt')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(direct.status).toBe(2);
    expect(direct.stderr).toMatch(/tracex: browse draws on a terminal, but the output is not one/);
  });
});
