import { describe, expect, it } from 'vitest';
import { readReportFontFiles } from '../../scripts/fonts/load-fonts-node.ts';
import { pdfInfo, pdfText } from './pdf.test-support.ts';
import { buildPublicSummary, publicSummaryOf } from './public-summary.ts';
import { largeInput, typicalInput } from './fixtures.test-support.ts';

const fonts = readReportFontFiles();
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the public summary', () => {
  it('states the verdict, what was assessed, the must-haves met and the open actions by area', async () => {
    const input = await typicalInput();
    const summary = publicSummaryOf(input.questionnaire, input.assessment, input.result);
    expect(summary.verdict).toMatch(/^Not ready: \d+ out of 100$/);
    expect(summary.assessed[0]).toMatch(/^Ethics from the start: \d+ \/ 100$/);
    // A must-have with a red flag is not a safeguard in place.
    const flagged = input.result.redFlags.map((flag) => flag.name);
    expect(summary.safeguards.length).toBeGreaterThan(0);
    for (const safeguard of summary.safeguards) expect(flagged).not.toContain(safeguard.name);
    const open = summary.openAreas.reduce((sum, area) => sum + area.open, 0);
    expect(open).toBe(input.result.actionPlan.length);
  });

  it('counts an action marked done or not needed as closed', async () => {
    const input = await typicalInput();
    const first = input.result.actionPlan[0];
    if (!first) throw new Error('the typical assessment has actions');
    const actionPlan = { ...input.assessment.actionPlan, [first.id]: { owner: '', due: '', state: 'done' as const, reason: '' } };
    const summary = publicSummaryOf(input.questionnaire, { ...input.assessment, actionPlan }, input.result);
    expect(summary.openAreas.reduce((sum, area) => sum + area.open, 0)).toBe(input.result.actionPlan.length - 1);
  });

  it('is one page, with no notes, reasons, owners or names unless asked', async () => {
    const input = await typicalInput();
    const bytes = buildPublicSummary(input, { fonts }, { includeNames: false });
    expect(pdfInfo(bytes).Pages).toBe('1');
    expect(pdfInfo(bytes).Title).toBe('Ethical impact assessment: public summary: Street Lens');
    const text = flat(pdfText(bytes));
    expect(text).toContain('Street Lens');
    expect(text).toContain('Acme Vision Ltd');
    for (const hidden of ['Ada Lovelace', 'Grace Hopper', 'Harms register v3', 'The pilot runs under', 'CTO acts informally'])
      expect(text).not.toContain(hidden);
    const named = flat(pdfText(buildPublicSummary(input, { fonts }, { includeNames: true })));
    expect(named).toContain('Ada Lovelace, Head of product');
  });

  it('stays on one page for 400 questions and a very long name, on A4 and Letter', () => {
    const input = largeInput(400);
    const long = {
      ...input,
      assessment: {
        ...input.assessment,
        context: { ...input.assessment.context, project: 'Name '.repeat(1000), description: 'Words '.repeat(2000) },
      },
    };
    for (const paper of ['a4', 'letter'] as const) {
      const bytes = buildPublicSummary({ ...long, paper }, { fonts }, { includeNames: false });
      expect(pdfInfo(bytes).Pages).toBe('1');
      expect(flat(pdfText(bytes))).toMatch(/and \d+ more/);
    }
  });
});
