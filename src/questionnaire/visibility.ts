import type { Condition } from './schema.ts';
import type { Question, Questionnaire } from './model.ts';
import { isAnswered, selectedValues, type Answers } from './answers.ts';

/** Which sections and questions are shown for a set of answers. */
export interface Visibility {
  sections: Set<string>;
  questions: Set<string>;
}

function holds(condition: Condition, answers: Answers, shown: Map<string, Question>): boolean {
  if ('not' in condition) return !holds(condition.not, answers, shown);
  if ('all' in condition) return condition.all.every((part) => holds(part, answers, shown));
  if ('any' in condition) return condition.any.some((part) => holds(part, answers, shown));
  // A hidden question's answer is kept but never counts, so conditions on it
  // see it as unanswered.
  const question = shown.get(condition.question);
  const answer = question ? answers[condition.question] : undefined;
  if ('answered' in condition) return (question ? isAnswered(question, answer) : false) === condition.answered;
  if (!question) return false;
  const picked = selectedValues(question, answer);
  if ('equals' in condition) return picked.includes(condition.equals);
  return picked.some((value) => condition.oneOf.includes(value));
}

/**
 * Evaluates every condition in questionnaire order. Conditions only look
 * backwards (the checker guarantees it), so one pass settles everything.
 */
export function computeVisibility(questionnaire: Questionnaire, answers: Answers): Visibility {
  const shown = new Map<string, Question>();
  const sections = new Set<string>();
  for (const section of questionnaire.sections) {
    if (section.visibleWhen && !holds(section.visibleWhen, answers, shown)) continue;
    sections.add(section.id);
    for (const question of section.questions) {
      if (question.visibleWhen && !holds(question.visibleWhen, answers, shown)) continue;
      shown.set(question.id, question);
    }
  }
  return { sections, questions: new Set(shown.keys()) };
}
