import type { Question, Questionnaire, Section } from '../../questionnaire/model.ts';
import type { Visibility } from '../../questionnaire/visibility.ts';

/** A place in the workshop: one question of one section. */
export interface Step {
  sectionId: string;
  questionId: string;
}

function isShown(visibility: Visibility, section: Section, question: Question): boolean {
  return visibility.sections.has(section.id) && visibility.questions.has(question.id);
}

/** Every question the answers show, in questionnaire order. */
export function visibleSteps(questionnaire: Questionnaire, visibility: Visibility): Step[] {
  return questionnaire.sections.flatMap((section) =>
    section.questions
      .filter((question) => isShown(visibility, section, question))
      .map((question) => ({ sectionId: section.id, questionId: question.id })),
  );
}

/**
 * The shown question after (or before) this one. The question itself may
 * have just been hidden by its own section's answers: the order of every
 * question, shown or not, still says where it was.
 */
export function stepFrom(questionnaire: Questionnaire, visibility: Visibility, questionId: string, direction: 1 | -1): Step | null {
  const all = questionnaire.sections.flatMap((section) => section.questions.map((question) => ({ section, question })));
  const at = all.findIndex((entry) => entry.question.id === questionId);
  if (at < 0) return null;
  for (let index = at + direction; index >= 0 && index < all.length; index += direction) {
    const entry = all[index];
    if (entry && isShown(visibility, entry.section, entry.question)) return { sectionId: entry.section.id, questionId: entry.question.id };
  }
  return null;
}

export interface Position {
  /** 1-based among the section's shown questions. */
  question: number;
  questions: number;
  /** 1-based among the shown sections. */
  section: number;
  sections: number;
}

/** "Question 3 of 7", "Section 2 of 5": counted over what the answers show. */
export function positionOf(questionnaire: Questionnaire, visibility: Visibility, step: Step): Position {
  const sections = questionnaire.sections.filter((section) => visibility.sections.has(section.id));
  const section = sections.find((candidate) => candidate.id === step.sectionId);
  const questions = section?.questions.filter((question) => visibility.questions.has(question.id)) ?? [];
  return {
    question: questions.findIndex((question) => question.id === step.questionId) + 1,
    questions: questions.length,
    section: sections.findIndex((candidate) => candidate.id === step.sectionId) + 1,
    sections: sections.length,
  };
}
