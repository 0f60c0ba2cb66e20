import { describe, expect, it } from 'vitest';
import { buildQuestion } from '../scoring/build-questionnaire.test-support.ts';
import { countAnswers, countStatus, describeCounts, doneRatio } from './answer-counts.ts';

const scored = buildQuestion({ id: 'scored', options: [{ value: 'a', score: 1 }], required: false }, 's', '1.1');
const required = buildQuestion({ id: 'required', kind: 'text' }, 's', '1.2');
const optional = buildQuestion({ id: 'optional', kind: 'text', required: false }, 's', '1.3');
const allowsNa = buildQuestion({ id: 'na', options: [{ value: 'a', score: 1 }], notApplicable: true }, 's', '1.4');

describe('countAnswers', () => {
  it('puts every shown question in exactly one of four counts', () => {
    expect(countStatus(scored, undefined)).toBe('to-answer'); // optional, but it scores: blank counts 0
    expect(countStatus(required, { value: '  ' })).toBe('to-answer');
    expect(countStatus(optional, undefined)).toBe('optional');
    expect(countStatus(optional, { value: 'Said something' })).toBe('answered');
    expect(countStatus(allowsNa, { notApplicable: true, justification: 'Why' })).toBe('not-applicable');
    expect(countStatus(scored, { notApplicable: true })).toBe('to-answer'); // not offered there
  });

  it('adds them up and says them the same way everywhere', () => {
    const counts = countAnswers([
      { question: scored, answer: { value: 'a' } },
      { question: required, answer: undefined },
      { question: optional, answer: undefined },
      { question: allowsNa, answer: { notApplicable: true, justification: 'No users.' } },
    ]);
    expect(counts).toEqual({ answered: 1, toAnswer: 1, notApplicable: 1, optional: 1, total: 4 });
    expect(describeCounts(counts)).toBe('1 answered, 1 to answer, 1 not applicable, 1 optional left blank (of 4 questions)');
    expect(doneRatio(counts)).toBeCloseTo(2 / 3, 10);
    expect(doneRatio(countAnswers([]))).toBe(1);
  });
});
