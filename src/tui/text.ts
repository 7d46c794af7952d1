// Turning events into one-line text for the list: escaped (trace text is untrusted),
// cut to the width with an ellipsis, never wrapped. Widths are terminal columns
// (string-width: a CJK character or an emoji takes two), not UTF-16 units.

import { sanitize } from '../render/sanitize.js';
import { cutText, textWidth } from '../text/width.js';
import type { TraceEvent } from '../model/index.js';

export { sanitize };

/** Columns a (sanitised) string takes on a terminal. */
export function widthOf(s: string): number {
  return textWidth(s);
}

/** Cuts `text` to `width` columns, ending in `…` when cut. Control characters are escaped first. */
export function fit(text: string, width: number): string {
  if (width <= 0) return '';
  // A line can be a megabyte long: only its start can show, so only its start is escaped.
  const keep = width * 2 + 8;
  if (text.length > keep) return fit(text.slice(0, keep), width); // still longer than width: cut with …
  return cutText(sanitize(text), width);
}

export function padEnd(text: string, width: number): string {
  const w = widthOf(text);
  return w >= width ? text : text + ' '.repeat(width - w);
}

export function padStart(text: string, width: number): string {
  const w = widthOf(text);
  return w >= width ? text : ' '.repeat(width - w) + text;
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
  const room = width - widthOf(result) - 1;
  if (room < 12) return fit(`${parts.call} ${parts.result}`, width);
  return `${fit(parts.call, room)} ${result}`;
}

/** A call as one line of text split before its result (`= -1 ENOENT (…)`), so fitCall keeps the result. */
export function splitCall(text: string): { call: string; result: string } {
  const i = text.lastIndexOf(') = ');
  return i < 0 ? { call: text, result: '' } : { call: text.slice(0, i + 1), result: text.slice(i + 2) };
}
