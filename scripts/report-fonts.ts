import subsetFont from 'subset-font';
import { FONT_COVERAGE } from '../src/report/font-coverage.ts';
import type { ReportFonts } from '../src/report/report-types.ts';

/** Every character of the coverage table, as one string. */
export function coverageText(): string {
  let text = '';
  for (let index = 0; index < FONT_COVERAGE.length; index += 2) {
    const first = FONT_COVERAGE[index] ?? 0;
    const last = FONT_COVERAGE[index + 1] ?? -1;
    for (let code = first; code <= last; code += 1) text += String.fromCodePoint(code);
  }
  return text;
}

/**
 * The report's fonts: DejaVu Sans cut by HarfBuzz's subsetter to the
 * characters the report can draw (font-coverage.ts), glyphs renumbered,
 * outlines and hinting untouched. No layout closure: jsPDF draws one glyph per
 * character and never reads the ligature or positioning tables, so glyphs
 * reachable only through them would be dead weight.
 */
export async function subsetReportFonts(source: ReportFonts): Promise<ReportFonts> {
  const text = coverageText();
  const cut = async (font: Uint8Array) =>
    new Uint8Array(await subsetFont(Buffer.from(font), text, { targetFormat: 'truetype', noLayoutClosure: true }));
  return { regular: await cut(source.regular), bold: await cut(source.bold) };
}
