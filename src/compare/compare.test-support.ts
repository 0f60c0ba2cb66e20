import type { Answers } from '../questionnaire/answers.ts';
import type { Questionnaire } from '../questionnaire/model.ts';
import { buildQuestionnaire, type QuestionSpec } from '../scoring/build-questionnaire.test-support.ts';
import { sampleAssessment } from '../storage/fixtures.test-support.ts';
import type { Assessment } from '../storage/assessment.ts';

// Test support: a small questionnaire with one of each thing a comparison
// treats differently, built through the real normaliser.

const MATURITY = [
  { value: 'not-started', label: 'Not started', score: 0 },
  { value: 'planned', label: 'Planned', score: 1 },
  { value: 'in-progress', label: 'In progress', score: 2 },
  { value: 'in-place', label: 'In place', score: 3 },
  { value: 'verified', label: 'Independently verified', score: 4 },
];

const QUESTIONS: QuestionSpec[] = [
  {
    id: 'oversight',
    text: 'Who can overrule the model?',
    options: MATURITY,
    weight: 3,
    mustHave: { minimum: 'in-place', name: 'Human oversight' },
  },
  { id: 'testing', text: 'Tested for groups it fails?', options: MATURITY, weight: 2 },
  {
    id: 'channels',
    kind: 'multiple',
    text: 'How can people complain?',
    options: [
      { value: 'email', score: 1 },
      { value: 'form', score: 1 },
      { value: 'phone', score: 2 },
    ],
    maxScore: 4,
  },
  { id: 'summary', kind: 'text', text: 'Describe the product.', weight: 0 },
  {
    id: 'kill-switch',
    text: 'Can you switch it off?',
    options: [
      { value: 'no', label: 'No', score: 0 },
      { value: 'yes', label: 'Yes', score: 2 },
    ],
    weight: 3,
    notApplicable: true,
    critical: { minimum: 'yes' },
  },
];

const PEOPLE: QuestionSpec[] = [
  {
    id: 'consult',
    text: 'Did you ask the people affected?',
    options: [
      { value: 'no', label: 'No', score: 0 },
      { value: 'partly', label: 'Partly', score: 1 },
      { value: 'yes', label: 'Yes', score: 2 },
    ],
  },
  {
    id: 'follow-up',
    text: 'Did you tell them what changed?',
    visibleWhen: { question: 'consult', oneOf: ['partly', 'yes'] },
    options: [
      { value: 'no', label: 'No', score: 0 },
      { value: 'yes', label: 'Yes', score: 1 },
    ],
  },
];

/** Version 1.0.0 of the test questionnaire: sections "safety" and "people". */
export function compareQuestionnaire(): Questionnaire {
  return buildQuestionnaire([
    { id: 'safety', title: 'Safety', questions: QUESTIONS },
    { id: 'people', title: 'People', questions: PEOPLE },
  ]);
}

/** A set of answers to the test questionnaire as an assessment, named by its assessor. */
export function answeredBy(assessorName: string, answers: Answers, questionnaire: Questionnaire = compareQuestionnaire()): Assessment {
  const base = sampleAssessment();
  const { id, version, contentHash, title } = questionnaire;
  return { ...base, questionnaire: { id, version, contentHash, title }, context: { ...base.context, assessorName }, answers };
}
