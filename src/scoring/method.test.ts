import { describe, expect, it } from 'vitest';
import { buildQuestionnaire } from './build-questionnaire.ts';
import { describeMethod } from './method.ts';

const questionnaire = buildQuestionnaire([
  { id: 'context', title: 'Context', weight: 0, questions: [{ id: 'faces', weight: 0, options: [{ value: 'yes', score: 0, label: 'Yes' }, { value: 'no', score: 0 }] }] },
  {
    id: 'ethics',
    title: 'Ethics',
    weight: 2,
    questions: [
      {
        id: 'owner',
        text: 'Is someone accountable?',
        options: [
          { value: 'no', score: 0, label: 'No' },
          { value: 'yes', score: 2, label: 'Yes' },
        ],
        critical: { minimum: 'yes' },
      },
    ],
  },
  {
    id: 'biometrics',
    title: 'Biometrics',
    visibleWhen: { question: 'faces', equals: 'yes' },
    questions: [{ id: 'dpia', options: [{ value: 'no', score: 0 }, { value: 'yes', score: 1 }] }],
  },
]);

describe('describeMethod', () => {
  const steps = describeMethod(questionnaire);
  const step = (id: string) => steps.find((candidate) => candidate.id === id);

  it('has every step, in order', () => {
    expect(steps.map((candidate) => candidate.id)).toEqual([
      'counting',
      'question',
      'section',
      'overall',
      'rounding',
      'bands',
      'red-flags',
      'completeness',
      'action-plan',
    ]);
  });

  it('quotes the questionnaire’s own section weights and conditions', () => {
    expect(step('overall')?.items).toEqual([
      'Context (weight 0): shown for information, not counted',
      'Ethics (weight 2)',
      'Biometrics (weight 1, asked only when question 1.1 is “Yes”)',
    ]);
  });

  it('quotes the questionnaire’s bands, the last one including its upper bound', () => {
    expect(step('bands')?.items).toEqual([
      'Not ready: 0 up to, not including, 50. Stop.',
      'Launch with conditions: 50 up to, not including, 80. Fix the gaps.',
      'Ready: 80 to 100 inclusive. Go.',
    ]);
  });

  it('names the critical questions, their minimums and the band red flags cap at', () => {
    expect(step('red-flags')?.text).toContain('“Not ready”');
    expect(step('red-flags')?.items).toEqual(['Question 2.1, “Is someone accountable?”: “Yes” or better.']);
  });

  it('quotes the priority thresholds the action plan uses', () => {
    expect(step('action-plan')?.items).toEqual([
      'High: every red flag.',
      'High: a gain of 3 points or more.',
      'Medium: a gain of 1.5 points up to, not including, 3.',
      'Low: a gain below 1.5 points.',
    ]);
  });

  it('says so when there is nothing critical', () => {
    const plain = buildQuestionnaire([{ id: 's', questions: [{ id: 'q', options: [{ value: 'a', score: 1 }] }] }]);
    expect(describeMethod(plain).find((candidate) => candidate.id === 'red-flags')).toMatchObject({
      text: 'This questionnaire has no critical questions, so it raises no red flags.',
      items: [],
    });
  });
});
