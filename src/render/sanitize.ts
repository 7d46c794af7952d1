// Trace text is untrusted: a traced program can write escape sequences, and dtruss
// prints raw bytes. Nothing from a trace reaches a terminal or a Markdown page as a
// control character; each is shown as a visible escape instead.

const NAMED: Record<number, string> = { 0x07: '\\a', 0x08: '\\b', 0x09: '\\t', 0x0a: '\\n', 0x0b: '\\v', 0x0c: '\\f', 0x0d: '\\r', 0x1b: '\\x1b' };

/**
 * Replaces C0 and C1 control characters, DEL, and Unicode bidi/line separators with
 * escapes (`\x1b`, `\n`, `\u202e`). Printable text, including non-ASCII letters, is kept.
 */
export function sanitize(text: string, opts: { keepTabs?: boolean } = {}): string {
  // Fast path: most trace text has nothing to replace.
  if (!UNSAFE.test(text)) return text;
  return text.replace(UNSAFE_G, (ch) => {
    const c = ch.codePointAt(0)!;
    // A tab is harmless on a terminal; the inline form keeps original lines as they were.
    if (c === 0x09 && opts.keepTabs) return ch;
    if (NAMED[c]) return NAMED[c];
    if (c < 0x100) return `\\x${c.toString(16).padStart(2, '0')}`;
    return `\\u${c.toString(16).padStart(4, '0')}`;
  });
}

// C0 controls, DEL, C1 controls, line/paragraph separators, bidi overrides and isolates.
const UNSAFE_SOURCE = '[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]';
const UNSAFE = new RegExp(UNSAFE_SOURCE);
const UNSAFE_G = new RegExp(UNSAFE_SOURCE, 'g');

/** Escapes text for Markdown prose and table cells: HTML, emphasis, links, pipes. Sanitised too. */
export function escapeMarkdown(text: string): string {
  return sanitize(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // `@name` and `#123` would ping people and link issues on GitHub.
    .replace(/([\\`*_[\]|~@#])/g, '\\$1')
    // Only at the start of a line, and followed by a space (or alone), do these begin a list or a rule.
    .replace(/^(\s*)([+-])(\s)/gm, '$1\\$2$3')
    .replace(/^(\s*)(=+|-{3,})(\s*)$/gm, '$1\\$2$3')
    .replace(/^(\s*\d+)([.)])(\s)/gm, '$1\\$2$3');
}

/** Escapes text for inline code: a backtick fence longer than any run inside. */
export function inlineCode(text: string): string {
  const s = sanitize(text);
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

/** A fenced code block that no line of `lines` can close early; each line sanitised. */
export function codeBlock(lines: string[], lang = ''): string {
  const safe = lines.map((l) => sanitize(l));
  const longest = Math.max(2, ...safe.flatMap((l) => [...l.matchAll(/`{3,}|~{3,}/g)].map((m) => m[0].length)));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${safe.join('\n')}\n${fence}`;
}

/** Escapes text for HTML (inside `<summary>` and the like). */
export function escapeHtml(text: string): string {
  return sanitize(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
