import { isBundledQuestionnaire } from '../questionnaire/bundled-questionnaires.ts';
import type { Questionnaire } from '../questionnaire/model.ts';
import { summarizeQuestionnaire } from '../questionnaire/summarize-questionnaire.ts';
import type { AssessmentSummary } from '../storage/assessment-store.ts';
import { compareVersions } from '../storage/migrate-assessment.ts';
import { createQuestionnaireStore, wrapQuestionnaire, type StoredQuestionnaire } from '../storage/questionnaire-store.ts';
import { createStorageArea } from '../storage/storage-area.ts';
import { listAssessments } from './assessment-repository.ts';

/**
 * The one way screens read and keep the questionnaires a person loaded.
 * A removed questionnaire that assessments still use is kept, marked
 * removed, until the last of them is deleted or moved to another version
 * (decision 025).
 */
export const questionnaireStore = createQuestionnaireStore(createStorageArea());

/** Which stored questionnaire an assessment or a link means: the id, and the version or content when known. */
export interface QuestionnaireWanted {
  id: string;
  version?: string;
  contentHash?: string;
}

function newestFirst(a: StoredQuestionnaire, b: StoredQuestionnaire): number {
  return compareVersions(b.summary.version, a.summary.version);
}

/**
 * The stored entry meant: same content first, then same version; with
 * neither given (a new assessment, a link by id), the newest one not removed.
 */
export function pickStoredQuestionnaire(wanted: QuestionnaireWanted, entries: readonly StoredQuestionnaire[]): StoredQuestionnaire | null {
  const versions = entries.filter((entry) => entry.summary.id === wanted.id).sort(newestFirst);
  const exact =
    (wanted.contentHash && versions.find((entry) => entry.summary.contentHash === wanted.contentHash)) ||
    (wanted.version && versions.find((entry) => entry.summary.version === wanted.version));
  if (exact) return exact;
  // An assessment whose version has gone entirely moves to the newest one, as with a bundled questionnaire.
  const listed = versions.filter((entry) => !entry.removedAt);
  return listed[0] ?? (wanted.contentHash || wanted.version ? (versions[0] ?? null) : null);
}

function uses(summary: AssessmentSummary, entry: StoredQuestionnaire): boolean {
  const ref = summary.questionnaire;
  return ref.id === entry.summary.id && (ref.contentHash === entry.summary.contentHash || ref.version === entry.summary.version);
}

/** The saved assessments made with this stored questionnaire version. */
export function assessmentsUsing(entry: StoredQuestionnaire): AssessmentSummary[] {
  return listAssessments().assessments.filter((summary) => uses(summary, entry));
}

/** Every stored questionnaire version, removed ones included, with the assessments made on it. */
export function questionnaireUsage(): { entry: StoredQuestionnaire; assessments: AssessmentSummary[] }[] {
  const assessments = listAssessments().assessments;
  return questionnaireStore.list().entries.map((entry) => ({ entry, assessments: assessments.filter((summary) => uses(summary, entry)) }));
}

/** Deletes the removed questionnaires no assessment uses any more. */
export function pruneRemovedQuestionnaires(): void {
  const removed = questionnaireStore.list().entries.filter((entry) => entry.removedAt);
  if (removed.length === 0) return;
  const assessments = listAssessments().assessments;
  for (const entry of removed) {
    if (!assessments.some((summary) => uses(summary, entry))) questionnaireStore.remove(entry.summary.id, entry.summary.version);
  }
}

/** The questionnaires listed under "Your questionnaires", and stored ones that could not be read. */
export function listMyQuestionnaires(): ReturnType<typeof questionnaireStore.list> {
  pruneRemovedQuestionnaires();
  const { entries, problems } = questionnaireStore.list();
  const listed = entries.filter((entry) => !entry.removedAt);
  listed.sort((a, b) => a.summary.title.localeCompare(b.summary.title) || newestFirst(a, b));
  return { entries: listed, problems };
}

/** What "Your questionnaires" shows: the list, the entries that could not be read, and who uses each version kept. */
export function readMyQuestionnaires(): ReturnType<typeof listMyQuestionnaires> & { usage: ReturnType<typeof questionnaireUsage> } {
  const listing = listMyQuestionnaires();
  return { ...listing, usage: questionnaireUsage() };
}

function withoutRemoval(entry: StoredQuestionnaire): StoredQuestionnaire {
  const { removedAt: _removed, ...kept } = entry;
  return kept;
}

const NOT_SAVED: Partial<Record<string, string>> = {
  full: "This browser's storage for Oversight is full, so the questionnaire could not be kept. Delete assessments or questionnaires you no longer need, then load the file again.",
  unavailable:
    'This browser is not letting Oversight save (private browsing or blocked site data, perhaps), so the questionnaire could not be kept here.',
};

export type AddOutcome = { kind: 'added' | 'restored' | 'already'; entry: StoredQuestionnaire } | { kind: 'refused'; message: string };

/**
 * Keeps a questionnaire that passed the checker, beside any other version of
 * the same id. One id and version always means one content, so that an
 * assessment's record of its version says what it was answered on.
 */
export function addQuestionnaire(questionnaire: Questionnaire, source: string, fileName: string, now = new Date()): AddOutcome {
  const { id, version, title } = questionnaire;
  if (isBundledQuestionnaire(id)) {
    return {
      kind: 'refused',
      message: `The id “${id}” belongs to a questionnaire that comes with Oversight. Give yours another id (for instance “${id}-custom”) and load it again.`,
    };
  }
  const existing = questionnaireStore.read(id, version);
  if (existing.ok && existing.entry.summary.contentHash !== questionnaire.contentHash) {
    return {
      kind: 'refused',
      message: `You already have version ${version} of “${existing.entry.summary.title}” (${id}), with different content. Raise the version in the file (for instance to the next number) and load it again, so that assessments made on each version can be told apart.`,
    };
  }
  if (existing.ok && !existing.entry.removedAt) return { kind: 'already', entry: existing.entry };
  const entry = existing.ok
    ? withoutRemoval(existing.entry)
    : wrapQuestionnaire(summarizeQuestionnaire(questionnaire), source, fileName, now);
  const saved = questionnaireStore.save(entry);
  if (!saved.ok) {
    // Not saved is not loaded: a copy held only in this tab's memory would vanish on reload, so it is undone now.
    if (saved.reason !== 'limit' && saved.reason !== 'invalid') {
      if (existing.ok) questionnaireStore.save(existing.entry);
      else questionnaireStore.remove(id, version);
    }
    return { kind: 'refused', message: NOT_SAVED[saved.reason] ?? `“${title}” was not saved: ${saved.message}` };
  }
  return { kind: existing.ok ? 'restored' : 'added', entry };
}

export type RemoveOutcome = { kind: 'deleted' } | { kind: 'kept'; assessments: number } | { kind: 'failed'; message: string };

/** Takes a questionnaire off the list; while assessments use it, its content stays for them. */
export function removeQuestionnaire(id: string, version: string, now = new Date()): RemoveOutcome {
  const read = questionnaireStore.read(id, version);
  if (!read.ok) return { kind: 'failed', message: read.message };
  const using = assessmentsUsing(read.entry).length;
  const result =
    using > 0 ? questionnaireStore.save({ ...read.entry, removedAt: now.toISOString() }) : questionnaireStore.remove(id, version);
  if (!result.ok) return { kind: 'failed', message: result.message };
  return using > 0 ? { kind: 'kept', assessments: using } : { kind: 'deleted' };
}

/** Whether an assessment's questionnaire is one the person removed (kept for it, no longer listed). */
export function isRemovedQuestionnaire(wanted: QuestionnaireWanted): boolean {
  if (isBundledQuestionnaire(wanted.id)) return false;
  const entry = pickStoredQuestionnaire(wanted, questionnaireStore.versionsOf(wanted.id));
  return entry?.removedAt !== undefined;
}
