import * as z from 'zod/mini';
import type { Question } from './model.ts';

/**
 * One question's answer. `value` is an option value (pick one), a list of
 * option values (pick many) or the text typed (text questions). Notes and a
 * "Not applicable" justification travel beside it.
 */
/** Long enough for a pasted policy extract; short enough to keep a report printable. */
export const MAX_TEXT_LENGTH = 50_000;

/** More answers than any questionnaire has questions; a file with more is not one of ours. */
export const MAX_ANSWERS = 5000;

// The same limit as the section form says, for text that arrives from a file.
function answerText(what: string) {
  return z.string().check(z.maxLength(MAX_TEXT_LENGTH, `Keep ${what} to ${MAX_TEXT_LENGTH.toLocaleString('en')} characters or fewer`));
}

// Picked option values are ids: short, and no more of them than a question offers.
const pickedValues = z
  .array(z.string().check(z.maxLength(100, 'must be at most 100 characters long')))
  .check(z.maxLength(100, 'may have at most 100 choices'));

export const answerSchema = z.object({
  value: z.optional(z.union([answerText('the answer'), pickedValues])),
  notApplicable: z.optional(z.boolean()),
  justification: z.optional(answerText('the reason')),
  notes: z.optional(answerText('the notes')),
});

/**
 * The same shape without the length limits, for the section form: it says
 * those limits itself, naming the question (see `questionIssues`), and one
 * message per field is all a person sees.
 */
export const formAnswerSchema = z.object({
  value: z.optional(z.union([z.string(), z.array(z.string())])),
  notApplicable: z.optional(z.boolean()),
  justification: z.optional(z.string()),
  notes: z.optional(z.string()),
});

export const answersSchema = z
  .record(z.string().check(z.maxLength(100, 'must be at most 100 characters long')), answerSchema)
  .check(z.refine((answers) => Object.keys(answers).length <= MAX_ANSWERS, `may have at most ${MAX_ANSWERS.toLocaleString('en')} answers`));

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

function cleanText(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function cleanAnswer(raw: unknown): Answer | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const fields = raw as Record<string, unknown>;
  const value = Array.isArray(fields.value)
    ? fields.value.filter((item): item is string => typeof item === 'string')
    : cleanText(fields.value);
  const answer: Answer = {
    value: Array.isArray(value) && value.length === 0 ? undefined : value,
    notApplicable: fields.notApplicable === true ? true : undefined,
    justification: cleanText(fields.justification),
    notes: cleanText(fields.notes),
  };
  const kept = Object.fromEntries(Object.entries(answer).filter(([, member]) => member !== undefined)) as Answer;
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/**
 * Turns raw form values into answers: an unchecked checkbox group arrives as
 * `false`, an untouched radio group as `null`, an emptied field as ''. None
 * of those is an answer, and none is stored.
 */
export function answersFromForm(values: unknown): Answers {
  if (values === null || typeof values !== 'object') return {};
  const answers: [string, Answer][] = [];
  for (const [questionId, raw] of Object.entries(values as Record<string, unknown>)) {
    const answer = cleanAnswer(raw);
    if (answer) answers.push([questionId, answer]);
  }
  // Every key its own, even one named "__proto__" (see reconcileWithQuestionnaire).
  return Object.fromEntries(answers);
}
