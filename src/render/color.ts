// ANSI styling for the text renderers, or none, and the one decision of whether to colour.
// The model never carries colour; a renderer asks for a palette and applies it to text it has
// already sanitised. The CLI asks colorLevel once per run (the browser too, for Ink).

export interface Palette {
  dim(s: string): string;
  bold(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
}

const wrap = (open: number, close: number) => (s: string): string => `\x1b[${String(open)}m${s}\x1b[${String(close)}m`;

const ANSI: Palette = {
  dim: wrap(2, 22),
  bold: wrap(1, 22),
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
  green: wrap(32, 39),
};

const id = (s: string): string => s;
const PLAIN: Palette = { dim: id, bold: id, red: id, yellow: id, cyan: id, green: id };

export function palette(color: boolean | undefined): Palette {
  return color ? ANSI : PLAIN;
}

/** `--color auto|always|never`; `false` is `--no-color`. */
export type ColorChoice = 'auto' | 'always' | 'never';

/** Colours a terminal can show, on chalk's and Node's FORCE_COLOR scale: none, 16, 256, 16 million. */
export type ColorLevel = 0 | 1 | 2 | 3;

type Env = Readonly<Record<string, string | undefined>>;

/**
 * FORCE_COLOR as Node's own tty.getColorDepth reads it: '', '1', 'true' → 16 colours, '2' → 256,
 * '3' → 16 million, anything else ('0', 'false') → none; undefined when not set.
 */
function forcedLevel(value: string | undefined): ColorLevel | undefined {
  if (value === undefined) return undefined;
  const levels: Record<string, ColorLevel> = { '': 1, '1': 1, true: 1, '2': 2, '3': 3 };
  return levels[value] ?? 0;
}

/** What the terminal advertises: COLORTERM=truecolor, a *256* TERM, else the 16 ANSI colours. */
function advertisedLevel(env: Env): ColorLevel {
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return /256/.test(env.TERM ?? '') ? 2 : 1;
}

/**
 * The one colour decision, first rule that applies: the command line (`never`/`--no-color`, `always`),
 * FORCE_COLOR (force-color.org, 0-3), NO_COLOR set and not empty (no-color.org), TERM=dumb, then
 * colour only on a terminal.
 */
export function colorLevel(choice: ColorChoice | boolean | undefined, isTTY: boolean, env: Env): ColorLevel {
  if (choice === 'never' || choice === false) return 0;
  const forced = forcedLevel(env.FORCE_COLOR);
  if (choice === 'always' || choice === true) return forced ? forced : advertisedLevel(env);
  if (forced !== undefined) return forced;
  if (env.NO_COLOR || env.TERM === 'dumb' || !isTTY) return 0;
  return advertisedLevel(env);
}

/** Colour on or off for the text renderers (which use the 16 ANSI colours). */
export function resolveColor(choice: ColorChoice | boolean | undefined, isTTY: boolean, env: Env): boolean {
  return colorLevel(choice, isTTY, env) > 0;
}
