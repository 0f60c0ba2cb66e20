import type { Question } from './model.ts';
import { isAnswered, selectedValues, type Answer } from './answers.ts';

/** How an answer reads in a list of answers (check page, report). */
export type AnswerDescription =
  | { kind: 'unanswered' }
  | { kind: 'not-applicable'; justification: string }
  /** `reason`: the reason written for an answer that needs one ("The product makes no such decisions"), else null. */
  | { kind: 'answer'; text: string; reason: string | null };

export function describeAnswer(question: Question, answer: Answer | undefined): AnswerDescription {
  if (!isAnswered(question, answer) || !answer) return { kind: 'unanswered' };
  if (answer.notApplicable) return { kind: 'not-applicable', justification: answer.justification?.trim() ?? '' };
  if (question.kind === 'text') return { kind: 'answer', text: typeof answer.value === 'string' ? answer.value.trim() : '', reason: null };
  const picked = new Set(selectedValues(question, answer));
  const chosen = question.options.filter((option) => picked.has(option.value));
  const needsReason = chosen.some((option) => option.requiresReason);
  return {
    kind: 'answer',
    text: chosen.map((option) => option.label).join('; '),
    reason: needsReason ? (answer.justification?.trim() ?? '') : null,
  };
}
