// What the browser opens on: the trace in brief ("In short", the CLI's overview), the most
// severe finding, and the event it cites, which the list selects before any key is pressed.
// A clean trace opens on the brief saying nothing looked wrong.

import { overview } from '../explain/overview.js';
import { isFailedCall } from '../decode/failure.js';
import type { Finding, Severity } from '../model/index.js';
import type { TraceStore } from './store.js';
import { citedEvents } from './views.js';

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface Opening {
  /** The overview paragraph ('' when the trace shows no process). */
  brief: string;
  /** The most severe finding (the first of the most severe, in the analyzer's order). */
  top?: Finding;
  findings: number;
  /** The event the top finding cites: its failed call when it cites one. */
  event?: number;
}

/** Undefined until the analysis has finished (findings are known only then). */
export function openingOf(store: TraceStore): Opening | undefined {
  const r = store.result;
  if (!r) return undefined;
  const out: Opening = { brief: overview(r), findings: r.findings.length };
  let top: Finding | undefined;
  for (const f of r.findings) if (!top || SEVERITY_RANK[f.severity] < SEVERITY_RANK[top.severity]) top = f;
  if (!top) return out;
  out.top = top;
  const cited = citedEvents(store, top);
  const failed = cited.find((i) => isFailedCall(store.eventAt(i)!));
  const event = failed ?? cited[0];
  if (event !== undefined) out.event = event;
  return out;
}
