// What the browser knows about a trace: the events (appended as they are read, kept as
// columns: event-table.ts), the text of every input line (line-store.ts: read back from the
// file, or kept as bytes), and the analysis, which runs behind the reading in small time
// slices so keys stay answered. The CLI hands in the event batches and the line sources.

import type { Analyzer, AnalysisResult, AnalyzedEvent, Decoder } from '../analyze/index.js';
import { endpointText } from '../analyze/index.js';
import type { Endpoint, FdEntry, FdKind, OsName, SocketInfo, Stats, TraceEvent, TraceFormat } from '../model/index.js';
import { analyzerFor } from '../pipeline/index.js';
import { explainEvent, stateFromAnalyzer, type ExplainState } from '../explain/index.js';
import { StoryIndex } from './stories.js';
import { sentenceOf } from './detail.js';
import type { Filters } from './filter.js';
import { EventTable } from './event-table.js';
import { IntColumn } from './int-column.js';
import { TextChunks, type LineSource } from './line-store.js';

export interface TraceInfo {
  /** Input name for the status bar (file name or `-`). */
  name: string;
  files: string[];
  format: TraceFormat;
  os: OsName;
}

/** A file descriptor's object (file, pipe, socket, ...) followed through the trace. */
export interface TrackedObject {
  id: number;
  kind: FdKind;
  /** Process (fd table owner) that opened it, or first used it. */
  pid?: number;
  fd?: number;
  socketId?: string;
  /** Latest socket state seen (endpoints fill in as the trace goes). */
  socket?: SocketInfo;
  path?: string;
  /** Last address given to connect/bind/sendto on it, and how that went (shown when analysis has no peer). */
  target?: { call: string; endpoint: Endpoint; errno?: string };
  entry: FdEntry;
  /** Index of the event that created it, when the trace shows it. */
  opened?: number;
  closed?: number;
  /** The last fd entry / socket state stored for an event on it (shared by identical ones). */
  shared?: FdEntry;
  /** Its index among the store's kept entries. */
  sharedId?: number;
  sharedSocket?: SocketInfo;
}

function sameEntry(a: FdEntry, b: FdEntry): boolean {
  for (const k of Object.keys(b) as (keyof FdEntry)[]) if (a[k] !== b[k]) return false;
  return Object.keys(a).length === Object.keys(b).length;
}

function sameSocket(a: SocketInfo, b: SocketInfo): boolean {
  for (const k of Object.keys(b) as (keyof SocketInfo)[]) if (a[k] !== b[k]) return false;
  return Object.keys(a).length === Object.keys(b).length;
}

export interface StoreOptions {
  /** Decoder for analysis instead of the default (decodeCall); false: raw text only. */
  decode?: Decoder | false;
  /** Longest stretch of analysis between two yields to the event loop, ms. */
  sliceMs?: number;
  /** Shortest gap between two change notifications (progress of reading and analysis), ms. */
  notifyMs?: number;
  /** `info.format`/`info.os` are placeholders until `begin` is called. */
  detecting?: boolean;
  /** Filters the event list starts with (the command line's -e, -P, --fd, -p). */
  filters?: Filters;
}

const yieldTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));


/** Events read but not analysed yet, at most (reading waits for analysis beyond it): what is held whole at once. */
const READ_AHEAD = 2_000;

/** What analysis said about an event, beyond its fd entry (kept for the few events that have more). */
type AnalysisExtra = Omit<AnalyzedEvent, 'event' | 'fd' | 'decoded'>;

export class TraceStore {
  events: EventTable;
  /** Input lines by file ('' for a single input). */
  private readonly lineSources = new Map<string, LineSource>();
  /** Inputs whose lines are read back from their file (addLine skips them). */
  private readonly fromFile = new Set<string>();
  /** Events read, not analysed yet: events[analyzed + k] is pending[k]. */
  private pending: TraceEvent[] = [];
  private pendingAt = 0;
  private caughtUp: (() => void) | undefined;
  loaded = false;
  loadError: string | undefined;
  stats: Stats | undefined;
  /** Events analysed so far (a prefix of `events`). */
  analyzed = 0;
  /** Analysis per event index: the fd entry it saw (shared by the events that saw the same), the rest for the few with more (no decoded args: re-decoded when shown). */
  private readonly analysisFd = new IntColumn();
  /** The fd entries kept (analysisFd holds their index + 1). */
  private readonly keptEntries: FdEntry[] = [];
  private readonly analysisExtra = new Map<number, AnalysisExtra>();
  /** The object an event touched (id + 1), or several (-(k + 1): eventObjectLists[k]); 0: none. */
  private readonly eventObjects = new IntColumn();
  private readonly eventObjectLists: number[][] = [];
  readonly objects: TrackedObject[] = [];
  /**
   * Each object's events, in order, as linked lists in shared columns (70,000 small arrays cost
   * three times as much): use k (from 1) is event useEvent[k], followed by use useNext[k] of the
   * same object (0: none); an object's first and last use and its count are kept by its id.
   */
  private readonly useEvent = new IntColumn();
  private readonly useNext = new IntColumn();
  private uses = 0;
  private readonly firstUse = new IntColumn();
  private readonly lastUse = new IntColumn();
  private readonly useCount = new IntColumn();
  private readonly objectByKey = new Map<string, number>();
  private readonly interned = new Map<string, string>();
  result: AnalysisResult | undefined;
  analysisError: string | undefined;
  private seqIndex: Map<number, number> | undefined;
  private analyzer: Analyzer;
  private explainState: ExplainState;
  /** The folded story (the default list), and which failed calls are expected (probes, normal answers): `f` leaves them out. */
  stories: StoryIndex;
  private readonly decode: Decoder | false | undefined;
  /** The format is not known yet (a pipe's first lines are still awaited); see `begin`. */
  detecting: boolean;
  /** The caller asks the UI to close (the input could not be read). */
  closeRequested = false;
  private readonly listeners = new Set<() => void>();
  private notifyTimer: ReturnType<typeof setTimeout> | undefined;
  private wake: (() => void) | undefined;
  private readonly sliceMs: number;
  private readonly notifyMs: number;
  private stopped = false;
  /** Filters the event list starts with. */
  readonly initialFilters: Filters;

  constructor(
    public info: TraceInfo,
    opts: StoreOptions = {},
  ) {
    this.decode = opts.decode;
    this.detecting = opts.detecting ?? false;
    this.initialFilters = opts.filters ?? {};
    this.analyzer = this.newAnalyzer();
    this.explainState = stateFromAnalyzer(this.analyzer);
    this.events = this.newTable();
    this.stories = this.newStories();
    this.sliceMs = opts.sliceMs ?? 12;
    // Each notification redraws the whole screen (Ink lays out and re-encodes every cell, tens
    // of ms on a big terminal): twice a second keeps the progress moving and leaves the time
    // to the analysis (at 150 ms, redraws took a fifth of a big trace's loading).
    this.notifyMs = opts.notifyMs ?? 500;
  }

  /** Failed calls whose failure is expected: `f` leaves them out (the story index knows them). */
  get expectedFailures(): StoryIndex {
    return this.stories;
  }

  private newAnalyzer(): Analyzer {
    return analyzerFor(this.info, this.decode);
  }

  /** The story index; a lone call's sentence is made again when shown (with the default decoder, which the pane uses too). */
  private newStories(): StoryIndex {
    return new StoryIndex(this.decode === undefined ? (i, d, ev) => sentenceOf(this, i, d, ev) : undefined);
  }

  private newTable(): EventTable {
    return new EventTable(this.info.format, this.info.os, (line, file) => this.lineText(line, file));
  }

  /** The format became known after the UI started (a pipe is detected from its first lines). */
  begin(format: TraceFormat, os: OsName): void {
    this.info = { ...this.info, format, os };
    this.analyzer = this.newAnalyzer();
    this.explainState = stateFromAnalyzer(this.analyzer);
    this.stories = this.newStories();
    this.events = this.newTable();
    this.detecting = false;
    this.changed(true);
  }

  /** Asks the UI to close: the input could not be read (the caller reports why). */
  requestClose(): void {
    this.closeRequested = true;
    this.changed(true);
  }

  // ------------------------------------------------------------ lines

  /** Records one input line's text (wire to the pipeline's `onRecord`); inputs read back from their file skip it. */
  addLine(line: number, text: string, file?: string): void {
    const key = file ?? '';
    if (this.fromFile.has(key)) return;
    let src = this.lineSources.get(key) as TextChunks | undefined;
    if (!src) this.lineSources.set(key, (src = new TextChunks()));
    src.add(line, text);
  }

  /** Input `file`'s lines (undefined: the single input) are read back from `src` instead of kept. */
  readLinesFrom(src: LineSource, file?: string): void {
    this.lineSources.set(file ?? '', src);
    this.fromFile.add(file ?? '');
  }

  lineText(line: number, file?: string): string | undefined {
    return this.lineSources.get(file ?? '')?.text(line) ?? (file === undefined ? undefined : this.lineSources.get('')?.text(line));
  }

  // ------------------------------------------------------------ loading

  /** Appends events as they are read; the analysis follows behind. */
  append(batch: readonly TraceEvent[]): void {
    const first = this.events.length === 0;
    for (const ev of batch) {
      if (ev.seq !== this.events.length && !this.seqIndex) {
        this.seqIndex = new Map();
        for (let i = 0; i < this.events.length; i++) this.seqIndex.set(this.events.seq(i), i);
      }
      this.seqIndex?.set(ev.seq, this.events.length);
      const idx = this.events.push(ev, this.initialFilters.calls?.test(ev) ?? true);
      this.pending.push(ev);
    }
    this.wake?.();
    // The first rows go on screen at once; later ones in throttled steps.
    this.changed(first && this.events.length > 0);
  }

  /** Reads every batch, then runs the analysis to its end. Resolves when both are done. */
  async load(batches: AsyncIterable<TraceEvent[]>, stats: () => Stats): Promise<void> {
    const analysis = this.runAnalysis();
    try {
      for await (const b of batches) {
        if (this.stopped) break;
        this.append(b);
        // Analysis keeps up: what is read stays compact once analysed.
        while (this.pending.length - this.pendingAt > READ_AHEAD && !this.stopped) await new Promise<void>((resolve) => (this.caughtUp = resolve));
      }
    } catch (err) {
      this.loadError = (err as Error).message;
    }
    this.stats = stats();
    this.loaded = true;
    this.wake?.();
    this.changed(true);
    await analysis;
  }

  /** Stops background work (the UI is closing). */
  stop(): void {
    this.stopped = true;
    this.wake?.();
    this.caughtUp?.();
    if (this.notifyTimer) clearTimeout(this.notifyTimer);
    this.listeners.clear();
  }

  get analysisDone(): boolean {
    return this.result !== undefined || this.analysisError !== undefined;
  }

  private async runAnalysis(): Promise<void> {
    for (;;) {
      if (this.stopped) return;
      if (this.analyzed < this.events.length) {
        // Reading first: while lines still arrive, analysis takes short turns, so the list
        // (and G) reaches the end of a big file sooner; after that it takes full slices.
        const end = performance.now() + (this.loaded ? this.sliceMs : Math.min(3, this.sliceMs));
        do {
          this.analyzeOne(this.analyzed, this.pending[this.pendingAt]!);
          this.pending[this.pendingAt++] = undefined as unknown as TraceEvent;
          this.analyzed++;
        } while (this.analyzed < this.events.length && (this.analyzed & 63 || performance.now() < end));
        if (this.pendingAt > 4096) {
          this.pending = this.pending.slice(this.pendingAt);
          this.pendingAt = 0;
        }
        if (this.pending.length - this.pendingAt <= READ_AHEAD / 2) {
          this.caughtUp?.();
          this.caughtUp = undefined;
        }
        this.changed();
        await yieldTurn();
      } else if (this.loaded) {
        this.stories.end();
        try {
          this.result = this.analyzer.finish(this.stats!);
        } catch (err) {
          this.analysisError = (err as Error).message;
        }
        this.changed(true);
        return;
      } else {
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
      }
    }
  }

  private analyzeOne(idx: number, ev: TraceEvent): void {
    let a: AnalyzedEvent;
    try {
      a = this.analyzer.push(ev);
    } catch {
      return; // unknown is never an error: the event stays unanalysed
    }
    let sentence = '';
    try {
      sentence = explainEvent(a, this.explainState);
    } catch {
      // no sentence: the call is still listed
    }
    const addr = ev.type === 'syscall' && a.socket ? a.decoded?.args.find((d) => d.endpoint)?.endpoint : undefined;
    const owner = a.process?.leader ?? a.process?.pid ?? ev.pid;
    const touched: number[] = [];
    const add = (id: number | undefined): void => {
      if (id === undefined || touched.includes(id)) return;
      touched.push(id);
      this.addUse(id, idx);
    };
    // The fd entry and socket as kept (copies shared by the events that saw the same).
    let fdKept: number | undefined;
    let socketKept: SocketInfo | undefined;
    if (a.fd) {
      const id = this.track(a.fd, a.socket, owner, idx);
      add(id);
      fdKept = this.objects[id]!.sharedId;
      if (a.socket) socketKept = this.objects[id]!.sharedSocket;
      if (addr && ev.type === 'syscall' && /^(connect|bind|sendto|sendmsg)/.test(ev.syscall)) {
        const t: NonNullable<TrackedObject['target']> = { call: ev.syscall, endpoint: addr };
        if (ev.ret?.errno) t.errno = ev.ret.errno;
        this.objects[id]!.target = this.own(t);
      }
    }
    const fdsKept = (a.fds ?? []).map((e) => {
      const id = this.track(e, undefined, owner, idx);
      add(id);
      return this.objects[id]!.shared!;
    });
    for (const e of a.closed ?? []) {
      const id = this.track(e, undefined, owner, idx);
      add(id);
      this.objects[id]!.closed = idx;
    }
    if (touched.length === 1) this.eventObjects.set(idx, touched[0]! + 1);
    else if (touched.length) this.eventObjects.set(idx, -(this.eventObjectLists.push(touched) - 1) - 1);
    this.keepAnalysis(idx, a, fdKept, socketKept, fdsKept);
    // After what the pane reads of it is kept: the story may make the sentence again to compare.
    this.stories.push(idx, a, sentence);
  }

  /** Event idx used object id (once per event). */
  private addUse(id: number, idx: number): void {
    const last = this.lastUse.get(id);
    if (last && this.useEvent.get(last) === idx) return;
    const k = ++this.uses;
    this.useEvent.set(k, idx);
    if (last) this.useNext.set(last, k);
    else this.firstUse.set(id, k);
    this.lastUse.set(id, k);
    this.useCount.set(id, this.useCount.get(id) + 1);
  }

  /** The events that used an object, in order (the first `max` of them). */
  eventsOf(o: TrackedObject, max = Infinity): number[] {
    const out: number[] = [];
    for (let k = this.firstUse.get(o.id); k && out.length < max; k = this.useNext.get(k)) out.push(this.useEvent.get(k));
    return out;
  }

  /** How many events used an object. */
  eventCount(o: TrackedObject): number {
    return this.useCount.get(o.id);
  }

  private keepAnalysis(idx: number, a: AnalyzedEvent, fdKept: number | undefined, socketKept: SocketInfo | undefined, fdsKept: FdEntry[]): void {
    if (!(a.fd || a.socket || a.fds || a.child || a.connect || a.probe)) return;
    // Keep what the detail pane needs, without the event (read again) and the decoded
    // arguments (decoded again when shown). Most events see the same fd entry and socket as
    // the event before on that object: one copy is kept for them instead of one per event.
    if (fdKept !== undefined) this.analysisFd.set(idx, fdKept + 1);
    const slim: AnalysisExtra = {};
    if (a.socket) slim.socket = socketKept ?? this.own(a.socket);
    if (a.fds) slim.fds = fdsKept;
    if (a.child) slim.child = this.own(a.child);
    if (a.connect) slim.connect = this.own(a.connect);
    if (a.probe) slim.probe = this.own(a.probe);
    if (Object.keys(slim).length) this.analysisExtra.set(idx, slim);
  }

  private track(entry: FdEntry, socket: SocketInfo | undefined, owner: number | undefined, idx: number): number {
    const sid = socket?.id ?? entry.socketId;
    const key = sid ? `s:${sid}` : `f:${owner ?? ''}:${entry.fd}:${entry.openedSeq ?? entry.openedLine ?? ''}`;
    let id = this.objectByKey.get(key);
    if (id === undefined) {
      id = this.objects.length;
      const o: TrackedObject = { id, kind: entry.kind, fd: entry.fd, entry };
      if (owner !== undefined) o.pid = owner;
      if (sid) o.socketId = sid;
      if (entry.openedSeq !== undefined) {
        const at = this.indexOfSeq(entry.openedSeq);
        if (at !== undefined) o.opened = at;
      } else if (entry.origin !== 'use' && entry.origin !== 'decoration' && entry.origin !== 'inherited') o.opened = idx;
      this.objects.push(o);
      this.objectByKey.set(key, id);
    }
    const o = this.objects[id]!;
    if (!(o.shared && sameEntry(o.shared, entry))) {
      o.shared = this.own(entry);
      o.sharedId = this.keptEntries.push(o.shared) - 1;
    }
    o.entry = o.shared;
    if (socket) {
      if (!(o.sharedSocket && sameSocket(o.sharedSocket, socket))) o.sharedSocket = this.own(socket);
      o.socket = o.sharedSocket;
    }
    if (o.entry.path && !o.path) o.path = o.entry.path;
    return id;
  }

  /**
   * A copy to keep: analysis quotes the trace by slices of its lines, and a slice (13 characters
   * or more, in V8) keeps its whole line alive; the copy's long strings are its own, one copy of
   * each (a path repeats on every fd entry of its file).
   */
  private own<T>(v: T): T {
    if (typeof v === 'string') {
      if (v.length < 13) return v;
      const copy = JSON.parse(JSON.stringify(v)) as string;
      const hit = this.interned.get(copy);
      if (hit !== undefined) return hit as T;
      this.interned.set(copy, copy);
      return copy as T;
    }
    if (typeof v !== 'object' || v === null) return v;
    if (Array.isArray(v)) return v.map((x: unknown) => this.own(x)) as T;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = this.own(x);
    return out as T;
  }

  // ------------------------------------------------------------ look-ups

  /** What analysis said about an event (undefined: not analysed yet, or nothing touched); `known`: the event, when at hand (else read again). */
  analysisOf(idx: number, known?: TraceEvent): AnalyzedEvent | undefined {
    const fd = this.keptEntries[this.analysisFd.get(idx) - 1];
    const extra = this.analysisExtra.get(idx);
    // What it closed: the objects whose last event it is, as closed (not kept twice).
    const closed = this.objectsOf(idx).filter((o) => o.closed === idx).map((o) => o.entry);
    if (!fd && !extra && !closed.length) return undefined;
    const event = known ?? this.eventAt(idx);
    if (!event) return undefined;
    const out: AnalyzedEvent = fd ? { event, fd, ...extra } : { event, ...extra };
    if (closed.length) out.closed = closed;
    return out;
  }

  /** The raw text of event i's line(s), joined by newlines. */
  rawText(idx: number): string | undefined {
    const file = this.events.file(idx);
    const lines = this.events.lines(idx);
    if (lines.length === 1) return this.lineText(lines[0]!, file);
    return lines.map((l) => this.lineText(l, file) ?? '').join('\n');
  }

  /** The whole event (read again from its lines unless analysis still holds it). */
  eventAt(idx: number): TraceEvent | undefined {
    const held = idx >= this.analyzed ? this.pending[this.pendingAt + idx - this.analyzed] : undefined;
    return held ?? this.events.at(idx);
  }

  objectsOf(idx: number): TrackedObject[] {
    const v = this.eventObjects.get(idx);
    if (v === 0) return [];
    return (v > 0 ? [v - 1] : this.eventObjectLists[-v - 1]!).map((id) => this.objects[id]!);
  }

  indexOfSeq(seq: number): number | undefined {
    if (!this.seqIndex) return seq >= 0 && seq < this.events.length ? seq : undefined;
    return this.seqIndex.get(seq);
  }

  /** The event a line belongs to (any of its lines). */
  indexOfLine(line: number, file?: string): number | undefined {
    return this.events.indexOfLine(line, file) ?? (file === undefined ? undefined : this.events.indexOfLine(line, undefined));
  }


  socketById(id: string): SocketInfo | undefined {
    return this.result?.sockets.find((s) => s.id === id) ?? this.objects[this.objectByKey.get(`s:${id}`) ?? -1]?.socket;
  }

  /** Short description of an object: `/etc/passwd`, `TCP 127.0.0.1:5432`, `pipe`. */
  objectLabel(o: TrackedObject): string {
    if (o.socketId) {
      const s = this.socketById(o.socketId) ?? o.socket;
      const fam = [s?.family, s?.type].filter(Boolean).join(' ') || 'socket';
      const ends: string[] = [];
      if (s?.local) ends.push(`local ${endpointText(s.local)}`);
      if (s?.peer) ends.push(`peer ${endpointText(s.peer)}`);
      if (s?.listening) ends.push('listening');
      if (!s?.peer && o.target && o.target.call !== 'bind') ends.push(`${o.target.call} ${endpointText(o.target.endpoint)}${o.target.errno ? ` failed ${o.target.errno}` : ''}`);
      return `${fam}${ends.length ? ' ' + ends.join(', ') : ''}`;
    }
    if (o.path) return o.entry.deleted ? `${o.path} (deleted)` : o.path;
    if (o.kind === 'pipe' && o.entry.pipe) return `pipe${o.entry.pipe.inode !== undefined ? `:[${o.entry.pipe.inode}]` : ''}${o.entry.pipe.end ? ` (${o.entry.pipe.end} end)` : ''}`;
    if (o.entry.anon) return `anon_inode:${o.entry.anon}`;
    if (o.kind === 'unknown' && o.fd !== undefined && o.fd <= 2) return `${['stdin', 'stdout', 'stderr'][o.fd]} (${o.entry.origin === 'inherited' ? 'inherited' : 'open when the trace started'})`;
    return o.kind === 'unknown' ? `(not known what fd ${o.fd ?? '?'} is: the trace does not show it being opened)` : o.kind;
  }

  // ------------------------------------------------------------ change notification

  /** Calls `fn` (throttled) when events arrive or analysis moves on. */
  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed(now = false): void {
    if (now) {
      if (this.notifyTimer) clearTimeout(this.notifyTimer);
      this.notifyTimer = undefined;
      for (const l of [...this.listeners]) l();
      return;
    }
    if (this.notifyTimer) return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = undefined;
      for (const l of [...this.listeners]) l();
    }, this.notifyMs);
  }
}
