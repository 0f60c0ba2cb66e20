import { describe, expect, it } from 'vitest';
import { buildQuestion } from '../scoring/build-questionnaire.test-support.ts';
import { applyExclusive } from './exclusive-options.ts';

const question = buildQuestion(
  {
    id: 'groups',
    kind: 'multiple',
    options: [
      { value: 'users', score: 1 },
      { value: 'public', score: 1 },
      { value: 'none-yet', score: 0, exclusive: true },
    ],
  },
  's',
  '1.1',
);

describe('applyExclusive', () => {
  it('clears every other choice when the exclusive option is ticked', () => {
    expect(applyExclusive(question, ['users', 'public'], ['users', 'public', 'none-yet'])).toEqual(['none-yet']);
  });

  it('clears the exclusive option when another is ticked', () => {
    expect(applyExclusive(question, ['none-yet'], ['none-yet', 'users'])).toEqual(['users']);
  });

  it('leaves ordinary changes and unticks alone', () => {
    expect(applyExclusive(question, ['users'], ['users', 'public'])).toEqual(['users', 'public']);
    expect(applyExclusive(question, ['users', 'public'], ['public'])).toEqual(['public']);
    expect(applyExclusive(question, ['none-yet'], [])).toEqual([]);
  });
});
