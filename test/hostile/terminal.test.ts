// Trace text is untrusted: nothing from a trace reaches the terminal as a control character,
// and nothing reaches a Markdown report as live HTML or links. Checked on the exact bytes written.
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

// A strace capture without -o: the traced program's own output (raw escape sequences: a window
// title OSC, a screen clear, BEL) lands between trace lines. Text written for this test.
const TRACE = [
  '1 openat(AT_FDCWD, "/etc/hostname", O_RDONLY) = 3',
  '\x1b]0;pwned\x07 program output \x1b[2J\x1b[1;1H\x08\x08',
  '1 write(1, "\\33[31mred\\7", 9) = 9',
  '1 openat(AT_FDCWD, "/tmp/<img src=x onerror=alert(1)>[link](http://x)", O_RDONLY) = -1 ENOENT (No such file or directory)',
  '',
].join('\n');

const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f\x9b]/; // anything but \t and \n

describe('terminal safety', () => {
  it.each([[[]], [['--failed']], [['summary']], [['annotate', '--inline']], [['--no-fold']]])('tracex %j writes no raw control characters', async (args) => {
    const r = await runCli([...args, '--from', 'strace', '-'], { stdin: TRACE });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
  });

  it('shows the program output escaped, byte for byte', async () => {
    const r = await runCli(['--no-fold', '--from', 'strace', '-'], { stdin: TRACE });
    expect(r.stdout).toContain('\\x1b]0;pwned\\a program output \\x1b[2J\\x1b[1;1H\\b\\b');
  });

  it('keeps HTML and Markdown syntax from trace strings inert in the Markdown report', async () => {
    // A trace string that also tries to close the report's code fence.
    const input = TRACE + '1 openat(AT_FDCWD, "/x\n```\n<script>", O_RDONLY) = -1 ENOENT (No such file or directory)\n';
    const r = await runCli(['annotate', '--from', 'strace', '-'], { stdin: input });
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    // Inside fenced code blocks text is literal; outside them no live HTML or link may remain.
    const prose = outsideCodeBlocks(r.stdout);
    expect(prose).not.toMatch(/<img|<script/);
    expect(prose).not.toMatch(/[^\\]\]\(http:\/\/x\)/);
    expect(r.stdout).toContain('onerror'); // the path is still shown, escaped or fenced
  });

  it('parse writes JSON, where control characters are \\u escapes', async () => {
    const r = await runCli(['parse', '--from', 'strace', '-'], { stdin: TRACE });
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain('"text":"\\u001b]0;pwned\\u0007 program output');
  });
});

/** The Markdown text outside fenced code blocks, honouring fence length as CommonMark does. */
function outsideCodeBlocks(md: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of md.split('\n')) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && line.trim() === m[1]) fence = undefined;
      continue;
    }
    if (m) {
      fence = m[1]!;
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}
