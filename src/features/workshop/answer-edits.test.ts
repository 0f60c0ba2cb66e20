import { describe, expect, it } from 'vitest';
import { buildQuestion } from '../../scoring/build-questionnaire.test-support.ts';
import { chooseOption, toggleNotApplicable, withText } from './answer-edits.ts';

const single = buildQuestion(
  {
    id: 'stage',
    options: [
      { value: 'idea', score: 0 },
      { value: 'live', score: 2 },
    ],
    notApplicable: true,
  },
  's',
  '1.1',
);
const multiple = buildQuestion(
  {
    id: 'uses',
    kind: 'multiple',
    options: [
      { value: 'a', score: 1 },
      { value: 'b', score: 1 },
      { value: 'none', score: 2, exclusive: true },
    ],
  },
  's',
  '1.2',
);
const text = buildQuestion({ id: 'purpose', kind: 'text' }, 's', '1.3');

describe('answering by number', () => {
  it('picks one option for a pick-one question, keeping the notes', () => {
    expect(chooseOption(single, undefined, 0)).toEqual({ value: 'idea' });
    expect(chooseOption(single, { value: 'idea', notes: 'n' }, 1)).toEqual({ value: 'live', notes: 'n' });
    // Pressing the same number again keeps the choice, as clicking a chosen radio does.
    expect(chooseOption(single, { value: 'live' }, 1)).toEqual({ value: 'live' });
  });

  it('ticks and unticks on a pick-many question, with exclusive options clearing the rest', () => {
    expect(chooseOption(multiple, undefined, 0)).toEqual({ value: ['a'] });
    expect(chooseOption(multiple, { value: ['a'] }, 1)).toEqual({ value: ['a', 'b'] });
    expect(chooseOption(multiple, { value: ['a', 'b'] }, 0)).toEqual({ value: ['b'] });
    expect(chooseOption(multiple, { value: ['a', 'b'] }, 2)).toEqual({ value: ['none'] });
    expect(chooseOption(multiple, { value: ['none'] }, 0)).toEqual({ value: ['a'] });
    // Unticking the last one leaves no answer at all.
    expect(chooseOption(multiple, { value: ['a'] }, 0)).toBeUndefined();
  });

  it('ignores numbers past the options and on written questions', () => {
    expect(chooseOption(single, { value: 'idea' }, 5)).toEqual({ value: 'idea' });
    expect(chooseOption(text, { value: 'typed' }, 0)).toEqual({ value: 'typed' });
  });

  it('clears "Not applicable" when an answer is chosen, and keeps the choice when it is ticked', () => {
    expect(chooseOption(single, { notApplicable: true, justification: 'why' }, 0)).toEqual({ value: 'idea', justification: 'why' });
    expect(toggleNotApplicable(single, { value: 'idea' })).toEqual({ value: 'idea', notApplicable: true });
    expect(toggleNotApplicable(single, { value: 'idea', notApplicable: true })).toEqual({ value: 'idea' });
    expect(toggleNotApplicable(single, { notApplicable: true })).toBeUndefined();
    expect(toggleNotApplicable(multiple, undefined)).toBeUndefined();
  });

  it('stores typed text, and nothing once it is emptied', () => {
    expect(withText(undefined, 'notes', 'From the kick-off')).toEqual({ notes: 'From the kick-off' });
    expect(withText({ value: 'live', notes: 'x' }, 'notes', '')).toEqual({ value: 'live' });
    expect(withText({ value: 'x' }, 'value', '')).toBeUndefined();
  });
});
