// Builds the terminal UI (dist/src/tui/index.js: Ink, React, yoga and tracex's own modules it
// reaches) into one ES module, dist/src/tui/browser.bundle.js, which `tracex browse` loads
// (src/cli/browse.ts, loadTui). Node spends ~0.5 s resolving, reading and linking the ~700
// modules one by one; one file loads in a fraction of that. Run by `npm run build` after tsc.

import { build } from 'esbuild';

// Ink imports its React DevTools bridge only when DEV=true (developing Ink itself), and that
// package is not installed: the bridge is left out.
const noDevtools = {
  name: 'no-ink-devtools',
  setup(b) {
    b.onResolve({ filter: /\/devtools\.js$/ }, (args) => (args.importer.includes('/ink/') ? { path: args.path, namespace: 'empty' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};' }));
  },
};

await build({
  entryPoints: ['dist/src/tui/index.js'],
  outfile: 'dist/src/tui/browser.bundle.js',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The UI only ever runs React's production build (the development one is several times slower).
  define: { 'process.env.NODE_ENV': '"production"' },
  // CommonJS packages inside (React, yoga's loader) call require() for Node's own modules.
  banner: { js: "import { createRequire as __tracexRequire } from 'node:module';\nconst require = __tracexRequire(import.meta.url);" },
  plugins: [noDevtools],
  // The bundled packages' licence headers (React's @license, MIT notices) stay with their code.
  legalComments: 'eof',
  logLevel: 'warning',
});
