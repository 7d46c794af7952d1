// Test helpers: run hand-built strace text through the real reader and the analyzer.

import { readTraceText } from '../../src/index.js';
import { Analyzer, analyzeEvents } from '../../src/analyze/index.js';
import type { Finding } from '../../src/model/index.js';

export async function analyzeText(text: string) {
  const { events, stats } = await readTraceText(text, { from: 'strace' });
  return analyzeEvents(events, stats, { os: 'linux', format: 'strace' });
}

/** Push events one by one and keep the analyzer, to ask it about its state. */
export async function analyzerFor(text: string): Promise<Analyzer> {
  const { events } = await readTraceText(text, { from: 'strace' });
  const a = new Analyzer({ os: 'linux', format: 'strace' });
  for (const e of events) a.push(e);
  return a;
}

export const ids = (fs: Finding[]) => fs.map((f) => f.id);
export const only = (fs: Finding[], id: string) => fs.filter((f) => f.id === id);

/** Bytes as strace prints them in a string (octal escapes for non-printables). */
export function straceBytes(bytes: number[]): string {
  let out = '';
  bytes.forEach((b, i) => {
    const next = bytes[i + 1];
    if (b === 0x22) out += '\\"';
    else if (b === 0x5c) out += '\\\\';
    else if (b === 10) out += '\\n';
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    // Short octal unless the next char is a digit (strace does the same to stay unambiguous).
    else out += next !== undefined && next >= 0x30 && next <= 0x37 ? `\\${b.toString(8).padStart(3, '0')}` : `\\${b.toString(8)}`;
  });
  return out;
}

/** A DNS message: header + one question. */
export function dnsMessage(opts: { id: number; response?: boolean; rcode?: number; answers?: number; name: string; qtype?: number }): number[] {
  const flags1 = (opts.response ? 0x80 : 0) | 0x01;
  const flags2 = (opts.response ? 0x80 : 0) | (opts.rcode ?? 0);
  const out = [opts.id >> 8, opts.id & 0xff, flags1, flags2, 0, 1, 0, opts.answers ?? 0, 0, 0, 0, 0];
  for (const label of opts.name.split('.')) out.push(label.length, ...Buffer.from(label));
  out.push(0, 0, opts.qtype ?? 1, 0, 1);
  return out;
}
