import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../grammars/args.js';
import {
  describeEndpoint,
  inferSockaddr,
  ipv6Text,
  parseHexBytes,
  sockaddrFromBytes,
  sockaddrFromHex,
  sockaddrFromTree,
} from '../../src/decode/index.js';
import type { ArgValue, Endpoint } from '../../src/model/index.js';

/** The sockaddr argument of a real call line's argument text. */
function addrOf(args: string, index = 1): ArgValue {
  const list = parseArgs(args);
  expect(list.failed).toBeFalsy();
  return list.items[index]!;
}

describe('sockaddr from strace text', () => {
  test('AF_INET, abbreviated (corpus/strace/f02_f.txt style)', () => {
    // strace.md §6.4: connect(3<TCP:[19033]>, {sa_family=AF_INET, sin_port=htons(5432), sin_addr=inet_addr("127.0.0.1")}, 16)
    const ep = sockaddrFromTree(addrOf('3<TCP:[19033]>, {sa_family=AF_INET, sin_port=htons(5432), sin_addr=inet_addr("127.0.0.1")}, 16'), 'linux');
    expect(ep).toEqual({ family: 'AF_INET', address: '127.0.0.1', port: 5432 });
    expect(describeEndpoint(ep!)).toBe('127.0.0.1:5432');
  });

  test('AF_INET under -X raw and -X verbose', () => {
    // corpus/strace/f18_X_raw.txt:40
    const raw = sockaddrFromTree(addrOf('4, {sa_family=0x2, sin_port="\\x00\\x01", sin_addr="\\x7f\\x00\\x00\\x01"}, 16'), 'linux');
    expect(raw).toEqual({ family: 'AF_INET', address: '127.0.0.1', port: 1 });
    // corpus/strace/f20_X_verbose.txt:40
    const verbose = sockaddrFromTree(
      addrOf('4, {sa_family=0x2 /* AF_INET */, sin_port="\\x00\\x01" /* htons(1) */, sin_addr="\\x7f\\x00\\x00\\x01" /* inet_addr("127.0.0.1") */}, 16'),
      'linux',
    );
    expect(verbose).toEqual({ family: 'AF_INET', address: '127.0.0.1', port: 1 });
  });

  test('AF_INET6 with inet_pton and a scope id; -X raw with sin6_addr bytes', () => {
    // corpus/strace/k_ipv6_tcp_udp_yy.txt:665
    const ep = sockaddrFromTree(
      addrOf('3<TCPv6:[[::1]:38201]>, {sa_family=AF_INET6, sin6_port=htons(51636), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, [28], SOCK_CLOEXEC'),
      'linux',
    );
    expect(ep).toEqual({ family: 'AF_INET6', address: '::1', port: 51636, scopeId: 0 });
    expect(describeEndpoint(ep!)).toBe('[::1]:51636');
    // corpus/strace/f18_X_raw.txt (13922 connect(4, {sa_family=0xa, ...}, 28) = -1 ECONNREFUSED)
    const raw = sockaddrFromTree(
      addrOf('4, {sa_family=0xa, sin6_port="\\x00\\x01", sin6_flowinfo="\\x00\\x00\\x00\\x00", sin6_addr="\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x01", sin6_scope_id=0}, 28'),
      'linux',
    );
    expect(raw).toEqual({ family: 'AF_INET6', address: '::1', port: 1, scopeId: 0 });
  });

  test('AF_UNIX path, abstract and unnamed', () => {
    // corpus/strace/a_psql_unix_socket_enoent.txt:995
    expect(sockaddrFromTree(addrOf('3, {sa_family=AF_UNIX, sun_path="/tmp/.s.PGSQL.5432"}, 110'), 'linux')).toEqual({
      family: 'AF_UNIX',
      path: '/tmp/.s.PGSQL.5432',
      abstract: false,
    });
    // corpus/strace/f15_yy.txt:49
    const abs = sockaddrFromTree(addrOf('4<UNIX-STREAM:[26853]>, {sa_family=AF_UNIX, sun_path=@"demo-abstract"}, 16'), 'linux');
    expect(abs).toEqual({ family: 'AF_UNIX', path: 'demo-abstract', abstract: true });
    expect(describeEndpoint(abs!)).toBe('@demo-abstract');
    // corpus/strace/f02_f.txt:53
    const unnamed = sockaddrFromTree(addrOf('4, {sa_family=AF_UNIX}, [110 => 2]'), 'linux');
    expect(unnamed).toEqual({ family: 'AF_UNIX', path: '', abstract: false });
    expect(describeEndpoint(unnamed!)).toBe('(unnamed)');
  });

  test('AF_NETLINK', () => {
    // corpus/strace/j_misc_shapes_yy.txt:36
    const ep = sockaddrFromTree(addrOf('3<NETLINK:[52457]>, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12'), 'linux');
    expect(ep).toEqual({ family: 'AF_NETLINK', pid: 0, groups: 0 });
  });

  test('AF_PACKET (sockaddr_ll) and its sa_data fallback', () => {
    // corpus/strace/k2_af_packet_sockaddr_ll.txt:555 (the address argument of recvfrom)
    const ll = sockaddrFromTree(
      addrOf('{sa_family=AF_PACKET, sll_protocol=htons(ETH_P_IP), sll_ifindex=if_nametoindex("lo"), sll_hatype=ARPHRD_LOOPBACK, sll_pkttype=PACKET_OUTGOING, sll_halen=6, sll_addr=[00, 00, 00, 00, 00, 00]}', 0),
      'linux',
    );
    expect(ll).toEqual({ family: 'AF_PACKET', protocol: 'ETH_P_IP', ifname: 'lo', hatype: 'ARPHRD_LOOPBACK', pkttype: 'PACKET_OUTGOING', addr: '00:00:00:00:00:00' });
    // corpus/strace/k2_af_packet_sockaddr_ll.txt:547
    const short = sockaddrFromTree(addrOf('3<socket:[244903]>, {sa_family=AF_PACKET, sa_data="\\0\\3\\1\\0\\0\\0\\4\\3\\0\\6\\0\\0\\0\\0\\0\\0"}, [20 => 18]'), 'linux');
    expect(short).toEqual({ family: 'AF_PACKET', familyValue: 17, raw: '00030100000004030006000000000000' });
  });

  test('sa_data fallback: AF_UNSPEC and an unknown family keep their bytes', () => {
    // corpus/strace/j_misc_shapes_yy.txt:32
    const unspec = sockaddrFromTree(addrOf('3<UDP:[127.0.0.1:59690->127.0.0.1:9]>, {sa_family=AF_UNSPEC, sa_data="\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0"}, 16'), 'linux');
    expect(unspec).toEqual({ family: 'AF_UNSPEC', familyValue: 0, raw: '0000000000000000000000000000' });
    // corpus/strace/j_misc_shapes_yy.txt:33
    const weird = sockaddrFromTree(addrOf('3<UDP:[127.0.0.1:59690->127.0.0.1:9]>, {sa_family=0xc8 /* AF_??? */, sa_data="weird-data\\0\\1\\2\\3"}, 16'), 'linux');
    expect(weird).toEqual({ family: 'AF_??? (200)', familyValue: 200, raw: '77656972642d6461746100010203' });
  });

  test('not a sockaddr: a pointer or NULL', () => {
    expect(sockaddrFromTree(addrOf('3, 0x7ffd1234, 16'), 'linux')).toBeUndefined();
    // corpus/strace/c_redis_fork_shared_socket.txt:662 (sendto with NULL destination)
    expect(sockaddrFromTree(addrOf('3, "x", 14, 0, NULL, 0', 4), 'linux')).toBeUndefined();
  });
});

describe('sockaddr from raw bytes', () => {
  test('the hex string of the issue: 02001538 7f000001 is AF_INET 127.0.0.1:5432', () => {
    expect(sockaddrFromHex('02001538 7f000001', 'linux')).toEqual({ family: 'AF_INET', address: '127.0.0.1', port: 5432 });
  });

  test('Darwin layout: length byte, then an 8-bit family', () => {
    // 16-byte sockaddr_in for 127.0.0.1:5432 (sin_len 0x10, AF_INET 2)
    expect(sockaddrFromHex('10021538 7f000001 00000000 00000000', 'darwin')).toEqual({ family: 'AF_INET', address: '127.0.0.1', port: 5432 });
    // sockaddr_un for /tmp/.s.PGSQL.5432 (family 1)
    const path = Buffer.from('/tmp/.s.PGSQL.5432\0').toString('hex');
    expect(sockaddrFromHex(`1401${path}`, 'darwin')).toEqual({ family: 'AF_UNIX', path: '/tmp/.s.PGSQL.5432', abstract: false });
    // AF_INET6 is 30 on Darwin: 1c 1e port 0050, flowinfo 0, ::1, scope 0
    expect(sockaddrFromHex('1c1e0050 00000000 00000000000000000000000000000001 00000000', 'darwin')).toEqual({ family: 'AF_INET6', address: '::1', port: 80, scopeId: 0 });
  });

  test('Linux abstract UNIX name and IPv6', () => {
    const name = Buffer.from('demo-abstract').toString('hex');
    expect(sockaddrFromHex(`0100 00${name}`, 'linux')).toEqual({ family: 'AF_UNIX', path: 'demo-abstract', abstract: true });
    expect(sockaddrFromHex('0a00 0050 00000000 fe800000000000000000000000000001 02000000', 'linux')).toEqual({
      family: 'AF_INET6',
      address: 'fe80::1',
      port: 80,
      scopeId: 2,
    });
  });

  test('bad input does not throw', () => {
    expect(parseHexBytes('zz')).toBeUndefined();
    expect(parseHexBytes('123')).toBeUndefined();
    expect(sockaddrFromBytes(Uint8Array.of(2), 'linux')).toBeUndefined();
    expect(sockaddrFromHex('2d00 0102', 'linux')).toEqual({ family: 'AF_MCTP', raw: '0102' });
    expect(sockaddrFromHex('3000 0102', 'linux')).toEqual({ family: 'AF_??? (48)', raw: '0102' });
  });

  test('IPv6 text is RFC 5952', () => {
    const b = (hex: string) => parseHexBytes(hex)!;
    expect(ipv6Text(b('00000000000000000000000000000000'))).toBe('::');
    expect(ipv6Text(b('20010db8000000000001000000000001'))).toBe('2001:db8::1:0:0:1');
    expect(ipv6Text(b('00000000000000000000ffff7f000001'))).toBe('::ffff:127.0.0.1');
  });
});

describe('sockaddr inferred for dtruss (pointer + length)', () => {
  test('from the length alone, Darwin sizes', () => {
    const un = inferSockaddr('darwin', 0x6a);
    expect(un).toEqual({ family: 'AF_UNIX', path: '', abstract: false, inferred: true, struct: 'sockaddr_un', length: 106 });
    expect(inferSockaddr('darwin', 0x10)).toMatchObject({ family: 'AF_INET', inferred: true, struct: 'sockaddr_in' });
    expect(inferSockaddr('darwin', 0x1c)).toMatchObject({ family: 'AF_INET6', inferred: true, struct: 'sockaddr_in6' });
    expect(inferSockaddr('darwin', 0x20)).toMatchObject({ family: 'AF_SYSTEM', inferred: true, struct: 'sockaddr_ctl' });
    expect(inferSockaddr('darwin', 7)).toBeUndefined();
  });

  test("the socket's family wins over the length (SUN_LEN-sized sockaddr_un)", () => {
    // SUN_LEN("/tmp/.s.PGSQL.5432") = 2 + 18 = 20 bytes: the length alone says nothing
    expect(inferSockaddr('darwin', 20)).toBeUndefined();
    expect(inferSockaddr('darwin', 20, 'AF_UNIX')).toMatchObject({ family: 'AF_UNIX', inferred: true, length: 20 });
    expect(inferSockaddr('darwin', 28, 30)).toMatchObject({ family: 'AF_INET6', inferred: true });
  });

  test('inferred endpoints say the tracer did not show the address', () => {
    const ep = inferSockaddr('darwin', 0x6a)!;
    expect(describeEndpoint(ep)).toBe('UNIX socket path (sockaddr_un, 106 bytes; the tracer did not show it)');
    expect(describeEndpoint(inferSockaddr('darwin', 0x10)!)).toBe('AF_INET address (sockaddr_in, 16 bytes; the tracer did not show it)');
  });
});

describe('describeEndpoint', () => {
  const cases: [Endpoint, string][] = [
    [{ family: 'AF_INET', address: '127.0.0.1', port: 5432 }, '127.0.0.1:5432'],
    [{ family: 'AF_INET6', address: '::1', port: 80 }, '[::1]:80'],
    [{ family: 'AF_INET6', address: 'fe80::1', port: 80, scopeId: 2 }, '[fe80::1%2]:80'],
    [{ family: 'AF_UNIX', path: '/tmp/.s.PGSQL.5432', abstract: false }, '/tmp/.s.PGSQL.5432'],
    [{ family: 'AF_UNIX', path: 'abstract', abstract: true }, '@abstract'],
    [{ family: 'AF_NETLINK', pid: 0, groups: 0 }, 'netlink pid 0'],
    [{ family: 'AF_UNSPEC', raw: '0000' }, 'AF_UNSPEC 0000'],
  ];
  for (const [ep, text] of cases) test(text, () => expect(describeEndpoint(ep)).toBe(text));
});
