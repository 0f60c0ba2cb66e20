declare module 'virtual:questionnaires' {
  import type { QuestionnaireSummary } from '../questionnaire/summarize-questionnaire.ts';
  import type { Questionnaire } from '../questionnaire/model.ts';
  export const catalogue: QuestionnaireSummary[];
  export const loaders: Record<string, () => Promise<{ default: Questionnaire }>>;
}

declare module 'virtual:questionnaire-loaders' {
  import type { Questionnaire } from '../questionnaire/model.ts';
  import type { SectionOutline } from '../questionnaire/section-outline.ts';
  export const loaders: Record<string, () => Promise<{ default: Questionnaire }>>;
  /** By questionnaire id, then section id: each page's outline, page 1 first. */
  export const outlines: Record<string, Record<string, (() => Promise<{ default: SectionOutline }>)[]>>;
}

declare module 'virtual:questionnaire-sources' {
  /** Each bundled questionnaire's file text, as written, by id. */
  export const sources: Record<string, () => Promise<{ default: string }>>;
}
