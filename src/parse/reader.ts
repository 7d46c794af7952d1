// The contract between a format's grammar and the rest of the pipeline.

import type { Sniff, Sniffer } from '../ingest/detect.js';
import type { Origin, OsName, TraceRecord } from '../model/index.js';

export type { Sniff };

/** Turns lines of one format into records: exactly one record per line, never throws. */
export interface LineReader {
  /**
   * May keep state between lines (spliced tracer messages, stack blocks). `unterminated` is
   * set for a last line with no newline: a trace copied while the tracer was still writing it.
   */
  read(text: string, origin: Origin, unterminated?: boolean): TraceRecord;
}

export interface FormatSpec extends Sniffer {
  /** The numbering the tracer's OS uses (strace and Nanos: linux, dtruss: darwin). */
  os: OsName;
  createReader(): LineReader;
}
