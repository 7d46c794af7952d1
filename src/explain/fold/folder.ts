// Sequences a person would tell as one story (the rules in rules.ts) folded from a stream of
// explained events.
//
// Streaming with bounded look-ahead: a story stays open while the next events of its
// process belong to it (other processes' events wait behind it briefly), and never holds
// more than MAX_HELD events; then it is emitted as it is.

import { CallView } from '../../decode/call-view.js';
import type { TraceEvent } from '../../model/index.js';
import { ConnectNotes } from './connect.js';
import { PatternNotes } from './patterns.js';
import { storyRules } from './rules.js';
import { osOf, who, type ExplainedEvent, type Open, type Step, type Story, type StoryKind, type StoryRule } from './types.js';

/** Most events a story may hold before it is emitted as it stands. */
export const MAX_HELD = 256;

/** What a push that completes no story returns (shared: callers only read it). */
const NOTHING: Story[] = [];

/** Calls, signals and exits come from a process (even an unlabelled one); tracer lines do not. */
function fromProcess(ev: TraceEvent): boolean {
  return ev.type === 'syscall' || ev.type === 'signal' || ev.type === 'exit';
}

type Slot = { open: Open } | { single: ExplainedEvent };

/** Folds explained events into stories. Feed with push(), finish with end(). */
export class Folder {
  private slots: Slot[] = [];
  private held = 0;
  private patterns = new PatternNotes();
  private connects = new ConnectNotes();
  private rules: StoryRule[] = storyRules(this.connects);
  private ruleOf = new Map<StoryKind, StoryRule>(this.rules.flatMap((r) => r.kinds.map((k) => [k, r] as const)));

  /** `fold: false` keeps every event on its own line but still names self-pipes and prefork pools. */
  constructor(private fold = true) {}

  push(item: ExplainedEvent): Story[] {
    const ev = item.event;
    const step: Step | undefined = ev.type === 'syscall' ? { ev, item, call: CallView.of(ev, osOf(item), item.decoded) } : undefined;
    if (ev.type === 'signal') this.patterns.signal(ev);
    if (step) {
      this.patterns.annotate(step);
      this.connects.annotate(step);
    }
    if (!this.fold) return [{ kind: 'event', sentence: item.explanation, items: [item] }];
    if (step) {
      // Does an open story take it?
      for (let i = this.slots.length - 1; i >= 0; i--) {
        const s = this.slots[i]!;
        if ('open' in s && !s.open.done && who(ev) === s.open.pid && this.rule(s.open).accepts(s.open, step)) {
          s.open.items.push(item);
          this.held++;
          return this.drain(false);
        }
      }
    }
    // Not taken: a story ends at its own process's next unrelated event. Other processes'
    // events (a -f trace interleaves them) wait behind it for a few events only, so the
    // narrative is reordered little.
    for (const s of this.slots) {
      if (!('open' in s) || s.open.done) continue;
      const o = s.open;
      // Tracer and kernel messages belong to no process and never end a story.
      if (fromProcess(ev) && who(ev) === o.pid) o.done = true;
      else if (++o.passed > this.rule(o).lookahead) o.done = true;
    }
    const started = step ? this.start(step) : undefined;
    this.slots.push(started ? { open: started } : { single: item });
    this.held++;
    return this.drain(false);
  }

  /** Emits whatever is still held. */
  end(): Story[] {
    for (const s of this.slots) if ('open' in s) s.open.done = true;
    return this.drain(true);
  }

  private rule(o: Open): StoryRule {
    return this.ruleOf.get(o.kind)!;
  }

  private start(step: Step): Open | undefined {
    for (const r of this.rules) {
      const o = r.start(step);
      if (o) return o;
    }
    return undefined;
  }

  private drain(force: boolean): Story[] {
    if (this.held > MAX_HELD) force = true;
    // Most pushes complete nothing: the oldest story is still open.
    const oldest = this.slots[0];
    if (oldest === undefined || (!force && 'open' in oldest && !oldest.open.done)) return NOTHING;
    const out: Story[] = [];
    while (this.slots.length) {
      const s = this.slots[0]!;
      if ('open' in s && !s.open.done && !force) break;
      this.slots.shift();
      if ('single' in s) {
        this.held--;
        out.push({ kind: 'event', sentence: s.single.explanation, items: [s.single] });
      } else {
        this.held -= s.open.items.length;
        const o = s.open;
        out.push(...this.rule(o).close(o, () => o.items.map((i) => ({ kind: 'event' as const, sentence: i.explanation, items: [i] }))));
      }
    }
    return out;
  }
}
