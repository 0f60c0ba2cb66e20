import type { Questionnaire } from '../questionnaire/model.ts';
import type { Answers } from '../questionnaire/answers.ts';
import type { Assessment, AssessmentContext, QuestionnaireRef } from './assessment.ts';

/** The pin an assessment keeps of its questionnaire: id, version and content hash. */
export function questionnaireRef(questionnaire: Pick<Questionnaire, 'id' | 'version' | 'contentHash' | 'title'>): QuestionnaireRef {
  const { id, version, contentHash, title } = questionnaire;
  return { id, version, contentHash, title };
}

export interface NewAssessment {
  id: string;
  questionnaire: Pick<Questionnaire, 'id' | 'version' | 'contentHash' | 'title'>;
  context: AssessmentContext;
  answers?: Answers;
  now: Date;
}

/** The one way to make a fresh assessment, so every field starts from the same defaults. */
export function createAssessment({ id, questionnaire, context, answers = {}, now }: NewAssessment): Assessment {
  const stamp = now.toISOString();
  return {
    id,
    questionnaire: questionnaireRef(questionnaire),
    context,
    answers,
    actionPlan: {},
    submittedSections: [],
    migrations: [],
    limitations: '',
    declaration: { name: '', role: '', date: '', affirmed: false },
    finalReports: [],
    lastLocation: '',
    createdAt: stamp,
    updatedAt: stamp,
  };
}
