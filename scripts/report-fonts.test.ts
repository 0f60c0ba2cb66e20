import { describe, expect, it } from 'vitest';
import { FONT_COVERAGE } from '../src/report/font-coverage.ts';
import { readReportFontFiles, readSourceFontFiles } from './fonts/load-fonts-node.ts';
import { readCmapRanges } from './fonts/read-cmap.ts';
import { coverageText, subsetReportFonts } from './report-fonts.ts';

describe('the report fonts (src/report/fonts/)', () => {
  const committed = readReportFontFiles();

  it('are what scripts/generate-report-fonts.ts makes from the font package (run it if this fails)', async () => {
    const made = await subsetReportFonts(readSourceFontFiles());
    expect(Buffer.compare(made.regular, committed.regular), 'regular').toBe(0);
    expect(Buffer.compare(made.bold, committed.bold), 'bold').toBe(0);
  });

  it('map exactly the characters of the coverage table, in both weights', () => {
    const flat = (font: Uint8Array) => readCmapRanges(font).flat();
    expect(flat(committed.regular)).toEqual([...FONT_COVERAGE]);
    expect(flat(committed.bold)).toEqual([...FONT_COVERAGE]);
  });

  it('are about half the size of the fonts they are cut from', () => {
    const source = readSourceFontFiles();
    expect(committed.regular.length / source.regular.length).toBeLessThan(0.55);
    expect(committed.bold.length / source.bold.length).toBeLessThan(0.55);
    expect([...coverageText()].length).toBe(
      FONT_COVERAGE.reduce((sum, value, index) => sum + (index % 2 ? value - (FONT_COVERAGE[index - 1] ?? 0) + 1 : 0), 0),
    );
  });
});
