// The most informative line a process wrote to stderr: read line by line (programs write a
// message in pieces), ranked by the patterns in knowledge/stderr-messages.ts. A Python
// traceback is followed frame by frame so its closing exception line is the one kept.

import {
  CONTINUATIONS,
  STDERR_PATTERNS,
  TRACEBACK_FRAME,
  TRACEBACK_KIND,
  TRACEBACK_RANK,
  TRACEBACK_START,
} from '../../knowledge/stderr-messages.js';
import { cutText } from '../../text/width.js';

export interface StderrReason {
  text: string;
  /** What the line is ("an uncaught C++ exception"). */
  kind: string;
  rank: number;
  line: number;
  seq: number;
  /** strace's string limit cut the message (or the traceback that would have named the exception). */
  cut: boolean;
}

/** Per process: the unfinished line, whether a traceback is open, and the best line so far. */
export interface StderrLines {
  partial: string;
  at?: { line: number; seq: number };
  traceback: boolean;
  /** The last complete line and the pattern it matched (for `what():` continuations). */
  prev?: { text: string; reason?: StderrReason };
  best?: StderrReason;
}

const MAX_LINE = 400;

function judge(s: StderrLines, text: string, at: { line: number; seq: number }): void {
  let found: StderrReason | undefined;
  const cut = text.includes('…');
  const prev = s.prev;
  if (s.traceback && !TRACEBACK_FRAME.test(text)) {
    s.traceback = false;
    found = { text, kind: TRACEBACK_KIND, rank: TRACEBACK_RANK, ...at, cut };
  } else if (TRACEBACK_START.test(text)) {
    s.traceback = true;
  } else if (!s.traceback) {
    const cont = prev?.reason ? CONTINUATIONS.find((c) => c.after.test(prev.text) && c.re.test(text)) : undefined;
    if (cont && prev?.reason) {
      // "terminate called after throwing an instance of 'E'" + "what():  msg" → one reason.
      const msg = cont.re.exec(text)![1]!.trim();
      const head = /instance of '([^']+)'/.exec(prev.text)?.[1];
      prev.reason.text = head ? `${head}: ${msg}` : `${prev.text.replace(/:\s*$/, '')}: ${msg}`;
      prev.reason.line = at.line;
      s.prev = { text };
      return;
    }
    const p = STDERR_PATTERNS.find((x) => x.re.test(text));
    if (p) found = { text, kind: p.kind, rank: p.rank, ...at, cut };
  }
  if (found && (!s.best || found.rank >= s.best.rank)) s.best = found;
  s.prev = found ? { text, reason: found } : { text };
}

/**
 * Whether a write continues the unfinished line written before it (programs write a message in
 * pieces: "psql:", " ", "error: "). Not after a newline; and not when both writes were cut by
 * strace: nothing shows where the first one's line ended, and a program that writes 32 bytes or
 * more at once writes whole lines (a logger: nginx's `[emerg]` line per retry).
 */
export function continuesLine(before: string, truncated: boolean): boolean {
  return !before.endsWith('\n') && !(truncated && before.endsWith('…'));
}

/** Feed one write to stderr. `truncated`: strace cut the string (the rest of the message is lost). */
export function feedStderr(s: StderrLines, text: string, truncated: boolean, line: number, seq: number): void {
  // What was left unfinished before is a line of its own when this write does not continue it,
  // or opens a traceback (which always starts a line; the unfinished part was cut by strace, or
  // written by the program this process was before an exec).
  if (s.partial !== '' && (!continuesLine(s.partial, truncated) || TRACEBACK_START.test(text))) {
    judge(s, s.partial, s.at ?? { line, seq });
    s.partial = '';
    delete s.at;
  }
  let buf = s.partial + text;
  const at = s.partial !== '' && s.at ? s.at : { line, seq };
  let start = 0;
  let lineAt = at;
  for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n', start)) {
    judge(s, cutText(buf.slice(start, i), MAX_LINE, ''), lineAt);
    start = i + 1;
    lineAt = { line, seq };
  }
  buf = buf.slice(start);
  // Python writes a traceback a line per write: a cut write of one line (it began a line and
  // holds no newline) that opens a traceback, or is one of its indented frames, was that whole
  // line, its newline cut off. (A cut write of several lines lost the rest of the traceback.)
  if (truncated && start === 0 && s.partial === '' && !text.includes('\n')) {
    const frame = s.traceback && TRACEBACK_FRAME.test(buf) && buf.trim() !== '';
    if (frame || TRACEBACK_START.test(buf)) {
      judge(s, cutText(buf, MAX_LINE, '') + '…', lineAt);
      s.partial = '';
      delete s.at;
      return;
    }
  }
  if (truncated && s.traceback) {
    // The rest of this write is missing: the open traceback will not show its exception line.
    if (s.best) s.best.cut = true;
    s.traceback = false;
    s.partial = '';
    delete s.at;
    return;
  }
  // Cut by strace's string limit: the line may still end in a later write (`: Read-only file system\n`).
  if (truncated) buf += '…';
  s.partial = buf.slice(-MAX_LINE);
  if (s.partial) s.at = lineAt;
  else delete s.at;
}

/** The best line, counting an unfinished last line (a message without its newline). */
export function stderrReason(s: StderrLines | undefined): StderrReason | undefined {
  if (!s) return undefined;
  if (s.partial.trim() !== '' && s.at) {
    const copy: StderrLines = { ...s, prev: s.prev ? { ...s.prev } : undefined, best: s.best ? { ...s.best } : undefined } as StderrLines;
    judge(copy, s.partial, s.at);
    return copy.best;
  }
  return s.best;
}
