// Cutting runs off the end of a string with a loop: the regex forms (`/(?<!\/)\/+$/`) are rated
// polynomial by a ReDoS checker and need care to stay linear on a long run.

/** `s` without the run of `ch` (one UTF-16 unit) at its end: `/a//` → `/a`, `///` → ``. */
export function trimTrailing(s: string, ch: string): string {
  const c = ch.charCodeAt(0);
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === c) end--;
  return end === s.length ? s : s.slice(0, end);
}
