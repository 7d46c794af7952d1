// What the browser knows about a trace: the events (appended as they are read), the
// text of every input line (for the detail pane), and the analysis, which runs behind
// the reading in small time slices so keys stay answered. Nothing here touches files:
// the CLI hands in the event batches and the line texts.

import type { Analyzer, AnalysisResult, AnalyzedEvent, Decoder } from '../analyze/index.js';
import { endpointText } from '../analyze/index.js';
import type { Endpoint, FdEntry, FdKind, OsName, SocketInfo, Stats, TraceEvent, TraceFormat } from '../model/index.js';
import { analyzerFor } from '../pipeline/index.js';
import { explainEvent, stateFromAnalyzer, type ExplainState } from '../explain/index.js';
import { StoryIndex } from './stories.js';
import type { Filters } from './filter.js';

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
  /** Indexes of the events that used it, in order. */
  events: number[];
  /** The last fd entry / socket state stored for an event on it (shared by identical ones). */
  shared?: FdEntry;
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
  /** Shortest gap between two change notifications, ms. */
  notifyMs?: number;
  /** `info.format`/`info.os` are placeholders until `begin` is called. */
  detecting?: boolean;
  /** Filters the event list starts with (the command line's -e, -P, --fd, -p). */
  filters?: Filters;
}

const yieldTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class TraceStore {
  readonly events: TraceEvent[] = [];
  /** Input lines by file ('' for a single input), indexed by line number. */
  private readonly lineTexts = new Map<string, string[]>();
  loaded = false;
  loadError: string | undefined;
  stats: Stats | undefined;
  /** Events analysed so far (a prefix of `events`). */
  analyzed = 0;
  /** Analysis per event index, kept only for events that touched something (no decoded args: re-decoded when shown). */
  private readonly analysis: (AnalyzedEvent | undefined)[] = [];
  private readonly eventObjects: (number | number[] | undefined)[] = [];
  readonly objects: TrackedObject[] = [];
  private readonly objectByKey = new Map<string, number>();
  result: AnalysisResult | undefined;
  analysisError: string | undefined;
  private seqIndex: Map<number, number> | undefined;
  private lineIndex: Map<string, number> | undefined;
  private analyzer: Analyzer;
  private explainState: ExplainState;
  /** The folded story (the default list), and which failed calls are expected (probes, normal answers): `f` leaves them out. */
  stories = new StoryIndex();
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
    this.sliceMs = opts.sliceMs ?? 12;
    this.notifyMs = opts.notifyMs ?? 150;
  }

  /** Failed calls whose failure is expected: `f` leaves them out (the story index knows them). */
  get expectedFailures(): StoryIndex {
    return this.stories;
  }

  private newAnalyzer(): Analyzer {
    return analyzerFor(this.info, this.decode);
  }

  /** The format became known after the UI started (a pipe is detected from its first lines). */
  begin(format: TraceFormat, os: OsName): void {
    this.info = { ...this.info, format, os };
    this.analyzer = this.newAnalyzer();
    this.explainState = stateFromAnalyzer(this.analyzer);
    this.stories = new StoryIndex();
    this.detecting = false;
    this.changed(true);
  }

  /** Asks the UI to close: the input could not be read (the caller reports why). */
  requestClose(): void {
    this.closeRequested = true;
    this.changed(true);
  }

  // ------------------------------------------------------------ lines

  /** Records one input line's text (wire to the pipeline's `onRecord`). */
  addLine(line: number, text: string, file?: string): void {
    const key = file ?? '';
    let arr = this.lineTexts.get(key);
    if (!arr) this.lineTexts.set(key, (arr = []));
    arr[line] = text;
  }

  lineText(line: number, file?: string): string | undefined {
    return this.lineTexts.get(file ?? '')?.[line] ?? (file === undefined ? undefined : this.lineTexts.get('')?.[line]);
  }

  // ------------------------------------------------------------ loading

  /** Appends events as they are read; the analysis follows behind. */
  append(batch: readonly TraceEvent[]): void {
    const first = this.events.length === 0;
    for (const ev of batch) {
      if (ev.seq !== this.events.length && !this.seqIndex) {
        this.seqIndex = new Map();
        for (let i = 0; i < this.events.length; i++) this.seqIndex.set(this.events[i]!.seq, i);
      }
      this.seqIndex?.set(ev.seq, this.events.length);
      this.events.push(ev);
    }
    this.lineIndex = undefined;
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
          this.analyzeOne(this.analyzed);
          this.analyzed++;
        } while (this.analyzed < this.events.length && (this.analyzed & 63 || performance.now() < end));
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

  private analyzeOne(idx: number): void {
    const ev = this.events[idx]!;
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
    this.stories.push(idx, a, sentence);
    const addr = ev.type === 'syscall' && a.socket ? a.decoded?.args.find((d) => d.endpoint)?.endpoint : undefined;
    const owner = a.process?.leader ?? a.process?.pid ?? ev.pid;
    const touched: number[] = [];
    const add = (id: number | undefined): void => {
      if (id === undefined || touched.includes(id)) return;
      touched.push(id);
      const o = this.objects[id]!;
      if (o.events[o.events.length - 1] !== idx) o.events.push(idx);
    };
    if (a.fd) {
      const id = this.track(a.fd, a.socket, owner, idx);
      add(id);
      if (id !== undefined && addr && ev.type === 'syscall' && /^(connect|bind|sendto|sendmsg)/.test(ev.syscall)) {
        const t: NonNullable<TrackedObject['target']> = { call: ev.syscall, endpoint: addr };
        if (ev.ret?.errno) t.errno = ev.ret.errno;
        this.objects[id]!.target = t;
      }
    }
    for (const e of a.fds ?? []) add(this.track(e, undefined, owner, idx));
    for (const e of a.closed ?? []) {
      const id = this.track(e, undefined, owner, idx);
      add(id);
      if (id !== undefined) this.objects[id]!.closed = idx;
    }
    if (touched.length) this.eventObjects[idx] = touched.length === 1 ? touched[0] : touched;
    if (!(a.fd || a.socket || a.fds || a.closed || a.child || a.connect || a.probe)) return;
    // Keep what the detail pane needs, without the decoded arguments (decoded again when
    // shown). Most events see the same fd entry and socket as the event before on that
    // object: one copy is kept for them instead of one per event.
    const slim: AnalyzedEvent = { event: ev };
    const first = touched.length ? this.objects[touched[0]!] : undefined;
    if (a.fd) {
      if (first?.shared && sameEntry(first.shared, a.fd)) slim.fd = first.shared;
      else {
        slim.fd = a.fd;
        if (first) first.shared = a.fd;
      }
    }
    if (a.socket) {
      if (first?.sharedSocket && sameSocket(first.sharedSocket, a.socket)) slim.socket = first.sharedSocket;
      else {
        slim.socket = a.socket;
        if (first) first.sharedSocket = a.socket;
      }
    }
    if (a.fds) slim.fds = a.fds;
    if (a.closed) slim.closed = a.closed;
    if (a.child) slim.child = a.child;
    if (a.connect) slim.connect = a.connect;
    if (a.probe) slim.probe = a.probe;
    this.analysis[idx] = slim;
  }

  private track(entry: FdEntry, socket: SocketInfo | undefined, owner: number | undefined, idx: number): number | undefined {
    const sid = socket?.id ?? entry.socketId;
    const key = sid ? `s:${sid}` : `f:${owner ?? ''}:${entry.fd}:${entry.openedSeq ?? entry.openedLine ?? ''}`;
    let id = this.objectByKey.get(key);
    if (id === undefined) {
      id = this.objects.length;
      const o: TrackedObject = { id, kind: entry.kind, fd: entry.fd, entry, events: [] };
      if (owner !== undefined) o.pid = owner;
      if (sid) o.socketId = sid;
      if (entry.path) o.path = entry.path;
      if (entry.openedSeq !== undefined) {
        const at = this.indexOfSeq(entry.openedSeq);
        if (at !== undefined) o.opened = at;
      } else if (entry.origin !== 'use' && entry.origin !== 'decoration' && entry.origin !== 'inherited') o.opened = idx;
      this.objects.push(o);
      this.objectByKey.set(key, id);
    }
    const o = this.objects[id]!;
    o.entry = entry;
    if (socket) o.socket = socket;
    if (entry.path && !o.path) o.path = entry.path;
    return id;
  }

  // ------------------------------------------------------------ look-ups

  /** What analysis said about an event (undefined: not analysed yet, or nothing touched). */
  analysisOf(idx: number): AnalyzedEvent | undefined {
    return this.analysis[idx];
  }

  objectsOf(idx: number): TrackedObject[] {
    const v = this.eventObjects[idx];
    if (v === undefined) return [];
    return (typeof v === 'number' ? [v] : v).map((id) => this.objects[id]!);
  }

  indexOfSeq(seq: number): number | undefined {
    if (!this.seqIndex) return seq >= 0 && seq < this.events.length ? seq : undefined;
    return this.seqIndex.get(seq);
  }

  /** The event a line belongs to (any of its lines). */
  indexOfLine(line: number, file?: string): number | undefined {
    if (!this.lineIndex) {
      const m = new Map<string, number>();
      this.events.forEach((ev, i) => {
        for (const l of ev.lines.length ? ev.lines : [ev.line]) {
          const k = `${ev.file ?? ''}:${l}`;
          if (!m.has(k)) m.set(k, i);
        }
      });
      this.lineIndex = m;
    }
    return this.lineIndex.get(`${file ?? ''}:${line}`) ?? (file === undefined ? undefined : this.lineIndex.get(`:${line}`));
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
