#!/usr/bin/env node
// The floor for reading a strace file in Node, timed by `npm run bench` beside tracex: readline
// over the file, and per line a plain scan for the header fields — pid, time, call name, return
// value, errno and `-T` duration — with the arguments kept as text. No stitching, no decoding,
// no output but a count. Usage: node bare-scan.mjs FILE

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const isDigit = (c) => c >= 48 && c <= 57;

let calls = 0;
let failed = 0;
let timed = 0;
let other = 0;
let pidSum = 0;
let argChars = 0;
const names = new Map();

const rl = createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity });
for await (const line of rl) {
  let i = 0;
  const n = line.length;
  // [pid ]
  let pid = 0;
  if (line.startsWith('[pid', i)) i += 4;
  while (i < n && line.charCodeAt(i) === 32) i++;
  const p0 = i;
  while (i < n && isDigit(line.charCodeAt(i))) pid = pid * 10 + line.charCodeAt(i++) - 48;
  if (line.charCodeAt(i) === 93 /* ] */) i++;
  if (i > p0) while (i < n && line.charCodeAt(i) === 32) i++;
  // [time ] (digits with ':' or '.')
  let time = '';
  if (isDigit(line.charCodeAt(i))) {
    const t0 = i;
    while (i < n && line.charCodeAt(i) !== 32) i++;
    time = line.slice(t0, i);
    while (i < n && line.charCodeAt(i) === 32) i++;
  }
  // name(
  const open = line.indexOf('(', i);
  if (open < 0 || line.charCodeAt(i) === 45 /* --- */ || line.charCodeAt(i) === 43 /* +++ */) {
    other++;
    continue;
  }
  const name = line.slice(i, open);
  // ... ) = ret [ERRNO (text)] [<duration>]
  const eq = line.lastIndexOf(') = ');
  if (eq < open) {
    other++; // <unfinished ...>, resumed halves without a result, notices
    continue;
  }
  argChars += eq - open - 1;
  let j = eq + 4;
  const r0 = j;
  while (j < n && line.charCodeAt(j) !== 32) j++;
  const ret = line.slice(r0, j);
  while (j < n && line.charCodeAt(j) === 32) j++;
  if (ret.charCodeAt(0) === 45 /* - */ && line.charCodeAt(j) === 69 /* E */) {
    const e0 = j;
    while (j < n && line.charCodeAt(j) !== 32) j++;
    if (line.slice(e0, j)) failed++;
  }
  if (line.charCodeAt(n - 1) === 62 /* > */) {
    const lt = line.lastIndexOf('<');
    if (lt > eq && +line.slice(lt + 1, n - 1) >= 0) timed++;
  }
  calls++;
  pidSum += pid + time.length;
  names.set(name, (names.get(name) ?? 0) + 1);
}
process.stdout.write(`${JSON.stringify({ calls, failed, timed, other, names: names.size, pidSum, argChars })}\n`);
