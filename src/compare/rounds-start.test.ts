import { describe, expect, it } from 'vitest';
import { assessmentSchema } from '../storage/assessment.ts';
import { roundNumber, startNextRound } from './rounds-start.ts';
import { roundAssessment, roundsQuestionnaire, roundsQuestionnaireV2 } from './rounds.test-support.ts';

const NOW = new Date('2027-03-01T10:00:00Z');

function firstRound() {
  return roundAssessment(
    roundsQuestionnaire(),
    'r1',
    '2026-12-01',
    { q1: { value: 'partly' }, q2: { value: 'no', notes: 'Not yet' }, q3: { value: 'bad' }, q4: { value: 'Shops only' } },
    {
      actionPlan: { q2: { owner: 'Ada', due: '2027-01-31', state: 'done', reason: '' } },
      limitations: 'Only the UK pilot.',
      declaration: { name: 'Ada', role: 'Lead', date: '2026-12-01', affirmed: true },
      finalReports: [
        {
          revision: 1,
          generatedAt: '2026-12-01T12:00:00Z',
          fingerprint: 'f'.repeat(64),
          score: 40,
          band: 'Not ready',
          answers: {},
          actionPlan: {},
        },
      ],
      submittedSections: ['purpose', 'data'],
      lastLocation: '#/assessments/r1/results',
    },
  );
}

describe('startNextRound', () => {
  it('carries answers, context, limitations and the action plan, and marks every carried answer for review', () => {
    const previous = firstRound();
    const { assessment, carried, notCarried } = startNextRound(previous, roundsQuestionnaire(), 'r2', NOW, '2027-03-01');
    expect(assessment.id).toBe('r2');
    expect(assessment.answers).toEqual(previous.answers);
    expect(assessment.context).toEqual({ ...previous.context, date: '2027-03-01' });
    expect(assessment.limitations).toBe('Only the UK pilot.');
    expect(assessment.actionPlan).toEqual({ q2: { owner: 'Ada', due: '2027-01-31', state: 'done', reason: '' } });
    expect(carried).toBe(4);
    expect(notCarried).toEqual([]);
    expect(assessment.round).toEqual({
      number: 2,
      previousRoundId: 'r1',
      previousProject: 'Street Lens',
      previousDate: '2026-12-01',
      previousVersion: '1.0.0',
      toReview: ['q1', 'q2', 'q3', 'q4'],
      notCarried: [],
    });
  });

  it('leaves final reports, the declaration, submitted sections and the place behind', () => {
    const { assessment } = startNextRound(firstRound(), roundsQuestionnaire(), 'r2', NOW, '2027-03-01');
    expect(assessment.finalReports).toEqual([]);
    expect(assessment.declaration).toEqual({ name: '', role: '', date: '', affirmed: false });
    expect(assessment.submittedSections).toEqual([]);
    expect(assessment.lastLocation).toBe('');
    expect(assessment.createdAt).toBe(NOW.toISOString());
  });

  it('copies rather than shares: changing the new round leaves the previous one as it was', () => {
    const previous = firstRound();
    const { assessment } = startNextRound(previous, roundsQuestionnaire(), 'r2', NOW, '2027-03-01');
    (assessment.answers.q1 as { value: string }).value = 'yes';
    (assessment.actionPlan.q2 as { owner: string }).owner = 'Bo';
    expect(previous.answers.q1).toEqual({ value: 'partly' });
    expect(previous.actionPlan.q2?.owner).toBe('Ada');
  });

  it('counts on from the previous round number', () => {
    const second = startNextRound(firstRound(), roundsQuestionnaire(), 'r2', NOW, '2027-03-01').assessment;
    const third = startNextRound(second, roundsQuestionnaire(), 'r3', NOW, '2027-06-01').assessment;
    expect(roundNumber(firstRound())).toBe(1);
    expect(roundNumber(third)).toBe(3);
    expect(third.round?.previousRoundId).toBe('r2');
  });

  it('moves to a newer questionnaire version by question id and lists what could not be carried', () => {
    const { assessment, carried, notCarried } = startNextRound(firstRound(), roundsQuestionnaireV2(), 'r2', NOW, '2027-03-01');
    expect(assessment.questionnaire).toEqual({ id: 'test', version: '2.0.0', contentHash: '2'.repeat(64), title: 'Test questionnaire' });
    expect(assessment.answers).toEqual({ q1: { value: 'partly' }, q3: {}, q4: { value: 'Shops only' } });
    expect(carried).toBe(2);
    expect(assessment.round?.toReview).toEqual(['q1', 'q4']);
    expect(assessment.round?.previousVersion).toBe('1.0.0');
    expect(notCarried).toEqual([
      '"q2" is not a question in Test questionnaire 2.0.0, so its answer was left out.',
      'Question 2.1 no longer offers "bad", so that choice was removed.',
    ]);
    expect(assessment.round?.notCarried).toEqual(notCarried);
  });

  it('makes an assessment the stored schema accepts, and an old stored one without rounds still parses', () => {
    const { assessment } = startNextRound(firstRound(), roundsQuestionnaire(), 'r2', NOW, '2027-03-01');
    expect(assessmentSchema.safeParse(assessment).success).toBe(true);
    const old = JSON.parse(JSON.stringify(firstRound())) as Record<string, unknown>;
    delete old.round;
    const parsed = assessmentSchema.safeParse(old);
    expect(parsed.success && parsed.data.round).toBeUndefined();
  });
});
