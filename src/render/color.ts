// ANSI styling for the text renderers, or none. The model never carries colour; a
// renderer asks for a palette and applies it to text it has already sanitised.

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
