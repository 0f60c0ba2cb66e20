import type { Assessment } from './assessment.ts';
import type { Question, Questionnaire } from '../questionnaire/model.ts';

/** A valid assessment for tests; override what the test is about. */
export function sampleAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: 'a-1',
    questionnaire: { id: 'quick-check', version: '1.0.0', contentHash: 'hash-1', title: 'Quick pre-launch check' },
    context: {
      project: 'Street Lens',
      organisation: 'Acme Ltd',
      description: 'Face matching for shop doors',
      assessorName: 'Ada',
      assessorRole: 'Product lead',
      date: '2026-11-26',
    },
    answers: {
      purpose: { value: 'yes', notes: 'Written down in the charter' },
      groups: { value: ['staff', 'public'] },
      summary: { value: 'We match faces at the door.' },
    },
    actionPlan: { 'purpose-action': { owner: 'Ada', due: '2026-12-31', state: 'open', reason: '' } },
    submittedSections: [],
    migrations: [],
    limitations: '',
    declaration: { name: '', role: '', date: '', affirmed: false },
    finalReports: [],
    lastLocation: '#/assessments/a-1/sections/basics',
    createdAt: '2026-11-26T09:00:00.000Z',
    updatedAt: '2026-11-26T10:00:00.000Z',
    ...overrides,
  };
}

function question(id: string, kind: Question['kind'], values: string[], number: string): Question {
  return {
    id,
    sectionId: 'basics',
    number,
    text: `Question ${id}?`,
    kind,
    presentation: kind,
    options: values.map((value, index) => ({ value, label: value, score: index })),
    maxScore: Math.max(0, values.length - 1),
    weight: 1,
    scored: kind !== 'text',
    required: true,
    notApplicable: false,
    evidence: 'none',
    multiline: false,
    sources: [],
  };
}

/** A normalised questionnaire with the questions sampleAssessment answers, in version 2.0.0. */
export function sampleQuestionnaire(overrides: Partial<Questionnaire> = {}): Questionnaire {
  return {
    id: 'quick-check',
    version: '2.0.0',
    title: 'Quick pre-launch check',
    description: '',
    audience: '',
    estimatedMinutes: 10,
    language: 'en',
    sectionFloor: 50,
    actionGroups: {},
    changelog: [],
    bands: [{ from: 0, to: 100, label: 'Any', meaning: 'Any score' }],
    sections: [
      {
        id: 'basics',
        number: 1,
        title: 'Basics',
        weight: 1,
        questions: [
          question('purpose', 'single', ['yes', 'no'], '1.1'),
          question('groups', 'multiple', ['staff', 'public', 'children'], '1.2'),
          question('summary', 'text', [], '1.3'),
        ],
      },
    ],
    contentHash: 'hash-2',
    ...overrides,
  };
}
