import { describe, expect, it } from 'vitest';
import { compareQuestionnaire } from './compare.test-support.ts';
import { scoreRange, scoresOfAnswerSet, sectionRanges } from './section-scores.ts';

const questionnaire = compareQuestionnaire();

describe('scoresOfAnswerSet', () => {
  it('gives the scoring engine’s overall and section scores, rounded', () => {
    const scores = scoresOfAnswerSet(questionnaire, {
      oversight: { value: 'verified' },
      testing: { value: 'in-progress' },
      channels: { value: ['email', 'phone'] },
      'kill-switch': { value: 'yes' },
      consult: { value: 'no' },
    });
    // Safety: (3×1 + 2×0.5 + 1×0.75 + 3×1) / 9 = 86.1; people: consult 0, follow-up hidden.
    expect(scores.sections).toEqual([
      { sectionId: 'safety', number: 1, title: 'Safety', score: 86 },
      { sectionId: 'people', number: 2, title: 'People', score: 0 },
    ]);
    expect(scores.overall).toBe(43);
  });
});

describe('scoreRange', () => {
  it('takes the lowest and highest of the scores present', () => {
    expect(scoreRange([40, null, 75, 52])).toEqual({ scores: [40, null, 75, 52], lowest: 40, highest: 75, range: 35 });
    expect(scoreRange([null, null])).toEqual({ scores: [null, null], lowest: null, highest: null, range: null });
    expect(scoreRange([60])).toEqual({ scores: [60], lowest: 60, highest: 60, range: 0 });
  });
});

describe('sectionRanges', () => {
  it('sets each respondent’s section score side by side with the range', () => {
    const strong = scoresOfAnswerSet(questionnaire, {
      oversight: { value: 'verified' },
      testing: { value: 'verified' },
      channels: { value: ['email', 'form', 'phone'] },
      'kill-switch': { value: 'yes' },
      consult: { value: 'yes' },
      'follow-up': { value: 'yes' },
    });
    const weak = scoresOfAnswerSet(questionnaire, { oversight: { value: 'planned' }, consult: { value: 'partly' } });
    const empty = scoresOfAnswerSet(questionnaire, { 'kill-switch': { notApplicable: true, justification: 'n/a' } });
    const ranges = sectionRanges(questionnaire, [strong, weak, empty]);
    expect(ranges.map(({ sectionId, scores, lowest, highest, range }) => ({ sectionId, scores, lowest, highest, range }))).toEqual([
      // weak: oversight 1/4 × 3 = 0.75 of 9 possible = 8; empty: kill-switch N/A leaves 6 possible, 0 earned.
      { sectionId: 'safety', scores: [100, 8, 0], lowest: 0, highest: 100, range: 100 },
      // weak: consult 1/2, follow-up shown and unanswered: 0.5 of 2 = 25; empty: consult unanswered, follow-up hidden.
      { sectionId: 'people', scores: [100, 25, 0], lowest: 0, highest: 100, range: 100 },
    ]);
  });
});
