// The contract between a format's grammar and the rest of the pipeline.

import type { Origin, OsName, TraceFormat, TraceRecord } from '../model/index.js';

/** Turns lines of one format into records: exactly one record per line, never throws. */
export interface LineReader {
  /**
   * May keep state between lines (spliced tracer messages, stack blocks). `unterminated` is
   * set for a last line with no newline: a trace copied while the tracer was still writing it.
   */
  read(text: string, origin: Origin, unterminated?: boolean): TraceRecord;
}

/** How sure a format is that one line is its trace output. */
export type Sniff = 0 | 1 | 2; // 0 not mine, 1 could be, 2 certainly

export interface FormatSpec {
  format: TraceFormat;
  /** The numbering the tracer's OS uses (strace and Nanos: linux, dtruss: darwin). */
  os: OsName;
  createReader(): LineReader;
  sniff(text: string): Sniff;
}
