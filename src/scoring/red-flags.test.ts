import { describe, expect, it } from 'vitest';
import { buildQuestionnaire } from './build-questionnaire.test-support.ts';
import { scoreAssessment } from './score-assessment.ts';

const scale = [
  { value: 'none', score: 0, label: 'None' },
  { value: 'draft', score: 1, label: 'Draft' },
  { value: 'approved', score: 2, label: 'Approved' },
  { value: 'audited', score: 3, label: 'Audited' },
];

const questionnaire = buildQuestionnaire([
  {
    id: 'context',
    weight: 0,
    questions: [
      {
        id: 'risky',
        weight: 0,
        options: [
          { value: 'yes', score: 0 },
          { value: 'no', score: 0 },
        ],
      },
    ],
  },
  {
    id: 'main',
    title: 'Main',
    questions: [
      { id: 'dpia', options: scale, critical: { minimum: 'approved', reason: 'Unlawful without it.' }, notApplicable: true },
      { id: 'follow-up', options: scale, critical: { minimum: 'draft' }, visibleWhen: { question: 'risky', equals: 'yes' } },
      {
        id: 'checks',
        kind: 'multiple',
        maxScore: 2,
        options: [
          { value: 'a', score: 1 },
          { value: 'b', score: 1 },
          { value: 'big', score: 5 },
        ],
        critical: { minimum: 'big' },
      },
    ],
  },
]);

const flagsFor = (answers: Parameters<typeof scoreAssessment>[1]) =>
  scoreAssessment(questionnaire, { checks: { value: ['a', 'b'] }, risky: { value: 'no' }, ...answers }).redFlags;

describe('red flags', () => {
  it('raises none at or above the minimum', () => {
    expect(flagsFor({ dpia: { value: 'approved' } })).toEqual([]);
    expect(flagsFor({ dpia: { value: 'audited' } })).toEqual([]);
  });

  it('raises one below the minimum, naming the answer, the minimum and the reason', () => {
    expect(flagsFor({ dpia: { value: 'draft' } })).toEqual([
      {
        questionId: 'dpia',
        number: '2.1',
        text: 'Question dpia?',
        sectionId: 'main',
        sectionTitle: 'Main',
        severity: 'blocking',
        name: null,
        answerLabels: ['Draft'],
        minimumLabel: 'Approved',
        reason: 'Unlawful without it.',
      },
    ]);
  });

  it('raises none for a critical question left unanswered, but lists it as still to answer and keeps the verdict from the top', () => {
    expect(flagsFor({})).toEqual([]);
    const result = scoreAssessment(questionnaire, { checks: { value: ['a', 'b'] }, risky: { value: 'no' } });
    expect(result.pendingMustHaves.map((pending) => pending.questionId)).toEqual(['dpia']);
    expect(result.caps.map((cap) => [cap.kind, cap.band.label])).toEqual([['must-have-unanswered', 'Launch with conditions']]);
  });

  it('raises none for an allowed N/A', () => {
    expect(flagsFor({ dpia: { notApplicable: true, justification: 'No personal data.' } })).toEqual([]);
  });

  it('raises none for a hidden critical question, and one once it shows and is answered below its minimum', () => {
    const answers = { dpia: { value: 'approved' } };
    expect(flagsFor({ ...answers, 'follow-up': { value: 'none' } })).toEqual([]);
    expect(flagsFor({ ...answers, risky: { value: 'yes' }, 'follow-up': { value: 'none' } })).toMatchObject([
      { questionId: 'follow-up', severity: 'blocking', reason: null },
    ]);
  });

  it('never sets a pick-many bar above the cap, so the flag can be cleared', () => {
    const answers = { dpia: { value: 'approved' } };
    expect(flagsFor({ ...answers, checks: { value: ['a', 'b'] } })).toEqual([]);
    expect(flagsFor({ ...answers, checks: { value: ['a'] } })).toMatchObject([{ questionId: 'checks', minimumLabel: 'big' }]);
  });

  it('caps the verdict at the lowest band and keeps the numeric band', () => {
    const result = scoreAssessment(questionnaire, { dpia: { value: 'draft' }, checks: { value: ['a', 'b'] }, risky: { value: 'no' } });
    // dpia 1/3 of weight 1, checks 2/2 of weight 1: 100 × (1/3 + 1) / 2 = 66.67 → 67.
    expect(result.score).toBeCloseTo(66.6667, 4);
    expect(result.numericBand?.label).toBe('Launch with conditions');
    expect(result.band?.label).toBe('Not ready');
    expect(result.capped).toBe(true);
    expect(result.caps.map((cap) => cap.kind)).toContain('blocking-flag');
  });
});
