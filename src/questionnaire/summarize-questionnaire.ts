import type { Questionnaire } from './model.ts';

/** What the home page shows of a questionnaire before its content is loaded. */
export interface QuestionnaireSummary {
  id: string;
  version: string;
  title: string;
  description: string;
  audience: string;
  estimatedMinutes: number;
  sectionCount: number;
  questionCount: number;
  contentHash: string;
}

export function summarizeQuestionnaire(questionnaire: Questionnaire): QuestionnaireSummary {
  return {
    id: questionnaire.id,
    version: questionnaire.version,
    title: questionnaire.title,
    description: questionnaire.description,
    audience: questionnaire.audience,
    estimatedMinutes: questionnaire.estimatedMinutes,
    sectionCount: questionnaire.sections.length,
    questionCount: questionnaire.sections.reduce((count, section) => count + section.questions.length, 0),
    contentHash: questionnaire.contentHash,
  };
}
