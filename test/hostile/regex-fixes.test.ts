// Regexes the ReDoS check (regex-safety.test.ts) rated vulnerable, rewritten where they live as
// a loop or a form without the ambiguity (issue 17, item 2). Each: its real example still reads
// the same, and a crafted long input (the checker's attack shape, ~10^5 characters: quadratic
// work on it takes minutes) finishes. Examples are real strace text unless labelled.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trimTrailing } from '../../src/text/trim.js';
import { stripComment } from '../../src/decode/text.js';
import { listenersIn, reventsIn } from '../../src/decode/fd-sets.js';
import { escapeMarkdown } from '../../src/render/sanitize.js';
import { parseQuery } from '../../src/tui/filter.js';
import { reasonText } from '../../src/analyze/detectors/end-reason.js';
import { pathServes } from '../../src/analyze/observations.js';
import { CONTINUATIONS } from '../../src/knowledge/stderr-messages.js';
import { LOADER_MESSAGES } from '../../src/knowledge/exec-failures.js';

const N = 100_000;

describe('trailing slashes cut by a loop (was /(?<!\\/)\\/+$/ in four places)', () => {
  it('cuts the run, keeps the rest', () => {
    expect(trimTrailing('/usr/lib/', '/')).toBe('/usr/lib');
    expect(trimTrailing('/var//', '/')).toBe('/var');
    expect(trimTrailing('/', '/')).toBe('');
    expect(trimTrailing('a/b', '/')).toBe('a/b');
  });
  it('a long run of slashes', () => {
    expect(trimTrailing('/a' + '/'.repeat(N), '/')).toBe('/a');
    expect(trimTrailing('/'.repeat(N) + 'x', '/')).toHaveLength(N + 1);
  });
});

describe('stripComment: /* … */ comments and the blanks before them, in one pass', () => {
  const old = (s: string): string => s.replace(/\s*\/\*.*?\*\//g, '');
  it('real argument text', () => {
    // strace -v: `execve("/bin/true", ["true"], 0x7ffd3c4a9f10 /* 20 vars */) = 0`
    expect(stripComment('0x7ffd3c4a9f10 /* 20 vars */')).toBe('0x7ffd3c4a9f10');
    expect(stripComment('{st_mode=S_IFREG|0644, st_size=1234, ...} /* 1 entries */')).toBe('{st_mode=S_IFREG|0644, st_size=1234, ...}');
  });
  it('does what the regex did on any short text (property, fixed seed)', () => {
    const piece = fc.constantFrom(' ', '/', '*', '\n', 'a', '\t', '/*', '*/');
    fc.assert(fc.property(fc.array(piece, { maxLength: 16 }).map((a) => a.join('')), (s) => stripComment(s) === old(s)), { seed: 17, numRuns: 20_000 });
  });
  it('long runs of blanks, of unclosed comments, of comments cut by line breaks', () => {
    expect(stripComment(' '.repeat(N) + '/* x')).toHaveLength(N + 4);
    expect(stripComment('/* '.repeat(N))).toHaveLength(3 * N);
    expect(stripComment('/*\n'.repeat(N) + '*/')).toHaveLength(3 * N + 2);
  });
});

describe('-yy listeners and poll revents', () => {
  it('real select and poll text', () => {
    // select on a listening socket and a connected one (strace -yy)
    expect(listenersIn('[3<TCP:[127.0.0.1:6379]> 4<TCP:[127.0.0.1:6379->127.0.0.1:51234]>]')).toEqual(['127.0.0.1:6379']);
    expect(listenersIn('[5<UNIX-STREAM:[123456,"/tmp/.s.PGSQL.5432"]>]')).toEqual(['123456,"/tmp/.s.PGSQL.5432"']);
    expect(reventsIn('1 ([{fd=3, revents=POLLOUT|POLLERR}])')).toEqual([{ fd: 3, flags: ['POLLOUT', 'POLLERR'] }]);
    expect(reventsIn('2 ([{fd=4, revents=POLLIN}, {fd=6, revents=POLLIN|POLLHUP}])')).toEqual([
      { fd: 4, flags: ['POLLIN'] },
      { fd: 6, flags: ['POLLIN', 'POLLHUP'] },
    ]);
  });
  it('the checker\'s attack shapes', () => {
    expect(listenersIn('C' + '\u00000<TCP:[E'.repeat(N / 8) + ']0<TCP:[]>')).toEqual(['']);
    expect(listenersIn('0<TCP:[<'.repeat(N / 8))).toEqual([]);
    expect(reventsIn('{fd=0' + '0'.repeat(N) + '{fd=0revents=A')).toEqual([]);
    expect(reventsIn('fd=1 '.repeat(N / 5))).toEqual([]);
  });
});

describe('Markdown line starts (no m flag: sanitize has escaped every line break)', () => {
  it('escapes a list or rule start', () => {
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('---')).toBe('\\---');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
  });
  it('long blank runs', () => {
    expect(escapeMarkdown(' '.repeat(N) + 'x')).toHaveLength(N + 1);
    expect(escapeMarkdown(' '.repeat(N) + '=')).toHaveLength(N + 2);
  });
});

describe('other anchored forms', () => {
  it('the TUI filter keys', () => {
    expect(parseQuery('call: connect')).toEqual({ kind: 'call', name: 'connect' });
    expect(parseQuery('fd:' + ' '.repeat(N) + '3')).toMatchObject({ kind: 'fd' });
  });
  it('log prefixes cut from an end reason', () => {
    const r = { text: "[2026-12-07 16:15:30 +0000] [12688] [ERROR] Exception in worker process", cut: false, kind: 'an error message', rank: 5, line: 1, seq: 1 };
    expect(reasonText(r)).toBe('[ERROR] Exception in worker process');
    expect(reasonText({ ...r, text: '[' + '1'.repeat(N) })).toHaveLength(160);
  });
  it('a request target without its query', () => {
    expect(pathServes('/srv/www/docs/a b.html', '/docs/a%20b.html?x=1#top')).toBe(true);
    expect(pathServes('/srv/www/x', '?'.repeat(N) + '\n')).toBe(false);
  });
});

describe('stderr messages', () => {
  const what = CONTINUATIONS[0]!.re;
  const loader = LOADER_MESSAGES[0]!;
  it('libstdc++\'s what() line and glibc\'s loader message (real text, also cut by -s 32)', () => {
    expect(what.exec('  what():  stoi')?.[1]).toBe('stoi');
    expect(what.exec('  what():  ')?.[1]).toBe('');
    expect(loader.exec('./app: error while loading shared libraries: libfoo.so.1: cannot open shared object file: No such file or directory')?.[1]).toBe('libfoo.so.1');
    expect(loader.exec('./app: error while loading shared libra: libfoo.so.1: cannot open')?.[1]).toBe('libfoo.so.1');
  });
  it('long runs', () => {
    expect(what.exec('what():' + ' '.repeat(N) + '\nx')?.[1]).toBe('x');
    expect(what.exec('what():' + ' '.repeat(N) + 'a\nb')).toBeNull();
    expect(loader.exec('error while loading shared '.repeat(N / 27))).toBeNull();
  });
});

describe("the tracer's own messages: anchored, or no unbounded repeat", () => {
  it('reads the real messages as before', async () => {
    const { diagnoseTracerLine } = await import('../../src/analyze/tracer-problems.js');
    expect(diagnoseTracerLine("strace: Can't stat '/nonexistent/binary': No such file or directory", 'strace')?.message).toBe('command not found: /nonexistent/binary');
    expect(diagnoseTracerLine("Can't stat 'a b': No such file or directory", 'strace')?.kind).toBe('command-not-found');
    expect(diagnoseTracerLine('strace: attach: ptrace(PTRACE_SEIZE, 6262): Operation not permitted', 'strace')?.kind).toBe('ptrace-denied');
    expect(diagnoseTracerLine('strace: ptrace(PTRACE_TRACEME, ...): Operation not permitted', 'strace')?.kind).toBe('ptrace-denied');
    expect(diagnoseTracerLine('dtrace: failed to execute /tmp/du: Operation not permitted', 'dtruss')?.kind).toBe('sip');
    expect(diagnoseTracerLine('dtrace: failed to execute du: Operation not permitted', 'dtruss')?.kind).toBe('sip');
  });

  it('a 200,000-character line repeating their openings is read in one pass', async () => {
    const { diagnoseTracerLine } = await import('../../src/analyze/tracer-problems.js');
    // Each crafted line makes the old, unanchored forms try every opening and scan to the line's end.
    for (const [piece, format] of [["Can't stat '", 'strace'], ['ptrace(PTRACE_SEIZE', 'strace'], ['failed to execute ', 'dtruss']] as const) {
      expect(diagnoseTracerLine(piece.repeat(Math.ceil(200_000 / piece.length)), format)).toBeUndefined();
    }
  });
});

describe("a runtime's last words: the opening matched, the rest of the line taken by position", () => {
  it('reads the real shapes as before', async () => {
    const { abortMessage, crashInOutput } = await import('../../src/knowledge/crash-messages.js');
    // dtruss corpus 09 (boost beast), and libc++abi's usual prefix.
    expect(abortMessage('terminating with uncaught exception of type boost::exception_detail::clone_impl: bind: Address already in use')).toEqual({
      what: 'an uncaught C++ exception',
      type: 'boost::exception_detail::clone_impl',
      detail: 'bind: Address already in use',
    });
    expect(abortMessage('libc++abi: terminating with uncaught exception of type std::bad_alloc')).toMatchObject({ type: 'std::bad_alloc', detail: 'std::bad_alloc' });
    expect(abortMessage("a.out: t.c:3: int main(): Assertion `x > 0' failed.")).toEqual({ what: 'a failed assertion', detail: 'x > 0' });
    expect(abortMessage("t.c:3: main: Assertion `it's' failed")).toEqual({ what: 'a failed assertion', detail: "it's" });
    expect(abortMessage("a.out: t.c:3: main: Assertion `")).toBeUndefined();
    expect(abortMessage('Assertion failed: (x > 0), function main, file t.c, line 3.')).toEqual({ what: 'a failed assertion', detail: '(x > 0), function main, file t.c, line 3.' });
    expect(abortMessage("*** Terminating app due to uncaught exception 'NSRangeException', reason: 'index 3 beyond bounds'")).toEqual({
      what: 'an uncaught Objective-C exception',
      type: 'NSRangeException',
      detail: 'index 3 beyond bounds',
    });
    // dtruss corpus 11 (Red).
    expect(crashInOutput('*** Runtime Error 1: access violation')).toEqual({ what: 'a crash (an invalid memory access)', detail: 'access violation' });
    expect(crashInOutput('*** Runtime Error 1: out of memory')).toBeUndefined();
  });

  it('a 200,000-character line repeating their openings is read in one pass', async () => {
    const { crashInOutput } = await import('../../src/knowledge/crash-messages.js');
    for (const piece of ['terminating with uncaught exception of type x', ': Assertion `x', 'Assertion failed: x', "Terminating app due to uncaught exception 'x', reason: '", 'Runtime Error 1: x']) {
      const line = piece.repeat(Math.ceil(200_000 / piece.length));
      expect(() => crashInOutput(line)).not.toThrow();
    }
  });
});

describe("dtrace's probe error: the opening matched, the fault taken by position", () => {
  const dtruss = async (text: string) => {
    const { readTraceText } = await import('../../src/index.js');
    const { Analyzer } = await import('../../src/analyze/index.js');
    const { events, stats } = await readTraceText(text, { from: 'dtruss' });
    const a = new Analyzer({ os: stats.os, format: stats.format });
    for (const ev of events) a.push(ev);
    return a.finish(stats).findings;
  };

  it('reads the real line (dtruss corpus 10, line 12) as before', async () => {
    const line = 'dtrace: error on enabled probe ID 2184 (ID 167: syscall::write:return): invalid kernel access in action #13 at DIF offset 68';
    const [f] = await dtruss(`\tPID/THRD  SYSCALL(args) \t\t = return\n${line}\n`);
    expect(f).toMatchObject({ id: 'records-lost', title: 'dtrace dropped 1 call (probe errors)' });
    expect(f!.explanation).toContain('syscall::write:return; invalid kernel access');
  });

  it('a 200,000-character line repeating its opening is read in one pass', async () => {
    const piece = 'error on enabled probe ID 1 (ID 2: x): ';
    const findings = await dtruss(`\tPID/THRD  SYSCALL(args) \t\t = return\ndtrace: ${piece.repeat(Math.ceil(200_000 / piece.length))}\n`);
    expect(findings.some((f) => f.id === 'records-lost')).toBe(true);
  });
});

describe('dtruss -s stack frames read by position (was one regex for the three shapes)', () => {
  // The regex it replaces (cubic on backquotes and tabs), kept here to compare with.
  const old = (line: string): string | null => /^\s+(?<frame>\S+`\S.*|0x[0-9a-fA-F]+|\[ .* \])\s*$/.exec(line)?.groups?.frame!.trimEnd() ?? null;
  it('real frames (dtruss corpus 23, macOS 15) read as before', async () => {
    const { matchFrame } = await import('../../grammars/dtruss.js');
    expect(matchFrame('              libsystem_kernel.dylib`write+0x8')).toBe('libsystem_kernel.dylib`write+0x8');
    expect(matchFrame('              liblixutil.dylib`nix::MonitorFdHup::~MonitorFdHup()+0x40')).toBe('liblixutil.dylib`nix::MonitorFdHup::~MonitorFdHup()+0x40');
    expect(matchFrame('              0x10e3c2f4  ')).toBe('0x10e3c2f4');
    expect(matchFrame('              [ kernel ]')).toBe('[ kernel ]');
    expect(matchFrame('  8/0x1:  write(0x1, "a", 0x1)\t\t = 1 0')).toBeNull();
    expect(matchFrame('libsystem_kernel.dylib`write+0x8')).toBeNull();
  });
  it('does what the regex did on any short line (property, fixed seed)', async () => {
    const { matchFrame } = await import('../../grammars/dtruss.js');
    const piece = fc.constantFrom(' ', '\t', '\n', '\r', '`', '0x', 'a', 'F', '[', ']', '[ ', ' ]', '0', '\u2028');
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map((a) => a.join('')), (s) => matchFrame(s) === old(s)), { seed: 17, numRuns: 30_000 });
  });
  it("the checker's attack shape, 200,000 characters, in one pass", async () => {
    const { matchFrame } = await import('../../grammars/dtruss.js');
    expect(matchFrame('\n[' + '`0'.repeat(N) + '[' + '\t'.repeat(N) + '\n0x0')).toBeNull();
    expect(matchFrame(' a' + '`0'.repeat(N) + '\t'.repeat(N))).toBe('a' + '`0'.repeat(N));
  });
});

describe('stderr lines read by position: assertion, Ruby exception, error word (were unanchored .* regexes)', () => {
  const pattern = async (kind: string, rank: number) => {
    const { STDERR_PATTERNS } = await import('../../src/knowledge/stderr-messages.js');
    return STDERR_PATTERNS.find((p) => p.kind === kind && p.rank === rank)!.re;
  };
  // The regexes they replace, kept here to compare with.
  const OLD = {
    assertion: /Assertion [`'].*' failed\.?$/,
    ruby: /: .* \((?:[A-Z]\w*::)*[A-Z]\w*(?:Error|Exception|Interrupt)\)$/,
    error: /(?:^|: )(?:fatal|error|FATAL|ERROR|Error|PANIC|panic)(?:\[[^\]]*\])?: \S/,
  };
  const cases = [
    ['assertion', 'a failed assertion', 9],
    ['ruby', 'an uncaught Ruby exception', 8],
    ['error', 'an error message', 5],
  ] as const;

  it('real messages read as before', async () => {
    const assertion = await pattern('a failed assertion', 9);
    const ruby = await pattern('an uncaught Ruby exception', 8);
    const error = await pattern('an error message', 5);
    expect(assertion.test("a.out: t.c:3: main: Assertion `x > 0' failed.")).toBe(true);
    expect(assertion.test("python3: Objects/obmalloc.c:1234: Assertion 'p != NULL' failed")).toBe(true);
    expect(ruby.test("-e:1:in 'require': cannot load such file -- x (LoadError)")).toBe(true);
    expect(ruby.test('app.rb:3:in `<main>\': boom (Net::ReadTimeout::TimeoutError)')).toBe(true);
    expect(ruby.test('exiting (Error)')).toBe(false);
    expect(error.test('git: fatal: not a git repository')).toBe(true);
    expect(error.test('ERROR[main]: failed')).toBe(true);
    expect(error.test('psql: error: connection to server on socket "/tmp/.s.PGSQL.5432" failed')).toBe(true);
    expect(error.test('no errors: 0')).toBe(false);
  });

  it('do what the regexes did on any short line (property, fixed seed)', async () => {
    const piece = fc.constantFrom(': ', ' ', 'Assertion ', '`', "'", ' failed', '.', '\n', '\r', '(', ')', '::', 'A', 'LoadError', 'Exception', 'x', 'error', 'fatal', 'ERROR', '[', ']', 'Error');
    const line = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));
    for (const [key, kind, rank] of cases) {
      const re = await pattern(kind, rank);
      fc.assert(fc.property(line, (s) => re.test(s) === OLD[key].test(s)), { seed: 17, numRuns: 30_000 });
    }
  });

  it("the checker's attack shapes, 200,000 characters, in one pass", async () => {
    const assertion = await pattern('a failed assertion', 9);
    const ruby = await pattern('an uncaught Ruby exception', 8);
    const error = await pattern('an error message', 5);
    expect(assertion.test('Assertion `'.repeat(2 * N / 11) + 's')).toBe(false);
    expect(assertion.test('Assertion `'.repeat(2 * N / 11) + "s' failed")).toBe(true);
    expect(ruby.test(': '.repeat(N) + '\n:  (EError)')).toBe(true);
    expect(ruby.test(': '.repeat(N) + '\n (EError)')).toBe(false);
    expect(ruby.test(': '.repeat(N) + ' (' + 'A::'.repeat(N / 3) + 'EError)')).toBe(true);
    expect(error.test('\t' + '\t: fatal['.repeat(N / 5))).toBe(false);
    expect(error.test('\t: fatal['.repeat(N / 5) + ']: x')).toBe(true);
    expect(error.test(': error['.repeat(N / 8) + ': error: x')).toBe(true);
    expect(error.test(': error['.repeat(N / 8) + ' error: x')).toBe(false);
  });
});

describe("dtrace's probe error: the probe's name taken by position (was [^)]{1,200}, flagged by the fuzz checker)", () => {
  it('repeated openings with no probe name close', async () => {
    const { readTraceText } = await import('../../src/index.js');
    const { Analyzer } = await import('../../src/analyze/index.js');
    const piece = 'error on enabled probe ID 1 (ID 2: ' + 'x'.repeat(300);
    const line = 'dtrace: ' + piece.repeat(Math.ceil(200_000 / piece.length)) + 'error on enabled probe ID 3 (ID 4: syscall::read:return): invalid address (0x0) in action #1';
    const { events, stats } = await readTraceText(`\tPID/THRD  SYSCALL(args) \t\t = return\n${line}\n`, { from: 'dtruss' });
    const a = new Analyzer({ os: stats.os, format: stats.format });
    for (const ev of events) a.push(ev);
    expect(a.finish(stats).findings.find((f) => f.id === 'records-lost')?.explanation).toContain('syscall::read:return; invalid address (0x0)');
  });
});

describe('Nanos records found by position: openings, unfinished calls, Format B glued to output', () => {
  // The regexes and loops they replace (copied from grammars/nanos.ts before the change), to compare with.
  const RV = String.raw`-?E[A-Z0-9]+|-?\d+|0x[0-9a-fA-F]+|\?`;
  const OLD_CANDIDATE = /\[[^\]\n]{1,16}\] (?:<\.\.\. |[A-Za-z_][A-Za-z0-9_]*\()/g;
  const OLD_CALL = new RegExp(String.raw`^\[(?<label>[^\]\n]{1,16})\] (?<name>[A-Za-z_][A-Za-z0-9_]*)\((?<args>.*)\) = (?<rv>${RV})\s*$`);
  const OLD_UNFINISHED = /^\[(?<label>[^\]\n]{1,16})\] (?<name>[A-Za-z_][A-Za-z0-9_]*)\((?<args>.*?) ?<unfinished \.\.\.>\s*$/;
  const OLD_RESUMED = new RegExp(String.raw`^\[(?<label>[^\]\n]{1,16})\] <\.\.\. (?<name>[A-Za-z_][A-Za-z0-9_]*) resumed>(?<args>.*)\) = (?<rv>${RV})\s*$`);
  const OLD_END = new RegExp(String.raw`(?:\) = (?:${RV})|<unfinished \.\.\.>)\s*$`);
  const OLD_B_LINE = /^\s*(?<tid>\d+) (?:\[(?<tname>[^\]]*)\] )?(?<rest>.*)$/;
  const OLD_B_GLUED = /^(?<pre>.*?\S)\s+(?<tid>\d+) (?<rest>(?:direct return: |run thread, |nosyscall ).*)$/;
  const oldRecordA = (line: string): string | null => {
    if (!OLD_END.test(line)) return null;
    for (const m of line.matchAll(OLD_CANDIDATE)) {
      const s = line.slice(m.index);
      for (const [type, re] of [['call', OLD_CALL], ['resumed', OLD_RESUMED], ['unfinished', OLD_UNFINISHED]] as const) {
        const g = re.exec(s)?.groups;
        if (g) return JSON.stringify([type, g.label, g.name, g.args, g.rv ?? null, line.slice(0, m.index)]);
      }
    }
    return null;
  };
  const oldLineB = (line: string): string | null => {
    const g = OLD_B_LINE.exec(line)?.groups ?? OLD_B_GLUED.exec(line)?.groups;
    return g ? JSON.stringify([g.tid, g.tname ?? null, g.pre ?? '', g.rest]) : null;
  };
  const nanos = () => import('../../grammars/nanos.js');
  const newRecordA = (matchRecordA: (l: string) => ReturnType<typeof import('../../grammars/nanos.js').matchRecordA>) => (line: string): string | null => {
    const r = matchRecordA(line);
    return r ? JSON.stringify([r.type, r.label, r.name, r.args, 'rv' in r ? r.rv.text : null, r.prefix]) : null;
  };

  it('real lines read as before (nanos corpus)', async () => {
    const { matchRecordA, matchLineB } = await nanos();
    expect(matchRecordA('[2] read(3, 0x00000000ffe6bea8, 832 <unfinished ...>')).toEqual({ type: 'unfinished', label: '2', name: 'read', args: '3, 0x00000000ffe6bea8, 832', prefix: '' });
    expect(matchRecordA('[2] connect( <unfinished ...>')).toMatchObject({ type: 'unfinished', name: 'connect', args: '' });
    expect(matchRecordA('listening on 0.0.0.0:8080[2] write(1, 0x1, 25) = 25')).toMatchObject({ type: 'call', name: 'write', prefix: 'listening on 0.0.0.0:8080' });
    expect(matchRecordA('[2] <... read resumed>) = 832')).toMatchObject({ type: 'resumed', name: 'read', args: '' });
    expect(matchLineB('Hello, world        2 direct return: 12, rsp 0x70020fd300')).toEqual({ tid: 2, prefix: 'Hello, world', body: { type: 'return', value: 12, text: '12' } });
    expect(matchLineB('    2 thread_wakeup: 2->2 blocked_on sock transmit, RIP=0x43a8c0')).toMatchObject({ tid: 2, prefix: '' });
  });

  it('do what the regexes did on any short line (property, fixed seed)', async () => {
    const { matchRecordA, matchLineB } = await nanos();
    const read = newRecordA(matchRecordA);
    const a = fc.constantFrom('[', ']', '[2] ', '[ab] ', 'x', 'read(', '<... ', 'read resumed>', ') = 0', ') = -ENOENT', ' <unfinished ...>', ' ', '\n', '\r', '(', ')');
    fc.assert(fc.property(fc.array(a, { maxLength: 10 }).map((p) => p.join('')), (s) => read(s) === oldRecordA(s)), { seed: 17, numRuns: 40_000 });
    const b = fc.constantFrom('x', ' ', '\t', '2', '13', ' 2 ', 'direct return: ', 'run thread, ', 'nosyscall ', '\n', '\r', '[t] ', ':');
    const lineB = (s: string): string | null => {
      const r = matchLineB(s);
      if (!r) return null;
      const g = OLD_B_LINE.exec(s)?.groups ?? OLD_B_GLUED.exec(s)?.groups;
      return JSON.stringify([g!.tid, r.threadName ?? null, r.prefix, g!.rest]);
    };
    fc.assert(fc.property(fc.array(b, { maxLength: 10 }).map((p) => p.join('')), (s) => lineB(s) === oldLineB(s)), { seed: 17, numRuns: 40_000 });
  });

  it("the checker's attack shapes, and lines of repeated openings, 200,000 characters, in one pass", async () => {
    const { matchRecordA, matchLineB } = await nanos();
    expect(matchRecordA('[['.repeat(N) + '\n')).toBeNull();
    const r = matchRecordA('[['.repeat(N) + '[1] read() = 0');
    expect([r?.type, r?.name, r?.label.length, r?.prefix.length]).toEqual(['call', 'read', 16, 2 * N + 2 - 17]);
    expect(matchRecordA('[1] a('.repeat(N / 6) + '\r) = 0')).toBeNull();
    expect(matchRecordA('[1] <... a resumed>'.repeat(N / 19) + ' <unfinished ...>')).toBeNull();
    expect(matchRecordA('[1] <... a resumed>'.repeat(N / 19) + '[2] b( <unfinished ...>')).toMatchObject({ type: 'unfinished', label: '2', name: 'b' });
    expect(matchRecordA('[1] read(' + 'x'.repeat(N) + ' <unfinished ...>')?.args.length).toBe(N);
    expect(matchLineB(': 0 nosyscall '.repeat(N / 14) + '\n')).toBeNull();
    expect(matchLineB('out 7 nosyscall '.repeat(N / 16))).toMatchObject({ tid: 7, prefix: 'out' });
  });
});

describe("strace's sniff: a call's start with one run of leading blanks, its return read by position", () => {
  // The regexes they replace, kept here to compare with.
  const OLD_SNIFF_CALL =
    /^(?:\[pid +\d+(?:<[^>]*>)?\] |\d+(?:<[^>]*>)? +)?(?: *[\d:.]+ )?(?:\(\+ *[\d.]+\) )?(?:\[[ \d]{3}\d\] |\[\?\?\?\] )?(?:\[(?:[0-9a-f]{8}|[0-9a-f]{16}|\?{8}|\?{16})\] )?(?:[a-z_][a-z0-9_]*\(|<\.\.\. [a-z_0-9]+ resumed>|--- SIG|\+\+\+ (?:exited|killed))/;
  const OLD_RETURN = /\) += (?:-?\d+|0x[0-9a-f]+|\?)(?:<.*>)?(?: E[A-Z0-9_]+ \(.*\))?(?: \(.*\))?(?: <[\d.]+>)?$/;
  const sniff = () => import('../../grammars/strace-sniff.js');

  it('real lines read as before (strace corpus and fixtures)', async () => {
    const { SNIFF_CALL, endsWithReturn } = await sniff();
    const real = [
      'openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3',
      '13740 connect(3, {sa_family=AF_INET, sin_port=htons(5432), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 ECONNREFUSED (Connection refused)',
      '[pid 14135<demo>] 10:14:32.543180 read(3<socket:[12345]>, "x", 1) = 1 <0.000012>',
      '     0.000040 close(3)                  = 0',
      '1795428872.842566907 (+     0.000040) [ 257] [00007f1c69cfa011] brk(NULL) = 0x55d4c2a1e000',
      'rt_sigreturn({mask=[]})                 = 17 (INTERRUPTED)',
      'read(0</dev/pts/0>, "", 1) = ? ERESTARTSYS (To be restarted if SA_RESTART is set)',
      'lseek(3<\x2Fetc/passwd>, 0, SEEK_CUR)   = 0<\x2Fetc/passwd>',
      'wait4(-1, 0x7ffd, 0, NULL) = ? <unavailable>',
    ];
    for (const line of real) {
      expect(SNIFF_CALL.test(line)).toBe(OLD_SNIFF_CALL.test(line));
      expect(endsWithReturn(line), line).toBe(OLD_RETURN.test(line));
    }
    expect(endsWithReturn(real[2]!)).toBe(true);
    expect(endsWithReturn(real[6]!)).toBe(true);
  });

  it('do what the regexes did on any short line (property, fixed seed)', async () => {
    const { SNIFF_CALL, endsWithReturn } = await sniff();
    const head = fc.constantFrom('[pid ', ' ', '1', '12', '<a>', '] ', ':', '.', '(+ ', ') ', '[', '[???] ', '[0000abcd] ', 'read(', '<... a resumed>', '--- SIG', '+++ exited', 'x');
    fc.assert(fc.property(fc.array(head, { maxLength: 10 }).map((p) => p.join('')), (s) => SNIFF_CALL.test(s) === OLD_SNIFF_CALL.test(s)), { seed: 17, numRuns: 40_000 });
    const tail = fc.constantFrom(') = ', ')  = ', ')', ' ', '=', '0', '-1', '0x1f', '?', '<', '>', '<1.5>', ' <0.1>', ' E', 'EAGAIN', ' (', '(', 'x', '\n', '\r', '.');
    fc.assert(fc.property(fc.array(tail, { maxLength: 12 }).map((p) => p.join('')), (s) => endsWithReturn(s) === OLD_RETURN.test(s)), { seed: 17, numRuns: 60_000 });
  });

  it("the checker's attack shapes, 200,000 characters, in one pass", async () => {
    const { SNIFF_CALL, endsWithReturn } = await sniff();
    expect(SNIFF_CALL.test('0 ' + ' '.repeat(N) + ']')).toBe(false);
    expect(SNIFF_CALL.test('0 ' + ' '.repeat(N) + '12:00:00 read(')).toBe(true);
    const n = N / 6;
    expect(endsWithReturn(') = 0<'.repeat(n) + '> EE ('.repeat(n) + ') ('.repeat(n) + ') = 0')).toBe(true);
    expect(endsWithReturn(') = 0<'.repeat(n) + '> EE ('.repeat(n) + ') ('.repeat(n) + ') = 0x')).toBe(false);
    expect(endsWithReturn(') = 0 ('.repeat(n) + '\n)')).toBe(false);
    expect(endsWithReturn(') = 0<'.repeat(n) + ' <1>')).toBe(true);
    expect(endsWithReturn(') = 0<'.repeat(n) + ' (x')).toBe(false);
  });
});
