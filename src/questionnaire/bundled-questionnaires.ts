import { catalogue, loaders } from 'virtual:questionnaires';
import type { Questionnaire } from './model.ts';
import type { QuestionnaireSummary } from './summarize-questionnaire.ts';

/** The questionnaires shipped with the app, checked at build time. */
export const bundledCatalogue: readonly QuestionnaireSummary[] = catalogue;

const loaded = new Map<string, Questionnaire>();

/** A bundled questionnaire's content; null when there is no such id. Screens use loadQuestionnaire (state/load-questionnaire.ts), which also finds the person's own. */
export async function loadBundledQuestionnaire(id: string): Promise<Questionnaire | null> {
  // The id comes from saved data or a file: "__proto__" or "constructor"
  // must find nothing rather than something every object inherits.
  if (!Object.hasOwn(loaders, id)) return null;
  const load = loaders[id];
  if (typeof load !== 'function') return null;
  const questionnaire = (await load()).default;
  loaded.set(id, questionnaire);
  return questionnaire;
}

/** A questionnaire already loaded, so a screen can render it at once instead of waiting a tick. */
export function loadedBundledQuestionnaire(id: string): Questionnaire | undefined {
  return loaded.get(id);
}

/** Whether a questionnaire with this id ships with the app (ids from files or storage: inherited names are not). */
export function isBundledQuestionnaire(id: string): boolean {
  return Object.hasOwn(loaders, id);
}
