import { describe, expect, it } from 'vitest';
import { buildQuestionnaire } from './build-questionnaire.test-support.ts';
import { scoreAssessment } from './score-assessment.ts';

const yesNo = [
  { value: 'yes', score: 2 },
  { value: 'no', score: 0 },
];

const questionnaire = buildQuestionnaire([
  {
    id: 'about',
    weight: 0,
    questions: [
      { id: 'name', kind: 'text' },
      { id: 'remarks', kind: 'text', required: false },
    ],
  },
  {
    id: 'checks',
    questions: [
      { id: 'owner', options: yesNo },
      { id: 'optional-scored', options: yesNo, required: false },
      { id: 'audit', options: yesNo, notApplicable: true },
      { id: 'detail', options: yesNo, visibleWhen: { question: 'owner', equals: 'yes' } },
    ],
  },
]);

describe('completeness', () => {
  it('expects required questions and scored ones, not optional unscored ones', () => {
    const result = scoreAssessment(questionnaire, {});
    expect(result.completeness.counts).toEqual({ answered: 0, toAnswer: 4, notApplicable: 0, optional: 1, total: 5 });
    expect(result.completeness.ratio).toBe(0);
    expect(result.completeness.missing.map((missing) => missing.questionId)).toEqual(['name', 'owner', 'optional-scored', 'audit']);
    expect(result.isDraft).toBe(true);
    expect(result.sections.map((section) => [section.counts.total, section.counts.answered, section.counts.toAnswer])).toEqual([
      [2, 0, 1],
      [3, 0, 3],
    ]);
  });

  it('counts an allowed N/A as an answer, and includes follow-ups once shown', () => {
    const result = scoreAssessment(questionnaire, {
      name: { value: 'Acme' },
      owner: { value: 'yes' },
      'optional-scored': { value: 'no' },
      audit: { notApplicable: true, justification: 'None.' },
    });
    expect(result.completeness.counts).toEqual({ answered: 3, toAnswer: 1, notApplicable: 1, optional: 1, total: 6 });
    expect(result.completeness.ratio).toBe(0.8);
    expect(result.completeness.missing).toEqual([{ questionId: 'detail', number: '2.4', text: 'Question detail?', sectionId: 'checks' }]);
    expect(result.isDraft).toBe(true);
  });

  it('is final once every expected question is answered', () => {
    const result = scoreAssessment(questionnaire, {
      name: { value: 'Acme' },
      owner: { value: 'no' },
      'optional-scored': { value: 'no' },
      audit: { value: 'yes' },
    });
    expect(result.completeness).toEqual({
      counts: { answered: 4, toAnswer: 0, notApplicable: 0, optional: 1, total: 5 },
      ratio: 1,
      missing: [],
    });
    expect(result.isDraft).toBe(false);
  });

  it('does not take blank text as an answer', () => {
    const result = scoreAssessment(questionnaire, { name: { value: '   ' } });
    expect(result.completeness.missing[0]?.questionId).toBe('name');
  });
});
