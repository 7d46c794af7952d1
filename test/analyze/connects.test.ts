// The outcome of a non-blocking connect is decided once (analyze/state/connects.ts): the
// analyzer and the summary both use it, and the call view reads SO_ERROR.
import { describe, expect, it } from 'vitest';
import { readTraceText } from '../../src/index.js';
import { CallView } from '../../src/decode/call-view.js';
import { Connects, type ConnectAttempt } from '../../src/analyze/state/index.js';
import { analyzeEvents } from '../../src/analyze/index.js';
import { SummaryCollector } from '../../src/render/summary.js';
import type { SyscallEvent } from '../../src/model/index.js';

async function calls(lines: string[]): Promise<SyscallEvent[]> {
  const { events } = await readTraceText(lines.join('\n') + '\n');
  return events.filter((e): e is SyscallEvent => e.type === 'syscall');
}

async function summaryEndpoints(lines: string[]) {
  const { events } = await readTraceText(lines.join('\n') + '\n');
  const c = new SummaryCollector('strace');
  for (const ev of events) c.add(ev);
  return c.result().endpoints;
}

const START = '300 connect(3, {sa_family=AF_INET, sin_port=htons(8767), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EINPROGRESS (Operation now in progress)';

describe('CallView.soError', () => {
  it('names the error getsockopt(SO_ERROR) read, by name or (-X raw) by number', async () => {
    const [named, raw, zero, hidden, other] = await calls([
      '300 getsockopt(3, SOL_SOCKET, SO_ERROR, [ECONNREFUSED], [4]) = 0',
      '300 getsockopt(3, SOL_SOCKET, SO_ERROR, [111], [4]) = 0',
      '300 getsockopt(3, SOL_SOCKET, SO_ERROR, [0], [4]) = 0',
      '300 getsockopt(3, SOL_SOCKET, SO_ERROR, 0x7ffc1000, [4]) = 0',
      '300 getsockopt(3, SOL_SOCKET, SO_RCVBUF, [131072], [4]) = 0',
    ]);
    expect(new CallView(named!, 'linux').soError()).toEqual({ shown: true, errno: 'ECONNREFUSED' });
    expect(new CallView(raw!, 'linux').soError()).toEqual({ shown: true, errno: 'ECONNREFUSED' });
    expect(new CallView(zero!, 'linux').soError()).toEqual({ shown: true });
    expect(new CallView(hidden!, 'linux').soError()).toEqual({ shown: false });
    expect(new CallView(other!, 'linux').soError()).toBeUndefined();
  });
});

describe('Connects keyed by pid and fd (as the summary uses it)', () => {
  it('follows EINPROGRESS to the outcome poll, SO_ERROR or a second connect tells', async () => {
    const map = new Map<string, ConnectAttempt>();
    const seen: string[] = [];
    const c = new Connects<string>(
      { get: (k) => map.get(k), set: (k, a) => map.set(k, a), delete: (k) => map.delete(k) },
      (k, a) => seen.push(`${k} ${a.state}`),
    );
    const evs = await calls([
      START,
      '300 poll([{fd=3, events=POLLOUT}], 1, -1) = 1 ([{fd=3, revents=POLLOUT|POLLERR|POLLHUP}])',
      '300 getsockopt(3, SOL_SOCKET, SO_ERROR, [ECONNREFUSED], [4]) = 0',
    ]);
    const view = (i: number) => new CallView(evs[i]!, 'linux');
    const started = c.onCall('300:3', view(0), { fd: 3, socketId: '300:3', family: 'AF_INET' });
    expect(started).toMatchObject({ state: 'in-progress', fd: 3, endpoint: { address: '127.0.0.1', port: 8767 } });
    expect(c.onWait(view(1), (fd) => `300:${String(fd)}`)?.state).toBe('failed');
    const done = c.onCall('300:3', view(2), { fd: 3, socketId: '300:3' });
    expect(done).toMatchObject({ state: 'failed', errno: 'ECONNREFUSED' });
    expect(done!.lines.at(-1)).toBe(3);
    expect(map.size).toBe(0);
    expect(new Set(seen)).toEqual(new Set(['300:3 failed']));
  });

  it('gives the analyzer the same outcome on the socket', async () => {
    const { events, stats } = await readTraceText(
      [
        '300 socket(AF_INET, SOCK_STREAM|SOCK_NONBLOCK, IPPROTO_TCP) = 3',
        START,
        '300 getsockopt(3, SOL_SOCKET, SO_ERROR, [111], [4]) = 0',
      ].join('\n') + '\n',
    );
    const r = analyzeEvents(events, stats, { os: 'linux', format: 'strace' });
    expect(r.analyzed[2]!.connect).toMatchObject({ state: 'failed', errno: 'ECONNREFUSED' });
    expect(r.sockets[0]!.connectFailed).toBe(true);
  });
});

describe('summary: the failed column for non-blocking connects (twins resolved)', () => {
  it('counts an attempt poll reports failed, though no getsockopt follows (was: not counted)', async () => {
    const eps = await summaryEndpoints([
      START,
      '300 poll([{fd=3, events=POLLOUT}], 1, 1000) = 1 ([{fd=3, revents=POLLOUT|POLLERR|POLLHUP}])',
      '300 close(3) = 0',
    ]);
    expect(eps).toEqual([{ endpoint: '127.0.0.1:8767', calls: [['connect', 1]], failures: 1 }]);
  });

  it('does not count a second connect answering EISCONN: the attempt connected (was: counted failed)', async () => {
    const eps = await summaryEndpoints([
      START,
      '300 poll([{fd=3, events=POLLOUT}], 1, -1) = 1 ([{fd=3, revents=POLLOUT}])',
      '300 connect(3, {sa_family=AF_INET, sin_port=htons(8767), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EISCONN (Transport endpoint is already connected)',
    ]);
    expect(eps).toEqual([{ endpoint: '127.0.0.1:8767', calls: [['connect', 2]], failures: 0 }]);
  });

  it('counts a read that fails after EINPROGRESS as the attempt failing (was: not counted)', async () => {
    const eps = await summaryEndpoints([START, '300 read(3, 0x7ffc1000, 1024) = -1 ECONNREFUSED (Connection refused)']);
    expect(eps).toEqual([{ endpoint: '127.0.0.1:8767', calls: [['connect', 1]], failures: 1 }]);
  });
});
