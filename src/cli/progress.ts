// A progress line on stderr while a big trace is read: `reading t.txt: 120,000 lines, 35%…`.
// Only when stderr is a terminal (never in a pipe, a log or CI), only once the work has taken a
// second, redrawn at most four times a second, and erased before anything is written to a
// terminal stdout and when the reading ends, so it never mixes with the output.

import { cutText } from '../text/width.js';
import { sanitize } from '../render/sanitize.js';

/** What the line shows, asked for at each redraw. */
export interface ProgressProbe {
  /** `t.txt`, `stdin`, `12 files`. */
  name: string;
  lines(): number;
  /** Part of the input read, 0-1; undefined when the size is unknown (stdin, a pipe). */
  fraction(): number | undefined;
}

export interface ProgressTerminal {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const DELAY_MS = 1000;
const EVERY_MS = 250;

/** Progress only where a person watches a terminal that can erase a line. */
export function progressWanted(stderr: ProgressTerminal, env: Readonly<Record<string, string | undefined>>): boolean {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI !== 'false';
  return stderr.isTTY === true && !ci && env.TERM !== 'dumb';
}

/** `reading t.txt: 120,000 lines, 35%…` */
export function progressText(probe: ProgressProbe): string {
  const f = probe.fraction();
  const pct = f === undefined ? '' : `, ${String(Math.min(99, Math.floor(f * 100)))}%`;
  return `reading ${sanitize(probe.name)}: ${probe.lines().toLocaleString('en-US')} lines${pct}…`;
}

/** The one progress line being shown, if any: output to a terminal stdout erases it first. */
let current: Progress | undefined;

export class Progress {
  private timer: NodeJS.Timeout | undefined;
  private shown = false;

  constructor(
    private readonly probe: ProgressProbe,
    private readonly term: ProgressTerminal,
  ) {}

  start(): this {
    current = this;
    const begin = setTimeout(() => {
      this.draw();
      this.timer = setInterval(() => this.draw(), EVERY_MS);
      this.timer.unref();
    }, DELAY_MS);
    begin.unref();
    this.timer = begin;
    return this;
  }

  private draw(): void {
    const width = Math.max(20, (this.term.columns ?? 80) - 1);
    this.term.write(`\r${cutText(progressText(this.probe), width)}\x1b[K`);
    this.shown = true;
  }

  /** Erases the line (it is drawn again at the next tick). */
  clear(): void {
    if (!this.shown) return;
    this.term.write('\r\x1b[K');
    this.shown = false;
  }

  stop(): void {
    clearTimeout(this.timer);
    clearInterval(this.timer);
    this.clear();
    if (current === this) current = undefined;
  }
}

/** Called before writing to stdout when stdout is a terminal: the progress line goes first. */
export function clearProgress(): void {
  current?.clear();
}
