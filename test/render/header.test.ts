import { describe, expect, it } from 'vitest';
import { renderHeaderText } from '../../src/render/text.js';

describe('renderHeaderText', () => {
  it('names up to three files, and a longer -ff set by its first and last file and its size', () => {
    const files = Array.from({ length: 44 }, (_, i) => `t.txt.${String(6537 + i)}`);
    expect(renderHeaderText({ files, format: 'strace', os: 'linux' })).toBe('tracex: t.txt.6537 … t.txt.6580 (44 files) (strace, linux numbering)\n');
    expect(renderHeaderText({ files: files.slice(0, 3), format: 'strace', os: 'linux' })).toBe('tracex: t.txt.6537, t.txt.6538, t.txt.6539 (strace, linux numbering)\n');
    expect(renderHeaderText({ files: [], format: 'dtruss', os: 'darwin' })).toBe('tracex: stdin (dtruss, darwin numbering)\n');
  });
});
