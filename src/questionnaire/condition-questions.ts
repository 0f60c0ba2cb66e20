import type { Condition } from './schema.ts';
import type { Questionnaire } from './model.ts';

function collect(condition: Condition, into: Set<string>): void {
  if ('not' in condition) collect(condition.not, into);
  else if ('all' in condition) condition.all.forEach((part) => collect(part, into));
  else if ('any' in condition) condition.any.forEach((part) => collect(part, into));
  else into.add(condition.question);
}

/** The ids of every question some condition looks at: the answers that can show or hide others. */
export function conditionQuestionIds(questionnaire: Questionnaire): Set<string> {
  const ids = new Set<string>();
  for (const section of questionnaire.sections) {
    if (section.visibleWhen) collect(section.visibleWhen, ids);
    for (const question of section.questions) if (question.visibleWhen) collect(question.visibleWhen, ids);
  }
  return ids;
}
