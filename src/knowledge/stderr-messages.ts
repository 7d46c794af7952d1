// Lines a program writes to stderr that say why it failed, as data: the most informative one
// is quoted as the reason of an exit or an abort, rather than whatever it wrote last (a
// "Worker exiting" log line, the blank line after a traceback). Sources: the messages of
// glibc (assert.c, malloc.c), libstdc++ (vterminate.cc), CPython (traceback.c, pylifecycle.c
// "Fatal Python error"), the Go runtime (panic.go), Rust std (panicking.rs), GCC's diagnostics
// (`file:line:col: fatal error: …`), GNU ld's link errors, and the habit of C tools
// (`prog: fatal: …`, `error: …`). Higher rank wins; a later line wins a tie.

import { lastLineBreak } from '../text/line-break.js';

export interface StderrPattern {
  /** Matched against one line of stderr, without its newline: a regex, or a matcher of the same shape. */
  re: { test(line: string): boolean };
  rank: number;
  /** What the line is, for the explanation ("an uncaught C++ exception"). */
  kind: string;
}

// Three shapes are read by position, their opening found and the rest checked at the line's end:
// as regexes (`Assertion [`'].*' failed\.?$`, `: .* \((?:[A-Z]\w*::)*[A-Z]\w*(?:Error|…)\)$`,
// `(?:^|: )(?:fatal|…)(?:\[[^\]]*\])?: \S`) they rescanned the line from every opening.

/** glibc assert(3): `prog: file.c:12: main: Assertion \`x > 0' failed.` */
function failedAssertion(text: string): boolean {
  const tail = text.endsWith("' failed.") ? 9 : text.endsWith("' failed") ? 8 : 0;
  if (!tail) return false;
  const close = text.length - tail;
  for (let at = text.indexOf('Assertion ', lastLineBreak(text, close) + 1); at >= 0 && at + 11 <= close; at = text.indexOf('Assertion ', at + 1)) {
    if (text[at + 10] === '`' || text[at + 10] === "'") return true;
  }
  return false;
}

const RUBY_MODULE = /^[A-Z]\w*$/;
const RUBY_EXCEPTION = /^[A-Z]\w*(?:Error|Exception|Interrupt)$/;

/** Ruby's uncaught exception: the class (`Foo::BarError`) in parentheses ends the line, after `: message `. */
function rubyException(text: string): boolean {
  if (!text.endsWith(')')) return false;
  const open = text.lastIndexOf('(');
  if (open < 1 || text[open - 1] !== ' ') return false;
  const names = text.slice(open + 1, -1).split('::');
  if (!RUBY_EXCEPTION.test(names.pop()!) || !names.every((n) => RUBY_MODULE.test(n))) return false;
  const colon = text.indexOf(': ', lastLineBreak(text, open - 1) + 1);
  return colon >= 0 && colon + 2 <= open - 1;
}

// GCC and clang print `file:line:col: fatal error: …` (a missing header) as well as `…: error: …`.
const ERROR_WORD = /(?:^|: )(?:fatal error|fatal|error|FATAL|ERROR|Error|PANIC|panic)/g;
const NOT_SPACE = /\S/;

/** `prog: error: …`, `fatal: …`, `ERROR[main]: …`: an error word, maybe a [tag], then `: ` and text. */
function errorMessage(text: string): boolean {
  // The first `]` after the last tag's `[` (the line's length when there is none), reused by
  // the tags that open before it: one scan of the line for any number of `[`.
  let close = -1;
  for (const m of text.matchAll(ERROR_WORD)) {
    let at = m.index + m[0].length;
    if (text[at] === '[') {
      if (close < at) {
        close = text.indexOf(']', at + 1);
        if (close < 0) close = text.length;
      }
      if (close >= text.length) continue;
      at = close + 1;
    }
    if (text.startsWith(': ', at) && NOT_SPACE.test(text.charAt(at + 2))) return true;
  }
  return false;
}

export const STDERR_PATTERNS: readonly StderrPattern[] = [
  // libstdc++: terminate called after throwing an instance of 'std::runtime_error' (what() follows).
  { re: /^terminate called after throwing an instance of '([^']+)'/, rank: 9, kind: 'an uncaught C++ exception' },
  { re: /^terminate called (without an active exception|recursively)/, rank: 8, kind: 'std::terminate' },
  // glibc assert(3): prog: file.c:12: main: Assertion `x > 0' failed.
  { re: { test: failedAssertion }, rank: 9, kind: 'a failed assertion' },
  // glibc malloc checks: "free(): invalid pointer", "malloc(): corrupted top size", "double free or corruption (out)".
  { re: /^(?:\*\*\* )?(?:free|malloc|realloc|munmap_chunk|malloc_consolidate|_int_malloc|_int_free|corrupted size vs\. prev_size)[^\n]*\b(?:invalid|corrupt|double free)/i, rank: 9, kind: 'heap corruption detected by the C library' },
  { re: /^double free or corruption/, rank: 9, kind: 'heap corruption detected by the C library' },
  { re: /^\*\*\* (?:stack smashing|buffer overflow) detected \*\*\*/, rank: 9, kind: 'memory corruption detected by the C library' },
  { re: /^Fatal Python error: /, rank: 9, kind: 'a fatal Python error' },
  // Go: "panic: runtime error: …", "fatal error: all goroutines are asleep - deadlock!"
  { re: /^panic: /, rank: 8, kind: 'a Go panic' },
  { re: /^fatal error: /, rank: 8, kind: 'a fatal runtime error' },
  // Rust: thread 'main' panicked at src/main.rs:4:5: (the message may follow on the next line)
  { re: /^thread '[^']*' panicked at /, rank: 8, kind: 'a Rust panic' },
  // Ruby's uncaught exception: `-e:1:in 'require': cannot load such file -- x (LoadError)`,
  // the class in parentheses ending the line (error.c, error_print); backtrace lines follow.
  { re: { test: rubyException }, rank: 8, kind: 'an uncaught Ruby exception' },
  // Java/JVM-style and many CLIs.
  { re: /^Exception in thread "[^"]*" /, rank: 8, kind: 'an uncaught exception' },
  // Common CLI shapes: `prog: error: …`, `fatal: …`, `Error: …`, `ERROR: …`, `FATAL: …`.
  { re: { test: errorMessage }, rank: 5, kind: 'an error message' },
  { re: /\[(?:ERROR|CRITICAL|FATAL|error|crit|emerg|alert)\] \S/, rank: 4, kind: 'an error log line' },
  // GNU ld (and gold, lld): `main.c:(.text+0xa): undefined reference to \`f'`, `multiple definition of \`g'`.
  { re: /: (?:undefined reference to|multiple definition of) [`'"]/, rank: 5, kind: 'a link error' },
  // `mkdir: cannot create directory '/x': Read-only file system`: the errno text ends the line.
  {
    re: /: (?:No such file or directory|Permission denied|Read-only file system|No space left on device|Disk quota exceeded|Connection refused|Operation not permitted|Is a directory|Not a directory|File exists|Address already in use|Too many open files|Cannot allocate memory)\b/,
    rank: 4,
    kind: 'an error message',
  },
];

/**
 * A Python traceback: it starts with this line, its frames are indented, and its first
 * unindented line after them names the exception (`ModuleNotFoundError: No module named 'x'`).
 * That line outranks every pattern above but the crash reports.
 */
// (strace's default -s 32 cuts the line at exactly `Traceback (most recent call last`.)
export const TRACEBACK_START = /^Traceback \(most recent call last(?:\):|…?$)/;
export const TRACEBACK_FRAME = /^(?:\s|During handling of the above exception|The above exception was the direct cause|$)/;
export const TRACEBACK_RANK = 8;
export const TRACEBACK_KIND = 'an uncaught Python exception';

/** A line that continues a ranked one: libstdc++'s `  what():  message` after "terminate called…". */
export const CONTINUATIONS: readonly { after: RegExp; re: RegExp }[] = [
  { after: /^terminate called after throwing/, re: /^\s*what\(\):\s+((?:\S.*)?)$/ },
  { after: /^thread '[^']*' panicked at /, re: /^(\S.*)$/ },
];

/**
 * What follows a name a program says it did not find: `make: nosuchprog: No such file or
 * directory`, dash's `sh: 1: nosuchprog: not found`, bash's `nosuchprog: command not found`
 * (strace's -s limit may cut the words: `No such file`).
 */
const NOT_FOUND_AFTER_NAME = /^['"]?: *(?:No such file|(?:command )?not found)/;

/** `text` says that `name` was not found (the name whole, right before the colon). */
export function saysNotFound(text: string, name: string): boolean {
  if (!name) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = at === 0 ? ' ' : text[at - 1]!;
    if (!/[\s'"/:]/.test(before)) continue;
    if (NOT_FOUND_AFTER_NAME.test(text.slice(at + name.length, at + name.length + 24))) return true;
  }
  return false;
}
