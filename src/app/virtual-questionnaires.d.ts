declare module 'virtual:questionnaires' {
  import type { QuestionnaireSummary } from '../questionnaire/summarize-questionnaire.ts';
  import type { Questionnaire } from '../questionnaire/model.ts';
  export const catalogue: QuestionnaireSummary[];
  export const loaders: Record<string, () => Promise<{ default: Questionnaire }>>;
}

declare module 'virtual:questionnaire-loaders' {
  import type { Questionnaire } from '../questionnaire/model.ts';
  export const loaders: Record<string, () => Promise<{ default: Questionnaire }>>;
}

declare module 'virtual:questionnaire-sources' {
  /** Each bundled questionnaire's file text, as written, by id. */
  export const sources: Record<string, () => Promise<{ default: string }>>;
}
