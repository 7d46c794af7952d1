// `annotate --inline`: the trace's own lines, each call followed by a `# …` comment with its
// explanation, then the findings. Streams: a line is written once no comment can still come for
// it (the read pipeline says which lines are settled), so memory holds only the lines behind a
// call still waiting for its other half — and at most a budget of those.

import type { Finding } from '../model/index.js';
import { sanitize } from './sanitize.js';
import { linesText } from './text.js';
import { signalText } from './markdown.js';

/** An input line as read (a record's text and origin). */
export interface InlineLine {
  text: string;
  file?: string;
  line: number;
}

/**
 * Most lines (and characters) held behind a call still waiting for its other half. Past either,
 * lines are written without waiting: a comment that comes later for one of them is written where
 * it comes, naming its line. A call resumed later comments after its resumed line anyway, so only
 * a call never resumed (a trace cut short) is told late.
 */
export const MAX_HELD_LINES = 20_000;
export const MAX_HELD_CHARS = 4 << 20;

/** What the end of a run adds after its lines. */
export interface InlineEnd {
  findings: readonly Finding[];
  /** The trace in short (overview). */
  brief: string;
  /** Reading was stopped by this signal after this line. */
  stopped?: { signal: string; line: number } | undefined;
}

/** One run's inline annotation, fed lines and comments, giving back text ready to write. */
export class InlineAnnotation {
  private queue: InlineLine[] = [];
  private head = 0;
  private heldChars = 0;
  /** Per file, per line: the comment lines to write after it (kept written out: one flat string each). */
  private comments = new Map<string | undefined, Map<number, string>>();
  /** Per file, the last line written (a comment for it or an earlier line comes late). */
  private written = new Map<string | undefined, number>();
  private late = '';
  /** Per file, the last line held (a followed file that starts over numbers its lines from 1 again). */
  private lastHeld = new Map<string | undefined, number>();
  /** Queue index of the first line after a followed file started over: the lines before it are written without waiting. */
  private restartAt = -1;
  /** Whether lines come from several files (then each change of file gets a heading); undefined until known. */
  private several: boolean | undefined;
  private firstFile: string | undefined;
  private sawFile = false;
  private file: string | undefined;

  /** `inputs`: how many inputs the run reads (decides the file headings if the budget forces a write before it is known). */
  constructor(private readonly inputs: number) {
    if (inputs <= 1) this.several = false;
  }

  /** An input line, in reading order. */
  line(l: InlineLine): void {
    const last = this.lastHeld.get(l.file);
    if (last !== undefined && l.line <= last) {
      // Started over: the comments that come now are for the new lines of that number.
      this.restartAt = this.queue.length;
      this.written.set(l.file, 0);
    }
    this.lastHeld.set(l.file, l.line);
    this.queue.push(l);
    this.heldChars += l.text.length;
    if (this.several === undefined && l.file !== undefined) {
      if (!this.sawFile) {
        this.sawFile = true;
        this.firstFile = l.file;
      } else if (l.file !== this.firstFile) this.several = true;
    }
  }

  /** An event's explanation, to go after `line` (the event's last line) of `file`. */
  comment(file: string | undefined, line: number, text: string): void {
    if ((this.written.get(file) ?? 0) >= line) {
      this.late += `# (${file !== undefined && this.several ? `${sanitize(file)} ` : ''}line ${String(line)}) ${sanitize(text)}\n`;
      return;
    }
    let lines = this.comments.get(file);
    if (!lines) this.comments.set(file, (lines = new Map()));
    lines.set(line, (lines.get(line) ?? '') + `# ${sanitize(text)}\n`);
  }

  /**
   * The lines now complete: every held line before the first one a comment may still come for
   * (`settled`: per file, no event still to come ends before that line), or more if the budget
   * is spent.
   */
  take(settled: ReadonlyMap<string | undefined, number>): string {
    let text = '';
    const over = this.queue.length - this.head > MAX_HELD_LINES || this.heldChars > MAX_HELD_CHARS;
    if (this.several === undefined) {
      if (!over) return text;
      this.several = this.inputs > 1;
    }
    while (this.head < this.queue.length) {
      const l = this.queue[this.head]!;
      const free = this.head < this.restartAt || l.line < (settled.get(l.file) ?? 0);
      // Over budget: write down to half of it, so the next batches do not each force a few lines.
      if (!free && !(over && (this.queue.length - this.head > MAX_HELD_LINES / 2 || this.heldChars > MAX_HELD_CHARS / 2))) break;
      text += this.write(l);
      this.head++;
    }
    this.compact();
    // A comment for a line already written goes after the lines read before it was known.
    text += this.late;
    this.late = '';
    return text;
  }

  /** Every line still held, then the findings: the run is read. */
  end(e: InlineEnd): string {
    this.several ??= false;
    // Late comments last: a call never resumed is told where the trace ends.
    let text = '';
    for (; this.head < this.queue.length; this.head++) text += this.write(this.queue[this.head]!);
    text += this.late;
    this.queue = [];
    this.head = 0;
    this.restartAt = -1;
    const out: string[] = ['#'];
    if (e.stopped) out.push(`# Interrupted: tracex was stopped by ${signalText(e.stopped.signal)} after line ${String(e.stopped.line)}; the lines after it were not read.`, '#');
    if (e.brief) out.push(`# In short: ${sanitize(e.brief)}`, '#');
    out.push(`# tracex findings (${String(e.findings.length)}):`);
    for (const f of e.findings) {
      out.push(`# ${f.severity.toUpperCase()} ${sanitize(f.title)} [${f.id}${f.lines.length ? `; line ${linesText(f.lines)}` : ''}]`);
      out.push(`#   ${sanitize(f.explanation)}`);
      if (f.hint) out.push(`#   Hint: ${sanitize(f.hint)}`);
    }
    return text + out.join('\n') + '\n';
  }

  /** One line, its file's heading when the file changes, and its comments. */
  private write(l: InlineLine): string {
    let text = '';
    if (l.file !== this.file && l.file !== undefined) {
      this.file = l.file;
      if (this.several) text += `# ==> ${sanitize(l.file)} <==\n`;
    }
    text += sanitize(l.text, { keepTabs: true }) + '\n';
    this.heldChars -= l.text.length;
    if (this.head >= this.restartAt) this.written.set(l.file, l.line);
    const lines = this.comments.get(l.file);
    const after = lines?.get(l.line);
    if (after !== undefined) {
      lines!.delete(l.line);
      text += after;
    }
    return text;
  }

  /** Drops the written lines from the front of the queue once they are most of it. */
  private compact(): void {
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.restartAt -= this.head;
      this.head = 0;
    }
  }
}
