import { describe, expect, test } from 'vitest';
import { describeFdInfo, parseFdInfo } from '../../src/decode/index.js';
import type { FdInfo } from '../../src/model/index.js';

// Each decoration is quoted from a real line (file:line in corpus/strace, or strace.md §7
// where the capture is not in the corpus).
const CASES: [decoration: string, where: string, info: FdInfo, text: string][] = [
  [
    'TCP:[127.0.0.1:58776->127.0.0.1:6379]',
    'c_redis_fork_shared_socket.txt:662',
    { type: 'socket', protocol: 'TCP', local: { family: 'AF_INET', address: '127.0.0.1', port: 58776 }, peer: { family: 'AF_INET', address: '127.0.0.1', port: 6379 } },
    'TCP 127.0.0.1:58776->127.0.0.1:6379',
  ],
  [
    'TCP:[127.0.0.1:54476->127.0.0.1:5432]',
    'strace.md §7 (b2_psql_tcp_connect_ok_query.txt:1005)',
    { type: 'socket', protocol: 'TCP', local: { family: 'AF_INET', address: '127.0.0.1', port: 54476 }, peer: { family: 'AF_INET', address: '127.0.0.1', port: 5432 } },
    'TCP 127.0.0.1:54476->127.0.0.1:5432',
  ],
  ['TCP:[19033]', 'strace.md §7 (b1_psql_tcp_econnrefused.txt:987)', { type: 'socket', protocol: 'TCP', inode: 19033 }, 'TCP inode 19033'],
  ['TCP:[22022]', 'd_prefork_echo_select_selfpipe.txt:556', { type: 'socket', protocol: 'TCP', inode: 22022 }, 'TCP inode 22022'],
  [
    'TCPv6:[[::1]:38201->[::1]:51636]',
    'k_ipv6_tcp_udp_yy.txt:665',
    { type: 'socket', protocol: 'TCPv6', local: { family: 'AF_INET6', address: '::1', port: 38201 }, peer: { family: 'AF_INET6', address: '::1', port: 51636 } },
    'TCPv6 [::1]:38201->[::1]:51636',
  ],
  ['UDPv6:[[::]:56562]', 'k_ipv6_tcp_udp_yy.txt:686', { type: 'socket', protocol: 'UDPv6', local: { family: 'AF_INET6', address: '::', port: 56562 } }, 'UDPv6 [::]:56562'],
  [
    'UDP:[127.0.0.1:59690->127.0.0.1:9]',
    'j_misc_shapes_yy.txt:32',
    { type: 'socket', protocol: 'UDP', local: { family: 'AF_INET', address: '127.0.0.1', port: 59690 }, peer: { family: 'AF_INET', address: '127.0.0.1', port: 9 } },
    'UDP 127.0.0.1:59690->127.0.0.1:9',
  ],
  [
    'UNIX-STREAM:[18400,"/var/run/postgresql/.s.PGSQL.5432"]',
    'strace.md §7 (b3_postmaster_attach_p_server_side.txt:1)',
    { type: 'socket', protocol: 'UNIX-STREAM', inode: 18400, local: { family: 'AF_UNIX', path: '/var/run/postgresql/.s.PGSQL.5432', abstract: false } },
    'UNIX-STREAM /var/run/postgresql/.s.PGSQL.5432',
  ],
  [
    'UNIX-STREAM:[26865,"/tmp/demo.sock"]',
    'f15_yy.txt:62',
    { type: 'socket', protocol: 'UNIX-STREAM', inode: 26865, local: { family: 'AF_UNIX', path: '/tmp/demo.sock', abstract: false } },
    'UNIX-STREAM /tmp/demo.sock',
  ],
  [
    'UNIX-STREAM:[26861->26857,@"demo-abstract"]',
    'f15_yy.txt:53',
    { type: 'socket', protocol: 'UNIX-STREAM', inode: 26861, peerInode: 26857, local: { family: 'AF_UNIX', path: 'demo-abstract', abstract: true } },
    'UNIX-STREAM @demo-abstract peer inode 26857',
  ],
  ['UNIX-STREAM:[26853]', 'f15_yy.txt:49', { type: 'socket', protocol: 'UNIX-STREAM', inode: 26853 }, 'UNIX-STREAM inode 26853'],
  ['UNIX:[52458->52459]', 'j_misc_shapes_yy.txt:73', { type: 'socket', protocol: 'UNIX', inode: 52458, peerInode: 52459 }, 'UNIX inode 52458 peer inode 52459'],
  [
    'NETLINK:[ROUTE:19450]',
    'j_misc_shapes_yy.txt:37',
    { type: 'socket', protocol: 'NETLINK', local: { family: 'AF_NETLINK', protocol: 'ROUTE', pid: 19450 } },
    'NETLINK netlink ROUTE pid 19450',
  ],
  ['NETLINK:[52457]', 'j_misc_shapes_yy.txt:36', { type: 'socket', protocol: 'NETLINK', inode: 52457 }, 'NETLINK inode 52457'],
  ['socket:[244903]', 'k2_af_packet_sockaddr_ll.txt:547', { type: 'socket', protocol: 'socket', inode: 244903 }, 'socket inode 244903'],
  ['pipe:[25858]', 'f14_y.txt:227', { type: 'pipe', inode: 25858 }, 'pipe 25858'],
  ['anon_inode:[eventfd]', 'j_misc_shapes_yy.txt:49', { type: 'anon', name: 'eventfd' }, 'anon_inode eventfd'],
  ['anon_inode:[eventpoll]', 'j_misc_shapes_yy.txt:50', { type: 'anon', name: 'eventpoll' }, 'anon_inode eventpoll'],
  ['anon_inode:inotify', 'j_misc_shapes_yy.txt:62', { type: 'anon', name: 'inotify' }, 'anon_inode inotify'],
  ['pid:19450', 'j_misc_shapes_yy.txt:71', { type: 'pidfd', pid: 19450 }, 'pidfd of 19450'],
  ['/dev/null<char 1:3>', 'f15_yy.txt:36', { type: 'path', path: '/dev/null', device: 'char 1:3' }, '/dev/null (char 1:3)'],
  ['/srv/captures/strace/corpus', 'f15_yy.txt:36 (AT_FDCWD</srv/captures/strace/corpus>)', { type: 'path', path: '/srv/captures/strace/corpus' }, '/srv/captures/strace/corpus'],
  ['/tmp/misc-deleted.txt (deleted)', 'strace.md §7 (v426_misc_shapes_yy.txt:42, strace 4.26)', { type: 'path', path: '/tmp/misc-deleted.txt', deleted: true }, '/tmp/misc-deleted.txt (deleted)'],
  ['signalfd:[USR2]', 'strace.md §7 (v72_misc_shapes_yy.txt:58, strace 7.2)', { type: 'anon', name: 'signalfd' }, 'anon_inode signalfd'],
  ['{eventfd-count=0, eventfd-id=1, eventfd-semaphore=0}', 'strace.md §7 (v72_misc_shapes_yy.txt:49)', { type: 'other', text: '{eventfd-count=0, eventfd-id=1, eventfd-semaphore=0}' }, '{eventfd-count=0, eventfd-id=1, eventfd-semaphore=0}'],
];

describe('-y / -yy decorations', () => {
  for (const [decoration, where, info, text] of CASES) {
    test(`${decoration}  (${where})`, () => {
      const got = parseFdInfo(decoration);
      expect(got).toEqual(info);
      expect(describeFdInfo(got)).toBe(text);
    });
  }

  test('(deleted) after the > (strace >= 5.19) comes from the argument tree', () => {
    // j_misc_shapes_yy.txt:42 `write(3</tmp/misc-deleted.txt>(deleted), "still here\n", 11) = 11`
    expect(parseFdInfo('/tmp/misc-deleted.txt', true)).toEqual({ type: 'path', path: '/tmp/misc-deleted.txt', deleted: true });
  });

  test('octal escapes inside the brackets are undone', () => {
    expect(parseFdInfo('/tmp/a\\76b')).toEqual({ type: 'path', path: '/tmp/a>b' });
  });

  test('anything unknown is kept as text', () => {
    expect(parseFdInfo('misc-renamed')).toEqual({ type: 'other', text: 'misc-renamed' });
    expect(parseFdInfo('TCP:[not an address]')).toEqual({ type: 'other', text: 'TCP:[not an address]' });
  });
});
