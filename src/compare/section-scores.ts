import type { Answers } from '../questionnaire/answers.ts';
import type { Questionnaire } from '../questionnaire/model.ts';
import { roundScore } from '../scoring/round-score.ts';
import { scoreAssessment } from '../scoring/score-assessment.ts';
import type { AssessmentResult } from '../scoring/types.ts';

/** One section's score for one answer set, rounded as the app shows it; null when the section has no score. */
export interface SectionScoreEntry {
  sectionId: string;
  number: number;
  title: string;
  score: number | null;
}

export interface AnswerSetScores {
  /** The overall score, rounded; null when nothing takes part. */
  overall: number | null;
  sections: SectionScoreEntry[];
}

/** The rounded overall and section scores of a result the scoring engine computed. */
export function scoresOfResult(result: AssessmentResult): AnswerSetScores {
  return {
    overall: result.score === null ? null : roundScore(result.score),
    sections: result.sections.map((section) => ({
      sectionId: section.id,
      number: section.number,
      title: section.title,
      score: section.visible && section.score !== null ? roundScore(section.score) : null,
    })),
  };
}

/** The overall and per-section scores of one answer set, by the scoring engine. */
export function scoresOfAnswerSet(questionnaire: Questionnaire, answers: Answers): AnswerSetScores {
  return scoresOfResult(scoreAssessment(questionnaire, answers));
}

/** Scores side by side: each answer set's (null where it has none), the lowest, the highest and the gap between them. */
export interface ScoreRange {
  scores: (number | null)[];
  lowest: number | null;
  highest: number | null;
  /** highest − lowest over the answer sets with a score; null when none has one. */
  range: number | null;
}

export interface SectionRange extends ScoreRange {
  sectionId: string;
  number: number;
  title: string;
}

/** The range of rounded scores, so that it is the difference of the two numbers shown. */
export function scoreRange(scores: readonly (number | null)[]): ScoreRange {
  const present = scores.filter((score): score is number => score !== null);
  if (present.length === 0) return { scores: [...scores], lowest: null, highest: null, range: null };
  const lowest = Math.min(...present);
  const highest = Math.max(...present);
  return { scores: [...scores], lowest, highest, range: highest - lowest };
}

/** Per section, in questionnaire order: every answer set's score and their range. */
export function sectionRanges(questionnaire: Questionnaire, perSet: readonly AnswerSetScores[]): SectionRange[] {
  return questionnaire.sections.map((section) => ({
    sectionId: section.id,
    number: section.number,
    title: section.title,
    ...scoreRange(perSet.map((scores) => scores.sections.find((entry) => entry.sectionId === section.id)?.score ?? null)),
  }));
}
