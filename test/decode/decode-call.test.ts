import { describe, expect, test } from 'vitest';
import { decodeCall, describeEndpoint } from '../../src/decode/index.js';
import type { DecodedCall } from '../../src/model/index.js';
import { dtrussEvent, nanosEvent, straceEvent } from './helpers.js';

/** `AF_UNIX|...` per argument, as a reader would see them. */
function names(call: DecodedCall): string[] {
  return call.args.map((a) => (a.named ? a.named.map((n) => n.name ?? String(n.value)).join('|') : a.text));
}

// corpus/dtruss/00_seed_rails_db_setup_unix_socket_enoent.txt, every call line.
describe('the Rails dtruss sample (Darwin numbering)', () => {
  test('socket(0x1, 0x1, 0x0) is AF_UNIX, SOCK_STREAM, 0 and returns fd 10', () => {
    const call = decodeCall(dtrussEvent('23078/0x3057d: socket(0x1, 0x1, 0x0) = 10 0'), 'darwin');
    expect(names(call)).toEqual(['AF_UNIX', 'SOCK_STREAM', '0']);
    expect(call.args.map((a) => a.role)).toEqual(['domain', 'type', 'protocol']);
    expect(call.result).toMatchObject({ kind: 'fd', int: 10 });
    // the parser keeps dtruss's whole `10 0` as the return text; the result is the number
    expect(decodeCall({ ...dtrussEvent('23078/0x3057d: socket(0x1, 0x1, 0x0) = 10 0'), ret: { text: '10 0', value: 10 } }, 'darwin').result?.text).toBe('10');
    expect(call.errno).toBeUndefined();
  });

  test('the three fcntl calls: F_GETFL, F_SETFL O_RDWR|O_NONBLOCK, F_SETFD FD_CLOEXEC', () => {
    const getfl = decodeCall(dtrussEvent('23078/0x3057d: fcntl(0xA, 0x3, 0x2) = 2 0'), 'darwin');
    expect(getfl.args[1]!.named?.[0]?.name).toBe('F_GETFL');
    expect(getfl.args[2]!.role).toBe('unused');
    expect(getfl.result?.named?.map((n) => n.name)).toEqual(['O_RDWR']);
    const setfl = decodeCall(dtrussEvent('23078/0x3057d: fcntl(0xA, 0x4, 0x6) = 0 0'), 'darwin');
    expect(names(setfl)).toEqual(['0xA', 'F_SETFL', 'O_RDWR|O_NONBLOCK']);
    const setfd = decodeCall(dtrussEvent('23078/0x3057d: fcntl(0xA, 0x2, 0x1) = 0 0'), 'darwin');
    expect(names(setfd)).toEqual(['0xA', 'F_SETFD', 'FD_CLOEXEC']);
  });

  test('setsockopt(0xA, 0xFFFF, 0x1022) is SOL_SOCKET, SO_NOSIGPIPE', () => {
    const call = decodeCall(dtrussEvent('23078/0x3057d: setsockopt(0xA, 0xFFFF, 0x1022) = 0 0'), 'darwin');
    expect(names(call)).toEqual(['0xA', 'SOL_SOCKET', 'SO_NOSIGPIPE']);
    expect(call.args[0]).toMatchObject({ kind: 'fd', int: 10 });
  });

  test('connect(0xA, 0x7F9B69ACE950, 0x6A) is an inferred sockaddr_un and ENOENT, errno 2', () => {
    const call = decodeCall(dtrussEvent('23078/0x3057d: connect(0xA, 0x7F9B69ACE950, 0x6A) = -1 Err#2'), 'darwin');
    expect(call.args[1]).toMatchObject({ role: 'addr', kind: 'sockaddr' });
    expect(call.args[1]!.endpoint).toEqual({ family: 'AF_UNIX', path: '', abstract: false, inferred: true, struct: 'sockaddr_un', length: 106 });
    expect(call.args[2]).toMatchObject({ role: 'addrlen', kind: 'socklen', int: 106 });
    expect(call.errno).toEqual({ value: 2, name: 'ENOENT', message: 'No such file or directory' });
    expect(describeEndpoint(call.args[1]!.endpoint!)).toContain('sockaddr_un');
  });
});

describe('strace (Linux numbering)', () => {
  test('psql connect to a missing UNIX socket', () => {
    // corpus/strace/a_psql_unix_socket_enoent.txt:995
    const call = decodeCall(
      straceEvent('11214 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.s.PGSQL.5432"}, 110) = -1 ENOENT (No such file or directory)'),
      'linux',
    );
    expect(call.args[1]!.endpoint).toEqual({ family: 'AF_UNIX', path: '/tmp/.s.PGSQL.5432', abstract: false });
    expect(call.errno).toEqual({ value: 2, name: 'ENOENT', message: 'No such file or directory' });
  });
});

describe('Nanos (Linux numbering)', () => {
  test('openat with raw numbers and a -ENOENT name', () => {
    // corpus/nanos/nanos-2109-openj9-libdl-newfmt.txt
    const call = decodeCall(nanosEvent('[2] openat(-100, "/jdk-24.0.2+12-jre/bin/libdl.so.2", 0x80000, 0x0) = -ENOENT'), 'linux');
    expect(names(call)).toEqual(['AT_FDCWD', '"/jdk-24.0.2+12-jre/bin/libdl.so.2"', 'O_RDONLY|O_CLOEXEC', '0x0']);
    expect(call.args[1]!.string).toBe('/jdk-24.0.2+12-jre/bin/libdl.so.2');
    expect(call.errno).toEqual({ value: 2, name: 'ENOENT', message: 'No such file or directory' });
  });

  test('a bare negative number is a Linux errno', () => {
    // nanos-ops-trace.md §2.2 (`[2] connect() = -111`); no corpus line has one
    expect(decodeCall(nanosEvent('[2] connect() = -111'), 'linux').errno).toMatchObject({ value: 111, name: 'ECONNREFUSED' });
  });
});

describe('strace lines in every -X style', () => {
  test('socket(AF_INET6, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP): names looked up for their numbers', () => {
    // corpus/strace/f02_f.txt:42
    const call = decodeCall(straceEvent('13740 socket(AF_INET6, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 4'), 'linux');
    expect(call.args[0]!.named).toEqual([{ value: 10, name: 'AF_INET6' }]);
    expect(call.args[1]!.named).toEqual([{ value: 1, name: 'SOCK_STREAM' }, { value: 0o2000000, name: 'SOCK_CLOEXEC' }]);
    expect(call.args[2]!.named).toEqual([{ value: 0, name: 'IPPROTO_IP' }]);
    expect(call.result).toMatchObject({ kind: 'fd', int: 4 });
  });

  test('-X raw: socket(0xa, 0x1|0x80000, 0) and openat(-100, ..., 0x80000)', () => {
    // corpus/strace/f18_X_raw.txt:42 and :5
    expect(names(decodeCall(straceEvent('13922 socket(0xa, 0x1|0x80000, 0)       = 4'), 'linux'))).toEqual(['AF_INET6', 'SOCK_STREAM|SOCK_CLOEXEC', 'IPPROTO_IP']);
    const open = decodeCall(straceEvent('13922 openat(-100, "/etc/ld.so.cache", 0x80000) = 3'), 'linux');
    expect(names(open)).toEqual(['AT_FDCWD', '"/etc/ld.so.cache"', 'O_RDONLY|O_CLOEXEC']);
    expect(open.args[1]!.string).toBe('/etc/ld.so.cache');
  });

  test('-X verbose: the number is decoded, the comment is not needed', () => {
    // corpus/strace/f20_X_verbose.txt:40
    const call = decodeCall(
      straceEvent('13946 connect(4, {sa_family=0x2 /* AF_INET */, sin_port="\\x00\\x01" /* htons(1) */, sin_addr="\\x7f\\x00\\x00\\x01" /* inet_addr("127.0.0.1") */}, 16) = -1 ECONNREFUSED (Connection refused)'),
      'linux',
    );
    expect(call.args[1]!.endpoint).toEqual({ family: 'AF_INET', address: '127.0.0.1', port: 1 });
    expect(call.errno).toEqual({ value: 111, name: 'ECONNREFUSED', message: 'Connection refused' });
  });

  test('-yy: fd decorations on arguments and on the returned fd', () => {
    // corpus/strace/k_ipv6_tcp_udp_yy.txt:665
    const call = decodeCall(
      straceEvent('19549 accept4(3<TCPv6:[[::1]:38201]>, {sa_family=AF_INET6, sin6_port=htons(51636), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, [28], SOCK_CLOEXEC) = 5<TCPv6:[[::1]:38201->[::1]:51636]>'),
      'linux',
    );
    expect(call.args.map((a) => a.role)).toEqual(['sockfd', 'addr', 'addrlen', 'flags']);
    expect(call.args[0]!.fdInfo).toEqual({ type: 'socket', protocol: 'TCPv6', local: { family: 'AF_INET6', address: '::1', port: 38201 } });
    expect(call.args[1]!.endpoint).toMatchObject({ family: 'AF_INET6', address: '::1', port: 51636 });
    expect(call.args[2]!.int).toBe(28);
    expect(call.args[3]!.named).toEqual([{ value: 0o2000000, name: 'SOCK_CLOEXEC' }]);
    expect(call.result?.fdInfo).toMatchObject({ type: 'socket', protocol: 'TCPv6', peer: { family: 'AF_INET6', address: '::1', port: 51636 } });
    // corpus/strace/f15_yy.txt:5
    const open = decodeCall(
      straceEvent('13876 openat(AT_FDCWD</srv/captures/strace/corpus>, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3</etc/ld.so.cache>'),
      'linux',
    );
    expect(open.args[0]).toMatchObject({ kind: 'dirfd', named: [{ value: -100, name: 'AT_FDCWD' }], fdInfo: { type: 'path', path: '/srv/captures/strace/corpus' } });
    expect(open.result?.fdInfo).toEqual({ type: 'path', path: '/etc/ld.so.cache' });
  });

  test('fcntl F_GETFL returns flags; F_SETFL takes them', () => {
    // corpus/strace/a_psql_unix_socket_enoent.txt:992-993
    const get = decodeCall(straceEvent('11214 fcntl(3, F_GETFL)                 = 0x2 (flags O_RDWR)'), 'linux');
    expect(get.args.map((a) => a.named?.[0]?.name ?? a.text)).toEqual(['3', 'F_GETFL']);
    expect(get.result).toMatchObject({ kind: 'open-flags', named: [{ value: 2, name: 'O_RDWR' }] });
    const set = decodeCall(straceEvent('11214 fcntl(3, F_SETFL, O_RDWR|O_NONBLOCK) = 0'), 'linux');
    expect(set.args[2]!.named).toEqual([{ value: 2, name: 'O_RDWR' }, { value: 0o4000, name: 'O_NONBLOCK' }]);
  });

  test('socket options, shutdown, signals', () => {
    // corpus/strace/f02_f.txt:73, :84; h02_sh_child_killed_sigkill_parent_sigchld.txt:515
    expect(names(decodeCall(straceEvent('13740 setsockopt(4, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0'), 'linux')).slice(1, 3)).toEqual(['SOL_SOCKET', 'SO_REUSEADDR']);
    const opt = decodeCall(straceEvent('13740 setsockopt(4, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0'), 'linux');
    expect(opt.args[1]!.named?.[0]?.value).toBe(1);
    expect(opt.args[2]!.named?.[0]?.value).toBe(2);
    expect(decodeCall(straceEvent('13740 shutdown(5, SHUT_WR)              = 0'), 'linux').args[1]!.named).toEqual([{ value: 1, name: 'SHUT_WR' }]);
    const kill = decodeCall(straceEvent('15427 10:15:41.202132 kill(15428, SIGKILL) = 0'), 'linux');
    expect(kill.args[0]).toMatchObject({ role: 'pid', kind: 'pid', int: 15428 });
    expect(kill.args[1]!.named).toEqual([{ value: 9, name: 'SIGKILL' }]);
  });

  test('calls interrupted by a signal: kernel-internal ERESTART* errnos', () => {
    // corpus/strace/j_misc_shapes_yy.txt
    const pause = decodeCall(straceEvent('19450 pause()                           = ? ERESTARTNOHAND (To be restarted if no handler)'), 'linux');
    expect(pause.errno).toEqual({ value: 514, name: 'ERESTARTNOHAND', message: 'To be restarted if no handler' });
    expect(pause.result).toBeUndefined();
    // corpus/strace/h07_python_eintr_epipe_sigpipe_sigchld.txt
    const read = decodeCall(
      straceEvent('15461 10:15:41.344393 read(3<pipe:[31055]>, 0x7f4513d90360, 64) = ? ERESTARTSYS (To be restarted if SA_RESTART is set) <0.048837>'),
      'linux',
    );
    expect(read.errno).toEqual({ value: 512, name: 'ERESTARTSYS', message: 'To be restarted if SA_RESTART is set' });
    expect(read.args[0]!.fdInfo).toEqual({ type: 'pipe', inode: 31055 });
  });

  test('-e raw=all: pointers with a length are inferred, with Linux sizes', () => {
    // corpus/strace/f40_raw_all.txt:40
    const call = decodeCall(straceEvent('14182 connect(0x4, 0x7ffe16ab7550, 0x10) = -1 ECONNREFUSED (Connection refused)'), 'linux');
    expect(call.args[1]!.endpoint).toMatchObject({ family: 'AF_INET', inferred: true, struct: 'sockaddr_in', length: 16 });
  });

  test('unknown syscalls and unparsable arguments never fail', () => {
    const call = decodeCall(straceEvent('1 frobnicate(1, 0x2, "x") = 0'), 'linux');
    expect(call.args.map((a) => [a.role, a.kind])).toEqual([['arg0', 'unknown'], ['arg1', 'unknown'], ['arg2', 'unknown']]);
    const broken = decodeCall(straceEvent('1 connect(3, {sa_family=AF_INET, sin_port=htons(5432) = 0'), 'linux');
    expect(broken.args).toEqual([]);
  });
});

describe('dtruss lines (Darwin numbering, raw hex)', () => {
  test('Go server: socket(0x1E, 0x1, 0x0) is AF_INET6 (30 on Darwin) and bind 0x1C an inferred sockaddr_in6', () => {
    // corpus/dtruss/05_a_go_tcp_server_socket_bind_listen_accept.txt:8, :10
    const sock = decodeCall(dtrussEvent('29738/0x5d6ef:      6295      16     14 socket(0x1E, 0x1, 0x0)           = 3 0'), 'darwin');
    expect(names(sock)).toEqual(['AF_INET6', 'SOCK_STREAM', 'IPPROTO_IP']);
    const bind = decodeCall(dtrussEvent('29738/0x5d6ef:      6415       9      8 bind(0x3, 0xC00012411C, 0x1C)            = 0 0'), 'darwin');
    expect(bind.args[1]!.endpoint).toEqual({ family: 'AF_INET6', address: '', port: 0, inferred: true, struct: 'sockaddr_in6', length: 28 });
  });

  test('accept: the length is a pointer, so only the socket family can say what the address is', () => {
    // corpus/dtruss/05_a_go_tcp_server_socket_bind_listen_accept.txt:13
    const line = '29738/0x5d6ef:      6803      13     10 accept(0x3, 0xC00003AC14, 0xC00003ABF4)          = 7 0';
    expect(decodeCall(dtrussEvent(line), 'darwin').args[1]!.endpoint).toBeUndefined();
    const seen: [number, number | undefined][] = [];
    const call = decodeCall(dtrussEvent(line), 'darwin', {
      socketFamily: (fd, pid) => {
        seen.push([fd, pid]);
        return fd === 3 ? 'AF_INET6' : undefined;
      },
    });
    expect(seen).toEqual([[3, 29738]]);
    expect(call.args[1]!.endpoint).toMatchObject({ family: 'AF_INET6', inferred: true });
    expect(call.result).toMatchObject({ kind: 'fd', int: 7 });
  });

  test('boost: socket(0x2, 0x1, 0x6) is IPPROTO_TCP; connect 0x10 an inferred sockaddr_in', () => {
    // corpus/dtruss/09_plain_boost_beast_tcp_socket_setsockopt_connect.txt:4, :6
    expect(names(decodeCall(dtrussEvent('socket(0x2, 0x1, 0x6)\t\t = 6 0'), 'darwin'))).toEqual(['AF_INET', 'SOCK_STREAM', 'IPPROTO_TCP']);
    const c = decodeCall(dtrussEvent('connect(0x6, 0x7FFF59F52D80, 0x10)\t\t = 0 0'), 'darwin');
    expect(c.args[1]!.endpoint).toMatchObject({ family: 'AF_INET', inferred: true, struct: 'sockaddr_in', length: 16 });
    expect(c.errno).toBeUndefined();
  });

  test('Adobe: AF_SYSTEM kernel control socket, and EINPROGRESS as Err#36', () => {
    // corpus/dtruss/21_cmd_adobe_exmancmd_af_system_af_inet_af_unix_sockets.txt:28, :32, :57
    const sock = decodeCall(dtrussEvent('socket(0x20, 0x2, 0x2)\t\t = 15 0'), 'darwin');
    // protocol 2 is SYSPROTO_CONTROL here, not IPPROTO_IGMP: only internet sockets get IPPROTO names
    expect(names(sock)).toEqual(['AF_SYSTEM', 'SOCK_DGRAM', '2']);
    const ctl = decodeCall(dtrussEvent('connect(0xF, 0xB007FD50, 0x20)\t\t = 0 0'), 'darwin');
    expect(ctl.args[1]!.endpoint).toMatchObject({ family: 'AF_SYSTEM', inferred: true, struct: 'sockaddr_ctl', length: 32 });
    const inprog = decodeCall(dtrussEvent('connect(0xF, 0x79073E38, 0x10)\t\t = -1 Err#36'), 'darwin');
    expect(inprog.errno).toEqual({ value: 36, name: 'EINPROGRESS', message: 'Operation now in progress' });
  });

  test('negative pseudo-errno Err#-2 is EJUSTRETURN', () => {
    // corpus/dtruss/15_p_negative_errno_Err-2_workq.txt:6
    const call = decodeCall(dtrussEvent('workq_kernreturn(0x4, 0x0, 0x0)\t\t = 0 Err#-2'), 'darwin');
    expect(call.errno).toMatchObject({ value: -2, name: 'EJUSTRETURN' });
  });

  test('sign-extended AT_FDCWD, and errno without the Err# prefix', () => {
    // corpus/dtruss/07_plain_du_errno_without_Err_prefix_sip_errors.txt:79 and :7
    const st = decodeCall(dtrussEvent('fstatat64(0xFFFFFFFFFFFFFFFE, 0x7FF40FF04938, 0x7FF40FF04940)            = 0 0'), 'darwin');
    expect(st.args[0]).toMatchObject({ kind: 'dirfd', int: -2, named: [{ value: -2, name: 'AT_FDCWD' }] });
    const acc = decodeCall(dtrussEvent('access("/AppleInternal/XBS/.isChrooted\\0", 0x0, 0x0)             = -1 2'), 'darwin');
    expect(acc.args[0]!.string).toBe('/AppleInternal/XBS/.isChrooted');
    expect(acc.errno).toMatchObject({ value: 2, name: 'ENOENT' });
  });

  test('_nocancel variants take the base signature; extra register values are unused', () => {
    // corpus/dtruss/06_p_attach_python_socketpair_sendto_recvfrom.txt:14, :19
    const s = decodeCall(dtrussEvent('sendto_nocancel(0x10, 0x7FCC5BA27E80, 0x32)\t\t = 50 0'), 'darwin');
    expect(s.args.map((a) => [a.role, a.kind])).toEqual([['sockfd', 'fd'], ['buf', 'buffer'], ['len', 'size']]);
    expect(s.args[2]!.int).toBe(50);
    const k = decodeCall(dtrussEvent('__pthread_kill(0x603, 0x6, 0x0)\t\t = 0 0'), 'darwin');
    expect(k.args[1]!.named).toEqual([{ value: 6, name: 'SIGABRT' }]);
    expect(k.args[2]!.role).toBe('unused');
  });

  test("open's mode is only read with O_CREAT; without it the printed register is unused", () => {
    // corpus/dtruss/02_c_counts_sip_probe_errors.txt:7 and 12_plain_osx106_dd_binary_read_strings_stderr_interleaved.txt:45
    const helper = decodeCall(dtrussEvent('open("/dev/dtracehelper\\0", 0x2, 0x7FFF5F02C8B0)\t\t = 3 0'), 'darwin');
    expect(helper.args.map((a) => [a.role, a.named?.map((n) => n.name).join('|') ?? a.string ?? a.text])).toEqual([
      ['pathname', '/dev/dtracehelper'],
      ['flags', 'O_RDWR'],
      ['unused', '0x7FFF5F02C8B0'],
    ]);
    const blob = decodeCall(dtrussEvent('open("blob\\0", 0x602, 0x1B6)\t\t = 6 0'), 'darwin');
    expect(blob.args[1]!.named?.map((n) => n.name)).toEqual(['O_RDWR', 'O_CREAT', 'O_TRUNC']);
    expect(blob.args[2]).toMatchObject({ role: 'mode', kind: 'mode', int: 0o666 });
  });

  test('an fd register with junk in its upper half is read as a 32-bit int', () => {
    // Arguments quoted in dtruss.md §3.2 (`fcntl(0x0, 0x1, 0xFFFFFFFFF34D92C8)`, F_GETFD with junk); the return is added here
    const call = decodeCall(dtrussEvent('fcntl(0x0, 0x1, 0xFFFFFFFFF34D92C8)\t\t = 0 0'), 'darwin');
    expect(call.args[1]!.named?.[0]?.name).toBe('F_GETFD');
    expect(call.args[2]!.role).toBe('unused');
  });
});

describe('socket option levels that depend on the socket', () => {
  test('level 0 on a Darwin AF_UNIX socket is SOL_LOCAL, not IPPROTO_IP', () => {
    // Arguments in dtruss's 3-value form; LOCAL_PEERPID is 0x002 (darwin-constants.md §2.6). Built for the test.
    const ev = dtrussEvent('getsockopt(0x5, 0x0, 0x2)\t\t = 0 0');
    const unix = decodeCall(ev, 'darwin', { socketFamily: () => 'AF_UNIX' });
    expect(unix.args[1]!.named).toEqual([{ value: 0, name: 'SOL_LOCAL' }]);
    expect(unix.args[2]!.named).toEqual([{ value: 2 }]);
    const inet = decodeCall(ev, 'darwin', { socketFamily: () => 2 });
    expect(inet.args[1]!.named).toEqual([{ value: 0, name: 'IPPROTO_IP' }]);
    expect(inet.args[2]!.named).toEqual([{ value: 2, name: 'IP_HDRINCL' }]);
  });
});
