import type { Question } from '../questionnaire/model.ts';
import { isAnswered } from '../questionnaire/answers.ts';
import type { PendingMustHave, RedFlag, RedFlagSeverity } from './types.ts';
import type { VisibleQuestion } from './visible-questions.ts';
import { answerLabels, isNotApplicable, rawPoints } from './question-score.ts';
import { SCORE_TOLERANCE } from './precision.ts';

function labelOf(question: Question, value: string): string {
  return question.options.find((option) => option.value === value)?.label ?? value;
}

// A pick-many cap below the minimum option's score would make a threshold
// impossible to meet, so the bar is never above what can be reached.
function falls(question: Question, points: number, minimumScore: number): boolean {
  return points < Math.min(minimumScore, question.maxScore) - SCORE_TOLERANCE;
}

/** Whether a question decides the verdict: critical, a must-have, or both. */
export function isGraded(question: Question): boolean {
  return question.critical !== undefined || question.mustHave !== undefined;
}

/**
 * The red flag an answered question raises, if any: below its critical
 * minimum (blocking), else below its must-have minimum. An unanswered
 * question raises none: a flag is about what a team said, and "still to
 * answer" is listed on its own (`findPendingMustHaves`).
 */
export function findRedFlag({ question, section, answer }: VisibleQuestion): RedFlag | null {
  if (!isGraded(question) || isNotApplicable(question, answer) || !isAnswered(question, answer)) return null;
  const points = rawPoints(question, answer);
  const { critical, mustHave } = question;
  let severity: RedFlagSeverity;
  let minimum: string;
  if (critical && falls(question, points, critical.minimumScore)) {
    severity = 'blocking';
    minimum = critical.minimum;
  } else if (mustHave && falls(question, points, mustHave.minimumScore)) {
    severity = 'must-have';
    minimum = mustHave.minimum;
  } else {
    return null;
  }
  return {
    questionId: question.id,
    number: question.number,
    text: question.text,
    sectionId: section.id,
    sectionTitle: section.title,
    severity,
    name: mustHave?.name ?? null,
    answerLabels: answerLabels(question, answer) ?? [],
    minimumLabel: labelOf(question, minimum),
    reason: (severity === 'blocking' ? critical?.reason : undefined) ?? mustHave?.reason ?? critical?.reason ?? null,
  };
}

/** Every red flag among the visible questions, in questionnaire order. */
export function findRedFlags(visible: readonly VisibleQuestion[]): RedFlag[] {
  return visible.flatMap((entry) => findRedFlag(entry) ?? []);
}

/** Critical and must-have questions shown and not answered yet, in questionnaire order. */
export function findPendingMustHaves(visible: readonly VisibleQuestion[]): PendingMustHave[] {
  return visible
    .filter(({ question, answer }) => isGraded(question) && !isAnswered(question, answer))
    .map(({ question, section }) => ({
      questionId: question.id,
      number: question.number,
      text: question.text,
      sectionId: section.id,
      name: question.mustHave?.name ?? null,
    }));
}
