import type { Section } from '../questionnaire/model.ts';
import type { QuestionResult, SectionScore } from './types.ts';

/**
 * A section's score: 100 × Σ contributions / Σ possible over its counting
 * questions, or null when none counts (hidden, all N/A, or nothing scored).
 * `questions` are the section's visible question results.
 */
export function scoreSection(
  section: Section,
  visible: boolean,
  questions: readonly QuestionResult[],
): SectionScore {
  const shown = visible ? questions : [];
  // Both sums run over the same questions in the same order, so when every
  // answer is the best one they are the same float, their quotient is exactly
  // 1 and the score exactly 100 (dividing first keeps it so).
  const contribution = shown.reduce((total, question) => total + question.contribution, 0);
  const possible = shown.reduce((total, question) => total + question.possible, 0);
  return {
    id: section.id,
    number: section.number,
    title: section.title,
    weight: section.weight,
    visible,
    score: possible > 0 ? Math.min(100, Math.max(0, 100 * (contribution / possible))) : null,
    contribution,
    possible,
    visibleCount: shown.length,
    answeredCount: shown.filter((question) => question.answered).length,
    missingCount: shown.filter((question) => question.expected && !question.answered).length,
  };
}
