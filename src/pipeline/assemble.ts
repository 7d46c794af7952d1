// The stages after reading, put together in one place for every consumer: `tracex explain`,
// `annotate` and `run` (through explainTrace) and the terminal UI's store (the analyzer
// alone: it explains an event when it is shown).

import { Analyzer, type Decoder } from '../analyze/index.js';
import { analyzerExplainer, explainOne, Folder, type Explainer, type Story } from '../explain/index.js';
import type { OsName, TraceEvent, TraceFormat } from '../model/index.js';

/** What the stages need to know of a trace. */
export interface TraceKind {
  os: OsName;
  format: TraceFormat;
}

/** The analyzer for a trace; `decode` replaces the default decoder (false: raw text only). */
export function analyzerFor(kind: TraceKind, decode?: Decoder | false): Analyzer {
  return new Analyzer(decode !== undefined ? { os: kind.os, format: kind.format, decode } : { os: kind.os, format: kind.format });
}

/** analyze → explain → fold, fed one event at a time (synchronous: no promise turn per event). */
export class StoryPipeline {
  readonly analyzer: Analyzer;
  private readonly explainer: Explainer;
  private readonly folder: Folder;

  constructor(kind: TraceKind, fold: boolean, decode?: Decoder) {
    this.analyzer = analyzerFor(kind, decode);
    this.explainer = analyzerExplainer(this.analyzer);
    this.folder = new Folder(fold);
  }

  /** The stories this event completes (often none: the folder may hold it for a while). */
  push(ev: TraceEvent): Story[] {
    return this.folder.push(explainOne(ev, this.explainer));
  }

  /** The stories still held once the trace has ended. */
  end(): Story[] {
    return this.folder.end();
  }
}
