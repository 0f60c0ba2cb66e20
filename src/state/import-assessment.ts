import { assessmentStore, flushSaves } from './assessment-repository.ts';
import { loadQuestionnaire } from './load-questionnaire.ts';
import { planImport, reconcileWithQuestionnaire, type AnswersFile } from '../storage/answers-file.ts';
import { newAssessmentId } from '../storage/new-assessment-id.ts';

export type ImportOutcome =
  | { kind: 'failed'; errors: string[] }
  | { kind: 'imported'; id: string; project: string; copy: boolean; dropped: string[]; otherVersion: string | null };

const IMPORT_NOT_SAVED: Partial<Record<string, string>> = {
  full: "This browser's storage for Oversight is full, so the answers could not be saved. Delete assessments you no longer need, or export them and delete them, then import again.",
  unavailable:
    'This browser is not letting Oversight save (private browsing or blocked site data, perhaps), so the answers could not be saved here.',
};

/**
 * Adds an answers file (from "Export answers" or a report's attachment) as a
 * new assessment: reconciled with its questionnaire, never over an
 * existing one.
 */
export async function importAnswersFile(file: AnswersFile): Promise<ImportOutcome> {
  const questionnaire = await loadQuestionnaire(file.assessment.questionnaire);
  if (!questionnaire) {
    return {
      kind: 'failed',
      errors: [
        `These answers were made with the questionnaire “${file.assessment.questionnaire.title}” (${file.assessment.questionnaire.id}), which is not in this browser. If it is your own questionnaire, load its file on the home page first, then import the answers again.`,
      ],
    };
  }
  const reconciled = reconcileWithQuestionnaire(file.assessment, questionnaire);
  flushSaves();
  const plan = planImport({ ...file, assessment: reconciled.assessment }, assessmentStore.ids(), newAssessmentId);
  const saved = assessmentStore.save(plan.assessment);
  if (!saved.ok) {
    // Not saved is not imported: the copy kept in this tab's memory would
    // vanish on reload, so it goes now and the person is told why.
    if (saved.reason !== 'invalid') assessmentStore.remove(plan.assessment.id);
    return { kind: 'failed', errors: [IMPORT_NOT_SAVED[saved.reason] ?? saved.message] };
  }
  return {
    kind: 'imported',
    id: plan.assessment.id,
    project: plan.assessment.context.project,
    copy: plan.renamedFromExisting,
    dropped: reconciled.dropped.map((drop) => drop.message),
    otherVersion: reconciled.sameVersion ? null : file.assessment.questionnaire.version,
  };
}
