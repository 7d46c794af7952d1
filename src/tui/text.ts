// Turning events into one-line text for the list: escaped (trace text is untrusted),
// cut to the width with an ellipsis, never wrapped.

import { sanitize } from '../render/sanitize.js';
import type { TraceEvent } from '../model/index.js';

export { sanitize };

/** Cuts `text` to `width` columns, ending in `…` when cut. Control characters are escaped first. */
export function fit(text: string, width: number): string {
  if (width <= 0) return '';
  // A line can be a megabyte long: only its start can show, so only its start is escaped.
  const keep = width * 2 + 8;
  if (text.length > keep) return fit(text.slice(0, keep), width); // still longer than width: cut with …
  const s = sanitize(text);
  if (s.length <= width) return s;
  // Count code points so a surrogate pair is never split.
  const cps = Array.from(s);
  if (cps.length <= width) return s;
  return cps.slice(0, Math.max(0, width - 1)).join('') + '…';
}

export function padEnd(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

export function padStart(text: string, width: number): string {
  return text.length >= width ? text : ' '.repeat(width - text.length) + text;
}

/** Seconds as the trace printed them, else a short relative form. */
export function timeText(ev: TraceEvent): string {
  if (ev.timeText) return ev.timeText;
  if (ev.relative !== undefined) return `+${ev.relative.toFixed(6)}`;
  return '';
}

/** The body of an event as one line, split so the result can stay visible when cut. */
export function eventParts(ev: TraceEvent): { call: string; result: string } {
  switch (ev.type) {
    case 'syscall': {
      let call = `${ev.syscall}(${ev.args}`;
      let result = '';
      if (ev.status === 'unfinished') result = '<unfinished ...>';
      else if (ev.status === 'detached') result = '<detached ...>';
      else {
        call += ')';
        result = ev.ret ? `= ${ev.ret.text}` : '';
      }
      if (ev.status === 'orphan-resumed') call = `<... ${call}`;
      return { call, result };
    }
    case 'signal':
      return { call: ev.stopped ? `--- stopped by ${ev.signal} ---` : `--- ${ev.signal} ${ev.info ? `{${ev.info}}` : ''} ---`, result: '' };
    case 'exit':
      if (ev.supersededBy !== undefined) return { call: `+++ superseded by execve in pid ${ev.supersededBy} +++`, result: '' };
      if (ev.signal) return { call: `+++ killed by ${ev.signal}${ev.core ? ' (core dumped)' : ''} +++`, result: '' };
      return { call: `+++ exited with ${ev.code ?? '?'} +++`, result: '' };
    case 'attach':
    case 'detach':
    case 'tracer':
      return { call: `${ev.source ? ev.source + ': ' : ''}${ev.message}`, result: '' };
    case 'output':
      return { call: ev.text, result: '' };
    case 'summary':
      return { call: ev.text, result: '' };
    case 'unparsed':
      return { call: ev.text, result: `(unparsed: ${ev.reason})` };
  }
}

/** `call = result` in `width` columns: the call is cut first so the result stays visible. */
export function fitCall(parts: { call: string; result: string }, width: number): string {
  const result = sanitize(parts.result);
  if (!result) return fit(parts.call, width);
  const room = width - result.length - 1;
  if (room < 12) return fit(`${parts.call} ${parts.result}`, width);
  return `${fit(parts.call, room)} ${result}`;
}
