import { describe, expect, it } from 'vitest';
import { buildQuestionnaire } from '../scoring/build-questionnaire.test-support.ts';
import { continueWithFullReview } from './continue-full-review.ts';
import { sampleAssessment } from './fixtures.test-support.ts';

describe('continueWithFullReview', () => {
  it('starts a new assessment on the full review with the answers to the questions it shares, by id', () => {
    const full = {
      ...buildQuestionnaire([
        {
          id: 'all',
          questions: [
            {
              id: 'purpose',
              options: [
                { value: 'yes', score: 1 },
                { value: 'no', score: 0 },
              ],
            },
            { id: 'extra', options: [{ value: 'a', score: 1 }] },
          ],
        },
      ]),
      id: 'launch-ethics',
      version: '2.0.0',
      contentHash: 'full-hash',
    };
    const quick = sampleAssessment();
    const { assessment, carried } = continueWithFullReview(quick, full, 'new-1', new Date('2026-12-03T09:00:00.000Z'));
    expect(carried).toBe(1);
    expect(assessment).toMatchObject({
      id: 'new-1',
      questionnaire: { id: 'launch-ethics', version: '2.0.0', contentHash: 'full-hash' },
      context: quick.context,
      answers: { purpose: { value: 'yes', notes: 'Written down in the charter' } },
      actionPlan: {},
      migrations: [],
      createdAt: '2026-12-03T09:00:00.000Z',
    });
  });
});
