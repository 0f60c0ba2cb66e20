import type { Question, Questionnaire } from './model.ts';
import { isAnswered, type Answer, type Answers } from './answers.ts';
import { computeVisibility, type Visibility } from './visibility.ts';
import { plural } from './wording.ts';

/**
 * The four counts every view shows (task list, check answers, results, PDF):
 * one function, so two screens can never disagree by one question.
 */
export interface AnswerCounts {
  /** Answered with a real answer (optional questions included). */
  answered: number;
  /** Required or scored, shown and not answered yet. */
  toAnswer: number;
  /** Answered "Not applicable" where the question offers it. */
  notApplicable: number;
  /** Optional and unscored, shown and left blank. */
  optional: number;
  /** Every question shown: the four above add up to it. */
  total: number;
}

export type CountStatus = 'answered' | 'to-answer' | 'not-applicable' | 'optional';

/**
 * A question must be answered before the result is final when it is required
 * or can earn points. Scored questions are expected even when optional: left
 * blank they silently count as 0, which should be a choice, not an accident.
 */
export function isExpected(question: Question): boolean {
  return question.required || question.scored;
}

/** Where one shown question falls among the four counts. */
export function countStatus(question: Question, answer: Answer | undefined): CountStatus {
  if (answer?.notApplicable === true && question.notApplicable) return 'not-applicable';
  if (isAnswered(question, answer)) return 'answered';
  return isExpected(question) ? 'to-answer' : 'optional';
}

export const NO_ANSWERS: AnswerCounts = { answered: 0, toAnswer: 0, notApplicable: 0, optional: 0, total: 0 };

/** Counts the shown questions given, each with its answer. */
export function countAnswers(shown: ReadonlyArray<{ question: Question; answer: Answer | undefined }>): AnswerCounts {
  const counts = { ...NO_ANSWERS };
  for (const { question, answer } of shown) {
    const status = countStatus(question, answer);
    if (status === 'answered') counts.answered += 1;
    else if (status === 'to-answer') counts.toAnswer += 1;
    else if (status === 'not-applicable') counts.notApplicable += 1;
    else counts.optional += 1;
    counts.total += 1;
  }
  return counts;
}

/** Share of what is expected that is done: answered or "Not applicable". 1 when nothing is expected. */
export function doneRatio(counts: AnswerCounts): number {
  const expected = counts.total - counts.optional;
  return expected === 0 ? 1 : (expected - counts.toAnswer) / expected;
}

/** "12 answered, 3 to answer, 1 not applicable, 2 optional left blank": the same words everywhere. */
export function describeCounts(counts: AnswerCounts): string {
  const parts = [`${counts.answered} answered`];
  if (counts.toAnswer > 0) parts.push(`${counts.toAnswer} to answer`);
  if (counts.notApplicable > 0) parts.push(`${counts.notApplicable} not applicable`);
  if (counts.optional > 0) parts.push(`${counts.optional} optional left blank`);
  return `${parts.join(', ')} (of ${plural(counts.total, 'question')})`;
}

/** The counts of a whole assessment: every question shown by its answers, in shown sections. */
export function countAssessment(
  questionnaire: Questionnaire,
  answers: Answers,
  visibility: Visibility = computeVisibility(questionnaire, answers),
): AnswerCounts {
  const shown = questionnaire.sections
    .filter((section) => visibility.sections.has(section.id))
    .flatMap((section) => section.questions.filter((question) => visibility.questions.has(question.id)))
    .map((question) => ({ question, answer: answers[question.id] }));
  return countAnswers(shown);
}
