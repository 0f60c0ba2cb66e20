// Writes src/report/font-coverage.ts: which characters the report's fonts can
// draw, so the app can warn about the others without loading a font.
// Run after changing the font package: npx tsx scripts/generate-font-coverage.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fontCoverageSource } from '../src/report/font-coverage-source.ts';
import { FONT_PACKAGE, readSourceFontFiles } from '../src/report/load-fonts-node.ts';

const target = fileURLToPath(new URL('../src/report/font-coverage.ts', import.meta.url));
const fonts = readSourceFontFiles();
const source = fontCoverageSource(fonts.regular, fonts.bold, FONT_PACKAGE);
const previous = (() => {
  try {
    return readFileSync(target, 'utf8');
  } catch {
    return '';
  }
})();
if (previous === source) {
  console.log('src/report/font-coverage.ts is up to date.');
} else {
  writeFileSync(target, source);
  console.log('Wrote src/report/font-coverage.ts.');
}
