import type { Answers } from '../questionnaire/answers.ts';
import type { Questionnaire } from '../questionnaire/model.ts';
import { scoreAssessment } from '../scoring/score-assessment.ts';
import { discussFirst } from './discuss-first.ts';
import { compareQuestion, type QuestionAgreement } from './question-agreement.ts';
import { scoreRange, scoresOfResult, sectionRanges, type ScoreRange, type SectionRange } from './section-scores.ts';

/** A respondent as the comparison needs them: a name and answers already fitted to the questionnaire. */
export interface Respondent {
  name: string;
  answers: Answers;
}

export interface Comparison {
  questionnaire: { id: string; version: string; title: string };
  respondents: string[];
  /** Every question of the questionnaire, in its order. */
  questions: QuestionAgreement[];
  sections: SectionRange[];
  overall: ScoreRange;
  /** The disagreements to talk about first (`discussFirst`). */
  discussFirst: QuestionAgreement[];
  /** How many questions respondents disagree on in all. */
  disagreements: number;
}

/**
 * Compares respondents' answers to one questionnaire: each is scored once by
 * the scoring engine, then every question and section is set side by side.
 * Plain data in and out, so the page and the PDF show the same comparison.
 */
export function compareAnswerSets(questionnaire: Questionnaire, respondents: readonly Respondent[]): Comparison {
  const answerSets = respondents.map((respondent) => respondent.answers);
  const results = answerSets.map((answers) => scoreAssessment(questionnaire, answers));
  const scores = results.map(scoresOfResult);
  const questions = questionnaire.sections.flatMap((section) =>
    section.questions.map((question) => compareQuestion(question, section, answerSets, results)),
  );
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version, title: questionnaire.title },
    respondents: respondents.map((respondent) => respondent.name),
    questions,
    sections: sectionRanges(questionnaire, scores),
    overall: scoreRange(scores.map((entry) => entry.overall)),
    discussFirst: discussFirst(questions),
    disagreements: questions.filter((question) => question.disagrees).length,
  };
}
