// explain's options are normalised once; filters and colour are plain functions of them.
import { describe, expect, it } from 'vitest';
import { eventPasses, explainOptions, hiddenProbeFailures, storyPasses } from '../../src/cli/explain.js';
import { parseFilterExpressions } from '../../src/pipeline/index.js';
import type { Story } from '../../src/explain/index.js';
import type { TraceEvent } from '../../src/model/index.js';
import { resolveColor, UsageError } from '../../src/cli/options.js';
import { readTraceText } from '../../src/index.js';

describe('explain options', () => {
  it("expands strace's %classes and accepts Darwin spellings", () => {
    const net = trace(['%net']);
    expect(['connect', 'accept4', 'sendto', 'socket', 'connect_nocancel'].every(net)).toBe(true);
    expect(net('openat')).toBe(false);
    const two = trace(['read,openat']);
    expect(['read_nocancel', 'openat', 'read'].every(two)).toBe(true);
    expect(['openat', 'execve', 'unlink'].every(trace(['%file']))).toBe(true);
    expect(() => explainOptions({ syscall: ['%nope'] }, { isTTY: false, env: {} })).toThrow(UsageError);
  });

  it('decides colour from --color, the TTY and NO_COLOR', () => {
    expect(resolveColor('auto', true, {})).toBe(true);
    expect(resolveColor('auto', true, { NO_COLOR: '1' })).toBe(false);
    expect(resolveColor('auto', false, {})).toBe(false);
    expect(resolveColor('always', false, { NO_COLOR: '1' })).toBe(true);
    expect(resolveColor('never', true, {})).toBe(false);
  });

  it('normalises pids, fds and formats', () => {
    const o = explainOptions({ pid: ['12,13'], fd: ['3'], format: 'markdown', failed: true, syscall: ['connect'] }, { isTTY: true, env: {} });
    expect(o).toMatchObject({ pids: [12, 13], fds: [3], format: 'markdown', failed: true, color: true, fold: true });
    expect(o.trace?.[0]?.test('connect')).toBe(true);
    expect(() => explainOptions({ pid: ['x'] }, { isTTY: false, env: {} })).toThrow(UsageError);
  });

  it('filters real events by failure, syscall and fd', async () => {
    // a_psql_unix_socket_enoent.txt:988, :993, :995
    const { events } = await readTraceText(
      [
        '11214 socket(AF_UNIX, SOCK_STREAM, 0)   = 3',
        '11214 fcntl(3, F_SETFL, O_RDWR|O_NONBLOCK) = 0',
        '11214 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.s.PGSQL.5432"}, 110) = -1 ENOENT (No such file or directory)',
      ].join('\n') + '\n',
    );
    const base = { failed: false, pids: [], fds: [] };
    expect(events.filter((e) => storyPasses(single(e), { ...base, failed: true })).map((e) => e.line)).toEqual([3]);
    expect(events.filter((e) => eventPasses(e, { ...base, trace: parseFilterExpressions(['%net']).trace })).map((e) => e.line)).toEqual([1, 3]);
    expect(events.filter((e) => eventPasses(e, { ...base, fds: [3] })).map((e) => e.line)).toEqual([1, 2, 3]);
    expect(events.filter((e) => eventPasses(e, { ...base, pids: [1] }))).toEqual([]);
  });

  it('--failed hides a normal answer (a terminal check, a symlink check) and counts it, as it does an expected probe', async () => {
    const { events } = await readTraceText(
      [
        '11214 ioctl(1, TCGETS, 0x7ffd2d6b5a40) = -1 ENOTTY (Inappropriate ioctl for device)',
        '11214 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.s.PGSQL.5432"}, 110) = -1 ENOENT (No such file or directory)',
        // test/fixtures/real/ruby-require-missing-gem.strace.txt:258, Ruby's realpath walk.
        '5628  readlink("/usr", 0x7fffa350cfd0, 1023) = -1 EINVAL (Invalid argument)',
      ].join('\n') + '\n',
    );
    const f = { failed: true, pids: [], fds: [] };
    expect(events.map((e) => storyPasses(single(e), f))).toEqual([false, true, false]);
    expect(events.map((e) => hiddenProbeFailures(single(e), f))).toEqual([1, 0, 1]);
    const probe: Story = { ...single(events[1]!), expected: true };
    expect([storyPasses(probe, f), hiddenProbeFailures(probe, f)]).toEqual([false, 1]);
  });
});

function trace(exprs: string[]): (name: string) => boolean {
  const sets = parseFilterExpressions(exprs).trace;
  return (name) => sets.every((s) => s.test(name));
}

function single(e: TraceEvent): Story {
  return { kind: 'event', sentence: '', items: [{ event: e, explanation: '' }] };
}
