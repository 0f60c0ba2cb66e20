import type { Question } from '../questionnaire/model.ts';
import type { Completeness, QuestionResult } from './types.ts';

/**
 * A question must be answered before the result is final when it is required
 * or can earn points. Scored questions are expected even when optional: left
 * blank they silently count as 0, which should be a choice, not an accident.
 */
export function isExpected(question: Question): boolean {
  return question.required || question.scored;
}

/** How much of what is expected is answered; any gap makes the result a draft. */
export function assessCompleteness(questions: readonly QuestionResult[]): Completeness {
  const expected = questions.filter((question) => question.expected);
  const missing = expected
    .filter((question) => !question.answered)
    .map((question) => ({
      questionId: question.id,
      number: question.number,
      text: question.text,
      sectionId: question.sectionId,
    }));
  const answered = expected.length - missing.length;
  return {
    expected: expected.length,
    answered,
    ratio: expected.length === 0 ? 1 : answered / expected.length,
    missing,
  };
}
