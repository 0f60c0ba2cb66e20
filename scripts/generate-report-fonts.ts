// Writes src/report/fonts/*-subset.ttf: the fonts the PDF report embeds, cut
// from the dejavu-fonts-ttf package to what the report can draw. Run after
// changing the font package or the coverage table:
//   npx tsx scripts/generate-font-coverage.ts && npx tsx scripts/generate-report-fonts.ts
import { fileURLToPath } from 'node:url';
import { REPORT_FONT_FILES, readSourceFontFiles } from './fonts/load-fonts-node.ts';
import { subsetReportFonts } from './report-fonts.ts';
import { writeIfChanged } from './write-if-changed.ts';

const fonts = await subsetReportFonts(readSourceFontFiles());
for (const style of ['regular', 'bold'] as const) {
  const file = `src/report/fonts/${REPORT_FONT_FILES[style]}`;
  writeIfChanged(fileURLToPath(new URL(`../${file}`, import.meta.url)), fonts[style], file);
}
