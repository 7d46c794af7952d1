// What the folder works with: explained events, the stories it tells, the stories it holds
// open, and the rule each kind of story follows.

import type { ConnectAttempt } from '../../analyze/index.js';
import type { CallView } from '../../decode/call-view.js';
import type { DecodedCall, OsName, SyscallEvent, TraceEvent } from '../../model/index.js';

/** One event with its sentence (what fold reads and renderers print). */
export interface ExplainedEvent {
  event: TraceEvent;
  explanation: string;
  decoded?: DecodedCall;
  /** The analyzer's asynchronous connect this event started, advanced or settled. */
  connect?: ConnectAttempt;
  /** The analyzer's expected-probe group of this failed lookup. */
  probe?: string;
}

export type StoryKind = 'event' | 'loader' | 'locale' | 'nscd' | 'async-connect' | 'search' | 'signals' | 'file';

/** One line of the narrative: a single event, or several told as one. */
export interface Story {
  kind: StoryKind;
  /** The sentence for the whole group (the event's own for `event`). */
  sentence: string;
  items: ExplainedEvent[];
  /** Its failures are by design (loader/locale/nscd probes, a search that found its file). */
  expected?: boolean;
}

/** A story still taking events. */
export interface Open {
  kind: StoryKind;
  pid: number | undefined;
  items: ExplainedEvent[];
  /** fds a probe run or a file story opened and may still use. */
  fds: Set<number>;
  /** async connect: the socket's fd and the analyzer's attempt. */
  fd?: number;
  attempt?: ConnectAttempt;
  /** How many other processes' events passed while it was open. */
  passed: number;
  done: boolean;
  /** search: the name looked for (basename without extension) and where it was found. */
  stem?: string;
  /** Every name a search missed (a directory scan misses several). */
  stems: Set<string>;
  found?: string;
}

/** A syscall as the rules see it: the event, its explained item and the call view. */
export interface Step {
  ev: SyscallEvent;
  item: ExplainedEvent;
  call: CallView;
}

/** How one kind of story starts, grows and is told. */
export interface StoryRule {
  kinds: readonly StoryKind[];
  /** Other processes' events it may wait through before it is told as it stands. */
  lookahead: number;
  start(s: Step): Open | undefined;
  accepts(o: Open, s: Step): boolean;
  /** The story (or, when it turned out to be no story, the single events). */
  close(o: Open, singles: () => Story[]): Story[];
}

/** Which process or thread an event belongs to (Nanos labels calls by thread only). */
export function who(ev: TraceEvent): number | undefined {
  return ev.pid ?? ev.tid;
}

export function openStory(kind: StoryKind, s: Step): Open {
  return { kind, pid: who(s.ev), items: [s.item], fds: new Set(), stems: new Set(), passed: 0, done: false };
}

export function baseName(p: string): string {
  const i = p.lastIndexOf('/');
  return i >= 0 ? p.slice(i + 1) : p;
}

/** The OS a call's numbers are read for: the decoder's, else Linux (strace, Nanos). */
export function osOf(item: ExplainedEvent): OsName {
  return item.decoded?.os ?? 'linux';
}

/** A call returned this fd (opened it). */
export function openedFd(s: Step): number | undefined {
  const r = s.call.ret;
  return /open/.test(s.ev.syscall) && r !== undefined && r >= 0 ? r : undefined;
}
