import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ReportFonts } from './report-types.ts';

// Node only (tests, scripts, measurements): the browser uses load-fonts-browser.ts.
const require = createRequire(import.meta.url);

function fontPackageVersion(): string {
  const manifest = JSON.parse(readFileSync(require.resolve('dejavu-fonts-ttf/package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** The font package and version the coverage table was generated from. */
export const FONT_PACKAGE = `dejavu-fonts-ttf ${fontPackageVersion()}`;

/** The report fonts read from node_modules. */
export function readReportFontFiles(): ReportFonts {
  const read = (file: string) => new Uint8Array(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)));
  return { regular: read('DejaVuSans.ttf'), bold: read('DejaVuSans-Bold.ttf') };
}

/** The same as the browser loader's promise, for tests. */
export async function loadReportFontsNode(): Promise<ReportFonts> {
  return readReportFontFiles();
}
