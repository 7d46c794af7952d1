// Twins resolved by issue 13 ("one source of truth"), pinned where a user sees them.
import { describe, expect, it } from 'vitest';
import { readTraceText } from '../../src/index.js';
import { explainEvent } from '../../src/explain/explain.js';
import { CallView } from '../../src/decode/call-view.js';
import { meaningFor, CONNECT_MEANINGS, BIND_MEANINGS } from '../../src/knowledge/failure-meanings.js';
import { errnoMeaning } from '../../src/knowledge/errno-meanings.js';
import type { SyscallEvent } from '../../src/model/index.js';

async function call(line: string): Promise<SyscallEvent> {
  const evs = (await readTraceText(line + '\n')).events;
  return evs.find((e): e is SyscallEvent => e.type === 'syscall')!;
}

describe('exact 64-bit values', () => {
  it('explains an mmap above 2^53 with every digit (was 0xffffffffff600000)', async () => {
    const ev = await call('123 mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0xffffffffff600123');
    expect(explainEvent({ event: ev })).toContain('0xffffffffff600123');
  });
});

describe('the call view reads numbers with the real OS tables (decode/fallback.ts removed)', () => {
  it('names an errno number the small fallback table did not know', async () => {
    const ev = await call('123 close(3) = -1 ENOENT (No such file or directory)');
    const bare = { ...ev, ret: { text: '-1', value: -1, errnoNumber: 39 } };
    expect(new CallView(bare, 'linux').errno).toBe('ENOTEMPTY'); // was `errno 39`
  });

  it('names every part of a numeric socket type, not only the shared few', async () => {
    const ev = await call('123 socket(2, 526337, 0) = 3');
    expect([...new CallView(ev, 'linux').names(1, 'socktype')].sort()).toEqual(['SOCK_CLOEXEC', 'SOCK_NONBLOCK', 'SOCK_STREAM']);
  });
});

describe('one wording per errno meaning', () => {
  it('the connect-failed finding quotes the sentence explain prints', () => {
    expect(meaningFor(CONNECT_MEANINGS, 'ENOENT', 'AF_UNIX')!.meaning).toBe(errnoMeaning('ENOENT', ['connect:unix', 'connect']));
    expect(meaningFor(CONNECT_MEANINGS, 'ECONNREFUSED', 'AF_INET')!.meaning).toBe('nothing is listening on that address and port (or a firewall rejected the connection)');
  });

  it('explain gains the detectors\' meaning where it only had a generic one', () => {
    expect(errnoMeaning('EACCES', ['connect:inet', 'connect'])).toMatch(/refused by a local policy/); // was about path permissions
    expect(errnoMeaning('EINVAL', ['bind:inet', 'bind'])).toBe('the socket is already bound, or the address is invalid for it');
    expect(errnoMeaning('EAFNOSUPPORT', ['connect'])).toBe('the address family does not match the socket');
    expect(meaningFor(BIND_MEANINGS, 'EACCES', 'AF_INET')!.meaning).toBe('ports below 1024 need root (or CAP_NET_BIND_SERVICE)');
  });
});
