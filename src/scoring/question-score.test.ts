import { describe, expect, it } from 'vitest';
import { buildQuestion } from './build-questionnaire.test-support.ts';
import { rawPoints, pointsRatio, questionStatus, scoreQuestion } from './question-score.ts';

const single = buildQuestion(
  {
    id: 'single',
    weight: 2,
    notApplicable: true,
    options: [
      { value: 'none', score: 0 },
      { value: 'some', score: 1 },
      { value: 'all', score: 4 },
    ],
  },
  's',
  '1.1',
);

const multiple = buildQuestion(
  {
    id: 'multiple',
    kind: 'multiple',
    maxScore: 3,
    options: [
      { value: 'a', score: 2 },
      { value: 'b', score: 2 },
      { value: 'c', score: 1 },
    ],
  },
  's',
  '1.2',
);

describe('scoreQuestion', () => {
  it('scores a single choice as its option’s share of the maximum, times the weight', () => {
    expect(scoreQuestion(single, { value: 'some' })).toMatchObject({
      status: 'answered',
      points: 1,
      maxScore: 4,
      ratio: 0.25,
      contribution: 0.5,
      possible: 2,
      answerLabels: ['some'],
    });
  });

  it('adds up a multiple choice and caps it at maxScore', () => {
    expect(rawPoints(multiple, { value: ['a', 'c'] })).toBe(3);
    expect(rawPoints(multiple, { value: ['a', 'b', 'c'] })).toBe(3);
    expect(scoreQuestion(multiple, { value: ['c'] })).toMatchObject({ points: 1, ratio: 1 / 3 });
  });

  it('counts an unanswered question as 0 out of its weight', () => {
    expect(scoreQuestion(single, undefined)).toMatchObject({
      status: 'unanswered',
      answered: false,
      points: 0,
      ratio: 0,
      contribution: 0,
      possible: 2,
      answerLabels: null,
    });
  });

  it('leaves an allowed N/A out of both sides', () => {
    expect(scoreQuestion(single, { notApplicable: true, value: 'all' })).toMatchObject({
      status: 'not-applicable',
      answered: true,
      points: null,
      ratio: null,
      contribution: 0,
      possible: 0,
      answerLabels: null,
    });
  });

  it('treats N/A as unanswered where the question does not offer it', () => {
    expect(scoreQuestion(multiple, { notApplicable: true, value: ['a'] })).toMatchObject({
      status: 'unanswered',
      answered: false,
      points: 0,
      possible: 1,
    });
  });

  it('ignores option values the question does not offer', () => {
    expect(scoreQuestion(single, { value: 'everything' })).toMatchObject({ status: 'unanswered', points: 0 });
  });

  it('marks text and weight-0 questions as unscored', () => {
    const text = buildQuestion({ id: 'text', kind: 'text' }, 's', '1.3');
    const context = buildQuestion({ id: 'context', weight: 0, options: [{ value: 'yes', score: 2 }] }, 's', '1.4');
    expect(scoreQuestion(text, { value: 'Some words' })).toMatchObject({
      status: 'unscored',
      answered: true,
      answerLabels: null,
      possible: 0,
    });
    expect(questionStatus(context, { value: 'yes' })).toBe('unscored');
  });

  it('clamps the ratio to [0, 1]', () => {
    expect(pointsRatio(single, -2)).toBe(0);
    expect(pointsRatio(single, 9)).toBe(1);
    expect(pointsRatio(buildQuestion({ id: 't', kind: 'text' }, 's', '1.5'), 3)).toBe(0);
  });

  it('does not let floating-point noise keep a full answer below its best', () => {
    const tenths = buildQuestion(
      {
        id: 'tenths',
        kind: 'multiple',
        maxScore: 0.8,
        options: [
          { value: 'a', score: 0.7 },
          { value: 'b', score: 0.1 },
        ],
      },
      's',
      '1.6',
    );
    expect(0.7 + 0.1).toBeLessThan(0.8);
    expect(scoreQuestion(tenths, { value: ['a', 'b'] }).ratio).toBe(1);
  });
});
