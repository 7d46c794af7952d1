// Picks the trace format from the first lines of the input. Each format's sniff says per
// line "not mine", "could be" or "certainly mine"; lines no format claims (program output
// before the trace, blank lines) are skipped, as are strace's attach notices, which show up
// in front of any format when someone traced the tracer's pipeline.
import type { TraceFormat } from '../model/index.js';
import { cutText } from '../text/width.js';

/** How sure a format is that one line is its trace output. */
export type Sniff = 0 | 1 | 2; // 0 not mine, 1 could be, 2 certainly

/** What detection needs of a format: its name and its per-line sniff (parse/ adds the reader). */
export interface Sniffer {
  format: TraceFormat;
  sniff(text: string): Sniff;
}

/** The format, or why none: `tie` lists the formats that fit equally (another input may decide). */
export type Detection<S extends Sniffer = Sniffer> = { spec: S } | { error: string; tie?: TraceFormat[] };

/** Lines that say nothing about the format. */
const IGNORED = /^\s*$|^strace: Process \d+ attached/;

/** How many unread lines an error message quotes. */
const SHOWN = 5;

interface Tally<S extends Sniffer> {
  spec: S;
  /** Lines only this format is certain of: the ones that tell formats apart. */
  sole: number;
  certain: number;
  maybe: number;
}

export function detectFormat<S extends Sniffer>(firstLines: string[], specs: S[]): Detection<S> {
  const lines = firstLines.filter((l) => !IGNORED.test(l));
  const tried = specs.map((s) => s.format).join(', ');
  const tallies: Tally<S>[] = specs.map((spec) => ({ spec, sole: 0, certain: 0, maybe: 0 }));
  const scores: number[][] = [];
  const unread: string[] = [];

  for (const line of lines) {
    const row = specs.map((s) => s.sniff(line));
    scores.push(row);
    if (row.every((v) => v === 0)) unread.push(line);
    const sure = row.filter((v) => v === 2).length;
    row.forEach((v, i) => {
      if (v === 2 && sure === 1) tallies[i]!.sole++;
      if (v === 2) tallies[i]!.certain++;
      else if (v === 1) tallies[i]!.maybe++;
    });
  }

  if (lines.length === 0) return { error: `no trace lines to recognise (tried ${tried})` };

  // Lines one format alone is sure of decide (`[2] close(3) = 0` fits strace -n and Nanos
  // alike, `[2] access(...) = -ENOENT` only Nanos); then any certain line; "could be" lines
  // break the remaining ties or stand in when nothing is certain.
  const same = (a: Tally<S>, b: Tally<S>) => a.sole === b.sole && a.certain === b.certain && a.maybe === b.maybe;
  const ranked = [...tallies]
    .filter((t) => t.certain + t.maybe > 0)
    .sort((a, b) => b.sole - a.sole || b.certain - a.certain || b.maybe - a.maybe);
  const best = ranked[0];
  if (!best) {
    return { error: `could not recognise the trace format (tried ${tried}); the first lines it could not read:\n${quote(unread)}` };
  }
  const second = ranked[1];
  if (second && same(second, best)) {
    const names = ranked.filter((t) => same(t, best)).map((t) => t.spec.format);
    return {
      tie: names,
      error: `the input fits several formats equally (${names.join(', ')}; tried ${tried}); pass --from to choose. First lines:\n${quote(lines)}`,
    };
  }

  // Mixed input: lines that the chosen format cannot read but another format is sure of.
  const bi = specs.indexOf(best.spec);
  const foreign = lines.filter((_, li) => scores[li]![bi] === 0 && scores[li]!.some((v) => v === 2));
  if (foreign.length > 0) {
    const others = new Set<string>();
    lines.forEach((_, li) => {
      if (scores[li]![bi] === 0) scores[li]!.forEach((v, si) => v === 2 && others.add(specs[si]!.format));
    });
    return {
      error:
        `mixed input: most lines read as ${best.spec.format}, but some read as ${[...others].join(', ')} (tried ${tried}); ` +
        `the first lines ${best.spec.format} could not read:\n${quote(foreign)}`,
    };
  }
  return { spec: best.spec };
}

function quote(lines: string[]): string {
  // Quoted as read: these lines are untrusted, and the CLI escapes the message as it prints it.
  return lines
    .slice(0, SHOWN)
    .map((l) => `  ${cutText(l, 201)}`)
    .join('\n');
}
