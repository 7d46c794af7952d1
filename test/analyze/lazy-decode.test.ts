// strace calls are decoded only when a question needs it: CallView answers the common ones
// (plain decimal fds, constant names, fd decorations, the kind of an argument) from the text.
// Those answers must be the decoder's own. Checked here call by call, argument by argument,
// on every strace trace of the repository's fixtures and the shared corpus, against the
// decoder-first rules the view followed before.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CallView } from '../../src/decode/call-view.js';
import { namesIn, parseFdText, parseIntText } from '../../src/decode/text.js';
import { parseFdInfo } from '../../src/decode/fdinfo.js';
import { decodeCall, decodeCallLater } from '../../src/decode/index.js';
import type { DecodedCall, SyscallEvent } from '../../src/model/index.js';
import { readTraceFile } from '../../src/index.js';
import { CORPUS, traceFiles } from '../helpers/corpus.js';

const FIXTURES = new URL('../fixtures/real/', import.meta.url).pathname;
const STRACE_CORPUS = join(CORPUS, 'strace');

function straceFiles(): string[] {
  const fixtures = traceFiles(FIXTURES).filter((f) => !/\.(c|conf|md)$/.test(f));
  return [...fixtures, ...(existsSync(STRACE_CORPUS) ? traceFiles(STRACE_CORPUS) : [])];
}

async function calls(file: string): Promise<SyscallEvent[]> {
  const t = await readTraceFile(file, { from: 'strace' });
  return t.events.filter((e): e is SyscallEvent => e.type === 'syscall');
}

/** The decoder's answer for a call, or undefined where it throws (the analyzer then reads the text). */
function decodedOrNot(ev: SyscallEvent): DecodedCall | undefined {
  try {
    return decodeCall(ev, 'linux');
  } catch {
    return undefined;
  }
}

/** What the view answered before it read the text first: the decoder's answer, then the text's. */
function reference(ev: SyscallEvent, d: DecodedCall, view: CallView, i: number) {
  const a = d.args[i];
  const text = view.arg(i);
  const fdText = parseFdText(text);
  const names = namesIn(text);
  for (const n of a?.named ?? []) if (n.name) names.add(n.name);
  return {
    int: a?.int ?? parseIntText(text) ?? fdText?.fd,
    fd: a?.int !== undefined && (a.kind === 'fd' || a.kind === 'dirfd') ? a.int : (fdText?.fd ?? a?.int),
    fdInfo: a?.fdInfo ?? (fdText?.decoration !== undefined ? parseFdInfo(fdText.decoration, fdText.deleted) : undefined),
    kind: a?.kind,
    names: [...names].sort(),
  };
}

describe('strace calls decoded on demand', () => {
  const files = straceFiles();

  it('reads real traces (fixtures, and the corpus when it is beside the checkout)', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('answers fds, numbers, names, fd information and kinds as the decoder does', async () => {
    let checked = 0;
    for (const file of files) {
      for (const ev of await calls(file)) {
        const d = decodedOrNot(ev);
        if (!d) continue;
        const view = new CallView(ev, 'linux', d);
        for (let i = 0; i < view.args.length; i++) {
          const want = reference(ev, d, view, i);
          const got = { int: view.int(i), fd: view.fd(i), fdInfo: view.fdInfo(i), kind: view.argKind(i), names: [...view.names(i)].sort() };
          // names() adds a few shared constant names when it finds none: compare only where it found some.
          if (want.names.length === 0) got.names = [];
          expect(got, `${file}:${String(ev.line)} argument ${String(i)}: ${view.arg(i) ?? ''}`).toEqual(want);
          checked++;
        }
        const deco = ev.ret?.decoration;
        const wantResult = d.result?.fdInfo ?? (deco !== undefined ? parseFdInfo(deco) : undefined);
        expect(view.resultFdInfo(), `${file}:${String(ev.line)} result`).toEqual(wantResult);
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });

  it('decodes where the text alone would miss something', async () => {
    // Lines written for this test in strace's spellings: a flag bit strace had no name for,
    // octal modes, -X raw numbers, a comment after a value, a deleted file inside a decoration.
    const text = [
      'openat(AT_FDCWD, "/x", O_RDONLY|0x80000) = 3',
      'openat(AT_FDCWD, "/x", O_WRONLY|O_CREAT, 0644) = 3',
      'socket(0x2, 0x1, 0) = 4',
      'fcntl(3, F_DUPFD_CLOEXEC, 0) = 5</tmp/x>',
      'read(3</tmp/x (deleted)>, "", 10) = 0',
      'close(0x3 /* 3 */) = 0',
    ].join('\n');
    const { readTraceText } = await import('../../src/index.js');
    const t = await readTraceText(text, { from: 'strace' });
    const evs = t.events.filter((e): e is SyscallEvent => e.type === 'syscall');
    expect(evs).toHaveLength(6);
    const view = (ev: SyscallEvent) => new CallView(ev, 'linux', decodeCallLater(ev, 'linux'));
    expect([...view(evs[0]!).names(2)].sort()).toEqual(['O_CLOEXEC', 'O_RDONLY']);
    expect(view(evs[1]!).int(3)).toBe(0o644);
    expect([...view(evs[2]!).names(0)]).toEqual(['AF_INET']);
    expect(view(evs[3]!).resultFdInfo()).toEqual({ type: 'path', path: '/tmp/x' });
    expect(view(evs[4]!).fdInfo(0)).toMatchObject({ type: 'path', path: '/tmp/x', deleted: true });
    expect(view(evs[5]!).fd(0)).toBe(3);
  });

  it('gives the decoder’s arguments, errno and result when they are read', async () => {
    for (const file of files.slice(0, 20)) {
      for (const ev of await calls(file)) {
        const d = decodedOrNot(ev);
        if (!d) continue;
        const later = decodeCallLater(ev, 'linux');
        // errno first: it is looked up without decoding the arguments, and must agree.
        expect(later.errno).toEqual(d.errno);
        expect({ os: later.os, args: later.args, errno: later.errno, result: later.result }).toEqual({ os: d.os, args: d.args, errno: d.errno, result: d.result });
        // A library user's JSON.stringify sees the decoded call, not the object that defers it.
        expect(JSON.stringify(decodeCallLater(ev, 'linux'))).toBe(JSON.stringify(d));
      }
    }
  });
});
