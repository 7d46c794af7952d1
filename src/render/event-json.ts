// The JSON shape of one event: the documented contract of `tracex parse` (README, "JSON output";
// schemas/*.schema.json). Every object has `type`; calls carry the argument tree beside the raw
// text. Add fields freely; renaming or removing one is a new SCHEMA_VERSION.

import { parseArgs } from '../../grammars/args.js';
import { decodeCall, readBigInt } from '../decode/index.js';
import type { ExplainedEvent, Story } from '../explain/fold.js';
import type { ArgList, DecodedCall, OsName, Stats, SyscallEvent, TraceEvent } from '../model/index.js';
import { jsonText } from './sanitize.js';

export interface EventJsonOptions {
  /** Build the argument tree (`args`); off keeps only `argsText` (the cheap header scan). */
  args?: boolean;
  /** The tree of `ev.args` when the caller already parsed it (the analyzer's decoder did): not parsed again. */
  parsed?: ArgList;
  /** Extra fields per event, added by callers. */
  extra?: (ev: TraceEvent) => Record<string, unknown> | undefined;
  /** Adds `decoded` (arguments, errno and result per the OS tables) to calls. */
  decoder?: StreamDecoder;
}

/**
 * Decodes calls in stream order, remembering each socket fd's family from socket() so a
 * dtruss sockaddr (a pointer and a length only) can be inferred for later calls on that fd.
 */
export class StreamDecoder {
  private families = new Map<string, string | number>();

  constructor(readonly os: OsName) {}

  private readonly socketFamily = (fd: number, pid?: number): string | number | undefined => this.families.get(`${pid ?? ''}:${fd}`);

  decode(ev: SyscallEvent, args?: ArgList): DecodedCall {
    const d = decodeCall(ev, this.os, args ? { socketFamily: this.socketFamily, args } : { socketFamily: this.socketFamily });
    const fd = ev.ret?.value;
    if (fd != null && fd >= 0 && (ev.syscall === 'socket' || ev.syscall === 'socket_nocancel') && !d.errno) {
      const family = d.args[0]?.named?.[0];
      if (family) this.families.set(`${ev.pid ?? ''}:${fd}`, family.name ?? family.value);
    }
    return d;
  }
}

/**
 * The version of the JSON contract, in every JSON output (`schema`). 1 was the unversioned shape;
 * 2: the explain report's events carry `decoded` without the argument tree (`tracex parse` keeps
 * it), integers beyond 2^53 are exact decimal strings, explain has NDJSON and "In short".
 */
export const SCHEMA_VERSION = 2;

/** Integers a double cannot hold exactly (beyond ±2^53) are written as exact decimal strings. */
const LONG_INT = /\d{16}|0[xX][0-9a-fA-F]{14}/;

/**
 * An integer exact in JSON: the number when a double holds it exactly, else the decimal string of
 * what `text` (the spelling it was read from) says (`0xffffffffff600000` → "18446744073699065856").
 */
export function exactInt(value: number, text: string | undefined): number | string {
  if (!Number.isInteger(value) || Number.isSafeInteger(value)) return value;
  const lead = text === undefined ? undefined : /^-?(?:0[xX][0-9a-fA-F]+|\d+)/.exec(text.trim())?.[0];
  const big = lead === undefined ? undefined : readBigInt(lead);
  if (big === undefined) return BigInt(value).toString();
  // As written, or as the 64-bit signed register it was read as (dtruss's 0xFFFF…).
  return (Number(big) === value ? big : BigInt.asIntN(64, big)).toString();
}

/** Rewrites, in place, every `value`/`int` beside a `text` that a double rounded (argument trees, decoded arguments). */
function exactInts(o: unknown): void {
  if (Array.isArray(o)) {
    for (const x of o) exactInts(x);
    return;
  }
  if (o === null || typeof o !== 'object') return;
  const r = o as Record<string, unknown>;
  for (const k of ['value', 'int'] as const) {
    const v = r[k];
    if (typeof v === 'number' && !Number.isSafeInteger(v) && Number.isInteger(v)) r[k] = exactInt(v, typeof r.text === 'string' ? r.text : undefined);
  }
  for (const v of Object.values(r)) if (v !== null && typeof v === 'object') exactInts(v);
}

/** Plain object for one event, ready for JSON.stringify. */
export function eventToJson(ev: TraceEvent, opts: EventJsonOptions = {}): Record<string, unknown> {
  const o: Record<string, unknown> = { type: ev.type, seq: ev.seq, line: ev.line, lines: ev.lines };
  if (ev.file !== undefined) o.file = ev.file;
  if (ev.pid !== undefined) o.pid = ev.pid;
  if (ev.tid !== undefined) o.tid = ev.tid;
  if (ev.comm !== undefined) o.comm = ev.comm;
  if (ev.time !== undefined) o.time = ev.time;
  if (ev.timeText !== undefined) o.timeText = ev.timeText;
  if (ev.relative !== undefined) o.relative = ev.relative;
  switch (ev.type) {
    case 'syscall': {
      o.syscall = ev.syscall;
      o.status = ev.status;
      let list: ArgList | undefined;
      if (opts.args !== false) {
        list = opts.parsed ?? parseArgs(ev.args);
        o.args = list.items;
        if (list.lead !== undefined) o.argsLead = list.lead;
        if (list.trail !== undefined) o.argsTrail = list.trail;
        if (list.failed) o.argsUnreadable = true;
      }
      o.argsText = ev.args;
      const r = ev.ret;
      if (r) {
        o.retval = r.value === null ? null : exactInt(r.value, r.text);
        o.retText = r.text;
        if (r.hex) o.retHex = true;
        if (r.decoration !== undefined) o.retDecoration = r.decoration;
        if (r.errno !== undefined) o.errno = r.errno;
        if (r.errnoNumber !== undefined) o.errnoNumber = r.errnoNumber;
        if (r.message !== undefined) o.errnoMessage = r.message;
        if (r.notes) o.notes = r.notes;
      }
      if (ev.duration !== undefined) o.duration = ev.duration;
      if (ev.nr !== undefined) o.nr = ev.nr;
      if (ev.ip !== undefined) o.ip = ev.ip;
      if (ev.stack) o.stack = ev.stack;
      if (ev.dump) o.dump = ev.dump;
      if (ev.extra) Object.assign(o, ev.extra);
      // Only a call whose text has a long number can hold one a double rounds (asked only when
      // a tree or a decoded form is written: the explain report asks it itself).
      const long = (list !== undefined || opts.decoder !== undefined) && LONG_INT.test(ev.args);
      if (long && list) exactInts(list.items);
      if (opts.decoder) {
        const d = opts.decoder.decode(ev, list);
        if (long) exactInts(d.args);
        o.decoded = d;
        // dtruss and Nanos print errno numbers, strace names: give both either way.
        if (d.errno) {
          if (o.errno === undefined && d.errno.name) o.errno = d.errno.name;
          if (o.errnoNumber === undefined && Number.isFinite(d.errno.value)) o.errnoNumber = d.errno.value;
          if (o.errnoMessage === undefined && d.errno.message) o.errnoMessage = d.errno.message;
        }
      }
      break;
    }
    case 'signal':
      o.signal = ev.signal;
      if (ev.info !== undefined) o.info = ev.info;
      if (ev.stopped) o.stopped = true;
      break;
    case 'exit':
      if (ev.code !== undefined) o.code = ev.code;
      if (ev.signal !== undefined) o.signal = ev.signal;
      if (ev.core) o.core = true;
      if (ev.supersededBy !== undefined) o.supersededBy = ev.supersededBy;
      break;
    case 'attach':
    case 'detach':
    case 'tracer':
      o.message = ev.message;
      if (ev.source !== undefined) o.source = ev.source;
      if (ev.target !== undefined) o.target = ev.target;
      if (ev.threads !== undefined) o.threads = ev.threads;
      break;
    case 'output':
      o.text = ev.text;
      break;
    case 'summary':
      o.part = ev.part;
      o.text = ev.text;
      for (const k of ['syscall', 'calls', 'errors', 'seconds', 'percent', 'usecsPerCall'] as const) {
        if (ev[k] !== undefined) o[k] = ev[k];
      }
      break;
    case 'unparsed':
      o.text = ev.text;
      o.reason = ev.reason;
      break;
  }
  const more = opts.extra?.(ev);
  if (more) Object.assign(o, more);
  return o;
}

/**
 * One event of the explain report (`tracex --format json|ndjson`): the `tracex parse` object
 * without the argument tree (`argsText` stays), plus `explanation`, `decoded` (each argument's
 * role, kind, text and meaning: the tree would repeat its text) and, inside a folded story, `story`.
 */
export function reportEventToJson(story: Story, index: number, it: ExplainedEvent): Record<string, unknown> {
  const o = eventToJson(it.event, { args: false });
  o.explanation = it.explanation;
  const d = it.decoded;
  if (d) {
    if (it.event.type === 'syscall' && LONG_INT.test(it.event.args)) exactInts(d.args);
    const dj: Record<string, unknown> = { args: d.args };
    if (d.errno) dj.errno = d.errno;
    if (d.result) dj.result = d.result;
    o.decoded = dj;
  }
  if (story.items.length > 1 || story.kind !== 'event') o.story = { index, kind: story.kind, sentence: story.sentence, size: story.items.length };
  return o;
}

/**
 * reportEventToJson's text as it stands inside the report's `events` array: one line per
 * event (indented, no comma), so the array streams, greps and diffs line by line, and the
 * report is 40% smaller and twice as fast to write as a fully indented one.
 */
export function reportEventJsonText(story: Story, index: number, it: ExplainedEvent): string {
  return EVENT_INDENT + jsonText(reportEventToJson(story, index, it));
}

const EVENT_INDENT = '    ';

/** The closing stats object. */
export function statsToJson(stats: Stats): Record<string, unknown> {
  return {
    type: 'stats',
    schema: SCHEMA_VERSION,
    format: stats.format,
    os: stats.os,
    files: stats.files,
    lines: stats.lines,
    events: stats.events,
    unparsed: stats.unparsed,
    records: stats.records,
    clock: stats.clock,
    unfinished: stats.unfinished,
    orphanResumed: stats.orphanResumed,
    ...(stats.interrupted ? { interrupted: true } : {}),
  };
}
