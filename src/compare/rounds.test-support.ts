import { buildQuestionnaire } from '../scoring/build-questionnaire.test-support.ts';
import type { Questionnaire } from '../questionnaire/model.ts';
import type { Answers } from '../questionnaire/answers.ts';
import { createAssessment } from '../storage/create-assessment.ts';
import type { Assessment } from '../storage/assessment.ts';

// Test support for rounds: a small questionnaire through the real
// normaliser, in two versions, and assessments made the one way the app makes them.

const yesPartlyNo = [
  { value: 'yes', score: 2, label: 'Yes' },
  { value: 'partly', score: 1, label: 'Partly' },
  { value: 'no', score: 0, label: 'No' },
];

/** Version 1: a must-have, a plain question, a question with two options and a text question. */
export function roundsQuestionnaire(): Questionnaire {
  return {
    ...buildQuestionnaire([
      {
        id: 'purpose',
        title: 'Purpose',
        questions: [
          { id: 'q1', text: 'Is the purpose written down?', options: yesPartlyNo, mustHave: { minimum: 'yes', name: 'Written purpose' } },
          { id: 'q2', text: 'Do users know?', options: yesPartlyNo, action: 'Tell users.' },
        ],
      },
      {
        id: 'data',
        title: 'Data',
        questions: [
          {
            id: 'q3',
            text: 'Is data minimised?',
            options: [
              { value: 'good', score: 2, label: 'Good' },
              { value: 'bad', score: 0, label: 'Bad' },
            ],
          },
          { id: 'q4', kind: 'text', text: 'Anything else?', required: false },
        ],
      },
    ]),
    version: '1.0.0',
    contentHash: '1'.repeat(64),
  };
}

/** Version 2: q2 is gone, q3 no longer offers "bad", q5 is new. */
export function roundsQuestionnaireV2(): Questionnaire {
  return {
    ...buildQuestionnaire([
      {
        id: 'purpose',
        title: 'Purpose',
        questions: [
          { id: 'q1', text: 'Is the purpose written down?', options: yesPartlyNo, mustHave: { minimum: 'yes', name: 'Written purpose' } },
        ],
      },
      {
        id: 'data',
        title: 'Data',
        questions: [
          {
            id: 'q3',
            text: 'Is data minimised?',
            options: [
              { value: 'good', score: 2, label: 'Good' },
              { value: 'poor', score: 0, label: 'Poor' },
            ],
          },
          { id: 'q4', kind: 'text', text: 'Anything else?', required: false },
          { id: 'q5', text: 'Is there a retention limit?', options: yesPartlyNo },
        ],
      },
    ]),
    version: '2.0.0',
    contentHash: '2'.repeat(64),
  };
}

export function roundAssessment(
  questionnaire: Questionnaire,
  id: string,
  date: string,
  answers: Answers,
  overrides: Partial<Assessment> = {},
): Assessment {
  const context = { project: 'Street Lens', organisation: 'Acme', description: '', assessorName: 'Ada', assessorRole: 'Lead', date };
  return {
    ...createAssessment({ id, questionnaire, context, answers, now: new Date(`${date}T09:00:00Z`) }),
    ...overrides,
  };
}
