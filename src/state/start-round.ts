import { loadNewestQuestionnaire } from './load-questionnaire.ts';
import { messageOf } from '../questionnaire/wording.ts';
import { startNextRound } from '../compare/rounds-start.ts';
import type { Assessment } from '../storage/assessment.ts';
import { localDateIso } from '../storage/local-date.ts';
import { newAssessmentId } from '../storage/new-assessment-id.ts';
import { flushSaves, readAssessment, saveAssessment } from './assessment-repository.ts';

export type StartRoundResult = { ok: true; assessment: Assessment } | { ok: false; message: string };

/**
 * Starts the next round of a saved assessment on the questionnaire's
 * current version and writes it at once, so the page it opens on (and a
 * reload) finds it. The previous round is left as it was.
 */
export async function startRound(previousId: string): Promise<StartRoundResult> {
  const read = readAssessment(previousId);
  if (!read.ok) return { ok: false, message: read.message };
  const previous = read.assessment;
  try {
    const questionnaire = await loadNewestQuestionnaire(previous.questionnaire);
    if (!questionnaire) {
      return {
        ok: false,
        message: `A new round needs the questionnaire “${previous.questionnaire.title}” (${previous.questionnaire.id}), which is neither in this copy of Oversight nor among your questionnaires in this browser.`,
      };
    }
    const now = new Date();
    const { assessment } = startNextRound(previous, questionnaire, newAssessmentId(), now, localDateIso(now));
    saveAssessment(assessment);
    flushSaves();
    return { ok: true, assessment };
  } catch (error) {
    return { ok: false, message: `The new round could not be started: ${messageOf(error)}` };
  }
}
