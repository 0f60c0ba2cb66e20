import type { Questionnaire } from '../questionnaire/model.ts';
import type { Assessment } from './assessment.ts';
import { createAssessment } from './create-assessment.ts';
import { reconcileWithQuestionnaire } from './reconcile-with-questionnaire.ts';

/**
 * A new assessment on the full review, carrying over every quick-check
 * answer whose question (by id) the full review also asks. The quick check
 * itself is left as it was, so its result stays on record.
 */
export function continueWithFullReview(
  quickCheck: Assessment,
  fullReview: Questionnaire,
  id: string,
  now: Date,
): { assessment: Assessment; carried: number } {
  const fresh = createAssessment({ id, questionnaire: fullReview, context: quickCheck.context, now });
  const reconciled = reconcileWithQuestionnaire({ ...fresh, answers: quickCheck.answers }, fullReview);
  return { assessment: reconciled.assessment, carried: Object.keys(reconciled.assessment.answers).length };
}
