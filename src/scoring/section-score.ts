import type { Section } from '../questionnaire/model.ts';
import { countAnswers, NO_ANSWERS } from '../questionnaire/answer-counts.ts';
import type { SectionScore } from './types.ts';
import type { ScoredQuestion } from './visible-questions.ts';
import { canScore } from './question-score.ts';

/**
 * A section is "not assessed" when more than this share of its scorable
 * weight is answered "Not applicable": what is left is too little to speak
 * for the section, and scoring it would let a team reach 100 by declaring
 * the awkward questions out of scope.
 */
export const NOT_ASSESSED_SHARE = 0.5;

/**
 * A section's score: 100 × Σ contributions / Σ possible over its counting
 * questions, or null when none counts (hidden, all N/A, nothing scored) or
 * the section is not assessed. `questions` are the section's visible ones.
 */
export function scoreSection(section: Section, visible: boolean, questions: readonly ScoredQuestion[]): SectionScore {
  const shown = visible ? questions : [];
  const results = shown.map((entry) => entry.result);
  // Both sums run over the same questions in the same order, so when every
  // answer is the best one they are the same float, their quotient is exactly
  // 1 and the score exactly 100 (dividing first keeps it so).
  const contribution = results.reduce((total, question) => total + question.contribution, 0);
  const possible = results.reduce((total, question) => total + question.possible, 0);
  const notApplicableWeight = shown
    .filter((entry) => entry.result.status === 'not-applicable' && canScore(entry.question))
    .reduce((total, entry) => total + entry.question.weight, 0);
  const scorable = possible + notApplicableWeight;
  const assessed = scorable === 0 || notApplicableWeight <= NOT_ASSESSED_SHARE * scorable;
  return {
    id: section.id,
    number: section.number,
    title: section.title,
    weight: section.weight,
    visible,
    score: assessed && possible > 0 ? Math.min(100, Math.max(0, 100 * (contribution / possible))) : null,
    assessed,
    notApplicableWeight,
    contribution,
    possible,
    counts: visible ? countAnswers(shown) : NO_ANSWERS,
  };
}
