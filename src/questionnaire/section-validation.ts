import * as z from 'zod/mini';
import type { Question, Section } from './model.ts';
import { answersFromForm, formAnswerSchema, isAnswered, MAX_TEXT_LENGTH, selectedValues, type Answer, type Answers } from './answers.ts';

export { MAX_TEXT_LENGTH } from './answers.ts';

export type AnswerField = 'value' | 'justification' | 'notes';

/** One problem with one field of one answer, in words a person can act on. */
export interface AnswerIssue {
  questionId: string;
  field: AnswerField;
  message: string;
}

function missingAnswerMessage(question: Question): string {
  const orNotApplicable = question.notApplicable ? ', or say it does not apply' : '';
  if (question.kind === 'text') return `Enter an answer to question ${question.number}${orNotApplicable}`;
  if (question.kind === 'multiple') return `Choose at least one answer to question ${question.number}${orNotApplicable}`;
  return `Choose an answer to question ${question.number}${orNotApplicable}`;
}

/** The chosen option that needs a written reason, if any (e.g. "The product makes no such decisions"). */
export function optionNeedingReason(question: Question, answer: Answer | undefined): Question['options'][number] | undefined {
  const picked = new Set(selectedValues(question, answer));
  return question.options.find((option) => option.requiresReason && picked.has(option.value));
}

function exclusiveClash(question: Question, answer: Answer | undefined): string | null {
  if (question.kind !== 'multiple') return null;
  const picked = new Set(selectedValues(question, answer));
  const exclusive = question.options.find((option) => option.exclusive && picked.has(option.value));
  return exclusive && picked.size > 1 ? exclusive.label : null;
}

function tooLong(text: string | undefined): boolean {
  return (text?.length ?? 0) > MAX_TEXT_LENGTH;
}

/** Every problem with one visible question's answer; an empty list means it is fine. */
export function questionIssues(question: Question, answer: Answer | undefined): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  const issue = (field: AnswerField, message: string) => issues.push({ questionId: question.id, field, message });
  const notApplicable = question.notApplicable && answer?.notApplicable === true;
  if (notApplicable) {
    if (!answer?.justification?.trim()) issue('justification', `Explain why question ${question.number} does not apply`);
  } else if (!isAnswered(question, answer)) {
    if (question.required) issue('value', missingAnswerMessage(question));
  } else {
    const clash = exclusiveClash(question, answer);
    if (clash) issue('value', `“${clash}” cannot be chosen with other answers to question ${question.number}; untick one`);
    const needsReason = optionNeedingReason(question, answer);
    if (needsReason && !answer?.justification?.trim()) {
      issue('justification', `Explain why “${needsReason.label}” is the answer to question ${question.number}`);
    }
    if (question.evidence === 'required' && !answer?.notes?.trim()) {
      issue('notes', `Add notes or evidence for question ${question.number}`);
    }
  }
  const text = typeof answer?.value === 'string' && question.kind === 'text' ? answer.value : undefined;
  if (tooLong(text))
    issue('value', `Shorten the answer to question ${question.number} to ${MAX_TEXT_LENGTH.toLocaleString('en')} characters or fewer`);
  if (tooLong(answer?.notes))
    issue('notes', `Shorten the notes for question ${question.number} to ${MAX_TEXT_LENGTH.toLocaleString('en')} characters or fewer`);
  if (tooLong(answer?.justification))
    issue(
      'justification',
      `Shorten the reason for question ${question.number} to ${MAX_TEXT_LENGTH.toLocaleString('en')} characters or fewer`,
    );
  return issues;
}

/** The problems of a section's visible questions, in question order. */
export function sectionIssues(section: Section, answers: Answers, visibleQuestions: ReadonlySet<string>): AnswerIssue[] {
  return section.questions
    .filter((question) => visibleQuestions.has(question.id))
    .flatMap((question) => questionIssues(question, answers[question.id]));
}

/**
 * The zod schema of one section's answers, derived from the questionnaire:
 * required questions, a justification for "Not applicable", evidence where
 * required. Hidden questions are not checked: their answers are kept but
 * never count. Raw form values are cleaned first (see `answersFromForm`).
 */
export function sectionAnswersSchema(section: Section, visibleQuestions: ReadonlySet<string>) {
  return z.pipe(
    z.transform(answersFromForm),
    z.record(z.string(), formAnswerSchema).check(
      z.superRefine((answers, context) => {
        for (const issue of sectionIssues(section, answers, visibleQuestions)) {
          context.addIssue({ code: 'custom', path: [issue.questionId, issue.field], message: issue.message });
        }
      }),
    ),
  );
}
