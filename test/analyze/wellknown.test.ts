import { describe, expect, it } from 'vitest';
import { probeKind, unixEntry, wellKnown } from '../../src/analyze/index.js';

describe('wellKnown', () => {
  it('names services by port', () => {
    expect(wellKnown({ family: 'AF_INET', address: '127.0.0.1', port: 5432 })?.service).toBe('PostgreSQL');
    expect(wellKnown({ family: 'AF_INET', address: '10.1.2.3', port: 6379 })?.service).toBe('Redis');
    expect(wellKnown({ family: 'AF_INET6', address: '::1', port: 27017 })?.service).toBe('MongoDB');
    expect(wellKnown({ family: 'AF_INET', address: '10.1.2.3', port: 2375 })?.service).toMatch(/Docker/);
    expect(wellKnown({ family: 'AF_INET', address: '10.1.2.3', port: 40000 })).toBeUndefined();
  });

  it('names special addresses, and says who serves a well-known port there', () => {
    expect(wellKnown({ family: 'AF_INET', address: '169.254.169.254', port: 80 })?.note).toMatch(/metadata/);
    expect(wellKnown({ family: 'AF_INET', address: '169.254.169.254', port: 12345 })?.service).toMatch(/metadata/);
    expect(wellKnown({ family: 'AF_INET', address: '10.0.2.2', port: 12345 })?.service).toMatch(/QEMU/);
    const dns = wellKnown({ family: 'AF_INET', address: '127.0.0.53', port: 53 })!;
    expect(dns.service).toBe('DNS');
    expect(dns.note).toContain('systemd-resolved');
    expect(wellKnown({ family: 'AF_INET', address: '127.0.0.11', port: 53 })?.note).toContain('Docker');
  });

  it('names UNIX socket paths', () => {
    expect(wellKnown({ family: 'AF_UNIX', path: '/tmp/.s.PGSQL.5432', abstract: false })?.service).toBe('PostgreSQL');
    expect(wellKnown({ family: 'AF_UNIX', path: '/var/run/postgresql/.s.PGSQL.5433', abstract: false })?.service).toBe('PostgreSQL');
    expect(wellKnown({ family: 'AF_UNIX', path: '/var/run/docker.sock', abstract: false })?.service).toBe('Docker daemon');
    expect(wellKnown({ family: 'AF_UNIX', path: '/run/mysqld/mysqld.sock', abstract: false })?.service).toBe('MySQL/MariaDB');
    expect(wellKnown({ family: 'AF_UNIX', path: '/var/run/nscd/socket', abstract: false })?.service).toMatch(/nscd/);
    expect(wellKnown({ family: 'AF_UNIX', path: '/run/dbus/system_bus_socket', abstract: false })?.service).toBe('D-Bus system bus');
    expect(wellKnown({ family: 'AF_UNIX', path: '/run/systemd/notify', abstract: false })?.service).toMatch(/systemd/);
    expect(wellKnown({ family: 'AF_UNIX', path: '/tmp/mine.sock', abstract: false })).toBeUndefined();
  });

  it('says where PostgreSQL usually puts its socket', () => {
    const e = unixEntry('/tmp/.s.PGSQL.5432')!;
    expect(e.usual).toContain('/var/run/postgresql');
    expect(e.usual).toMatch(/Homebrew/);
    expect(unixEntry('/var/run/nscd/socket')?.optional).toBe(true);
  });
});

describe('probeKind', () => {
  it('groups expected probes and leaves paths that matter alone', () => {
    expect(probeKind('/etc/ld.so.preload')).toBe('dynamic loader preload file');
    expect(probeKind('/lib/x86_64-linux-gnu/glibc-hwcaps/x86-64-v3/libpq.so.5')).toBe('dynamic loader library search');
    expect(probeKind('/usr/share/locale/C.UTF-8/LC_MESSAGES/psql-15.mo')).toBe('locale and message catalogue lookup');
    expect(probeKind('/usr/lib/x86_64-linux-gnu/gconv/gconv-modules')).toBe('locale and message catalogue lookup');
    expect(probeKind('/var/run/nscd/socket')).toBe('nscd probe');
    expect(probeKind('/usr/lib/python3.11/encodings/__pycache__/x.cpython-311.pyc')).toBe('Python module search');
    expect(probeKind('/srv/app/node_modules/left-pad/package.json')).toBe('Node.js module search');
    expect(probeKind('/root/.pgpass')).toBe('optional user configuration');
    // test/fixtures/real/redis-server-two-clients.strace.txt:386 opens "dump.rdb" in /tmp/rp/redis.
    expect(probeKind('/tmp/rp/redis/dump.rdb')).toBe('Redis data file (absent on a first start)');
    expect(probeKind('/tmp/rp/redis/dump.rdb.bak')).toBeUndefined();
    expect(probeKind('/etc/myapp/config.yaml')).toBeUndefined();
    expect(probeKind('/tmp/.s.PGSQL.5432')).toBeUndefined();
    expect(probeKind('/srv/data/input.csv')).toBeUndefined();
  });
});
