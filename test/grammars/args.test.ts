import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArgs, parseValue } from '../../grammars/args.js';
import { printArg, printArgs } from '../../grammars/print-args.js';
import type { ArgList, ArgValue } from '../../src/model/args.js';
import { itCorpus } from '../helpers/corpus.js';

const CORPUS = new URL('../../../shared/corpus/', import.meta.url);

/** Argument texts quoted exactly from corpus lines; the first test checks each quote against its file. */
const REAL: { at: string; args: string }[] = [
  { at: 'strace/f02_f.txt:37', args: '3, "\\0\\1\\177\\200\\377A\\n", 7' },
  { at: 'strace/f02_f.txt:35', args: '1, "hello\\tworld \\"quoted\\" caf\\303\\251\\n", 27' },
  { at: 'strace/f02_f.txt:38', args: '3, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"..., 100' },
  { at: 'strace/f15_yy.txt:49', args: '4<UNIX-STREAM:[26853]>, {sa_family=AF_UNIX, sun_path=@"demo-abstract"}, 16' },
  { at: 'strace/f15_yy.txt:53', args: '4<UNIX-STREAM:[26853,@"demo-abstract"]>, {sa_family=AF_UNIX}, [110 => 2]' },
  { at: 'strace/f15_yy.txt:5', args: 'AT_FDCWD</srv/captures/strace/corpus>, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC' },
  { at: 'strace/f15_yy.txt:6', args: '3</etc/ld.so.cache>, "", {st_mode=S_IFREG|0644, st_size=34791, ...}, AT_EMPTY_PATH' },
  {
    at: 'strace/k_ipv6_tcp_udp_yy.txt:665',
    args: '3<TCPv6:[[::1]:38201]>, {sa_family=AF_INET6, sin6_port=htons(51636), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, [28], SOCK_CLOEXEC',
  },
  { at: 'strace/j_misc_shapes_yy.txt:42', args: '3</tmp/misc-deleted.txt>(deleted), "still here\\n", 11' },
  {
    at: 'strace/j_misc_shapes_yy.txt:33',
    args: '3<UDP:[127.0.0.1:59690->127.0.0.1:9]>, {sa_family=0xc8 /* AF_??? */, sa_data="weird-data\\0\\1\\2\\3"}, 16',
  },
  { at: 'strace/f20_X_verbose.txt:5', args: '-100 /* AT_FDCWD */, "/etc/ld.so.cache", 0x80000 /* O_RDONLY|O_CLOEXEC */' },
  {
    at: 'strace/f20_X_verbose.txt:40',
    args: '4, {sa_family=0x2 /* AF_INET */, sin_port="\\x00\\x01" /* htons(1) */, sin_addr="\\x7f\\x00\\x00\\x01" /* inet_addr("127.0.0.1") */}, 16',
  },
  { at: 'strace/f02_f.txt:111', args: '[{WIFEXITED(s) && WEXITSTATUS(s) == 3}], 0, NULL' },
  {
    at: 'strace/f16_x.txt:35',
    args: '1, "\\x68\\x65\\x6c\\x6c\\x6f\\x09\\x77\\x6f\\x72\\x6c\\x64\\x20\\x22\\x71\\x75\\x6f\\x74\\x65\\x64\\x22\\x20\\x63\\x61\\x66\\xc3\\xa9\\x0a", 27',
  },
  { at: 'strace/f02_f.txt:28', args: '0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}' },
  {
    at: 'strace/f36_Y_comm.txt:99',
    args: 'child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7ffa22beea10',
  },
  { at: 'strace/g_node_fs_threads.txt:313', args: ' => {parent_tid=[15038]}, 88' },
  { at: 'strace/f22_n.txt:101', args: ', child_tidptr=0x7f79a3916a10' },
  { at: 'strace/f02_f.txt:107', args: '13741, ' },
  { at: 'strace/h08_stop_cont_restart_syscall.txt:111', args: '<... resuming interrupted clock_nanosleep ...>' },
  { at: 'strace/j_misc_shapes_yy.txt:36', args: '3<NETLINK:[52457]>, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12' },
  { at: 'strace/f02_f.txt:118', args: '"/bin/true", ["/bin/true", "--version-not-really"], 0x7fff7329a6c8 /* 39 vars */' },
  { at: 'strace/j_misc_shapes_X_verbose_yy.txt:105', args: '0 /* SIG_BLOCK */, NULL, ~[9 /* KILL */ 19 /* STOP */], 8' },
  { at: 'strace/j_misc_shapes_yy.txt:105', args: 'SIG_BLOCK, NULL, ~[KILL STOP], 8' },
  { at: 'strace/g_python_threads_io.txt:578', args: 'SIG_BLOCK, ~[], [], 8' },
  { at: 'strace/d_prefork_echo_select_selfpipe.txt:582', args: '5, [3<TCP:[127.0.0.1:40000]> 4<pipe:[21185]>], NULL, NULL, NULL, NULL' },
  {
    at: 'strace/c_redis_fork_shared_socket.txt:231',
    args: '0</dev/null<char 1:3>>, "", {st_mode=S_IFCHR|0666, st_rdev=makedev(0x1, 0x3), ...}, AT_EMPTY_PATH',
  },
  { at: 'strace/k2_af_packet_sockaddr_ll.txt:547', args: '3<socket:[244903]>, {sa_family=AF_PACKET, sa_data="\\0\\3\\1\\0\\0\\0\\4\\3\\0\\6\\0\\0\\0\\0\\0\\0"}, [20 => 18]' },
  {
    at: 'strace/j_misc_shapes_X_verbose_yy.txt:40',
    args: '-100 /* AT_FDCWD */</srv/captures/strace/corpus>, "/tmp/misc-deleted.txt", 0x242 /* O_RDWR|O_CREAT|O_TRUNC */, 0600',
  },
  { at: 'strace/f20_X_verbose.txt:99', args: 'child_stack=NULL, flags=0x1200000 /* CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID */|17 /* SIGCHLD */, child_tidptr=0x7ffa9adefa10' },
  { at: 'dtruss/03_f_hello_c_sysctl.txt:9', args: '[CTL_KERN, 14, 1, 3734, 0, 0] (4), 0x7FFEED20DF38, 0x7FFEED20DF30, 0x0, 0x0' },
  { at: 'dtruss/07_plain_du_errno_without_Err_prefix_sip_errors.txt:37', args: 'kern.osvariant_status, 0x15, 0x7FF7B04D5710, 0x7FF7B04D5708, 0x0' },
  { at: 'dtruss/07_plain_du_errno_without_Err_prefix_sip_errors.txt:79', args: '0xFFFFFFFFFFFFFFFE, 0x7FF40FF04938, 0x7FF40FF04940' },
  { at: 'dtruss/05_a_go_tcp_server_socket_bind_listen_accept.txt:15', args: '0x7, "test test test\\r\\n\\340AB%*t\\0", 0x8000' },
  { at: 'dtruss/03_f_hello_c_sysctl.txt:6', args: '"/AppleInternal/XBS/.isChrooted\\0", 0x7FFEED20E2B8, 0x0' },
  { at: 'nanos/nanos-2109-openj9-libdl-newfmt.txt:21', args: '3, "", [{st_ino=0xffffbcc000000780, st_mode=0x81ff, st_size=14432}], 4096' },
  { at: 'nanos-live/nanostest-hw-trace-tcg.txt:16', args: '3, 0x00000000fff2a0b8, 832' },
];

function corpusLine(at: string): string {
  const [file, n] = at.split(':') as [string, string];
  return readFileSync(new URL(file, CORPUS), 'utf8').split('\n')[Number(n) - 1]!;
}

function only(list: ArgList, i: number): ArgValue {
  expect(list.failed).toBeUndefined();
  return list.items[i]!;
}

function byName(v: ArgValue, name: string): ArgValue {
  if (v.kind !== 'struct') throw new Error(`not a struct: ${printArg(v)}`);
  const field = v.items.find((f) => f.kind === 'assign' && f.name === name);
  if (!field || field.kind !== 'assign') throw new Error(`no field ${name}`);
  return field.value;
}

describe('parseArgs on real argument texts', () => {
  itCorpus('quotes every sample exactly from its corpus line', () => {
    for (const { at, args } of REAL) expect(corpusLine(at), at).toContain(args);
  });

  it('reads every sample without failure and prints it back exactly', () => {
    for (const { at, args } of REAL) {
      const list = parseArgs(args);
      expect(list.failed, at).toBeUndefined();
      expect(printArgs(list), at).toBe(args);
    }
  });

  it('decodes octal escapes to bytes, Latin-1 when not UTF-8 (f02_f.txt:37)', () => {
    const s = only(parseArgs('3, "\\0\\1\\177\\200\\377A\\n", 7'), 1);
    expect(s).toMatchObject({ kind: 'str', truncated: false });
    if (s.kind !== 'str') throw new Error();
    expect(s.value).toBe('\x00\x01\x7f\x80\xffA\n');
  });

  it('decodes UTF-8 written as octal escapes (f02_f.txt:35) and as \\xHH (f16_x.txt:35)', () => {
    const a = only(parseArgs('1, "hello\\tworld \\"quoted\\" caf\\303\\251\\n", 27'), 1);
    expect(a).toMatchObject({ kind: 'str', value: 'hello\tworld "quoted" café\n' });
    const b = only(parseArgs(REAL.find((r) => r.at === 'strace/f16_x.txt:35')!.args), 1);
    expect(b).toMatchObject({ kind: 'str', value: 'hello\tworld "quoted" café\n' });
  });

  it('marks strings cut at -s (f02_f.txt:38)', () => {
    const s = only(parseArgs('3, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"..., 100'), 1);
    expect(s).toMatchObject({ kind: 'str', truncated: true, value: 'x'.repeat(32) });
  });

  it('reads an abstract UNIX sockaddr (f15_yy.txt:49)', () => {
    const list = parseArgs('4<UNIX-STREAM:[26853]>, {sa_family=AF_UNIX, sun_path=@"demo-abstract"}, 16');
    expect(only(list, 0)).toEqual({
      kind: 'fd',
      value: { kind: 'int', text: '4', value: 4 },
      decoration: 'UNIX-STREAM:[26853]',
    });
    const path = byName(only(list, 1), 'sun_path');
    expect(path).toMatchObject({ kind: 'str', abstract: true, value: 'demo-abstract' });
    expect(byName(only(list, 1), 'sa_family')).toEqual({ kind: 'name', text: 'AF_UNIX' });
  });

  it('reads the IPv6 sockaddr with its bare inet_pton field (k_ipv6_tcp_udp_yy.txt:665)', () => {
    const list = parseArgs(REAL.find((r) => r.at === 'strace/k_ipv6_tcp_udp_yy.txt:665')!.args);
    expect(only(list, 0)).toMatchObject({ kind: 'fd', decoration: 'TCPv6:[[::1]:38201]' });
    const sa = only(list, 1);
    expect(byName(sa, 'sin6_port')).toEqual({ kind: 'call', name: 'htons', args: [{ kind: 'int', text: '51636', value: 51636 }] });
    if (sa.kind !== 'struct') throw new Error();
    expect(sa.items[3]).toEqual({
      kind: 'call',
      name: 'inet_pton',
      args: [
        { kind: 'name', text: 'AF_INET6' },
        { kind: 'str', text: '"::1"', value: '::1', truncated: false },
        { kind: 'name', text: '&sin6_addr' },
      ],
    });
    expect(only(list, 2)).toEqual({ kind: 'array', sep: ', ', items: [{ kind: 'int', text: '28', value: 28 }] });
  });

  it('keeps nested and socket decorations whole (c_redis_fork_shared_socket.txt:231, f15_yy.txt:53)', () => {
    expect(only(parseArgs(REAL.find((r) => r.at === 'strace/c_redis_fork_shared_socket.txt:231')!.args), 0)).toMatchObject({
      kind: 'fd',
      decoration: '/dev/null<char 1:3>',
    });
    const acc = parseArgs('4<UNIX-STREAM:[26853,@"demo-abstract"]>, {sa_family=AF_UNIX}, [110 => 2]');
    expect(only(acc, 0)).toMatchObject({ kind: 'fd', decoration: 'UNIX-STREAM:[26853,@"demo-abstract"]' });
    expect(only(acc, 2)).toEqual({
      kind: 'array',
      sep: ', ',
      items: [{ kind: 'inout', before: { kind: 'int', text: '110', value: 110 }, after: { kind: 'int', text: '2', value: 2 } }],
    });
    // the return value of f15_yy.txt:53, as the decoder would read it
    expect(parseValue('6<UNIX-STREAM:[26861->26857,@"demo-abstract"]>')).toMatchObject({
      kind: 'fd',
      decoration: 'UNIX-STREAM:[26861->26857,@"demo-abstract"]',
    });
    expect(parseValue('5<TCPv6:[[::1]:38201->[::1]:51636]>')).toMatchObject({ decoration: 'TCPv6:[[::1]:38201->[::1]:51636]' });
  });

  it('reads the (deleted) marker outside (j_misc_shapes_yy.txt:42) and inside (strace 4.26 shape from strace.md §7)', () => {
    expect(only(parseArgs('3</tmp/misc-deleted.txt>(deleted), "still here\\n", 11'), 0)).toMatchObject({
      kind: 'fd',
      decoration: '/tmp/misc-deleted.txt',
      deleted: true,
    });
    const old = '3</tmp/misc-deleted.txt (deleted)>, "still here\\n", 11';
    const list = parseArgs(old);
    expect(only(list, 0)).toMatchObject({ kind: 'fd', decoration: '/tmp/misc-deleted.txt', deleted: true, deletedInside: true });
    expect(printArgs(list)).toBe(old);
  });

  it('reads a comment before the decoration and flags with comments (-X verbose)', () => {
    const list = parseArgs(REAL.find((r) => r.at === 'strace/j_misc_shapes_X_verbose_yy.txt:40')!.args);
    expect(only(list, 0)).toEqual({
      kind: 'fd',
      value: { kind: 'commented', value: { kind: 'int', text: '-100', value: -100 }, comment: 'AT_FDCWD' },
      decoration: '/srv/captures/strace/corpus',
    });
    expect(only(list, 3)).toEqual({ kind: 'int', text: '0600', value: 0o600 });
    const clone = parseArgs(REAL.find((r) => r.at === 'strace/f20_X_verbose.txt:99')!.args);
    const flags = only(clone, 1);
    expect(flags).toMatchObject({ kind: 'assign', name: 'flags', value: { kind: 'flags' } });
    if (flags.kind !== 'assign' || flags.value.kind !== 'flags') throw new Error();
    expect(flags.value.items.map(printArg)).toEqual(['0x1200000 /* CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID */', '17 /* SIGCHLD */']);
  });

  it('reads wait status expressions as calls joined by operators (f02_f.txt:111)', () => {
    const arr = only(parseArgs('[{WIFEXITED(s) && WEXITSTATUS(s) == 3}], 0, NULL'), 0);
    expect(arr).toMatchObject({ kind: 'array', items: [{ kind: 'struct', items: [{ kind: 'op', op: ' && ' }] }] });
    if (arr.kind !== 'array' || arr.items[0]!.kind !== 'struct') throw new Error();
    expect(arr.items[0]!.items[0]).toMatchObject({
      left: { kind: 'call', name: 'WIFEXITED' },
      right: { kind: 'op', op: ' == ', left: { kind: 'call', name: 'WEXITSTATUS' }, right: { kind: 'int', value: 3 } },
    });
  });

  it('reads bitsets and complements (j_misc_shapes, d_prefork, g_python)', () => {
    expect(only(parseArgs('SIG_BLOCK, NULL, ~[KILL STOP], 8'), 2)).toEqual({
      kind: 'array',
      sep: ' ',
      complement: true,
      items: [
        { kind: 'name', text: 'KILL' },
        { kind: 'name', text: 'STOP' },
      ],
    });
    expect(only(parseArgs('SIG_BLOCK, ~[], [], 8'), 1)).toEqual({ kind: 'array', sep: ', ', complement: true, items: [] });
    const sel = only(parseArgs('5, [3<TCP:[127.0.0.1:40000]> 4<pipe:[21185]>], NULL, NULL, NULL, NULL'), 1);
    expect(sel).toMatchObject({ kind: 'array', sep: ' ', items: [{ kind: 'fd', decoration: 'TCP:[127.0.0.1:40000]' }, { kind: 'fd', decoration: 'pipe:[21185]' }] });
  });

  it('reads pseudo-arithmetic and makedev (f02_f.txt:28, c_redis:231)', () => {
    const rl = only(parseArgs('0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}'), 3);
    expect(byName(rl, 'rlim_cur')).toEqual({
      kind: 'op',
      op: '*',
      left: { kind: 'int', text: '8192', value: 8192 },
      right: { kind: 'int', text: '1024', value: 1024 },
    });
    const st = only(parseArgs(REAL.find((r) => r.at === 'strace/c_redis_fork_shared_socket.txt:231')!.args), 2);
    expect(byName(st, 'st_mode')).toEqual({ kind: 'flags', items: [{ kind: 'name', text: 'S_IFCHR' }, { kind: 'int', text: '0666', value: 0o666 }] });
    expect(byName(st, 'st_rdev')).toMatchObject({ kind: 'call', name: 'makedev', args: [{ text: '0x1', value: 1 }, { text: '0x3', value: 3 }] });
    if (st.kind !== 'struct') throw new Error();
    expect(st.items.at(-1)).toEqual({ kind: 'ellipsis' });
  });

  it('keeps the fragments of split calls in lead and trail', () => {
    expect(parseArgs('13741, ')).toEqual({ items: [{ kind: 'int', text: '13741', value: 13741 }], trail: ', ' });
    const clone3 = parseArgs(' => {parent_tid=[15038]}, 88');
    expect(clone3.lead).toBe(' => ');
    expect(clone3.items.map(printArg)).toEqual(['{parent_tid=[15038]}', '88']);
    const clone = parseArgs(', child_tidptr=0x7f79a3916a10');
    expect(clone.lead).toBe(', ');
    expect(clone.items).toEqual([{ kind: 'assign', name: 'child_tidptr', value: { kind: 'int', text: '0x7f79a3916a10', value: 0x7f79a3916a10 } }]);
    expect(parseArgs('')).toEqual({ items: [] });
  });

  it('reads -N argument names and restart_syscall', () => {
    expect(only(parseArgs(REAL.find((r) => r.at === 'strace/f36_Y_comm.txt:99')!.args), 0)).toEqual({
      kind: 'assign',
      name: 'child_stack',
      value: { kind: 'name', text: 'NULL' },
    });
    expect(parseArgs('<... resuming interrupted clock_nanosleep ...>').items).toEqual([
      { kind: 'name', text: '<... resuming interrupted clock_nanosleep ...>' },
    ]);
  });

  it('reads dtruss shapes: sysctl MIB with length, unquoted sysctlbyname names, upper-case hex, octal bytes', () => {
    const sc = only(parseArgs('[CTL_KERN, 14, 1, 3734, 0, 0] (4), 0x7FFEED20DF38, 0x7FFEED20DF30, 0x0, 0x0'), 0);
    expect(sc).toMatchObject({ kind: 'array', count: { text: '4', value: 4 } });
    if (sc.kind !== 'array') throw new Error();
    expect(sc.items).toHaveLength(6);
    expect(only(parseArgs('kern.osvariant_status, 0x15, 0x7FF7B04D5710, 0x7FF7B04D5708, 0x0'), 0)).toEqual({
      kind: 'name',
      text: 'kern.osvariant_status',
    });
    expect(only(parseArgs('0xFFFFFFFFFFFFFFFE, 0x7FF40FF04938, 0x7FF40FF04940'), 0)).toMatchObject({
      kind: 'int',
      text: '0xFFFFFFFFFFFFFFFE',
    });
    const rd = only(parseArgs('0x7, "test test test\\r\\n\\340AB%*t\\0", 0x8000'), 1);
    expect(rd).toMatchObject({ kind: 'str', value: 'test test test\r\n\xe0AB%*t\0' });
  });

  it('reads Nanos out-pointer arrays and zero-padded pointers', () => {
    const st = only(parseArgs('3, "", [{st_ino=0xffffbcc000000780, st_mode=0x81ff, st_size=14432}], 4096'), 2);
    expect(st).toMatchObject({ kind: 'array', items: [{ kind: 'struct' }] });
    expect(only(parseArgs('3, 0x00000000fff2a0b8, 832'), 1)).toMatchObject({ kind: 'int', value: 0xfff2a0b8 });
  });

  it('reads shapes named in strace.md that this corpus lacks (synthetic texts, not trace lines)', () => {
    for (const t of [
      '1, _IOC(_IOC_READ, 0x54, 0x13, 0x8), 0x7ffd',
      '{{iov_base="ab", iov_len=2}, "..."}',
      '3, 0x7f /* 3 entries */ or NULL',
      '{effective=1<<CAP_CHOWN|1<<CAP_KILL, permitted=0}',
      '19478<misc-renamed>, SIGUSR1',
      'sll_addr=[00, 0a, ff], 00:11:22:33:44:55',
    ]) {
      const list = parseArgs(t);
      expect(list.failed, t).toBeUndefined();
      expect(printArgs(list), t).toBe(t);
    }
    expect(only(parseArgs('19478<misc-renamed>, SIGUSR1'), 0)).toMatchObject({ kind: 'fd', decoration: 'misc-renamed' });
    // a path ending in `-` (the shadow copies /etc/passwd-, /etc/group-) is not a socket arrow
    expect(parseArgs('3</etc/passwd->, "root:x:0:0"..., 4096').items.map(printArg)).toEqual([
      '3</etc/passwd->',
      '"root:x:0:0"...',
      '4096',
    ]);
  });

  it('reads shapes of older strace releases (synthetic texts in their documented form, not corpus lines)', () => {
    const tty = parseArgs('1, TCGETS, {B38400 opost isig icanon echo ...}');
    expect(only(tty, 2)).toMatchObject({ kind: 'struct', sep: ' ', items: [{ kind: 'name', text: 'B38400' }, {}, {}, {}, {}, { kind: 'ellipsis' }] });
    const env = parseArgs('"/bin/ls", ["ls"], [/* 20 vars */]');
    expect(only(env, 2)).toEqual({ kind: 'array', sep: ', ', items: [{ kind: 'name', text: '/* 20 vars */' }] });
    const msg = parseArgs('3, {msg_name(12)={sa_family=AF_NETLINK, pid=0, groups=00000000}, msg_iov(1)=[{"x", 20}], msg_controllen=0, msg_flags=0}, 0');
    expect(only(msg, 1)).toMatchObject({ kind: 'struct', items: [{ kind: 'assign', name: 'msg_name(12)' }, { kind: 'assign', name: 'msg_iov(1)' }, {}, {}] });
    expect(only(parseArgs('3, {sa_family=AF_INET}, [128->16]'), 2)).toMatchObject({ items: [{ kind: 'op', op: '->' }] });
    for (const l of [tty, env, msg]) expect(l.failed).toBeUndefined();
    expect(printArgs(tty)).toBe('1, TCGETS, {B38400 opost isig icanon echo ...}');
    expect(printArgs(msg)).toBe('3, {msg_name(12)={sa_family=AF_NETLINK, pid=0, groups=00000000}, msg_iov(1)=[{"x", 20}], msg_controllen=0, msg_flags=0}, 0');
  });

  it('returns the raw text instead of throwing on text it cannot read', () => {
    for (const bad of ['{unclosed', '3, "no end', 'a b c', '[1, 2', '3</never closed', ')', '{'.repeat(20000)]) {
      const list = parseArgs(bad);
      expect(list).toEqual({ items: [{ kind: 'raw', text: bad }], failed: true });
      expect(printArgs(list)).toBe(bad);
    }
  });

  itCorpus('reads the struct of a signal line with parseValue (f02_f.txt:112)', () => {
    const info = '{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=13741, si_uid=0, si_status=3, si_utime=0, si_stime=0}';
    expect(corpusLine('strace/f02_f.txt:112')).toContain(`--- SIGCHLD ${info} ---`);
    const v = parseValue(info);
    expect(v).not.toBeNull();
    expect(byName(v!, 'si_pid')).toEqual({ kind: 'int', text: '13741', value: 13741 });
    expect(printArg(v!)).toBe(info);
    expect(parseValue('{unclosed')).toBeNull();
  });

  it('never throws and still round-trips on damaged corpus texts (cut, shortened, with a stray character)', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const noise = ' ,"<>[]{}()=|/*.-@~';
    let parsed = 0;
    for (let k = 0; k < 4000; k++) {
      const src = REAL[rnd(REAL.length)]!.args;
      const at = rnd(src.length + 1);
      const t = [src.slice(0, at), src.slice(at), src.slice(0, at) + src.slice(at + 1), src.slice(0, at) + noise[rnd(noise.length)] + src.slice(at)][
        rnd(4)
      ]!;
      const list = parseArgs(t);
      if (list.failed) {
        expect(list.items).toEqual([{ kind: 'raw', text: t }]);
        continue;
      }
      parsed++;
      expect(printArgs(list), JSON.stringify(t)).toBe(t);
    }
    expect(parsed).toBeGreaterThan(1000);
  });
});
