import type { Option, Question } from '../questionnaire/model.ts';
import { isAnswered, selectedValues, type Answer } from '../questionnaire/answers.ts';
import type { QuestionResult, QuestionStatus } from './types.ts';
import { SCORE_TOLERANCE } from './precision.ts';
import { isExpected } from '../questionnaire/answer-counts.ts';

/** "Not applicable" only counts where the question offers it; elsewhere the answer is missing. */
export function isNotApplicable(question: Question, answer: Answer | undefined): boolean {
  return answer?.notApplicable === true && question.notApplicable;
}

/** The options an answer picks, in the questionnaire's option order. */
export function chosenOptions(question: Question, answer: Answer | undefined): Option[] {
  const picked = new Set(selectedValues(question, answer));
  return question.options.filter((option) => picked.has(option.value));
}

/** Labels of the chosen options, or null when nothing is chosen. */
export function answerLabels(question: Question, answer: Answer | undefined): string[] | null {
  const labels = chosenOptions(question, answer).map((option) => option.label);
  return labels.length > 0 ? labels : null;
}

/** Points an answer earns: the chosen option's score, or the sum of the chosen ones capped at `maxScore`. */
export function rawPoints(question: Question, answer: Answer | undefined): number {
  const sum = chosenOptions(question, answer).reduce((total, option) => total + option.score, 0);
  return Math.min(sum, question.maxScore);
}

/** points / maxScore, clamped to [0, 1]; 0 when the question has no points to give. */
export function pointsRatio(question: Question, points: number): number {
  if (question.maxScore <= 0) return 0;
  const ratio = points / question.maxScore;
  if (ratio >= 1 - SCORE_TOLERANCE) return 1;
  return Math.max(0, ratio);
}

/** Whether a question can earn points at all. */
export function canScore(question: Question): boolean {
  // `scored` is derived from weight and maxScore; checking them again keeps
  // the division safe on a hand-built questionnaire where they disagree.
  return question.scored && question.weight > 0 && question.maxScore > 0;
}

export function questionStatus(question: Question, answer: Answer | undefined): QuestionStatus {
  if (isNotApplicable(question, answer)) return 'not-applicable';
  if (!canScore(question)) return 'unscored';
  return isAnswered(question, answer) ? 'answered' : 'unanswered';
}

/** Whether a question with this status takes part in its section's score. */
export function counts(status: QuestionStatus): boolean {
  return status === 'answered' || status === 'unanswered';
}

/**
 * Scores one visible question. A counting question adds `ratio × weight` to
 * its section and could add `weight`; an unanswered one earns 0. N/A and
 * unscored questions add nothing to either side.
 */
export function scoreQuestion(question: Question, answer: Answer | undefined): QuestionResult {
  const status = questionStatus(question, answer);
  const counting = counts(status);
  const points = counting ? rawPoints(question, answer) : null;
  const ratio = points === null ? null : pointsRatio(question, points);
  return {
    id: question.id,
    sectionId: question.sectionId,
    number: question.number,
    text: question.text,
    status,
    answered: isAnswered(question, answer),
    expected: isExpected(question),
    critical: question.critical !== undefined || question.mustHave !== undefined,
    answerLabels: status === 'not-applicable' ? null : answerLabels(question, answer),
    points,
    maxScore: question.maxScore,
    ratio,
    weight: question.weight,
    contribution: ratio === null ? 0 : ratio * question.weight,
    possible: counting ? question.weight : 0,
  };
}
