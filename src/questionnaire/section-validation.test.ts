import { describe, expect, it } from 'vitest';
import { normalizeQuestionnaire } from './normalize-questionnaire.ts';
import { computeVisibility } from './visibility.ts';
import { sectionAnswersSchema, sectionIssues } from './section-validation.ts';
import { sectionProgress } from './section-progress.ts';
import type { QuestionnaireFile } from './schema.ts';

const file: QuestionnaireFile = {
  id: 'val',
  version: '1.0.0',
  title: 'Validation',
  description: 'd',
  audience: 'a',
  estimatedMinutes: 1,
  bands: [{ from: 0, to: 100, label: 'All', meaning: 'm' }],
  sections: [
    {
      id: 's',
      title: 'S',
      questions: [
        { id: 'owner', kind: 'yes-no', text: 'Owner?', notApplicable: true },
        {
          id: 'groups',
          kind: 'multiple',
          text: 'Groups?',
          options: [
            { value: 'a', label: 'A', score: 1 },
            { value: 'b', label: 'B' },
          ],
        },
        { id: 'proof', kind: 'yes-no', text: 'Proof?', evidence: 'required' },
        { id: 'comment', kind: 'text', text: 'Anything else?', required: false },
        { id: 'hidden', kind: 'text', text: 'Hidden?', visibleWhen: { question: 'owner', equals: 'no' } },
        {
          id: 'decisions',
          kind: 'single',
          text: 'Human review of decisions?',
          required: false,
          options: [
            { value: 'none', label: 'No review', score: 0 },
            { value: 'review', label: 'Reviewed', score: 2 },
            { value: 'no-decisions', label: 'The product makes no such decisions', score: 2, requiresReason: true },
          ],
        },
        {
          id: 'consulted',
          kind: 'multiple',
          text: 'Who was consulted?',
          required: false,
          options: [
            { value: 'users', label: 'Users', score: 1 },
            { value: 'none-yet', label: 'None of these yet', exclusive: true },
          ],
        },
      ],
    },
  ],
};

describe('section validation', async () => {
  const questionnaire = await normalizeQuestionnaire(file);
  const section = questionnaire.sections[0]!;
  const visible = (answers: Parameters<typeof computeVisibility>[1]) => computeVisibility(questionnaire, answers).questions;

  it('asks for every required visible question, in order, in plain words', () => {
    expect(sectionIssues(section, {}, visible({})).map((issue) => [issue.questionId, issue.field, issue.message])).toEqual([
      ['owner', 'value', 'Choose an answer to question 1.1, or say it does not apply'],
      ['groups', 'value', 'Choose at least one answer to question 1.2'],
      ['proof', 'value', 'Choose an answer to question 1.3'],
    ]);
  });

  it('needs a reason for "Not applicable" and evidence where required', () => {
    const answers = { owner: { notApplicable: true }, groups: { value: ['a'] }, proof: { value: 'yes', notes: ' ' } };
    expect(sectionIssues(section, answers, visible(answers)).map((issue) => issue.message)).toEqual([
      'Explain why question 1.1 does not apply',
      'Add notes or evidence for question 1.3',
    ]);
  });

  it('checks a conditional question only while it is visible', () => {
    const answers = { owner: { value: 'no' }, groups: { value: ['b'] }, proof: { value: 'no', notes: 'Policy v2' } };
    expect(sectionIssues(section, answers, visible(answers)).map((issue) => issue.questionId)).toEqual(['hidden']);
    const shown = { ...answers, owner: { value: 'yes' } };
    expect(sectionIssues(section, shown, visible(shown))).toEqual([]);
  });

  it('gives zod issues at the field path, for the form', () => {
    const result = sectionAnswersSchema(section, visible({})).safeParse({ owner: { notApplicable: true } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['owner.justification', 'groups.value', 'proof.value']);
  });

  it('asks why when an answer that needs a reason is chosen, and refuses an exclusive option with others', () => {
    const issues = (answers: Parameters<typeof computeVisibility>[1]) =>
      sectionIssues(section, answers, visible(answers))
        .filter((issue) => issue.questionId === 'decisions' || issue.questionId === 'consulted')
        .map((issue) => [issue.questionId, issue.field, issue.message]);
    expect(issues({ decisions: { value: 'no-decisions' } })).toEqual([
      ['decisions', 'justification', 'Explain why “The product makes no such decisions” is the answer to question 1.6'],
    ]);
    expect(issues({ decisions: { value: 'no-decisions', justification: 'It only sorts photos for the user.' } })).toEqual([]);
    expect(issues({ decisions: { value: 'review' } })).toEqual([]);
    expect(issues({ consulted: { value: ['users', 'none-yet'] } })).toEqual([
      ['consulted', 'value', '“None of these yet” cannot be chosen with other answers to question 1.7; untick one'],
    ]);
    expect(issues({ consulted: { value: ['none-yet'] } })).toEqual([]);
  });

  it('reports progress: not started, in progress, needs attention, completed', () => {
    const progress = (answers: Parameters<typeof computeVisibility>[1], submitted = false) =>
      sectionProgress(section, answers, computeVisibility(questionnaire, answers), submitted);
    expect(progress({}).status).toBe('not-started');
    expect(progress({ owner: { value: 'yes' } })).toMatchObject({
      status: 'in-progress',
      counts: { answered: 1, toAnswer: 4, notApplicable: 0, optional: 1, total: 6 },
    });
    expect(progress({ owner: { value: 'yes' } }, true).status).toBe('needs-attention');
    expect(progress({ owner: { notApplicable: true } }).status).toBe('needs-attention');
    const required = { owner: { value: 'yes' }, groups: { value: ['a'] }, proof: { value: 'yes', notes: 'Link' } };
    // Scored questions left blank count 0, so the section is not complete without them, optional or not.
    expect(progress(required).status).toBe('in-progress');
    expect(progress({ ...required, decisions: { value: 'review' }, consulted: { value: ['users'] } })).toMatchObject({
      status: 'completed',
      counts: { answered: 5, toAnswer: 0, notApplicable: 0, optional: 1, total: 6 },
    });
  });
});

describe('answersFromForm', async () => {
  const { answersFromForm } = await import('./answers.ts');
  it('drops what a form reports for untouched or emptied fields', () => {
    expect(
      answersFromForm({
        a: { value: false, notApplicable: false, justification: '', notes: '' },
        b: { value: null },
        c: { value: ['x', 3, 'y'], notes: 'kept' },
        d: { value: [], notApplicable: true, justification: 'Not ours' },
        e: 'nonsense',
      }),
    ).toEqual({ c: { value: ['x', 'y'], notes: 'kept' }, d: { notApplicable: true, justification: 'Not ours' } });
  });
});
