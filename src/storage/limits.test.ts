import { describe, expect, it } from 'vitest';
import { assessmentContextSchema } from './assessment.ts';
import { parseAnswersFile, serializeAnswersFile } from './answers-file.ts';
import { plainErrorMap } from './plain-issues.ts';
import { sampleAssessment } from './fixtures.test-support.ts';
import type { Assessment } from './assessment.ts';

// Every text that reaches an assessment, typed or imported, has a limit and
// a message that says it; the form and the import use the same schema.

function imported(assessment: Assessment): string[] {
  const result = parseAnswersFile(serializeAnswersFile(assessment, new Date('2026-11-26T10:00:00Z')));
  return result.ok ? [] : result.errors;
}

function contextErrors(context: Record<string, unknown>): string[] {
  const result = assessmentContextSchema.safeParse({ ...sampleAssessment().context, ...context }, { error: plainErrorMap });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('assessment limits', () => {
  it('says the limit on each field of "About this assessment"', () => {
    expect(contextErrors({ project: 'P'.repeat(200) })).toEqual([]);
    expect(
      contextErrors({
        project: 'P'.repeat(201),
        organisation: 'O'.repeat(201),
        description: 'D'.repeat(2001),
        assessorName: 'N'.repeat(201),
        assessorRole: 'R'.repeat(201),
      }),
    ).toEqual([
      'project: Keep the project name under 200 characters',
      'organisation: Keep the organisation under 200 characters',
      'description: Keep the description under 2,000 characters',
      'assessorName: Keep the name under 200 characters',
      'assessorRole: Keep the role under 200 characters',
    ]);
  });

  it('refuses a date that does not exist, such as 30 February', () => {
    expect(contextErrors({ date: '2026-02-30' })).toEqual(['date: Enter a real date']);
    expect(contextErrors({ date: '2026-13-01' })).toEqual(['date: Enter a real date']);
    expect(contextErrors({ date: '2028-02-29' })).toEqual([]);
  });

  it('refuses an imported file whose texts are too long, naming each field', () => {
    const assessment = sampleAssessment({
      answers: { purpose: { value: 'x'.repeat(50_001), notes: 'n'.repeat(50_001), justification: 'j'.repeat(50_001) } },
      actionPlan: { 'purpose-action': { owner: 'O'.repeat(201), due: '', state: 'open', reason: 'R'.repeat(2001) } },
      lastLocation: `#/${'a'.repeat(600)}`,
    });
    expect(imported(assessment)).toEqual([
      'assessment.answers.purpose.value: Keep the answer to 50,000 characters or fewer',
      'assessment.answers.purpose.justification: Keep the reason to 50,000 characters or fewer',
      'assessment.answers.purpose.notes: Keep the notes to 50,000 characters or fewer',
      'assessment.actionPlan.purpose-action.owner: Keep the owner under 200 characters',
      'assessment.actionPlan.purpose-action.reason: Keep the reason under 2,000 characters',
      'assessment.lastLocation: must be at most 500 characters long',
    ]);
  });

  it('refuses an imported file with more answers or choices than any questionnaire has', () => {
    const answers = Object.fromEntries(Array.from({ length: 5001 }, (_, index) => [`q${index}`, { value: 'yes' }]));
    expect(imported(sampleAssessment({ answers }))).toEqual(['assessment.answers: may have at most 5,000 answers']);
    const many = sampleAssessment({ answers: { groups: { value: Array.from({ length: 101 }, (_, index) => `o${index}`) } } });
    expect(imported(many)).toEqual(['assessment.answers.groups.value: may have at most 100 choices']);
  });

  it('refuses an imported questionnaire reference with an oversized title', () => {
    const assessment = sampleAssessment();
    const long = { ...assessment, questionnaire: { ...assessment.questionnaire, title: 'T'.repeat(201) } };
    expect(imported(long)).toEqual([
      'questionnaire.title: must be at most 200 characters long',
      'assessment.questionnaire.title: must be at most 200 characters long',
    ]);
  });
});
