import type { Questionnaire } from '../questionnaire/model.ts';
import type { Answers } from '../questionnaire/answers.ts';
import { computeVisibility } from '../questionnaire/visibility.ts';
import type { AssessmentResult } from './types.ts';
import { isSectionVisible, listVisibleQuestions } from './visible-questions.ts';
import { scoreQuestion } from './question-score.ts';
import { scoreSection } from './section-score.ts';
import { overallScore, withShares } from './overall-score.ts';
import { findRedFlags } from './red-flags.ts';
import { assessCompleteness } from './completeness.ts';
import { buildActionPlan, type ScoredQuestion } from './action-plan.ts';
import { findBand, lowestBand } from './find-band.ts';
import { roundScore } from './round-score.ts';

/**
 * Scores an assessment: the one way to score (pure, synchronous, total).
 *
 * Visible, scored, not-"Not applicable" questions count; each adds
 * `ratio × weight` out of `weight` to its section; a section scores
 * 100 × Σ added / Σ possible; the overall is the section-weighted average of
 * the sections taking part. Scores keep full precision: display them with
 * `roundScore`. The band is looked up on the rounded score, so the number
 * shown and its band always agree. Any red flag sets the verdict (`band`) to
 * the lowest band whatever the score, and `numericBand` keeps the band the
 * number alone would give. `describeMethod` says the same in plain words.
 */
export function scoreAssessment(questionnaire: Questionnaire, answers: Answers): AssessmentResult {
  const visibility = computeVisibility(questionnaire, answers);
  const visible = listVisibleQuestions(questionnaire, answers, visibility);
  const scored: ScoredQuestion[] = visible.map((entry) => ({ ...entry, result: scoreQuestion(entry.question, entry.answer) }));
  const questions = scored.map((entry) => entry.result);

  const sections = withShares(
    questionnaire.sections.map((section) =>
      scoreSection(
        section,
        isSectionVisible(section, visibility),
        scored.filter((entry) => entry.section === section).map((entry) => entry.result),
      ),
    ),
  );
  const score = overallScore(sections);
  const redFlags = findRedFlags(visible);
  const completeness = assessCompleteness(questions);
  const numericBand = score === null ? null : findBand(questionnaire.bands, roundScore(score));

  return {
    score,
    numericBand,
    band: redFlags.length > 0 ? lowestBand(questionnaire.bands) : numericBand,
    cappedByRedFlags: redFlags.length > 0,
    scoredSections: sections.filter((section) => section.takesPart).length,
    isDraft: completeness.missing.length > 0,
    sections,
    questions,
    redFlags,
    completeness,
    actionPlan: buildActionPlan(scored, sections, redFlags),
  };
}
