// Several traces given together that are not one `strace -ff` set are separate runs (a good
// run and a bad one, two machines): each is told on its own under a heading naming its file.

import { palette } from './color.js';
import { escapeMarkdown, inlineCode, sanitize } from './sanitize.js';

/** Why the runs are told apart, said once before the first. */
export function separateRunsNote(count: number): string {
  return `${String(count)} traces given together are told as separate runs: they are not one strace -ff set (NAME.PID files). To compare two, use tracex diff GOOD BAD.`;
}

function runLabel(files: readonly string[]): string {
  return files.length === 1 ? files[0]! : `${files[0]!} … (${String(files.length)} strace -ff files)`;
}

/** `==> FILE <== (run 2 of 3)`, like `tail` and `head` name each file. */
export function runHeadingText(files: readonly string[], index: number, count: number, color = false): string {
  const p = palette(color);
  const note = index === 0 ? `${sanitize(separateRunsNote(count))}\n\n` : '\n';
  return `${note}${p.bold(`==> ${sanitize(runLabel(files))} <==`)} ${p.dim(`(run ${String(index + 1)} of ${String(count)})`)}\n`;
}

/** A Markdown heading above each run's report. */
export function runHeadingMarkdown(files: readonly string[], index: number, count: number): string {
  const note = index === 0 ? `${escapeMarkdown(separateRunsNote(count))}\n\n` : '\n---\n\n';
  return `${note}# Run ${String(index + 1)} of ${String(count)}: ${inlineCode(runLabel(files))}\n\n`;
}
