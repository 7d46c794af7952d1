// Acceptance for exec failures (issue 14): real traces of programs that could not start
// (test/fixtures/real/, README "Exec failures" gives each command and true cause). For each,
// the first finding and the "In short" line must name the true cause with its evidence
// lines; the healthy ones (the caller ran the file another way, the loader found its
// library after searching) must raise no ERROR or WARNING.

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/analyze/index.js';
import { overview } from '../../src/explain/overview.js';
import { readTraceFile } from '../../src/index.js';
import type { Finding } from '../../src/model/index.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/real/${name}.strace.txt`, import.meta.url));

async function analyze(name: string): Promise<{ findings: Finding[]; inShort: string }> {
  const { events, stats } = await readTraceFile(fixture(name));
  const a = new Analyzer({ os: stats.os, format: stats.format });
  for (const ev of events) a.push(ev);
  const r = a.finish(stats);
  return { findings: r.findings, inShort: overview(r) };
}

interface Case {
  name: string;
  id: string;
  /** Words the first finding's title must hold. */
  title: RegExp;
  /** Words its explanation must hold. */
  says?: RegExp;
  /** Lines it must cite. */
  lines: number[];
}

const FAILURES: Case[] = [
  // The trace never shows the script exists: both causes named, "interpreter" among them.
  { name: 'shebang-interpreter-missing-sh', id: 'missing-file', title: /make-report: it or its #! interpreter is missing/, lines: [52] },
  { name: 'shebang-interpreter-missing-python-execv', id: 'missing-file', title: /make-report: it or its #! interpreter is missing/, lines: [137] },
  // The trace shows the script exists (bash stats it after the execve; `test -x` before it).
  { name: 'bash-shebang-interpreter-missing', id: 'missing-interpreter', title: /interpreter not found for \/tmp\/i14x\/bin\/build-docs/, says: /exists \(newfstatat found it on line 184\)/, lines: [183, 184] },
  { name: 'sh-test-x-then-shebang-interpreter-missing', id: 'missing-interpreter', title: /interpreter not found for \/tmp\/i14x\/bin\/build-docs/, says: /faccessat2 found it on line 49/, lines: [49, 53] },
  // env searched PATH for the interpreter the #! line names.
  { name: 'shebang-env-interpreter-missing', id: 'missing-file', title: /program not found: nonexistent-python3 \(looked in 10 places\)/, lines: [107, 116] },
  { name: 'missing-shared-lib-rpath', id: 'missing-library', title: /shared library not found: libh5greet\.so$/, says: /\/tmp\/h5\/lib, \/lib\/x86_64-linux-gnu, .*stderr \(line 119\).*status 127/, lines: [5, 117, 119] },
  { name: 'missing-shared-lib-default-path', id: 'missing-library', title: /shared library not found: libh5greet\.so$/, says: /4 directories searched .*status 127/, lines: [5, 91] },
  { name: 'missing-lib-child-of-sh-ld-library-path', id: 'missing-library', title: /shared library not found: libi14xconf\.so\.2$/, says: /\/tmp\/i14x\/lib, .*stderr \(line 174\)/, lines: [60, 172, 174] },
  { name: 'missing-lib-python-subprocess', id: 'missing-library', title: /shared library not found: libi14xconf\.so\.2$/, says: /error while loading shared libraries: libi14xconf\.so\.2/, lines: [783, 871] },
  { name: 'missing-lib-trace-openat-only', id: 'missing-library', title: /shared library not found: libi14xconf\.so\.2$/, lines: [3, 46] },
  { name: 'enoexec-python-execv-garbage', id: 'exec-format', title: /not an executable for this machine: \/tmp\/h5\/bin\/garbage\.bin/, lines: [2] },
  { name: 'enoexec-sh-garbage-binary', id: 'exec-format', title: /not an executable for this machine: \/tmp\/h5\/bin\/garbage\.bin/, says: /binary data/, lines: [52, 54] },
  { name: 'bash-enoexec-binary-garbage', id: 'exec-format', title: /not an executable for this machine: \/tmp\/i14x\/bin\/blob\.bin/, says: /binary data/, lines: [183, 185] },
  { name: 'enoexec-wrong-arch-elf-sh', id: 'exec-format', title: /not an executable for this machine: \/tmp\/i14x\/bin\/true-arm64/, says: /ELF binary .*another architecture/, lines: [52, 54] },
  // No execute bit: unchanged.
  { name: 'eacces-no-exec-bit-sh', id: 'permission-denied', title: /permission denied: \/tmp\/h5\/bin\/deploy\.sh/, lines: [52] },
  { name: 'eacces-no-exec-bit-python-subprocess', id: 'permission-denied', title: /permission denied: \/tmp\/h5\/bin\/deploy\.sh/, lines: [72] },
  { name: 'sh-exec-not-executable', id: 'permission-denied', title: /permission denied: \.\/noexec\.sh/, lines: [52] },
];

describe('exec failures: the first finding and "In short" name the cause', () => {
  for (const c of FAILURES) {
    it(c.name, async () => {
      const { findings, inShort } = await analyze(c.name);
      const first = findings[0]!;
      expect(first.severity).toBe('error');
      expect(first.id).toBe(c.id);
      expect(first.title).toMatch(c.title);
      if (c.says) expect(first.explanation).toMatch(c.says);
      for (const l of c.lines) expect(first.lines).toContain(l);
      expect(inShort).toContain(`What went wrong: ${first.title}`);
      // Never the false claim that a script that exists was "not found".
      expect(findings.map((f) => f.title).join('\n')).not.toMatch(/program not found: \/tmp\/(h5|i14x)\/bin\//);
    });
  }

  it('the exit of a program the loader could not start points to the library', async () => {
    const { findings } = await analyze('missing-shared-lib-rpath');
    const exit = findings.find((f) => f.id === 'nonzero-exit')!;
    expect(exit.explanation).toContain('because of the error found above: shared library not found: libh5greet.so');
  });
});

const HEALTHY = [
  // sh and bash run a file without #! as a script after execve's ENOEXEC.
  'enoexec-sh-falls-back-to-script',
  'bash-enoexec-runs-as-script',
  // The loader missed in LD_LIBRARY_PATH's first directory and found the library in the second.
  'lib-found-after-search-ld-library-path',
  'path-search-enoent-eacces-then-ls',
  'git-status-small-repo',
];

describe('exec: normal behaviour raises no alarm', () => {
  for (const name of HEALTHY) {
    it(name, async () => {
      const { findings } = await analyze(name);
      const exec = findings.filter((f) => ['missing-library', 'exec-format', 'missing-interpreter'].includes(f.id) || /interpreter|not an executable/.test(f.title));
      expect(exec.map((f) => f.title)).toEqual([]);
      if (name !== 'path-search-enoent-eacces-then-ls') expect(findings.filter((f) => f.severity !== 'info').map((f) => f.title)).toEqual([]);
    });
  }
});
