import type { Questionnaire, Section } from './model.ts';
import { isAnswered, type Answers } from './answers.ts';
import { sectionIssues } from './section-validation.ts';
import type { Visibility } from './visibility.ts';
import { countAnswers, type AnswerCounts } from './answer-counts.ts';

export type SectionStatus = 'not-started' | 'in-progress' | 'completed' | 'needs-attention';

export interface SectionProgress {
  sectionId: string;
  status: SectionStatus;
  counts: AnswerCounts;
  issues: number;
}

export const SECTION_STATUS_LABEL: Record<SectionStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
  'needs-attention': 'Needs attention',
};

/**
 * A section's place in the task list. "Needs attention" is kept for sections
 * the person tried to save with problems, and for answers that are wrong
 * rather than missing (say, "Not applicable" with no reason): an unfinished
 * section someone simply left is "In progress", never an error.
 */
export function sectionProgress(section: Section, answers: Answers, visibility: Visibility, submitted: boolean): SectionProgress {
  const visibleQuestions = section.questions.filter((question) => visibility.questions.has(question.id));
  const answeredIds = new Set(
    visibleQuestions.filter((question) => isAnswered(question, answers[question.id])).map((question) => question.id),
  );
  const issues = sectionIssues(section, answers, visibility.questions);
  const wrong = issues.some((issue) => issue.field !== 'value' || answeredIds.has(issue.questionId));
  const counts = countAnswers(visibleQuestions.map((question) => ({ question, answer: answers[question.id] })));
  let status: SectionStatus;
  if (answeredIds.size === 0 && !submitted) status = 'not-started';
  // A scored question left blank counts 0 against the section, so the
  // section is not done until it is answered, even where it is optional.
  else if (issues.length === 0 && counts.toAnswer === 0) status = 'completed';
  else if (submitted || wrong) status = issues.length === 0 ? 'in-progress' : 'needs-attention';
  else status = 'in-progress';
  return { sectionId: section.id, status, counts, issues: issues.length };
}

/** Progress of every visible section, in questionnaire order. */
export function assessmentProgress(
  questionnaire: Questionnaire,
  answers: Answers,
  visibility: Visibility,
  submittedSections: ReadonlySet<string>,
): SectionProgress[] {
  return questionnaire.sections
    .filter((section) => visibility.sections.has(section.id))
    .map((section) => sectionProgress(section, answers, visibility, submittedSections.has(section.id)));
}
