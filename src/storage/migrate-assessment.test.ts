import { describe, expect, it } from 'vitest';
import { buildQuestionnaire } from '../scoring/build-questionnaire.test-support.ts';
import { changesSince, migrateAssessment } from './migrate-assessment.ts';
import { sampleAssessment, sampleQuestionnaire } from './fixtures.test-support.ts';

const NOW = new Date('2026-12-03T10:00:00.000Z');

// Version 2.0.0 of the sample: "purpose" stays, "groups" loses "public", "summary" is gone, "owner" is new.
function nextVersion() {
  const built = buildQuestionnaire([
    {
      id: 'basics',
      questions: [
        {
          id: 'purpose',
          options: [
            { value: 'yes', score: 1 },
            { value: 'no', score: 0 },
          ],
        },
        {
          id: 'groups',
          kind: 'multiple',
          options: [
            { value: 'staff', score: 1 },
            { value: 'children', score: 1 },
          ],
        },
        {
          id: 'owner',
          text: 'Who is accountable?',
          options: [
            { value: 'named', score: 2 },
            { value: 'nobody', score: 0 },
          ],
        },
      ],
    },
  ]);
  return {
    ...built,
    id: 'quick-check',
    version: '2.0.0',
    contentHash: 'hash-2',
    changelog: [
      { version: '1.1.0', changes: ['Reworded question 1.1.'] },
      { version: '2.0.0', changes: ['Added a question on accountability.', 'Removed the free-text summary.'] },
    ],
  };
}

describe('migrateAssessment', () => {
  it('keeps answers by question id, lists what was dropped, what is new and what changed, and records the move', () => {
    const moved = migrateAssessment(sampleAssessment(), nextVersion(), NOW);
    expect(moved?.assessment.questionnaire).toEqual({
      id: 'quick-check',
      version: '2.0.0',
      contentHash: 'hash-2',
      title: 'Test questionnaire',
    });
    expect(moved?.assessment.answers).toEqual({
      purpose: { value: 'yes', notes: 'Written down in the charter' },
      groups: { value: ['staff'] },
    });
    expect(moved?.migration).toEqual({
      at: '2026-12-03T10:00:00.000Z',
      fromVersion: '1.0.0',
      toVersion: '2.0.0',
      changes: ['Reworded question 1.1.', 'Added a question on accountability.', 'Removed the free-text summary.'],
      dropped: [
        'Question 1.2 no longer offers "public", so that choice was removed.',
        '"summary" is not a question in Test questionnaire 2.0.0, so its answer was left out.',
      ],
      newQuestions: ['1.3 Who is accountable?'],
      // Nothing is lost: what was changed or left out stays in the record of the move.
      keptAside: { groups: sampleAssessment().answers.groups, summary: sampleAssessment().answers.summary },
      acknowledged: false,
    });
    expect(moved?.assessment.migrations).toEqual([moved?.migration]);
    // The action plan and the person's place are the assessment's own, not the questionnaire's.
    expect(moved?.assessment.actionPlan).toEqual(sampleAssessment().actionPlan);
  });

  it('does nothing for the same content or for another questionnaire', () => {
    expect(migrateAssessment(sampleAssessment(), sampleQuestionnaire({ contentHash: 'hash-1' }), NOW)).toBeNull();
    expect(migrateAssessment(sampleAssessment(), { ...nextVersion(), id: 'other' }, NOW)).toBeNull();
  });

  it('tells the person when "Not applicable" is no longer offered', () => {
    const before = sampleAssessment({ answers: { purpose: { notApplicable: true, justification: 'Not ours.' } } });
    const moved = migrateAssessment(before, nextVersion(), NOW);
    expect(moved?.migration.dropped).toEqual(['Question 1.1 can no longer be answered “Not applicable”; please answer it.']);
  });

  it('takes the changelog entries after the old version up to the new one', () => {
    const questionnaire = nextVersion();
    expect(changesSince(questionnaire, '1.1.0')).toEqual(['Added a question on accountability.', 'Removed the free-text summary.']);
    expect(changesSince(questionnaire, '2.0.0')).toEqual([]);
    expect(changesSince(questionnaire, '0.9.0')).toHaveLength(3);
  });
});
