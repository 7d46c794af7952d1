// Key bindings as data: a command enum, the default binding of each command, and the
// description the help screen shows. Components ask "which command is this key?" and
// never compare escape codes themselves.

import type { Key } from 'ink';

export enum Command {
  Up = 'up',
  Down = 'down',
  PageUp = 'page-up',
  PageDown = 'page-down',
  First = 'first',
  Last = 'last',
  Open = 'open',
  Back = 'back',
  Quit = 'quit',
  NextView = 'next-view',
  PrevView = 'prev-view',
  Search = 'search',
  SearchNext = 'search-next',
  SearchPrev = 'search-prev',
  FailedOnly = 'failed-only',
  FilterProcess = 'filter-process',
  FilterSyscall = 'filter-syscall',
  ClearFilters = 'clear-filters',
  Help = 'help',
  ExplainRows = 'explain-rows',
  RawLines = 'raw-lines',
  Expand = 'expand',
  Slowest = 'slowest',
  Left = 'left',
  Right = 'right',
}

/** Named keys Ink reports as flags rather than text. */
export type NamedKey = 'up' | 'down' | 'left' | 'right' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'escape' | 'tab' | 'shiftTab';

export interface Binding {
  command: Command;
  /** Printable keys (`j`, `G`, `?`). */
  chars?: string[];
  named?: NamedKey[];
  /** How the help screen writes the keys. */
  label: string;
  description: string;
}

export const DEFAULT_BINDINGS: readonly Binding[] = [
  { command: Command.Up, chars: ['k'], named: ['up'], label: '↑ k', description: 'previous row' },
  { command: Command.Down, chars: ['j'], named: ['down'], label: '↓ j', description: 'next row' },
  { command: Command.Left, chars: ['h'], named: ['left'], label: '← h', description: 'timeline: the previous mark in the lane (a blocking call, a failure, a signal)' },
  { command: Command.Right, chars: ['l'], named: ['right'], label: '→ l', description: 'timeline: the next mark in the lane' },
  { command: Command.PageUp, named: ['pageUp'], label: 'PgUp', description: 'one screen up' },
  { command: Command.PageDown, chars: [' '], named: ['pageDown'], label: 'PgDn space', description: 'one screen down' },
  { command: Command.First, chars: ['g'], named: ['home'], label: 'g Home', description: 'first row' },
  { command: Command.Last, chars: ['G'], named: ['end'], label: 'G End', description: 'last row' },
  { command: Command.Open, named: ['return'], label: 'Enter', description: 'open: event details, a finding\'s events, a process\'s or socket\'s events; timeline: the mark in the event list' },
  { command: Command.Back, named: ['escape'], label: 'Esc', description: 'go back (close details, help, search)' },
  { command: Command.Quit, chars: ['q'], label: 'q', description: 'go back; quit from the event list' },
  { command: Command.NextView, named: ['tab'], label: 'Tab', description: 'next view: events, findings, processes, sockets/fds, timeline' },
  { command: Command.PrevView, named: ['shiftTab'], label: 'Shift-Tab', description: 'previous view' },
  { command: Command.Search, chars: ['/'], label: '/', description: 'search: syscall, path, address, errno or any text (call: errno: pid: fd: narrow it)' },
  { command: Command.SearchNext, chars: ['n'], label: 'n', description: 'next match' },
  { command: Command.SearchPrev, chars: ['N'], label: 'N', description: 'previous match' },
  { command: Command.FailedOnly, chars: ['f'], label: 'f', description: 'toggle failed calls only' },
  { command: Command.FilterProcess, chars: ['p'], label: 'p', description: 'filter by the selected event\'s process (again: clear it)' },
  { command: Command.FilterSyscall, chars: ['s'], label: 's', description: 'filter by the selected syscall; again: by its class (file, network, ...); again: clear' },
  { command: Command.ClearFilters, chars: ['c'], label: 'c', description: 'clear all filters' },
  { command: Command.Expand, chars: ['x'], label: 'x', description: 'story: open the selected fold (its calls show under it); again: close it' },
  { command: Command.RawLines, chars: ['r'], label: 'r', description: 'raw lines: one row per trace line instead of the folded story (again: the story)' },
  { command: Command.ExplainRows, chars: ['e'], label: 'e', description: 'raw lines told as plain-language sentences instead of the calls (again: the calls)' },
  { command: Command.Slowest, chars: ['d'], label: 'd', description: 'jump to the slowest call (by duration, strace -T); again: the next slowest' },
  { command: Command.Help, chars: ['?'], label: '?', description: 'this help' },
];

function namedOf(key: Key): NamedKey | undefined {
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.pageUp) return 'pageUp';
  if (key.pageDown) return 'pageDown';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.return) return 'return';
  if (key.escape) return 'escape';
  if (key.tab) return key.shift ? 'shiftTab' : 'tab';
  return undefined;
}

/** The command bound to a key press, if any. */
export function commandFor(input: string, key: Key, bindings: readonly Binding[] = DEFAULT_BINDINGS): Command | undefined {
  const named = namedOf(key);
  // Ink reports Esc with meta set; only printable keys are refused with a modifier.
  if (!named && (key.ctrl || key.meta)) return undefined;
  for (const b of bindings) {
    if (named ? b.named?.includes(named) : b.chars?.includes(input)) return b.command;
  }
  return undefined;
}

/**
 * Commands for one input event. A held-down key or a fast typist can deliver several
 * characters in one read (`jjj`): each is a key press.
 */
export function commandsFor(input: string, key: Key, bindings: readonly Binding[] = DEFAULT_BINDINGS): Command[] {
  const one = commandFor(input, key, bindings);
  if (one || namedOf(key) || input.length <= 1) return one ? [one] : [];
  const out: Command[] = [];
  for (const ch of input) {
    const k: Key = { ...key, shift: ch !== ch.toLowerCase(), tab: ch === '\t', return: ch === '\r' || ch === '\n' };
    const c = commandFor(ch, k, bindings);
    if (c) out.push(c);
  }
  return out;
}

/** Commands the status bar suggests, in order. */
export const HINT: readonly Command[] = [Command.Help, Command.Search, Command.FailedOnly, Command.Expand, Command.RawLines, Command.Slowest, Command.NextView, Command.Quit];

export function labelOf(command: Command, bindings: readonly Binding[] = DEFAULT_BINDINGS): string {
  return bindings.find((b) => b.command === command)?.label ?? '';
}
