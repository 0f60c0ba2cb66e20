import { loadBundledQuestionnaire } from '../questionnaire/bundled-questionnaires.ts';
import type { Questionnaire } from '../questionnaire/model.ts';
import type { Answers } from '../questionnaire/answers.ts';
import { bestOptions } from '../scoring/best-answer.ts';
import { createAssessment } from '../storage/create-assessment.ts';
import type { Assessment } from '../storage/assessment.ts';
import { assessmentStore } from './assessment-repository.ts';

/** A bundled questionnaire, as the app loads it; fails the test if it is missing. */
export async function bundled(id: string): Promise<Questionnaire> {
  const questionnaire = await loadBundledQuestionnaire(id);
  if (!questionnaire) throw new Error(`No bundled questionnaire "${id}"`);
  return questionnaire;
}

/** The best answer to every question of a questionnaire (text questions get a sentence). */
export function bestAnswers(questionnaire: Questionnaire): Answers {
  const answers: Answers = {};
  for (const section of questionnaire.sections) {
    for (const question of section.questions) {
      const best = bestOptions(question).map((option) => option.value);
      answers[question.id] =
        question.kind === 'text'
          ? { value: 'A plain answer.' }
          : { value: question.kind === 'multiple' ? best : best[0], justification: 'Checked with the team.' };
    }
  }
  return answers;
}

/** Stores an assessment of a bundled questionnaire, as if a person had started it here. */
export async function seedAssessment(
  questionnaireId: string,
  extra: { id?: string; project?: string; answers?: Answers; submittedSections?: string[] } = {},
): Promise<{ assessment: Assessment; questionnaire: Questionnaire }> {
  const questionnaire = await bundled(questionnaireId);
  const assessment = {
    ...createAssessment({
      id: extra.id ?? 'test-assessment',
      questionnaire,
      context: {
        project: extra.project ?? 'Crop planner',
        organisation: 'Field Tools Ltd',
        description: '',
        assessorName: 'Sam Reed',
        assessorRole: 'Founder',
        date: '2026-12-01',
      },
      answers: extra.answers ?? {},
      now: new Date('2026-12-01T10:00:00Z'),
    }),
    submittedSections: extra.submittedSections ?? [],
  };
  const saved = assessmentStore.save(assessment);
  if (!saved.ok) throw new Error(`The test assessment could not be stored: ${JSON.stringify(saved)}`);
  return { assessment, questionnaire };
}
