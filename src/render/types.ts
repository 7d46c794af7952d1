// What the explain renderers take: a finished report with its stories, or stories one
// at a time for streaming text output. Renderers only format; they never read files.

import type { Story } from '../explain/fold.js';
import type { Finding, ProcessInfo, SocketInfo, Stats } from '../model/index.js';

/** A line the reader could not parse, kept for every output. */
export interface UnparsedLine {
  line: number;
  file?: string;
  text: string;
  reason: string;
}

export interface ExplainedReport {
  input: { files: string[]; format: string; os: string };
  stats: Stats;
  processes: ProcessInfo[];
  sockets: SocketInfo[];
  findings: Finding[];
  /** The narrative in order: single events and folded groups. */
  stories: Story[];
  unparsed: UnparsedLine[];
}

export interface RenderOptions {
  /** ANSI colour (text renderers only). The CLI decides from TTY, NO_COLOR and --color. */
  color?: boolean;
  /** Longest call text shown in the text narrative before it is cut with `…` (when no `width` is given). */
  callWidth?: number;
  /**
   * Terminal columns to fit the text into: a narrative line longer than this puts its sentence on
   * lines of its own below the call, and paragraphs are wrapped. Undefined: no wrapping (a pipe).
   */
  width?: number;
}
