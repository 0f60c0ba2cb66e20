import type { Question } from './model.ts';
import { isAnswered, selectedValues, type Answer } from './answers.ts';

/** How an answer reads in a list of answers (check page, report). */
export type AnswerDescription =
  | { kind: 'unanswered' }
  | { kind: 'not-applicable'; justification: string }
  | { kind: 'answer'; text: string };

export function describeAnswer(question: Question, answer: Answer | undefined): AnswerDescription {
  if (!isAnswered(question, answer) || !answer) return { kind: 'unanswered' };
  if (answer.notApplicable) return { kind: 'not-applicable', justification: answer.justification?.trim() ?? '' };
  if (question.kind === 'text') return { kind: 'answer', text: typeof answer.value === 'string' ? answer.value.trim() : '' };
  const picked = new Set(selectedValues(question, answer));
  const labels = question.options.filter((option) => picked.has(option.value)).map((option) => option.label);
  return { kind: 'answer', text: labels.join('; ') };
}
