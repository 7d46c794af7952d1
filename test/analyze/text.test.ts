// The raw-text readers analysis falls back on, on argument texts quoted from the corpus.

import { describe, expect, it } from 'vitest';
import { endpointText, parseSockaddrText } from '../../src/analyze/index.js';
import { parseFdInfo } from '../../src/decode/fdinfo.js';
import { parseFdText, splitArgs } from '../../src/decode/text.js';

describe('splitArgs', () => {
  it('keeps decorations with commas and arrows whole', () => {
    // f15_yy.txt: an accepted abstract UNIX socket
    expect(splitArgs('6<UNIX-STREAM:[26861->26857,@"demo-abstract"]>, "x", 1')).toEqual([
      '6<UNIX-STREAM:[26861->26857,@"demo-abstract"]>',
      '"x"',
      '1',
    ]);
    // c_redis_fork_shared_socket.txt:678
    expect(splitArgs('3<TCP:[127.0.0.1:58776->127.0.0.1:6379]>, "$6\\r\\nparent\\r\\n:1\\r\\n", 64, 0, NULL, NULL')).toHaveLength(6);
    // f15_yy.txt: a device decoration nests brackets
    expect(splitArgs('0</dev/null<char 1:3>>, "", 4096')[0]).toBe('0</dev/null<char 1:3>>');
  });

  it('does not take shifts or comments for decorations', () => {
    expect(splitArgs('{rlim_cur=8192*1024, rlim_max=1<<CAP_CHOWN}, NULL')).toEqual(['{rlim_cur=8192*1024, rlim_max=1<<CAP_CHOWN}', 'NULL']);
    expect(splitArgs('0x7ffd /* 39 vars, a comma */, 3')).toEqual(['0x7ffd /* 39 vars, a comma */', '3']);
  });
});

describe('parseFdText and parseFdInfo', () => {
  it('reads the decoration shapes strace 6.1 prints', () => {
    expect(parseFdText('3</tmp/misc-deleted.txt>(deleted)')).toEqual({ fd: 3, decoration: '/tmp/misc-deleted.txt', deleted: true });
    expect(parseFdText('AT_FDCWD</srv/captures/strace/corpus>')).toEqual({ atCwd: true, decoration: '/srv/captures/strace/corpus' });
    expect(parseFdInfo('TCP:[22022]')).toEqual({ type: 'socket', protocol: 'TCP', inode: 22022 });
    expect(parseFdInfo('TCPv6:[[::1]:38201->[::1]:51636]')).toMatchObject({
      local: { family: 'AF_INET6', address: '::1', port: 38201 },
      peer: { family: 'AF_INET6', address: '::1', port: 51636 },
    });
    expect(parseFdInfo('UNIX-STREAM:[18400,"/var/run/postgresql/.s.PGSQL.5432"]')).toMatchObject({
      inode: 18400,
      local: { family: 'AF_UNIX', path: '/var/run/postgresql/.s.PGSQL.5432', abstract: false },
    });
    expect(parseFdInfo('UNIX:[52458->52459]')).toMatchObject({ inode: 52458, peerInode: 52459 });
    expect(parseFdInfo('pipe:[21185]')).toEqual({ type: 'pipe', inode: 21185 });
    // Families without an address in the decoration keep their protocol and inode.
    expect(parseFdInfo('PACKET:[3712]')).toEqual({ type: 'socket', protocol: 'PACKET', inode: 3712 });
    expect(parseFdInfo('L2TP/IP:[99]')).toEqual({ type: 'socket', protocol: 'L2TP/IP', inode: 99 });
    expect(parseFdInfo('anon_inode:[eventpoll]')).toEqual({ type: 'anon', name: 'eventpoll' });
    expect(parseFdInfo('anon_inode:inotify')).toEqual({ type: 'anon', name: 'inotify' });
    expect(parseFdInfo('pid:19450')).toEqual({ type: 'pidfd', pid: 19450 });
    expect(parseFdInfo('/dev/null<char 1:3>')).toEqual({ type: 'path', path: '/dev/null', device: 'char 1:3' });
    // strace 4.26 put (deleted) inside
    expect(parseFdInfo('/tmp/misc-deleted.txt (deleted)')).toEqual({ type: 'path', path: '/tmp/misc-deleted.txt', deleted: true });
  });
});

describe('parseSockaddrText', () => {
  it('reads the default, -xx and -X raw spellings of the same address', () => {
    // f15_yy.txt, f17_xx.txt and f18_X_raw.txt connect lines of the same program
    const plain = parseSockaddrText('{sa_family=AF_INET, sin_port=htons(1), sin_addr=inet_addr("127.0.0.1")}');
    const xx = parseSockaddrText('{sa_family=AF_INET, sin_port=htons(1), sin_addr=inet_addr("\\x31\\x32\\x37\\x2e\\x30\\x2e\\x30\\x2e\\x31")}');
    const raw = parseSockaddrText('{sa_family=0x2, sin_port="\\x00\\x01", sin_addr="\\x7f\\x00\\x00\\x01"}');
    for (const ep of [plain, xx, raw]) expect(ep).toEqual({ family: 'AF_INET', address: '127.0.0.1', port: 1 });
    const raw6 = parseSockaddrText(
      '{sa_family=0xa, sin6_port="\\x00\\x01", sin6_flowinfo="\\x00\\x00\\x00\\x00", sin6_addr="\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x01", sin6_scope_id=0}',
    );
    expect(endpointText(raw6)).toBe('[::1]:1');
  });

  it('reads UNIX paths, abstract names and unknown families', () => {
    expect(parseSockaddrText('{sa_family=AF_UNIX, sun_path=@"demo-abstract"}')).toEqual({ family: 'AF_UNIX', path: 'demo-abstract', abstract: true });
    expect(endpointText(parseSockaddrText('{sa_family=AF_UNIX, sun_path="/tmp/.s.PGSQL.5432"}'))).toBe('/tmp/.s.PGSQL.5432');
    // j_misc_shapes_yy.txt:33
    // One sockaddr decoder (issue 13): an unknown family is named as the decoder names it (was '0xc8').
    expect(parseSockaddrText('{sa_family=0xc8 /* AF_??? */, sa_data="weird-data\\0\\1\\2\\3"}')?.family).toBe('AF_??? (200)');
  });
});

describe('pathServes (an HTTP request target and the file it names)', () => {
  it('matches the decoded path part at the end of the file path', async () => {
    const { pathServes } = await import('../../src/analyze/observations.js');
    expect(pathServes('/srv/www/docs/a b.html', '/docs/a%20b.html?x=1#top')).toBe(true);
    expect(pathServes('/srv/www/missing', 'http://example.test/missing')).toBe(true);
    expect(pathServes('/srv/www/other', '/missing')).toBe(false);
    // `/` names a directory index, not a file the request asked for.
    expect(pathServes('/srv/www/index.html', '/')).toBe(false);
    expect(pathServes('/srv/www/100%', '/100%')).toBe(true);
  });
});

// Twin resolutions (issue 13): one sockaddr decoder, one endpoint text, one C unescaper.
describe('one sockaddr reader, one endpoint text', () => {
  it('keeps the IPv6 scope id in the text findings use (was [fe80::1]:80)', () => {
    const ep = parseSockaddrText('{sa_family=AF_INET6, sin6_port=htons(80), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "fe80::1", &sin6_addr), sin6_scope_id=2}');
    expect(endpointText(ep)).toBe('[fe80::1%2]:80');
  });

  it('prints an IPv4-mapped address one way, -X raw included (was ::ffff:7f00:1)', () => {
    const raw = parseSockaddrText(
      '{sa_family=0xa, sin6_port="\\x00\\x50", sin6_flowinfo="\\x00\\x00\\x00\\x00", sin6_addr="\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\xff\\xff\\x7f\\x00\\x00\\x01", sin6_scope_id=0}',
    );
    expect(endpointText(raw)).toBe('[::ffff:127.0.0.1]:80');
  });

  it('finds the sockaddr inside a msghdr as before', () => {
    const ep = parseSockaddrText('{msg_name={sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.0.0.1")}, msg_namelen=16}');
    expect(endpointText(ep)).toBe('10.0.0.1:53');
  });

  it('keeps the backslash of an escape no tracer prints (dtruss raw bytes): the grammar\'s reading', async () => {
    const { unescapeBytes, parseStrText } = await import('../../src/decode/text.js');
    expect(unescapeBytes('a\\qb')).toEqual([97, 92, 113, 98]); // was [97, 113, 98]
    expect(parseStrText('"a\\qb"')?.value).toBe('a\\qb');
    // Bytes that are not UTF-8 read as Latin-1, as the decoder reads them (was U+FFFD).
    expect(parseStrText('"\\377"')?.value).toBe('\xff');
  });
});
