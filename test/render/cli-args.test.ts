// Argument mapping of explain/annotate/summary, checked with commander's exitOverride:
// options after a filter do not swallow file names, bad values are usage errors.
import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { annotateCommand, explainCommand, summaryCommand } from '../../src/cli/commands.js';
import { explainOptions } from '../../src/cli/explain.js';
import { summaryOptions } from '../../src/cli/summary.js';

function parse(cmd: Command, argv: string[]): { files: string[]; raw: Record<string, unknown> } {
  let got: { files: string[]; raw: Record<string, unknown> } | undefined;
  cmd.exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  cmd.action((files: string[], raw: Record<string, unknown>) => {
    got = { files, raw };
  });
  cmd.parse(argv, { from: 'user' });
  return got!;
}

describe('explain command line', () => {
  it('keeps file names after repeatable filters', () => {
    const { files, raw } = parse(explainCommand(), ['-e', '%net', '-e', 'openat', '-p', '12,13', '--fd', '3', 'a.txt', 'b.txt']);
    expect(files).toEqual(['a.txt', 'b.txt']);
    const o = explainOptions(raw, { isTTY: false, env: {} });
    expect(o.pids).toEqual([12, 13]);
    expect(o.fds).toEqual([3]);
    // Plain lists given one by one join into one set: connect (a %net call) or openat.
    expect(o.trace).toHaveLength(1);
    expect(['connect', 'openat', 'sendto', 'read'].map((n) => o.trace![0]!.test(n))).toEqual([true, true, true, false]);
    expect(o.format).toBe('text');
    expect(o.fold).toBe(true);
  });

  it('maps --format, --no-fold, --failed and --color', () => {
    const { raw } = parse(explainCommand(), ['--format', 'markdown', '--no-fold', '--failed', '--color', 'always', 'x']);
    expect(explainOptions(raw, { isTTY: false, env: { NO_COLOR: '1' } })).toMatchObject({ format: 'markdown', fold: false, failed: true, color: true });
  });

  it('rejects an unknown format', () => {
    expect(() => parse(explainCommand(), ['--format', 'xml', 'x'])).toThrow(/xml/);
  });

  it('annotate takes --inline; summary takes --format json and -p', () => {
    expect(parse(annotateCommand(), ['--inline', 'x']).raw.inline).toBe(true);
    const s = parse(summaryCommand(), ['--format', 'json', '-p', '7', 'x']);
    expect(s.files).toEqual(['x']);
    expect(summaryOptions(s.raw, { isTTY: false, env: {} })).toMatchObject({ format: 'json', pids: [7] });
  });
});

describe('no input on a terminal', () => {
  it('is a usage error instead of a silent wait on stdin', async () => {
    const { requireInput, UsageError } = await import('../../src/cli/options.js');
    expect(() => requireInput([], true)).toThrow(UsageError);
    expect(() => requireInput([], false)).not.toThrow();
    expect(() => requireInput(['trace.txt'], true)).not.toThrow();
  });
});
