import type { Questionnaire } from '../../questionnaire/model.ts';
import type { Answers } from '../../questionnaire/answers.ts';

/** Placeholder until the scoring engine lands (issue 4): shows nothing yet. */
export function LiveScore(_props: { questionnaire: Questionnaire; answers: Answers }) {
  return null;
}
