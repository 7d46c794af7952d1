// The terminal UI's entry point, loaded by dynamic import only when `tracex browse` or
// `tracex -i` asks for it, so text and JSON runs never load React.

import { render } from 'ink';
import { App } from './components/App.js';
import { TraceStore } from './store.js';

export { TraceStore, type TraceInfo, type StoreOptions } from './store.js';
export { FileLines } from './line-store.js';
export { App, type AppProps } from './components/App.js';

export interface BrowserStreams {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
}

/** Shows the store in the terminal until the user quits. The store is filled by the caller. */
export async function runBrowser(store: TraceStore, streams: BrowserStreams): Promise<void> {
  const app = render(<App store={store} />, {
    stdin: streams.stdin,
    stdout: streams.stdout,
    ...(streams.stderr ? { stderr: streams.stderr } : {}),
    exitOnCtrlC: true,
    patchConsole: false,
  });
  try {
    await app.waitUntilExit();
  } finally {
    store.stop();
  }
}
