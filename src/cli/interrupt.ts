// Ctrl-C: the first one stops reading and lets the command print what it found so far, saying
// it was stopped; a second one quits at once (exit 130, as shells expect). Reports (annotate,
// --format markdown) treat SIGTERM alike, so a stopped report says so instead of looking whole.

let controller: AbortController | undefined;

/** Exit status of a second signal: 128 + its number. */
const STATUS: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

function listen(c: AbortController, sig: 'SIGINT' | 'SIGTERM'): void {
  process.on(sig, () => {
    if (c.signal.aborted) process.exit(STATUS[sig]);
    c.abort(sig);
  });
}

export function interruptSignal(): AbortSignal {
  if (!controller) {
    controller = new AbortController();
    listen(controller, 'SIGINT');
  }
  return controller.signal;
}

/** SIGTERM stops reading too (once per process). */
export function stopOnSigterm(): void {
  interruptSignal();
  if (process.listenerCount('SIGTERM') === 0) listen(controller!, 'SIGTERM');
}

/** The signal that stopped reading ('SIGINT' or 'SIGTERM'), if one did. */
export function interruptedBy(): string | undefined {
  return controller?.signal.aborted ? String(controller.signal.reason) : undefined;
}
