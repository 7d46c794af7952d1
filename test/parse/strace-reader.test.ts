// One real line per shape of the strace reference (../shared/formats/strace.md), read into a record.
import { describe, expect, it } from 'vitest';
import { StraceReader } from '../../src/parse/strace.js';
import type { CallRecord, TraceRecord } from '../../src/model/index.js';

function read(...lines: string[]): TraceRecord[] {
  const r = new StraceReader();
  return lines.map((text, i) => r.read(text, { line: i + 1 }));
}
function call(line: string): CallRecord {
  const rec = read(line)[0]!;
  if (rec.kind !== 'syscall' && rec.kind !== 'unfinished' && rec.kind !== 'resumed') throw new Error(`not a call: ${rec.kind} ${JSON.stringify(rec)}`);
  return rec;
}

describe('strace line prefixes', () => {
  it('reads the -o style pid, -t/-tt/-ttt, -r, -r -tt and ns precision', () => {
    expect(call('13740 openat(AT_FDCWD, "/etc/hostname", O_RDONLY) = 3')).toMatchObject({ pid: 13740, name: 'openat', args: 'AT_FDCWD, "/etc/hostname", O_RDONLY' });
    expect(call('13776 10:14:32 openat(AT_FDCWD, "/etc/hostname", O_RDONLY) = 3')).toMatchObject({ pid: 13776, timeText: '10:14:32' });
    expect(call('13794 1795428872.591982 openat(AT_FDCWD, "/etc/hostname", O_RDONLY) = 3')).toMatchObject({ timeText: '1795428872.591982' });
    expect(call('13803      0.000040 openat(AT_FDCWD, "/etc/hostname", O_RDONLY) = 3')).toMatchObject({ pid: 13803, relative: 0.00004 });
    expect(call('13830 10:14:32.790929 (+     0.000040) openat(AT_FDCWD, "/etc/hostname", O_RDONLY) = 3')).toMatchObject({ timeText: '10:14:32.790929', relative: 0.00004 });
    expect(call('13849 10:14:32.892 (+     0) openat(AT_FDCWD, "/etc/hostname", O_RDONLY) = 3')).toMatchObject({ timeText: '10:14:32.892', relative: 0 });
    const ns = call('13839 1795428872.842566907 openat(AT_FDCWD, "/etc/hostname", O_RDONLY) = 3 <0.000009534>');
    expect(ns.timeText).toBe('1795428872.842566907');
    expect(ns.duration).toBeCloseTo(0.000009534, 12);
  });

  it('reads [pid N], [pid N<comm>], N<comm>, -n and -i', () => {
    expect(call('[pid 13758] close(5 <unfinished ...>')).toMatchObject({ kind: 'unfinished', pid: 13758, name: 'close', args: '5' });
    expect(call('[pid 14135<demo>] close(5 <unfinished ...>')).toMatchObject({ pid: 14135, comm: 'demo' });
    expect(call('14126<demo> openat(AT_FDCWD, "/etc/hostname", O_RDONLY) = 3')).toMatchObject({ pid: 14126, comm: 'demo' });
    expect(call('13979 [ 257] openat(AT_FDCWD, "/etc/hostname", O_RDONLY) = 3')).toMatchObject({ nr: 257 });
    expect(call('14271 [ 257] [00007f8787d7c011] openat(AT_FDCWD, "/etc/hostname", O_RDONLY) = 3')).toMatchObject({ nr: 257, ip: '00007f8787d7c011' });
    expect(read('13999 [????????????????] +++ exited with 0 +++')[0]).toMatchObject({ kind: 'exit', code: 0, ip: '????????????????' });
  });

  it('reads lines with no prefix at all', () => {
    const rec = call('openat(AT_FDCWD, "/etc/hostname", O_RDONLY) = 3');
    expect(rec.pid).toBeUndefined();
    expect(rec.ret?.value).toBe(3);
  });
});

describe('strace return sections', () => {
  it('reads errors, restarts, hex, decorations and notes', () => {
    const err = call('13740 connect(4, {sa_family=AF_INET, sin_port=htons(1), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 ECONNREFUSED (Connection refused)');
    expect(err.ret).toMatchObject({ value: -1, errno: 'ECONNREFUSED', message: 'Connection refused' });
    const restart = call('15461 10:15:41.344393 read(3<pipe:[31055]>, 0x7f4513d90360, 64) = ? ERESTARTSYS (To be restarted if SA_RESTART is set) <0.048837>');
    expect(restart.ret).toMatchObject({ value: null, errno: 'ERESTARTSYS', message: 'To be restarted if SA_RESTART is set' });
    expect(restart.duration).toBe(0.048837);
    expect(call('13740 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7faae1882000').ret).toMatchObject({ value: 0x7faae1882000, hex: true });
    expect(call('11214 fcntl(3, F_GETFL)                 = 0x2 (flags O_RDWR)').ret).toMatchObject({ value: 2, notes: ['flags O_RDWR'] });
    const deco = call('13876 openat(AT_FDCWD</srv/captures/strace/corpus>, "/dev/null", O_WRONLY) = 3</dev/null<char 1:3>>');
    expect(deco.ret).toMatchObject({ value: 3, decoration: '/dev/null<char 1:3>' });
    const tcp = call('19549 accept4(3<TCPv6:[[::1]:38201]>, {sa_family=AF_INET6, sin6_port=htons(51636), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, [28], SOCK_CLOEXEC) = 5<TCPv6:[[::1]:38201->[::1]:51636]>');
    expect(tcp.ret).toMatchObject({ value: 5, decoration: 'TCPv6:[[::1]:38201->[::1]:51636]' });
    // A path ending in `-` is not a socket arrow (text written for this test; /etc/passwd- is a real backup file name).
    expect(call('1 openat(AT_FDCWD, "/etc/passwd-", O_RDONLY|O_CLOEXEC) = 3</etc/passwd->').ret).toMatchObject({ value: 3, decoration: '/etc/passwd-' });
    expect(call('19450 memfd_create("misc-memfd", MFD_CLOEXEC) = 4</memfd:misc-memfd>(deleted)').ret).toMatchObject({ value: 4, decoration: '/memfd:misc-memfd' });
    expect(call('13741 exit_group(3)                     = ?').ret).toMatchObject({ value: null });
    expect(call('14794 openat(AT_FDCWD, "/dev/null", O_WRONLY) = -1 EACCES (Permission denied) (INJECTED)').ret).toMatchObject({ errno: 'EACCES', notes: ['INJECTED'] });
    expect(call('14794 write(-1, "\\0\\1\\177\\200\\377A\\n", 7) = 1 (INJECTED)').ret).toMatchObject({ value: 1, notes: ['INJECTED'] });
    expect(call('14182 openat(0xffffff9c, 0x7f0fb33bf0b1, 0x80000, 0) = 0x3').ret).toMatchObject({ value: 3, hex: true });
    expect(call('19478<misc> getpid()                    = 19478<misc-renamed>').ret).toMatchObject({ value: 19478, decoration: 'misc-renamed' });
  });

  it('finds the end of the arguments at the last ") =" that starts a readable return', () => {
    const wait = call('13740 wait4(13741, [{WIFEXITED(s) && WEXITSTATUS(s) == 3}], 0, NULL) = 13741');
    expect(wait.args).toBe('13741, [{WIFEXITED(s) && WEXITSTATUS(s) == 3}], 0, NULL');
    const s = call('1 write(1, "a) = 5 (b)", 10) = 10');
    expect(s.args).toBe('1, "a) = 5 (b)", 10');
    expect(s.ret?.value).toBe(10);
    const sel = call('[pid 11680] pselect6(7, [5 6], NULL, NULL, {tv_sec=60, tv_nsec=0}, NULL) = 1 (in [5], left {tv_sec=51, tv_nsec=31078296}) <1.020974>');
    expect(sel.ret?.notes).toEqual(['in [5], left {tv_sec=51, tv_nsec=31078296}']);
  });

  it('reads -T <unavailable> and unknown errno numbers', () => {
    expect(call('1 read(3, "", 1) = 0 <unavailable>').durationUnavailable).toBe(true);
    expect(call('1 foo(1) = -1 (errno 520)').ret).toMatchObject({ value: -1, errnoNumber: 520 });
  });
});

describe('split calls', () => {
  it('reads entry halves with one or two spaces and exit halves in old and new spacing', () => {
    expect(call('13740 wait4(13741,  <unfinished ...>')).toMatchObject({ kind: 'unfinished', args: '13741, ' });
    expect(call('23443 vfork( <unfinished ...>')).toMatchObject({ kind: 'unfinished', args: '' });
    expect(call('11937 10:12:57.461038 <... clock_nanosleep resumed>NULL) = 0 <0.015038>')).toMatchObject({ kind: 'resumed', name: 'clock_nanosleep', args: 'NULL', duration: 0.015038 });
    expect(call('15037 10:15:02.898109 <... clone3 resumed> => {parent_tid=[15038]}, 88) = 15038 <0.000116>').args).toBe(' => {parent_tid=[15038]}, 88');
    expect(call('32434 <... set_robust_list resumed> )   = 0').args).toBe('');
    expect(call('[pid   597] <... clone resumed> child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f4caf7b8a10) = 750').args).toBe(
      'child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f4caf7b8a10',
    );
  });

  it('reads calls that never return and detaches', () => {
    expect(call('10:15:40.384035 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=10, tv_nsec=0},  <unfinished ...>) = ?')).toMatchObject({
      kind: 'syscall', interrupted: true, args: 'CLOCK_REALTIME, 0, {tv_sec=10, tv_nsec=0}, ',
    });
    expect(call('15582 10:15:45.392015 <... read resumed> <unfinished ...>) = ?')).toMatchObject({ kind: 'resumed', interrupted: true, args: '' });
    expect(call('29584 execve("/bin/true", ["/bin/true"], 0x55bcadca1bf8 /* 39 vars */ <detached ...>')).toMatchObject({ detached: true });
    expect(call('10:15:42.992396 restart_syscall(<... resuming interrupted read ...> <detached ...>')).toMatchObject({ detached: true, args: '<... resuming interrupted read ...>' });
  });

  it('splits a strace message spliced into a line and reads the rest from the next line', () => {
    const [head, rest] = read(
      'clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLDstrace: Process 13759 attached',
      ', child_tidptr=0x7ff962366a10) = 13759',
    );
    expect(head).toMatchObject({ kind: 'unfinished', name: 'clone', args: 'child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD' });
    expect((head as CallRecord).spliced).toMatchObject({ kind: 'attach', target: 13759 });
    expect(rest).toMatchObject({ kind: 'resumed', name: 'clone', continuation: true, args: ', child_tidptr=0x7ff962366a10', ret: { value: 13759 } });
    const [h2, r2] = read('restart_syscall(<... resuming interrupted read ...>strace: Process 15559 detached', ' <detached ...>');
    expect((h2 as CallRecord).spliced).toMatchObject({ kind: 'detach', target: 15559 });
    expect(r2).toMatchObject({ kind: 'resumed', detached: true });
  });
});

describe('lines that are not calls', () => {
  it('reads signals, exits and tracer messages', () => {
    expect(read('13740 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=13741, si_uid=0, si_status=3, si_utime=0, si_stime=0} ---')[0]).toMatchObject({
      kind: 'signal', signal: 'SIGCHLD', info: 'si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=13741, si_uid=0, si_status=3, si_utime=0, si_stime=0',
    });
    expect(read('10:15:41.975299 --- stopped by SIGSTOP ---')[0]).toMatchObject({ kind: 'signal', signal: 'SIGSTOP', stopped: true });
    expect(read('15435 +++ killed by SIGSEGV (core dumped) +++')[0]).toMatchObject({ kind: 'exit', signal: 'SIGSEGV', core: true });
    expect(read('15570 +++ superseded by execve in pid 15571 +++')[0]).toMatchObject({ kind: 'exit', supersededBy: 15571 });
    expect(read('strace: Process 15586 attached with 4 threads')[0]).toMatchObject({ kind: 'attach', target: 15586, threads: 4 });
    expect(read('other_versions/strace-7.2: Process 22129 attached')[0]).toMatchObject({ kind: 'attach', source: 'other_versions/strace-7.2' });
    expect(read("strace: Can't stat '/nonexistent/binary': No such file or directory")[0]).toMatchObject({ kind: 'tracer', source: 'strace' });
    expect(read('[ Process PID=23450 runs in 32 bit mode. ]')[0]).toMatchObject({ kind: 'tracer', target: 23450 });
  });

  it('reads --pidns-translation comments after a returned pid, with a duration after them', () => {
    // real: `strace -f --pidns-translation unshare -fp ...` captured here (strace 6.1), line 155; the duration is hand-added
    const [r] = read("23877 getpid()                          = 1 /* 23877 in strace's PID NS */ <0.000010>");
    expect(r).toMatchObject({ kind: 'syscall', ret: { value: 1, notes: ["23877 in strace's PID NS"] }, duration: 0.00001 });
  });

  it('reads the shapes of strace 4.x: messages without the `strace: ` prefix, and the old signal line', () => {
    // From strace's sources before 4.13 (`Process %u attached - interrupt to quit` for -p) and
    // before 4.7 (`--- %s (%s) @ %lx (%lx) ---`); hand-built, no capture of those versions here.
    expect(read('Process 1234 attached - interrupt to quit')[0]).toMatchObject({ kind: 'attach', target: 1234, source: 'strace' });
    expect(read('Process 1235 attached')[0]).toMatchObject({ kind: 'attach', target: 1235 });
    expect(read('Process 1235 detached')[0]).toMatchObject({ kind: 'detach', target: 1235 });
    expect(read('[pid  1235] --- SIGCHLD (Child exited) @ 0 (0) ---')[0]).toMatchObject({ kind: 'signal', signal: 'SIGCHLD', info: 'Child exited @ 0 (0)' });
    // strace 4.6, a group-stop (no siginfo): `"--- %s by %s ---", strsignal(sig), signame(sig)` (strace.c at
    // v4.6). SYNTHETIC lines built from that printf and glibc's strsignal texts.
    expect(read('[pid 29137] --- Stopped (signal) by SIGSTOP ---')[0]).toMatchObject({ kind: 'signal', pid: 29137, signal: 'SIGSTOP', info: 'Stopped (signal)', stopped: true });
    expect(read('29140 10:15:41.975299 --- Stopped by SIGTSTP ---')[0]).toMatchObject({ kind: 'signal', pid: 29140, signal: 'SIGTSTP', info: 'Stopped', stopped: true });
    expect(read('--- Stopped (tty input) by SIGTTIN ---')[0]).toMatchObject({ kind: 'signal', signal: 'SIGTTIN', stopped: true });
    // Program output that only looks alike stays output.
    expect(read('Process 1235 attached to the queue')[0]!.kind).toBe('output');
    expect(read('--- stood by me ---')[0]!.kind).not.toBe('signal');
    expect(read('--- {not siginfo} by SIGSTOP ---')[0]!.kind).not.toBe('signal');
  });

  it('reads stack frames, hex dumps and summary tables', () => {
    expect(read(' > /usr/lib/x86_64-linux-gnu/libc.so.6(__connect+0x10) [0x10a7c0]')[0]).toMatchObject({ kind: 'stack', frame: '/usr/lib/x86_64-linux-gnu/libc.so.6(__connect+0x10) [0x10a7c0]' });
    expect(read(' | 00000  68 65 6c 6c 6f 09 77 6f  72 6c 64 20 22 71 75 6f  hello.world "quo |')[0]).toMatchObject({ kind: 'dump', offset: 0, ascii: 'hello.world "quo' });
    const [h, rule, row, row2] = read(
      '% time     seconds  usecs/call     calls    errors syscall',
      '------ ----------- ----------- --------- --------- ----------------',
      ' 22.84    0.000156          52         3           bind',
      '  7.03    0.000048           6         8         2 write',
    );
    expect(h).toMatchObject({ kind: 'summary', part: 'header' });
    expect(rule).toMatchObject({ kind: 'summary', part: 'rule' });
    expect(row).toMatchObject({ kind: 'summary', part: 'row', syscall: 'bind', calls: 3, errors: 0, seconds: 0.000156 });
    expect(row2).toMatchObject({ syscall: 'write', calls: 8, errors: 2 });
  });

  it('keeps program output and unreadable call lines, with a reason', () => {
    expect(read('psql: error: connection to server on socket "/tmp/.s.PGSQL.5432" failed')[0]).toMatchObject({ kind: 'output' });
    const bad = read('123 openat(AT_FDCWD, "/etc/x", O_RDONLY')[0]!;
    expect(bad.kind).toBe('unparsed');
    expect(bad).toMatchObject({ line: 1 });
    expect((bad as { reason: string }).reason).toMatch(/openat/);
    expect(read('')[0]!.kind).toBe('blank');
  });
});

describe('strace 7 --color=always', () => {
  it('reads lines wrapped in SGR codes and keeps the original text', () => {
    const line = '\x1b[33mopenat\x1b[0m(\x1b[35m\x1b[34mAT_FDCWD\x1b[35m\x1b[0m, "/etc/hostname", O_RDONLY) = 3';
    const rec = read(line)[0] as CallRecord;
    expect(rec).toMatchObject({ kind: 'syscall', name: 'openat', args: 'AT_FDCWD, "/etc/hostname", O_RDONLY', ret: { value: 3 } });
    expect(rec.text).toBe(line);
  });
});
