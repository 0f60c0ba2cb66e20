import { describe, expect, it } from 'vitest';
import { readReportFontFiles } from './load-fonts-node.ts';
import { buildReport } from './build-report.ts';
import { flat, pdfText } from './pdf-test-support.ts';
import { assessmentFor, GENERATED_AT, loadQuestionnaire, TIME_ZONE, TYPICAL_ANSWERS } from './test-fixtures.ts';
import { scoreAssessment } from '../scoring/score-assessment.ts';
import { warmUpInput } from './warm-up.ts';

describe('warmUpInput', () => {
  it('keeps the first section cut to three questions, scored afresh, and makes a report of them', async () => {
    const questionnaire = await loadQuestionnaire('launch-ethics');
    const assessment = assessmentFor(questionnaire, TYPICAL_ANSWERS);
    const input = { questionnaire, assessment, result: scoreAssessment(questionnaire, assessment.answers), generatedAt: GENERATED_AT, timeZone: TIME_ZONE };
    const small = warmUpInput(input);
    expect(small.questionnaire.sections.map((section) => section.id)).toEqual([questionnaire.sections[0]?.id]);
    expect(small.questionnaire.sections[0]?.questions.map((question) => question.id)).toEqual(
      questionnaire.sections[0]?.questions.slice(0, 3).map((question) => question.id),
    );
    expect(small.result).toEqual(scoreAssessment(small.questionnaire, assessment.answers));
    // The real input is left as it was.
    expect(input.questionnaire.sections.length).toBeGreaterThan(1);
    const text = flat(pdfText(await buildReport(small, { fonts: readReportFontFiles() })));
    expect(text).toContain(flat(questionnaire.sections[0]?.questions[0]?.text ?? 'no question'));
    expect(text).not.toContain(flat(questionnaire.sections[1]?.title ?? 'no section'));
  });
});
