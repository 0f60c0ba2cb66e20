import type { Question, Questionnaire, Section } from '../questionnaire/model.ts';
import type { Answer, Answers } from '../questionnaire/answers.ts';
import type { Visibility } from '../questionnaire/visibility.ts';
import type { QuestionResult } from './types.ts';

/** A question on screen, with its section and whatever answer it has. */
export interface VisibleQuestion {
  question: Question;
  section: Section;
  answer: Answer | undefined;
}

/** A visible question with its computed result. */
export interface ScoredQuestion extends VisibleQuestion {
  result: QuestionResult;
}

export function isSectionVisible(section: Section, visibility: Visibility): boolean {
  return visibility.sections.has(section.id);
}

/** Visible questions in questionnaire order; a question in a hidden section is hidden too. */
export function listVisibleQuestions(questionnaire: Questionnaire, answers: Answers, visibility: Visibility): VisibleQuestion[] {
  return questionnaire.sections.flatMap((section) =>
    isSectionVisible(section, visibility)
      ? section.questions
          .filter((question) => visibility.questions.has(question.id))
          .map((question) => ({ question, section, answer: answers[question.id] }))
      : [],
  );
}
