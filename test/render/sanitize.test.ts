// Trace text never reaches a terminal or a Markdown page as control characters or markup.
import { describe, expect, it } from 'vitest';
import { codeBlock, escapeMarkdown, inlineCode, sanitize } from '../../src/render/sanitize.js';
import { renderStoryLine } from '../../src/render/text.js';
import type { Story } from '../../src/explain/fold.js';

describe('sanitize', () => {
  it('turns escape sequences and other controls into visible escapes', () => {
    expect(sanitize('\x1b[2J\x1b]0;pwned\x07')).toBe('\\x1b[2J\\x1b]0;pwned\\a');
    expect(sanitize('a\rb\nc\0d\x7f')).toBe('a\\rb\\nc\\x00d\\x7f');
    // C1 controls (0x9b is a one-byte CSI on some terminals) and bidi overrides.
    expect(sanitize('x\u009b31my\u202eevil')).toBe('x\\x9b31my\\u202eevil');
  });

  it('keeps ordinary text, non-ASCII letters and (on request) tabs', () => {
    expect(sanitize('/tmp/ünïcode 日本 "quoted"')).toBe('/tmp/ünïcode 日本 "quoted"');
    expect(sanitize('a\tb')).toBe('a\\tb');
    expect(sanitize('a\tb', { keepTabs: true })).toBe('a\tb');
  });

  it('is applied to every part of a text narrative line', () => {
    // A constructed dtruss-style event: dtruss prints the bytes a program wrote as they were.
    const story: Story = {
      kind: 'event',
      sentence: 'Wrote 4 bytes to fd 1 (stdout): "\x1b[2J"',
      items: [
        {
          event: {
            type: 'syscall', syscall: 'write_nocancel', args: '0x1, "\x1b[2J\\0", 0x4', status: 'complete',
            ret: { text: '4 0', value: 4 }, line: 1, lines: [1], seq: 0, pid: 7,
          },
          explanation: 'x',
        },
      ],
    };
    const line = renderStoryLine(story, { color: false });
    expect(line).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(line).toContain('\\x1b[2J');
  });
});

describe('Markdown escaping', () => {
  it('keeps trace strings from becoming HTML, links, emphasis, mentions or table cells', () => {
    const s = escapeMarkdown('<img src=x onerror=alert(1)> [a](http://x) *b* _c_ | d @octocat #12');
    expect(s).not.toMatch(/<img/);
    // What GitHub would link or notify goes in a code span (nothing in one is linked).
    expect(s).toBe('&lt;img src=x onerror=alert(1)&gt; \\[a\\](`http://x)` \\*b\\* \\_c\\_ \\| d `@octocat` `#12`');
  });

  it.each([
    ['a bare URL', 'GET https://evil.example/x?a=1 failed', 'GET `https://evil.example/x?a=1` failed'],
    ['a www. address', 'see www.example.com now', 'see `www.example.com` now'],
    ['an email address', 'mail root@example.com', 'mail `root@example.com`'],
    ['a mention', 'cc @octocat, please', 'cc `@octocat`, please'],
    ['issue references', 'fixes #123 and GH-45 and gh-6', 'fixes `#123` and `GH-45` and `gh-6`'],
  ])('puts %s in a code span, so a pasted report links and pings nobody', (_what, text, md) => {
    expect(escapeMarkdown(text)).toBe(md);
  });

  it('leaves ordinary text, paths and addresses alone', () => {
    expect(escapeMarkdown('connect to 127.0.0.1:6379 (/run/x.sock), fd 3')).toBe('connect to 127.0.0.1:6379 (/run/x.sock), fd 3');
    // An abstract socket name and a lone # stay escaped text.
    expect(escapeMarkdown('@/tmp/.X11 # x')).toBe('\\@/tmp/.X11 \\# x');
  });

  it('escapes list and rule markers only at the start of a line', () => {
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('a - b')).toBe('a - b');
    // An address in a table cell is not a list item.
    expect(escapeMarkdown('127.0.0.1:6379')).toBe('127.0.0.1:6379');
    expect(escapeMarkdown('-1')).toBe('-1');
  });

  it('code spans and blocks cannot be closed by the text inside them', () => {
    expect(inlineCode('a`b')).toBe('``a`b``');
    const block = codeBlock(['write(1, "```\\n", 4) = 4', '```'], 'text');
    const fence = block.split('\n')[0]!;
    expect(fence).toBe('````text');
    expect(block.endsWith('\n````')).toBe(true);
  });
});
