import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

describe('sample', () => {
  it('ships the Rails/Postgres UNIX socket sample', () => {
    const text = readFileSync(new URL('../samples/psql-unix-socket-enoent.strace.txt', import.meta.url), 'utf8');
    expect(text).toContain('connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.s.PGSQL.5432"}, 110) = -1 ENOENT');
  });
});
