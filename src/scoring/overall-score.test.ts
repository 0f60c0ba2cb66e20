import { describe, expect, it } from 'vitest';
import { buildQuestionnaire } from './build-questionnaire.test-support.ts';
import { scoreAssessment } from './score-assessment.ts';

const yesNo = [
  { value: 'yes', score: 1 },
  { value: 'no', score: 0 },
];

const questionnaire = buildQuestionnaire([
  { id: 'gate', weight: 0, questions: [{ id: 'extra', options: yesNo }] },
  { id: 'a', weight: 3, questions: [{ id: 'a1', options: yesNo, notApplicable: true }] },
  { id: 'b', weight: 1, questions: [{ id: 'b1', options: yesNo, notApplicable: true }] },
  {
    id: 'module',
    weight: 4,
    visibleWhen: { question: 'extra', equals: 'yes' },
    questions: [{ id: 'm1', options: yesNo }],
  },
]);

const na = { notApplicable: true, justification: 'Does not apply.' };

describe('overall score', () => {
  it('averages the sections taking part, weighted by section weight', () => {
    // a = 100, b = 0; gate scores 100 but has weight 0; module hidden.
    // Overall = (3 × 100 + 1 × 0) / (3 + 1) = 75.
    const result = scoreAssessment(questionnaire, { extra: { value: 'no' }, a1: { value: 'yes' }, b1: { value: 'no' } });
    expect(result.score).toBe(75);
    expect(result.scoredSections).toBe(2);
    expect(result.sections.map((section) => [section.id, section.score, section.takesPart, section.share])).toEqual([
      ['gate', 0, false, 0],
      ['a', 100, true, 0.75],
      ['b', 0, true, 0.25],
      ['module', null, false, 0],
    ]);
    expect(result.sections[3]?.visible).toBe(false);
  });

  it('gives a shown conditional section its weight', () => {
    // (3 × 100 + 1 × 0 + 4 × 0) / 8 = 37.5
    const result = scoreAssessment(questionnaire, { extra: { value: 'yes' }, a1: { value: 'yes' }, b1: { value: 'no' } });
    expect(result.score).toBe(37.5);
    expect(result.scoredSections).toBe(3);
  });

  it('leaves a section whose questions are all N/A out, and the others share its weight', () => {
    const result = scoreAssessment(questionnaire, { extra: { value: 'no' }, a1: na, b1: { value: 'yes' } });
    expect(result.sections[1]?.score).toBeNull();
    expect(result.score).toBe(100);
    expect(result.scoredSections).toBe(1);
  });

  it('is null, with no band, when no section takes part', () => {
    const result = scoreAssessment(questionnaire, { extra: { value: 'no' }, a1: na, b1: na });
    expect(result.score).toBeNull();
    expect(result.scoredSections).toBe(0);
    expect(result.numericBand).toBeNull();
    expect(result.band).toBeNull();
  });

  it('reaches exactly 100 with awkward weights', () => {
    const awkward = buildQuestionnaire([
      {
        id: 'x',
        weight: 0.1,
        questions: [
          { id: 'x1', weight: 0.7, options: yesNo },
          { id: 'x2', weight: 0.1, options: yesNo },
        ],
      },
      { id: 'y', weight: 0.2, questions: [{ id: 'y1', weight: 0.3, options: yesNo }] },
    ]);
    const result = scoreAssessment(awkward, { x1: { value: 'yes' }, x2: { value: 'yes' }, y1: { value: 'yes' } });
    expect(result.score).toBe(100);
    expect(result.band?.label).toBe('Ready');
  });
});
