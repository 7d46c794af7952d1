// Trace text is untrusted: a traced program can write escape sequences, and dtruss prints raw
// bytes. Nothing from a trace leaves tracex as a control or invisible formatting character, on
// any output: one table below says which code points those are, and one function per output
// kind escapes them — sanitize (terminal text, and under escapeMarkdown/inlineCode/codeBlock
// for Markdown) shows `\x1b`, `\u202e`; jsonText/safeJson write `\u001b`, `\u202e` (what
// JSON.stringify does for C0 only).

/**
 * Code points that never reach an output raw. Sources: ECMA-48 (C0 and C1 control functions;
 * U+009B is a one-character CSI, U+009D a one-character OSC), Unicode UAX #9 (bidi marks,
 * embeddings, overrides and isolates: text that displays in another order than it reads) and
 * the Unicode Default_Ignorable_Code_Point format characters that are invisible (a
 * `/etc/pass<U+200B>wd` looks like `/etc/passwd`).
 */
const UNSAFE_CODE_POINTS: readonly (readonly [from: number, to: number, what: string])[] = [
  [0x0000, 0x001f, 'C0 controls: ESC starts terminal escape sequences'],
  [0x007f, 0x009f, 'DEL and C1 controls (U+009B CSI, U+009D OSC)'],
  [0x00ad, 0x00ad, 'soft hyphen (invisible)'],
  [0x061c, 0x061c, 'Arabic letter mark (bidi)'],
  [0x180e, 0x180e, 'Mongolian vowel separator (invisible)'],
  [0x200b, 0x200f, 'zero-width space, non-joiner, joiner; left-to-right and right-to-left marks'],
  [0x2028, 0x2029, 'line and paragraph separators'],
  [0x202a, 0x202e, 'bidi embeddings and overrides'],
  [0x2060, 0x2064, 'word joiner and invisible operators'],
  [0x2066, 0x2069, 'bidi isolates'],
  [0xfeff, 0xfeff, 'zero-width no-break space (byte order mark)'],
  [0xfff9, 0xfffb, 'interlinear annotation controls'],
];

const hex4 = (c: number): string => c.toString(16).padStart(4, '0');

/** A character class of the table's rows (C0 left out when JSON.stringify has escaped it already). */
function unsafeClass(withC0: boolean): string {
  const rows = UNSAFE_CODE_POINTS.filter(([from]) => withC0 || from > 0x1f);
  return `[${rows.map(([a, b]) => (a === b ? `\\u${hex4(a)}` : `\\u${hex4(a)}-\\u${hex4(b)}`)).join('')}]`;
}

const UNSAFE = new RegExp(unsafeClass(true));
const UNSAFE_G = new RegExp(unsafeClass(true), 'g');
const UNSAFE_IN_JSON = new RegExp(unsafeClass(false));
const UNSAFE_IN_JSON_G = new RegExp(unsafeClass(false), 'g');

const NAMED: Record<number, string> = { 0x07: '\\a', 0x08: '\\b', 0x09: '\\t', 0x0a: '\\n', 0x0b: '\\v', 0x0c: '\\f', 0x0d: '\\r', 0x1b: '\\x1b' };

/**
 * Terminal text: replaces the table's code points with visible escapes (`\x1b`, `\n`,
 * `\u202e`, `\u200b`). Printable text, including non-ASCII letters, is kept.
 */
export function sanitize(text: string, opts: { keepTabs?: boolean } = {}): string {
  // Fast path: most trace text has nothing to replace.
  if (!UNSAFE.test(text)) return text;
  return text.replace(UNSAFE_G, (ch, at: number) => {
    const c = ch.codePointAt(0)!;
    // A tab is harmless on a terminal; the inline form keeps original lines as they were.
    if (c === 0x09 && opts.keepTabs) return ch;
    if (c === 0x200d && joinsEmoji(text, at)) return ch;
    if (NAMED[c]) return NAMED[c];
    if (c < 0x100) return `\\x${c.toString(16).padStart(2, '0')}`;
    return `\\u${hex4(c)}`;
  });
}

// Emoji, and what may follow one inside a sequence (variation selector 16, skin tones).
const EMOJI_BEFORE = /\p{Extended_Pictographic}[\ufe0f\u{1f3fb}-\u{1f3ff}]?$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;

/**
 * A zero-width joiner between two emoji draws one picture (👩‍👩‍👧, Unicode UTS #51): it is kept
 * there, and escaped anywhere else, where it can only hide.
 */
function joinsEmoji(text: string, at: number): boolean {
  return EMOJI_BEFORE.test(text.slice(Math.max(0, at - 4), at)) && EMOJI_AFTER.test(text.slice(at + 1, at + 3));
}

/** Terminal text of several lines (a message that quotes trace lines): each line sanitised, the line breaks kept. */
export function sanitizeLines(text: string): string {
  return UNSAFE.test(text) ? text.split('\n').map((l) => sanitize(l)).join('\n') : text;
}

/**
 * JSON text (from JSON.stringify, which escapes only C0 and lone surrogates) with the rest of
 * the table's code points as `\uXXXX` escapes: the same values when parsed, nothing raw when
 * printed. Outside strings JSON is ASCII, so the whole text can be scanned.
 */
export function safeJson(json: string): string {
  if (!UNSAFE_IN_JSON.test(json)) return json;
  return json.replace(UNSAFE_IN_JSON_G, (ch) => `\\u${hex4(ch.charCodeAt(0))}`);
}

/** JSON.stringify for output: every JSON tracex prints goes through here. */
export function jsonText(value: unknown, indent?: number): string {
  return safeJson(JSON.stringify(value, null, indent));
}

/**
 * What GitHub turns into a link or a notification when it is plain text: URLs (`http://`,
 * `https://`, `ftp://`, `www.`), email addresses and `@mentions` (around an `@`), issue
 * references (`#123`, `GH-123`). GitHub finds mentions and references in the rendered text,
 * after backslash escapes are gone, so an escape does not stop them; nothing inside a code span
 * is linked. (Each alternative starts at a fixed character or at the start of a word, so the
 * scan is linear.)
 */
const AUTOLINKED = /\b(?:https?|ftp):\/\/[^\s<>`|]*|\bwww\.[^\s<>`|]*|(?<![\w.+-])[\w.+-]*@[\w.-]+|#\d+|\bgh-\d+/gi;

/**
 * Escapes text for Markdown prose and table cells: HTML, emphasis, links, pipes; what GitHub
 * would autolink goes in a code span. Sanitised too.
 */
export function escapeMarkdown(text: string): string {
  const s = sanitize(text);
  let out = '';
  let last = 0;
  for (const m of s.matchAll(AUTOLINKED)) {
    out += escapeProse(s.slice(last, m.index)) + inlineCode(m[0]);
    last = m.index + m[0].length;
  }
  return last === 0 ? escapeProse(s) : out + escapeProse(s.slice(last));
}

function escapeProse(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~@#])/g, '\\$1')
    // Only at the start of a line, and followed by a space (or alone), do these begin a list or a rule.
    // sanitize has escaped every line break, so the start of the text is the only line start (no `m` flag:
    // with it, a ReDoS checker rates these polynomial).
    .replace(/^(\s*)([+-])(\s)/, '$1\\$2$3')
    .replace(/^(\s*)(=+|-{3,})(\s*)$/, '$1\\$2$3')
    .replace(/^(\s*\d+)([.)])(\s)/, '$1\\$2$3');
}

/** The longest match of a global regex in s (a loop: a spread of every match overflows the stack on a huge line). */
function longestRun(s: string, re: RegExp): number {
  let n = 0;
  for (const m of s.matchAll(re)) n = Math.max(n, m[0].length);
  return n;
}

/** Escapes text for inline code: a backtick fence longer than any run inside. */
export function inlineCode(text: string): string {
  const s = sanitize(text);
  const longest = longestRun(s, /`+/g);
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

/** A fenced code block that no line of `lines` can close early; each line sanitised. */
export function codeBlock(lines: string[], lang = ''): string {
  const safe = lines.map((l) => sanitize(l));
  const longest = safe.reduce((n, l) => Math.max(n, longestRun(l, /`{3,}|~{3,}/g)), 2);
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${safe.join('\n')}\n${fence}`;
}

/** Escapes text for HTML (inside `<summary>` and the like). */
export function escapeHtml(text: string): string {
  return sanitize(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
