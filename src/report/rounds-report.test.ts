import { describe, expect, it } from 'vitest';
import { readReportFontFiles } from '../../scripts/fonts/load-fonts-node.ts';
import { roundAssessment, roundsQuestionnaire } from '../compare/rounds.test-support.ts';
import { flat, pdfInfo, pdfText } from './pdf.test-support.ts';
import { buildRoundsReport, type RoundsReportInput } from './rounds-report.ts';

const fonts = readReportFontFiles();
const questionnaire = roundsQuestionnaire();

function input(): RoundsReportInput {
  const first = roundAssessment(questionnaire, 'r1', '2026-12-01', {
    q1: { value: 'partly' },
    q2: { value: 'no' },
    q3: { value: 'bad' },
  });
  const second = roundAssessment(
    questionnaire,
    'r2',
    '2027-03-01',
    { q1: { value: 'yes' }, q2: { value: 'no' }, q3: { value: 'good' } },
    { actionPlan: { q2: { owner: 'Ada', due: '', state: 'done', reason: '' } } },
  );
  return {
    questionnaire,
    assessments: [second, first],
    generatedAt: new Date('2027-03-02T09:30:00Z'),
    timeZone: 'Europe/London',
  };
}

describe('buildRoundsReport', () => {
  it('prints the rounds, the section scores over time and what changed from one round to the next', async () => {
    const bytes = await buildRoundsReport(input(), { fonts });
    const text = flat(pdfText(bytes));
    expect(text).toContain('ROUNDS COMPARED');
    expect(text).toContain('Round 1 1 December 2026 · Street Lens · answered on version 1.0.0 · score 13, Not ready');
    expect(text).toContain('Round 2 1 March 2027');
    expect(text).toContain('1. Purpose 25 Not ready 50 Launch with conditions');
    expect(text).toContain('From Round 1 to Round 2');
    expect(text).toContain('Overall score 13 → 75 (up 62)');
    expect(text).toContain('Data 0 100 up 100');
    expect(text).toContain('Was: Partly Now: Yes');
    expect(text).toContain('Actions closed (3)');
    expect(text).toContain('1.2 Do users know?: marked done.');
    expect(text).toContain('Red flags cleared (1)');
    expect(text).toContain('1.1 Written purpose (must-have not met)');
    expect(pdfInfo(bytes).Title).toBe('Rounds compared: Street Lens');
  });

  it('gives the same bytes for the same input', async () => {
    const [a, b] = await Promise.all([buildRoundsReport(input(), { fonts }), buildRoundsReport(input(), { fonts })]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('refuses to compare nothing, in words', async () => {
    await expect(buildRoundsReport({ ...input(), assessments: [] }, { fonts })).rejects.toThrow(
      'Choose at least one assessment to compare.',
    );
  });
});
