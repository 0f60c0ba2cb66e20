import { describe, expect, it } from 'vitest';
import { compareAnswerSets } from './compare-answer-sets.ts';
import { compareQuestionnaire } from './compare.test-support.ts';

const questionnaire = compareQuestionnaire();

describe('compareAnswerSets', () => {
  const comparison = compareAnswerSets(questionnaire, [
    { name: 'Ada', answers: { oversight: { value: 'in-place' }, testing: { value: 'planned' }, consult: { value: 'yes' } } },
    { name: 'Ben', answers: { oversight: { value: 'planned' }, testing: { value: 'in-place' }, consult: { value: 'no' } } },
    { name: 'Cai', answers: { oversight: { value: 'verified' }, testing: { value: 'planned' }, consult: { value: 'partly' } } },
  ]);

  it('covers every question in questionnaire order, with a cell per respondent', () => {
    expect(comparison.respondents).toEqual(['Ada', 'Ben', 'Cai']);
    expect(comparison.questions.map((question) => question.number)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '2.1', '2.2']);
    expect(comparison.questions.every((question) => question.cells.length === 3)).toBe(true);
  });

  it('lists the split must-have first in "Discuss these first"', () => {
    expect(comparison.discussFirst.map((question) => [question.questionId, question.mustHaveSplit])).toEqual([
      ['oversight', true],
      ['testing', false],
      ['consult', false],
    ]);
    expect(comparison.disagreements).toBe(3);
  });

  it('gives each section’s scores and range, and the overall range', () => {
    expect(comparison.sections.map((section) => [section.sectionId, section.scores, section.range])).toEqual([
      // Ada: (3×0.75 + 2×0.25)/9 = 31; Ben: (3×0.25 + 2×0.75)/9 = 25; Cai: (3 + 0.5)/9 = 39.
      ['safety', [31, 25, 39], 14],
      // Ada: consult 1 + follow-up 0, of 2 = 50; Ben: 0 of 1 (follow-up hidden); Cai: 0.5 of 2 = 25.
      ['people', [50, 0, 25], 50],
    ]);
    expect(comparison.overall.scores).toEqual([40, 13, 32]);
    expect(comparison.overall.range).toBe(27);
  });
});
