import type { Condition } from './schema.ts';
import type { Questionnaire } from './model.ts';

function labelOf(questionnaire: Questionnaire, questionId: string, value: string): string {
  for (const section of questionnaire.sections) {
    const question = section.questions.find((candidate) => candidate.id === questionId);
    const option = question?.options.find((candidate) => candidate.value === value);
    if (option) return option.label;
  }
  return value;
}

function numberOf(questionnaire: Questionnaire, questionId: string): string {
  for (const section of questionnaire.sections) {
    const question = section.questions.find((candidate) => candidate.id === questionId);
    if (question) return `question ${question.number}`;
  }
  return `"${questionId}"`;
}

/** A condition in plain words: "question 1.4 is Yes, or question 1.5 is Yes". */
export function describeCondition(questionnaire: Questionnaire, condition: Condition): string {
  if ('not' in condition) return `not (${describeCondition(questionnaire, condition.not)})`;
  if ('all' in condition) return condition.all.map((part) => describeCondition(questionnaire, part)).join(', and ');
  if ('any' in condition) return condition.any.map((part) => describeCondition(questionnaire, part)).join(', or ');
  const subject = numberOf(questionnaire, condition.question);
  if ('equals' in condition) return `${subject} is “${labelOf(questionnaire, condition.question, condition.equals)}”`;
  if ('oneOf' in condition) {
    const labels = condition.oneOf.map((value) => `“${labelOf(questionnaire, condition.question, value)}”`);
    return `${subject} is one of ${labels.join(', ')}`;
  }
  return condition.answered ? `${subject} is answered` : `${subject} is not answered`;
}
