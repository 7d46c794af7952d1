// Readers of fd sets and decorations inside argument and result text: the fds of a select
// set or poll array, a pipe's pair, the listening sockets named by -yy decorations, the
// revents a poll returned. The call view asks these; nothing above decode reads the text.

/**
 * Argument text with -y/-yy decorations removed: `[3<TCP:[127.0.0.1:40000]> 4<pipe:[21185]>]`
 * → `[3 4]`, so numbers inside decorations are not read as fds.
 */
export function stripDecorations(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      // Copy strings whole.
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === '<' && /[0-9D]/.test(text[i - 1] ?? '')) {
      // Skip to the matching '>': brackets inside (TCP:[a->b]) do not count.
      let depth = 0;
      let j = i + 1;
      for (; j < text.length; j++) {
        const d = text[j]!;
        if (d === '[') depth++;
        else if (d === ']') depth--;
        else if (d === '"') {
          j++;
          while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
        } else if (d === '>' && depth <= 0) break;
      }
      i = j + 1;
      if (text.startsWith('(deleted)', i)) i += '(deleted)'.length;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** fd numbers in a set or array argument (`[3 4]`, `[{fd=3, events=POLLIN}]`, `[4, 5]`). */
export function fdsIn(text: string): number[] {
  const t = stripDecorations(text);
  return [...t.matchAll(/(?:\{fd=|^\[|[[\s,])(-?\d+)(?=[\s,\]}]|$)/g)].map((m) => Number(m[1]));
}

/** Listening sockets named by -yy decorations (TCP or UNIX stream, a local address and no peer), as printed. */
export function listenersIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b\d+<(TCP|TCPv6|UNIX-STREAM):\[([^\][]*)\]>/g)) {
    const body = m[2]!;
    if (body.includes('->') || /^\d+$/.test(body)) continue;
    out.push(body);
  }
  return [...new Set(out)];
}

/** What a poll returned per fd: `= 1 ([{fd=3, revents=POLLOUT|POLLERR}])` → fd 3, [POLLOUT, POLLERR]. */
export function reventsIn(text: string): { fd: number; flags: string[] }[] {
  return [...text.matchAll(/\{fd=(\d+),[^{}]*revents=([A-Z|]+)/g)].map((m) => ({ fd: Number(m[1]), flags: m[2]!.split('|') }));
}
