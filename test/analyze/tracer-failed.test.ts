// tracer-failed: the tracer's own refusals in a saved trace, read from real lines.
import { describe, expect, it } from 'vitest';
import { readTraceText } from '../../src/index.js';
import { Analyzer } from '../../src/analyze/index.js';

async function findings(text: string, from: 'strace' | 'dtruss') {
  const { events, stats } = await readTraceText(text + '\n', { from });
  const a = new Analyzer({ os: stats.os, format: stats.format });
  for (const ev of events) a.push(ev);
  return a.finish(stats).findings.filter((f) => f.id === 'tracer-failed');
}

describe('tracer-failed', () => {
  it('strace that could not start the program or attach (real: corpus l_strace_error_messages.txt:1-2)', async () => {
    const f = await findings(
      ["strace: Can't stat '/nonexistent/binary': No such file or directory", 'strace: attach: ptrace(PTRACE_SEIZE, 999999): No such process'].join('\n'),
      'strace',
    );
    expect(f.map((x) => [x.severity, x.title, x.lines])).toEqual([
      ['error', 'strace could not start the program: not found', [1]],
      ['error', 'strace could not attach: no such process', [2]],
    ]);
    expect(f[0]!.explanation).toBe('The tracer printed "Can\'t stat \'/nonexistent/binary\': No such file or directory": command not found: /nonexistent/binary.');
  });

  it('dtrace without root, and SIP refusing twice (real: corpus dtruss/08_t_filter_socket_and_startup_failures.txt:5, 16, 21)', async () => {
    const f = await findings(
      [
        'dtrace: failed to initialize dtrace: DTrace requires additional privileges',
        'dtrace: failed to execute du: Operation not permitted',
        'dtrace: failed to execute /tmp/du: Operation not permitted',
      ].join('\n'),
      'dtruss',
    );
    expect(f.map((x) => [x.title, x.lines])).toEqual([
      ['dtrace could not start: it needs root', [1]],
      ['System Integrity Protection stopped dtrace', [2, 3]],
    ]);
    expect(f[1]!.explanation).toContain('(2 times)');
    expect(f[1]!.hint).toContain('csrutil enable --without dtrace');
  });

  it('says nothing about strace notices that are not failures', async () => {
    expect(await findings(['strace: Process 11355 attached', 'strace: Process 11355 detached'].join('\n'), 'strace')).toEqual([]);
  });
});
