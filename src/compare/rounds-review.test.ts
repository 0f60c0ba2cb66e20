import { describe, expect, it } from 'vitest';
import { answersToReview, confirmAnswers, isToReview, withAnswersChanged } from './rounds-review.ts';
import { startNextRound } from './rounds-start.ts';
import { roundAssessment, roundsQuestionnaire } from './rounds.test-support.ts';

const questionnaire = roundsQuestionnaire();

function secondRound() {
  const first = roundAssessment(questionnaire, 'r1', '2026-12-01', {
    q1: { value: 'partly' },
    q2: { value: 'no', notes: 'Not yet' },
    q3: { value: 'bad' },
    q4: { value: 'Shops only' },
  });
  return startNextRound(first, questionnaire, 'r2', new Date('2027-03-01T10:00:00Z'), '2027-03-01').assessment;
}

describe('answers marked for review', () => {
  it('lists the carried answers still to review, in questionnaire order', () => {
    expect(answersToReview(questionnaire, secondRound())).toEqual(['q1', 'q2', 'q3', 'q4']);
  });

  it('has nothing to review on a first round', () => {
    const first = roundAssessment(questionnaire, 'r1', '2026-12-01', { q1: { value: 'yes' } });
    expect(answersToReview(questionnaire, first)).toEqual([]);
    expect(isToReview(first, 'q1')).toBe(false);
  });

  it('takes a confirmed answer off the list and keeps it as it was', () => {
    const round = confirmAnswers(secondRound(), ['q2', 'q4']);
    expect(answersToReview(questionnaire, round)).toEqual(['q1', 'q3']);
    expect(round.answers.q2).toEqual({ value: 'no', notes: 'Not yet' });
    expect(isToReview(round, 'q1')).toBe(true);
    expect(isToReview(round, 'q2')).toBe(false);
  });

  it('takes a changed answer off the list, and leaves answers given the same again on it', () => {
    const round = secondRound();
    // The form reads an answer back with its keys in another order: that is no change.
    const answers = { ...round.answers, q1: { value: 'yes' }, q2: { notes: 'Not yet', value: 'no' } };
    const changed = withAnswersChanged(round, answers);
    expect(changed.answers.q1).toEqual({ value: 'yes' });
    expect(changed.round?.toReview).toEqual(['q2', 'q3', 'q4']);
  });

  it('takes a cleared answer off the list: there is nothing left to review', () => {
    const round = secondRound();
    const answers = { ...round.answers };
    delete answers.q4;
    expect(withAnswersChanged(round, answers).round?.toReview).toEqual(['q1', 'q2', 'q3']);
  });

  it('returns the same assessment when nothing was confirmed', () => {
    const round = secondRound();
    expect(confirmAnswers(round, ['q9'])).toBe(round);
  });
});
