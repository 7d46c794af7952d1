// Which listening socket takes a connection: the pairing the timeline export draws arrows with.
import { describe, expect, it } from 'vitest';
import { listensFor } from '../../src/decode/text.js';
import type { Endpoint } from '../../src/model/index.js';

const inet = (address: string, port: number): Endpoint => ({ family: 'AF_INET', address, port });
const unix = (path: string): Endpoint => ({ family: 'AF_UNIX', path, abstract: false });

describe('listensFor', () => {
  it('takes its own address and port, and any address when bound to 0.0.0.0 or ::', () => {
    expect(listensFor(inet('127.0.0.1', 6399), inet('127.0.0.1', 6399))).toBe(true);
    expect(listensFor(inet('0.0.0.0', 6399), inet('127.0.0.1', 6399))).toBe(true);
    expect(listensFor({ family: 'AF_INET6', address: '::', port: 80 }, inet('10.0.0.1', 80))).toBe(true);
  });

  it('not another port or another address', () => {
    expect(listensFor(inet('127.0.0.1', 6399), inet('127.0.0.1', 6379))).toBe(false);
    expect(listensFor(inet('127.0.0.2', 6399), inet('127.0.0.1', 6399))).toBe(false);
  });

  it('UNIX sockets by path; an unnamed one takes nothing', () => {
    expect(listensFor(unix('/tmp/.s.PGSQL.5432'), unix('/tmp/.s.PGSQL.5432'))).toBe(true);
    expect(listensFor(unix('/tmp/.s.PGSQL.5432'), unix('/tmp/.s.PGSQL.5433'))).toBe(false);
    expect(listensFor(unix(''), unix(''))).toBe(false);
    // dtruss shows only a struct's size: an inferred address with no text matches nothing.
    expect(listensFor({ family: 'AF_INET', address: '', port: 0, inferred: true }, inet('127.0.0.1', 0))).toBe(false);
  });
});
