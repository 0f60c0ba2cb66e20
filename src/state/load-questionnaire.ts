import {
  isBundledQuestionnaire as isBundled,
  loadBundledQuestionnaire,
  loadedBundledQuestionnaire,
} from '../questionnaire/bundled-questionnaires.ts';
import type { Questionnaire } from '../questionnaire/model.ts';
import type { QuestionnaireWanted } from './questionnaire-repository.ts';
import type * as OwnQuestionnaires from './own-questionnaires.ts';

export type { QuestionnaireWanted } from './questionnaire-repository.ts';

// The code for the person's own questionnaires arrives with the first one
// asked for; until then nothing of it can have been parsed.
let own: typeof OwnQuestionnaires | undefined;

function wantedOf(wanted: string | QuestionnaireWanted): QuestionnaireWanted {
  return typeof wanted === 'string' ? { id: wanted } : wanted;
}

/**
 * The one way to get a questionnaire's content, bundled or loaded by the
 * person: by id for a new assessment, or by the reference an assessment
 * recorded (id, version, content hash), which finds that very version of a
 * loaded questionnaire. Null when there is no such questionnaire here; a
 * stored one that no longer passes the checks rejects with a sentence.
 */
export async function loadQuestionnaire(wanted: string | QuestionnaireWanted): Promise<Questionnaire | null> {
  const ref = wantedOf(wanted);
  if (isBundled(ref.id)) return loadBundledQuestionnaire(ref.id);
  own ??= await import('./own-questionnaires.ts');
  return own.loadOwnQuestionnaire(ref);
}

/** The same questionnaire if it is already loaded, so a screen can render it at once instead of waiting a tick. */
export function loadedQuestionnaire(wanted: string | QuestionnaireWanted): Questionnaire | undefined {
  const ref = wantedOf(wanted);
  if (isBundled(ref.id)) return loadedBundledQuestionnaire(ref.id);
  return own?.loadedOwnQuestionnaire(ref);
}

/**
 * The newest version here of the questionnaire an assessment was made on,
 * for work that moves its answers forward (a new round, a comparison); a
 * questionnaire of the person's that was removed still has the version the
 * assessment used. Null when neither is here.
 */
export async function loadNewestQuestionnaire(ref: QuestionnaireWanted): Promise<Questionnaire | null> {
  return (await loadQuestionnaire(ref.id)) ?? (await loadQuestionnaire(ref));
}
