// Every format tracex reads. Detection tries them in this order.
import type { FormatSpec } from './reader.js';
import { straceFormat } from './strace.js';

export const formats: FormatSpec[] = [straceFormat];

export function formatByName(name: string): FormatSpec | undefined {
  return formats.find((f) => f.format === name);
}
