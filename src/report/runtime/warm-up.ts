import type { Option, Question, Questionnaire } from '../../questionnaire/model.ts';
import { scoreAssessment } from '../../scoring/score-assessment.ts';
import type { Assessment } from '../../storage/assessment.ts';
import type { ReportInput } from '../report-types.ts';

const YES_NO: Option[] = [
  { value: 'no', label: 'No', score: 0, action: 'Name one accountable person before launch.' },
  { value: 'partly', label: 'Partly', score: 1 },
  { value: 'yes', label: 'Yes', score: 2 },
];

const question = (
  fields: Pick<Question, 'id' | 'number' | 'text' | 'kind' | 'presentation' | 'options' | 'maxScore'> & Partial<Question>,
): Question => ({
  sectionId: 'warm-up',
  weight: 1,
  scored: fields.maxScore > 0,
  required: true,
  notApplicable: false,
  evidence: 'optional',
  multiline: true,
  sources: [],
  ...fields,
});

const QUESTIONNAIRE: Questionnaire = {
  id: 'warm-up',
  version: '1.0.0',
  title: 'Warm-up',
  description: 'Not a questionnaire anyone answers: a report of it is made once and thrown away (warm-up.ts).',
  audience: 'The report worker.',
  estimatedMinutes: 1,
  language: 'en',
  sectionFloor: 50,
  actionGroups: {},
  changelog: [],
  bands: [
    { from: 0, to: 50, label: 'Not ready', meaning: 'Essential safeguards are missing.' },
    { from: 50, to: 100, label: 'Ready', meaning: 'The safeguards are in place.' },
  ],
  sections: [
    {
      id: 'warm-up',
      number: 1,
      title: 'Accountability – “warm-up”',
      weight: 1,
      questions: [
        question({
          id: 'owner',
          number: '1.1',
          text: 'Is one named person accountable for harms?',
          kind: 'single',
          presentation: 'yes-no',
          options: YES_NO,
          maxScore: 2,
          critical: { minimum: 'yes', minimumScore: 2, reason: 'Without an owner nobody acts on harms.' },
          action: 'Name an owner.',
        }),
        question({
          id: 'groups',
          number: '1.2',
          text: 'Which groups were consulted?',
          kind: 'multiple',
          presentation: 'multiple',
          options: [
            { value: 'users', label: 'People who use it', score: 1 },
            { value: 'affected', label: 'People affected by it', score: 2, action: 'Consult the people it affects.' },
          ],
          maxScore: 3,
        }),
        question({
          id: 'notes',
          number: '1.3',
          text: 'What did you learn?',
          kind: 'text',
          presentation: 'text',
          options: [],
          maxScore: 0,
          weight: 0,
          required: false,
        }),
      ],
    },
  ],
  contentHash: '0'.repeat(64),
};

const ASSESSMENT: Assessment = {
  id: 'warm-up',
  questionnaire: {
    id: QUESTIONNAIRE.id,
    version: QUESTIONNAIRE.version,
    contentHash: QUESTIONNAIRE.contentHash,
    title: QUESTIONNAIRE.title,
  },
  context: {
    project: 'Warm-up — Łódź Ωmega Привет',
    organisation: 'Oversight',
    description: 'Made and thrown away.',
    assessorName: 'Report worker',
    assessorRole: '',
    date: '2026-01-01',
  },
  answers: {
    owner: { value: 'no', notes: 'Nobody yet: see https://example.org/owners.' },
    groups: { value: ['users'] },
    notes: { value: 'A line of text.' },
  },
  actionPlan: { owner: { owner: 'Ada', due: '2026-02-01', state: 'open', reason: '' } },
  submittedSections: ['warm-up'],
  migrations: [],
  limitations: '',
  declaration: { name: '', role: '', date: '', affirmed: false },
  finalReports: [],
  lastLocation: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

/**
 * A small report that goes through every part a real one does: the cover, a
 * red flag, the chart, the action plan table, each kind of answer, the
 * method, the sign-off and the attachment, in Latin, Greek and Cyrillic.
 * The report worker makes it once, as soon as it has loaded, and throws it
 * away: V8 then compiles jsPDF's drawing and font code while nobody waits,
 * and the report a person asks for runs on warm code.
 */
export function warmUpInput(generatedAt: Date): ReportInput {
  return {
    questionnaire: QUESTIONNAIRE,
    assessment: ASSESSMENT,
    result: scoreAssessment(QUESTIONNAIRE, ASSESSMENT.answers),
    generatedAt,
    timeZone: 'UTC',
  };
}
