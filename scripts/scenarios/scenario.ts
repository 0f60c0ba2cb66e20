import type { Questionnaire } from '../../src/questionnaire/model.ts';
import { loadQuestionnaireFile } from '../load-questionnaire-file.ts';
import { scoreAssessment } from '../../src/scoring/score-assessment.ts';
import { roundScore } from '../../src/scoring/round-score.ts';
import type { AssessmentResult, VerdictCapKind } from '../../src/scoring/types.ts';
import { answerScenario, type Baseline, type ScenarioAnswer } from './answer-scenario.ts';

/** One situation a reviewer would test the verdict with, and what the verdict must be. */
export interface Scenario {
  name: string;
  /** One sentence: the product and what is true of it. */
  story: string;
  questionnaire: 'launch-ethics' | 'quick-check';
  baseline: Baseline;
  /** The answers that matter, by question id; every other question shown gets the baseline. */
  answers: Readonly<Record<string, ScenarioAnswer>>;
  expected: {
    band: string;
    /** Inclusive range of the rounded overall score. */
    score: readonly [number, number];
    /** Question ids raising a red flag, in questionnaire order. */
    flags: readonly string[];
    /** Kinds of verdict caps that must be among the caps (others may be too). */
    caps?: readonly VerdictCapKind[];
  };
}

export interface ScenarioOutcome {
  scenario: Scenario;
  result: AssessmentResult;
  score: number | null;
}

export function loadQuestionnaire(id: string): Promise<Questionnaire> {
  return loadQuestionnaireFile(`questions/${id}.yaml`);
}

export async function runScenario(scenario: Scenario): Promise<ScenarioOutcome> {
  const questionnaire = await loadQuestionnaire(scenario.questionnaire);
  const result = scoreAssessment(questionnaire, answerScenario(questionnaire, scenario.baseline, scenario.answers));
  return { scenario, result, score: result.score === null ? null : roundScore(result.score) };
}
