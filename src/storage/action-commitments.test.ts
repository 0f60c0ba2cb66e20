import { describe, expect, it } from 'vitest';
import { commitmentFor, NO_COMMITMENT, withCommitment } from './action-commitments.ts';

describe('action commitments', () => {
  it('finds an action by its id, then by the questions it answers (plans saved before grouping), else none', () => {
    const plan = {
      assessments: { owner: 'Ada', due: '2027-01-10', state: 'in-progress' as const, reason: '' },
      fria: { owner: 'Old', due: '', state: 'open' as const, reason: '' },
    };
    expect(commitmentFor(plan, 'assessments', ['dpia', 'fria']).owner).toBe('Ada');
    expect(commitmentFor(plan, 'rights', ['dpia', 'fria']).owner).toBe('Old');
    expect(commitmentFor(plan, 'other', ['x'])).toEqual(NO_COMMITMENT);
    // A key that only exists on Object.prototype is not a commitment.
    expect(commitmentFor(plan, 'toString')).toEqual(NO_COMMITMENT);
  });

  it('stores a change under the action id, starting from what was there', () => {
    const plan = { dpia: { owner: 'Ada', due: '', state: 'open' as const, reason: '' } };
    expect(withCommitment(plan, 'assessments', ['dpia'], { state: 'not-needed', reason: 'Done by the client.' })).toEqual({
      dpia: { owner: 'Ada', due: '', state: 'open', reason: '' },
      assessments: { owner: 'Ada', due: '', state: 'not-needed', reason: 'Done by the client.' },
    });
  });
});
