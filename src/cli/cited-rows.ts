// The rows of cited lines for the Markdown report, spooled to a private temp file while the
// trace is read: which lines the findings cite is known only at the end, and keeping a row per
// line in memory grew with the trace (800 MB on a 586k-line trace). One pass over the file at
// the end picks the cited ones.

import { createReadStream, mkdtempSync, openSync, closeSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { lineKey, type CitedRows } from '../render/markdown.js';

/** Characters of rows gathered before one write to the spool. */
const FLUSH_CHARS = 1 << 20;

/** Characters readline may end a line at (Node's readline also ends one at a lone CR). */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** A JSON string on one line: JSON.stringify leaves U+2028 and U+2029 as they are. */
function jsonLine(s: string): string {
  return JSON.stringify(s).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export class SpooledRows implements CitedRows {
  private readonly dir = mkdtempSync(join(tmpdir(), 'tracex-rows-'));
  private readonly path = join(this.dir, 'rows.txt');
  private readonly fd = openSync(this.path, 'w', 0o600);
  private readonly files = new Map<string | undefined, number>();
  private readonly names: (string | undefined)[] = [];
  private pending = '';

  put(file: string | undefined, line: number, row: string): void {
    let f = this.files.get(file);
    if (f === undefined) {
      f = this.names.length;
      this.files.set(file, f);
      this.names.push(file);
    }
    // One spool line per row, kept as it was given: a row with a line break (or what readline
    // may take for one) is written as a JSON string, marked `j`; the rest as they are, marked ` `.
    this.pending += LINE_BREAK.test(row) ? `${String(f)} ${String(line)}\tj${jsonLine(row)}\n` : `${String(f)} ${String(line)}\t ${row}\n`;
    if (this.pending.length >= FLUSH_CHARS) this.flush();
  }

  private flush(): void {
    if (this.pending) writeSync(this.fd, this.pending);
    this.pending = '';
  }

  async get(keys: ReadonlySet<string>): Promise<Map<string, string>> {
    this.flush();
    const found = new Map<string, string>();
    if (keys.size === 0) return found;
    const lines = createInterface({ input: createReadStream(this.path, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const l of lines) {
      const sp = l.indexOf(' ');
      const tab = l.indexOf('\t', sp);
      const key = lineKey(this.names[Number(l.slice(0, sp))], Number(l.slice(sp + 1, tab)));
      if (keys.has(key) && !found.has(key)) found.set(key, l[tab + 1] === 'j' ? (JSON.parse(l.slice(tab + 2)) as string) : l.slice(tab + 2));
    }
    return found;
  }

  /** Removes the spool. */
  dispose(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
