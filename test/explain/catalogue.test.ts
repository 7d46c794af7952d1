// The catalogue covers every syscall name that appears in the shared corpus (strace,
// dtruss incl. `_nocancel`, Nanos), read with the real pipeline; errno meanings depend on
// the call they come from.
import { describe, expect, it } from 'vitest';
import { readTraceFile } from '../../src/index.js';
import { errnoMeaning } from '../../src/knowledge/errno-meanings.js';
import { FCNTL_WORDS, IOCTL_WORDS, lookupSyscall, SYSCALLS, type SyscallEntry } from '../../src/knowledge/syscalls.js';
import { resolverNames } from '../../src/explain/explain.js';
import { CORPUS, itCorpus, traceFiles } from '../helpers/corpus.js';


describe('syscall catalogue', () => {
  itCorpus('has an entry for every syscall name in the corpus', async () => {
    const seen = new Map<string, string>();
    for (const f of traceFiles(CORPUS)) {
      let events;
      try {
        ({ events } = await readTraceFile(f));
      } catch {
        continue; // a file no format claims (kernel messages only): nothing to cover
      }
      for (const ev of events) if (ev.type === 'syscall' && !seen.has(ev.syscall)) seen.set(ev.syscall, f);
    }
    expect(seen.size).toBeGreaterThan(120);
    // Numbered names (`syscall_334`, `syscall_0x1f4`) are unknown calls by definition. Old
    // Nanos traces print scheduler notes (`1 sleep interruptible`) and cut-off lines that
    // the reader keeps as calls named `sleep` or with no name: not system calls.
    const notCalls = (n: string): boolean => /^syscall_(0x[0-9a-f]+|\d+)$/.test(n) || n === '' || n === 'sleep';
    const missing = [...seen].filter(([n]) => !notCalls(n) && !lookupSyscall(n)).map(([n, f]) => `${n} (${f})`);
    expect(missing).toEqual([]);
  }, 60_000);

  it('maps the 32-bit ABIs\' spellings to the plain entry (i386/ARM traces)', () => {
    expect(lookupSyscall('getuid32')).toBe(SYSCALLS.getuid);
    expect(lookupSyscall('fcntl64')).toBe(SYSCALLS.fcntl);
    expect(lookupSyscall('futex_time64')).toBe(SYSCALLS.futex);
    expect(lookupSyscall('clock_gettime64')).toBe(SYSCALLS.clock_gettime);
    expect(lookupSyscall('_newselect')).toBe(SYSCALLS.select);
    expect(lookupSyscall('ugetrlimit')).toBe(SYSCALLS.getrlimit);
    // Names that are calls of their own stay themselves.
    expect(lookupSyscall('pread64')).toBe(SYSCALLS.pread64);
    expect(lookupSyscall('getdents64')).toBe(SYSCALLS.getdents64);
    expect(lookupSyscall('nosuchcall64')).toBeUndefined();
  });

  it('maps Darwin spellings to the Linux entry', () => {
    expect(lookupSyscall('read_nocancel')).toBe(SYSCALLS.read);
    expect(lookupSyscall('sendto_nocancel')).toBe(SYSCALLS.sendto);
    expect(lookupSyscall('select_nocancel')).toBe(SYSCALLS.select);
  });

  it('every placeholder in a template is an argument role of that call or a known resolver', () => {
    const known = new Set(resolverNames());
    const bad: string[] = [];
    const templates = (e: SyscallEntry): string[] => [e.act, e.done, e.result ?? '', e.zero ?? ''];
    for (const [name, e] of Object.entries(SYSCALLS)) {
      expect(e.act, name).not.toBe('');
      expect(e.done, name).not.toBe('');
      for (const t of templates(e)) for (const m of t.matchAll(/\{([A-Za-z0-9_]+)\}/g)) if (!known.has(m[1]!) && !e.args.includes(m[1]!)) bad.push(`${name}: {${m[1]!}}`);
    }
    for (const [cmd, forms] of [...Object.entries(FCNTL_WORDS), ...Object.entries(IOCTL_WORDS)])
      for (const t of forms) for (const m of (t ?? '').matchAll(/\{([A-Za-z0-9_]+)\}/g)) if (!known.has(m[1]!)) bad.push(`${cmd}: {${m[1]!}}`);
    expect(bad).toEqual([]);
  });
});

describe('errno in context', () => {
  it('ENOENT differs between a UNIX connect, an open and an exec', () => {
    const unix = errnoMeaning('ENOENT', ['connect:unix', 'connect']);
    const open = errnoMeaning('ENOENT', ['open']);
    const exec = errnoMeaning('ENOENT', ['exec']);
    expect(unix).toMatch(/nothing is listening at that path/);
    expect(open).toBe('the file does not exist');
    expect(exec).toMatch(/no program/);
  });

  it('EACCES on bind to an INET port talks about ports below 1024', () => {
    expect(errnoMeaning('EACCES', ['bind:inet-low', 'bind:inet', 'bind'])).toMatch(/below 1024/);
    expect(errnoMeaning('EACCES', ['bind:inet', 'bind'])).not.toMatch(/below 1024/);
  });

  it('EAGAIN from accept, recv and a plain read say different things', () => {
    expect(errnoMeaning('EAGAIN', ['accept'])).toMatch(/another process or thread took it/);
    expect(errnoMeaning('EAGAIN', ['recv:inet', 'recv'])).toMatch(/no data had arrived/);
    expect(errnoMeaning('ECONNREFUSED', ['connect:inet', 'connect'])).toMatch(/nothing is listening on that address and port/);
    expect(errnoMeaning('EINPROGRESS', ['connect:inet', 'connect'])).toMatch(/non-blocking/);
    expect(errnoMeaning('EPIPE', ['send'])).toMatch(/peer closed/);
    expect(errnoMeaning('ERESTARTSYS', [])).toMatch(/signal/);
  });
});
