import type { Option, Question, Questionnaire, Section } from './model.ts';
import { sectionPages } from './section-pages.ts';

/**
 * What the first paint of one page of a section needs from its
 * questionnaire, and nothing more: the structure of every section and
 * question (for what is shown, and the pagers), with the words only for the
 * questions on that page. A cold link to a section downloads this small
 * outline first and the whole questionnaire just after the page is drawn
 * (decision 035), so a 400-question questionnaire costs its first page no
 * more than a 40-question one.
 *
 * The outline is never a questionnaire anything may score, report or save
 * against: its `contentHash` is empty, so no assessment can match it and a
 * report made from it could not pass verification. Only the section page's
 * preview reads it (features/assessment/section-preview.tsx).
 */
export interface SectionOutline {
  /** The questionnaire it was cut from. */
  of: { id: string; version: string; contentHash: string };
  sectionId: string;
  /** 1-based, as in section-pages.ts. */
  page: number;
  questionnaire: Questionnaire;
}

/** An option off the page: its value and score decide visibility; its words are not drawn. */
function bareOption(option: Option): Option {
  return { value: option.value, label: '', score: option.score, requiresReason: option.requiresReason, exclusive: option.exclusive };
}

/** A question as the page draws it: every word shown on the page, none of the action plan or the method. */
function drawnQuestion(question: Question): Question {
  return {
    ...question,
    options: question.options.map(({ action: _action, ...option }) => option),
    action: undefined,
    sources: [],
    critical: question.critical && { minimum: question.critical.minimum, minimumScore: question.critical.minimumScore },
    mustHave: question.mustHave && { ...question.mustHave, reason: '' },
  };
}

/** A question off the page: what visibility and the answers' shape need. */
function bareQuestion(question: Question): Question {
  return {
    ...drawnQuestion(question),
    text: '',
    help: undefined,
    scaleLabel: undefined,
    options: question.options.map(bareOption),
    critical: undefined,
    mustHave: undefined,
  };
}

function outlineSection(section: Section, onPage: ReadonlySet<string>, drawnSectionId: string): Section {
  return {
    ...section,
    intro: section.id === drawnSectionId ? section.intro : undefined,
    questions: section.questions.map((question) => (onPage.has(question.id) ? drawnQuestion(question) : bareQuestion(question))),
  };
}

/** The outline of one page of one section; null when the questionnaire has no such section or page. */
export function sectionOutline(questionnaire: Questionnaire, sectionId: string, page: number): SectionOutline | null {
  const section = questionnaire.sections.find((candidate) => candidate.id === sectionId);
  const questions = section ? sectionPages(section.questions)[page - 1] : undefined;
  if (!section || !questions) return null;
  const onPage = new Set(questions.map((question) => question.id));
  return {
    of: { id: questionnaire.id, version: questionnaire.version, contentHash: questionnaire.contentHash },
    sectionId,
    page,
    questionnaire: {
      ...questionnaire,
      description: '',
      audience: '',
      bands: [],
      actionGroups: {},
      changelog: [],
      contentHash: '',
      sections: questionnaire.sections.map((candidate) => outlineSection(candidate, onPage, section.id)),
    },
  };
}

/** Every page of every section, in order: one outline each. */
export function outlinedPages(questionnaire: Questionnaire): { sectionId: string; page: number }[] {
  return questionnaire.sections.flatMap((section) =>
    sectionPages(section.questions).map((_questions, index) => ({ sectionId: section.id, page: index + 1 })),
  );
}
