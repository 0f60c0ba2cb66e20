import type { Questionnaire } from '../questionnaire/model.ts';
import type { QuestionnaireMigration } from '../storage/assessment.ts';
import { migrateAssessment } from '../storage/migrate-assessment.ts';
import { flushSaves, readAssessment, saveAssessment } from './assessment-repository.ts';

/** What moving one assessment to this version would do, without doing it; null when it could not be read or is already there. */
export function previewMove(assessmentId: string, questionnaire: Questionnaire): QuestionnaireMigration | null {
  const read = readAssessment(assessmentId);
  if (!read.ok) return null;
  return migrateAssessment(read.assessment, questionnaire, new Date())?.migration ?? null;
}

/**
 * Moves assessments to another version of their questionnaire by question
 * id, as opening one on a newer bundled version does: each keeps the record
 * of the move and shows it, with what changed, when next opened.
 * Returns how many moved.
 */
export function moveAssessments(assessmentIds: readonly string[], questionnaire: Questionnaire): number {
  let moved = 0;
  const now = new Date();
  for (const id of assessmentIds) {
    const read = readAssessment(id);
    const result = read.ok ? migrateAssessment(read.assessment, questionnaire, now) : null;
    if (!result) continue;
    saveAssessment({ ...result.assessment, updatedAt: now.toISOString() });
    moved += 1;
  }
  flushSaves();
  return moved;
}
