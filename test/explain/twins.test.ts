// Where two copies of one fact disagreed and the restructuring kept one: each case pinned
// with the input that told them apart.
import { describe, expect, it } from 'vitest';
import { readTraceText } from '../../src/index.js';
import { Analyzer } from '../../src/analyze/index.js';
import { analyzerExplainer, explainStories, type Story } from '../../src/explain/index.js';
import { CallView } from '../../src/decode/call-view.js';
import { probeKind, probeStory } from '../../src/knowledge/probes.js';
import { straceEvent } from '../decode/helpers.js';

async function stories(text: string): Promise<Story[]> {
  const { events } = await readTraceText(text);
  const out: Story[] = [];
  for await (const s of explainStories(events, analyzerExplainer(new Analyzer({ os: 'linux', format: 'strace' })))) out.push(s);
  return out;
}

describe('one classifier of probe paths (knowledge/probes.ts)', () => {
  it("puts glibc's hwcap subdirectories in the loader's story, as the analyzer already grouped them", () => {
    // Before: the folder's own LOADER_PATH missed `tls/x86_64`, so these stats broke the loader story.
    expect(probeStory('/lib/x86_64-linux-gnu/tls/x86_64/x86_64')).toBe('loader');
    expect(probeKind('/lib/x86_64-linux-gnu/tls/x86_64/x86_64')).toBe('dynamic loader library search');
  });
  it('treats a missing loader cache as an expected probe of the loader, as the folder already told it', () => {
    expect(probeStory('/etc/ld.so.cache')).toBe('loader');
    expect(probeKind('/etc/ld.so.cache')).toBe('dynamic loader cache');
  });
  it('counts a gconv module as part of the locale, not a library search', () => {
    const p = '/usr/lib/x86_64-linux-gnu/gconv/UTF-16.so';
    expect(probeStory(p)).toBe('locale');
    expect(probeKind(p)).toBe('locale and message catalogue lookup');
  });
  it("keeps a framework's resources out of the loader's story", () => {
    expect(probeStory('/System/Library/Frameworks/Foo.framework/Resources/Info.plist')).toBeUndefined();
  });

  it('folds the hwcap directory stats into the loader start-up', async () => {
    const ss = await stories(
      [
        'openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3',
        'close(3)                                = 0',
        'openat(AT_FDCWD, "/lib/x86_64-linux-gnu/tls/x86_64/libfoo.so.1", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)',
        'stat("/lib/x86_64-linux-gnu/tls/x86_64", 0x7ffd5f3c8d70) = -1 ENOENT (No such file or directory)',
        'openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libfoo.so.1", O_RDONLY|O_CLOEXEC) = 3',
        'close(3)                                = 0',
        'write(1, "hi\\n", 3)                     = 3',
      ].join('\n') + '\n',
    );
    expect(ss[0]!.kind).toBe('loader');
    expect(ss[0]!.items).toHaveLength(6);
    expect(ss[0]!.sentence).toBe('Dynamic loader loaded libfoo.so.1; 2 expected misses while searching (6 calls)');
  });
});

describe('the call view answers what the folder parsed itself', () => {
  it('names an SO_ERROR printed as a number (-X raw) from the OS table, as the analyzer did', () => {
    const v = CallView.of(straceEvent('getsockopt(3, SOL_SOCKET, SO_ERROR, [111], [4]) = 0'), 'linux');
    // Before: the folder said "SO_ERROR reported 111".
    expect(v.soErrorText()).toBe('ECONNREFUSED');
    expect(CallView.of(straceEvent('getsockopt(3, SOL_SOCKET, SO_ERROR, [0], [4]) = 0'), 'linux').soErrorText()).toBe('0');
  });
  it("reads a poll's fds from its array only, not from the count and timeout beside it", () => {
    // Before: the folder scanned the whole argument text and took `1` (nfds) for fd 1 too.
    const v = CallView.of(straceEvent('poll([{fd=3, events=POLLIN}], 1, 1000) = 1 ([{fd=3, revents=POLLIN}])'), 'linux');
    expect(v.fdSets()).toEqual([3]);
  });
});
