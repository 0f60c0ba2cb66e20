import type { Questionnaire } from '../questionnaire/model.ts';
import type { Answers } from '../questionnaire/answers.ts';
import { computeVisibility } from '../questionnaire/visibility.ts';
import type { AssessmentResult, NotApplicableAnswer } from './types.ts';
import { isSectionVisible, listVisibleQuestions, type ScoredQuestion } from './visible-questions.ts';
import { scoreQuestion } from './question-score.ts';
import { scoreSection } from './section-score.ts';
import { overallScore, withShares } from './overall-score.ts';
import { findPendingMustHaves, findRedFlags } from './red-flags.ts';
import { assessCompleteness } from './completeness.ts';
import { buildActionPlan } from './action-plan.ts';
import { findBand } from './find-band.ts';
import { roundScore } from './round-score.ts';
import { applyCaps, findVerdictCaps } from './verdict.ts';

function notApplicableAnswers(scored: readonly ScoredQuestion[]): NotApplicableAnswer[] {
  return scored
    .filter((entry) => entry.result.status === 'not-applicable')
    .map(({ question, section, answer }) => ({
      questionId: question.id,
      number: question.number,
      text: question.text,
      sectionId: section.id,
      reason: answer?.justification?.trim() ?? '',
    }));
}

/**
 * Scores an assessment: the one way to score (pure, synchronous, total).
 *
 * Visible, scored, not-"Not applicable" questions count; each adds
 * `ratio × weight` out of `weight` to its section; a section scores
 * 100 × Σ added / Σ possible (none when mostly "Not applicable"); the overall
 * is the section-weighted average of the sections taking part. Scores keep
 * full precision: display them with `roundScore`. The band is looked up on
 * the rounded score, so the number shown and its band always agree; the
 * verdict (`band`) is that band lowered by every cap (`findVerdictCaps`), and
 * `numericBand` keeps the band the number alone would give. `describeMethod`
 * says the same in plain words.
 */
export function scoreAssessment(questionnaire: Questionnaire, answers: Answers): AssessmentResult {
  const visibility = computeVisibility(questionnaire, answers);
  const visible = listVisibleQuestions(questionnaire, answers, visibility);
  const scored: ScoredQuestion[] = visible.map((entry) => ({ ...entry, result: scoreQuestion(entry.question, entry.answer) }));

  const sections = withShares(
    questionnaire.sections.map((section) =>
      scoreSection(
        section,
        isSectionVisible(section, visibility),
        scored.filter((entry) => entry.section === section),
      ),
    ),
  );
  const score = overallScore(sections);
  const redFlags = findRedFlags(visible);
  const pendingMustHaves = findPendingMustHaves(visible);
  const completeness = assessCompleteness(visible);
  const numericBand = score === null ? null : findBand(questionnaire.bands, roundScore(score));
  const caps = findVerdictCaps({
    bands: questionnaire.bands,
    sectionFloor: questionnaire.sectionFloor,
    redFlags,
    pending: pendingMustHaves,
    sections,
  });
  const band = applyCaps(questionnaire.bands, numericBand, caps);

  return {
    score,
    numericBand,
    band,
    caps,
    capped: band !== null && numericBand !== null && band.from < numericBand.from,
    isQuickCheck: questionnaire.fullReview !== undefined,
    scoredSections: sections.filter((section) => section.takesPart).length,
    isDraft: completeness.missing.length > 0,
    sections,
    questions: scored.map((entry) => entry.result),
    redFlags,
    pendingMustHaves,
    notApplicable: notApplicableAnswers(scored),
    completeness,
    actionPlan: buildActionPlan(questionnaire, scored, sections, redFlags, caps),
  };
}
