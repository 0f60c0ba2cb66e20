import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { canDraw } from '../../src/report/font-coverage-lookup.ts';
import { fontCoverageSource } from './font-coverage-source.ts';
import { FONT_PACKAGE, readSourceFontFiles } from './load-fonts-node.ts';
import { readCmapRanges } from './read-cmap.ts';
import { slimFont } from '../../src/report/slim-font.ts';
import { toBinaryString } from '../../src/report/register-fonts.ts';

const fonts = readSourceFontFiles();

describe('font-coverage.ts', () => {
  it('is what scripts/generate-font-coverage.ts makes from the installed fonts (run it if this fails)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../../src/report/font-coverage.ts', import.meta.url)), 'utf8');
    expect(committed).toBe(fontCoverageSource(fonts.regular, fonts.bold, FONT_PACKAGE));
  });

  it('covers the scripts the report promises and nothing jsPDF cannot draw', () => {
    for (const char of 'AzÀÿĀžǅȳΑωЀяԀ“”‘’—–…•€✓') expect(canDraw(char.codePointAt(0) ?? 0), char).toBe(true);
    for (const char of ['日', '😀', 'ש', 'م', '\u0007']) expect(canDraw(char.codePointAt(0) ?? 0), char).toBe(false);
  });
});

describe('slimFont', () => {
  const bmp = (ranges: ReturnType<typeof readCmapRanges>) => ranges.filter(([first]) => first <= 0xffff);

  it('keeps every character of the Basic Multilingual Plane the font maps', () => {
    const slim = slimFont(fonts.regular);
    expect(readCmapRanges(slim)).toEqual(bmp(readCmapRanges(fonts.regular)));
  });

  it('leaves its input as it was', () => {
    const before = fonts.bold.slice();
    slimFont(fonts.bold);
    expect(Buffer.compare(fonts.bold, before)).toBe(0);
  });
});

describe('toBinaryString', () => {
  it('gives one character per byte, for every byte value', () => {
    const bytes = Uint8Array.from({ length: 512 }, (_, index) => index % 256);
    const text = toBinaryString(bytes);
    expect(Array.from(text, (char) => char.charCodeAt(0))).toEqual(Array.from(bytes));
  });
});
