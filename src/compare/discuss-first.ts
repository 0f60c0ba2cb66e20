import type { QuestionAgreement } from './question-agreement.ts';

/** How many questions "Discuss these first" lists at most: a workshop's agenda, not the whole questionnaire. */
export const DISCUSS_FIRST_LIMIT = 10;

/**
 * The tier a disagreement is in, most urgent first:
 * 0. split on a minimum: some respondents meet a must-have (or critical)
 *    minimum and some do not, so they disagree about the verdict itself;
 * 1. far apart on a must-have or critical question, all on the same side of its minimum;
 * 2. far apart on any other question.
 */
export function discussionTier(question: QuestionAgreement): 0 | 1 | 2 {
  if (question.mustHaveSplit) return 0;
  return question.grading !== null ? 1 : 2;
}

/** How much a disagreement weighs: the question's weight times the share of its points between the answers. */
export function disagreementWeight(question: QuestionAgreement): number {
  return question.weight * question.ratioSpread;
}

function position(number: string): number[] {
  return number.split('.').map(Number);
}

function byQuestionnaireOrder(a: QuestionAgreement, b: QuestionAgreement): number {
  const [sectionA = 0, questionA = 0] = position(a.number);
  const [sectionB = 0, questionB = 0] = position(b.number);
  return sectionA - sectionB || questionA - questionB;
}

/**
 * The order of "Discuss these first": tier (`discussionTier`), then the
 * heavier disagreement (`disagreementWeight`), then the heavier question,
 * then the wider spread in steps, then questionnaire order, so that the
 * order never depends on how the list was given.
 */
export function compareForDiscussion(a: QuestionAgreement, b: QuestionAgreement): number {
  return (
    discussionTier(a) - discussionTier(b) ||
    disagreementWeight(b) - disagreementWeight(a) ||
    b.weight - a.weight ||
    (b.stepSpread ?? 0) - (a.stepSpread ?? 0) ||
    byQuestionnaireOrder(a, b)
  );
}

/** The questions respondents disagree on, the ones to talk about first at the top, at most `limit`. */
export function discussFirst(questions: readonly QuestionAgreement[], limit = DISCUSS_FIRST_LIMIT): QuestionAgreement[] {
  return questions
    .filter((question) => question.disagrees)
    .sort(compareForDiscussion)
    .slice(0, limit);
}
