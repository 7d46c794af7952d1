// Regex literals recheck found vulnerable when test/hostile/regex-safety.test.ts was written,
// each to be fixed where it lives (then removed from here: the list may only shrink). Most are
// polynomial on a crafted line (a long run of one repeated piece); areas: render/sanitize (output),
// grammars and parse (line shapes), knowledge and analyze (message patterns).
export const KNOWN_VULNERABLE: readonly { file: string; regex: string }[] = [
  { file: "grammars/nanos.ts", regex: "/\\[[^\\]\\n]{1,16}\\] (?:<\\.\\.\\. |[A-Za-z_][A-Za-z0-9_]*\\()/g" },
  { file: "grammars/nanos.ts", regex: "/^(?<pre>.*?\\S)\\s+(?<tid>\\d+) (?<rest>(?:direct return: |run thread, |nosyscall ).*)$/" },
  { file: "grammars/nanos.ts", regex: "/^\\[(?<label>[^\\]\\n]{1,16})\\] (?<name>[A-Za-z_][A-Za-z0-9_]*)\\((?<args>.*?) ?<unfinished \\.\\.\\.>\\s*$/" },
  { file: "src/parse/strace.ts", regex: "/^(?:\\[pid +\\d+(?:<[^>]*>)?\\] |\\d+(?:<[^>]*>)? +)?(?: *[\\d:.]+ )?(?:\\(\\+ *[\\d.]+\\) )?(?:\\[[ \\d]{3}\\d\\] |\\[\\?\\?\\?\\] )?(?:\\[(?:[0-9a-f]{8}|[0-9a-f]{16}|\\?{8}|\\?{16})\\] )?(?:[a-z_][a-z0-9_]*\\(|<\\.\\.\\. [a-z_0-9]+ resumed>|--- SIG|\\+\\+\\+ (?:exited|killed))/" },
  // Was exponential (a repeated ` (.*)` group; 14 repeats took 13 s); now polynomial on a crafted line.
  { file: "src/parse/strace.ts", regex: "/\\) += (?:-?\\d+|0x[0-9a-f]+|\\?)(?:<.*>)?(?: E[A-Z0-9_]+ \\(.*\\))?(?: \\(.*\\))?(?: <[\\d.]+>)?$/" },
];
