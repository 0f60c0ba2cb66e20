import { describe, expect, it } from 'vitest';
import { reconcileWithQuestionnaire } from './reconcile-with-questionnaire.ts';
import { sampleAssessment, sampleQuestionnaire } from './fixtures.test-support.ts';

describe('reconcileWithQuestionnaire', () => {
  it('keeps every answer and points at the questionnaire when nothing changed', () => {
    const assessment = sampleAssessment({
      questionnaire: { id: 'quick-check', version: '2.0.0', contentHash: 'hash-2', title: 'Quick pre-launch check' },
    });
    expect(reconcileWithQuestionnaire(assessment, sampleQuestionnaire())).toEqual({
      assessment,
      dropped: [],
      sameVersion: true,
      sameQuestionnaire: true,
    });
  });

  it('drops answers to unknown questions and unknown option values, and lists them', () => {
    const assessment = sampleAssessment({
      answers: {
        purpose: { value: 'maybe', notes: 'We think so' },
        groups: { value: ['staff', 'pets', 'public', 'robots'] },
        summary: { value: 'Face matching' },
        retired: { value: 'yes', notes: 'From version 1' },
      },
    });
    const result = reconcileWithQuestionnaire(assessment, sampleQuestionnaire());

    expect(result.assessment.questionnaire).toEqual({
      id: 'quick-check',
      version: '2.0.0',
      contentHash: 'hash-2',
      title: 'Quick pre-launch check',
    });
    expect(result.assessment.answers).toEqual({
      purpose: { notes: 'We think so' },
      groups: { value: ['staff', 'public'] },
      summary: { value: 'Face matching' },
    });
    expect(result.dropped).toEqual([
      {
        questionId: 'purpose',
        reason: 'unknown-option',
        values: ['maybe'],
        message: 'Question 1.1 no longer offers "maybe", so that choice was removed.',
      },
      {
        questionId: 'groups',
        reason: 'unknown-option',
        values: ['pets', 'robots'],
        message: 'Question 1.2 no longer offers "pets", "robots", so those choices were removed.',
      },
      {
        questionId: 'retired',
        reason: 'unknown-question',
        values: [],
        message: '"retired" is not a question in Quick pre-launch check 2.0.0, so its answer was left out.',
      },
    ]);
    expect(result.sameVersion).toBe(false);
    expect(result.sameQuestionnaire).toBe(true);
  });

  it('removes a list of choices from a question that now asks for text', () => {
    const assessment = sampleAssessment({ answers: { summary: { value: ['a', 'b'], notes: 'kept' } } });
    const result = reconcileWithQuestionnaire(assessment, sampleQuestionnaire());
    expect(result.assessment.answers).toEqual({ summary: { notes: 'kept' } });
    expect(result.dropped).toEqual([
      {
        questionId: 'summary',
        reason: 'not-text',
        values: ['a', 'b'],
        message: 'Question 1.3 now asks for text, so the choices picked (a, b) were removed.',
      },
    ]);
  });

  it('leaves the rest of the assessment and the original untouched', () => {
    const assessment = sampleAssessment({ answers: { retired: { value: 'yes' } } });
    const before = structuredClone(assessment);
    const result = reconcileWithQuestionnaire(assessment, sampleQuestionnaire({ id: 'launch-ethics' }));
    expect(assessment).toEqual(before);
    expect(result.assessment.context).toEqual(assessment.context);
    expect(result.assessment.actionPlan).toEqual(assessment.actionPlan);
    expect(result.sameQuestionnaire).toBe(false);
    expect(result.sameVersion).toBe(false);
  });
});
