import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ReportFonts } from '../../src/report/report-types.ts';

// Node only (tests, scripts, measurements): the browser uses load-fonts-browser.ts.
const require = createRequire(import.meta.url);

function fontPackageVersion(): string {
  const manifest = JSON.parse(readFileSync(require.resolve('dejavu-fonts-ttf/package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** The font package and version the coverage table was generated from. */
export const FONT_PACKAGE = `dejavu-fonts-ttf ${fontPackageVersion()}`;

/** The fonts as the package ships them: what the coverage table and the report's subsets are made from. */
export function readSourceFontFiles(): ReportFonts {
  const read = (file: string) => new Uint8Array(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)));
  return { regular: read('DejaVuSans.ttf'), bold: read('DejaVuSans-Bold.ttf') };
}

/** Where the report's own fonts live: subsets of the package's, cut to what the report can draw. */
export const REPORT_FONT_FILES = { regular: 'DejaVuSans-subset.ttf', bold: 'DejaVuSans-Bold-subset.ttf' } as const;

/** The fonts the report embeds, as the browser gets them (src/report/fonts/, made by scripts/generate-report-fonts.ts). */
export function readReportFontFiles(): ReportFonts {
  const read = (file: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../src/report/fonts/${file}`, import.meta.url))));
  return { regular: read(REPORT_FONT_FILES.regular), bold: read(REPORT_FONT_FILES.bold) };
}

/** The same as the browser loader's promise, for tests. */
export async function loadReportFontsNode(): Promise<ReportFonts> {
  return readReportFontFiles();
}
