import { describe, expect, it } from 'vitest';
import { buildReport } from '../build-report.ts';
import { readReportFontFiles } from '../../../scripts/fonts/load-fonts-node.ts';
import { flat, pdfText } from '../pdf.test-support.ts';
import { warmUpInput } from './warm-up.ts';

describe('warmUpInput', () => {
  it('makes a complete report that reaches every part: a red flag, the action plan, each kind of answer', async () => {
    const input = warmUpInput(new Date('2026-11-26T10:00:00Z'));
    expect(input.result.redFlags.map((flag) => flag.questionId)).toEqual(['owner']);
    const text = flat(pdfText(await buildReport(input, { fonts: readReportFontFiles() })));
    for (const expected of [
      'Warm-up — Łódź Ωmega Привет',
      'Is one named person accountable for harms?',
      'People who use it',
      'A line of text.',
      'Name one accountable person before launch.',
      'Ada',
      'Reviewer’s sign-off',
      'Scope and limitations',
      'Evidence register',
    ]) {
      expect(text).toContain(flat(expected));
    }
  });
});
