import type { Question } from '../questionnaire/model.ts';
import { isAnswered } from '../questionnaire/answers.ts';
import type { RedFlag } from './types.ts';
import type { VisibleQuestion } from './visible-questions.ts';
import { answerLabels, isNotApplicable, rawPoints } from './question-score.ts';
import { SCORE_TOLERANCE } from './precision.ts';

function minimumLabel(question: Question, minimum: string): string {
  return question.options.find((option) => option.value === minimum)?.label ?? minimum;
}

/**
 * The red flag a visible question raises, if any: a critical question left
 * unanswered, or answered with fewer points than its minimum option scores.
 * "Not applicable" raises none where the question allows it.
 */
export function findRedFlag({ question, section, answer }: VisibleQuestion): RedFlag | null {
  const critical = question.critical;
  if (!critical || isNotApplicable(question, answer)) return null;
  const answered = isAnswered(question, answer);
  // A pick-many cap below the minimum option's score would make the flag
  // impossible to clear, so the bar is never above what can be reached.
  const bar = Math.min(critical.minimumScore, question.maxScore);
  if (answered && rawPoints(question, answer) >= bar - SCORE_TOLERANCE) return null;
  return {
    questionId: question.id,
    number: question.number,
    text: question.text,
    sectionId: section.id,
    sectionTitle: section.title,
    kind: answered ? 'below-minimum' : 'unanswered',
    answerLabels: answered ? answerLabels(question, answer) : null,
    minimumLabel: minimumLabel(question, critical.minimum),
    reason: critical.reason ?? null,
  };
}

/** Every red flag among the visible questions, in questionnaire order. */
export function findRedFlags(visible: readonly VisibleQuestion[]): RedFlag[] {
  return visible.flatMap((entry) => findRedFlag(entry) ?? []);
}
