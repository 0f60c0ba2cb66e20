import { isAnswered } from '../questionnaire/answers.ts';
import type { Questionnaire } from '../questionnaire/model.ts';
import type { Assessment } from '../storage/assessment.ts';
import { createAssessment } from '../storage/create-assessment.ts';
import { reconcileWithQuestionnaire } from '../storage/reconcile-with-questionnaire.ts';

export interface NextRound {
  assessment: Assessment;
  /** Answers carried over, each marked for review. */
  carried: number;
  /** What could not be carried over to the questionnaire's current version, in words. */
  notCarried: string[];
}

/**
 * The next round of an assessment: the same product assessed again, on the
 * questionnaire's current version. Answers (matched by question id), the
 * context, the limitations and the action plan with its owners, dates and
 * states are carried over, and every carried answer is marked for review
 * until the person confirms or changes it. Final reports and the
 * declaration belong to the round they were made for and are not carried.
 * The previous round is left as it was.
 */
export function startNextRound(previous: Assessment, questionnaire: Questionnaire, id: string, now: Date, today: string): NextRound {
  const fresh = createAssessment({ id, questionnaire, context: { ...previous.context, date: today }, now });
  const reconciled = reconcileWithQuestionnaire({ ...fresh, answers: structuredClone(previous.answers) }, questionnaire);
  // An answer whose only choice is gone is no answer: it is to answer again, not to review.
  const carriedIds = questionnaire.sections
    .flatMap((section) => section.questions)
    .filter((question) => isAnswered(question, reconciled.assessment.answers[question.id]))
    .map((question) => question.id);
  const notCarried = reconciled.dropped.map((drop) => drop.message);
  return {
    assessment: {
      ...reconciled.assessment,
      actionPlan: structuredClone(previous.actionPlan),
      limitations: previous.limitations,
      round: {
        number: (previous.round?.number ?? 1) + 1,
        previousRoundId: previous.id,
        previousProject: previous.context.project,
        previousDate: previous.context.date,
        previousVersion: previous.questionnaire.version,
        toReview: carriedIds,
        notCarried,
      },
    },
    carried: carriedIds.length,
    notCarried,
  };
}

/** The round number of an assessment: 1 unless it was started from an earlier one. */
export function roundNumber(assessment: Pick<Assessment, 'round'>): number {
  return assessment.round?.number ?? 1;
}
