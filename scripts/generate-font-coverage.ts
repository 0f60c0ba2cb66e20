// Writes src/report/font-coverage.ts: which characters the report's fonts can
// draw, so the app can warn about the others without loading a font.
// Run after changing the font package: npx tsx scripts/generate-font-coverage.ts
import { fileURLToPath } from 'node:url';
import { fontCoverageSource } from './fonts/font-coverage-source.ts';
import { FONT_PACKAGE, readSourceFontFiles } from './fonts/load-fonts-node.ts';
import { writeIfChanged } from './write-if-changed.ts';

const fonts = readSourceFontFiles();
writeIfChanged(
  fileURLToPath(new URL('../src/report/font-coverage.ts', import.meta.url)),
  fontCoverageSource(fonts.regular, fonts.bold, FONT_PACKAGE),
  'src/report/font-coverage.ts',
);
