import { describe, expect, it } from 'vitest';
import { buildQuestionnaire } from './build-questionnaire.test-support.ts';
import { describeMethod } from './method.ts';

const questionnaire = buildQuestionnaire([
  {
    id: 'context',
    title: 'Context',
    weight: 0,
    questions: [
      {
        id: 'faces',
        weight: 0,
        options: [
          { value: 'yes', score: 0, label: 'Yes' },
          { value: 'no', score: 0 },
        ],
      },
    ],
  },
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
      {
        id: 'dpia-done',
        text: 'Is the impact assessment done?',
        options: [
          { value: 'no', score: 0, label: 'No' },
          { value: 'planned', score: 1, label: 'Planned' },
          { value: 'done', score: 2, label: 'Done' },
        ],
        critical: { minimum: 'planned' },
        mustHave: { minimum: 'done', name: 'Impact assessment' },
      },
    ],
  },
  {
    id: 'biometrics',
    title: 'Biometrics',
    visibleWhen: { question: 'faces', equals: 'yes' },
    questions: [
      {
        id: 'dpia',
        options: [
          { value: 'no', score: 0 },
          { value: 'yes', score: 1 },
        ],
      },
    ],
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
      'floor',
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

  it('names the must-haves and critical questions, their thresholds and the bands they cap at', () => {
    expect(step('red-flags')?.text).toContain('no better than “Launch with conditions”');
    expect(step('red-flags')?.text).toContain('the verdict is “Not ready”');
    expect(step('red-flags')?.items).toEqual([
      'Question 2.1, “Is someone accountable?”: below “Yes” blocks launch.',
      'Impact assessment: question 2.2, “Is the impact assessment done?”: met at “Done” or better; below “Planned” blocks launch.',
    ]);
  });

  it('states the section floor and the not-assessed rule', () => {
    const floored = buildQuestionnaire([{ id: 's', questions: [{ id: 'q', options: [{ value: 'a', score: 1 }] }] }], undefined, {
      sectionFloor: 50,
    });
    expect(describeMethod(floored).find((candidate) => candidate.id === 'floor')?.text).toMatch(
      /^A section that scores under 50 keeps the verdict at “Launch with conditions” or below.*more than 50% of the weight/,
    );
    expect(step('floor')?.text).toMatch(/^This questionnaire sets no floor for sections\./);
  });

  it('quotes the priority thresholds the action plan uses', () => {
    expect(step('action-plan')?.items).toEqual([
      'High: every red flag and unmet must-have.',
      'High: a gain of 3 points or more.',
      'Medium: a gain of 1.5 points up to, not including, 3.',
      'Low: a gain below 1.5 points.',
    ]);
  });

  it('says so when there is nothing critical', () => {
    const plain = buildQuestionnaire([{ id: 's', questions: [{ id: 'q', options: [{ value: 'a', score: 1 }] }] }]);
    expect(describeMethod(plain).find((candidate) => candidate.id === 'red-flags')).toMatchObject({
      text: 'This questionnaire has no must-haves or critical questions, so it raises no red flags.',
      items: [],
    });
  });
});
