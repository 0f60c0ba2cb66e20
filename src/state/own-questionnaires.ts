import type { Questionnaire } from '../questionnaire/model.ts';
import type { StoredQuestionnaire } from '../storage/questionnaire-store.ts';
import { checkQuestionnaireBytes } from '../questionnaire/runtime/check-in-worker.ts';
import { pickStoredQuestionnaire, questionnaireStore, type QuestionnaireWanted } from './questionnaire-repository.ts';

// The person's own questionnaires: loaded by load-questionnaire.ts only when
// an id is not a bundled one, so a bundled assessment's first page never
// downloads the store or the checker's worker glue.

// Parsed stored questionnaires, by the text they came from: the text is what
// was checked, so the same text always gives the same questionnaire.
const parsed = new Map<string, Questionnaire>();

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

/** A stored questionnaire's content, checked again; null when there is none. */
export async function loadOwnQuestionnaire(wanted: QuestionnaireWanted): Promise<Questionnaire | null> {
  const entry = storedEntry(wanted);
  return entry ? parseStored(entry) : null;
}

/** The same, if it was already parsed in this visit. */
export function loadedOwnQuestionnaire(wanted: QuestionnaireWanted): Questionnaire | undefined {
  const entry = storedEntry(wanted);
  return entry ? parsed.get(entry.source) : undefined;
}
