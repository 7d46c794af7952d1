// The streaming inline annotation (render/inline.ts): a line is written only once the read
// pipeline says no comment can still come for it. Lines here are SYNTHETIC (strace's documented
// shapes, ../shared/formats/strace.md); the corpus snapshot checks real traces end to end.
import { describe, expect, it } from 'vitest';
import { InlineAnnotation, MAX_HELD_LINES } from '../../src/render/inline.js';

const END = { findings: [], brief: '' };
const settled = (line: number, file?: string): Map<string | undefined, number> => new Map([[file, line]]);

describe('InlineAnnotation', () => {
  it('holds the lines after a call waiting for its other half, and comments after the resumed line', () => {
    const a = new InlineAnnotation(1);
    a.line({ text: '1 read(3,  <unfinished ...>', line: 1 });
    a.line({ text: '2 close(4) = 0', line: 2 });
    a.comment(undefined, 2, 'closed fd 4');
    // Line 1's call may still end on line 1 (never resumed): nothing can be written yet.
    expect(a.take(settled(1))).toBe('');
    a.line({ text: '1 <... read resumed>"x", 1) = 1', line: 3 });
    a.comment(undefined, 3, 'read 1 byte');
    expect(a.take(settled(4))).toBe('1 read(3,  <unfinished ...>\n2 close(4) = 0\n# closed fd 4\n1 <... read resumed>"x", 1) = 1\n# read 1 byte\n');
    expect(a.end(END)).toBe('#\n# tracex findings (0):\n');
  });

  it('past its budget it writes without waiting, and a late comment names its line', () => {
    const a = new InlineAnnotation(1);
    a.line({ text: '1 wait4(-1,  <unfinished ...>', line: 1 });
    for (let i = 2; i <= MAX_HELD_LINES + 2; i++) a.line({ text: `2 getpid() = 2`, line: i });
    const first = a.take(settled(1));
    expect(first.startsWith('1 wait4(-1,  <unfinished ...>\n2 getpid() = 2\n')).toBe(true);
    a.comment(undefined, 1, 'waited for any child');
    const rest = a.end(END);
    expect(rest).toMatch(/2 getpid\(\) = 2\n# \(line 1\) waited for any child\n#\n# tracex findings/);
    expect((first + rest).match(/getpid/g)).toHaveLength(MAX_HELD_LINES + 1);
  });

  it('headings name the file only when lines come from several files', () => {
    const a = new InlineAnnotation(2);
    a.line({ text: 'execve("/bin/true") = 0', file: 'x.1', line: 1 });
    expect(a.take(new Map([['x.1', 2]]))).toBe(''); // one file seen so far: headings not decided
    a.line({ text: 'exit_group(0) = ?', file: 'x.2', line: 1 });
    expect(a.take(new Map([['x.1', 2], ['x.2', 2]]))).toBe('# ==> x.1 <==\nexecve("/bin/true") = 0\n# ==> x.2 <==\nexit_group(0) = ?\n');
    const b = new InlineAnnotation(2);
    b.line({ text: 'execve("/bin/true") = 0', file: 'x.1', line: 1 });
    expect(b.end(END)).toBe('execve("/bin/true") = 0\n#\n# tracex findings (0):\n');
  });

  it('a followed file that starts over: the old lines go out, comments go to the new ones', () => {
    const a = new InlineAnnotation(1);
    a.line({ text: 'getpid() = 1', line: 1 });
    a.line({ text: 'getpid() = 1', line: 2 });
    expect(a.take(settled(2))).toBe('getpid() = 1\n');
    a.line({ text: 'getuid() = 0', line: 1 });
    a.comment(undefined, 1, 'the user id is 0');
    expect(a.take(settled(1))).toBe('getpid() = 1\n');
    expect(a.take(settled(2))).toBe('getuid() = 0\n# the user id is 0\n');
  });

  it('trace text is sanitised, tabs kept', () => {
    const a = new InlineAnnotation(1);
    a.line({ text: 'write(1, "a\tb") = 3 \u001b[2J', line: 1 });
    expect(a.end(END).split('\n')[0]).toBe('write(1, "a\tb") = 3 \\x1b[2J');
  });
});
