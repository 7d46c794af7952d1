// Following the growing trace: the tracer's events in batches as it writes them, noting the
// program's pid and an attached process's exit on the way, and flushing the output whenever
// tracex would otherwise sit on it while it waits for more.

import type { TraceEvent } from '../../model/index.js';
import type { TraceStream } from '../../parse/pipeline.js';
import type { Output } from '../output.js';
import { exitStatus } from './session.js';

/** What run learns from the events while they pass. */
export interface Watch {
  /** The first pid in the trace: the program tracex started. */
  rootPid?: number;
  /** Exit status of an attached process that ended while traced. */
  attachedExit?: number;
}

/** The live trace as batches, noting pids and exits, and flushing output whenever tracex waits for input. */
export async function* watched(trace: TraceStream, w: Watch, pids: readonly number[], out: Output, onEvent?: (ev: TraceEvent) => void): AsyncGenerator<TraceEvent[]> {
  for await (const batch of trace.batches()) {
    for (const ev of batch) {
      w.rootPid ??= ev.pid;
      if (ev.type === 'exit' && ev.pid !== undefined && pids.includes(ev.pid) && (ev.code !== undefined || ev.signal !== undefined)) {
        w.attachedExit = exitStatus(ev.code ?? null, ev.signal);
      }
      onEvent?.(ev);
    }
    yield batch;
    // The consumer has handled the batch: show it now, the next one may be a while.
    await out.flush();
  }
}
