import { loadQuestionnaireFile } from '../../scripts/load-questionnaire-file.ts';
import type { Question, Questionnaire } from '../../src/questionnaire/model.ts';

/**
 * A bundled questionnaire, read the way the build reads it, so tests know its
 * questions. `folder` is e2e/questions for the ones only the tests bundle.
 */
export function loadQuestionnaire(id: string, folder = 'questions'): Promise<Questionnaire> {
  return loadQuestionnaireFile(`${folder}/${id}.yaml`);
}

export function bestOption(question: Question) {
  return [...question.options].sort((a, b) => b.score - a.score)[0]!;
}

export function worstOption(question: Question) {
  return [...question.options].sort((a, b) => a.score - b.score)[0]!;
}

export function findQuestion(questionnaire: Questionnaire, id: string): Question {
  const question = questionnaire.sections.flatMap((section) => section.questions).find((candidate) => candidate.id === id);
  if (!question) throw new Error(`no question ${id}`);
  return question;
}
