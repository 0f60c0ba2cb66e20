import type { Questionnaire } from '../questionnaire/model.ts';
import { findBand } from '../scoring/find-band.ts';
import { roundScore } from '../scoring/round-score.ts';
import { scoreAssessment } from '../scoring/score-assessment.ts';
import type { AssessmentResult } from '../scoring/types.ts';
import type { Assessment } from '../storage/assessment.ts';
import { reconcileWithQuestionnaire } from '../storage/reconcile-with-questionnaire.ts';
import {
  changedAnswers,
  clearedFlags,
  closedActions,
  openedActions,
  raisedFlags,
  type ActionChange,
  type AnswerChange,
  type AssessmentState,
  type FlagChange,
} from './answer-changes.ts';

/** One round as compared: the assessment fitted to the questionnaire, and what the scoring engine makes of it. */
export interface ComparedRound {
  id: string;
  /** "Round 1", "Round 2"… in date order among the rounds compared. */
  label: string;
  project: string;
  /** The assessment's own date (YYYY-MM-DD). */
  date: string;
  /** The questionnaire version the round was answered on. */
  version: string;
  assessment: Assessment;
  result: AssessmentResult;
  score: number | null;
  band: string | null;
  /** Still a draft: some questions that count are unanswered. */
  isDraft: boolean;
}

/** One point of a section's series: its score and band in one round (null when not scored there). */
export interface SectionPoint {
  roundId: string;
  score: number | null;
  band: string | null;
}

export interface SectionSeries {
  id: string;
  number: number;
  title: string;
  points: SectionPoint[];
}

export interface ScoreMove {
  before: number | null;
  after: number | null;
}

/** What changed from one round to the next. */
export interface RoundStep {
  from: ComparedRound;
  to: ComparedRound;
  score: ScoreMove;
  band: { before: string | null; after: string | null };
  sections: (ScoreMove & { id: string; title: string })[];
  answers: AnswerChange[];
  actionsClosed: ActionChange[];
  actionsOpened: ActionChange[];
  flagsRaised: FlagChange[];
  flagsCleared: FlagChange[];
}

export interface RoundsComparison {
  rounds: ComparedRound[];
  sections: SectionSeries[];
  steps: RoundStep[];
}

const rounded = (score: number | null) => (score === null ? null : roundScore(score));

/** Oldest first: by the assessment's date, then by when it was created. */
export function orderRounds<T extends Pick<Assessment, 'context' | 'createdAt'>>(assessments: readonly T[]): T[] {
  return [...assessments].sort((a, b) => a.context.date.localeCompare(b.context.date) || a.createdAt.localeCompare(b.createdAt));
}

function compared(questionnaire: Questionnaire, assessment: Assessment, index: number): ComparedRound {
  // Every round is read on the same (current) version, matched by question
  // id, so the numbers side by side come from the same questions and weights.
  const fitted =
    assessment.questionnaire.contentHash === questionnaire.contentHash
      ? assessment
      : reconcileWithQuestionnaire(assessment, questionnaire).assessment;
  const result = scoreAssessment(questionnaire, fitted.answers);
  return {
    id: assessment.id,
    label: `Round ${index + 1}`,
    project: assessment.context.project,
    date: assessment.context.date,
    version: assessment.questionnaire.version,
    assessment: fitted,
    result,
    score: rounded(result.score),
    band: result.band?.label ?? null,
    isDraft: result.isDraft,
  };
}

function sectionPoint(questionnaire: Questionnaire, round: ComparedRound, sectionId: string): SectionPoint {
  const section = round.result.sections.find((candidate) => candidate.id === sectionId);
  const score = section?.visible ? rounded(section.score) : null;
  return { roundId: round.id, score, band: score === null ? null : (findBand(questionnaire.bands, score)?.label ?? null) };
}

const stateOf = (round: ComparedRound): AssessmentState => ({
  answers: round.assessment.answers,
  actionPlan: round.assessment.actionPlan,
  result: round.result,
});

function step(
  questionnaire: Questionnaire,
  series: readonly SectionSeries[],
  from: ComparedRound,
  to: ComparedRound,
  index: number,
): RoundStep {
  return {
    from,
    to,
    score: { before: from.score, after: to.score },
    band: { before: from.band, after: to.band },
    sections: series.map((section) => ({
      id: section.id,
      title: section.title,
      before: section.points[index]?.score ?? null,
      after: section.points[index + 1]?.score ?? null,
    })),
    answers: changedAnswers(questionnaire, from.assessment.answers, to.assessment.answers),
    actionsClosed: closedActions(stateOf(from), stateOf(to)),
    actionsOpened: openedActions(stateOf(from), stateOf(to)),
    flagsRaised: raisedFlags(from.result, to.result),
    flagsCleared: clearedFlags(from.result, to.result),
  };
}

/**
 * Rounds of one questionnaire side by side, oldest first: the score and
 * band of each section in each round, and from each round to the next the
 * answers that changed, the actions closed and opened and the red flags
 * raised and cleared. Every number comes from the scoring engine.
 */
export function compareRounds(questionnaire: Questionnaire, assessments: readonly Assessment[]): RoundsComparison {
  const rounds = orderRounds(assessments).map((assessment, index) => compared(questionnaire, assessment, index));
  // A section no round was asked (its answers hid it every time) has nothing to show.
  const asked = (sectionId: string) =>
    rounds.some((round) => round.result.sections.some((section) => section.id === sectionId && section.visible));
  const sections = questionnaire.sections
    .filter((section) => section.weight > 0 && asked(section.id))
    .map((section) => ({
      id: section.id,
      number: section.number,
      title: section.title,
      points: rounds.map((round) => sectionPoint(questionnaire, round, section.id)),
    }));
  const steps = rounds.slice(1).map((to, index) => step(questionnaire, sections, rounds[index] as ComparedRound, to, index));
  return { rounds, sections, steps };
}

/**
 * The rounds an assessment belongs to, oldest first: the rounds it was
 * started from, back as far as they are still here, then the rounds
 * started from it (the newest, where a round was started twice).
 */
export function roundChain<T extends Pick<Assessment, 'id' | 'round' | 'createdAt'>>(all: readonly T[], id: string): T[] {
  const byId = new Map(all.map((assessment) => [assessment.id, assessment]));
  const start = byId.get(id);
  if (!start) return [];
  const chain: T[] = [start];
  const seen = new Set([id]);
  for (let at = start.round?.previousRoundId; at && !seen.has(at); at = byId.get(at)?.round?.previousRoundId) {
    const earlier = byId.get(at);
    if (!earlier) break;
    chain.unshift(earlier);
    seen.add(at);
  }
  for (let last = start; ;) {
    const next = all
      .filter((candidate) => candidate.round?.previousRoundId === last.id && !seen.has(candidate.id))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    if (!next) break;
    chain.push(next);
    seen.add(next.id);
    last = next;
  }
  return chain;
}
