import { z } from 'zod';
import type { Question } from './model.ts';

/**
 * One question's answer. `value` is an option value (pick one), a list of
 * option values (pick many) or the text typed (text questions). Notes and a
 * "Not applicable" justification travel beside it.
 */
export const answerSchema = z.object({
  value: z.union([z.string(), z.array(z.string())]).optional(),
  notApplicable: z.boolean().optional(),
  justification: z.string().optional(),
  notes: z.string().optional(),
});

export const answersSchema = z.record(z.string(), answerSchema);

export type Answer = z.infer<typeof answerSchema>;
export type Answers = z.infer<typeof answersSchema>;

/** The option values an answer selects, ignoring values the question does not offer. */
export function selectedValues(question: Question, answer: Answer | undefined): string[] {
  if (!answer || answer.notApplicable || question.kind === 'text') return [];
  const raw = Array.isArray(answer.value) ? answer.value : answer.value ? [answer.value] : [];
  const offered = new Set(question.options.map((option) => option.value));
  const picked = raw.filter((value) => offered.has(value));
  return question.kind === 'single' ? picked.slice(0, 1) : [...new Set(picked)];
}

/** Answered means a usable answer or "Not applicable" where the question allows it. */
export function isAnswered(question: Question, answer: Answer | undefined): boolean {
  if (!answer) return false;
  if (answer.notApplicable) return question.notApplicable;
  if (question.kind === 'text') return typeof answer.value === 'string' && answer.value.trim() !== '';
  return selectedValues(question, answer).length > 0;
}
