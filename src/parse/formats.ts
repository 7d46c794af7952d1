// Every format tracex reads. Detection tries them in this order.
import type { FormatSpec } from './reader.js';
import { straceFormat } from './strace.js';
import { dtrussFormat } from './dtruss.js';
import { nanosFormat } from './nanos.js';

export const formats: FormatSpec[] = [straceFormat, dtrussFormat, nanosFormat];

export function formatByName(name: string): FormatSpec | undefined {
  return formats.find((f) => f.format === name);
}
