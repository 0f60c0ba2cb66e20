import { isAnswered, type Answers } from '../questionnaire/answers.ts';
import type { Questionnaire } from '../questionnaire/model.ts';
import { canonicalJson } from '../questionnaire/hash.ts';
import { computeVisibility } from '../questionnaire/visibility.ts';
import type { Assessment } from '../storage/assessment.ts';

/**
 * "Marked for review": an answer carried over from the previous round that
 * the person has neither confirmed nor changed in this one. Only questions
 * shown and still answered count: a hidden question's answer counts for
 * nothing, so there is nothing to review there.
 */
export function answersToReview(questionnaire: Questionnaire, assessment: Pick<Assessment, 'answers' | 'round'>): string[] {
  const marked = new Set(assessment.round?.toReview ?? []);
  if (marked.size === 0) return [];
  const visibility = computeVisibility(questionnaire, assessment.answers);
  return questionnaire.sections
    .filter((section) => visibility.sections.has(section.id))
    .flatMap((section) => section.questions)
    .filter(
      (question) =>
        marked.has(question.id) && visibility.questions.has(question.id) && isAnswered(question, assessment.answers[question.id]),
    )
    .map((question) => question.id);
}

/** Whether one question's carried answer is still to review. */
export function isToReview(assessment: Pick<Assessment, 'round'>, questionId: string): boolean {
  return assessment.round?.toReview.includes(questionId) ?? false;
}

/** The assessment with these questions' carried answers confirmed as they are. */
export function confirmAnswers(assessment: Assessment, questionIds: readonly string[]): Assessment {
  const round = assessment.round;
  if (!round) return assessment;
  const confirmed = new Set(questionIds);
  const toReview = round.toReview.filter((id) => !confirmed.has(id));
  return toReview.length === round.toReview.length ? assessment : { ...assessment, round: { ...round, toReview } };
}

// Key order differs between a stored answer and one read back from the form.
// The same object first: a keystroke replaces one answer and keeps the others, so this stays cheap in a long assessment.
function sameAnswer(a: Answers[string] | undefined, b: Answers[string] | undefined): boolean {
  return a === b || canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

/**
 * The assessment with new answers: a question whose answer the person
 * changed is reviewed (they looked at it and decided), one left as it was
 * stays marked.
 */
export function withAnswersChanged(assessment: Assessment, answers: Answers): Assessment {
  const changed = (assessment.round?.toReview ?? []).filter((id) => !sameAnswer(assessment.answers[id], answers[id]));
  return confirmAnswers({ ...assessment, answers }, changed);
}
