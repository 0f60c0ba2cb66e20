import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../scoring/score-assessment.ts';
import { buildReport } from './build-report.ts';
import { readReportFontFiles } from '../../scripts/fonts/load-fonts-node.ts';
import { frameFor } from './page-layout.ts';
import { FOOTER_RULE_FROM_BOTTOM } from './page-furniture.ts';
import { joined, pdfInfo, pdfText, pdfWords } from './pdf.test-support.ts';
import type { Paper } from './report-types.ts';
import { largeInput, TYPICAL_ANSWERS, typicalInput } from './fixtures.test-support.ts';

const fonts = readReportFontFiles();

/**
 * Every word inside the side margins, and either clear above the footer's
 * rule or in the footer below it: nothing runs off the page, and nothing
 * reaches into the footer.
 */
function expectInsideTheFrame(bytes: Uint8Array, paper: Paper): void {
  const { left, right, pageHeight } = frameFor(paper);
  const rule = pageHeight - FOOTER_RULE_FROM_BOTTOM;
  const { pages, words } = pdfWords(bytes);
  expect(pages.length).toBeGreaterThan(0);
  const misplaced = words.filter((word) => {
    const inFooter = word.yMin >= rule && word.yMax <= pageHeight - 20;
    const inBody = word.yMax <= rule - 2 && word.yMin >= 20;
    return word.xMin < left - 0.5 || word.xMax > right + 0.5 || !(inFooter || inBody);
  });
  expect(misplaced.slice(0, 5)).toEqual([]);
  for (let page = 1; page <= pages.length; page += 1) {
    const footer = words.filter((word) => word.page === page && word.yMin >= rule).map((word) => word.text);
    expect(footer.join(' ')).toContain(`Page ${page} of ${pages.length}`);
  }
}

// A note of numbered words: the words read back must be all of them, in order.
const NOTE_WORDS = Array.from({ length: 3000 }, (_, index) => `w${String(index).padStart(5, '0')}`);
const NOTE = NOTE_WORDS.map((word, index) => (index % 40 === 39 ? `${word}.\n` : `${word} `))
  .join('')
  .slice(0, 20_000);
const URL = `https://example.org/evidence/${'a1b2c3d4e5'.repeat(28)}`.slice(0, 300);

describe('pagination', () => {
  it('prints a 20,000-character note and a 300-character URL in full, on pages that keep to the frame', async () => {
    const base = await typicalInput();
    const answers = {
      ...TYPICAL_ANSWERS,
      'harm-identification': { value: 'in-place', notes: NOTE },
      'misuse-scenarios': { value: 'planned', notes: URL },
    };
    const assessment = { ...base.assessment, answers, context: { ...base.assessment.context, description: URL } };
    const bytes = await buildReport({ ...base, assessment, result: scoreAssessment(base.questionnaire, answers) }, { fonts });
    const all = pdfText(bytes);
    // The evidence register quotes the start of the note; the answers print it whole.
    const text = all.slice(all.indexOf('Every question shown to the assessor'));
    const expectedWords = NOTE.match(/w\d{5}/g) ?? [];
    expect(NOTE.length).toBe(20_000);
    expect(text.match(/w\d{5}/g)).toEqual(expectedWords);
    expect(URL.length).toBe(300);
    // On the cover (the description), in the evidence register and with the answer.
    expect(joined(all).split(URL).length - 1).toBe(3);
    const pages = Number(pdfInfo(bytes).Pages);
    expect(pages).toBeGreaterThan(20);
    expect(pages).toBeLessThan(32);
    expectInsideTheFrame(bytes, 'a4');
  }, 60_000);

  it('prints 400 questions, each once, on pages that keep to the frame', async () => {
    const input = largeInput(400);
    const bytes = await buildReport(input, { fonts });
    const squeezed = pdfText(bytes).replace(/\s+/g, '');
    for (let index = 1; index <= 400; index += 1) {
      // In the evidence register and the answers; and twice in the action plan (question, generic action) unless it has the best answer.
      expect(squeezed.split(`Issafeguard${index}documented`).length - 1, `question ${index}`).toBe(index % 3 === 0 ? 2 : 4);
    }
    const pages = Number(pdfInfo(bytes).Pages);
    expect(pages).toBeGreaterThan(60);
    expect(pages).toBeLessThan(130);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    expectInsideTheFrame(bytes, 'a4');
  }, 60_000);

  it('keeps to the frame on US Letter too', async () => {
    const bytes = await buildReport({ ...largeInput(40), paper: 'letter' }, { fonts });
    expect(pdfInfo(bytes)['Page size']).toContain('letter');
    expect(bytes.length).toBeLessThan(200 * 1024);
    expectInsideTheFrame(bytes, 'letter');
  }, 60_000);
});
