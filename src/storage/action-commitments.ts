import type { ActionCommitment, Assessment } from './assessment.ts';

export const NO_COMMITMENT: ActionCommitment = { owner: '', due: '', state: 'open', reason: '' };

/**
 * The owner, date and state of one action. Actions are kept under their id
 * (a group id, or a question id when the action stands alone); a plan made
 * before actions were grouped kept them under question ids, so those are
 * looked up next, the lead question first.
 */
export function commitmentFor(plan: Assessment['actionPlan'], actionId: string, questionIds: readonly string[] = []): ActionCommitment {
  for (const key of [actionId, ...questionIds]) {
    if (Object.prototype.hasOwnProperty.call(plan, key)) return plan[key] ?? NO_COMMITMENT;
  }
  return NO_COMMITMENT;
}

/** The plan with one action's commitment changed. */
export function withCommitment(
  plan: Assessment['actionPlan'],
  actionId: string,
  questionIds: readonly string[],
  change: Partial<ActionCommitment>,
): Assessment['actionPlan'] {
  return { ...plan, [actionId]: { ...commitmentFor(plan, actionId, questionIds), ...change } };
}
