import { answersFromForm, selectedValues, type Answer } from '../../questionnaire/answers.ts';
import { applyExclusive } from '../../questionnaire/exclusive-options.ts';
import type { Question } from '../../questionnaire/model.ts';

// The section form's own cleaning: an empty answer is no answer, and is not stored.
function cleaned(answer: Answer): Answer | undefined {
  return answersFromForm({ answer }).answer;
}

/**
 * One option chosen by its number: pick-one takes it, pick-many ticks or
 * unticks it with the exclusive options' rule ("None of these" clears the
 * others, and the others clear it). An answer clears "Not applicable".
 */
export function chooseOption(question: Question, answer: Answer | undefined, index: number): Answer | undefined {
  const option = question.options[index];
  if (!option || question.kind === 'text') return answer;
  const rest = { ...answer, notApplicable: undefined };
  if (question.kind === 'single') return cleaned({ ...rest, value: option.value });
  const previous = selectedValues(question, { ...answer, notApplicable: undefined });
  const next = previous.includes(option.value) ? previous.filter((value) => value !== option.value) : [...previous, option.value];
  return cleaned({ ...rest, value: applyExclusive(question, previous, next) });
}

/** Ticks or unticks "Not applicable" where the question allows it; the choice made is kept, as the section form keeps it. */
export function toggleNotApplicable(question: Question, answer: Answer | undefined): Answer | undefined {
  if (!question.notApplicable) return answer;
  return cleaned({ ...answer, notApplicable: answer?.notApplicable === true ? undefined : true });
}

/** Text typed into the answer, the reason or the notes. */
export function withText(answer: Answer | undefined, field: 'value' | 'justification' | 'notes', text: string): Answer | undefined {
  return cleaned({ ...answer, [field]: text });
}
