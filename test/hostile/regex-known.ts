// Regex literals recheck found vulnerable when test/hostile/regex-safety.test.ts was written,
// each to be fixed where it lives (then removed from here: the list may only shrink). Most are
// polynomial on a crafted line (a long run of one repeated piece); areas: render/sanitize (output),
// grammars and parse (line shapes), knowledge and analyze (message patterns).
export const KNOWN_VULNERABLE: readonly { file: string; regex: string }[] = [
  { file: "grammars/dtruss.ts", regex: "/^\\s+(?<frame>\\S+`\\S.*|0x[0-9a-fA-F]+|\\[ .* \\])\\s*$/" },
  { file: "grammars/nanos.ts", regex: "/\\[[^\\]\\n]{1,16}\\] (?:<\\.\\.\\. |[A-Za-z_][A-Za-z0-9_]*\\()/g" },
  { file: "grammars/nanos.ts", regex: "/^(?<pre>.*?\\S)\\s+(?<tid>\\d+) (?<rest>(?:direct return: |run thread, |nosyscall ).*)$/" },
  { file: "grammars/nanos.ts", regex: "/^\\[(?<label>[^\\]\\n]{1,16})\\] (?<name>[A-Za-z_][A-Za-z0-9_]*)\\((?<args>.*?) ?<unfinished \\.\\.\\.>\\s*$/" },
  { file: "grammars/strace-other-lines.ts", regex: "/((?:[\\w.-]*\\/)?strace[\\w.-]*): (Process (\\d+) (attached|detached)(?: with (\\d+) threads)?)$/" },
  { file: "src/knowledge/stderr-messages.ts", regex: "/: .* \\((?:[A-Z]\\w*::)*[A-Z]\\w*(?:Error|Exception|Interrupt)\\)$/" },
  { file: "src/knowledge/stderr-messages.ts", regex: "/Assertion [`'].*' failed\\.?$/" },
  { file: "src/parse/strace.ts", regex: "/^(?:\\[pid +\\d+(?:<[^>]*>)?\\] |\\d+(?:<[^>]*>)? +)?(?: *[\\d:.]+ )?(?:\\(\\+ *[\\d.]+\\) )?(?:\\[[ \\d]{3}\\d\\] |\\[\\?\\?\\?\\] )?(?:\\[(?:[0-9a-f]{8}|[0-9a-f]{16}|\\?{8}|\\?{16})\\] )?(?:[a-z_][a-z0-9_]*\\(|<\\.\\.\\. [a-z_0-9]+ resumed>|--- SIG|\\+\\+\\+ (?:exited|killed))/" },
  // Was exponential (a repeated ` (.*)` group; 14 repeats took 13 s); now polynomial on a crafted line.
  { file: "src/parse/strace.ts", regex: "/\\) += (?:-?\\d+|0x[0-9a-f]+|\\?)(?:<.*>)?(?: E[A-Z0-9_]+ \\(.*\\))?(?: \\(.*\\))?(?: <[\\d.]+>)?$/" },
  // Found on a second run (the first timed out on them).
  { file: "src/knowledge/stderr-messages.ts", regex: "/(?:^|: )(?:fatal|error|FATAL|ERROR|Error|PANIC|panic)(?:\\[[^\\]]*\\])?: \\S/" },
  // GLUED_WRITE (also overflows V8's regex stack on a ~12M-character string: line shapes' area).
  { file: "src/parse/strace.ts", regex: "/^(\\d+(?:<(?:[^>\"]|\"(?:[^\"\\\\]|\\\\.)*\")*>)?, \"((?:[^\"\\\\]|\\\\.)*)\"(?:\\.\\.\\.)?, \\d+)(.+)$/" },
];
