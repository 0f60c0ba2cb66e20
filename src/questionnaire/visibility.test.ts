import { describe, expect, it } from 'vitest';
import { normalizeQuestionnaire } from './normalize-questionnaire.ts';
import { computeVisibility } from './visibility.ts';
import type { QuestionnaireFile } from './schema.ts';

const file: QuestionnaireFile = {
  id: 'v',
  version: '1.0.0',
  title: 'Visibility',
  description: 'd',
  audience: 'a',
  estimatedMinutes: 1,
  bands: [{ from: 0, to: 100, label: 'All', meaning: 'm' }],
  sections: [
    {
      id: 'context',
      title: 'Context',
      weight: 0,
      questions: [
        { id: 'faces', kind: 'yes-no', partly: false, text: 'Faces?' },
        { id: 'public', kind: 'yes-no', partly: false, text: 'Public spaces?' },
        {
          id: 'uses',
          kind: 'multiple',
          text: 'Uses?',
          options: [
            { value: 'a', label: 'A' },
            { value: 'b', label: 'B' },
          ],
        },
        { id: 'name', kind: 'text', text: 'Name?' },
      ],
    },
    {
      id: 'biometric',
      title: 'Biometric',
      visibleWhen: {
        any: [
          { question: 'faces', equals: 'yes' },
          { question: 'public', equals: 'yes' },
        ],
      },
      questions: [
        { id: 'retention', kind: 'yes-no', text: 'Deleted?' },
        { id: 'why-kept', kind: 'text', text: 'Why kept?', visibleWhen: { question: 'retention', oneOf: ['no', 'partly'] } },
      ],
    },
    {
      id: 'other',
      title: 'Other',
      questions: [
        { id: 'named', kind: 'yes-no', text: 'Named?', visibleWhen: { question: 'name', answered: true } },
        { id: 'not-a', kind: 'yes-no', text: 'Not A?', visibleWhen: { not: { question: 'uses', equals: 'a' } } },
        {
          id: 'both',
          kind: 'yes-no',
          text: 'Both?',
          visibleWhen: {
            all: [
              { question: 'uses', equals: 'a' },
              { question: 'uses', equals: 'b' },
            ],
          },
        },
        { id: 'follow', kind: 'yes-no', text: 'Follow?', visibleWhen: { question: 'why-kept', answered: true } },
      ],
    },
  ],
};

describe('computeVisibility', async () => {
  const questionnaire = await normalizeQuestionnaire(file);

  it('hides a conditional section until one of its conditions holds', () => {
    expect(computeVisibility(questionnaire, {}).sections.has('biometric')).toBe(false);
    expect(computeVisibility(questionnaire, { faces: { value: 'no' } }).sections.has('biometric')).toBe(false);
    expect(computeVisibility(questionnaire, { public: { value: 'yes' } }).sections.has('biometric')).toBe(true);
    const shown = computeVisibility(questionnaire, { faces: { value: 'yes' } });
    expect(shown.questions.has('retention')).toBe(true);
  });

  it('evaluates equals, oneOf, answered, not and all', () => {
    const none = computeVisibility(questionnaire, {});
    expect([...none.questions].filter((id) => ['named', 'not-a', 'both'].includes(id))).toEqual(['not-a']);
    const some = computeVisibility(questionnaire, { name: { value: 'Acme' }, uses: { value: ['a', 'b'] } });
    expect(some.questions.has('named')).toBe(true);
    expect(some.questions.has('not-a')).toBe(false);
    expect(some.questions.has('both')).toBe(true);
    expect(computeVisibility(questionnaire, { name: { value: '   ' } }).questions.has('named')).toBe(false);
  });

  it('treats an answer to a hidden question as unanswered, even though it is kept', () => {
    const answers = { faces: { value: 'yes' }, retention: { value: 'no' }, 'why-kept': { value: 'Audit' } };
    const withModule = computeVisibility(questionnaire, answers);
    expect(withModule.questions.has('why-kept')).toBe(true);
    expect(withModule.questions.has('follow')).toBe(true);
    // Withdrawing the declaration hides the module, and everything that hung on it.
    const withdrawn = computeVisibility(questionnaire, { ...answers, faces: { value: 'no' } });
    expect(withdrawn.sections.has('biometric')).toBe(false);
    expect(withdrawn.questions.has('retention')).toBe(false);
    expect(withdrawn.questions.has('why-kept')).toBe(false);
    expect(withdrawn.questions.has('follow')).toBe(false);
  });

  it('ignores option values the question does not offer', () => {
    expect(computeVisibility(questionnaire, { faces: { value: 'maybe' } }).sections.has('biometric')).toBe(false);
  });
});
