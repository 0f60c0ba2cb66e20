import { countAnswers, countStatus, doneRatio } from '../questionnaire/answer-counts.ts';
import type { Completeness } from './types.ts';
import type { VisibleQuestion } from './visible-questions.ts';

/** How much of what is expected is answered; any gap makes the result a draft. */
export function assessCompleteness(visible: readonly VisibleQuestion[]): Completeness {
  const counts = countAnswers(visible);
  const missing = visible
    .filter(({ question, answer }) => countStatus(question, answer) === 'to-answer')
    .map(({ question, section }) => ({
      questionId: question.id,
      number: question.number,
      text: question.text,
      sectionId: section.id,
    }));
  return { counts, ratio: doneRatio(counts), missing };
}
