// Writes src/report/fonts/*-subset.ttf: the fonts the PDF report embeds, cut
// from the dejavu-fonts-ttf package to what the report can draw. Run after
// changing the font package or the coverage table:
//   npx tsx scripts/generate-font-coverage.ts && npx tsx scripts/generate-report-fonts.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REPORT_FONT_FILES, readSourceFontFiles } from '../src/report/load-fonts-node.ts';
import { subsetReportFonts } from './report-fonts.ts';

const fonts = await subsetReportFonts(readSourceFontFiles());
for (const style of ['regular', 'bold'] as const) {
  const target = fileURLToPath(new URL(`../src/report/fonts/${REPORT_FONT_FILES[style]}`, import.meta.url));
  const previous = (() => {
    try {
      return new Uint8Array(readFileSync(target));
    } catch {
      return new Uint8Array();
    }
  })();
  if (Buffer.compare(previous, fonts[style]) === 0) {
    console.log(`${target}: up to date (${fonts[style].length} bytes).`);
  } else {
    writeFileSync(target, fonts[style]);
    console.log(`${target}: written (${fonts[style].length} bytes).`);
  }
}
