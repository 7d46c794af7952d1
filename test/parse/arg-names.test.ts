// strace 6.16+ -N / --arg-names. The line is quoted from ../shared/formats/strace.md §3.1
// (corpus/v72_demo_N_arg_names.txt:5, a strace 7.2 capture not in the shared corpus).
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/analyze/index.js';
import { explainEvent } from '../../src/explain/explain.js';
import { readTraceText } from '../../src/index.js';
import type { SyscallEvent } from '../../src/model/index.js';
import { decodeCall } from '../../src/decode/index.js';

const LINE = '22156 openat(dirfd=AT_FDCWD, pathname="/etc/ld.so.cache", flags=O_RDONLY|O_CLOEXEC) = 3\n';

describe('strace -N argument names', () => {
  it('decodes and explains the values behind the names', async () => {
    const { events } = await readTraceText(LINE);
    const ev = events[0] as SyscallEvent;
    const d = decodeCall(ev, 'linux');
    expect(d.args.map((a) => a.role)).toEqual(['dirfd', 'pathname', 'flags']);
    expect(d.args[0]!.named?.[0]?.name).toBe('AT_FDCWD');
    expect(d.args[1]!.string).toBe('/etc/ld.so.cache');
    expect(d.args[2]!.named?.map((n) => n.name)).toEqual(['O_RDONLY', 'O_CLOEXEC']);
    const analyzer = new Analyzer({ os: 'linux', format: 'strace' });
    expect(explainEvent(analyzer.push(ev), analyzer)).toBe('Opened /etc/ld.so.cache for reading as fd 3');
  });
});
