// Ctrl-C: the first one stops reading and lets the command print what it found so far;
// a second one quits at once (exit 130, as shells expect).

let controller: AbortController | undefined;

export function interruptSignal(): AbortSignal {
  if (!controller) {
    controller = new AbortController();
    const c = controller;
    process.on('SIGINT', () => {
      if (c.signal.aborted) process.exit(130);
      c.abort();
    });
  }
  return controller.signal;
}
