import {
  isBundledQuestionnaire as isBundled,
  loadBundledQuestionnaire,
  loadedBundledQuestionnaire,
} from '../questionnaire/bundled-questionnaires.ts';
import type { Questionnaire } from '../questionnaire/model.ts';
import type { StoredQuestionnaire } from '../storage/questionnaire-store.ts';
import { checkQuestionnaireBytes } from '../questionnaire/runtime/check-in-worker.ts';
import { pickStoredQuestionnaire, questionnaireStore, type QuestionnaireWanted } from './questionnaire-repository.ts';

export type { QuestionnaireWanted } from './questionnaire-repository.ts';

// Parsed stored questionnaires, by the text they came from: the text is what
// was checked, so the same text always gives the same questionnaire.
const parsed = new Map<string, Questionnaire>();

function wantedOf(wanted: string | QuestionnaireWanted): QuestionnaireWanted {
  return typeof wanted === 'string' ? { id: wanted } : wanted;
}

function storedEntry(wanted: QuestionnaireWanted): StoredQuestionnaire | null {
  return pickStoredQuestionnaire(wanted, questionnaireStore.versionsOf(wanted.id));
}

async function parseStored(entry: StoredQuestionnaire): Promise<Questionnaire> {
  const cached = parsed.get(entry.source);
  if (cached) return cached;
  // Stored text is checked again, as any file is (in the checker's worker,
  // started only for people who use their own questionnaires): it may have
  // been changed since, by hand or by another version of Oversight.
  const result = await checkQuestionnaireBytes(new TextEncoder().encode(entry.source), entry.fileName);
  if (!result.ok) {
    const problems = result.problems.slice(0, 3);
    throw new Error(
      `The saved copy of “${entry.summary.title}” (version ${entry.summary.version}) no longer passes the questionnaire checks: ${problems.join('; ')}. Load its file again.`,
    );
  }
  parsed.set(entry.source, result.questionnaire);
  return result.questionnaire;
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
  const entry = storedEntry(ref);
  return entry ? parseStored(entry) : null;
}

/** The same questionnaire if it is already loaded, so a screen can render it at once instead of waiting a tick. */
export function loadedQuestionnaire(wanted: string | QuestionnaireWanted): Questionnaire | undefined {
  const ref = wantedOf(wanted);
  if (isBundled(ref.id)) return loadedBundledQuestionnaire(ref.id);
  const entry = storedEntry(ref);
  return entry ? parsed.get(entry.source) : undefined;
}
