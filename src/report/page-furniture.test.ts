import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.ts';
import { readReportFontFiles } from '../../scripts/fonts/load-fonts-node.ts';
import { fitted } from './page-furniture.ts';
import { pdfText } from './pdf.test-support.ts';
import { registerFonts } from './register-fonts.ts';
import { measureFor } from './text-block.ts';
import { typicalInput } from './fixtures.test-support.ts';
import { TYPE } from './theme.ts';

const fonts = readReportFontFiles();

function documentWithFonts(): jsPDF {
  const doc = new jsPDF({ unit: 'pt', format: 'a4' });
  registerFonts(doc, fonts);
  return doc;
}

describe('fitting the project name into the header and footer', () => {
  it('keeps the longest start of the name that fits, with an ellipsis', () => {
    const doc = documentWithFonts();
    const measure = measureFor(doc, TYPE.furniture);
    expect(fitted(doc, 'Street Lens', 200)).toBe('Street Lens');
    for (const name of ['Street Lens pilot in forty shops across the north of England', 'Ωmega Привет “quoted” — ✓ Łódź '.repeat(4)]) {
      const short = fitted(doc, name, 120);
      expect(short.endsWith('…')).toBe(true);
      expect(measure(short)).toBeLessThanOrEqual(120);
      // One more character would not have fitted (spaces at the cut are dropped).
      const kept = short.slice(0, -1);
      const next = Array.from(name)
        .slice(0, Array.from(kept).length + 1)
        .join('');
      expect(name.startsWith(kept)).toBe(true);
      expect(measure(`${next.trimEnd()}…`) > 120 || next.trimEnd() === kept).toBe(true);
    }
  });

  it('fits a 100,000-character name in a time that grows with its length, not its square', () => {
    const doc = documentWithFonts();
    const name = 'Long project name '.repeat(6000).slice(0, 100_000);
    const started = performance.now();
    const short = fitted(doc, name, 250);
    // Measured at about 30 ms here; cutting one character at a time took minutes.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(measureFor(doc, TYPE.furniture)(short)).toBeLessThanOrEqual(250);
  });

  it('makes the report of a project with a 5,000-character name in under 2 seconds, the name shortened on every page', async () => {
    const base = await typicalInput();
    const project = 'Street Lens pilot '.repeat(300).slice(0, 5_000);
    const started = performance.now();
    const bytes = await buildReport(
      { ...base, assessment: { ...base.assessment, context: { ...base.assessment.context, project } } },
      { fonts },
    );
    // About 1 s on a busy 2-core machine; the quadratic fitting took 30 s.
    expect(performance.now() - started).toBeLessThan(2_000 * (process.env.CI ? 2 : 1));
    const text = pdfText(bytes);
    expect(text.match(/Street Lens pilot[^\n]*… · launch-ethics@2\.0\.0/g)?.length).toBeGreaterThan(10);
  }, 30_000);
});
