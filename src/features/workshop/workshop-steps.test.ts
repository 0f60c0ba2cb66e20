import { describe, expect, it } from 'vitest';
import { computeVisibility } from '../../questionnaire/visibility.ts';
import { buildQuestionnaire } from '../../scoring/build-questionnaire.test-support.ts';
import { positionOf, stepFrom, visibleSteps } from './workshop-steps.ts';

const yesNo = [
  { value: 'yes', score: 1 },
  { value: 'no', score: 0 },
];

// a1 decides whether a2 is asked; a3 decides whether section c is.
const questionnaire = buildQuestionnaire([
  {
    id: 'a',
    questions: [
      { id: 'a1', options: yesNo },
      { id: 'a2', options: yesNo, visibleWhen: { question: 'a1', equals: 'yes' } },
      { id: 'a3', options: yesNo },
    ],
  },
  { id: 'b', questions: [{ id: 'b1', options: yesNo }] },
  { id: 'c', visibleWhen: { question: 'a3', equals: 'yes' }, questions: [{ id: 'c1', options: yesNo }] },
  { id: 'd', questions: [{ id: 'd1', options: yesNo }] },
]);

describe('moving through the workshop', () => {
  it('goes through the shown questions only, in order, across sections', () => {
    const visibility = computeVisibility(questionnaire, {});
    expect(visibleSteps(questionnaire, visibility).map((step) => step.questionId)).toEqual(['a1', 'a3', 'b1', 'd1']);
    expect(stepFrom(questionnaire, visibility, 'a1', 1)).toEqual({ sectionId: 'a', questionId: 'a3' });
    expect(stepFrom(questionnaire, visibility, 'a3', 1)).toEqual({ sectionId: 'b', questionId: 'b1' });
    expect(stepFrom(questionnaire, visibility, 'b1', 1)).toEqual({ sectionId: 'd', questionId: 'd1' });
    expect(stepFrom(questionnaire, visibility, 'd1', -1)).toEqual({ sectionId: 'b', questionId: 'b1' });
  });

  it('takes in a question or a section as soon as an answer shows it', () => {
    const visibility = computeVisibility(questionnaire, { a1: { value: 'yes' }, a3: { value: 'yes' } });
    expect(stepFrom(questionnaire, visibility, 'a1', 1)).toEqual({ sectionId: 'a', questionId: 'a2' });
    expect(stepFrom(questionnaire, visibility, 'b1', 1)).toEqual({ sectionId: 'c', questionId: 'c1' });
    expect(stepFrom(questionnaire, visibility, 'd1', -1)).toEqual({ sectionId: 'c', questionId: 'c1' });
  });

  it('finds the way on from a question that has just been hidden', () => {
    const visibility = computeVisibility(questionnaire, { a1: { value: 'no' } });
    expect(stepFrom(questionnaire, visibility, 'a2', 1)).toEqual({ sectionId: 'a', questionId: 'a3' });
    expect(stepFrom(questionnaire, visibility, 'a2', -1)).toEqual({ sectionId: 'a', questionId: 'a1' });
  });

  it('stops at either end, and at a question it does not know', () => {
    const visibility = computeVisibility(questionnaire, {});
    expect(stepFrom(questionnaire, visibility, 'a1', -1)).toBeNull();
    expect(stepFrom(questionnaire, visibility, 'd1', 1)).toBeNull();
    expect(stepFrom(questionnaire, visibility, 'nowhere', 1)).toBeNull();
  });

  it('counts the place over what is shown: question x of y in section s of t', () => {
    const hidden = computeVisibility(questionnaire, {});
    expect(positionOf(questionnaire, hidden, { sectionId: 'a', questionId: 'a3' })).toEqual({
      question: 2,
      questions: 2,
      section: 1,
      sections: 3,
    });
    const shown = computeVisibility(questionnaire, { a1: { value: 'yes' }, a3: { value: 'yes' } });
    expect(positionOf(questionnaire, shown, { sectionId: 'a', questionId: 'a3' })).toEqual({
      question: 3,
      questions: 3,
      section: 1,
      sections: 4,
    });
    expect(positionOf(questionnaire, shown, { sectionId: 'd', questionId: 'd1' })).toEqual({
      question: 1,
      questions: 1,
      section: 4,
      sections: 4,
    });
  });
});
