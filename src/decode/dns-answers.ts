// The address records of a DNS reply (RFC 1035 §4.1: header, question, answer RRs), read from
// the bytes strace prints for a receive on port 53. Enough to say which name an address came
// from ("pg-primary → 127.0.0.1"); the header and question alone are read by the dns detector.

import { ipv4Text, ipv6Text } from './endpoint-text.js';

export interface DnsAnswers {
  /** The name asked (the first question). */
  name: string;
  /** A and AAAA records, as address text (`127.0.0.1`, `::1`). */
  addresses: string[];
}

/** A name at `i` (labels, or a compression pointer): its text and where the next field starts. */
function readName(b: number[], i: number, depth = 0): { name: string; next: number } | undefined {
  const labels: string[] = [];
  while (i < b.length) {
    const len = b[i]!;
    if (len === 0) return { name: labels.join('.'), next: i + 1 };
    if ((len & 0xc0) === 0xc0) {
      if (i + 1 >= b.length || depth > 8) return undefined;
      const ptr = ((len & 0x3f) << 8) | b[i + 1]!;
      const rest = readName(b, ptr, depth + 1);
      if (!rest) return undefined;
      return { name: [...labels, rest.name].filter((x) => x).join('.'), next: i + 2 };
    }
    if (len > 63 || i + 1 + len > b.length) return undefined;
    labels.push(String.fromCharCode(...b.slice(i + 1, i + 1 + len)));
    i += 1 + len;
  }
  return undefined;
}

/** The A/AAAA answers of a reply, or undefined when the bytes are not a whole reply (cut by -s). */
export function dnsAnswers(b: number[]): DnsAnswers | undefined {
  if (b.length < 12 || (b[2]! & 0x80) === 0) return undefined;
  const qd = (b[4]! << 8) | b[5]!;
  const an = (b[6]! << 8) | b[7]!;
  if (qd !== 1) return undefined;
  const q = readName(b, 12);
  if (!q || q.next + 4 > b.length) return undefined;
  const out: DnsAnswers = { name: q.name, addresses: [] };
  let i = q.next + 4;
  for (let k = 0; k < an; k++) {
    const n = readName(b, i);
    if (!n || n.next + 10 > b.length) break;
    const type = (b[n.next]! << 8) | b[n.next + 1]!;
    const rdlen = (b[n.next + 8]! << 8) | b[n.next + 9]!;
    const at = n.next + 10;
    if (at + rdlen > b.length) break;
    const rdata = Uint8Array.from(b.slice(at, at + rdlen));
    if (type === 1 && rdlen === 4) out.addresses.push(ipv4Text(rdata));
    else if (type === 28 && rdlen === 16) out.addresses.push(ipv6Text(rdata));
    i = at + rdlen;
  }
  return out;
}
